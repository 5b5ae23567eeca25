"""Downloader middlewares: what every request of a crawl must respect or carry.

- `SiteBoundaryMiddleware`: only http(s), only the section's own site, for every
  request (redirect targets included, `dont_filter` or not). A redirect to
  `file:///etc/passwd` or to another host or port is refused, and recorded.
- `ConditionalRequestMiddleware`: an archived article is asked for with the validators
  of its last fetch, so an unchanged page costs a 304.
- `StrictRobotsTxtMiddleware`: a robots.txt that cannot be read (too large, binary, a
  5xx, a timeout) forbids everything instead of allowing everything.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

from scrapy import Request
from scrapy import exceptions as scrapy_errors
from scrapy.downloadermiddlewares.robotstxt import RobotsTxtMiddleware
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Response
from twisted.internet import error as tx_errors
from twisted.internet.defer import Deferred

from iria_archive.model.urls import canonical_url
from scraper.run_facts import run_facts

# Connection-level failures: the site is unreachable, not its robots.txt unreadable.
_UNREACHABLE = (
    scrapy_errors.DownloadConnectionRefusedError,
    scrapy_errors.CannotResolveHostError,
    scrapy_errors.DownloadTimeoutError,
    scrapy_errors.DownloadFailedError,
    scrapy_errors.ResponseDataLossError,
    tx_errors.ConnectError,
    tx_errors.DNSLookupError,
    tx_errors.TimeoutError,
    tx_errors.ConnectionLost,
    ConnectionError,
    TimeoutError,
)


class OffsiteRequest(IgnoreRequest):
    """A request for another scheme, host or port than the section's site."""


class SiteBoundaryMiddleware:
    """Refuse any request that leaves the site: `spider.allowed_hosts` (host:port)."""

    def __init__(self, crawler: Any) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Any) -> SiteBoundaryMiddleware:
        return cls(crawler)

    def process_request(self, request: Request) -> None:
        allowed = getattr(self.crawler.spider, "allowed_hosts", None)
        if allowed is None:
            return
        parts = urlsplit(request.url)
        netloc = (parts.hostname or "") + (f":{parts.port}" if parts.port else "")
        if parts.scheme not in ("http", "https") or netloc not in allowed:
            run_facts(self.crawler).offsite_refused += 1
            raise OffsiteRequest(f"refused to leave the site for {request.url[:200]}")


class AlreadyRequested(IgnoreRequest):
    """A redirect to a page this run fetches anyway (an old slug to its post)."""

    def __init__(self, target: str) -> None:
        super().__init__(f"redirect to {target}, fetched on its own")
        self.target = target


class RedirectTargetMiddleware:
    """Follow an article's redirect only to a page the run has not asked for itself.

    The spider learns of the redirect all the same (its errback sees AlreadyRequested
    with the target), so an old slug is still recorded as an alias of its post.
    """

    def __init__(self, crawler: Any) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Any) -> RedirectTargetMiddleware:
        return cls(crawler)

    def process_request(self, request: Request) -> None:
        origin = request.meta.get("origin")
        if not origin or not request.meta.get("redirect_urls"):
            return
        target = canonical_url(request.url)
        claim = getattr(self.crawler.spider, "claim", None)
        if target != origin and claim is not None and not claim(target):
            raise AlreadyRequested(target)


class ConditionalRequestMiddleware:
    """Add If-None-Match / If-Modified-Since to requests marked `conditional`."""

    def __init__(self, crawler: Any) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Any) -> ConditionalRequestMiddleware:
        return cls(crawler)

    def process_request(self, request: Request) -> None:
        if not request.meta.get("conditional"):
            return
        state = getattr(self.crawler.spider, "state", None)
        if state is None:
            return
        etag, last_modified = None, None
        if known := state.known.get(canonical_url(request.url)):
            etag, last_modified = known.etag, known.last_modified
        elif request.url in state.page_validators:  # a feed page, by its exact URL
            etag, last_modified = state.page_validators[request.url]
        # A redirect target is another page: the validators of the first one don't apply.
        for header in (b"If-None-Match", b"If-Modified-Since"):
            request.headers.pop(header, None)
        if etag:
            request.headers[b"If-None-Match"] = etag
        if last_modified:
            request.headers[b"If-Modified-Since"] = last_modified


class _DisallowAll:
    """The parser of a robots.txt that could not be read: nothing is allowed."""

    def allowed(self, url: str | bytes, user_agent: str | bytes) -> bool:
        return False


class StrictRobotsTxtMiddleware(RobotsTxtMiddleware):
    """Scrapy's robots.txt middleware, minus "unreadable means allowed".

    A missing robots.txt (4xx) allows everything, as the standard says (RFC 9309); one
    that is unreachable, a 5xx, too large or not text forbids everything, and says so
    in the run's facts so the run is recorded as failed.
    """

    async def _parse_robots(self, response: Response, netloc: str, request: Request) -> None:
        problem = _unreadable(response)
        if problem is None:
            await super()._parse_robots(response, netloc, request)
            return
        self._forbid(netloc, problem)

    def _robots_error(self, exc: Exception, netloc: str) -> None:
        if isinstance(exc, _UNREACHABLE):
            # The site is down: its pages fail the same way and the run says so.
            super()._robots_error(exc, netloc)
            return
        self._forbid(netloc, f"{type(exc).__name__}: {exc}"[:200])

    def _forbid(self, netloc: str, problem: str) -> None:
        unreadable = f"robots.txt of {netloc} unreadable ({problem})"
        run_facts(self.crawler).robots_unreadable = unreadable
        deferred = self._parsers[netloc]
        parser: Any = _DisallowAll()  # Scrapy's RobotParser interface: `allowed` only
        self._parsers[netloc] = parser
        if isinstance(deferred, Deferred):
            deferred.callback(parser)


def _unreadable(response: Response) -> str | None:
    if 400 <= response.status < 500:
        return None  # no robots.txt: everything is allowed
    if response.status >= 500:
        return f"HTTP {response.status}"
    if b"\x00" in response.body[:65536]:
        return "not a text file"
    return None
