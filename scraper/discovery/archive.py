"""The category archive's own pages, read whatever the theme (see scraper/listing.py).

A full walk follows the pagination to the end; an incremental one reads newest first
and stops once enough whole pages hold nothing new. Both stop at a page cap and at a
page that shows no link unseen in this walk, so a site whose pagination never ends
(page N links to N+1 forever) cannot keep a scheduled run going.

The walk keeps the evidence the run's verdict weighs (iria_archive/archive/runs.py): how many
entries each page listed (`pages_read`), the highest page any pagination named
(`last_page_named`) and why the walk ended (`stop_reason`, one of STOP_REASONS).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import scrapy
from scrapy.http import Response, TextResponse

from iria_archive.model.items import SourceHints
from iria_archive.model.permalinks import PermalinkShape
from iria_archive.model.urls import canonical_url
from scraper.discovery import Section
from scraper.listing import parse_listing

# Why a walk ended: the pagination named no next page; the page cap; an incremental
# walk saw enough known pages, or a page showed no link unseen in this walk; a listing
# request failed; a page listed no entry.
STOP_REASONS = ("last page", "page cap", "no new links", "repeats", "failed", "empty page")


class ArchiveWalk:
    """Walks `/category/<name>/`, `/page/2/`, ... and offers every article link."""

    name = "archive"

    def __init__(
        self,
        section: Section,
        permalinks: PermalinkShape,
        max_pages: int,
        max_links: int,
        stop_after: int,
    ) -> None:
        self.section = section
        self.permalinks = permalinks
        self.max_pages = max_pages
        self.max_links = max_links
        self.stop_after = stop_after
        self.pages = 0
        self.seen: set[str] = set()
        self.visited: set[str] = set()  # listing pages asked for
        # What the run's verdict reads (iria_archive/model/evidence.py): entries per page that
        # listed any, the highest page the pagination names, and why the walk ended.
        self.pages_read: dict[int, int] = {}
        self.last_page_named: int | None = None
        self.stop_reason = "last page"

    def request(self, url: str, quiet: int = 0) -> scrapy.Request:
        self.visited.add(url)
        return scrapy.Request(
            url, callback=self.parse, errback=self.failed, cb_kwargs={"quiet": quiet}
        )

    def parse(self, response: Response, quiet: int = 0) -> Iterator[Any]:
        facts = self.section.facts
        facts.listing_pages += 1
        self.pages += 1
        self.visited.update((response.url, canonical_url(response.url)))
        listing = (
            parse_listing(
                response.text,
                response.url,
                self.permalinks or None,
                max_links=self.max_links,
                is_member=self.section.is_member,
            )
            if isinstance(response, TextResponse)
            else None
        )
        if listing is not None and listing.last_page:
            self.last_page_named = max(self.last_page_named or 0, listing.last_page)
        if not listing or not listing.article_urls:
            # A WordPress archive page never answers 200 with an empty loop: the theme
            # changed or this is not an archive. An alarm only if no source has links.
            facts.listing_pages_without_articles += 1
            self.stop_reason = "empty page"
            yield from self.section.source_worked(self.name, 0)
            return
        facts.article_links += len(listing.article_urls)
        self.pages_read[listing.page_number] = len(listing.article_urls)
        known, settled = self.section.state.known, self.section.state.settled_links
        unseen = [u for u in listing.article_urls if u not in self.seen]
        self.seen.update(unseen)
        new = [u for u in unseen if u not in known and u not in settled]
        for url in unseen if self.section.full else new:
            yield from self.section.offer(url, SourceHints("archive"), listing_url=response.url)
        quiet = quiet + 1 if not new else 0
        next_url = listing.next_url if listing.next_url not in self.visited else None
        if not next_url:
            self.stop_reason = "last page"
        elif not unseen:
            # The page lists only entries already seen: pagination that never ends or
            # repeats itself (a site that lies), not an archive walked short.
            self.stop_reason = "repeats"
            self.section.note(
                f"archive page {listing.page_number} repeats entries already listed:"
                " its pagination was not followed further"
            )
        elif not (self.section.full or quiet < self.stop_after):
            self.stop_reason = "no new links"
        elif self.pages >= self.max_pages:
            facts.listing_page_cap_reached = self.max_pages
            self.stop_reason = "page cap"
        else:
            yield self.request(next_url, quiet)
            return
        yield from self.section.source_worked(self.name, len(self.seen))

    def failed(self, failure: Any) -> Iterator[Any]:
        self.stop_reason = "failed"
        yield from self.section.listing_failed(failure)
