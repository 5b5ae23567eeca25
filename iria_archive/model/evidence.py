"""What the site says a section holds, gathered while its sources are read (issue 18).

Each discovery source states the section's size in its own way: the REST API's
`X-WP-Total`, the archive's pagination (the last page it names and the entries each page
lists), a feed read to its last page. A crawl that found less than one of them says
exists did not do its job, whatever it stored: `shortfall()` names the gap, and the run
is judged `incomplete` (iria_archive/archive/runs.py) instead of `ok`.

Pure data and arithmetic, no Scrapy: the spider fills it, the run's judge reads it.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from urllib.parse import urlsplit

# Why an archive walk ended (scraper/discovery/archive.py `ArchiveWalk.stop_reason`).
# An incremental walk stops on purpose once whole pages hold nothing new; these mean
# the walk was cut short, whatever the pagination says.
WALK_STOPS_ON_PURPOSE = "no new links"
# A page listing only entries already seen: the pagination lies (never ends, repeats);
# the walk says so in the run's notes instead of counting pages that hold nothing new.
WALK_REPEATS = "repeats"
WALK_CUT_SHORT = {
    "failed": "a page failed",
    "empty page": "a page listed no entry",
    "page cap": "the page cap was reached",
}


@dataclass
class ArchiveEvidence:
    """What an archive walk saw: each page's entry count and the pagination's extent."""

    root: str  # the archive's first page
    pages_read: dict[int, int]  # page number -> entries its loop listed
    last_page_named: int | None  # the highest page number any page's pagination names
    stop_reason: str
    links: int = 0  # distinct article links the walk found

    def shortfall(self, full: bool) -> str | None:
        """Why this walk did not read the whole archive, or None when it did."""
        if not self.pages_read:
            return None
        where = _short_path(self.root)
        last_read = max(self.pages_read)
        last = max(self.last_page_named or 1, last_read)
        counts = ", ".join(
            f"page {page} listed {_entries(self.pages_read[page])}"
            for page in sorted({last_read, 1})[::-1]
        )
        on_purpose = self.stop_reason == WALK_REPEATS or (
            not full and self.stop_reason == WALK_STOPS_ON_PURPOSE
        )
        cut = WALK_CUT_SHORT.get(self.stop_reason)
        if last_read < last and not on_purpose and self.stop_reason != "page cap":
            return f"walked {last_read} of {last} archive pages of {where}: {counts}"
        if cut:  # the cap named first: a bound, not a page the site failed to give
            return f"the walk of {where} stopped after page {last_read}: {cut}"
        # Every page but the archive's last lists a full page of entries: a short one
        # means the loop was misread there (a sidebar taken for it) and entries are lost.
        before_last = {p: n for p, n in self.pages_read.items() if p < last}
        per_page = _usual(before_last.values())
        for page in sorted(before_last):
            if before_last[page] < per_page:
                return (
                    f"page {page} of {last} of {where} listed {_entries(before_last[page])},"
                    f" the pages before the last list {per_page}"
                )
        return None


@dataclass
class SectionEvidence:
    """The site's statements about one section, and what the crawl found of them."""

    rest_total: int | None = None  # X-WP-Total of the full (not incremental) posts query
    rest_listed: set[str] = field(default_factory=set)  # posts the REST pages listed
    archive: ArchiveEvidence | None = None
    found: set[str] = field(default_factory=set)  # article links any source listed
    notes: list[str] = field(default_factory=list)  # sources abandoned, bounds reached

    @property
    def expected(self) -> int | None:
        """How many articles the site says the section holds, when a source says so."""
        stated = []
        if self.rest_total is not None:
            stated.append(self.rest_total)
        if self.archive and self.archive.shortfall(full=True) is None and self.archive.links:
            stated.append(self.archive.links)
        return max(stated) if stated else None

    def shortfall(self, full: bool) -> str | None:
        """The first gap between what the site says exists and what was found."""
        if self.rest_total is not None and len(self.rest_listed) < self.rest_total:
            return (
                f"the REST API counts {self.rest_total} posts in the section,"
                f" its pages listed {len(self.rest_listed)}"
            )
        if self.archive is not None:
            return self.archive.shortfall(full)
        return None


def _entries(count: int) -> str:
    return f"{count} entr{'y' if count == 1 else 'ies'}"


def _usual(counts: object) -> int:
    """The most common entry count (the larger on a tie): the archive's posts per page."""
    tally = Counter(counts)  # type: ignore[call-overload]
    if not tally:
        return 0
    most: int = max(tally, key=lambda n: (tally[n], n))
    return most


def _short_path(url: str) -> str:
    """`category/europe/` for `https://host/news/category/europe/`: the part a user knows."""
    parts = urlsplit(url)
    path = parts.path.strip("/")
    if "/category/" in f"/{path}/":
        path = "category/" + f"/{path}/".split("/category/", 1)[1].strip("/")
    text = (path + "/") if path else "/"
    return text + (f"?{parts.query}" if parts.query else "")
