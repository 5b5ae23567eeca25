"""The facts a crawl's components learn about its run, named once.

The spider, the middlewares and the pipelines write them into the crawl's stats as they
go; iria_archive/archive/runs.py reads them back when the run is judged, and the progress line and
the summary show them. Every key is a member here: a misspelt fact is an error where it
is written (an AttributeError, and mypy's), never a silent 0 where a failure check reads
it. Members are strings, so the stats (and `iria-archive runs`) show the same keys.
"""

from __future__ import annotations

from enum import StrEnum


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
    FATAL = "iria/fatal"
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
    PROTECTED_SKIPPED = "iria/protected_skipped"
    REST_FAILURES = "iria/rest_failures"
    REST_UNKNOWN_CATEGORY = "iria/rest_unknown_category"
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
