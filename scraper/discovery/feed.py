"""The category feed: WordPress's Atom feed (with each post's `<updated>`), else RSS.

WordPress core pages every feed (`?paged=N`) and orders it by any public query var
(`?orderby=modified`): a full walk reads every page, an incremental run reads the
most recently modified posts until a whole page holds nothing new or changed.

The feed's address is the one the archive page announces in its head
(feed_links_extra(): `<link rel="alternate" type="application/rss+xml">`, at
`<archive>/feed/` or `?cat=3&feed=rss2` as the permalink settings make it), else
WordPress's rule for the archive's own form; a response counts only if it is a feed
(under plain permalinks an unknown path is the home page, answered 200).
"""

from __future__ import annotations

import re
import warnings
from collections.abc import Iterator
from typing import Any
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit

import feedparser
import scrapy
from parsel import Selector
from scrapy.http import Response, TextResponse
from w3lib.url import add_or_replace_parameters

from iria_archive.model.dates import from_struct, later
from iria_archive.model.items import PageValidators, SourceHints
from iria_archive.model.urls import archive_root, canonical_url
from scraper.discovery import Section

_FEED_LINKS = (
    "//head/link[contains(concat(' ', normalize-space(@rel), ' '), ' alternate ')"
    " and (@type='application/rss+xml' or @type='application/atom+xml')]/@href"
)
_FEED_PATH = re.compile(r"/feed/(?:(?:atom|rss2?|rdf)/)?$")


def category_feeds(archive_url: str, page: Response | None = None) -> list[str]:
    """The archive's own feed, Atom first (it says when each post was modified).

    From the links the archive page announces when it is at hand, else WordPress's rule:
    `<archive>/feed/atom/` then `<archive>/feed/`, or `&feed=atom` then `&feed=rss2`
    under plain permalinks."""
    root = archive_root(archive_url)
    announced: list[str] = []
    if isinstance(page, TextResponse):
        for href in Selector(text=page.text).xpath(_FEED_LINKS).getall():
            url = canonical_url(urljoin(page.url, href.strip()))
            if _feed_archive(url) == root and url not in announced:
                announced.append(url)
    feeds: list[str] = []
    for rss in announced or [_feed_url(root, "rss2")]:
        for url in (_atom_of(rss), rss):
            if url not in feeds:
                feeds.append(url)
    return feeds


def _feed_archive(url: str) -> str:
    """The archive a feed URL is the feed of: `/category/europe/feed/` -> `/category/europe/`."""
    parts = urlsplit(url)
    query = [(k, v) for k, v in parse_qsl(parts.query) if k != "feed"]
    path = _FEED_PATH.sub("/", parts.path)
    return archive_root(parts._replace(path=path, query=urlencode(query)).geturl())


def _feed_url(root: str, feed_type: str) -> str:
    if urlsplit(root).query:  # plain permalinks: `?cat=3` -> `?cat=3&feed=rss2`
        return add_or_replace_parameters(root, {"feed": feed_type})
    return root + ("feed/atom/" if feed_type == "atom" else "feed/")


def _atom_of(rss: str) -> str:
    parts = urlsplit(rss)
    if dict(parse_qsl(parts.query)).get("feed"):
        return add_or_replace_parameters(rss, {"feed": "atom"})
    if parts.path.endswith("/feed/"):
        return parts._replace(path=parts.path + "atom/").geturl()
    return rss


class FeedDiscovery:
    """Reads the category archive's feed (Atom, else RSS), page after page.

    `page` is the archive's first page when the run fetched it: its head names the feed."""

    name = "feed"

    def __init__(
        self, section: Section, max_pages: int, stop_after: int, page: Response | None = None
    ) -> None:
        self.section = section
        self.urls = category_feeds(section.start_url, page)
        self.max_pages = max_pages
        self.stop_after = stop_after  # incremental: quiet pages before stopping
        self.seen: set[str] = set()
        self.links = 0

    def start(self) -> scrapy.Request:
        return self._request(0, page=1, quiet=0)

    def _request(self, path_index: int, page: int, quiet: int) -> scrapy.Request:
        query: dict[str, str] = {}
        if not self.section.full:
            query["orderby"] = "modified"
        if page > 1:
            query["paged"] = str(page)
        url = self.urls[path_index]
        return scrapy.Request(
            add_or_replace_parameters(url, query) if query else url,
            callback=self.parse,
            errback=self.failed,
            cb_kwargs={"path_index": path_index, "page": page, "quiet": quiet},
            # An incremental run asks "changed since?": a 304 means no post changed.
            meta={"handle_httpstatus_list": [304, 404], "conditional": not self.section.full},
        )

    def parse(self, response: Response, path_index: int, page: int, quiet: int) -> Iterator[Any]:
        if response.status == 304:  # nothing in the feed changed since the last run
            self.section.facts.discovery_pages += 1
            self.section.facts.feed_not_modified += 1
            yield from self.section.source_worked(self.name, 0)
            return
        if response.meta.get("redirect_urls"):
            # A feed redirected to another category's feed: not this section's posts.
            asked = response.meta["redirect_urls"][0]
            elsewhere = list(self.section.landed_elsewhere(asked, response.url))
            if elsewhere:
                yield from elsewhere
                return
        with warnings.catch_warnings():
            # feedparser warns about its own deprecated aliases; we read none of them.
            warnings.simplefilter("ignore")
            parsed = feedparser.parse(response.body) if response.status == 200 else None
        if response.status == 404 or parsed is not None and not parsed.get("version"):
            # No feed there, or a page that is no feed (the home page, an error page).
            if page == 1 and path_index + 1 < len(self.urls):
                yield self._request(path_index + 1, page=1, quiet=0)
            elif page == 1:
                yield from self.section.source_failed(self.name)
            else:  # past the last page, as WordPress answers
                yield from self.section.source_worked(self.name, self.links)
            return
        self.section.facts.discovery_pages += 1
        etag, modified = response.headers.get("ETag"), response.headers.get("Last-Modified")
        if etag or modified:
            yield PageValidators(
                response.url,
                etag.decode("latin-1") if etag else None,
                modified.decode("latin-1") if modified else None,
            )
        entries = [e for e in parsed.entries if e.get("link")] if parsed is not None else []
        if not entries:
            if page == 1:
                yield from self.section.source_failed(self.name)
            else:
                yield from self.section.source_worked(self.name, self.links)
            return
        fresh = unseen = 0
        # Learnt first: the shape tells which query parameters an entry's link may drop.
        links = [canonical_url(entry["link"]) for entry in entries]
        self.section.learn_permalinks(links)
        for entry, url in zip(entries, links, strict=True):
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
