"""The crawl's extraction stage: raw article page -> the article's fields (or a failure).

With IRIA_EXTRACT_WORKERS > 0 (the default: one per core) pages are extracted in worker
processes (pipelines/extract_pool.py) while the main process goes on fetching and
writing; 0 extracts in the crawl's own process. Either way every item leaves this stage
in the order it arrived, so the pipelines after it (clean, store) see the same sequence
as an in-process crawl: same rows, same run record, one writer.
"""

from __future__ import annotations

import asyncio
import dataclasses
import logging
from typing import Any, cast

from pipelines.extract_pool import ExtractionPool, PoolUnavailable, WorkerDied
from scraper.facts import Fact
from scraper.items import ArticlePage, FetchFailure
from scraper.profile import IRIA_PROFILE, SiteProfile, profile_from_settings

logger = logging.getLogger(__name__)


def extract_page(page: ArticlePage, profile: SiteProfile) -> dict[str, Any] | FetchFailure:
    """pipelines.extract.extract_page, imported by the first page that needs it: a run
    with no page to extract (a no-change incremental run) never imports trafilatura."""
    from pipelines.extract import extract_page as extract

    return extract(page, profile)


class ExtractPipeline:
    """Raw article page -> a dict of the article's fields (or a FetchFailure).

    The site profile comes from the crawl's settings (scraper.profile.profile_from_settings),
    the number of extraction processes from IRIA_EXTRACT_WORKERS.
    """

    # What runs in a worker: a module-level function of (page, profile), so it can be
    # sent to another process by name.
    extract = staticmethod(extract_page)

    def __init__(self, stats: Any, profile: SiteProfile = IRIA_PROFILE, workers: int = 0) -> None:
        self.stats = stats
        self.profile = profile
        self.pool = ExtractionPool(workers) if workers > 0 else None
        self.worker_pids: set[int] = set()  # the processes that extracted pages
        self._last_turn: asyncio.Event | None = None  # set when the previous item has left

    @classmethod
    def from_crawler(cls, crawler: Any) -> ExtractPipeline:
        profile = profile_from_settings(crawler.settings)
        # The section's start URL is a category archive: it shows the category base.
        start_url = getattr(getattr(crawler, "spider", None), "start_url", None)
        if isinstance(start_url, str) and start_url not in profile.category_archives:
            archives = (*profile.category_archives, start_url)
            profile = dataclasses.replace(profile, category_archives=archives)
        # Absent (a crawler without the project's settings): extraction in-process.
        return cls(crawler.stats, profile, crawler.settings.getint("IRIA_EXTRACT_WORKERS", 0))

    def close_spider(self) -> None:
        if self.pool is not None:
            self.pool.close()

    def process_item(self, item: Any) -> Any:
        if self.pool is None:
            if isinstance(item, ArticlePage):
                self.stats.inc_value(Fact.ARTICLE_PAGES)
                return self._counted(item, self.extract(item, self.profile))
            return item
        previous, self._last_turn = self._last_turn, asyncio.Event()
        return self._in_turn(item, previous, self._last_turn)

    async def _in_turn(self, item: Any, previous: asyncio.Event | None, turn: asyncio.Event) -> Any:
        """The item's result, handed on only after the item before it was handed on."""
        try:
            error: Exception | None = None
            try:
                result = await self._extracted(item) if isinstance(item, ArticlePage) else item
            except Exception as raised:  # as in-process: Scrapy logs it and drops the item
                error = raised
            if previous is not None:
                await previous.wait()
            if error is not None:
                raise error
            return self._counted(item, result) if isinstance(item, ArticlePage) else result
        finally:
            turn.set()

    async def _extracted(self, page: ArticlePage) -> dict[str, Any] | FetchFailure:
        assert self.pool is not None
        self.stats.inc_value(Fact.ARTICLE_PAGES)
        future = self.pool.submit(type(self).extract, page, self.profile)
        try:
            pid, result = await asyncio.wrap_future(future)
        except PoolUnavailable as unavailable:
            logger.warning("Extracting %s in the crawl's own process: %s", page.url, unavailable)
            pid, result = unavailable.run_here()
        except WorkerDied as died:
            return FetchFailure(
                url=page.url,
                kind="extraction",
                reason=str(died),
                status=page.status,
                listing_url=page.listing_url,
                hints=page.hints,
            )
        if pid not in self.worker_pids:
            self.worker_pids.add(pid)
            self.stats.set_value(Fact.EXTRACTION_PIDS, sorted(self.worker_pids))
        return cast("dict[str, Any] | FetchFailure", result)  # what `extract` returns

    def _counted(self, page: ArticlePage, result: Any) -> Any:
        if isinstance(result, FetchFailure):
            if result.kind == "protected":
                self.stats.inc_value(Fact.PROTECTED_SKIPPED)
                logger.info("Not archived: %s is password-protected", page.url)
            else:
                self.stats.inc_value(Fact.EXTRACTION_FAILURES)
                logger.warning("Extraction failed for %s: %s", page.url, result.reason)
        elif result["disagreements"]:
            self.stats.inc_value(Fact.METADATA_DISAGREEMENTS, len(result["disagreements"]))
            logger.info(
                "Metadata sources disagree on %s for %s",
                ", ".join(result["disagreements"]),
                page.url,
            )
        return result
