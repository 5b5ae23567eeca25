"""What to cut from a page before trafilatura reads it, with a guard on the site's rules.

A site profile's prune XPaths go by theme conventions, and a theme can wrap anything in
anything: a rule that would remove the element holding the article (the main content
or one of its ancestors, or most of the page's text) is not applied. Besides the
profile's rules, two generic cuts: small forms (comment, subscribe, search forms;
a page-wide form wrapping the whole page stays) and inline related-link lines
("Also read: <a>Other article</a>"), found by link density rather than by wording.

Nothing is deleted here: elements are marked with `PRUNE_MARK`, and trafilatura prunes
`PRUNED_XPATH` after reading the page's metadata from the whole page.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from urllib.parse import urljoin, urlsplit

from lxml.html import HtmlElement

from scraper.profile import SiteProfile

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

_TEXT = ".//text()[not(ancestor::script or ancestor::style or ancestor::noscript)]"
# Text outside links: what the guard weighs (a menu is all links, an article mostly not).
_PROSE = ".//text()[not(ancestor::script or ancestor::style or ancestor::noscript or ancestor::a)]"


def mark_for_pruning(
    tree: HtmlElement,
    profile: SiteProfile,
    page_url: str,
    main: HtmlElement | None,
    other_posts: Iterable[HtmlElement] = (),
) -> int:
    """Mark what extraction must skip; return how many elements were marked.

    `page_url` is the page's own (canonical) URL: links to its host are the site's own;
    `main` the article body (`main_content(tree)`), which no rule may take;
    `other_posts` other posts' elements on the page (related-post tiles and cards,
    pipelines/page_sources.PageSources.other_posts): their titles and excerpts are
    not the article's text.
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

    for xpath in profile.prune_xpath:
        for node in tree.xpath(xpath):
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
    for paragraph in tree.iter("p"):
        if is_link_line(paragraph, page_url):
            paragraph.set(PRUNE_MARK, "links")
            marked += 1
    return marked


def comment_areas(tree: HtmlElement, holds_article: Callable[[HtmlElement], bool]) -> list:
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
    links = [(" ".join(a.text_content().split()), a.get("href") or "") for a in paragraph.iter("a")]
    text, href = max(links, key=lambda link: len(link[0]))
    other_words = len(words) - sum(len(link.split()) for link, _ in links)
    return (
        len(text) / len(" ".join(words)) >= LINK_LINE_MIN_DENSITY
        and other_words <= LINK_LINE_MAX_OTHER_WORDS
        and _same_site(urljoin(page_url, href), page_url)
    )


def _same_site(url: str, page_url: str) -> bool:
    host, page_host = urlsplit(url).hostname or "", urlsplit(page_url).hostname or ""
    return host.removeprefix("www.") == page_host.removeprefix("www.")


def text_length(node: HtmlElement) -> int:
    """Characters of visible text under `node` (scripts and styles are not text)."""
    return sum(len(part.strip()) for part in node.xpath(_TEXT))


def prose_length(node: HtmlElement) -> int:
    """Characters of visible text under `node` outside its links."""
    return sum(len(part.strip()) for part in node.xpath(_PROSE))


def _words(node: HtmlElement) -> list[str]:
    return " ".join(node.xpath(_TEXT)).split()
