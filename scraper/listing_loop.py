"""An archive page's main loop, found by structure alone: whatever the theme's markup.

The loop is the largest group of same-shaped links (one structural signature) outside
the page chrome, and its container their lowest common ancestor, widened while it takes
in no other list (a featured post above the loop is in, a sidebar of recent posts out).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from urllib.parse import urljoin, urlsplit

from parsel import Selector

from scraper.permalinks import RESERVED_SEGMENTS, PermalinkShape
from scraper.urls import archive_root, canonical_url, same_site

# Page chrome and widgets: these elements, and those whose class or id names one of
# these words (`widget_recent_entries`, `sidebar-1`, `jeg_footer`), unless the name is
# the post's own part (`entry-header`, `post-meta`).
_CHROME_TAGS = {"nav", "aside", "form"}
_PAGE_PARTS = {"header", "footer"}  # chrome when page-level, not a post's own
_CHROME_WORDS = {
    "sidebar",
    "widget",
    "widgets",
    "footer",
    "header",
    "menu",
    "nav",
    "navigation",
    "breadcrumb",
    "breadcrumbs",
    "related",
    "recent",
    "popular",
    "trending",
    "ticker",
    "comment",
    "comments",
    "share",
    "social",
    "topbar",
}
_OWN_PART_WORDS = {"entry", "post", "article"}
# post_class() tokens that differ from one entry to the next.
_VARYING_CLASS = re.compile(r"\d|^(category|tag|format|post|type|status|has|author)-")


def _chrome_name(value: str) -> bool:
    for token in value.lower().split():
        parts = set(re.split(r"[-_]", token))
        if parts & _CHROME_WORDS and not parts & _OWN_PART_WORDS:
            return True
    return False


def _in_chrome(node: Selector) -> bool:
    ancestors = node.xpath("ancestor-or-self::*")
    for depth, ancestor in enumerate(ancestors):
        tag = ancestor.root.tag if isinstance(ancestor.root.tag, str) else ""
        if tag in ("html", "body"):
            continue
        if tag in _CHROME_TAGS:
            return True
        if tag in _PAGE_PARTS and not any(
            a.root.tag in ("article", "main") for a in ancestors[:depth]
        ):
            return True
        if _chrome_name(f"{ancestor.attrib.get('class', '')} {ancestor.attrib.get('id', '')}"):
            return True
    return False


def _signature(node: Selector) -> tuple[str, ...]:
    """The tag and stable classes of each ancestor: entries of one loop share it."""
    return tuple(
        a.root.tag
        + "".join(
            f".{c}"
            for c in sorted(a.attrib.get("class", "").split())
            if not _VARYING_CLASS.search(c)
        )
        for a in node.xpath("ancestor-or-self::*")
        if isinstance(a.root.tag, str)
    )


def shaped_links(
    page: Selector,
    base: str,
    url: str,
    permalinks: PermalinkShape | None,
    is_member: Callable[[str], bool],
) -> list[str]:
    """Article links found by shape: the main loop's entries, in page order.

    Candidates are same-site links with the permalink shape (or, with none known, any
    link that is not a WordPress route) outside the page chrome. The largest group of
    links sharing one structural signature is the loop; every candidate inside the
    loop's container (its links' lowest common ancestor) is an entry of it.
    """
    here = canonical_url(url)
    candidates: list[tuple[Selector, str]] = []
    for link in page.xpath("//body//a[@href]"):
        absolute = urljoin(base, link.attrib["href"].strip())
        if not absolute.startswith(("http://", "https://")) or not same_site(absolute, base):
            continue
        target = canonical_url(absolute)
        if target == here or archive_root(target) == archive_root(here):
            continue
        if permalinks is not None:
            if not permalinks.matches(target):
                continue
        elif _is_wordpress_route(target) or not _looks_like_title(link):
            continue
        if not _in_chrome(link):
            candidates.append((link, target))
    if not candidates:
        return []
    groups: dict[tuple[str, ...], list[tuple[Selector, str]]] = {}
    for link, target in candidates:
        groups.setdefault(_signature(link), []).append((link, target))

    def weight(group: list[tuple[Selector, str]]) -> tuple[int, int]:
        targets = {t for _l, t in group}
        return sum(1 for t in targets if is_member(t)), len(targets)

    loop = max(groups.values(), key=weight)
    if permalinks is None and len({t for _l, t in loop}) < 2:
        return []  # one lone link is no evidence of a listing
    container = _loop_container([link for link, _t in loop], groups, loop)
    inside = {id(n.root) for n in container.xpath(".//a")} if container is not None else set()
    seen: dict[str, None] = {}
    for link, target in candidates:
        if id(link.root) in inside:
            seen.setdefault(target, None)
    return list(seen)


def _loop_container(
    links: list[Selector],
    groups: dict[tuple[str, ...], list[tuple[Selector, str]]],
    loop: list[tuple[Selector, str]],
) -> Selector | None:
    """The loop's links' common ancestor, widened while that takes in no other list.

    A featured post above the loop (one card of its own markup) belongs to the
    listing; a sidebar of recent posts (another repeated group) does not.
    """
    container = _common_ancestor(links)
    other_lists = [
        {id(link.root) for link, _t in group}
        for group in groups.values()
        if group is not loop and len({t for _l, t in group}) >= 2
    ]
    while container is not None:
        parent = container.xpath("..")
        if not parent or not isinstance(parent[0].root.tag, str):
            break
        if parent[0].root.tag in ("body", "html"):
            break
        held = {id(n.root) for n in parent[0].xpath(".//a")}
        if any(group & held for group in other_lists):
            break
        container = parent[0]
    return container


def _common_ancestor(links: list[Selector]) -> Selector | None:
    chains = [link.xpath("ancestor::*") for link in links]
    common: Selector | None = None
    for level in zip(*chains, strict=False):
        if all(node.root is level[0].root for node in level):
            common = level[0]
        else:
            break
    return common


def _is_wordpress_route(url: str) -> bool:
    segments = [s for s in urlsplit(url).path.split("/") if s]
    return not segments or any(s.lower() in RESERVED_SEGMENTS for s in segments)


def _looks_like_title(link: Selector) -> bool:
    """A post title has a few words (an image link or "Read more" is matched by the title)."""
    return len(" ".join(link.xpath("string()").get("").split()).split()) >= 3
