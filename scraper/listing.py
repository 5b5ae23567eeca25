"""Read a WordPress archive page: its article links and the next page.

Pure functions over (html, url), no Scrapy engine. Themes change their class names, so
every rule goes by WordPress conventions first and falls back step by step; no single
theme's CSS class is relied upon.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

from parsel import Selector

from scraper.urls import canonical_url, same_site

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
_PAGED = re.compile(r"/page/(\d+)/?$")


@dataclass
class Listing:
    """What an archive page offers: article permalinks in page order, and the next page."""

    article_urls: list[str]
    next_url: str | None


def archive_root(url: str) -> str:
    """The archive's first-page URL: `/news/category/europe/page/3/` -> `/news/category/europe/`."""
    parts = urlsplit(canonical_url(url))
    path = _PAGED.sub("/", parts.path)
    return parts._replace(path=path, query="").geturl()


def parse_listing(html: str, url: str) -> Listing:
    """Return the article links and the next archive page of the page at `url`."""
    page = Selector(text=html)
    base = urljoin(url, page.xpath("//head/base/@href").get() or "")
    return Listing(article_urls=_article_urls(page, base), next_url=_next_url(page, base, url))


def _article_urls(page: Selector, base: str) -> list[str]:
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


def _next_url(page: Selector, base: str, url: str) -> str | None:
    candidates = [h for xp in _NEXT_PAGE for h in page.xpath(xp).getall()]
    for link in page.xpath("//a[@href]"):
        label = " ".join(link.xpath("string()").get("").split()).lower()
        if label in _NEXT_PAGE_TEXTS:
            candidates.append(link.attrib["href"])
    # Numbered page links: whatever the theme calls them, /page/N+1/ of this archive.
    current = _PAGED.search(urlsplit(url).path)
    wanted = f"{archive_root(url).rstrip('/')}/page/{int(current.group(1)) + 1 if current else 2}/"
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
