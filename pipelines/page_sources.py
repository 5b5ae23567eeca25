"""What a page itself states of its post: JSON-LD, meta tags and the post's own markup.

`PageSources` reads each source on its own and answers `None` where the page is silent;
which source wins a field is pipelines/metadata.py's decision, not this module's. It also
reads the page's other facts the archive keeps (WordPress post id, canonical URL,
description, lead image and caption, language). The
post's own markup is found by WordPress's conventions (pipelines/conventions.py), so a
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
from lxml.html import HtmlElement

from pipelines.conventions import ARTICLE_TYPES, AUTHOR_XPATHS, BIO_LINK, FOREIGN, OWN
from pipelines.pruning import main_content
from scraper.profile import has_class
from scraper.urls import canonical_url


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
        for xpath in AUTHOR_XPATHS:
            for node in self._own(xpath):
                name = _text(node)
                if name and not BIO_LINK.match(name):
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
        for node in own.xpath(f"//*[not(self::body) and not(self::html)][{FOREIGN}]"):
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
            if any(k in ARTICLE_TYPES for k in kinds):
                return node
    return {}
