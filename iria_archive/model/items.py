"""What the spider hands to the pipelines: raw pages, outcomes, nothing extracted."""

from __future__ import annotations

import json
from dataclasses import dataclass, field, fields


@dataclass
class SourceHints:
    """What a discovery source said about an article before its page was fetched.

    The REST API's post JSON says the most (exact dates with their offset, author,
    terms, whether the post is password-protected), a feed item or a sitemap entry
    less, an archive page nothing but the link. Extraction prefers these values to
    anything read from the theme's markup; the store keeps `changed` per URL so the
    next run re-fetches an article only when its source says it changed since.
    """

    source: str  # "rest", "feed", "sitemap" or "archive"
    changed: str | None = None  # the source's change stamp: modified_gmt, lastmod, <updated>
    title: str | None = None
    author: str | None = None
    published: str | None = None  # ISO 8601 with the site's offset
    modified: str | None = None  # ISO 8601 with the site's offset
    categories: list[str] | None = None  # None: the source does not say
    tags: list[str] | None = None
    protected: bool = False  # a password-protected post: never archived
    post_id: int | None = None  # WordPress's own id of the post: its URL may change
    # The WordPress install (its home URL) the id belongs to: ids are unique only there.
    install: str | None = None


def hints_from_json(raw: str | bytes) -> SourceHints | None:
    """SourceHints as stored (WARC metadata, crawl_errors.hints); None when unreadable.

    Fields an older version did not know, or a newer one dropped, are ignored."""
    try:
        data = json.loads(raw)
        known = {f.name for f in fields(SourceHints)}
        return SourceHints(**{k: v for k, v in data.items() if k in known})
    except (ValueError, TypeError, AttributeError):
        return None


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
    hints: SourceHints | None = None  # what the discovery source said about it


@dataclass
class ArticleNotModified:
    """A known article the server says is unchanged (HTTP 304): only its fetch time moves."""

    url: str
    fetched_at: str
    hints: SourceHints | None = None  # its source's change stamp is kept all the same


@dataclass
class ArticleRedirected:
    """An article URL answered with a redirect: an archived article has moved, any
    other URL (an old slug) is an alias of the target."""

    url: str
    target: str


# Every kind of FetchFailure, that is of `crawl_errors.kind`, and what it means: the one
# definition (the README's and metadata.yml's lists are checked against it by a test).
# "skipped" and "protected" are decisions, not failures: they do not count as errors.
FAILURE_KINDS: dict[str, str] = {
    "listing": "a discovery page (archive page, feed, sitemap, REST API) could not be had",
    "article": "an article page could not be had (HTTP error, timeout, refused redirect)",
    "extraction": "an article page held no article text",
    "skipped": "an article link robots.txt forbids (asked again next run)",
    "protected": "a password-protected post (never archived)",
    "held": "a text held back as a likely error page, the archived version kept",
    "canonical": "a page's canonical link not used as its URL",
    "conflict": "a post id of one install claimed by two live URLs: both kept until the site"
    " shows which moved (a redirect, a canonical link)",
}


@dataclass
class FetchFailure:
    """A page that could not be had, and why."""

    url: str
    kind: str  # one of FAILURE_KINDS
    reason: str
    status: int | None = None
    listing_url: str | None = None
    hints: SourceHints | None = None  # what its source said: kept for the retry

    def __post_init__(self) -> None:
        # A kind the archive does not document would be a row no reader can interpret.
        if self.kind not in FAILURE_KINDS:
            raise ValueError(
                f"unknown failure kind {self.kind!r}; one of {', '.join(FAILURE_KINDS)}"
            )


@dataclass
class PageValidators:
    """A discovery page's validators (its feed's ETag / Last-Modified), for asking the
    next run's request "has it changed?" instead of downloading it again."""

    url: str
    etag: str | None
    last_modified: str | None


@dataclass
class SourceInfo:
    """What a full walk learnt about the section's site, kept for incremental runs."""

    start_url: str
    api_root: str | None  # WordPress REST API root, when the site announces one
    category_ids: list[int] = field(default_factory=list)  # the category and its children
