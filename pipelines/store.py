"""Write articles and failures into the SQLite archive, and record the run."""

from __future__ import annotations

import json
import logging
import sqlite3
from typing import Any

from scrapy import signals
from scrapy.utils.defer import deferred_from_coro
from sqlite_utils import Database

from pipelines.lock import ArchiveLock
from pipelines.runs import (
    assess_run,
    close_stale_runs,
    finish_run,
    now,
    record_error,
    resolve_errors,
    start_run,
)
from pipelines.schema import ARTICLE_COLUMNS, ensure_schema
from scraper.items import ArticleNotModified, ArticleRedirected, FetchFailure, SourceInfo

logger = logging.getLogger(__name__)

# Columns that say how and when we fetched an article, not what it says.
_BOOKKEEPING = {
    "first_seen",
    "last_fetched",
    "extractor",
    "status",
    "status_changed",
    "moved_to",
    "revision_count",
    "http_etag",
    "http_last_modified",
}
# A change in these keeps the previous version in `revisions`; other fields (tags,
# description...) are corrected in place.
_REVISED = ("title", "text", "modified", "content_hash")


def open_archive(path: str) -> Database:
    """Open (creating if needed) the archive at `path`, schema up to date."""
    db = Database(sqlite3.connect(path, timeout=30))
    ensure_schema(db)
    return db


def article_row(fields: dict[str, Any], fetched_at: str) -> dict[str, Any]:
    """The `articles` content columns for extracted fields (lists become JSON arrays)."""
    row = {name: fields.get(name) for name in ARTICLE_COLUMNS if name not in _BOOKKEEPING}
    row["categories"] = json.dumps(fields.get("categories") or [], ensure_ascii=False)
    row["tags"] = json.dumps(fields.get("tags") or [], ensure_ascii=False)
    row["extractor"] = fields.get("extractor")
    row["http_etag"] = fields.get("http_etag")
    row["http_last_modified"] = fields.get("http_last_modified")
    row["last_fetched"] = fetched_at
    return row


def upsert_article(db: Database, row: dict[str, Any], keep_revision: bool = True) -> str:
    """Insert or update one article atomically; return `new`, `updated` or `unchanged`.

    When the text, title or declared modification changed, the previous version goes
    to `revisions` (unless `keep_revision` is False: a re-extraction is not a new
    version of the page).
    """
    articles = db["articles"]
    with db.conn:
        existing = next(articles.rows_where("url = ?", [row["url"]], limit=1), None)
        if existing is None:
            articles.insert({**row, "first_seen": row["last_fetched"], "status": "live"})
            return "new"
        back_to_life = {"status": "live", "status_changed": row["last_fetched"], "moved_to": None}
        alive = back_to_life if existing["status"] != "live" else {}
        content = {k: v for k, v in row.items() if k not in _BOOKKEEPING}
        # A re-extraction of an older stored page must not move last_fetched back.
        row["last_fetched"] = max(row["last_fetched"], existing["last_fetched"])
        if all(existing.get(k) == v for k, v in content.items()):
            fetch = {k: row[k] for k in ("last_fetched", "http_etag", "http_last_modified")}
            articles.update(row["url"], {**fetch, **alive})
            return "unchanged"
        revisions = existing["revision_count"] or 0
        if keep_revision and any(existing.get(k) != row[k] for k in _REVISED):
            db["revisions"].insert(
                {"url": existing["url"], "fetched_at": existing["last_fetched"]}
                | {
                    k: existing[k]
                    for k in ("modified", "content_hash", "title", "text", "markdown")
                }
            )
            revisions += 1
        articles.update(row["url"], {**row, **alive, "revision_count": revisions})
        return "updated"


def mark_status(db: Database, url: str, status: str, moved_to: str | None = None) -> bool:
    """Mark a live archived article gone or moved (never deleted); False if not archived."""
    with db.conn:
        cursor = db.execute(
            "update articles set status = ?, status_changed = ?, moved_to = ?"
            " where url = ? and status = 'live'",
            [status, now(), moved_to, url],
        )
    return cursor.rowcount > 0


def touch_article(db: Database, url: str, fetched_at: str) -> None:
    """A 304 for a known article: it is live and unchanged as of `fetched_at`."""
    with db.conn:
        db.execute(
            "update articles set last_fetched = ?, status = 'live', moved_to = null where url = ?",
            [fetched_at, url],
        )


def save_alias(db: Database, alias: str, url: str) -> None:
    """Remember that `alias` leads to the article at `url`."""
    with db.conn:
        db["aliases"].upsert({"alias": alias, "url": url}, pk="alias")


def save_source(db: Database, source: SourceInfo) -> None:
    """Remember what the site offers for incremental runs of this section."""
    with db.conn:
        db["sources"].upsert(
            {
                "start_url": source.start_url,
                "api_root": source.api_root,
                "category_ids": json.dumps(source.category_ids),
                "updated": now(),
            },
            pk="start_url",
        )


class StorePipeline:
    """Stores each outcome by canonical URL, and keeps the record of the run."""

    def __init__(self, crawler: Any) -> None:
        self.crawler = crawler
        self.stats = crawler.stats
        settings = crawler.settings
        self.db_path: str = settings.get("IRIA_DB_PATH")
        self.max_failure_rate = settings.getfloat("IRIA_MAX_EXTRACTION_FAILURE_RATE")
        # `iria-archive crawl` takes the lock itself, before the crawl starts.
        self.lock = None if settings.getbool("IRIA_LOCK_HELD") else ArchiveLock(self.db_path)
        self.db: Database | None = None
        self.run_id: int | None = None

    @classmethod
    def from_crawler(cls, crawler: Any) -> StorePipeline:
        pipeline = cls(crawler)
        # spider_closed carries the finish reason (finished / shutdown), close_spider does not.
        crawler.signals.connect(pipeline.spider_closed, signal=signals.spider_closed)
        return pipeline

    def open_spider(self) -> None:
        if self.lock:
            self.lock.acquire()
        self.db = open_archive(self.db_path)
        # We hold the lock: a run still marked running died without closing its record.
        close_stale_runs(self.db)
        spider = self.crawler.spider
        self.run_id = start_run(self.db, spider.start_url, "full" if spider.full else "incremental")
        self.stats.set_value("iria/run_id", self.run_id)

    def process_item(self, item: Any) -> Any:
        try:
            return self._store(item)
        except sqlite3.Error as error:
            # A locked or broken database: stop rather than drop articles silently.
            # Each write is one transaction, so nothing half-written stays behind.
            self.stats.set_value("iria/fatal", f"database error: {error}")
            logger.error("Database error, stopping the crawl: %s", error)
            deferred_from_coro(self.crawler.engine.close_spider_async(reason="database_error"))
            raise

    def _store(self, item: Any) -> Any:
        assert self.db is not None and self.run_id is not None
        stats = self.stats
        if isinstance(item, FetchFailure):
            if item.kind == "article" and item.status in (404, 410):
                # An archived article that disappeared stays, marked gone.
                if mark_status(self.db, item.url, "gone"):
                    stats.inc_value("iria/articles_gone")
            stats.inc_value("iria/skipped" if item.kind == "skipped" else "iria/errors")
            if item.kind != "skipped" and not stats.get_value("iria/first_error"):
                stats.set_value("iria/first_error", f"{item.url}: {item.reason}")
            logger.warning("Could not archive %s (%s): %s", item.url, item.kind, item.reason)
            record_error(self.db, self.run_id, item)
        elif isinstance(item, ArticleNotModified):
            touch_article(self.db, item.url, item.fetched_at)
            resolve_errors(self.db, [item.url])
            stats.inc_value("iria/articles_unchanged")
            stats.inc_value("iria/articles_stored")
        elif isinstance(item, ArticleRedirected):
            if mark_status(self.db, item.url, "moved", moved_to=item.target):
                stats.inc_value("iria/articles_moved")
            else:
                save_alias(self.db, item.url, item.target)
        elif isinstance(item, SourceInfo):
            save_source(self.db, item)
        else:
            outcome = upsert_article(self.db, article_row(item, item["fetched_at"]))
            requested = item.get("requested_url")
            if requested and requested != item["url"]:
                # The page names another URL as its own (rel=canonical): an archived
                # article at the requested URL has moved, any other is an alias.
                if mark_status(self.db, requested, "moved", moved_to=item["url"]):
                    stats.inc_value("iria/articles_moved")
                else:
                    save_alias(self.db, requested, item["url"])
            resolve_errors(self.db, [item["url"], requested])
            stats.inc_value(f"iria/articles_{outcome}")
            stats.inc_value("iria/articles_stored")
        return item

    def spider_closed(self, spider: Any, reason: str) -> None:
        if self.db is None or self.run_id is None:
            return
        stats = self.stats.get_stats()
        status, why = assess_run(stats, reason, self.max_failure_rate)
        self.stats.set_value("iria/status", status)
        self.stats.set_value("iria/status_reason", why)
        try:
            finish_run(self.db, self.run_id, status, why, stats)
        except sqlite3.Error as error:
            logger.error("Could not record the run's end: %s", error)
        self.db.close()
        self.db = None
        from iria_archive.search_index import sync_after_writes

        sync_after_writes(self.db_path)  # the search page's index follows the archive
        if self.lock:
            self.lock.release()
