"""Write articles and failures into the SQLite archive, and record the run."""

from __future__ import annotations

import json
import logging
import sqlite3
from typing import Any

from scrapy import signals
from scrapy.utils.defer import deferred_from_coro
from sqlite_utils import Database

from pipelines.runs import assess_run, finish_run, record_error, start_run
from pipelines.schema import ARTICLE_COLUMNS, ensure_schema
from scraper.items import FetchFailure

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


class StorePipeline:
    """Upserts articles by canonical URL, records failures and the run itself."""

    def __init__(self, crawler: Any) -> None:
        self.crawler = crawler
        self.stats = crawler.stats
        self.db_path: str = crawler.settings.get("IRIA_DB_PATH")
        self.max_failure_rate = crawler.settings.getfloat("IRIA_MAX_EXTRACTION_FAILURE_RATE")
        self.db: Database | None = None
        self.run_id: int | None = None

    @classmethod
    def from_crawler(cls, crawler: Any) -> StorePipeline:
        pipeline = cls(crawler)
        # spider_closed carries the finish reason (finished / shutdown), close_spider does not.
        crawler.signals.connect(pipeline.spider_closed, signal=signals.spider_closed)
        return pipeline

    def open_spider(self) -> None:
        self.db = open_archive(self.db_path)
        self.run_id = start_run(self.db, self.crawler.spider.start_url)
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
        if isinstance(item, FetchFailure):
            self.stats.inc_value("iria/errors")
            if item.kind == "listing" and not self.stats.get_value("iria/first_listing_error"):
                self.stats.set_value("iria/first_listing_error", f"{item.url}: {item.reason}")
            logger.warning("Could not archive %s (%s): %s", item.url, item.kind, item.reason)
            record_error(self.db, self.run_id, item)
            return item
        outcome = upsert_article(self.db, article_row(item, item["fetched_at"]))
        self.stats.inc_value(f"iria/articles_{outcome}")
        self.stats.inc_value("iria/articles_stored")
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
