"""Where WordPress themes and schema.org put a post's own facts, as XPath and patterns.

Themes differ, but the classes core and its default themes print are shared by most:
classic themes' entry header/footer (`entry-title`, `posted-on`, `byline`), block themes'
`wp-block-post-*` blocks, and the regions whose dates, names and terms belong to other
pages (comments, widgets, related posts, the site's header and footer). Kept apart from
the readers (iria_archive/extraction/page_sources.py) so a theme's markup is looked up in one place.

Nothing here knows a particular site: WordPress and schema.org conventions only.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cached_property

from lxml.html import HtmlElement

from iria_archive.model.profile import has_class

# Regions of a page whose dates, names and terms belong to something other than the post:
# by tag, by id, by class token. `FOREIGN` says it in XPath, `foreign_regions` finds the
# same elements from the page's TreeIndex (cheaper than a class test per element); both
# are built from these tuples, so they cannot drift apart.
FOREIGN_TAGS = ("aside", "nav")
FOREIGN_IDS = ("comments", "respond", "breadcrumbs", "breadcrumb", "masthead", "colophon")
FOREIGN_CLASSES = (
    "comment",
    "comment-body",
    "comments-area",
    "comment-list",
    "commentlist",
    "wp-block-comments",
    "wp-block-post-comments",
    "wp-block-comment-template",
    "widget",
    "widgets",
    "widget-area",
    "sidebar",
    "site-sidebar",
    "primary-sidebar",
    # WordPress's lists of every term (a categories widget, a tag cloud), whatever the
    # wrapper around them.
    "cat-item",
    "tag-cloud",
    "tag-cloud-link",
    "wp-block-categories",
    "wp-block-tag-cloud",
    "wp-block-archives",
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
    # Breadcrumbs name the category's parents too (Home > Europe > Balkans > post):
    # themes' and Yoast's, Rank Math's, WooCommerce's, Breadcrumb NavXT's.
    "breadcrumb",
    "breadcrumbs",
    "yoast-breadcrumbs",
    "rank-math-breadcrumb",
    "woocommerce-breadcrumb",
)
FOREIGN_CLASS_PART = "related"  # anywhere in the class attribute
FOREIGN_CLASS_PREFIX = "widget_"  # a widget's own class (widget_categories, widget_tag_cloud)
FOREIGN = " or ".join(
    [
        *(f"self::{tag}" for tag in FOREIGN_TAGS),
        *(f"@id='{name}'" for name in FOREIGN_IDS),
        *(has_class(name) for name in FOREIGN_CLASSES),
        f"contains(@class, '{FOREIGN_CLASS_PART}')",
        f"contains(concat(' ', normalize-space(@class)), ' {FOREIGN_CLASS_PREFIX}')",
    ]
)
# XPath's normalize-space() splits on these four, not on every Unicode space.
_CLASS_TOKEN = re.compile(r"[^ \t\r\n]+")


def class_tokens(node: HtmlElement) -> list[str]:
    """The element's class tokens, split as XPath's normalize-space() splits them."""
    return _CLASS_TOKEN.findall(node.get("class") or "")


class TreeIndex:
    """A page's nodes, held, and its elements by class token, id and rel, made in one pass.

    Holding the nodes matters: lxml makes a node's Python object once while one is alive,
    so later passes over the tree do not remake them. Lookups by class token answer what
    an XPath testing the class of every element would, without that test per element.
    """

    def __init__(self, tree: HtmlElement) -> None:
        self.tree = tree
        self.nodes = list(tree.iter())
        self.by_class: dict[str, list[HtmlElement]] = {}
        self.by_id: dict[str, list[HtmlElement]] = {}
        self.by_rel: dict[str, list[HtmlElement]] = {}  # links by rel token (author, tag)
        self._with_part: dict[str, set[HtmlElement]] = {}
        self.tags: set[str] = set()
        for node in self.nodes:
            if not isinstance(node.tag, str):
                continue
            self.tags.add(node.tag)
            if classes := node.get("class"):
                for token in dict.fromkeys(_CLASS_TOKEN.findall(classes)):
                    self.by_class.setdefault(token, []).append(node)
            if (node_id := node.get("id")) is not None:
                self.by_id.setdefault(node_id, []).append(node)
            if rel := node.get("rel"):
                for token in dict.fromkeys(_CLASS_TOKEN.findall(rel)):
                    self.by_rel.setdefault(token, []).append(node)

    @cached_property
    def position(self) -> dict[HtmlElement, int]:
        return {node: i for i, node in enumerate(self.nodes)}

    def in_order(self, nodes: Iterable[HtmlElement]) -> list[HtmlElement]:
        """`nodes` once each, in document order."""
        return sorted(set(nodes), key=self.position.__getitem__)

    def with_class(self, *tokens: str) -> set[HtmlElement]:
        return {node for token in tokens for node in self.by_class.get(token, ())}

    def with_class_part(self, *parts: str) -> set[HtmlElement]:
        """Elements whose class attribute holds one of `parts` (no spaces in a part: a
        part of the attribute is a part of one of its tokens)."""
        found: set[HtmlElement] = set()
        for part in parts:
            if part not in self._with_part:
                self._with_part[part] = {
                    node
                    for token, nodes in self.by_class.items()
                    if part in token
                    for node in nodes
                }
            found |= self._with_part[part]
        return found

    def with_id(self, *ids: str) -> set[HtmlElement]:
        return {node for name in ids for node in self.by_id.get(name, ())}


def foreign_regions(index: TreeIndex) -> list[HtmlElement]:
    """The elements `FOREIGN` selects (never <body> or <html>), in document order."""
    roots = index.with_class(*FOREIGN_CLASSES) | index.with_id(*FOREIGN_IDS)
    roots |= index.with_class_part(FOREIGN_CLASS_PART)
    roots |= {
        node
        for token, nodes in index.by_class.items()
        if token.startswith(FOREIGN_CLASS_PREFIX)
        for node in nodes
    }
    roots.update(index.tree.iter(*FOREIGN_TAGS))
    return [root for root in index.in_order(roots) if root.tag not in ("body", "html")]


def not_own(index: TreeIndex) -> set[HtmlElement]:
    """Every element `OWN` rejects: inside (or being) a foreign region, or inside a page
    footer. Found once per tree, so a reader filters its matches by set membership
    instead of evaluating an ancestor predicate per match."""
    found: set[HtmlElement] = set()
    for root in foreign_regions(index):  # an outer region first: its inner ones are in it
        if root not in found:
            found.update(root.iter())
    for footer in index.tree.iter("footer"):
        if "entry-footer" in class_tokens(footer):
            continue
        if not any(a.tag == "article" for a in footer.iterancestors()):
            found.update(footer.iterdescendants())
    return found


# Not inside any foreign region. A page footer counts as one, a post's own entry footer
# (twentytwentyone prints the date and terms there) does not.
OWN = (
    f"not(ancestor-or-self::*[not(self::body) and not(self::html)][{FOREIGN}])"
    " and not(ancestor::footer[not(ancestor::article) and not(" + has_class("entry-footer") + ")])"
)

# The post's own date elements, best first (classic themes, then block themes).
PUBLISHED_XPATHS = (
    f"//time[{has_class('published')}]",
    f"//*[{has_class('wp-block-post-date')}][not({has_class('wp-block-post-date__modified-date')})]"
    "//time",
    f"//time[{has_class('entry-date')}]",
    "//time[@itemprop='datePublished']",
    f"//*[{has_class('posted-on')} or {has_class('entry-meta')}]//time",
)
MODIFIED_XPATHS = (
    f"//time[{has_class('updated')}][not({has_class('published')})]",
    f"//*[{has_class('wp-block-post-date__modified-date')}]//time",
    "//time[@itemprop='dateModified']",
    # Underscores-based themes print one `published updated` element for a post never
    # modified (two elements once it is); twentytwentyone prints it for every post.
    f"//time[{has_class('updated')}][{has_class('published')}]",
)
# The byline, best first; an author-bio box or a commenter never matches (OWN).
AUTHOR_XPATHS = (
    f"//*[{has_class('byline')}]//a[contains(concat(' ', normalize-space(@rel), ' '), ' author ')]",
    f"//*[{has_class('byline')}]//*[{has_class('author')}]",
    f"//*[{has_class('vcard')}]//*[{has_class('fn')}]",
    f"//*[{has_class('wp-block-post-author-name')}]",
    f"//*[{has_class('wp-block-post-author__name')}]",
    "//a[contains(concat(' ', normalize-space(@rel), ' '), ' author ')]",
)
# An author archive link ("View all posts by NAME") or a bio's title ("By NAME") is not
# a name, but the name in it is the author's (twentytwentyone's bio box prints no byline).
BIO_NAME = re.compile(
    r"^(?:View all (?:posts by|of)|(?:More )?posts by|By|About|Written by)\s+(?P<name>.+?)"
    r"(?:['’]s? posts)?\s*[.:]?$",
    re.IGNORECASE,
)
# The author-bio box of the post (never its text, but a source of the author's name).
BIO_BOX = " or ".join(
    has_class(name) for name in ("author-bio", "author-info", "author-box", "about-author")
)
BIO_NAMES = (
    f".//*[{has_class('author-title')} or {has_class('author-name')}]",
    ".//a[contains(concat(' ', normalize-space(@rel), ' '), ' author ')]",
)

# post_class() markup: `post-123` (the post's id), `hentry`, `type-post`.
POST_ID_CLASS = re.compile(r"^post-(\d+)$")


def post_class_markup(node: HtmlElement) -> bool:
    """Whether the element carries post_class()'s classes: one post's own container."""
    return any(
        token in ("hentry", "type-post") or POST_ID_CLASS.match(token)
        for token in (node.get("class") or "").split()
    )


# The schema.org types whose JSON-LD object describes the post itself.
ARTICLE_TYPES = ("Article", "NewsArticle", "BlogPosting", "ReportageNewsArticle")
