"""The site's post sitemap: what changed among known articles, when nothing else says.

A sitemap lists every post of the site, not of one section, so it never adds an
article to the section; its `<lastmod>` tells which archived articles changed since
the stamp the archive holds. WordPress core (`wp-sitemap-posts-post-N.xml`) and Yoast
(`post-sitemap.xml`) post sitemaps are read.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from typing import Any

import scrapy
from scrapy.http import Response
from scrapy.utils.sitemap import Sitemap

from iria_archive.model.dates import later, utc
from iria_archive.model.items import SourceHints
from iria_archive.model.urls import canonical_url
from scraper.discovery import Section
from scraper.discovery.bounds import Bounds

_POST_SITEMAP_MARKERS = ("-posts-post-", "post-sitemap")
INDEXES = ("wp-sitemap.xml", "sitemap_index.xml")

logger = logging.getLogger(__name__)


class SitemapDiscovery:
    """Re-checks known articles whose sitemap `<lastmod>` is newer than the archive's."""

    name = "sitemap"

    def __init__(self, section: Section, site_root: str, bounds: Bounds) -> None:
        self.section = section
        self.site_root = site_root
        self.pages = bounds.pages()  # sitemap files requested, indexes included
        self.links = 0

    def start(self) -> scrapy.Request:
        self.pages.take()
        return self._request(self.site_root + INDEXES[0], index=0)

    def _request(self, url: str, index: int | None = None) -> scrapy.Request:
        return scrapy.Request(
            url,
            callback=self.parse,
            errback=self.failed,
            cb_kwargs={"index": index},
            meta={"handle_httpstatus_list": [404]},
        )

    def parse(self, response: Response, index: int | None) -> Iterator[Any]:
        if response.status == 404:
            if index is not None and index + 1 < len(INDEXES) and self.pages.take():
                yield self._request(self.site_root + INDEXES[index + 1], index + 1)
            return
        self.section.facts.discovery_pages += 1
        try:
            sitemap = Sitemap(response.body)
        except Exception as error:  # lxml raises several kinds on non-XML
            # A sitemap is optional (it only tells which known articles changed), but
            # an unreadable one is worth a line in the log and a count.
            logger.warning("Unreadable sitemap %s: %s", response.url, error)
            self.section.facts.sitemap_errors += 1
            return
        if sitemap.type == "sitemapindex":
            for entry in sitemap:
                if not any(m in entry.get("loc", "") for m in _POST_SITEMAP_MARKERS):
                    continue
                if not self.pages.take():
                    self.section.note(
                        f"the sitemap index lists more post sitemaps than the bound of"
                        f" {self.pages.limit} requests: the rest were not read"
                    )
                    break
                yield self._request(entry["loc"])
            return
        # Every entry is read (core sitemaps hold 2,000 posts a file): an entry costs a
        # request only for a known article the sitemap says changed.
        urls = []
        for entry in sitemap:
            url = canonical_url(entry.get("loc", ""))
            urls.append(url)
            known = self.section.state.known.get(url)
            stamp = utc(entry.get("lastmod"))
            if known and later(stamp, known.last_change):
                self.links += 1
                hints = SourceHints("sitemap", changed=stamp)
                yield from self.section.offer(url, hints, listing_url=response.url)
        self.section.learn_permalinks(urls)
        yield from self.section.source_worked(self.name, self.links)

    def failed(self, failure: Any) -> Iterator[Any]:
        logger.warning("Sitemap request failed: %s", failure.getErrorMessage())
        self.section.facts.sitemap_errors += 1
        return iter(())
