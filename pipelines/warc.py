"""The crawl's WARC stage: each fetched article page is written to the run's WARC file
(iria_archive/archive/warc_write.py) before it goes on to extraction and the store."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from iria_archive.archive.warc_write import WarcWriter, warc_dir
from iria_archive.model.items import ArticlePage, FetchFailure
from scraper.run_facts import run_facts

logger = logging.getLogger(__name__)


def warc_folder(settings: Any) -> Path:
    """The crawl's WARC folder: IRIA_WARC_DIR, or `warc/` beside the database."""
    return Path(settings.get("IRIA_WARC_DIR") or warc_dir(settings.get("IRIA_DB_PATH")))


class WarcPipeline:
    """Writes each fetched article page to the run's WARC file, before it is stored."""

    def __init__(self, crawler: Any) -> None:
        self.facts = run_facts(crawler)
        self.folder = Path(
            crawler.settings.get("IRIA_WARC_DIR") or warc_dir(crawler.settings.get("IRIA_DB_PATH"))
        )
        self.writer: WarcWriter | None = None

    @classmethod
    def from_crawler(cls, crawler: Any) -> WarcPipeline:
        return cls(crawler)

    def process_item(self, item: Any) -> Any:
        if not isinstance(item, ArticlePage):
            return item
        try:
            if self.writer is None:  # only runs that fetch something get a file
                self.writer = WarcWriter(self.folder)
                self.facts.warc_file = self.writer.name
            self.writer.write(item)
        except OSError as error:
            # Not archived without its raw page: recorded, the run fails, and the next
            # run fetches the page again (an article failure with no status is retried).
            self.facts.warc_failures += 1
            logger.error("Could not write the raw page of %s: %s", item.url, error)
            return FetchFailure(
                url=item.url,
                kind="article",
                reason=f"raw page not kept: WARC write failed ({error})",
                listing_url=item.listing_url,
                hints=item.hints,
            )
        return item

    def close_spider(self) -> None:
        if self.writer is not None:
            self.writer.close()
