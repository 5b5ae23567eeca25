"""Where a crawl learns which articles a section holds, one strategy per source.

Each strategy is a small class that makes requests and reads the answers; none parses
an article. They hand the links they find to the spider (`Section.offer`), which
decides what to fetch. In order of authority: the REST API, the category feed, the
archive pages (any theme), the sitemap.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any, Protocol

from iria_archive.model.evidence import SectionEvidence
from iria_archive.model.facts import RunFacts
from iria_archive.model.items import SourceHints

if TYPE_CHECKING:  # the package's own modules (dates) are read without Scrapy
    import scrapy


class Section(Protocol):
    """What a strategy needs of the crawl it serves (the spider implements it)."""

    start_url: str
    full: bool
    state: Any  # the archive's CrawlState, handed over by the crawl runner
    evidence: SectionEvidence  # what the site says the section holds

    @property
    def facts(self) -> RunFacts: ...  # the run's facts (iria_archive/model/facts.py)

    def offer(
        self, url: str, hints: SourceHints, listing_url: str | None
    ) -> Iterator[scrapy.Request]: ...

    def learn_permalinks(self, urls: list[str]) -> None: ...

    def note(self, text: str) -> None: ...

    def is_member(self, url: str) -> bool: ...

    def source_worked(self, source: str, links: int) -> Iterator[Any]: ...

    def source_failed(self, source: str) -> Iterator[Any]: ...

    def feed_page_read(self, page: int, dated: bool) -> Iterator[Any]: ...

    def listing_failed(self, failure: Any) -> Iterator[Any]: ...

    def landed_elsewhere(self, requested: str, landed: str) -> Iterator[Any]: ...
