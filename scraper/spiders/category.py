"""Walk a WordPress category archive to its end and fetch every article it lists once."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlsplit

import scrapy
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Response, TextResponse
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.python.failure import Failure

from scraper.items import ArticlePage, FetchFailure
from scraper.listing import parse_listing
from scraper.urls import canonical_url


class CategorySpider(scrapy.Spider):
    """Archive pages newest first -> article pages; yields raw pages, never parsed fields."""

    name = "europe"

    def __init__(self, start_url: str | None = None, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._start_url_arg = start_url
        self._article_urls: set[str] = set()

    @classmethod
    def from_crawler(cls, crawler: Any, *args: Any, **kwargs: Any) -> CategorySpider:
        spider = super().from_crawler(crawler, *args, **kwargs)
        spider.start_url = canonical_url(
            spider._start_url_arg or crawler.settings.get("IRIA_START_URL")
        )
        # Stay on the site's host; Scrapy's offsite middleware enforces it.
        spider.allowed_domains = [urlsplit(spider.start_url).hostname]
        return spider

    async def start(self) -> AsyncIterator[scrapy.Request]:
        # Scrapy >= 2.16 calls start(), never start_requests().
        yield self._listing_request(self.start_url)

    def _listing_request(self, url: str) -> scrapy.Request:
        return scrapy.Request(url, callback=self.parse_listing, errback=self.listing_failed)

    def parse_listing(self, response: Response) -> Iterator[scrapy.Request]:
        stats = self.crawler.stats
        stats.inc_value("iria/listing_pages")
        if not isinstance(response, TextResponse):
            stats.inc_value("iria/listing_pages_without_articles")
            return
        listing = parse_listing(response.text, response.url)
        if not listing.article_urls:
            # A WordPress archive page never answers 200 with an empty loop: the theme
            # changed or this is not an archive. Counted so the run is marked broken.
            stats.inc_value("iria/listing_pages_without_articles")
            self.logger.warning("No article links found on archive page %s", response.url)
        stats.inc_value("iria/article_links", len(listing.article_urls))
        for url in listing.article_urls:
            if url in self._article_urls:
                continue
            self._article_urls.add(url)
            # dont_filter: the dupefilter silently drops the hop of a redirect loop that
            # comes back to the article URL, losing the article without a record; this way
            # the loop ends in REDIRECT_MAX_TIMES and is recorded (issue 5, fault tests).
            yield scrapy.Request(
                url,
                callback=self.parse_article,
                errback=self.article_failed,
                cb_kwargs={"listing_url": response.url},
                dont_filter=True,
            )
        if listing.next_url:
            yield self._listing_request(listing.next_url)

    def parse_article(self, response: Response, listing_url: str) -> Iterator[Any]:
        if not isinstance(response, TextResponse):
            yield FetchFailure(
                url=canonical_url(response.request.url),
                kind="article",
                reason=f"not an HTML page ({response.headers.get('Content-Type', b'').decode()})",
                status=response.status,
                listing_url=listing_url,
            )
            return
        yield ArticlePage(
            url=canonical_url(response.request.meta.get("redirect_urls", [response.url])[0]),
            final_url=response.url,
            status=response.status,
            headers={
                k.decode(): b", ".join(v).decode("latin-1") for k, v in response.headers.items()
            },
            body=response.body,
            encoding=response.encoding,
            listing_url=listing_url,
            fetched_at=datetime.now(UTC).isoformat(timespec="seconds"),
        )

    def listing_failed(self, failure: Failure) -> Iterator[FetchFailure]:
        yield from self._failed(failure, kind="listing")

    def article_failed(self, failure: Failure) -> Iterator[FetchFailure]:
        yield from self._failed(failure, kind="article")

    def _failed(self, failure: Failure, kind: str) -> Iterator[FetchFailure]:
        if (
            failure.check(IgnoreRequest)
            and not failure.check(HttpError)
            # RedirectMiddleware giving up is a page we could not have, not a decision.
            and str(failure.value) != "max redirections reached"
        ):
            # robots.txt or offsite said no: a decision, not a failure to retry.
            self.crawler.stats.inc_value("iria/ignored_requests")
            return
        yield _failure_item(failure, kind)


def _failure_item(failure: Failure, kind: str) -> FetchFailure:
    request = failure.request  # type: ignore[attr-defined]
    status = None
    if failure.check(HttpError):
        status = failure.value.response.status
        reason = f"HTTP {status}"
    else:
        reason = f"{type(failure.value).__name__}: {failure.getErrorMessage()}"
    return FetchFailure(
        url=canonical_url(request.url),
        kind=kind,
        reason=reason,
        status=status,
        listing_url=request.cb_kwargs.get("listing_url"),
    )
