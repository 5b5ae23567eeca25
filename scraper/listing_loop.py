"""An archive page's main loop, found from what every theme emits, whatever its markup.

Two readings, the first that finds entries wins:

1. `post_entries`: the containers WordPress's `post_class()` marks (`post-ID` with
   `hentry`, `type-post` or `status-publish`), outside the page chrome and, when the
   page has a main region, inside it; each entry's permalink is its title link, else
   the link it repeats (title, thumbnail, "Continue reading"). A sticky post on top is
   an entry like the others.
2. `shaped_links`: with no such markup, the largest group of same-shaped links (one
   structural signature) outside the chrome, its container their lowest common
   ancestor, widened while it takes in no other list (a featured post above the loop is
   in, a sidebar of recent posts out). Which group is the loop is weighed from several
   signals, none deciding alone: its place in the main region, entries that carry more
   than a title (an excerpt, a date), how many posts it lists, how many have the
   permalink shape learnt so far and how many are known to be the section's.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from urllib.parse import parse_qsl, urljoin, urlsplit

from parsel import Selector

from iria_archive.model.permalinks import RESERVED_SEGMENTS, PermalinkShape
from iria_archive.model.urls import archive_root, canonical_url, same_site

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
# post_class() tokens that differ from one entry to the next (`sticky` only on one);
# they name the post's terms, never the page's region (`tag-social-media`).
_VARYING_CLASS = re.compile(
    r"\d|^(category|tag|format|post|type|status|has|author)-|^(sticky|featured)$"
)
# The main region: <main>, role=main, or an id or class naming it (`site-main`, `x-main`).
_MAIN_WORDS = {"main", "primary"}
# post_class(): `post-123` and one of the tokens that say it is a post.
_POST_ID = re.compile(r"^post-\d+$")
_POST_MARKS = {"hentry", "type-post", "status-publish"}
# Query variables of WordPress's own routes under plain permalinks (`?cat=3`, `?feed=rss2`).
_ROUTE_PARAMETERS = {"cat", "tag", "author", "s", "feed", "paged", "m", "year", "monthnum"}
_TERM_RELS = {"tag", "category", "author"}
_RICH_WORDS = 8  # words besides the title that make an entry more than a link
_HAS_CLASS = "contains(concat(' ', normalize-space(@class), ' '), ' {} ')"


def _chrome_name(value: str) -> bool:
    for token in value.lower().split():
        if _VARYING_CLASS.search(token):
            continue
        parts = set(re.split(r"[-_]", token))
        if parts & _CHROME_WORDS and not parts & _OWN_PART_WORDS:
            return True
    return False


def _tag(node: Selector) -> str:
    return node.root.tag if isinstance(node.root.tag, str) else ""


def _names(node: Selector) -> str:
    return f"{node.attrib.get('class', '')} {node.attrib.get('id', '')}"


def in_chrome(node: Selector) -> bool:
    """Whether `node` sits in the page chrome: navigation, sidebars, widgets, footers."""
    ancestors = node.xpath("ancestor-or-self::*")
    for depth, ancestor in enumerate(ancestors):
        tag = _tag(ancestor)
        if tag in ("html", "body"):
            continue
        if tag in _CHROME_TAGS:
            return True
        if tag in _PAGE_PARTS and not any(
            _tag(a) in ("article", "main") for a in ancestors[:depth]
        ):
            return True
        if _chrome_name(_names(ancestor)):
            return True
    return False


def in_main(node: Selector) -> bool:
    """Whether `node` sits in the page's main region."""
    for ancestor in node.xpath("ancestor-or-self::*"):
        if _tag(ancestor) == "main" or ancestor.attrib.get("role") == "main":
            return True
        tokens = {p for t in _names(ancestor).lower().split() for p in re.split(r"[-_]", t)}
        if tokens & _MAIN_WORDS:
            return True
    return False


def _has_main(page: Selector) -> bool:
    return bool(page.xpath("//main | //*[@role='main']"))


def _signature(node: Selector) -> tuple[str, ...]:
    """The tag and stable classes of each ancestor: entries of one loop share it."""
    return tuple(
        _tag(a)
        + "".join(
            f".{c}"
            for c in sorted(a.attrib.get("class", "").split())
            if not _VARYING_CLASS.search(c)
        )
        for a in node.xpath("ancestor-or-self::*")
        if _tag(a)
    )


def _is_post_entry(node: Selector) -> bool:
    tokens = set(node.attrib.get("class", "").split())
    return any(_POST_ID.match(t) for t in tokens) and bool(tokens & _POST_MARKS)


def post_entries(page: Selector) -> list[Selector]:
    """The loop's entries as `post_class()` marks them, in page order.

    Outermost marked containers outside the chrome; inside the main region when the
    page has one (a theme's "more stories" below it are not this archive's)."""
    marked = page.xpath(
        "//body//*[contains(concat(' ', normalize-space(@class), ' '), ' post-')"
        " and (contains(@class, 'hentry') or contains(@class, 'type-post')"
        " or contains(@class, 'status-publish'))]"
    )
    entries = [n for n in marked if _is_post_entry(n)]
    ids = {id(n.root) for n in entries}
    entries = [
        n
        for n in entries
        if not any(id(a.root) in ids for a in n.xpath("ancestor::*")) and not in_chrome(n)
    ]
    if _has_main(page) and any(in_main(n) for n in entries):
        entries = [n for n in entries if in_main(n)]
    return entries


def entry_permalink(
    entry: Selector, base: str, here: str, permalinks: PermalinkShape | None
) -> str | None:
    """The post an entry links to: its title link, else the link it repeats.

    Links to terms (`rel="category tag"`), WordPress routes and this archive are not
    the post's; the permalink shape, when known, prefers one link among equals."""
    marks: dict[str, set[str]] = {}  # target -> what its links say of it, in page order
    counts: Counter[str] = Counter()
    for link in entry.xpath(".//a[@href]"):
        rels = set(link.attrib.get("rel", "").lower().split())
        if rels & _TERM_RELS:
            continue
        target = _site_link(link.attrib["href"], base)
        if target is None or is_wordpress_route(target) or _same_archive(target, here):
            continue
        counts[target] += 1
        mark = marks.setdefault(target, set())
        if link.xpath(f"ancestor::*[{_HAS_CLASS.format('entry-title')}]"):
            mark.add("title")
        if "bookmark" in rels:
            mark.add("bookmark")
        if permalinks and permalinks.matches(target):
            mark.add("shaped")
        if link.xpath("ancestor::h1 | ancestor::h2 | ancestor::h3 | ancestor::h4"):
            mark.add("heading")
    if not marks:
        return None
    order = list(marks)

    def weight(target: str) -> tuple[int, ...]:
        mark = marks[target]
        said = [int(m in mark) for m in ("title", "bookmark", "shaped")]
        return (*said, counts[target], int("heading" in mark), -order.index(target))

    return max(marks, key=weight)


def shaped_links(
    page: Selector,
    base: str,
    url: str,
    permalinks: PermalinkShape | None,
    is_member: Callable[[str], bool],
) -> list[str]:
    """Article links found by structure: the main loop's entries, in page order.

    Candidates are same-site links outside the page chrome that have the permalink
    shape or look like a post's title link (a few words, not a WordPress route). The
    loop is the group of candidates sharing one structural signature that weighs most
    (see the module docstring); every candidate inside its container is an entry."""
    here = canonical_url(url)
    candidates: list[tuple[Selector, str, bool]] = []
    for link in page.xpath("//body//a[@href]"):
        target = _site_link(link.attrib["href"], base)
        if target is None or _same_archive(target, here):
            continue
        shaped = bool(permalinks and permalinks.matches(target))
        if not shaped and (is_wordpress_route(target) or not _looks_like_title(link)):
            continue
        if not in_chrome(link):
            candidates.append((link, target, shaped))
    if not candidates:
        return []
    groups: dict[tuple[str, ...], list[tuple[Selector, str, bool]]] = {}
    for candidate in candidates:
        groups.setdefault(_signature(candidate[0]), []).append(candidate)

    def weight(group: list[tuple[Selector, str, bool]]) -> tuple[int, ...]:
        targets = {t for _l, t, _s in group}
        shaped = {t for _l, t, s in group if s}
        members = sum(1 for t in targets if is_member(t))
        placed = all(in_main(link) for link, _t, _s in group)
        return (int(placed), int(_rich(group)), 2 * len(targets) + len(shaped) + members)

    loop = max(groups.values(), key=weight)
    if not permalinks and len({t for _l, t, _s in loop}) < 2:
        return []  # one lone link is no evidence of a listing
    container = _loop_container(groups, loop)
    inside = {id(n.root) for n in container.xpath(".//a")} if container is not None else set()
    loop_links = {id(link.root) for link, _t, _s in loop}
    seen: dict[str, None] = {}
    for link, target, shaped in candidates:
        # The loop's own links, and title links of the post shape beside them (a
        # featured card); not a term's link that happens to have the shape
        # (`/topics/europe/balkans/` beside `/europe/<slug>/` permalinks).
        beside = id(link.root) in inside and _looks_like_title(link)
        if id(link.root) in loop_links or (beside and (shaped or not permalinks)):
            seen.setdefault(target, None)
    return list(seen)


def _rich(group: list[tuple[Selector, str, bool]]) -> bool:
    """Whether most of a group's entries carry more than their title: an excerpt, a date.

    A sidebar's list of recent posts is titles; a loop's entries have excerpts."""
    targets = {t for _l, t, _s in group}
    if len(targets) < 2:
        return False
    chains = [link.xpath("ancestor::*") for link, _t, _s in group]  # kept: ids stay valid
    ancestry = [{id(a.root) for a in chain} for chain in chains]
    rich = 0
    for i, (link, target, _s) in enumerate(group):
        cell = link
        for ancestor in reversed(chains[i]):
            key = id(ancestor.root)
            if any(
                key in ancestry[j] and other != target
                for j, (_l, other, _x) in enumerate(group)
                if j != i
            ):
                break
            cell = ancestor
        extra = len(cell.xpath("string()").get("").split()) - len(
            link.xpath("string()").get("").split()
        )
        rich += extra >= _RICH_WORDS
    return rich * 2 > len(group)


def _loop_container(
    groups: dict[tuple[str, ...], list[tuple[Selector, str, bool]]],
    loop: list[tuple[Selector, str, bool]],
) -> Selector | None:
    """The loop's links' common ancestor, widened while that takes in no other list.

    A featured post above the loop (one card of its own markup) belongs to the
    listing; a sidebar of recent posts (another repeated group) does not.
    """
    container = _common_ancestor([link for link, _t, _s in loop])
    loop_targets = {t for _l, t, _s in loop}
    other_lists = [
        {id(link.root) for link, _t, _s in group}
        for group in groups.values()
        if group is not loop and len({t for _l, t, _s in group} - loop_targets) >= 2
    ]
    while container is not None:
        parent = container.xpath("..")
        if not parent or _tag(parent[0]) in ("", "body", "html"):
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


def _site_link(href: str, base: str) -> str | None:
    """The canonical absolute URL of an href on the same site, else None."""
    absolute = urljoin(base, href.strip())
    if not absolute.startswith(("http://", "https://")) or not same_site(absolute, base):
        return None
    return canonical_url(absolute)


def _same_archive(target: str, here: str) -> bool:
    return target == here or archive_root(target) == archive_root(here)


def is_wordpress_route(url: str) -> bool:
    """Whether `url` is one of WordPress's own routes (archives, feeds, search), never a post."""
    parts = urlsplit(url)
    if any(k in _ROUTE_PARAMETERS for k, _v in parse_qsl(parts.query)):
        return True
    segments = [s for s in parts.path.split("/") if s]
    return (not segments and not parts.query) or any(
        s.lower() in RESERVED_SEGMENTS for s in segments
    )


def _looks_like_title(link: Selector) -> bool:
    """A post title has a few words (an image link or "Read more" is matched by the title)."""
    return len(" ".join(link.xpath("string()").get("").split()).split()) >= 3
