"""An article's metadata, each field from the most authoritative source that states it.

Per field, in order: what the discovery source said (`SourceHints`: the REST post JSON,
a feed item), the page's JSON-LD, its `article:*` / `og:` meta tags, then the post's own
header markup as WordPress themes print it (classic themes' entry header/footer, block
themes' `wp-block-post-*` blocks), never a related-posts block, a sidebar, the site
footer, a comment or an author-bio box. Where two sources state different values for a
field, the field is named in `disagreements` (the archive keeps the better source's).

Nothing here knows a particular site: WordPress and schema.org conventions only.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Callable, Iterable
from copy import deepcopy
from dataclasses import dataclass, field
from datetime import datetime
from functools import cached_property
from typing import Any
from urllib.parse import urljoin, urlsplit

from htmldate import find_date
from lxml.html import HtmlElement

from pipelines.pruning import main_content
from scraper.items import SourceHints
from scraper.urls import canonical_url


def has_class(name: str) -> str:
    """XPath predicate: the element's class attribute holds the token `name`."""
    return f"contains(concat(' ', normalize-space(@class), ' '), ' {name} ')"


# Regions of a page whose dates, names and terms belong to something other than the post.
_FOREIGN = " or ".join(
    [
        "self::aside",
        "self::nav",
        "@id='comments'",
        "@id='respond'",
        *(
            has_class(name)
            for name in (
                "comment",
                "comment-body",
                "comments-area",
                "comment-list",
                "commentlist",
                "wp-block-comments",
                "wp-block-post-comments",
                "wp-block-comment-template",
                "widget",
                "widget-area",
                "sidebar",
                "site-header",
                "site-footer",
                "author-bio",
                "author-info",
                "author-box",
                "about-author",
                "wp-block-query",
                "wp-block-post-template",
                "wp-block-latest-posts",
                "jp-relatedposts",
            )
        ),
        "contains(@class, 'related')",
        "@id='masthead'",
        "@id='colophon'",
    ]
)
# Not inside any foreign region. A page footer counts as one, a post's own entry footer
# (twentytwentyone prints the date and terms there) does not.
OWN = (
    f"not(ancestor-or-self::*[not(self::body) and not(self::html)][{_FOREIGN}])"
    " and not(ancestor::footer[not(ancestor::article) and not(" + has_class("entry-footer") + ")])"
)

# The post's own date elements, best first (classic themes, then block themes).
_PUBLISHED_XPATHS = (
    f"//time[{has_class('published')}]",
    f"//*[{has_class('wp-block-post-date')}][not({has_class('wp-block-post-date__modified-date')})]"
    "//time",
    f"//time[{has_class('entry-date')}]",
    "//time[@itemprop='datePublished']",
    f"//*[{has_class('posted-on')} or {has_class('entry-meta')}]//time",
)
_MODIFIED_XPATHS = (
    f"//time[{has_class('updated')}][not({has_class('published')})]",
    f"//*[{has_class('wp-block-post-date__modified-date')}]//time",
    "//time[@itemprop='dateModified']",
)
# The byline, best first; an author-bio box or a commenter never matches (OWN).
_AUTHOR_XPATHS = (
    f"//*[{has_class('byline')}]//a[contains(concat(' ', normalize-space(@rel), ' '), ' author ')]",
    f"//*[{has_class('byline')}]//*[{has_class('author')}]",
    f"//*[{has_class('vcard')}]//*[{has_class('fn')}]",
    f"//*[{has_class('wp-block-post-author-name')}]",
    f"//*[{has_class('wp-block-post-author__name')}]",
    "//a[contains(concat(' ', normalize-space(@rel), ' '), ' author ')]",
)
_BIO_LINK = re.compile(r"^View all (posts by|of)\b", re.IGNORECASE)
_ARTICLE_TYPES = ("Article", "NewsArticle", "BlogPosting", "ReportageNewsArticle")


@dataclass
class Metadata:
    """The article's metadata fields, and the fields whose sources disagree."""

    title: str | None = None
    author: str | None = None
    published: str | None = None
    modified: str | None = None
    categories: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    disagreements: list[str] = field(default_factory=list)


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


def read_metadata(page: PageSources, hints: SourceHints | None, fallback: Any = None) -> Metadata:
    """Each metadata field from its most authoritative source.

    `fallback` is trafilatura's own metadata document (title, categories, tags), used
    only for a field no source states; a publication date no source states is looked
    for by htmldate in the post's own part of the page (a day, at best).
    """
    hints = hints or SourceHints(source="none")
    result = Metadata()
    result.title, title_conflict = _pick(
        [_clean(hints.title), page.json_ld_title(), page.markup_title(), page.meta("og:title")],
        same=lambda a, b: a.casefold() == b.casefold(),
        compare=3,  # og:title is an SEO title (often "Title - Site"): never a conflict
    )
    result.author, author_conflict = _pick(
        [_clean(hints.author), page.json_ld_author(), page.meta_author(), page.markup_author()],
        same=lambda a, b: a.casefold() == b.casefold(),
    )
    result.published, published_conflict = _pick_date(
        [
            iso_date(hints.published),
            page.json_ld_date("datePublished"),
            page.meta_date("published_time"),
            page.markup_date(_PUBLISHED_XPATHS),
        ]
    )
    result.modified, modified_conflict = _pick_date(
        [
            iso_date(hints.modified),
            page.json_ld_date("dateModified"),
            page.meta_date("modified_time"),
            page.markup_date(_MODIFIED_XPATHS),
        ]
    )
    markup_categories, markup_tags = page.markup_terms()
    categories, categories_conflict = _pick(
        [_names(hints.categories), page.json_ld_list("articleSection"), markup_categories],
        same=lambda a, b: set(a) == set(b),
    )
    tags, tags_conflict = _pick(
        [_names(hints.tags), page.json_ld_list("keywords"), markup_tags],
        same=lambda a, b: set(a) == set(b),
    )
    result.categories = categories or []
    result.tags = tags or []
    result.published = result.published or page.date_in_text()
    if fallback is not None:
        result.title = result.title or _clean(getattr(fallback, "title", None))
        result.categories = result.categories or list(getattr(fallback, "categories", None) or [])
        result.tags = result.tags or list(getattr(fallback, "tags", None) or [])
    conflicts = {
        "title": title_conflict,
        "author": author_conflict,
        "published": published_conflict,
        "modified": modified_conflict,
        "categories": categories_conflict,
        "tags": tags_conflict,
    }
    result.disagreements = [name for name, conflict in conflicts.items() if conflict]
    return result


def _pick(
    values: list[Any], same: Callable[[Any, Any], bool], compare: int | None = None
) -> tuple[Any, bool]:
    """The first stated value, and whether any two of the first `compare` stated differ."""
    stated = [v for v in values if v]
    compared = [v for v in values[:compare] if v]
    conflict = any(not same(compared[0], other) for other in compared[1:])
    return (stated[0] if stated else None), conflict


def _pick_date(values: list[str | None]) -> tuple[str | None, bool]:
    """The most authoritative date; a full datetime of the same day beats a date alone.

    Sources are compared as instants (a date alone by its day), so one source's
    "+02:00" and another's "Z" for the same moment agree.
    """
    stated = [v for v in values if v]
    if not stated:
        return None, False
    conflict = any(not _same_moment(stated[0], other) for other in stated[1:])
    best = stated[0]
    if len(best) == 10:  # a date alone: a later source may give the time of that day
        best = next((v for v in stated if len(v) > 10 and v[:10] == best), best)
    return best, conflict


def _same_moment(a: str, b: str) -> bool:
    if len(a) == 10 or len(b) == 10:
        return a[:10] == b[:10]
    first, second = datetime.fromisoformat(a), datetime.fromisoformat(b)
    if (first.tzinfo is None) != (second.tzinfo is None):  # one without offset: wall clock
        return first.replace(tzinfo=None) == second.replace(tzinfo=None)
    return first == second


def _clean(value: Any) -> str | None:
    if not isinstance(value, str):
        return None
    text = " ".join(html.unescape(value).split())
    return text or None


def _names(values: Iterable[Any] | None) -> list[str] | None:
    if values is None:
        return None
    names = [name for name in (_clean(v) for v in values) if name]
    return list(dict.fromkeys(names)) or None


def _text(node: HtmlElement) -> str:
    return " ".join(node.text_content().split())


_REST_ALTERNATE = "//link[@rel='alternate'][@type='application/json']/@href"


class PageSources:
    """What the page itself states: JSON-LD, meta tags, the post's own markup."""

    def __init__(self, tree: HtmlElement, url: str) -> None:
        self.tree = tree
        self.url = url
        self.json_ld = json_ld_article(tree)

    # -- meta tags and JSON-LD ---------------------------------------------------------

    def meta(self, *names: str) -> str | None:
        for name in names:
            for value in self.tree.xpath("//meta[@property=$n or @name=$n]/@content", n=name):
                if value.strip():
                    return " ".join(value.split())
        return None

    def meta_date(self, kind: str) -> str | None:
        return iso_date(self.meta(f"article:{kind}", f"og:{kind}", f"og:article:{kind}"))

    def meta_author(self) -> str | None:
        author = self.meta("author", "article:author")
        # article:author is often the URL of a profile page, not a name.
        return author if author and not urlsplit(author).scheme else None

    def json_ld_title(self) -> str | None:
        return _clean(self.json_ld.get("headline"))

    def json_ld_author(self) -> str | None:
        author = self.json_ld.get("author")
        if isinstance(author, list):
            author = author[0] if author else None
        if isinstance(author, dict):
            author = author.get("name")
        return _clean(author)

    def json_ld_date(self, key: str) -> str | None:
        return iso_date(self.json_ld.get(key))

    def json_ld_list(self, key: str) -> list[str] | None:
        value = self.json_ld.get(key)
        if isinstance(value, str):
            value = value.split(",")
        return _names(value) if isinstance(value, list) else None

    # -- the post's own markup ---------------------------------------------------------

    def _own(self, xpath: str) -> list[HtmlElement]:
        """Matches of `xpath` outside foreign regions, those inside the post first."""
        nodes = self.tree.xpath(f"({xpath})[{OWN}]")
        root = self.post_root
        if root is None:
            return nodes
        inside = [n for n in nodes if n is root or root in n.iterancestors()]
        return inside + [n for n in nodes if n not in inside]

    @cached_property
    def post_root(self) -> HtmlElement | None:
        """The main post's element: the <article> of the body's post id, or the first one."""
        body_class = " ".join(self.tree.xpath("//body/@class"))
        post_id = re.search(r"\bpostid-(\d+)\b", body_class)
        if post_id:
            found = self.tree.xpath("//*[@id=$id]", id=f"post-{post_id.group(1)}")
            if found:
                return found[0]
        found = self.tree.xpath(
            f"//article[{OWN}] | //*[{has_class('hentry')} or {has_class('post')}][{OWN}]"
        )
        return found[0] if found else None

    @cached_property
    def article_body(self) -> HtmlElement | None:
        """The element whose paragraphs hold the most text (pipelines.pruning)."""
        return main_content(self.tree)

    @cached_property
    def post_region(self) -> HtmlElement | None:
        """The post's element, or, in a theme without post markup, the lowest element
        holding both the page's one <h1> and the article body."""
        if self.post_root is not None:
            return self.post_root
        headings = self.tree.xpath(f"//h1[{OWN}]")
        body = self.article_body
        if len(headings) != 1 or body is None:
            return None
        around = set(headings[0].iterancestors())
        return next((a for a in body.iterancestors() if a in around), None)

    def markup_title(self) -> str | None:
        for node in self._own(
            f"//h1[{has_class('entry-title')} or {has_class('wp-block-post-title')}]"
            f" | //*[{has_class('entry-title')}] | //article//h1"
        ):
            if title := _text(node):
                return title
        return None

    def markup_author(self) -> str | None:
        for xpath in _AUTHOR_XPATHS:
            for node in self._own(xpath):
                name = _text(node)
                if name and not _BIO_LINK.match(name):
                    return name
        return None

    def markup_date(self, xpaths: Iterable[str]) -> str | None:
        for xpath in xpaths:
            for node in self._own(xpath):
                if value := iso_date(node.get("datetime")):
                    return value
        return None

    def markup_terms(self) -> tuple[list[str] | None, list[str] | None]:
        """The post's categories and tags, from its term links (rel="tag" / "category tag").

        Classic themes mark categories rel="category tag"; block themes mark both
        rel="tag" inside `.taxonomy-category` / `.taxonomy-post_tag`; failing both, a
        link into the category base (`/category/`) is a category.
        """
        categories: dict[str, None] = {}
        tags: dict[str, None] = {}
        for node in self._own("//a[contains(concat(' ', normalize-space(@rel), ' '), ' tag ')]"):
            name = _text(node)
            if not name:
                continue
            rel = (node.get("rel") or "").split()
            wrappers = " ".join(a.get("class", "") for a in node.iterancestors()).split()
            if "category" in rel or "taxonomy-category" in wrappers:
                categories.setdefault(name, None)
            elif "taxonomy-post_tag" in wrappers:
                tags.setdefault(name, None)
            elif "/category/" in urlsplit(node.get("href") or "").path:
                categories.setdefault(name, None)
            else:
                tags.setdefault(name, None)
        region = self.post_region
        if not categories and not tags and region is not None:
            # A theme with no rel at all: the links under WordPress's taxonomy bases
            # inside the post itself (menus list categories too), words or hashtags.
            for node in region.xpath(f".//a[@href][{OWN}]"):
                name = _text(node).lstrip("#").strip()
                segments = urlsplit(node.get("href") or "").path.split("/")
                if name and "category" in segments:
                    categories.setdefault(name, None)
                elif name and "tag" in segments:
                    tags.setdefault(name, None)
        return list(categories) or None, list(tags) or None

    def date_in_text(self) -> str | None:
        """htmldate's publication day, read with related posts, comments, sidebars and
        the site's header and footer cut out (their dates are other pages')."""
        own = deepcopy(self.tree)
        for node in own.xpath(f"//*[not(self::body) and not(self::html)][{_FOREIGN}]"):
            if node.getparent() is not None:
                node.getparent().remove(node)
        return iso_date(find_date(own, url=self.url, extensive_search=True, original_date=True))

    # -- other page facts ----------------------------------------------------------------

    def post_id(self) -> int | None:
        """WordPress's id of the post, as core prints it: the shortlink (`?p=123`), the
        REST alternate link (`/wp/v2/posts/123`), or the body's `postid-123` class."""
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
                return int(found.group(1))
        return None

    def canonical_url(self) -> str:
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
        for node in self.tree.xpath(
            f"//figure//figcaption[not(ancestor::aside)] | //*[{has_class('wp-caption-text')}]"
        ):
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
            if any(k in _ARTICLE_TYPES for k in kinds):
                return node
    return {}
