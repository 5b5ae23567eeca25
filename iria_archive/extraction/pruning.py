"""What to cut from a page before trafilatura reads it, with a guard on the site's rules.

A site profile's prune XPaths go by theme conventions, and a theme can wrap anything in
anything: a rule that would remove the element holding the article (the main content
or one of its ancestors, or most of the page's text) is not applied. Besides the
profile's rules, two generic cuts: small forms (comment, subscribe, search forms;
a page-wide form wrapping the whole page stays) and inline related-link lines
("Also read: <a>Other article</a>"), found by link density rather than by wording.

A link line is not cut from the page but from trafilatura's output (`drop_link_lines`):
the page's links are what tells trafilatura a box of them ("Read also:", a disclaimer
and ">>> More opinion") is not the article, and with its link cut, the box's label or
the rest of its text read as the article's.

Nothing is deleted here: elements are marked with `PRUNE_MARK`, and trafilatura prunes
`PRUNED_XPATH` from its own copy of the page (the metadata is read from the whole page).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

from lxml.etree import _Element
from lxml.html import HtmlElement

from iria_archive.extraction.conventions import TreeIndex
from iria_archive.model.profile import SiteProfile, has_class

logger = logging.getLogger(__name__)

PRUNE_MARK = "data-extract-prune"
PRUNED_XPATH = f"//*[@{PRUNE_MARK}]"

# A prune match holding more than this share of the page's text (outside links) is the
# article itself.
MAX_PRUNED_SHARE = 0.5
# A form with at most this many words of text is a comment, subscribe or search form.
SMALL_FORM_WORDS = 60
# A related-link line: a short paragraph, mostly the text of its links.
LINK_LINE_MAX_WORDS = 20
LINK_LINE_MIN_DENSITY = 0.5  # link characters / paragraph characters
LINK_LINE_MAX_OTHER_WORDS = 4  # words outside the links ("Also read:", "See also")
_WORD = re.compile(r"\w")

_TEXT = ".//text()[not(ancestor::script or ancestor::style or ancestor::noscript)]"
# Text outside links: what the guard weighs (a menu is all links, an article mostly not).
_PROSE = ".//text()[not(ancestor::script or ancestor::style or ancestor::noscript or ancestor::a)]"


def mark_for_pruning(
    tree: HtmlElement,
    profile: SiteProfile,
    page_url: str,
    main: HtmlElement | None,
    other_posts: Iterable[HtmlElement] = (),
    index: TreeIndex | None = None,
) -> int:
    """Mark what extraction must skip; return how many elements were marked.

    `page_url` is the page's own (canonical) URL: links to its host are the site's own;
    `main` the article body (`main_content(tree)`), which no rule may take;
    `other_posts` other posts' elements on the page (related-post tiles and cards,
    page_sources.PageSources.other_posts): their titles and excerpts are
    not the article's text. `index`: the tree's (conventions.TreeIndex), when the
    caller has made it.
    """
    body = tree.find("body")
    total = prose_length(body if body is not None else tree)
    keep: set[HtmlElement] = {main, *main.iterancestors()} if main is not None else set()
    marked = 0

    def holds_article(node: HtmlElement) -> bool:
        if node in keep:
            return True
        limit = MAX_PRUNED_SHARE * total
        # text_content() is a cheap upper bound of the prose: most matches stop here.
        return len(node.text_content()) > limit and prose_length(node) > limit

    matches = _rule_matches(index or TreeIndex(tree), profile.prune_xpath)
    for xpath in profile.prune_xpath:
        for node in matches[xpath]:
            if holds_article(node):
                logger.debug("Prune rule %s not applied: it matches the article", xpath)
                continue
            node.set(PRUNE_MARK, "rule")
            marked += 1
    for node in other_posts:
        if not holds_article(node):
            node.set(PRUNE_MARK, "other-post")
            marked += 1
    for form in tree.iter("form"):
        if len(_words(form)) <= SMALL_FORM_WORDS and not holds_article(form):
            form.set(PRUNE_MARK, "form")
            marked += 1
    for area in comment_areas(tree, holds_article):
        area.set(PRUNE_MARK, "comments")
        marked += 1
    return marked


def link_lines(tree: HtmlElement, page_url: str) -> set[str]:
    """The texts (whitespace-normalised) of the page's related-link lines (`is_link_line`)
    outside what is marked for pruning: a line's text is what finds it in trafilatura's
    output, and a pruned box's line may read as a paragraph of the body does."""
    return {
        " ".join(paragraph.text_content().split())
        for paragraph in tree.iter("p")
        if is_link_line(paragraph, page_url) and not _pruned(paragraph)
    }


def _pruned(node: HtmlElement) -> bool:
    return any(a.get(PRUNE_MARK) is not None for a in (node, *node.iterancestors()))


def drop_link_lines(body: _Element, lines: set[str]) -> int:
    """Remove from trafilatura's output the paragraphs that are one of `lines`; the count."""
    dropped = 0
    for paragraph in list(body.iter("p")):
        if " ".join("".join(paragraph.itertext()).split()) in lines:
            parent = paragraph.getparent()
            if parent is not None:
                tail = paragraph.tail or ""
                previous = paragraph.getprevious()
                if tail.strip():  # text after the line stays where it was
                    if previous is not None:
                        previous.tail = (previous.tail or "") + tail
                    else:
                        parent.text = (parent.text or "") + tail
                parent.remove(paragraph)
                dropped += 1
    return dropped


@dataclass(frozen=True)
class _Rule:
    """A prune XPath of WordPress's conventions (model/profile.py) as a test on one element:
    it matches an element of one of `tags`, or carrying one of `classes` (a class token),
    `ids` or `parts` (anywhere in the class attribute); `only` narrows it to these tags."""

    tags: tuple[str, ...] = ()
    classes: tuple[str, ...] = ()
    ids: tuple[str, ...] = ()
    parts: tuple[str, ...] = ()
    only: tuple[str, ...] = ()


_META_BLOCKS = (
    "wp-block-post-date",
    "wp-block-post-terms",
    "wp-block-post-author",
    "wp-block-post-author-name",
)
_META_BLOCKS_XPATH = " or ".join(has_class(name) for name in _META_BLOCKS)
# The block themes' meta group rule: a group or columns block holding post meta blocks
# and not the post content (its descendants are looked at after the pass).
_META_GROUP = f"//*[{has_class('wp-block-group')} or {has_class('wp-block-columns')}]"
_META_GROUP += f"[.//*[{_META_BLOCKS_XPATH}]][not(.//*[{has_class('wp-block-post-content')}])]"
# Each rule of WORDPRESS_PRUNE_XPATH and NEWS_PRUNE_XPATH (iria_archive.model.profile),
# spelled the same: the tree's index finds their matches (an XPath testing classes costs
# a string comparison per element per rule). A rule not here (a site's own) is evaluated
# as XPath; tests/test_extract_twins.py checks that each selects what its XPath selects.
_RULES: dict[str, _Rule] = {
    "//figcaption": _Rule(tags=("figcaption",)),
    f"//*[{has_class('wp-caption-text')}]": _Rule(classes=("wp-caption-text",)),
    f"//*[{has_class('entry-header')}]": _Rule(classes=("entry-header",)),
    f"//*[{has_class('entry-meta')}]": _Rule(classes=("entry-meta",)),
    f"//*[{has_class('entry-footer')}]": _Rule(classes=("entry-footer",)),
    "//*[contains(@class, 'sharedaddy') or contains(@class, 'sd-sharing')]": _Rule(
        parts=("sharedaddy", "sd-sharing")
    ),
    "//*[contains(@class, 'jp-relatedposts') or contains(@class, 'related-articles')"
    " or contains(@class, 'related-posts')]": _Rule(
        parts=("jp-relatedposts", "related-articles", "related-posts")
    ),
    _META_GROUP: _Rule(classes=("wp-block-group", "wp-block-columns")),
    f"//*[{_META_BLOCKS_XPATH}]": _Rule(classes=_META_BLOCKS),
    f"//*[{has_class('wp-block-query')}]": _Rule(classes=("wp-block-query",)),
    f"//*[{has_class('author-bio')}]": _Rule(classes=("author-bio",)),
    "//*[@id='comments' or @id='respond' or contains(@class, 'comments-area')]": _Rule(
        ids=("comments", "respond"), parts=("comments-area",)
    ),
    f"//*[{has_class('wp-block-comments')} or {has_class('wp-block-post-comments')}]": _Rule(
        classes=("wp-block-comments", "wp-block-post-comments")
    ),
    f"//header[{has_class('site-header')} or @id='masthead']": _Rule(
        classes=("site-header",), ids=("masthead",), only=("header",)
    ),
    "//nav": _Rule(tags=("nav",)),
    f"//*[{has_class('widget-area')} or {has_class('widget')}]": _Rule(
        classes=("widget-area", "widget")
    ),
    f"//footer[{has_class('site-footer')} or @id='colophon']": _Rule(
        classes=("site-footer",), ids=("colophon",), only=("footer",)
    ),
    "//*[contains(@class, 'screen-reader-text') or contains(@class, 'back-to-top')]": _Rule(
        parts=("screen-reader-text", "back-to-top")
    ),
    # profile.NEWS_PRUNE_XPATH
    "//*[contains(@class, 'caption')]": _Rule(parts=("caption",)),
    "//*[contains(@class, 'related')]": _Rule(parts=("related",)),
    "//*[contains(@class, 'newsletter')]": _Rule(parts=("newsletter",)),
    "//*[contains(@class, 'author-box') or contains(@class, 'about-author')"
    " or contains(@class, 'author-bio')]": _Rule(
        parts=("author-box", "about-author", "author-bio")
    ),
}


def _rule_matches(index: TreeIndex, xpaths: Iterable[str]) -> dict[str, list[HtmlElement]]:
    """Each rule's matches in document order: the known rules from the tree's index (by
    tag, class token, class part, id), any other by its XPath."""
    found: dict[str, list[HtmlElement]] = {}
    for xpath in xpaths:
        if xpath in found:
            continue
        rule = _RULES.get(xpath)
        if rule is None:
            found[xpath] = index.tree.xpath(xpath)
            continue
        nodes = index.with_class(*rule.classes) | index.with_id(*rule.ids)
        if rule.parts:
            nodes |= index.with_class_part(*rule.parts)
        if rule.tags:
            nodes.update(index.tree.iter(*rule.tags))
        if rule.only:
            nodes = {node for node in nodes if node.tag in rule.only}
        if xpath == _META_GROUP:
            holds_meta = {
                a for node in index.with_class(*_META_BLOCKS) for a in node.iterancestors()
            }
            content = index.with_class("wp-block-post-content")
            holds_content = {a for node in content for a in node.iterancestors()}
            nodes = {node for node in nodes if node in holds_meta and node not in holds_content}
        found[xpath] = index.in_order(nodes)
    return found


def comment_areas(
    tree: HtmlElement, holds_article: Callable[[HtmlElement], bool]
) -> list[HtmlElement]:
    """The comments of a post, whatever the theme calls them.

    Every WordPress comment form posts to `wp-comments-post.php`, and themes print the
    comment list beside it: the form's outermost ancestor that does not hold the
    article is the comments area (list and form).
    """
    areas = []
    for form in tree.xpath("//form[contains(@action, 'wp-comments-post.php')]"):
        area = form
        for ancestor in form.iterancestors():
            if ancestor.tag in ("body", "html") or holds_article(ancestor):
                break
            area = ancestor
        areas.append(area)
    return areas


def main_content(tree: HtmlElement) -> HtmlElement | None:
    """The element whose own paragraphs hold the most text: the article body."""
    weight: dict[HtmlElement, int] = {}
    for paragraph in tree.iter("p"):
        parent = paragraph.getparent()
        if parent is not None:
            weight[parent] = weight.get(parent, 0) + len(paragraph.text_content().strip())
    return max(weight, key=weight.__getitem__) if weight else None


def is_link_line(paragraph: HtmlElement, page_url: str) -> bool:
    """A short paragraph that is mostly one link to the site's own pages: an inserted
    "Also read" / "See also" line.

    A paragraph with links in its prose has far more text outside them and stays; so
    does a credit or source line ("Photos: <a>X</a>", "via <a>Y</a>"), which links out.
    """
    if paragraph.find(".//a") is None:
        return False
    words = paragraph.text_content().split()
    if not words or len(words) > LINK_LINE_MAX_WORDS:
        return False
    anchors = list(paragraph.iter("a"))
    links = [(" ".join(a.text_content().split()), a.get("href") or "") for a in anchors]
    text, href = max(links, key=lambda link: len(link[0]))
    # Separators ("|", "»", "–") are no words: "READ ANOTHER STORY HERE | <a>…</a>".
    other_words = _word_count(words) - sum(_word_count(link.split()) for link, _ in links)
    return (
        len(text) / len(" ".join(words)) >= LINK_LINE_MIN_DENSITY
        and other_words <= LINK_LINE_MAX_OTHER_WORDS
        and _same_site(urljoin(page_url, href), page_url)
        and not _link_in_a_sentence(paragraph, anchors[0], anchors[-1])
    )


def _word_count(tokens: list[str]) -> int:
    return sum(1 for token in tokens if _WORD.search(token))


def _link_in_a_sentence(paragraph: HtmlElement, first: HtmlElement, last: HtmlElement) -> bool:
    """Words before the first link and after the last, ending as a sentence ends: the
    links are words of a sentence ("Prince <a>Harry made …</a> last year."), where a
    link line's other words are a label ("Read also: <a>…</a>", "<a>…</a> (video)")."""
    text = paragraph.text_content()
    start = text.find(first.text_content())
    end = text.rfind(last.text_content()) + len(last.text_content())
    before, after = text[:start].rstrip(), text[end:]
    return (
        _WORD.search(before) is not None
        and not before.endswith(":")
        and _WORD.search(after) is not None
        and text.rstrip().endswith((".", "!", "?", "…"))
    )


def _same_site(url: str, page_url: str) -> bool:
    host, page_host = urlsplit(url).hostname or "", urlsplit(page_url).hostname or ""
    return host.removeprefix("www.") == page_host.removeprefix("www.")


def text_length(node: HtmlElement) -> int:
    """Characters of visible text under `node` (scripts and styles are not text)."""
    return sum(len(part.strip()) for part in node.xpath(_TEXT))


_NOT_PROSE = ("script", "style", "noscript", "a")
_NOT_PROSE_TEXT = "(" + " | ".join(f".//{tag}" for tag in _NOT_PROSE) + ")//text()"


def prose_length(node: HtmlElement) -> int:
    """Characters of visible text under `node` outside its links: the text nodes `_PROSE`
    selects, counted as all text nodes less those under a script, style, noscript or link
    (two plain XPaths; `_PROSE` tests four ancestors of every text node)."""
    if node.tag in _NOT_PROSE or any(a.tag in _NOT_PROSE for a in node.iterancestors()):
        return 0
    every = node.xpath(".//text()", smart_strings=False)
    skipped = node.xpath(_NOT_PROSE_TEXT, smart_strings=False)
    return sum(len(part.strip()) for part in every) - sum(len(part.strip()) for part in skipped)


def _words(node: HtmlElement) -> list[str]:
    return " ".join(node.xpath(_TEXT)).split()
