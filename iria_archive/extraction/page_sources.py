"""What a page itself states of its post: JSON-LD, meta tags and the post's own markup.

`PageSources` reads each source on its own and answers `None` where the page is silent;
which source wins a field is metadata.py's decision, not this module's. It also
reads the page's other facts the archive keeps (WordPress post id, canonical URL,
description, lead image and caption, language). The
post's own markup is found by WordPress's conventions (iria_archive/extraction/conventions.py), so a
date, name or term in a related-posts block, a sidebar, a comment or the site's header
and footer is never taken for the post's.

Nothing here knows a particular site: WordPress and schema.org conventions only.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterable
from copy import deepcopy
from datetime import datetime
from functools import cached_property
from typing import Any
from urllib.parse import urljoin, urlsplit

from htmldate import find_date
from lxml import etree
from lxml.html import HtmlElement

from iria_archive.extraction.conventions import (
    ARTICLE_TYPES,
    AUTHOR_XPATHS,
    BIO_BOX,
    BIO_NAME,
    BIO_NAMES,
    POST_ID_CLASS,
    TreeIndex,
    class_tokens,
    foreign_regions,
    not_own,
    post_class_markup,
)
from iria_archive.extraction.pruning import main_content
from iria_archive.extraction.term_links import ArchiveBases, archive_bases
from iria_archive.model.profile import has_class
from iria_archive.model.urls import canonical_url

# conventions' lookups by class (PageSources.select): `//*[` has_class tests joined by
# "or" `]`, then at most one `[not(` has_class `)]`, then nothing or a `//` path.
_HAS_CLASS_TEXT = r"contains\(concat\(' ', normalize-space\(@class\), ' '\), ' ([^' ]+) '\)"
_HAS_CLASS = re.compile(_HAS_CLASS_TEXT)
_BY_CLASS = re.compile(
    rf"//\*\[(?P<any>{_HAS_CLASS_TEXT}(?: or {_HAS_CLASS_TEXT})*)\]"
    rf"(?:\[not\((?P<none>{_HAS_CLASS_TEXT})\)\])?(?P<rest>/[^|]*)?"
)


_LINK_BY_REL = re.compile(
    r"//a\[contains\(concat\(' ', normalize-space\(@rel\), ' '\), ' ([^' ]+) '\)\]"
)
_BY_TAG = re.compile(r"//([a-z][a-z0-9]*)(?:\[|//|$)")


def _balanced(part: str) -> bool:
    """A whole XPath, not a piece of a predicate cut at a " | " inside it."""
    return part.count("[") == part.count("]") and part.count("(") == part.count(")")


# A datetime with an offset, as ISO 8601 writes it.
_TIMESTAMP = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?[+-]\d{2}:?\d{2}")


def iso_date(value: Any) -> str | None:
    """An ISO 8601 date or datetime, normalised, offset kept; None when it is not one.

    A date alone stays a date: no invented midnight.
    """
    if not isinstance(value, str) or not value.strip():
        return None
    value = value.strip()
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        return None
    if len(value) == 10:
        return parsed.date().isoformat()
    return parsed.isoformat()


def clean_text(value: Any) -> str | None:
    """A stated string with its HTML entities decoded and its whitespace collapsed; None
    when nothing is left (the REST API's rendered titles are HTML, `&#8217;` and all)."""
    if not isinstance(value, str):
        return None
    text = " ".join(html.unescape(value).split())
    return text or None


def clean_names(values: Iterable[Any] | None) -> list[str] | None:
    """Term names cleaned as `clean_text`, duplicates dropped in order; None when none."""
    if values is None:
        return None
    names = [name for name in (clean_text(v) for v in values) if name]
    return list(dict.fromkeys(names)) or None


def _text(node: HtmlElement) -> str:
    return " ".join(node.text_content().split())


# Text for screen readers only ("Author", "Posted on", "Categories"): not a name's.
_HIDDEN = (
    "ancestor-or-self::*[contains(@class, 'screen-reader-text') or"
    f" {has_class('sr-only')} or {has_class('visually-hidden')}]"
)


_HIDDEN_CLASSES = frozenset(("sr-only", "visually-hidden"))


def _hidden(node: HtmlElement) -> bool:
    """`_HIDDEN`'s test on one element."""
    classes = node.get("class")
    if not classes or "screen-reader-text" in classes:
        return bool(classes)
    # Substrings first: most classes hold neither, and need not be split.
    if "sr-only" not in classes and "visually-hidden" not in classes:
        return False
    return not _HIDDEN_CLASSES.isdisjoint(class_tokens(node))


def _shown_text(node: HtmlElement) -> str:
    """The text a reader sees in `node`, without screen-reader-only text: the text nodes
    `.//text()[not(_HIDDEN)]` selects, gathered in one walk."""
    if _hidden(node) or any(_hidden(a) for a in node.iterancestors()):
        return ""
    parts = [node.text] if node.text else []

    def gather(element: HtmlElement) -> None:
        if isinstance(element.tag, str) and not _hidden(element):
            if element.text:
                parts.append(element.text)
            for child in element:
                gather(child)
        if element.tail:
            parts.append(element.tail)

    for child in node:
        gather(child)
    return " ".join(" ".join(parts).split())


def _post_id_of(node: HtmlElement) -> int | None:
    """The post id an element's post_class() markup or `post-N` id names, if any."""
    for token in [node.get("id") or "", *(node.get("class") or "").split()]:
        if found := POST_ID_CLASS.match(token):
            return int(found.group(1))
    return None


def name_key(name: str) -> str:
    """A name compared loosely: case, spaces and punctuation aside."""
    return re.sub(r"\W+", "", name.casefold())


def term_name(link: HtmlElement) -> str:
    """A term link's name: its text, a hashtag's `#` dropped (`#Diplomacy`: Diplomacy)."""
    return _shown_text(link).lstrip("#").strip()


def person_name(node: HtmlElement) -> str | None:
    """The name a byline, author link or bio title shows ("By NAME", "View all of
    NAME's posts." give NAME)."""
    text = _shown_text(node)
    if found := BIO_NAME.match(text):
        text = found.group("name").strip()
    return text or None


class PageSources:
    """What the page itself states: JSON-LD, meta tags, the post's own markup."""

    def __init__(
        self,
        tree: HtmlElement,
        url: str,
        post_id: int | None = None,
        category_archives: tuple[str, ...] = (),
    ) -> None:
        """`post_id`: the post's id as its discovery source gave it; `category_archives`:
        category archive URLs of the site (term_links)."""
        self.tree = tree
        self.url = url
        # The tree's nodes, held, by class and id (pruning reads it too).
        self.index = TreeIndex(tree)
        self._kinds: dict[str, str | None] = {}
        self.json_ld = json_ld_article(tree)
        self._hinted_id = post_id
        self._category_archives = category_archives

    # -- meta tags and JSON-LD ---------------------------------------------------------

    @cached_property
    def _metas(self) -> list[tuple[str | None, str | None, str]]:
        """(property, name, content) of the page's meta tags with content, in order."""
        return [
            (meta.get("property"), meta.get("name"), meta.get("content"))
            for meta in self.tree.iter("meta")
            if meta.get("content") is not None
        ]

    def meta(self, *names: str) -> str | None:
        for name in names:
            for prop, meta_name, value in self._metas:
                if (prop == name or meta_name == name) and value.strip():
                    return " ".join(value.split())
        return None

    def meta_names(self) -> set[str]:
        """The names the page's meta tags give its subject (keywords, section, tags),
        each comma-separated value apart, as `name_key`s."""
        names: set[str] = set()
        for value in self.tree.xpath("//meta[@property or @name]/@content"):
            names |= {name_key(part) for part in (value, *value.split(","))}
        return names - {""}

    def site_clock(self) -> list[datetime]:
        """Every datetime the page states with an offset other than UTC's, anywhere (a
        comment's, a widget's, a related post's: the site prints them all in its time
        zone): what shows the site's offset when a source gives a date in UTC."""
        values = self.tree.xpath("//@datetime | //meta/@content")
        values += [v for v in self.json_ld.values() if isinstance(v, str)]
        found = []
        for value in values:
            for stamp in _TIMESTAMP.findall(value):
                try:
                    moment = datetime.fromisoformat(stamp)
                except ValueError:
                    continue
                if moment.utcoffset():
                    found.append(moment)
        return found

    def meta_date(self, kind: str) -> str | None:
        return iso_date(self.meta(f"article:{kind}", f"og:{kind}", f"og:article:{kind}"))

    def meta_author(self) -> str | None:
        author = self.meta("author", "article:author")
        # article:author is often the URL of a profile page, not a name.
        return author if author and not urlsplit(author).scheme else None

    def json_ld_title(self) -> str | None:
        return clean_text(self.json_ld.get("headline"))

    def json_ld_author(self) -> str | None:
        author = self.json_ld.get("author")
        if isinstance(author, list):
            author = author[0] if author else None
        if isinstance(author, dict):
            author = author.get("name")
        return clean_text(author)

    def json_ld_date(self, key: str) -> str | None:
        return iso_date(self.json_ld.get(key))

    def json_ld_list(self, key: str) -> list[str] | None:
        value = self.json_ld.get(key)
        if isinstance(value, str):
            value = value.split(",")
        return clean_names(value) if isinstance(value, list) else None

    # -- the post's own markup ---------------------------------------------------------

    @cached_property
    def _foreign(self) -> set[HtmlElement]:
        """What conventions.OWN rejects, found once for the tree (conventions.not_own)."""
        return not_own(self.index)

    def _own_only(self, nodes: Iterable[HtmlElement]) -> list[HtmlElement]:
        """`nodes` outside foreign regions (conventions.OWN), in their order."""
        foreign = self._foreign
        return [n for n in nodes if n not in foreign]

    def select(self, xpath: str) -> list[HtmlElement]:
        """The elements `xpath` selects in the tree, in document order.

        An XPath of the form `//*[<has_class> or ...][not(<has_class>)]/rest` (the
        conventions' lookups by class) starts from the class index, then evaluates
        `./rest` under each element found: the same nodes, without a class test per
        element of the page. Anything else (and each part of a union) goes to lxml.
        """
        parts = xpath.split(" | ")
        if len(parts) > 1 and all(_balanced(part) for part in parts):
            return self.index.in_order(node for part in parts for node in self.select(part))
        if rel := _LINK_BY_REL.fullmatch(xpath):  # //a[<rel token>]: the links by rel
            return [node for node in self.index.by_rel.get(rel.group(1), ()) if node.tag == "a"]
        match = _BY_CLASS.fullmatch(xpath)
        if match is None:
            # `//time[...]` selects <time> elements only: none on a page without one.
            named = _BY_TAG.match(xpath)
            if named and "|" not in xpath and named.group(1) not in self.index.tags:
                return []
            return list(self.tree.xpath(xpath))
        wanted = _HAS_CLASS.findall(match.group("any"))
        unwanted = _HAS_CLASS.findall(match.group("none") or "")
        anchors = self.index.with_class(*wanted)
        if unwanted:
            anchors = {a for a in anchors if not set(unwanted) & set(class_tokens(a))}
        if not match.group("rest"):
            return self.index.in_order(anchors)
        found = {node for anchor in anchors for node in anchor.xpath("." + match.group("rest"))}
        if not all(isinstance(node, etree._Element) for node in found):
            return list(self.tree.xpath(xpath))  # attributes or text: not in document order
        return self.index.in_order(found)

    def classes_changed(self) -> None:
        """Forget the class index: a caller changed an element's classes."""
        self.index = TreeIndex(self.tree)
        self.__dict__.pop("_foreign", None)

    def _own(self, xpath: str) -> list[HtmlElement]:
        """Matches of `xpath` outside foreign regions and other posts, the post's first."""
        foreign, others = self._foreign, self._other_posts_area
        nodes = [n for n in self.select(xpath) if n not in foreign and n not in others]
        root = self.post_root
        if root is None:
            return nodes
        inside = [n for n in nodes if n is root or root in n.iterancestors()]
        return inside + [n for n in nodes if n not in inside]

    @cached_property
    def post_root(self) -> HtmlElement | None:
        """The post's own element: the one of its id (the discovery source's, the body's
        `postid-N`, the shortlink, the REST link), else the <article> or post_class()
        element around the article body, else the first one holding the body or the
        page's heading. Never another post's: block themes print no element for the
        post itself, only for the related posts under it."""
        ids = [i for i in dict.fromkeys([self._hinted_id, *self._stated_ids()]) if i is not None]
        for post_id in ids:
            name = f"post-{post_id}"
            for node in self.index.nodes:
                if not isinstance(node.tag, str):
                    continue
                classes = node.get("class")
                if node.get("id") == name or (classes and name in class_tokens(node)):
                    return node

        def may_be_the_post(node: HtmlElement) -> bool:
            other = _post_id_of(node)
            return other is None or not ids or other in ids

        body = self.article_body
        if body is not None:
            for node in (body, *body.iterancestors()):
                if node.tag in ("body", "html"):
                    break
                if (node.tag == "article" or post_class_markup(node)) and may_be_the_post(node):
                    return node
        holds = {body, *self._own_only(self.tree.iter("h1"))} - {None}
        for node in self._own_only(
            self.select(f"//article | //*[{has_class('hentry')} or {has_class('post')}]")
        ):
            inside = any(node is h or node in h.iterancestors() for h in holds)
            if inside and may_be_the_post(node):
                return node
        return None

    @cached_property
    def other_posts(self) -> frozenset[HtmlElement]:
        """Other posts' elements on the page: related-post tiles, "you may also like",
        recent posts, printed with the same post_class() markup as the post itself."""
        keep: set[HtmlElement] = set()
        for anchor in (self.post_root, self.article_body):
            if anchor is not None:
                keep |= {anchor, *anchor.iterancestors()}
        # post_class() tokens hold one of these parts: the index finds the few elements.
        maybe = self.index.with_class_part("hentry", "type-post", "post-")
        return frozenset(
            node
            for node in {*self.tree.iter("article"), *maybe}
            if node not in keep and (node.tag == "article" or post_class_markup(node))
        )

    @cached_property
    def _other_posts_area(self) -> set[HtmlElement]:
        """Every element in other posts' elements, those included."""
        return {inside for node in self.other_posts for inside in node.iter()}

    def _of_other_post(self, node: HtmlElement) -> bool:
        return node in self._other_posts_area

    def protected(self) -> bool:
        """Whether the post is password-protected, as WordPress core marks it: the
        `post-password-required` class on the body (get_body_class, the queried post's)
        or on the post's own element (get_post_class), or its password form
        (get_the_password_form) in place of its text. Another post's tile, a widget or
        a related post saying so says nothing of this one."""
        required = has_class("post-password-required")
        if self.tree.xpath(f"//body[{required}]"):
            return True
        root = self.post_root
        if root is not None and root.xpath(f"self::*[{required}]"):
            return True
        forms = self._own_only(
            self.tree.xpath(
                f"//form[{has_class('post-password-form')} or contains(@action, 'action=postpass')]"
            )
        )
        return any(not self._of_other_post(form) for form in forms)

    @cached_property
    def article_body(self) -> HtmlElement | None:
        """The element whose paragraphs hold the most text (iria_archive.extraction.pruning)."""
        return main_content(self.tree)

    @cached_property
    def post_region(self) -> HtmlElement | None:
        """The post's element, or, in a theme without post markup, the lowest element
        holding both the page's one <h1> and the article body."""
        if self.post_root is not None:
            return self.post_root
        return self._heading_region

    @cached_property
    def _heading_region(self) -> HtmlElement | None:
        headings = self._own_only(self.tree.iter("h1"))
        body = self.article_body
        if len(headings) != 1 or body is None:
            return None
        around = set(headings[0].iterancestors())
        return next((a for a in body.iterancestors() if a in around), None)

    @cached_property
    def bases(self) -> ArchiveBases:
        """The site's install root and term and author bases (term_links.py)."""
        urls = (self.url, self.canonical_url())
        return archive_bases(self.tree, urls, self._category_archives, select=self.select)

    def _archive_kind(self, href: str) -> str | None:
        """bases.kind_of the link's URL, once per href (a page links a term many times)."""
        if href not in self._kinds:
            self._kinds[href] = self.bases.kind_of(urljoin(self.url, href))
        return self._kinds[href]

    def archive_links(self) -> list[tuple[str, HtmlElement]]:
        """(archive, link) of the links to category, tag and author archives in the post's
        own region (`_archive_links`)."""
        return list(self._archive_links)

    @cached_property
    def _archive_links(self) -> list[tuple[str, HtmlElement]]:
        """(archive, link) of the links to category, tag and author archives in the post's
        own region: its element, else the part of the page around its heading and body.
        Never in foreign regions, other posts, or the prose of the body (a link the
        author wrote)."""
        for region in dict.fromkeys((self.post_root, self._heading_region)):
            if region is None:
                continue
            found = []
            for node in self._own_only(region.xpath(".//a[@href]")):
                archive = self._archive_kind(node.get("href"))
                if archive and not self._of_other_post(node) and not self._in_prose(node):
                    found.append((archive, node))
            if found:
                return found
        return []

    def _in_prose(self, link: HtmlElement) -> bool:
        """A link in a paragraph of the body that holds more text than its links."""
        body = self.article_body
        if body is None or not (link is body or body in link.iterancestors()):
            return False
        block = next(
            (a for a in link.iterancestors() if a.tag in ("p", "li", "blockquote", "td")), None
        )
        if block is None:
            return False
        linked = sum(len(_text(a)) for a in block.iter("a"))
        return len(_text(block)) > 2 * linked

    def markup_title(self) -> str | None:
        for node in self._own(
            f"//h1[{has_class('entry-title')} or {has_class('wp-block-post-title')}]"
            f" | //*[{has_class('entry-title')}] | //article//h1"
        ):
            if title := _text(node):
                return title
        return None

    def markup_author(self) -> str | None:
        """The byline (classes, rel="author"), else a link to an author archive in the
        post's region, else the name in the post's author-bio box."""
        for xpath in AUTHOR_XPATHS:
            for node in self._own(xpath):
                if name := person_name(node):
                    return name
        for archive, node in self.archive_links():
            if archive == "author" and (name := person_name(node)):
                return name
        return self.bio_author()

    def bio_author(self) -> str | None:
        """The name in the post's author-bio box: its title ("By NAME") or its link to the
        author's archive ("View all of NAME's posts."), never its text."""
        boxes = [
            box
            for box in self.select(f"//*[{BIO_BOX}]")
            if box.getparent() is not None
            and box.getparent() not in self._foreign
            and not self._of_other_post(box)
        ]
        root = self.post_root
        boxes.sort(key=lambda box: not (root is not None and root in box.iterancestors()))
        for box in boxes:
            for xpath in BIO_NAMES:
                for node in box.xpath(xpath):
                    if name := person_name(node):
                        return name
            for node in box.xpath(".//a[@href]"):
                if self._archive_kind(node.get("href")) == "author":
                    if name := person_name(node):
                        return name
        return None

    def markup_date(self, xpaths: Iterable[str]) -> str | None:
        for xpath in xpaths:
            for node in self._own(xpath):
                if value := iso_date(node.get("datetime")):
                    return value
        return None

    def markup_terms(self) -> tuple[list[str] | None, list[str] | None]:
        """The post's categories and tags, from its term links.

        Classic themes mark categories rel="category tag"; block themes mark both
        rel="tag" inside `.taxonomy-category` / `.taxonomy-post_tag`; a rel="tag" link
        under the category base is a category. A taxonomy no rel names is read from the
        links under its base in the post's own region (term_links).
        """
        categories: dict[str, None] = {}
        tags: dict[str, None] = {}
        for node in self._own("//a[contains(concat(' ', normalize-space(@rel), ' '), ' tag ')]"):
            name = term_name(node)
            if not name:
                continue
            rel = (node.get("rel") or "").split()
            wrappers = " ".join(a.get("class", "") for a in node.iterancestors()).split()
            if "category" in rel or "taxonomy-category" in wrappers:
                categories.setdefault(name, None)
            elif "taxonomy-post_tag" in wrappers:
                tags.setdefault(name, None)
            elif self._archive_kind(node.get("href") or "") == "category":
                categories.setdefault(name, None)
            else:
                tags.setdefault(name, None)
        by_rel = {"category": bool(categories), "tag": bool(tags)}
        for archive, node in self.archive_links():
            name = term_name(node)
            if name and archive == "category" and not by_rel["category"]:
                categories.setdefault(name, None)
            elif name and archive == "tag" and not by_rel["tag"]:
                tags.setdefault(name, None)
        return list(categories) or None, list(tags) or None

    def linked_names(self) -> set[str]:
        """The texts of the links in the post's own region, as `name_key`s: what a
        name from a whole-page reader (trafilatura's) must be to be the post's."""
        names = set()
        for region in (self.post_root, self._heading_region):
            if region is not None:
                for node in self._own_only(region.xpath(".//a[@href]")):
                    if not self._of_other_post(node) and (name := term_name(node)):
                        names.add(name_key(name))
        return names

    def date_in_text(self) -> str | None:
        """htmldate's publication day, read with related posts, comments, sidebars and
        the site's header and footer cut out (their dates are other pages')."""
        own = deepcopy(self.tree)
        # The copy's nodes in the same order as the tree's: what to cut is found once.
        wanted = {*foreign_regions(self.index), *self.other_posts}
        cut = [
            copied
            for node, copied in zip(self.index.nodes, own.iter(), strict=True)
            if node in wanted
        ]
        for node in cut:
            if node.getparent() is not None:
                node.getparent().remove(node)
        return iso_date(find_date(own, url=self.url, extensive_search=True, original_date=True))

    # -- other page facts ----------------------------------------------------------------

    def post_id(self) -> int | None:
        """WordPress's id of the post, as core prints it: the shortlink (`?p=123`), the
        REST alternate link (`/wp/v2/posts/123`), or the body's `postid-123` class."""
        return next(iter(self._stated_ids()), None)

    def install(self) -> str | None:
        """The WordPress install the page belongs to, as core prints it: the home URL
        of the shortlink (`home/?p=123`), else the root of the REST API link (`home/wp-json/`
        or `home/?rest_route=/`). A post id means a post only within its install."""
        for href in self.tree.xpath("//link[@rel='shortlink']/@href"):
            parts = urlsplit(urljoin(self.url, href))
            if re.search(r"(?:^|&)p=\d+", parts.query):
                return canonical_url(parts._replace(query="").geturl())
        for href in self.tree.xpath("//link[@rel='https://api.w.org/']/@href"):
            parts = urlsplit(urljoin(self.url, href))
            if "rest_route=" in parts.query:
                return canonical_url(parts._replace(query="").geturl())
            if "/wp-json" in parts.path:
                home = parts.path.split("/wp-json")[0] + "/"
                return canonical_url(parts._replace(path=home, query="").geturl())
        return None

    def _stated_ids(self) -> list[int]:
        return list(self._ids_stated)

    @cached_property
    def _ids_stated(self) -> tuple[int, ...]:
        ids = []
        for value, pattern in (
            (" ".join(self.tree.xpath("//link[@rel='shortlink']/@href")), r"[?&]p=(\d+)"),
            (
                " ".join(
                    self.tree.xpath("//link[@rel='alternate'][@type='application/json']/@href")
                ),
                r"/wp/v2/posts/(\d+)",
            ),
            (" ".join(self.tree.xpath("//body/@class")), r"\bpostid-(\d+)\b"),
        ):
            if found := re.search(pattern, value):
                ids.append(int(found.group(1)))
        return tuple(ids)

    def canonical_url(self) -> str:
        return self._canonical_url

    @cached_property
    def _canonical_url(self) -> str:
        href = next(iter(self.tree.xpath("//link[@rel='canonical']/@href")), None)
        return canonical_url(urljoin(self.url, href) if href else self.url)

    def description(self) -> str | None:
        return self.meta("description", "og:description")

    def image_url(self) -> str | None:
        """og:image, else the first image of the post's content (a theme without meta)."""
        image = self.meta("og:image")
        if not image:
            content = f"{has_class('entry-content')} or {has_class('wp-block-post-content')}"
            image = next(
                (img.get("src") for img in self._own(f"//*[{content}]//figure//img[@src]")), None
            )
        return urljoin(self.url, image) if image else None

    def image_caption(self) -> str | None:
        for node in self._own(f"//figure//figcaption | //*[{has_class('wp-caption-text')}]"):
            if caption := _text(node):
                return caption
        return None

    def language(self) -> str | None:
        lang = self.tree.get("lang") or self.meta("og:locale")
        if not lang:
            return None
        return re.split(r"[-_]", lang.strip())[0].lower() or None


def json_ld_article(tree: HtmlElement) -> dict[str, Any]:
    """The Article object of the page's JSON-LD (Yoast puts it in an @graph), or {}."""
    for script in tree.xpath("//script[@type='application/ld+json']/text()"):
        try:
            data = json.loads(script)
        except ValueError:
            continue
        nodes = data if isinstance(data, list) else [data]
        for node in list(nodes):
            if isinstance(node, dict) and isinstance(node.get("@graph"), list):
                nodes.extend(node["@graph"])
        for node in nodes:
            if not isinstance(node, dict):
                continue
            kinds = node.get("@type")
            kinds = kinds if isinstance(kinds, list) else [kinds]
            if any(k in ARTICLE_TYPES for k in kinds):
                return node
    return {}
