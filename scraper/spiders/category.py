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
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit

import scrapy
from scrapy import signals
from scrapy.exceptions import DontCloseSpider
from scrapy.http import Response, TextResponse
from scrapy.spidermiddlewares.httperror import HttpError
from scrapy.utils.misc import load_object
from twisted.python.failure import Failure

from iria_archive.config_file import crawl_config, crawl_start_url
from iria_archive.model.evidence import ArchiveEvidence, SectionEvidence
from iria_archive.model.facts import RunFacts
from iria_archive.model.items import FetchFailure, SourceHints, SourceInfo
from iria_archive.model.permalinks import PermalinkShape
from iria_archive.model.urls import archive_root, canonical_url
from scraper.discovery.archive import ArchiveWalk
from scraper.discovery.bounds import Bounds
from scraper.discovery.feed import FeedDiscovery
from scraper.discovery.rest import RestDiscovery
from scraper.discovery.sitemap import SitemapDiscovery
from scraper.outcomes import api_root as find_api_root
from scraper.outcomes import article_outcomes, failure_outcome, made_by_wordpress
from scraper.run_facts import run_facts
from scraper.signals import recheck_url

if TYPE_CHECKING:  # types only: the spider is handed its state, never reads the database
    from scrapy.crawler import Crawler

    from iria_archive.archive.state import CrawlState

# The sources that list the section's articles (retries and re-checks list nothing).
DISCOVERY_SOURCES = ("rest", "feed", "archive", "sitemap")


class CategorySpider(scrapy.Spider):
    """Decides what to fetch; yields raw pages and outcomes, never parsed fields."""

    name = "section"

    # Set by from_crawler, once the crawler's settings are known.
    start_url: str  # the section's category archive, canonical
    allowed_hosts: set[str]  # "host" or "host:port" every request stays on
    state: CrawlState  # what the archive already holds for this section
    full: bool  # walk everything (else incremental)
    limits: dict[str, int]  # stop_after, overlap_days, max_pages, max_links
    bounds: Bounds
    permalinks: PermalinkShape
    requested: set[str]  # article URLs this run asked for (or a source claimed)
    sources_used: list[str]  # discovery sources that listed links, in order
    links_found: int  # links the discovery sources listed in all
    walk: ArchiveWalk | None  # the archive walk, once started
    start_page: Response | None  # the archive's first page, when a full run fetched it
    evidence: SectionEvidence
    to_recheck: list[str]  # archived URLs the store asked to check again

    def __init__(
        self,
        start_url: str | None = None,
        full: str | bool = False,
        state: CrawlState | None = None,
        **kwargs: Any,
    ):
        super().__init__(**kwargs)
        self._start_url_arg = start_url
        self._full_arg = str(full).lower() in ("1", "true", "yes")
        self._state_arg = state  # the crawl runner's reading of the archive, if it made one

    @classmethod
    def from_crawler(cls, crawler: Crawler, *args: Any, **kwargs: Any) -> CategorySpider:
        spider = super().from_crawler(crawler, *args, **kwargs)
        settings = crawler.settings
        given = spider._start_url_arg
        spider.start_url = canonical_url(given) if given else crawl_start_url(settings)
        if settings.get("IRIA_SITE_PROFILE") is None:
            # `scrapy crawl`: no runner chose the section's site; its rules and settings
            # come from the archive's config, below `-s` (settings freeze after this).
            own = crawl_config(settings).crawl_settings(spider.start_url)
            settings.setdict(own, priority="spider")
        parts = urlsplit(spider.start_url)
        # Every request stays on this host and port (scraper.middlewares.SiteBoundary).
        spider.allowed_hosts = {(parts.hostname or "") + (f":{parts.port}" if parts.port else "")}
        # The archive's state is read by the crawl runner (or, under `scrapy crawl`, by
        # the loader IRIA_STATE_LOADER names): the spider never reaches into the database.
        state = spider._state_arg
        if state is None:
            load_state = load_object(settings.get("IRIA_STATE_LOADER"))
            state = load_state(settings.get("IRIA_DB_PATH"), spider.start_url)
        spider.state = state
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
        spider.bounds = Bounds(
            max_pages=spider.limits["max_pages"], links_per_page=spider.limits["max_links"]
        )
        spider.permalinks = PermalinkShape(_examples(spider.state.known))
        spider.requested = set()
        spider.sources_used = []
        spider.links_found = 0
        spider.walk = None
        spider.start_page = None
        spider.evidence = SectionEvidence()
        spider.to_recheck = []
        crawler.signals.connect(spider.recheck_unlisted, signal=signals.spider_idle)
        crawler.signals.connect(spider.recheck_later, signal=recheck_url)
        return spider

    @property
    def facts(self) -> RunFacts:
        return run_facts(self.crawler)

    @property
    def site_root(self) -> str:
        """The WordPress install: `https://host/news/` for `.../news/category/europe/`."""
        path = urlsplit(self.start_url).path
        root = path.split("/category/")[0] + "/" if "/category/" in path else "/"
        return urljoin(self.start_url, root)

    # -- the plan -------------------------------------------------------------------

    async def start(self) -> AsyncIterator[Any]:
        # Scrapy >= 2.16 calls start(), never start_requests().
        self.facts.mode = "full" if self.full else "incremental"
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
        self.facts.start_status = response.status
        if response.status in (404, 410):
            yield FetchFailure(
                url=self.start_url,
                kind="listing",
                reason=f"the category archive answered HTTP {response.status}",
                status=response.status,
            )
            return
        if elsewhere := list(self.landed_elsewhere(self.start_url, response.url)):
            yield from elsewhere
            return
        if not made_by_wordpress(response):
            self.facts.not_wordpress = True
        self.start_page = response
        api_root = find_api_root(response)
        if api_root:
            yield self._rest(api_root).start()
        else:
            yield SourceInfo(self.start_url, api_root=None)
            yield self._feed().start()

    def landed_elsewhere(self, requested: str, landed: str) -> Iterator[Any]:
        """A failure when a redirect took the section's archive (or its feed) to another
        archive (a category renamed, merged or removed): its articles are not this
        section's (issue 19). Nothing when it landed on the same archive."""
        if _archive_path(landed) == _archive_path(requested):
            return
        landed = _feed_archive(canonical_url(landed))
        self.facts.start_redirected = landed
        yield FetchFailure(
            url=self.start_url,
            kind="listing",
            reason=f"the category archive redirects to another archive: {landed}",
        )

    def start_failed(self, failure: Failure) -> Iterator[Any]:
        if failure.check(HttpError):
            self.facts.start_status = failure.value.response.status
        yield from self._failed(failure, kind="listing")

    def _rest(self, api_root: str) -> RestDiscovery:
        return RestDiscovery(self, api_root, self.bounds, self.limits["overlap_days"])

    def _feed(self) -> FeedDiscovery:
        return FeedDiscovery(
            self, self.limits["max_pages"], self.limits["stop_after"], page=self.start_page
        )

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
        yield SitemapDiscovery(self, self.site_root, self.bounds).start()

    # -- what strategies report (scraper.discovery.Section) ---------------------------

    def offer(
        self, url: str, hints: SourceHints, listing_url: str | None
    ) -> Iterator[scrapy.Request]:
        """A request for the article at `url`, unless this run already asked for it.

        Links the archive has settled (old slugs, pages gone, pages refused for good)
        are asked again only by a full run. Query parameters no permalink of the site
        has are dropped first: `post/?v=1` ... `?v=300` is one article."""
        url = self.permalinks.article_url(url)
        if hints.source in DISCOVERY_SOURCES:
            self.evidence.found.add(url)
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

    def run_evidence(self) -> SectionEvidence:
        """What the site said of the section during this run, for the run's verdict."""
        if self.walk is not None:
            self.evidence.archive = ArchiveEvidence(
                root=self.walk.section.start_url,
                pages_read=dict(self.walk.pages_read),
                last_page_named=self.walk.last_page_named,
                stop_reason=self.walk.stop_reason,
                links=len(self.walk.seen),
            )
        return self.evidence

    def claim(self, url: str) -> bool:
        """Take `url` for this run's fetches; False when it is already taken."""
        if url in self.requested:
            return False
        self.requested.add(url)
        return True

    def is_member(self, url: str) -> bool:
        """Whether `url` is known to be the section's: listed by a source, or archived."""
        return url in self.requested or url in self.state.known

    def note(self, text: str) -> None:
        """Something the run should say about its sources (a source abandoned, a bound)."""
        self.logger.warning("%s: %s", self.start_url, text)
        self.evidence.notes.append(text)

    def learn_permalinks(self, urls: list[str]) -> None:
        self.permalinks.learn(urls)

    def source_worked(self, source: str, links: int) -> Iterator[Any]:
        """A source has said all it has. A full run without the REST API then walks the
        archive for what the feed did not list; the feed's pages come first, so every
        article it lists is fetched with its hints, whatever the timing of responses."""
        self.links_found += links
        self.facts.source_links = self.links_found
        if links and source not in self.sources_used:
            self.sources_used.append(source)
            self.facts.discovery = ",".join(self.sources_used)
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

    def closed(self, reason: str) -> None:
        # The archive's read connection (archive.state.KnownArticles) ends with the run.
        if close := getattr(self.state.known, "close", None):
            close()

    def recheck_later(self, url: str) -> None:
        self.to_recheck.append(url)

    def recheck_unlisted(self) -> None:
        """Before the run ends: a full run re-checks every known article, also those no
        source lists now; any run asks again the archived URLs the store found in
        question (another URL claims their post id), so the site settles it."""
        missing = [url for url in self.to_recheck if url not in self.requested]
        self.to_recheck.clear()
        if self.full:
            # The section's own articles (every known one in an archive of unknown sections).
            mine = self.state.known if self.state.in_section is None else self.state.in_section
            missing += [
                url for url in self.state.known if url in mine and url not in self.requested
            ]
        for url in missing:
            for request in self.offer(url, SourceHints("recheck"), listing_url=None):
                self.crawler.engine.crawl(request)
        if missing:
            raise DontCloseSpider

    # -- articles and failures: what a response or a failure means (scraper.outcomes) --

    def parse_article(self, response: Response, listing_url: str | None) -> Iterator[Any]:
        if response.status == 304:
            self.facts.not_modified += 1
        elif isinstance(response, TextResponse):
            self.learn_permalinks([canonical_url(response.url)])
        yield from article_outcomes(response, listing_url)

    def listing_failed(self, failure: Failure) -> Iterator[Any]:
        yield from self._failed(failure, kind="listing")

    def article_failed(self, failure: Failure) -> Iterator[Any]:
        yield from self._failed(failure, kind="article")

    def _failed(self, failure: Failure, kind: str) -> Iterator[Any]:
        outcome = failure_outcome(failure, kind)
        if outcome is None or getattr(outcome, "kind", None) == "skipped":
            self.facts.ignored_requests += 1
        if outcome is not None:
            yield outcome


def _examples(known: Any, size: int = 2_000) -> list[str]:
    """Archived URLs to learn the permalink shape from: a spread sample, not every
    one (a shape is learnt from a few; reading 100,000 would cost every run seconds)."""
    sample = getattr(known, "sample", None)
    return sample(size) if sample is not None else list(known)[:size]


def _archive_path(url: str) -> tuple[str, str]:
    """An archive's identity across a redirect: its path and query (a move to https or
    to the www host is the same archive; another path is another archive). A feed is
    its archive's: `europe/feed/atom/?orderby=modified` is `europe/`'s."""
    parts = urlsplit(archive_root(_feed_archive(canonical_url(url))))
    return parts.path, parts.query


def _feed_archive(url: str) -> str:
    """The archive a feed URL belongs to (`.../europe/feed/atom/` -> `.../europe/`,
    `?cat=2&feed=rss2` -> `?cat=2`); any other URL as it is."""
    parts = urlsplit(url)
    path = re.sub(r"/feed(?:/[a-z0-9]+)?/?$", "/", parts.path)
    query = [(k, v) for k, v in parse_qsl(parts.query) if k not in ("feed", "orderby")]
    return parts._replace(path=path, query=urlencode(query)).geturl()


class EuropeSpider(CategorySpider):
    """`scrapy crawl europe`: the name cron lines of the first releases use."""

    name = "europe"
