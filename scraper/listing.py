"""Read a WordPress archive page: its article links and the next page.

Pure functions over (html, url), no Scrapy engine. Themes change their class names, so
no single theme's CSS class is relied upon. Article links are found, in this order:
1. by the site's permalink shape (learnt from the REST API, the feed, the sitemap or
   archived articles) inside the listing's main region: the repeated entries, never
   the sidebar's or the footer's "Recent posts" that list other sections;
2. by WordPress conventions (`<article>`/`hentry` containers, `entry-title`,
   `rel="bookmark"`), when no permalink is known yet;
3. by repeated structure alone: the largest group of same-shaped title links
   (listing_loop.py, which also finds the loop for 1.).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urljoin

from parsel import Selector

from scraper.listing_loop import shaped_links
from scraper.permalinks import PermalinkShape
from scraper.urls import archive_page_number, archive_root, canonical_url, same_site

# Post containers, in order of preference: HTML5 <article> elements of the main loop
# (comment bodies are <article>s too, and widgets live in <aside>), then the classes
# WordPress's post_class() puts on every post whatever the theme.
_OUTSIDE_CHROME = "not(ancestor::aside) and not(ancestor::footer) and not(ancestor::nav)"
_POST_CONTAINERS = (
    f"//article[{_OUTSIDE_CHROME} and not(contains(@class, 'comment'))]",
    f"//*[{_OUTSIDE_CHROME} and (contains(concat(' ', normalize-space(@class), ' '), ' hentry ')"
    " or contains(concat(' ', normalize-space(@class), ' '), ' type-post '))]",
)
# Inside one post container: the permalink, by convention first.
_PERMALINK = (
    ".//*[contains(concat(' ', normalize-space(@class), ' '), ' entry-title ')]//a/@href",
    ".//a[contains(concat(' ', normalize-space(@rel), ' '), ' bookmark ')]/@href",
    "(.//h1|.//h2|.//h3)//a/@href",
)
# No container at all: any rel=bookmark link outside the page chrome.
_BOOKMARK = "contains(concat(' ', normalize-space(@rel), ' '), ' bookmark ')"
_LOOSE_PERMALINKS = f"//a[{_BOOKMARK} and {_OUTSIDE_CHROME}]/@href"

_NEXT_PAGE = (
    "//head/link[contains(concat(' ', normalize-space(@rel), ' '), ' next ')]/@href",
    "//a[contains(concat(' ', normalize-space(@rel), ' '), ' next ')]/@href",
    "//a[contains(concat(' ', normalize-space(@class), ' '), ' next ')]/@href",
    "//*[contains(concat(' ', normalize-space(@class), ' '), ' nav-previous ')]//a/@href",
)
_NEXT_PAGE_TEXTS = ("older posts", "older entries", "next page", "next", "next »", "»")


@dataclass
class Listing:
    """What an archive page offers: article permalinks in page order, and the next page.

    `page_number` is this page's place in its archive, `last_page` the highest page
    number its pagination names (None when it names none): a run is judged by them.
    """

    article_urls: list[str]
    next_url: str | None
    page_number: int = 1
    last_page: int | None = None


def parse_listing(
    html: str,
    url: str,
    permalinks: PermalinkShape | None = None,
    max_links: int = 500,
    is_member: Callable[[str], bool] | None = None,
) -> Listing:
    """Return the article links (at most `max_links`) and the next archive page at `url`.

    `is_member` tells the URLs known to be the section's (listed by its feed or REST
    API, archived before): the loop holding most of them is the listing, even on a
    last page with fewer entries than the sidebar's list of other sections' posts.
    """
    page = Selector(text=html)
    base = urljoin(url, page.xpath("//head/base/@href").get() or "")
    member = is_member or (lambda _url: False)
    urls = shaped_links(page, base, url, permalinks, member) if permalinks else []
    if not urls:
        urls = _conventional_links(page, base)
        if permalinks:
            urls = [u for u in urls if permalinks.matches(u)]
    if not urls:
        urls = shaped_links(page, base, url, None, member)
    return Listing(
        article_urls=urls[:max_links],
        next_url=_next_url(page, base, url),
        page_number=archive_page_number(url),
        last_page=_last_page(page, base, url),
    )


def _conventional_links(page: Selector, base: str) -> list[str]:
    hrefs: list[str] = []
    for container_xpath in _POST_CONTAINERS:
        for post in page.xpath(container_xpath):
            href = next((h for xp in _PERMALINK if (h := post.xpath(xp).get())), None)
            if href:
                hrefs.append(href)
        if hrefs:
            break
    else:
        hrefs = page.xpath(_LOOSE_PERMALINKS).getall()
    seen: dict[str, None] = {}
    for href in hrefs:
        absolute = urljoin(base, href.strip())
        if absolute.startswith(("http://", "https://")) and same_site(absolute, base):
            seen.setdefault(canonical_url(absolute), None)
    return list(seen)


def _last_page(page: Selector, base: str, url: str) -> int | None:
    """The highest page of this archive that the page links to (itself included)."""
    root = archive_root(url)
    numbers = [
        archive_page_number(absolute)
        for href in page.xpath("//a/@href").getall()
        if archive_root(absolute := urljoin(base, href.strip())) == root
    ]
    return max(numbers, default=None)


def _next_url(page: Selector, base: str, url: str) -> str | None:
    candidates = [h for xp in _NEXT_PAGE for h in page.xpath(xp).getall()]
    for link in page.xpath("//a[@href]"):
        label = " ".join(link.xpath("string()").get("").split()).lower()
        if label in _NEXT_PAGE_TEXTS:
            candidates.append(link.attrib["href"])
    # Numbered page links: whatever the theme calls them, /page/N+1/ of this archive.
    wanted = f"{archive_root(url).rstrip('/')}/page/{archive_page_number(url) + 1}/"
    candidates += [
        h for h in page.xpath("//a/@href").getall() if canonical_url(urljoin(base, h)) == wanted
    ]

    root = archive_root(url)
    here = canonical_url(url)
    for href in candidates:
        absolute = canonical_url(urljoin(base, href.strip()))
        # The next page belongs to the same archive and is not this page.
        if absolute != here and archive_root(absolute) == root:
            return absolute
    return None
