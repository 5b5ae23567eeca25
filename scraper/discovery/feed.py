"""The category feed: WordPress's Atom feed (with each post's `<updated>`), else RSS.

WordPress core pages every feed (`?paged=N`) and orders it by any public query var
(`?orderby=modified`): a full walk reads every page, an incremental run reads the
most recently modified posts until a whole page holds nothing new or changed.
"""

from __future__ import annotations

import warnings
from collections.abc import Iterator
from typing import Any
from urllib.parse import urlencode

import feedparser
import scrapy
from scrapy.http import Response

from scraper.discovery import Section
from scraper.discovery.dates import from_struct, later
from scraper.items import PageValidators, SourceHints
from scraper.urls import archive_root, canonical_url

# Tried in this order: Atom says when each post was modified, RSS does not.
FEED_PATHS = ("feed/atom/", "feed/")


class FeedDiscovery:
    """Reads `<category archive>/feed/atom/` (or `/feed/`), page after page."""

    name = "feed"

    def __init__(self, section: Section, max_pages: int, stop_after: int) -> None:
        self.section = section
        self.max_pages = max_pages
        self.stop_after = stop_after  # incremental: quiet pages before stopping
        self.seen: set[str] = set()
        self.links = 0

    def start(self) -> scrapy.Request:
        return self._request(0, page=1, quiet=0)

    def _request(self, path_index: int, page: int, quiet: int) -> scrapy.Request:
        query: dict[str, Any] = {}
        if not self.section.full:
            query["orderby"] = "modified"
        if page > 1:
            query["paged"] = page
        url = archive_root(self.section.start_url) + FEED_PATHS[path_index]
        return scrapy.Request(
            f"{url}?{urlencode(query)}" if query else url,
            callback=self.parse,
            errback=self.failed,
            cb_kwargs={"path_index": path_index, "page": page, "quiet": quiet},
            # An incremental run asks "changed since?": a 304 means no post changed.
            meta={"handle_httpstatus_list": [304, 404], "conditional": not self.section.full},
        )

    def parse(self, response: Response, path_index: int, page: int, quiet: int) -> Iterator[Any]:
        if response.status == 304:  # nothing in the feed changed since the last run
            self.section.stats.inc_value("iria/discovery_pages")
            self.section.stats.inc_value("iria/feed_not_modified")
            yield from self.section.source_worked(self.name, 0)
            return
        if response.status == 404:
            if page == 1 and path_index + 1 < len(FEED_PATHS):
                yield self._request(path_index + 1, page=1, quiet=0)
            elif page == 1:
                yield from self.section.source_failed(self.name)
            else:  # past the last page, as WordPress answers
                yield from self.section.source_worked(self.name, self.links)
            return
        self.section.stats.inc_value("iria/discovery_pages")
        etag, modified = response.headers.get("ETag"), response.headers.get("Last-Modified")
        if etag or modified:
            yield PageValidators(
                response.url,
                etag.decode("latin-1") if etag else None,
                modified.decode("latin-1") if modified else None,
            )
        with warnings.catch_warnings():
            # feedparser warns about its own deprecated aliases; we read none of them.
            warnings.simplefilter("ignore")
            entries = [e for e in feedparser.parse(response.body).entries if e.get("link")]
        if not entries:
            if page == 1:
                yield from self.section.source_failed(self.name)
            else:
                yield from self.section.source_worked(self.name, self.links)
            return
        fresh = unseen = 0
        urls = []
        for entry in entries:
            url = canonical_url(entry["link"])
            urls.append(url)
            if url in self.seen:
                continue
            self.seen.add(url)
            unseen += 1
            self.links += 1
            hints = entry_hints(entry)
            known = self.section.state.known.get(url)
            if self.section.full or known is None or later(hints.changed, known.last_change):
                fresh += 1
                yield from self.section.offer(url, hints, listing_url=response.url)
        self.section.learn_permalinks(urls)
        yield from self.section.feed_page_read(page, dated=any("updated" in e for e in entries))
        quiet = 0 if fresh else quiet + 1
        # A page with no entry unseen in this walk: the site ignores `paged` (or loops).
        more = page < self.max_pages and unseen > 0
        if more and (self.section.full or quiet < self.stop_after):
            yield self._request(path_index, page + 1, quiet)
        else:
            yield from self.section.source_worked(self.name, self.links)

    def failed(self, failure: Any) -> Iterator[Any]:
        yield from self.section.source_failed(self.name)


def entry_hints(entry: Any) -> SourceHints:
    """What a feed item says of the article: title, author, dates (in UTC)."""
    published = from_struct(entry.get("published_parsed"))
    # RSS has no modification date; Atom's <updated> is the post's modified time.
    modified = from_struct(entry.get("updated_parsed")) if "updated" in entry else None
    return SourceHints(
        source="feed",
        # RSS says when a post was published, not when it changed: no change stamp.
        changed=modified,
        title=" ".join(str(entry.get("title", "")).split()) or None,
        author=" ".join(str(entry.get("author", "")).split()) or None,
        published=published,
        modified=modified,
    )
