"""Links to WordPress's term and author archives, known by the site's permalink bases.

A theme without WordPress's classes and rels still links a post's categories, tags and
author to their archives, and WordPress builds those URLs one way: the install root, the
taxonomy's base (`category`, `tag`, `author` by default; Settings > Permalinks can
change the first two), then the slug; with plain permalinks `?cat=`, `?tag=`,
`?author=`. The bases are learnt from the page itself where it shows them (the term
links core marks: `rel="category tag"`, the categories widget's `cat-item`, the tag
cloud, `rel="author"`), else from the site's category archives the crawl knows (its
sections' start URLs), else are WordPress's defaults. Which links are the post's own
is the caller's business (iria_archive/extraction/page_sources.py): here a URL only says what kind
of archive it is.

Nothing here knows a particular site: WordPress's URL conventions only.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from urllib.parse import parse_qs, urljoin, urlsplit

from lxml.html import HtmlElement

from iria_archive.model.profile import has_class

KINDS = ("category", "tag", "author")
DEFAULT_BASES = {"category": "category", "tag": "tag", "author": "author"}
# Plain permalinks: the archive's query variable (WP_Rewrite's and WP::$public_query_vars).
QUERY_VARS = {"category": ("cat", "category_name"), "tag": ("tag",), "author": ("author",)}
_REL = "contains(concat(' ', normalize-space(@rel), ' '), ' {} ')"
# Links WordPress core marks as a category's, a tag's or an author's archive, anywhere on
# the page (a widget's links teach the site's bases as well as the post's own).
LEARN_FROM = {
    "category": (
        f"//a[{_REL.format('category')}]",
        f"//*[{has_class('cat-item')}]/a",
        f"//*[{has_class('taxonomy-category')}]//a",
    ),
    "tag": (
        f"//a[{_REL.format('tag')}][not({_REL.format('category')})]"
        f"[not(ancestor::*[{has_class('taxonomy-category')}])]",
        f"//a[{has_class('tag-cloud-link')}]",
        f"//*[{has_class('taxonomy-post_tag')}]//a",
    ),
    "author": (f"//a[{_REL.format('author')}]",),
}


@dataclass(frozen=True)
class ArchiveBases:
    """The site's install root and its category, tag and author bases."""

    hosts: frozenset[str]  # the page's host and its canonical URL's, without "www."
    root: str | None  # the install's path ("/news/"); None when the page does not show it
    bases: Mapping[str, tuple[str, ...]]

    def kind_of(self, url: str) -> str | None:
        """ "category", "tag" or "author" when `url` is that archive's first page, else None."""
        parts = urlsplit(url)
        if _host(parts.hostname) not in self.hosts:
            return None
        segments = [s for s in parts.path.split("/") if s]
        if parts.query and (self.root is None or parts.path.rstrip("/") + "/" == self.root):
            query = parse_qs(parts.query)
            found = [archive for archive in KINDS if any(v in query for v in QUERY_VARS[archive])]
            return found[0] if len(found) == 1 and len(query) == 1 else None
        if self.root is not None:
            if not parts.path.startswith(self.root):
                return None
            starts: list[int] = [len([s for s in self.root.split("/") if s])]
        else:  # the install root unknown: the base may follow any prefix
            starts = list(range(len(segments)))
        for archive in KINDS:
            for base in self.bases[archive]:
                size = len(base.split("/"))
                for start in starts:
                    slug = segments[start + size :]
                    if segments[start : start + size] != base.split("/") or not slug:
                        continue
                    # A category's path holds its parents' slugs; a tag, an author: one.
                    if (
                        "feed" in slug
                        or "page" in slug
                        or (archive != "category" and len(slug) != 1)
                    ):
                        continue
                    return archive
        return None


def install_root(tree: HtmlElement, page_url: str, hosts: frozenset[str]) -> str | None:
    """The WordPress install's path, as its REST API link or its assets show it."""
    for href in tree.xpath("//link[@rel='https://api.w.org/']/@href"):
        parts = urlsplit(urljoin(page_url, href))
        if _host(parts.hostname) not in hosts:
            continue
        path = str(parts.path)
        if "/wp-json" in path:
            return path.split("/wp-json")[0] + "/"
        if "rest_route=" in parts.query:
            return path.rsplit("/", 1)[0] + "/"
    for value in tree.xpath(
        "//link/@href[contains(., '/wp-includes/') or contains(., '/wp-content/')]"
        " | //script/@src[contains(., '/wp-includes/') or contains(., '/wp-content/')]"
    ):
        parts = urlsplit(urljoin(page_url, value))
        if _host(parts.hostname) in hosts:
            for marker in ("/wp-includes/", "/wp-content/"):
                if marker in str(parts.path):
                    return str(parts.path).split(marker)[0] + "/"
    return None


def archive_bases(
    tree: HtmlElement,
    page_urls: tuple[str, ...],
    category_archives: tuple[str, ...] = (),
    select: Callable[[str], list[HtmlElement]] | None = None,
) -> ArchiveBases:
    """The bases the page shows, then the one the site's known category archives show
    (its sections' start URLs), then WordPress's defaults. `page_urls`: the page's URL,
    then its canonical URL; `select` evaluates an XPath on the tree (PageSources.select,
    by its class index), lxml's own by default."""
    select = select or tree.xpath
    page_url = page_urls[0]
    hosts = frozenset(_host(urlsplit(url).hostname) for url in page_urls)
    root = install_root(tree, page_url, hosts)
    bases: dict[str, tuple[str, ...]] = {}
    firsts: dict[str, str | None] = {}  # href -> its base (a page repeats its term links)
    for archive in KINDS:
        seen: Counter[str] = Counter()
        for xpath in LEARN_FROM[archive]:
            for link in select(xpath):
                href = link.get("href")
                if href is None:
                    continue
                if href not in firsts:
                    firsts[href] = _first_segment(urljoin(page_url, href), hosts, root)
                base = firsts[href]
                if base:
                    seen[base] += 1
        learnt = [base for base, _count in seen.most_common()]
        if archive == "category":
            learnt += [_first_segment(url, hosts, root) or "" for url in category_archives]
        bases[archive] = tuple(b for b in dict.fromkeys([*learnt, DEFAULT_BASES[archive]]) if b)
    return ArchiveBases(hosts=hosts, root=root, bases=bases)


def _host(name: str | None) -> str:
    return (name or "").lower().removeprefix("www.")


def _first_segment(url: str, hosts: frozenset[str], root: str | None) -> str | None:
    """The path segment after the install root: a term or author archive's base."""
    parts = urlsplit(url)
    if _host(parts.hostname) not in hosts or parts.query:
        return None
    if root is None or not parts.path.startswith(root):
        return None
    rest = [s for s in parts.path[len(root) :].split("/") if s]
    return rest[0] if len(rest) >= 2 else None
