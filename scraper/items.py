"""What the spider hands to the pipelines: raw pages, outcomes, nothing extracted."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class ArticlePage:
    """A fetched article page, exactly as the server sent it."""

    url: str  # canonical form of the URL we asked for (before redirects)
    final_url: str  # after redirects
    status: int
    headers: dict[str, str]
    body: bytes
    encoding: str
    listing_url: str | None  # the page that linked to it (archive, feed, sitemap, API)
    fetched_at: str  # ISO 8601, UTC
    request_headers: dict[str, str] = field(default_factory=dict)


@dataclass
class ArticleNotModified:
    """A known article the server says is unchanged (HTTP 304): only its fetch time moves."""

    url: str
    fetched_at: str


@dataclass
class ArticleRedirected:
    """An article URL answered with a redirect: an archived article has moved, any
    other URL (an old slug) is an alias of the target."""

    url: str
    target: str


@dataclass
class FetchFailure:
    """A page that could not be had, and why."""

    url: str
    # "listing", "article", "extraction", "discovery" (feed, sitemap, API), or
    # "skipped": an article link robots.txt forbids (a decision, asked again next run).
    kind: str
    reason: str
    status: int | None = None
    listing_url: str | None = None


@dataclass
class SourceInfo:
    """What a full walk learnt about the section's site, kept for incremental runs."""

    start_url: str
    api_root: str | None  # WordPress REST API root, when the site announces one
    category_ids: list[int] = field(default_factory=list)  # the category and its children
