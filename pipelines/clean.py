"""Validate extracted articles: what cannot be archived becomes a recorded failure."""

from __future__ import annotations

import logging
from typing import Any

from scraper.items import FetchFailure

logger = logging.getLogger(__name__)

# An article without these is not worth a row; the page is retried on the next run.
REQUIRED_FIELDS = ("url", "title", "text")


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
        missing = [name for name in REQUIRED_FIELDS if not item.get(name)]
        if missing:
            self.stats.inc_value("iria/extraction_failures")
            reason = "missing " + ", ".join(missing)
            logger.warning("Not archived: %s (%s)", item.get("url"), reason)
            return FetchFailure(url=item["url"], kind="extraction", reason=reason)
        if not item.get("published"):
            # Kept (the text is what matters) but counted, so a date-less site shows up.
            self.stats.inc_value("iria/flagged/no_published_date")
            logger.info("No publication date found for %s", item["url"])
        return item
