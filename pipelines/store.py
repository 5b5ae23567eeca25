"""Write articles and failures into the SQLite archive, and record the run."""

from __future__ import annotations

import json
import logging
import sqlite3
from typing import Any
from urllib.parse import urlsplit

from scrapy import signals
from scrapy.utils.defer import deferred_from_coro
from sqlite_utils import Database

from pipelines.archive import open_for_writing
from pipelines.guard import canonical_problem, soft_error
from pipelines.lock import ArchiveLock
from pipelines.runs import (
    assess_run,
    close_stale_runs,
    finish_run,
    now,
    record_error,
    record_warc_file,
    resolve_errors,
    start_run,
)
from pipelines.schema import ARTICLE_COLUMNS
from pipelines.warc import recover_open_files, warc_folder
from scraper.items import (
    ArticleNotModified,
    ArticleRedirected,
    FetchFailure,
    PageValidators,
    SourceInfo,
)
from scraper.urls import canonical_url

logger = logging.getLogger(__name__)

# Columns that say how and when we fetched an article, not what it says.
_BOOKKEEPING = {
    "first_seen",
    "last_fetched",
    "text_fetched",
    "source_changed",
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
    return open_for_writing(path)


def article_row(fields: dict[str, Any], fetched_at: str) -> dict[str, Any]:
    """The `articles` content columns for extracted fields (lists become JSON arrays)."""
    row = {name: fields.get(name) for name in ARTICLE_COLUMNS if name not in _BOOKKEEPING}
    row["categories"] = json.dumps(fields.get("categories") or [], ensure_ascii=False)
    row["tags"] = json.dumps(fields.get("tags") or [], ensure_ascii=False)
    row["extractor"] = fields.get("extractor")
    row["http_etag"] = fields.get("http_etag")
    row["http_last_modified"] = fields.get("http_last_modified")
    hints = fields.get("hints")
    row["source_changed"] = getattr(hints, "changed", None)
    row["last_fetched"] = fetched_at
    return row


def _older(existing: dict[str, Any], row: dict[str, Any], newest_revision: str | None) -> bool:
    """Whether a stored page is older than the version the archive holds (reprocess)."""
    fetched = row["last_fetched"]
    if existing.get("text_fetched"):
        if fetched < existing["text_fetched"]:
            return True
    elif newest_revision and fetched <= newest_revision:
        return True  # an archive of before text_fetched: a superseded version's page
    new, old = row.get("modified"), existing.get("modified")
    return bool(new and old and new < old)


def _get(db: Database, table: str, where: str, params: list[Any]) -> dict[str, Any] | None:
    cursor = db.execute(f"select * from [{table}] where {where}", params)
    values = cursor.fetchone()
    if values is None:
        return None
    return dict(zip([c[0] for c in cursor.description], values, strict=True))


def _insert(db: Database, table: str, row: dict[str, Any]) -> None:
    # Inside db.atomic() (see upsert_article): part of the caller's transaction.
    columns = ", ".join(f"[{k}]" for k in row)
    marks = ", ".join("?" * len(row))
    db.execute(f"insert into [{table}] ({columns}) values ({marks})", list(row.values()))


def _update(db: Database, url: str, changes: dict[str, Any]) -> None:
    sets = ", ".join(f"[{k}] = ?" for k in changes)
    db.execute(f"update articles set {sets} where url = ?", [*changes.values(), url])


def upsert_article(
    db: Database, row: dict[str, Any], reprocessing: bool = False, dry_run: bool = False
) -> str:
    """Insert or update one article in one transaction; return what happened.

    `new`, `updated`, `unchanged`; `held` when the text looks like an error page (see
    soft_error; nothing written); with `reprocessing`, `older` when the stored page is
    older than the archived version (nothing written). When the text, title or declared
    modification changed, the previous version goes to `revisions` in the same
    transaction. A re-extraction never changes an article's status. With `dry_run`,
    only say what would happen.
    """
    url, fetched = row["url"], row["last_fetched"]
    # db.atomic(), not `with db.conn`: sqlite-utils commits each write of its own
    # (execute, insert, update) unless a transaction it can see is open.
    with db.atomic():
        existing = _get(db, "articles", "url = ?", [url])
        if existing is None:
            if dry_run:
                return "new"
            _insert(
                db,
                "articles",
                {**row, "first_seen": fetched, "text_fetched": fetched, "status": "live"},
            )
            return "new"
        if reprocessing:
            newest_revision = db.execute(
                "select max(fetched_at) from revisions where url = ?", [url]
            ).fetchone()[0]
            if _older(existing, row, newest_revision):
                return "older"
        elif soft_error(existing, row):
            return "held"
        changes = dict(row)
        changes["source_changed"] = row.get("source_changed") or existing.get("source_changed")
        changes["text_fetched"] = max(fetched, existing.get("text_fetched") or "")
        # A re-extraction of an older stored page must not move last_fetched back.
        changes["last_fetched"] = max(fetched, existing["last_fetched"])
        if not reprocessing and existing["status"] != "live":
            changes.update(status="live", status_changed=fetched, moved_to=None)
        content = {k: v for k, v in row.items() if k not in _BOOKKEEPING}
        if all(existing.get(k) == v for k, v in content.items()):
            if dry_run:
                return "unchanged"
            keep = ("last_fetched", "text_fetched", "source_changed", "http_etag")
            keep += ("http_last_modified", "status", "status_changed", "moved_to")
            _update(db, url, {k: changes[k] for k in keep if k in changes})
            return "unchanged"
        if dry_run:
            return "updated"
        revisions = existing["revision_count"] or 0
        if any(existing.get(k) != row[k] for k in _REVISED):
            _insert(
                db,
                "revisions",
                {
                    "url": url,
                    "fetched_at": existing.get("text_fetched") or existing["last_fetched"],
                    "reason": "reextracted" if reprocessing else "edited",
                }
                | {
                    k: existing[k]
                    for k in ("modified", "content_hash", "title", "text", "markdown", "extractor")
                },
            )
            revisions += 1
        _update(db, url, {**changes, "revision_count": revisions})
        return "updated"


def choose_url(
    db: Database, row: dict[str, Any], requested: str | None, final_url: str | None = None
) -> str | None:
    """Store the article under its canonical URL only when that is safe; say why not.

    The canonical link (row["url"]) is checked against the URL the page was fetched
    at (after redirects). It is used when it names that very page (the same path, or
    the fetched URL had a query string), or an archived article with the same text
    (a duplicate); otherwise row["url"] becomes the fetched URL: a page that claims
    another article's URL, the home page or a listing keeps its own.
    """
    canonical = row["url"]
    fetched = canonical_url(final_url or requested or canonical)
    if canonical == fetched:
        return None
    problem = canonical_problem(fetched, canonical)
    if problem is None:
        other = _get(db, "articles", "url = ?", [canonical])
        if other is not None:
            alias = _get(db, "aliases", "alias = ? and url = ?", [fetched, canonical])
            if alias is None and other["content_hash"] != row["content_hash"]:
                problem = "another archived article's URL"
        elif urlsplit(fetched).path != urlsplit(canonical).path and not urlsplit(fetched).query:
            problem = "another page's URL, not this page's own"
    if problem is None:
        return None
    row["url"] = fetched
    return f"canonical link {canonical} not used: {problem}"


def renamed_articles(db: Database, url: str, post_id: int) -> list[str]:
    """Live articles of the same site and WordPress post id as `url`, under other URLs."""
    host = urlsplit(url).netloc
    return [
        other
        for (other,) in db.execute(
            "select url from articles where post_id = ? and url != ? and status = 'live'",
            [post_id, url],
        ).fetchall()
        if urlsplit(other).netloc == host
    ]


def add_to_section(db: Database, url: str, section: str, when: str) -> None:
    """Record that the section `section` (its start URL) lists the article at `url`."""
    with db.conn:
        db.execute(
            "insert or ignore into article_sections (url, section, first_seen) values (?, ?, ?)",
            [url, section, when],
        )


def mark_status(db: Database, url: str, status: str, moved_to: str | None = None) -> bool:
    """Mark a live archived article gone or moved (never deleted); False if not archived."""
    with db.conn:
        cursor = db.execute(
            "update articles set status = ?, status_changed = ?, moved_to = ?"
            " where url = ? and status = 'live'",
            [status, now(), moved_to, url],
        )
    return cursor.rowcount > 0


def touch_article(
    db: Database, url: str, fetched_at: str, source_changed: str | None = None
) -> None:
    """A 304 for a known article: it is live and unchanged as of `fetched_at`."""
    with db.conn:
        db.execute(
            "update articles set last_fetched = ?, status = 'live', moved_to = null,"
            " source_changed = coalesce(?, source_changed) where url = ?",
            [fetched_at, source_changed, url],
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
        self.warc_folder = warc_folder(settings)
        self.db: Database | None = None
        self.run_id: int | None = None
        self.warc_recorded: str | None = None

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
        # A killed run left its WARC file open: keep its complete records, close it.
        for name, kept in recover_open_files(self.db, self.warc_folder):
            logger.warning("Recovered %s (%d complete records) left by a killed run", name, kept)
        spider = self.crawler.spider
        self.section = spider.start_url
        self.run_id = start_run(self.db, spider.start_url, "full" if spider.full else "incremental")
        self.stats.set_value("iria/run_id", self.run_id)
        self.stats.set_value("iria/start_url", spider.start_url)

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
        warc_file = stats.get_value("iria/warc_file")
        if warc_file != self.warc_recorded:
            # Named in the run's record at once, so a killed run's file is still its own.
            record_warc_file(self.db, self.run_id, warc_file)
            self.warc_recorded = warc_file
        if isinstance(item, FetchFailure):
            if item.kind == "article" and item.status in (404, 410):
                # An archived article that disappeared stays, marked gone.
                if mark_status(self.db, item.url, "gone"):
                    stats.inc_value("iria/articles_gone")
            decision = item.kind in ("skipped", "protected")  # not failures
            stats.inc_value("iria/skipped" if decision else "iria/errors")
            if not decision and not stats.get_value("iria/first_error"):
                stats.set_value("iria/first_error", f"{item.url}: {item.reason}")
            if item.kind == "protected":  # a settled decision, kept to be seen
                logger.info("Not archived: %s is password-protected", item.url)
                self._note(item)
                return item
            logger.warning("Could not archive %s (%s): %s", item.url, item.kind, item.reason)
            record_error(self.db, self.run_id, item)
        elif isinstance(item, ArticleNotModified):
            changed = item.hints.changed if item.hints else None
            touch_article(self.db, item.url, item.fetched_at, changed)
            add_to_section(self.db, item.url, self.section, item.fetched_at)
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
        elif isinstance(item, PageValidators):
            with self.db.conn:
                self.db["page_validators"].upsert(
                    {"url": item.url, "etag": item.etag, "last_modified": item.last_modified},
                    pk="url",
                )
        else:
            self._store_article(item)
        return item

    def _store_article(self, item: dict[str, Any]) -> None:
        assert self.db is not None and self.run_id is not None
        stats = self.stats
        row = article_row(item, item["fetched_at"])
        requested = item.get("requested_url")
        if note := choose_url(self.db, row, requested, item.get("final_url")):
            stats.inc_value("iria/canonical_rejected")
            logger.warning("%s: %s", requested, note)
            self._note(FetchFailure(url=row["url"], kind="canonical", reason=note))
        outcome = upsert_article(self.db, row)
        if outcome == "held":
            existing = self.db["articles"].get(row["url"])
            reason = soft_error(existing, row) or "held back"
            stats.inc_value("iria/held")
            logger.warning("Not archived over the archive: %s (%s)", row["url"], reason)
            record_error(
                self.db,
                self.run_id,
                FetchFailure(url=row["url"], kind="held", reason=reason, status=200),
                at=item["fetched_at"],
            )
            return
        url = row["url"]
        if outcome == "new" and row.get("post_id"):
            # The post's slug changed since it was archived (WordPress keeps its id):
            # the old URL has moved to this one, and stays findable as an alias.
            for old in renamed_articles(self.db, url, row["post_id"]):
                if mark_status(self.db, old, "moved", moved_to=url):
                    stats.inc_value("iria/articles_moved")
                save_alias(self.db, old, url)
        if requested and requested != url:
            # The page names another URL as its own (rel=canonical): an archived
            # article at the requested URL has moved, any other is an alias.
            if mark_status(self.db, requested, "moved", moved_to=url):
                stats.inc_value("iria/articles_moved")
            else:
                save_alias(self.db, requested, url)
        resolve_errors(self.db, [url, requested])
        add_to_section(self.db, url, self.section, item["fetched_at"])
        stats.inc_value(f"iria/articles_{outcome}")
        stats.inc_value("iria/articles_stored")

    def _note(self, failure: FetchFailure) -> None:
        """A decision worth seeing in `errors`, already settled (resolved at once)."""
        assert self.db is not None and self.run_id is not None
        record_error(self.db, self.run_id, failure, resolved=True)

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
