"""Read a WordPress archive page: its article links, its page number and its pagination.

Pure functions over (html, url), no Scrapy engine. Themes change their class names, so
no single theme's CSS class is relied upon. Article links are the main loop's entries
(listing_loop.py), found in this order:
1. by `post_class()`, which every theme prints on each entry of the loop;
2. by structure, the permalink shape learnt so far (REST API, feed, sitemap, archived
   articles) being one hint among others, never a gate;
3. by WordPress's older conventions (`<article>` containers, `rel="bookmark"`).
The pagination is read in every permalink mode: `/page/N/`, `?paged=N` in any order
among the archive's own parameters (`?cat=2&paged=2`, `?paged=2&cat=2`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from urllib.parse import urljoin

from parsel import Selector

from iria_archive.model.permalinks import PermalinkShape
from iria_archive.model.urls import archive_page_number, archive_root, canonical_url, same_site
from scraper.listing_loop import entry_permalink, in_chrome, post_entries, shaped_links

# No post_class() and no loop by structure: HTML5 <article> elements outside the chrome
# (comment bodies are <article>s too), then any rel=bookmark link outside the chrome.
_ARTICLES = "//article[not(contains(@class, 'comment'))]"
_PERMALINK = (
    ".//*[contains(concat(' ', normalize-space(@class), ' '), ' entry-title ')]//a/@href",
    ".//a[contains(concat(' ', normalize-space(@rel), ' '), ' bookmark ')]/@href",
    "(.//h1|.//h2|.//h3)//a/@href",
)
_BOOKMARKS = "//a[contains(concat(' ', normalize-space(@rel), ' '), ' bookmark ')]"


@dataclass
class Listing:
    """What an archive page offers: article permalinks in page order, and its pagination.

    `page_number` is this page's number in its archive; `last_page` the highest page
    number its pagination names (this page's own included), None when it names none;
    `next_url` the next page, None on the last."""

    article_urls: list[str]
    next_url: str | None
    last_page: int | None = None
    page_number: int = 1


def parse_listing(
    html: str,
    url: str,
    permalinks: PermalinkShape | None = None,
    max_links: int = 500,
    is_member: Callable[[str], bool] | None = None,
) -> Listing:
    """Return the article links (at most `max_links`) and the pagination of the page at `url`.

    `is_member` tells the URLs known to be the section's (listed by its feed or REST
    API, archived before): one signal among others of which group of links is the loop.
    """
    page = Selector(text=html)
    base = urljoin(url, page.xpath("//head/base/@href").get() or "")
    here = canonical_url(url)
    member = is_member or (lambda _url: False)
    shape = permalinks or None
    urls = _unique(entry_permalink(entry, base, here, shape) for entry in post_entries(page))
    if not urls and shape:
        urls = shaped_links(page, base, url, shape, member)
    if not urls:
        urls = _conventional_links(page, base)
    if not urls:
        urls = shaped_links(page, base, url, None, member)
    numbers, next_url = _pagination(page, base, here)
    return Listing(
        article_urls=urls[:max_links],
        next_url=next_url,
        last_page=max(numbers) if numbers else None,
        page_number=archive_page_number(here),
    )


def _unique(urls: Iterable[str | None]) -> list[str]:
    seen: dict[str, None] = {}
    for url in urls:
        if url:
            seen.setdefault(url, None)
    return list(seen)


def _conventional_links(page: Selector, base: str) -> list[str]:
    hrefs: list[str] = []
    for post in page.xpath(_ARTICLES):
        if in_chrome(post):
            continue
        href = next((h for xp in _PERMALINK if (h := post.xpath(xp).get())), None)
        if href:
            hrefs.append(href)
    if not hrefs:
        hrefs = [a.attrib["href"] for a in page.xpath(_BOOKMARKS) if not in_chrome(a)]
    found = []
    for href in hrefs:
        absolute = urljoin(base, href.strip())
        if absolute.startswith(("http://", "https://")) and same_site(absolute, base):
            found.append(canonical_url(absolute))
    return _unique(found)


def _pagination(page: Selector, base: str, here: str) -> tuple[set[int], str | None]:
    """(the page numbers the page names, the next page's URL) of this archive.

    Any link to this archive counts, whatever the theme calls it (numbered links,
    "Older posts", "Load more", `<link rel="next">`): the next page is the lowest
    number above this page's, the last the highest named."""
    root, number = archive_root(here), archive_page_number(here)
    pages: dict[int, str] = {}
    for href in page.xpath("//a/@href | //head/link/@href").getall():
        absolute = urljoin(base, href.strip())
        if not absolute.startswith(("http://", "https://")) or not same_site(absolute, base):
            continue
        target = canonical_url(absolute)
        if archive_root(target) != root:
            continue
        pages.setdefault(archive_page_number(target), target)
    numbers = {n for n in (*pages, number) if n > 1}
    later = [n for n in pages if n > number]
    return numbers, pages[min(later)] if later else None
