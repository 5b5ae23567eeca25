"""The crawl's extraction stage: raw article page -> the article's fields (or a failure).

With IRIA_EXTRACT_WORKERS > 0 (the default: one per core) pages are extracted in worker
processes (iria_archive/extraction/pool.py) while the main process goes on fetching and
writing; 0 extracts in the crawl's own process. Either way every item leaves this stage
in the order it arrived, so the pipelines after it (clean, store) see the same sequence
as an in-process crawl: same rows, same run record, one writer.
"""

from __future__ import annotations

import asyncio
import dataclasses
import logging
from typing import Any, cast

from iria_archive.config_file import crawl_profile, crawl_start_url
from iria_archive.extraction.pool import ExtractionPool, PoolUnavailable, WorkerDied
from iria_archive.model.facts import RunFacts
from iria_archive.model.items import ArticlePage, FetchFailure
from iria_archive.model.profile import SiteProfile
from scraper.run_facts import run_facts

logger = logging.getLogger(__name__)


def extract_page(page: ArticlePage, profile: SiteProfile) -> dict[str, Any] | FetchFailure:
    """extraction.article.extract_page, imported by the first page that needs it: a run
    with no page to extract (a no-change incremental run) never imports trafilatura."""
    from iria_archive.extraction.article import extract_page as extract

    return extract(page, profile)


class ExtractPipeline:
    """Raw article page -> a dict of the article's fields (or a FetchFailure).

    The site profile comes from the crawl's settings or its config (config_file.crawl_profile),
    the number of extraction processes from IRIA_EXTRACT_WORKERS.
    """

    # What runs in a worker: a module-level function of (page, profile), so it can be
    # sent to another process by name.
    extract = staticmethod(extract_page)

    def __init__(self, facts: RunFacts, profile: SiteProfile, workers: int = 0) -> None:
        self.facts = facts
        self.profile = profile
        self.pool = ExtractionPool(workers) if workers > 0 else None
        self.worker_pids: set[int] = set()  # the processes that extracted pages
        self._last_turn: asyncio.Event | None = None  # set when the previous item has left

    @classmethod
    def from_crawler(cls, crawler: Any) -> ExtractPipeline:
        start_url = getattr(getattr(crawler, "spider", None), "start_url", None)
        if not isinstance(start_url, str):  # a crawler without the project's spider
            start_url = crawl_start_url(crawler.settings)
        profile = crawl_profile(crawler.settings, start_url)
        # The section's start URL is a category archive: it shows the category base.
        if start_url not in profile.category_archives:
            archives = (*profile.category_archives, start_url)
            profile = dataclasses.replace(profile, category_archives=archives)
        # Absent (a crawler without the project's settings): extraction in-process.
        workers = crawler.settings.getint("IRIA_EXTRACT_WORKERS", 0)
        return cls(run_facts(crawler), profile, workers)

    def close_spider(self) -> None:
        if self.pool is not None:
            self.pool.close()

    def process_item(self, item: Any) -> Any:
        if self.pool is None:
            if isinstance(item, ArticlePage):
                self.facts.article_pages += 1
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
        self.facts.article_pages += 1
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
            self.facts.extraction_pids = sorted(self.worker_pids)
        return cast("dict[str, Any] | FetchFailure", result)  # what `extract` returns

    def _counted(self, page: ArticlePage, result: Any) -> Any:
        if isinstance(result, FetchFailure):
            if result.kind == "protected":
                self.facts.protected_skipped += 1
                logger.info("Not archived: %s is password-protected", page.url)
            else:
                self.facts.extraction_failures += 1
                logger.warning("Extraction failed for %s: %s", page.url, result.reason)
        elif result["disagreements"]:
            self.facts.metadata_disagreements += len(result["disagreements"])
            logger.info(
                "Metadata sources disagree on %s for %s",
                ", ".join(result["disagreements"]),
                page.url,
            )
        return result
