"""The archive's schema, in one place: tables, full-text index, triggers, indexes.

`ensure_schema(db)` is idempotent: every command calls it on open, so an archive made
by an older version is brought up to date and a new one is created complete.
"""

from __future__ import annotations

from sqlite_utils import Database

# The articles' columns come from their one definition, with type, meaning and role.
from iria_archive.archive.columns import (
    ARTICLE_COLUMNS,
    ARTICLE_DEFAULTS,
    ARTICLE_NOT_NULL,
    STATE_COLUMNS,
)

# Bumped with each change below; stored in PRAGMA user_version.
SCHEMA_VERSION = 7

# The previous version of an article, each time its content changed.
REVISION_COLUMNS: dict[str, type] = {
    "id": int,
    "url": str,
    "fetched_at": str,  # when this (now superseded) version was fetched
    "modified": str,
    "content_hash": str,
    "title": str,
    "text": str,
    "markdown": str,
    "extractor": str,  # what made the superseded text
    "reason": str,  # "edited" (the site changed it) or "reextracted" (reprocess)
}
# Searched by Datasette and the archive's own queries; accents folded (Vucic finds Vučić).
ARTICLE_FTS_COLUMNS = ["title", "description", "text", "author"]
FTS_TOKENIZE = "unicode61 remove_diacritics 2"

RUN_COLUMNS: dict[str, type] = {
    "id": int,
    "started": str,
    "finished": str,
    "mode": str,  # full or incremental
    "status": str,  # running, ok, incomplete, failed, interrupted
    "reason": str,  # why a run failed or was interrupted
    "start_url": str,
    "pages_fetched": int,
    "articles_new": int,
    "articles_updated": int,
    "articles_unchanged": int,
    "errors": int,
    "warc_file": str,  # the run's raw pages, beside the database
    "discovery": str,  # the sources the run used, e.g. "rest" or "feed,archive,sitemap"
    # Since version 6 (issue 18): how many articles the site says the section holds
    # (REST's X-WP-Total, a whole archive walk), how many its sources listed, and how
    # many of the section's articles the archive holds live after the run.
    "expected": int,
    "found": int,
    "archived": int,
    "notes": str,  # what the run says of its sources: one abandoned, a bound reached
}

ERROR_COLUMNS: dict[str, type] = {
    "id": int,
    "run_id": int,
    "url": str,
    "kind": str,  # one of iria_archive.model.items.FAILURE_KINDS
    "status": int,  # HTTP status when there was one
    "reason": str,
    "at": str,
    "resolved_at": str,  # when a later run archived the page or it proved gone for good
    "hints": str,  # JSON: what the page's source said of it, so a retry knows it too
}

# Other URLs of archived articles (an old slug, a link that redirects): an incremental
# walk knows it has them.
ALIAS_COLUMNS: dict[str, type] = {"alias": str, "url": str}

# Validators of discovery pages (feeds): the next incremental run asks conditionally.
VALIDATOR_COLUMNS: dict[str, type] = {"url": str, "etag": str, "last_modified": str}

# Which sections (category archives, by start URL) list an article: one article row,
# however many sections list it; each section's crawl state is its own.
SECTION_COLUMNS: dict[str, type] = {"url": str, "section": str, "first_seen": str}

# What a full walk learnt about a section's site, for cheap incremental runs.
SOURCE_COLUMNS: dict[str, type] = {
    "start_url": str,
    "api_root": str,  # WordPress REST API root, null when the site has none
    "category_ids": str,  # JSON array: the category and its children
    "updated": str,
}


def ensure_schema(db: Database) -> None:
    """Create or bring up to date every table, index and trigger of the archive."""
    db.enable_wal()
    with db.conn:
        articles = db.table("articles").create(
            ARTICLE_COLUMNS,
            pk="url",
            not_null=set(ARTICLE_NOT_NULL),
            defaults=ARTICLE_DEFAULTS,
            if_not_exists=True,
        )
        # Migrations are additive: columns added by later versions are added in place
        # (transform() would drop the FTS triggers).
        for name, kind in ARTICLE_COLUMNS.items():
            if name not in articles.columns_dict:
                articles.add_column(name, kind, not_null_default=ARTICLE_DEFAULTS.get(name))
        db.table("revisions").create(
            REVISION_COLUMNS,
            pk="id",
            foreign_keys=[("url", "articles", "url")],
            not_null={"url", "fetched_at", "content_hash", "text"},
            if_not_exists=True,
        )
        runs = db.table("crawl_runs").create(
            RUN_COLUMNS, pk="id", not_null={"started", "status"}, if_not_exists=True
        )
        errors = db.table("crawl_errors").create(
            ERROR_COLUMNS,
            pk="id",
            foreign_keys=[("run_id", "crawl_runs", "id")],
            not_null={"run_id", "url", "kind", "reason"},
            if_not_exists=True,
        )
        db.table("sources").create(SOURCE_COLUMNS, pk="start_url", if_not_exists=True)
        db.table("aliases").create(ALIAS_COLUMNS, pk="alias", if_not_exists=True)
        db.table("page_validators").create(VALIDATOR_COLUMNS, pk="url", if_not_exists=True)
        if "article_sections" not in db.table_names():
            db.table("article_sections").create(SECTION_COLUMNS, pk=("url", "section"))
            db.table("article_sections").create_index(["section"])
            # An archive of one section (all earlier versions): its articles are that
            # section's. With several start URLs in its runs, membership is learnt anew.
            starts = [r[0] for r in db.execute("select distinct start_url from crawl_runs")]
            if len(starts) == 1:
                db.execute(
                    "insert into article_sections (url, section, first_seen)"
                    " select url, ?, first_seen from articles",
                    [starts[0]],
                )
        revisions = db.table("revisions")
        for table, columns in (
            (runs, RUN_COLUMNS),
            (errors, ERROR_COLUMNS),
            (revisions, REVISION_COLUMNS),
        ):
            for name, kind in columns.items():
                if name not in table.columns_dict:
                    table.add_column(name, kind)
        db.table("articles").create_index(["published"], if_not_exists=True)
        db.table("articles").create_index(["post_id"], if_not_exists=True)
        # What an incremental run reads of every live article (iria_archive/archive/state.py), in
        # an index of its own: the read never touches the rows' text and markdown.
        db.table("articles").create_index(
            list(STATE_COLUMNS), index_name="articles_crawl_state", if_not_exists=True
        )
        db.table("revisions").create_index(["url"], if_not_exists=True)
        db.table("crawl_errors").create_index(["run_id"], if_not_exists=True)
        db.table("crawl_errors").create_index(["url"], if_not_exists=True)
    if db.table("articles").detect_fts() is None:
        # Triggers keep the index in sync with every insert, update and delete.
        db.table("articles").enable_fts(
            ARTICLE_FTS_COLUMNS, create_triggers=True, tokenize=FTS_TOKENIZE
        )
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
