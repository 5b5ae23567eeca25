"""The bounds of one run's discovery, the same for every source (issue 19).

A site that lies about its size (a REST API claiming 100,000 pages, a feed of 20,000
entries, a sitemap index of 5,000 files, pagination that never ends) must not keep a
scheduled run going. Every source counts the requests it queues against one budget of
pages and reads a bounded number of entries of a page (both from the settings: see
scraper/settings.py). A source that reaches its bound stops there; the run's evidence then says what
it could not read (iria_archive/model/evidence.py).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Bounds:
    """How far any one source may go in a run."""

    max_pages: int  # requests one source may queue: archive, feed, API or sitemap pages
    links_per_page: int  # entries read from one page

    def pages(self) -> PageBudget:
        """A fresh budget of page requests for one source."""
        return PageBudget(self.max_pages)


class PageBudget:
    """Counts one source's page requests as they are queued."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.used = 0
        self.reached = False  # a request was refused: the source was cut short

    def take(self) -> bool:
        """Whether one more request may be queued (and count it if so)."""
        if self.used >= self.limit:
            self.reached = True
            return False
        self.used += 1
        return True
