"""The crawl's last item pipeline: Scrapy's side of the record path (archive/record.py).

It opens a run on the archive when the spider opens, hands every item to the run's
RunRecorder, mirrors the run's counters into the crawl's stats (the progress line and
the summary read them), and judges and closes the run when the spider closes. The
rules themselves live in iria_archive/archive/record.py, which `reprocess` uses too.
"""

from __future__ import annotations

import logging
import sqlite3
from contextlib import ExitStack
from typing import Any

from scrapy import signals
from scrapy.utils.defer import deferred_from_coro

from iria_archive.archive.lock import ArchiveLock
from iria_archive.archive.record import RunRecorder
from iria_archive.archive.rows import open_archive
from pipelines.warc import warc_folder
from scraper.run_facts import run_facts
from scraper.signals import recheck_url

logger = logging.getLogger(__name__)


class StorePipeline:
    """Stores each outcome by canonical URL, and keeps the record of the run."""

    def __init__(self, crawler: Any) -> None:
        self.crawler = crawler
        self.stats = crawler.stats
        self.facts = run_facts(crawler)
        settings = crawler.settings
        self.db_path: str = settings.get("IRIA_DB_PATH")
        self.max_failure_rate = settings.getfloat("IRIA_MAX_EXTRACTION_FAILURE_RATE")
        # `iria-archive crawl` holds the lock for the whole command; `scrapy crawl`
        # takes it here, for this crawl.
        self.lock_held = settings.getbool("IRIA_LOCK_HELD")
        self.warc_folder = warc_folder(settings)
        self.recorder: RunRecorder | None = None
        self._held = ExitStack()  # the lock, when this pipeline took it

    @classmethod
    def from_crawler(cls, crawler: Any) -> StorePipeline:
        pipeline = cls(crawler)
        # spider_closed carries the finish reason (finished / shutdown), close_spider does not.
        crawler.signals.connect(pipeline.spider_closed, signal=signals.spider_closed)
        return pipeline

    def open_spider(self) -> None:
        if not self.lock_held:
            self._held.enter_context(ArchiveLock(self.db_path))
        db = open_archive(self.db_path)
        spider = self.crawler.spider
        mode = "full" if spider.full else "incremental"
        self.recorder = RunRecorder.start(db, spider.start_url, mode, self.warc_folder)
        self.facts.recorded = self.recorder.counters
        self.facts.run_id = self.recorder.run_id
        self.facts.start_url = spider.start_url

    def process_item(self, item: Any) -> Any:
        recorder = self.recorder
        assert recorder is not None
        try:
            recorder.warc_file(self.facts.warc_file)
            recorder.record(item)
            while recorder.recheck:
                url = recorder.recheck.pop()
                self.crawler.signals.send_catch_log(signal=recheck_url, url=url)
        except sqlite3.Error as error:
            # A locked or broken database: stop rather than drop articles silently.
            # Each write is one transaction, so nothing half-written stays behind.
            recorder.counters.fatal = f"database error: {error}"
            logger.error("Database error, stopping the crawl: %s", error)
            deferred_from_coro(self.crawler.engine.close_spider_async(reason="database_error"))
            raise
        finally:
            self.facts.show_recorded()
        return item

    def spider_closed(self, spider: Any, reason: str) -> None:
        recorder, self.recorder = self.recorder, None
        if recorder is None:
            return
        try:
            facts = self.facts
            facts.pages_fetched = self.stats.get_value("downloader/response_count", 0)
            evidence = spider.run_evidence()  # what the site says the section holds
            status, why = recorder.finish(reason, facts, self.max_failure_rate, evidence)
            facts.expected, facts.found = evidence.expected, len(evidence.found)
            facts.status, facts.status_reason = status, why
            recorder.db.close()
            from iria_archive.search.index import sync_after_writes

            sync_after_writes(self.db_path)  # the search page's index follows the archive
        finally:
            self._held.close()  # after the database is closed (see iria_archive/archive/lock.py)
