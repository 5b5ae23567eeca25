"""Crawl one WordPress category archive: find its articles, fetch those new or changed.

The spider composes the discovery strategies of `scraper.discovery`, in order of
authority, and falls back from one to the next when a source is missing or fails:

- full run (the first, `--full`, or after a failed run): the start page tells whether
  the site has a REST API. With one, the API lists every post of the category and its
  descendants. Without, the category feed (paged) and the archive pages (any theme)
  are both read. Every article is fetched (known ones with conditional requests), and
  known articles no source listed are re-checked at the end.
- incremental run: the REST API's posts modified since the newest change held; else
  the feed ordered by modification; else the archive newest first. The sitemap's
  lastmod tells which known articles changed when the feed does not say.

An article is fetched again only when its source says it changed after the stamp the
archive holds. Spiders only decide what to fetch: they yield raw pages and outcomes.
"""

from __future__ import annotations

import re
from collections.abc import AsyncIterator, Iterator
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urljoin, urlsplit

import scrapy
from scrapy import signals
from scrapy.exceptions import DontCloseSpider, IgnoreRequest
from scrapy.http import Response, TextResponse
from scrapy.spidermiddlewares.httperror import HttpError
from scrapy.utils.misc import load_object
from twisted.python.failure import Failure

from scraper.discovery.archive import ArchiveWalk
from scraper.discovery.feed import FeedDiscovery
from scraper.discovery.rest import RestDiscovery
from scraper.discovery.sitemap import SitemapDiscovery
from scraper.items import (
    ArticleNotModified,
    ArticlePage,
    ArticleRedirected,
    FetchFailure,
    SourceHints,
    SourceInfo,
)
from scraper.middlewares import AlreadyRequested, OffsiteRequest
from scraper.permalinks import PermalinkShape
from scraper.urls import canonical_url

_API_LINK = "//head/link[@rel='https://api.w.org/']/@href"
# Any of these in a page says WordPress made it (assets, REST API, post classes, blocks).
_WORDPRESS_MARKERS = re.compile(
    rb"wp-content/|wp-includes/|wp-json|api\.w\.org|wp-block-|\bhentry\b"
    rb"|rel=[\"']bookmark|content=[\"']WordPress"
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
        parts = urlsplit(spider.start_url)
        # Every request stays on this host and port (scraper.middlewares.SiteBoundary).
        spider.allowed_hosts = {(parts.hostname or "") + (f":{parts.port}" if parts.port else "")}
        # The archive's state is read by the store's library (IRIA_STATE_LOADER), so
        # the spider never reaches into the database itself.
        load_state = load_object(settings.get("IRIA_STATE_LOADER"))
        spider.state = load_state(settings.get("IRIA_DB_PATH"), spider.start_url)
        # A first run, or one after a failed or cut-short run, walks everything; known
        # articles then cost a 304 each, and whatever the cut run missed is fetched.
        spider.full = (
            spider._full_arg or settings.getbool("IRIA_FULL") or not spider.state.last_run_ok
        )
        spider.limits = {
            "stop_after": settings.getint("IRIA_INCREMENTAL_STOP_PAGES"),
            "overlap_days": settings.getint("IRIA_API_OVERLAP_DAYS"),
            "max_pages": settings.getint("IRIA_MAX_LISTING_PAGES"),
            "max_links": settings.getint("IRIA_MAX_LINKS_PER_PAGE"),
        }
        spider.permalinks = PermalinkShape(spider.state.known)
        spider.requested = set()
        spider.sources_used = []
        spider.links_found = 0
        spider.walk = None
        spider.start_page = None
        crawler.signals.connect(spider.recheck_unlisted, signal=signals.spider_idle)
        return spider

    @property
    def stats(self) -> Any:
        return self.crawler.stats

    @property
    def site_root(self) -> str:
        """The WordPress install: `https://host/news/` for `.../news/category/europe/`."""
        path = urlsplit(self.start_url).path
        root = path.split("/category/")[0] + "/" if "/category/" in path else "/"
        return urljoin(self.start_url, root)

    # -- the plan -------------------------------------------------------------------

    async def start(self) -> AsyncIterator[Any]:
        # Scrapy >= 2.16 calls start(), never start_requests().
        self.stats.set_value("iria/mode", "full" if self.full else "incremental")
        for url in self.state.retry:  # failures that may have healed: asked first
            self.requested.add(url)
            hints = self.state.retry_hints.get(url) or SourceHints("retry")
            yield self._article_request(url, hints, listing_url=None)
        if not self.full and self.state.api_root and self.state.category_ids:
            yield self._rest(self.state.api_root).start()
        elif not self.full:
            yield self._feed().start()
        else:
            yield scrapy.Request(
                self.start_url,
                callback=self.parse_start,
                errback=self.start_failed,
                meta={"handle_httpstatus_list": [404, 410]},
            )

    def parse_start(self, response: Response) -> Iterator[Any]:
        """The category archive's first page: is it WordPress, does it offer an API?"""
        self.stats.set_value("iria/start_status", response.status)
        if response.status in (404, 410):
            yield FetchFailure(
                url=self.start_url,
                kind="listing",
                reason=f"the category archive answered HTTP {response.status}",
                status=response.status,
            )
            return
        if not _WORDPRESS_MARKERS.search(response.body):
            self.stats.set_value("iria/not_wordpress", 1)
        self.start_page = response
        api_root = _api_root(response)
        if api_root:
            yield self._rest(api_root).start()
        else:
            yield SourceInfo(self.start_url, api_root=None)
            yield self._feed().start()

    def start_failed(self, failure: Failure) -> Iterator[Any]:
        if failure.check(HttpError):
            self.stats.set_value("iria/start_status", failure.value.response.status)
        yield from self._failed(failure, kind="listing")

    def _rest(self, api_root: str) -> RestDiscovery:
        return RestDiscovery(self, api_root, self.limits["max_pages"], self.limits["overlap_days"])

    def _feed(self) -> FeedDiscovery:
        return FeedDiscovery(self, self.limits["max_pages"], self.limits["stop_after"])

    def _walk(self) -> Iterator[scrapy.Request]:
        """Start the archive walk once (from the start page already fetched, if any)."""
        if self.walk is not None:
            return
        self.walk = ArchiveWalk(
            self,
            self.permalinks,
            self.limits["max_pages"],
            self.limits["max_links"],
            self.limits["stop_after"],
        )
        if self.start_page is not None:
            yield from self.walk.parse(self.start_page)
        else:
            yield self.walk.request(self.start_url)

    def _sitemap(self) -> Iterator[scrapy.Request]:
        yield SitemapDiscovery(self, self.site_root, self.limits["max_pages"]).start()

    # -- what strategies report (scraper.discovery.Section) ---------------------------

    def offer(
        self, url: str, hints: SourceHints, listing_url: str | None
    ) -> Iterator[scrapy.Request]:
        """A request for the article at `url`, unless this run already asked for it.

        Links the archive has settled (old slugs, pages gone, pages refused for good)
        are asked again only by a full run."""
        if url in self.requested or not self.full and url in self.state.settled_links:
            return
        self.requested.add(url)
        yield self._article_request(url, hints, listing_url)

    def _article_request(
        self, url: str, hints: SourceHints, listing_url: str | None
    ) -> scrapy.Request:
        return scrapy.Request(
            url,
            callback=self.parse_article,
            errback=self.article_failed,
            cb_kwargs={"listing_url": listing_url},
            meta={
                "handle_httpstatus_list": [304],
                "conditional": True,
                "origin": url,
                "hints": hints,
            },
            # Deduplication is `self.requested`'s; the site boundary holds regardless.
            dont_filter=True,
        )

    def claim(self, url: str) -> bool:
        """Take `url` for this run's fetches; False when it is already taken."""
        if url in self.requested:
            return False
        self.requested.add(url)
        return True

    def is_member(self, url: str) -> bool:
        """Whether `url` is known to be the section's: listed by a source, or archived."""
        return url in self.requested or url in self.state.known

    def learn_permalinks(self, urls: list[str]) -> None:
        self.permalinks.learn(urls)

    def source_worked(self, source: str, links: int) -> Iterator[Any]:
        """A source has said all it has. A full run without the REST API then walks the
        archive for what the feed did not list; the feed's pages come first, so every
        article it lists is fetched with its hints, whatever the timing of responses."""
        self.links_found += links
        self.stats.set_value("iria/source_links", self.links_found)
        if links and source not in self.sources_used:
            self.sources_used.append(source)
            self.stats.set_value("iria/discovery", ",".join(self.sources_used))
        if source == "feed" and self.full:
            yield from self._walk()

    def source_failed(self, source: str) -> Iterator[Any]:
        """The next source, in order of authority, when one is missing or fails."""
        self.logger.info("Discovery source %s unavailable for %s", source, self.start_url)
        if source == "rest":
            yield self._feed().start()
        elif source == "feed":
            yield from self._walk()
            if not self.full:
                yield from self._sitemap()

    def feed_page_read(self, page: int, dated: bool) -> Iterator[Any]:
        """Without modification dates in the feed (RSS), an incremental run asks the
        sitemap which known articles changed."""
        if page == 1 and not self.full and not dated:
            yield from self._sitemap()

    def recheck_unlisted(self) -> None:
        """A full run re-checks every known article, also those no source lists now."""
        if not self.full:
            return
        # The section's own articles (every known one in an archive of unknown sections).
        mine = self.state.known if self.state.in_section is None else self.state.in_section
        missing = [url for url in self.state.known if url in mine and url not in self.requested]
        for url in missing:
            for request in self.offer(url, SourceHints("recheck"), listing_url=None):
                self.crawler.engine.crawl(request)
        if missing:
            raise DontCloseSpider

    # -- articles ---------------------------------------------------------------------

    def parse_article(self, response: Response, listing_url: str | None) -> Iterator[Any]:
        requested = response.meta["origin"]  # canonical URL we asked for, before redirects
        hints: SourceHints | None = response.meta.get("hints")
        fetched_at = datetime.now(UTC).isoformat(timespec="seconds")
        final = canonical_url(response.url)
        if final != requested:
            # An archived article that redirects has moved; any other link is an alias.
            yield ArticleRedirected(url=requested, target=final)
        if response.status == 304:
            self.stats.inc_value("iria/not_modified")
            yield ArticleNotModified(url=final, fetched_at=fetched_at, hints=hints)
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
        self.learn_permalinks([final])
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
            hints=hints,
        )

    # -- failures ---------------------------------------------------------------------

    def listing_failed(self, failure: Failure) -> Iterator[FetchFailure]:
        yield from self._failed(failure, kind="listing")

    def article_failed(self, failure: Failure) -> Iterator[FetchFailure]:
        yield from self._failed(failure, kind="article")

    def _failed(self, failure: Failure, kind: str) -> Iterator[FetchFailure]:
        request = failure.request  # type: ignore[attr-defined]
        origin = request.meta.get("origin") or canonical_url(request.url)
        listing_url = request.cb_kwargs.get("listing_url")
        chain = [*request.meta.get("redirect_urls", []), request.url]
        status = None
        if failure.check(AlreadyRequested):
            yield ArticleRedirected(url=origin, target=failure.value.target)
            return
        if failure.check(OffsiteRequest):
            reason = f"redirect off the site refused ({' -> '.join(chain)})"
            status = (request.meta.get("redirect_reasons") or [None])[-1]
        elif failure.check(IgnoreRequest) and "max redirections" in str(failure.value):
            reason = f"redirect loop ({' -> '.join(chain)})"
            status = (request.meta.get("redirect_reasons") or [None])[-1]
        elif failure.check(IgnoreRequest) and "DOWNLOAD_MAXSIZE" in str(failure.value):
            reason = f"too large: {failure.value}"  # a decompression bomb: never retried
        elif failure.check(IgnoreRequest) and not failure.check(HttpError):
            # robots.txt said no: a decision, not a failure. An article skipped so is
            # still noted, to be asked again when robots.txt changes.
            self.stats.inc_value("iria/ignored_requests")
            if kind == "article":
                yield FetchFailure(
                    url=origin,
                    kind="skipped",
                    reason=str(failure.value) or "ignored",
                    listing_url=listing_url,
                )
            return
        elif failure.check(HttpError):
            status = failure.value.response.status
            reason = f"HTTP {status}"
        else:
            reason = f"{type(failure.value).__name__}: {failure.getErrorMessage()}"
        hints = request.meta.get("hints")
        yield FetchFailure(
            url=origin,
            kind=kind,
            reason=reason,
            status=status,
            listing_url=listing_url,
            hints=hints if isinstance(hints, SourceHints) and hints.source != "retry" else None,
        )


def _api_root(response: Response) -> str | None:
    """The REST API root a WordPress page announces (head link, or the Link header)."""
    href = response.xpath(_API_LINK).get() if isinstance(response, TextResponse) else None
    if not href:
        for value in response.headers.getlist("Link"):
            text = value.decode("latin-1")
            if 'rel="https://api.w.org/"' in text:
                href = text.split(";")[0].strip().strip("<>")
                break
    if not href:
        return None
    root = urljoin(response.url, href)
    return root if root.endswith("/") else root + "/"


def _headers(headers: Any) -> dict[str, str]:
    return {k.decode("latin-1"): b", ".join(v).decode("latin-1") for k, v in headers.items()}
