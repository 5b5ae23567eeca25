"""Validate extracted articles: what cannot be archived becomes a recorded failure."""

from __future__ import annotations

import logging
from typing import Any

from iria_archive.extraction.check import check_article
from iria_archive.model.facts import RunFacts
from iria_archive.model.items import FetchFailure
from scraper.run_facts import run_facts

logger = logging.getLogger(__name__)


class CleanPipeline:
    """Reject articles missing required fields, flag those without a date."""

    def __init__(self, facts: RunFacts) -> None:
        self.facts = facts

    @classmethod
    def from_crawler(cls, crawler: Any) -> CleanPipeline:
        return cls(run_facts(crawler))

    def process_item(self, item: Any) -> Any:
        if not isinstance(item, dict):
            return item
        checked = check_article(item)
        if isinstance(checked, FetchFailure):
            self.facts.extraction_failures += 1
            logger.warning("Not archived: %s (%s)", checked.url, checked.reason)
        elif not item.get("published"):
            # Kept (the text is what matters) but counted, so a date-less site shows up.
            self.facts.flagged_no_published_date += 1
            logger.info("No publication date found for %s", item["url"])
        return checked
