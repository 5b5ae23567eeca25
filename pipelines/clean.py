"""Validate extracted articles: what cannot be archived becomes a recorded failure."""

from __future__ import annotations

import logging
from typing import Any

from iria_archive.extraction.check import check_article
from iria_archive.model.facts import Fact
from iria_archive.model.items import FetchFailure

logger = logging.getLogger(__name__)


class CleanPipeline:
    """Reject articles missing required fields, flag those without a date."""

    def __init__(self, stats: Any) -> None:
        self.stats = stats

    @classmethod
    def from_crawler(cls, crawler: Any) -> CleanPipeline:
        return cls(crawler.stats)

    def process_item(self, item: Any) -> Any:
        if not isinstance(item, dict):
            return item
        checked = check_article(item)
        if isinstance(checked, FetchFailure):
            self.stats.inc_value(Fact.EXTRACTION_FAILURES)
            logger.warning("Not archived: %s (%s)", checked.url, checked.reason)
        elif not item.get("published"):
            # Kept (the text is what matters) but counted, so a date-less site shows up.
            self.stats.inc_value(Fact.FLAGGED_NO_PUBLISHED_DATE)
            logger.info("No publication date found for %s", item["url"])
        return checked
