"""Walk a WordPress category archive and fetch each article that is new or changed.

Full run (first run, or `--full`): every archive page to the end, every article, the
known ones with conditional requests. Incremental run: the cheapest source of news
the site offers, in this order:
1. the WordPress REST API (posts of the category and its children modified after the
   newest date in the archive), when a full run found one;
2. otherwise the category feed (new posts -> walk the archive newest first until a
   whole page holds only archived articles) and the sitemap's lastmod (updated posts).
Transient failures of earlier runs are retried first.
"""

from __future__ import annotations

import json
import re
from collections.abc import AsyncIterator, Iterator
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import urlencode, urljoin, urlsplit

import feedparser
import scrapy
from scrapy import signals
from scrapy.exceptions import DontCloseSpider, IgnoreRequest
from scrapy.http import HtmlResponse, Response, TextResponse
from scrapy.spidermiddlewares.httperror import HttpError
from scrapy.utils.sitemap import Sitemap
from twisted.python.failure import Failure

from pipelines.state import CrawlState, load_crawl_state
from scraper.items import (
    ArticleNotModified,
    ArticlePage,
    ArticleRedirected,
    FetchFailure,
    SourceInfo,
)
from scraper.listing import archive_root, parse_listing
from scraper.urls import canonical_url

# WordPress core (wp-sitemap-posts-post-N.xml) and Yoast (post-sitemap.xml) post sitemaps.
_POST_SITEMAP_MARKERS = ("-posts-post-", "post-sitemap")
_API_LINK = "//head/link[@rel='https://api.w.org/']/@href"
_REDIRECTS = [301, 302, 303, 307, 308]
# Any of these in a page says WordPress made it (assets, REST API, post classes, blocks).
_WORDPRESS_MARKERS = re.compile(
    r"wp-content/|wp-includes/|wp-json|api\.w\.org|wp-block-|\bhentry\b"
    r"|rel=[\"']bookmark|content=[\"']WordPress"
)


class CategorySpider(scrapy.Spider):
    """Decides what to fetch; yields raw pages and outcomes, never parsed fields."""

    name = "europe"

    def __init__(self, start_url: str | None = None, full: str | bool = False, **kwargs: Any):
        super().__init__(**kwargs)
        self._start_url_arg = start_url
        self._full_arg = str(full).lower() in ("1", "true", "yes")

    @classmethod
    def from_crawler(cls, crawler: Any, *args: Any, **kwargs: Any) -> CategorySpider:
        spider = super().from_crawler(crawler, *args, **kwargs)
        settings = crawler.settings
        spider.start_url = canonical_url(spider._start_url_arg or settings.get("IRIA_START_URL"))
        # Stay on the site's host; Scrapy's offsite middleware enforces it.
        spider.allowed_domains = [urlsplit(spider.start_url).hostname]
        spider.state = load_crawl_state(settings.get("IRIA_DB_PATH"), spider.start_url)
        state = spider.state
        # A first run, or one after a failed or cut-short run, walks everything; known
        # articles then cost a 304 each, and whatever the cut run missed is fetched.
        spider.full = spider._full_arg or settings.getbool("IRIA_FULL") or not state.last_run_ok
        spider.stop_after = settings.getint("IRIA_INCREMENTAL_STOP_PAGES", 1)
        spider.api_overlap = settings.getint("IRIA_API_OVERLAP_DAYS", 2)
        spider.max_redirects = settings.getint("REDIRECT_MAX_TIMES", 20)
        spider.requested: set[str] = set()
        crawler.signals.connect(spider.recheck_unlisted, signal=signals.spider_idle)
        return spider

    @property
    def site_root(self) -> str:
        """The WordPress install: `https://host/news/` for `.../news/category/europe/`."""
        path = urlsplit(self.start_url).path
        root = path.split("/category/")[0] + "/" if "/category/" in path else "/"
        return urljoin(self.start_url, root)

    # -- start ------------------------------------------------------------------------

    async def start(self) -> AsyncIterator[scrapy.Request]:
        # Scrapy >= 2.16 calls start(), never start_requests().
        state: CrawlState = self.state
        self.crawler.stats.set_value("iria/mode", "full" if self.full else "incremental")
        for url in state.retry:
            for request in self._article_requests(url, listing_url=None):
                yield request
        if self.full:
            yield self._listing_request(self.start_url, walk="full")
        elif state.api_root and state.category_ids:
            yield self._api_posts_request(page=1)
        else:
            for request in self._feed_and_sitemap_requests():
                yield request

    def _feed_and_sitemap_requests(self) -> Iterator[scrapy.Request]:
        yield scrapy.Request(
            archive_root(self.start_url) + "feed/",
            callback=self.parse_feed,
            errback=self.feed_failed,
        )
        yield scrapy.Request(
            self.site_root + "wp-sitemap.xml",
            callback=self.parse_sitemap,
            errback=self.discovery_failed,
        )

    # -- requests ---------------------------------------------------------------------

    def _listing_request(self, url: str, walk: str, quiet_pages: int = 0) -> scrapy.Request:
        return scrapy.Request(
            url,
            callback=self.parse_listing,
            errback=self.listing_failed,
            cb_kwargs={"walk": walk, "quiet_pages": quiet_pages},
        )

    def _article_requests(self, url: str, listing_url: str | None) -> Iterator[scrapy.Request]:
        """A request for the article at `url`, unless this run already asked for it."""
        if url in self.requested:
            return
        self.requested.add(url)
        yield self._article_fetch(url, listing_url, origin=url)

    def _validators(self, url: str) -> dict[str, str]:
        """Ask before downloading: for a known article, an unchanged page costs a 304."""
        known = self.state.known.get(canonical_url(url))
        headers = {}
        if known and known.etag:
            headers["If-None-Match"] = known.etag
        if known and known.last_modified:
            headers["If-Modified-Since"] = known.last_modified
        return headers

    def _article_fetch(self, url: str, listing_url: str | None, origin: str) -> scrapy.Request:
        # Redirects are followed here, not by Scrapy: a redirect says an archived article
        # moved or a listed link is an alias (old slug), and a loop must end in a recorded
        # failure, not in the dupefilter's silence. Deduplication is `self.requested`'s.
        return scrapy.Request(
            url,
            headers=self._validators(url),
            callback=self.parse_article,
            errback=self.article_failed,
            cb_kwargs={"listing_url": listing_url},
            meta={
                "handle_httpstatus_list": [304, *_REDIRECTS],
                "dont_redirect": True,
                "origin": origin,
            },
            dont_filter=True,
        )

    def recheck_unlisted(self) -> None:
        """A full run re-checks every known article, also those no archive page lists now."""
        if not self.full:
            return
        missing = [url for url in self.state.known if url not in self.requested]
        for url in missing:
            for request in self._article_requests(url, listing_url=None):
                self.crawler.engine.crawl(request)
        if missing:
            raise DontCloseSpider

    def _api_posts_request(self, page: int) -> scrapy.Request:
        query = {
            "categories": ",".join(map(str, self.state.category_ids)),
            "per_page": 100,
            "page": page,
            "orderby": "modified",
            "order": "asc",
            "_fields": "id,link,modified_gmt",
        }
        if self.state.newest_change:
            # A margin before the newest change we hold: a cut-short run may have missed
            # posts just older than it; known ones in the answer cost no request.
            since = _instant(self.state.newest_change, end_of_day=False)
            query["modified_after"] = (since - timedelta(days=self.api_overlap)).isoformat()
        return scrapy.Request(
            f"{self.state.api_root}wp/v2/posts?{urlencode(query)}",
            callback=self.parse_api_posts,
            errback=self.api_failed,
            cb_kwargs={"page": page},
        )

    # -- archive pages ------------------------------------------------------------------

    def parse_listing(self, response: Response, walk: str, quiet_pages: int) -> Iterator[Any]:
        stats = self.crawler.stats
        stats.inc_value("iria/listing_pages")
        if canonical_url(response.url) == self.start_url:
            stats.set_value("iria/start_status", response.status)
            if isinstance(response, HtmlResponse) and not _WORDPRESS_MARKERS.search(response.text):
                stats.set_value("iria/not_wordpress", 1)
        listing = (
            parse_listing(response.text, response.url)
            if isinstance(response, TextResponse)
            else None
        )
        if not listing or not listing.article_urls:
            # A WordPress archive page never answers 200 with an empty loop: the theme
            # changed or this is not an archive. Counted so the run is marked broken.
            stats.inc_value("iria/listing_pages_without_articles")
            self.logger.warning("No article links found on archive page %s", response.url)
            return
        stats.inc_value("iria/article_links", len(listing.article_urls))
        if walk == "full" and canonical_url(response.url) == self.start_url:
            yield from self._discover_api(response)
        known, settled = self.state.known, self.state.settled_links
        new = [url for url in listing.article_urls if url not in known and url not in settled]
        wanted = listing.article_urls if walk == "full" else new
        for url in wanted:
            yield from self._article_requests(url, listing_url=response.url)
        # Incremental: newest first, stop once enough whole pages hold nothing new.
        quiet_pages = quiet_pages + 1 if not new else 0
        if listing.next_url and (walk == "full" or quiet_pages < self.stop_after):
            yield self._listing_request(listing.next_url, walk, quiet_pages)

    def _discover_api(self, response: Response) -> Iterator[Any]:
        api_root = response.xpath(_API_LINK).get()
        if not api_root:
            yield SourceInfo(self.start_url, api_root=None)
            return
        yield scrapy.Request(
            urljoin(response.url, api_root) + "wp/v2/categories?per_page=100",
            callback=self.parse_api_categories,
            errback=self.discovery_failed,
            cb_kwargs={"api_root": urljoin(response.url, api_root)},
        )

    # -- feed, sitemap, REST API ------------------------------------------------------------

    def parse_feed(self, response: Response) -> Iterator[scrapy.Request]:
        self.crawler.stats.inc_value("iria/discovery_pages")
        links = [
            canonical_url(e.link) for e in feedparser.parse(response.body).entries if e.get("link")
        ]
        if not links or any(url not in self.state.known for url in links):
            # New posts (or an unreadable feed): walk the archive newest first.
            yield self._listing_request(self.start_url, walk="incremental")

    def feed_failed(self, failure: Failure) -> Iterator[Any]:
        yield from self.discovery_failed(failure)
        yield self._listing_request(self.start_url, walk="incremental")

    def parse_sitemap(self, response: Response) -> Iterator[scrapy.Request]:
        self.crawler.stats.inc_value("iria/discovery_pages")
        try:
            sitemap = Sitemap(response.body)
        except Exception:  # lxml raises several kinds on non-XML; a sitemap is optional
            self.logger.info("No readable sitemap at %s", response.url)
            return
        if sitemap.type == "sitemapindex":
            for entry in sitemap:
                if any(marker in entry["loc"] for marker in _POST_SITEMAP_MARKERS):
                    yield scrapy.Request(
                        entry["loc"], callback=self.parse_sitemap, errback=self.discovery_failed
                    )
            return
        for entry in sitemap:
            url = canonical_url(entry["loc"])
            known = self.state.known.get(url)
            if known and _later(entry.get("lastmod"), known.changed):
                yield from self._article_requests(url, listing_url=response.url)

    def parse_api_categories(self, response: Response, api_root: str) -> Iterator[SourceInfo]:
        self.crawler.stats.inc_value("iria/discovery_pages")
        categories = json.loads(response.text)
        mine = [c["id"] for c in categories if canonical_url(c.get("link", "")) == self.start_url]
        # The archive lists posts of child categories too: collect the whole subtree.
        for category_id in mine:
            mine += [
                c["id"]
                for c in categories
                if c.get("parent") == category_id and c["id"] not in mine
            ]
        yield SourceInfo(self.start_url, api_root=api_root if mine else None, category_ids=mine)

    def parse_api_posts(self, response: Response, page: int) -> Iterator[scrapy.Request]:
        self.crawler.stats.inc_value("iria/discovery_pages")
        for post in json.loads(response.text):
            url = canonical_url(post["link"])
            known = self.state.known.get(url)
            if known is None or _later(post.get("modified_gmt"), known.changed):
                yield from self._article_requests(url, listing_url=response.url)
        if page < int(response.headers.get("X-WP-TotalPages", b"1").decode() or 1):
            yield self._api_posts_request(page + 1)

    def api_failed(self, failure: Failure) -> Iterator[Any]:
        # The API went away (plugin off, 5xx): fall back to the feed and the sitemap.
        yield from self.discovery_failed(failure)
        yield from self._feed_and_sitemap_requests()

    # -- articles ---------------------------------------------------------------------

    def parse_article(self, response: Response, listing_url: str | None) -> Iterator[Any]:
        requested = response.meta["origin"]  # canonical URL we asked for, before redirects
        fetched_at = datetime.now(UTC).isoformat(timespec="seconds")
        if response.status == 304:
            self.crawler.stats.inc_value("iria/not_modified")
            yield ArticleNotModified(url=canonical_url(response.url), fetched_at=fetched_at)
            return
        if response.status in _REDIRECTS:
            yield from self._follow_redirect(response, requested, listing_url)
            return
        if not isinstance(response, TextResponse):
            content_type = response.headers.get("Content-Type", b"").decode("latin-1")
            yield FetchFailure(
                url=requested,
                kind="article",
                reason=f"not an HTML page ({content_type})",
                status=response.status,
                listing_url=listing_url,
            )
            return
        yield ArticlePage(
            url=requested,
            final_url=response.url,
            status=response.status,
            headers=_headers(response.headers),
            body=response.body,
            encoding=response.encoding,
            listing_url=listing_url,
            fetched_at=fetched_at,
            request_headers=_headers(response.request.headers),
        )

    def _follow_redirect(
        self, response: Response, origin: str, listing_url: str | None
    ) -> Iterator[Any]:
        chain = [*response.meta.get("chain", []), response.url]
        location = response.headers.get("Location", b"").decode("latin-1")
        target = urljoin(response.url, location) if location else None
        if target is None or target in chain or len(chain) > self.max_redirects:
            reason = "redirect without a Location" if target is None else "redirect loop"
            yield FetchFailure(
                url=origin,
                kind="article",
                reason=f"{reason} ({' -> '.join(chain)})",
                status=response.status,
                listing_url=listing_url,
            )
            return
        if canonical_url(target) != origin:
            yield ArticleRedirected(url=origin, target=canonical_url(target))
            # Followed even when the target has its own request in this run: a rare
            # second fetch beats losing an article to a loop through that request.
            self.requested.add(canonical_url(target))
        request = self._article_fetch(target, listing_url, origin=origin)
        request.meta["chain"] = chain
        yield request

    # -- failures ---------------------------------------------------------------------

    def listing_failed(self, failure: Failure) -> Iterator[FetchFailure]:
        if failure.check(HttpError) and canonical_url(failure.request.url) == self.start_url:
            self.crawler.stats.set_value("iria/start_status", failure.value.response.status)
        yield from self._failed(failure, kind="listing")

    def article_failed(self, failure: Failure) -> Iterator[FetchFailure]:
        yield from self._failed(failure, kind="article")

    def discovery_failed(self, failure: Failure) -> Iterator[FetchFailure]:
        if failure.check(HttpError) and failure.value.response.status == 404:
            return  # the site has no feed / sitemap / API: nothing to report
        yield from self._failed(failure, kind="discovery")

    def _failed(self, failure: Failure, kind: str) -> Iterator[FetchFailure]:
        request = failure.request  # type: ignore[attr-defined]
        if failure.check(IgnoreRequest) and not failure.check(HttpError):
            # robots.txt (or the offsite rule) said no: a decision, not a failure. An
            # article skipped so is still noted, to be asked again when robots.txt changes.
            self.crawler.stats.inc_value("iria/ignored_requests")
            if kind == "article":
                yield FetchFailure(
                    url=request.meta.get("origin") or canonical_url(request.url),
                    kind="skipped",
                    reason=str(failure.value) or "ignored",
                    listing_url=request.cb_kwargs.get("listing_url"),
                )
            return
        status = None
        if failure.check(HttpError):
            status = failure.value.response.status
            reason = f"HTTP {status}"
        else:
            reason = f"{type(failure.value).__name__}: {failure.getErrorMessage()}"
        yield FetchFailure(
            url=request.meta.get("origin") or canonical_url(request.url),
            kind=kind,
            reason=reason,
            status=status,
            listing_url=request.cb_kwargs.get("listing_url"),
        )


def _headers(headers: Any) -> dict[str, str]:
    return {k.decode("latin-1"): b", ".join(v).decode("latin-1") for k, v in headers.items()}


def _later(stamp: str | None, known: str | None) -> bool:
    """Whether the site's `stamp` is after the archive's `known` date (both ISO 8601).

    A date without a time (a page that shows only the day) covers that whole day;
    a time without a zone is UTC (WordPress's *_gmt fields and sitemaps).
    """
    if not stamp:
        return False
    if not known:
        return True
    return _instant(stamp, end_of_day=False) > _instant(known, end_of_day=True)


def _instant(value: str, end_of_day: bool) -> datetime:
    parsed = datetime.fromisoformat(value.strip())
    if len(value.strip()) == 10 and end_of_day:
        parsed = parsed.replace(hour=23, minute=59, second=59)
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)
