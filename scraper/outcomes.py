"""What a fetched article page or a failed request means, as the items the store records.

The spider decides what to fetch; this module turns what came back into outcomes: a raw
page, "not modified", "moved", or a failure of a named kind with a reason a user can read.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urljoin

from scrapy.exceptions import IgnoreRequest
from scrapy.http import Response, TextResponse
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.python.failure import Failure

from iria_archive.model.items import (
    ArticleNotModified,
    ArticlePage,
    ArticleRedirected,
    FetchFailure,
    SourceHints,
)
from iria_archive.model.urls import canonical_url
from scraper.middlewares import AlreadyRequested, OffsiteRequest

_API_LINK = "//head/link[@rel='https://api.w.org/']/@href"
# Any of these in a page says WordPress made it (assets, REST API, post classes, blocks).
_WORDPRESS_MARKERS = re.compile(
    rb"wp-content/|wp-includes/|wp-json|api\.w\.org|wp-block-|\bhentry\b"
    rb"|rel=[\"']bookmark|content=[\"']WordPress"
)

Outcome = ArticlePage | ArticleNotModified | ArticleRedirected | FetchFailure


def made_by_wordpress(response: Response) -> bool:
    return bool(_WORDPRESS_MARKERS.search(response.body))


def api_root(response: Response) -> str | None:
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


def article_outcomes(response: Response, listing_url: str | None) -> Iterator[Outcome]:
    """An article request's answer: its raw page, or that it moved, or did not change."""
    requested = response.meta["origin"]  # canonical URL we asked for, before redirects
    hints: SourceHints | None = response.meta.get("hints")
    fetched_at = datetime.now(UTC).isoformat(timespec="seconds")
    final = canonical_url(response.url)
    if final != requested:
        # An archived article that redirects has moved; any other link is an alias.
        yield ArticleRedirected(url=requested, target=final)
    if response.status == 304:
        yield ArticleNotModified(url=final, fetched_at=fetched_at, hints=hints)
        return
    if not isinstance(response, TextResponse):
        content_type = (response.headers.get("Content-Type") or b"").decode("latin-1")
        yield FetchFailure(
            url=requested,
            kind="article",
            reason=f"not an HTML page ({content_type})",
            status=response.status,
            listing_url=listing_url,
        )
        return
    assert response.request is not None  # a downloaded response knows its request
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


def failure_outcome(failure: Failure, kind: str) -> ArticleRedirected | FetchFailure | None:
    """What a failed request of `kind` (article, listing) means; None: nothing to record
    (a listing page robots.txt forbids)."""
    request = failure.request  # type: ignore[attr-defined]
    origin = request.meta.get("origin") or canonical_url(request.url)
    listing_url = request.cb_kwargs.get("listing_url")
    chain = [*request.meta.get("redirect_urls", []), request.url]
    status = None
    if isinstance(failure.value, AlreadyRequested):
        return ArticleRedirected(url=origin, target=failure.value.target)
    if isinstance(failure.value, OffsiteRequest):
        reason = f"redirect off the site refused ({' -> '.join(chain)})"
        status = (request.meta.get("redirect_reasons") or [None])[-1]
    elif isinstance(failure.value, IgnoreRequest) and "max redirections" in str(failure.value):
        reason = f"redirect loop ({' -> '.join(chain)})"
        status = (request.meta.get("redirect_reasons") or [None])[-1]
    elif isinstance(failure.value, IgnoreRequest) and "DOWNLOAD_MAXSIZE" in str(failure.value):
        reason = f"too large: {failure.value}"  # a decompression bomb: never retried
    elif isinstance(failure.value, IgnoreRequest) and not isinstance(failure.value, HttpError):
        # robots.txt said no: a decision, not a failure. An article skipped so is still
        # noted, to be asked again when robots.txt changes.
        if kind != "article":
            return None
        return FetchFailure(
            url=origin,
            kind="skipped",
            reason=str(failure.value) or "ignored",
            listing_url=listing_url,
        )
    elif isinstance(failure.value, HttpError):
        status = failure.value.response.status
        reason = f"HTTP {status}"
    else:
        reason = f"{type(failure.value).__name__}: {failure.getErrorMessage()}"
    hints = request.meta.get("hints")
    return FetchFailure(
        url=origin,
        kind=kind,
        reason=reason,
        status=status,
        listing_url=listing_url,
        # A retry's own hints are the stored ones: kept, not replaced by "retry".
        hints=hints if isinstance(hints, SourceHints) and hints.source != "retry" else None,
    )


def _headers(headers: Any) -> dict[str, str]:
    return {k.decode("latin-1"): b", ".join(v).decode("latin-1") for k, v in headers.items()}
