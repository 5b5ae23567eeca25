"""The facts a crawl's components learn about its run: one typed object, named once.

The spider, the middlewares and the pipelines write them into the run's `RunFacts` as
they go (scraper/run_facts.py hands each component the crawl's one object); the verdict
(archive/runs.py assess_run), the run's record and the summary read that object. A
misspelt fact is an AttributeError where it is written, and mypy's, never a silent 0
where a failure check reads it. Each write is copied into Scrapy's stats under its
`Fact` key, for the progress line and the log only: nothing reads the stats back.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, fields
from enum import StrEnum
from typing import Any


class Fact(StrEnum):
    ARTICLE_LINKS = "iria/article_links"
    ARTICLE_PAGES = "iria/article_pages"
    ARTICLES_GONE = "iria/articles_gone"
    ARTICLES_MOVED = "iria/articles_moved"
    ARTICLES_NEW = "iria/articles_new"
    ARTICLES_STORED = "iria/articles_stored"
    ARTICLES_UNCHANGED = "iria/articles_unchanged"
    ARTICLES_UPDATED = "iria/articles_updated"
    CANONICAL_REJECTED = "iria/canonical_rejected"
    CONFLICTS = "iria/conflicts"
    DISCOVERY = "iria/discovery"
    DISCOVERY_PAGES = "iria/discovery_pages"
    ERRORS = "iria/errors"
    EXPECTED = "iria/expected"
    EXTRACTION_FAILURES = "iria/extraction_failures"
    EXTRACTION_PIDS = "iria/extraction_pids"
    FATAL = "iria/fatal"  # a database error that stopped the run
    FEED_NOT_MODIFIED = "iria/feed_not_modified"
    FIRST_ERROR = "iria/first_error"
    FLAGGED_NO_PUBLISHED_DATE = "iria/flagged/no_published_date"
    FOUND = "iria/found"
    HELD = "iria/held"
    IGNORED_REQUESTS = "iria/ignored_requests"
    LISTING_PAGE_CAP_REACHED = "iria/listing_page_cap_reached"
    LISTING_PAGES = "iria/listing_pages"
    LISTING_PAGES_WITHOUT_ARTICLES = "iria/listing_pages_without_articles"
    METADATA_DISAGREEMENTS = "iria/metadata_disagreements"
    MODE = "iria/mode"
    NOT_MODIFIED = "iria/not_modified"
    NOT_WORDPRESS = "iria/not_wordpress"
    OFFSITE_REFUSED = "iria/offsite_refused"
    PAGES_FETCHED = "iria/pages_fetched"
    PROTECTED_SKIPPED = "iria/protected_skipped"
    REST_FAILURES = "iria/rest_failures"
    REST_UNKNOWN_CATEGORY = "iria/rest_unknown_category"
    ROBOTS_UNREADABLE = "iria/robots_unreadable"
    RUN_ID = "iria/run_id"
    SITEMAP_ERRORS = "iria/sitemap_errors"
    SKIPPED = "iria/skipped"
    SOURCE_LINKS = "iria/source_links"
    START_REDIRECTED = "iria/start_redirected"
    START_STATUS = "iria/start_status"
    START_URL = "iria/start_url"
    STATUS = "iria/status"
    STATUS_REASON = "iria/status_reason"
    WARC_FAILURES = "iria/warc_failures"
    WARC_FILE = "iria/warc_file"


@dataclass
class RunCounters:
    """What recording a run's items did to the archive (archive/record.py counts it).

    `stored` is every article the run has a current copy of (new, updated, unchanged:
    a 304 included); `older` a stored page older than the archived version (reprocess).
    """

    new: int = 0
    updated: int = 0
    unchanged: int = 0
    older: int = 0
    gone: int = 0
    moved: int = 0
    errors: int = 0
    skipped: int = 0  # decisions, not failures: robots.txt, password-protected
    held: int = 0
    canonical_rejected: int = 0
    # WordPress post ids claimed by two live URLs of one install, kept both (record.py)
    conflicts: int = 0
    first_error: str | None = None
    fatal: str | None = None  # a database error that stopped the run

    @property
    def stored(self) -> int:
        return self.new + self.updated + self.unchanged

    def count(self, outcome: str) -> None:
        """One more article of `outcome` (new, updated, unchanged, older, held)."""
        setattr(self, outcome, getattr(self, outcome) + 1)

    def as_stats(self) -> dict[str, Any]:
        """These counts under their stats keys, for the progress line and the log."""
        stats: dict[str, Any] = {fact: getattr(self, name) for name, fact in _COUNTED.items()}
        if self.first_error:
            stats[Fact.FIRST_ERROR] = self.first_error
        if self.fatal:
            stats[Fact.FATAL] = self.fatal
        return stats


# RunCounters' counts and the stats keys that show them.
_COUNTED = {
    "new": Fact.ARTICLES_NEW,
    "updated": Fact.ARTICLES_UPDATED,
    "unchanged": Fact.ARTICLES_UNCHANGED,
    "gone": Fact.ARTICLES_GONE,
    "moved": Fact.ARTICLES_MOVED,
    "stored": Fact.ARTICLES_STORED,
    "errors": Fact.ERRORS,
    "skipped": Fact.SKIPPED,
    "held": Fact.HELD,
    "canonical_rejected": Fact.CANONICAL_REJECTED,
    "conflicts": Fact.CONFLICTS,
}


@dataclass
class RunFacts:
    """What one crawl run learnt, as its components learnt it; each field is the `Fact`
    of its name. A field's write is copied to `mirror` (Scrapy's stats) for display."""

    # The section and how it was asked for (the spider)
    mode: str = "full"  # full or incremental
    start_url: str | None = None
    start_status: int | None = None  # the category archive's own answer
    start_redirected: str | None = None  # where the archive redirected to, if elsewhere
    not_wordpress: bool = False
    robots_unreadable: str | None = None  # robots.txt could not be read: nothing allowed
    offsite_refused: int = 0
    ignored_requests: int = 0
    # Discovery (the sources)
    discovery: str | None = None  # the sources that listed articles, comma-separated
    source_links: int = 0  # article links any source (REST, feed, archive) found
    discovery_pages: int = 0
    listing_pages: int = 0
    listing_pages_without_articles: int = 0
    listing_page_cap_reached: int | None = None
    article_links: int = 0
    feed_not_modified: int = 0
    rest_unknown_category: bool = False
    rest_failures: int = 0
    sitemap_errors: int = 0
    protected_skipped: int = 0
    # Fetching, keeping and extracting the article pages
    article_pages: int = 0
    not_modified: int = 0
    pages_fetched: int = 0  # every response, Scrapy's count, taken when the run closes
    warc_file: str | None = None
    warc_failures: int = 0
    extraction_failures: int = 0
    extraction_pids: list[int] = field(default_factory=list)
    metadata_disagreements: int = 0
    flagged_no_published_date: int = 0
    # The store: what it did to the archive, and the verdict
    recorded: RunCounters = field(default_factory=RunCounters)
    run_id: int | None = None
    expected: int | None = None  # what the site says the section holds
    found: int | None = None  # what the sources listed
    status: str | None = None
    status_reason: str | None = None
    mirror: Callable[[str, Any], None] | None = field(default=None, repr=False, compare=False)

    def __setattr__(self, name: str, value: Any) -> None:
        object.__setattr__(self, name, value)
        mirror = self.__dict__.get("mirror")
        if mirror is not None and name in _FACT_OF_FIELD:
            mirror(_FACT_OF_FIELD[name], value)

    @property
    def pages_reached(self) -> int:
        """Archive, discovery and article pages that answered (a 304 is an answer)."""
        return self.listing_pages + self.discovery_pages + self.article_pages + self.not_modified

    def show_recorded(self) -> None:
        """Copy the store's counts to the mirror (they change inside RunCounters)."""
        if self.mirror is not None:
            for key, value in self.recorded.as_stats().items():
                self.mirror(key, value)


# Each field of RunFacts is shown under the Fact of its name (tests/test_spec.py checks
# that every field but the store's counts and the mirror has one).
_FACT_OF_FIELD = {
    f.name: Fact[f.name.upper()] for f in fields(RunFacts) if f.name.upper() in Fact.__members__
}
