"""What the spider hands to the pipelines: raw pages and failures, nothing extracted."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class ArticlePage:
    """A fetched article page, exactly as the server sent it."""

    url: str  # canonical form of the URL the listing linked to
    final_url: str  # after redirects
    status: int
    headers: dict[str, str]
    body: bytes
    encoding: str
    listing_url: str  # the archive page that linked to it
    fetched_at: str  # ISO 8601, UTC


@dataclass
class FetchFailure:
    """A page that could not be had, and why; it is retried on the next run."""

    url: str
    kind: str  # "article" or "listing"
    reason: str
    status: int | None = None
    listing_url: str | None = None
