"""The WordPress REST API: the section's posts with exact dates, author and terms.

`/wp/v2/posts?categories=` does not include child categories, so the category and all
its descendants are resolved through `/wp/v2/categories` first. Both lists are paged
(X-WP-TotalPages). Incremental runs ask only for posts modified after the newest
change the archive holds (minus a margin).

The API is read within the run's bounds (scraper/discovery/bounds.py): so many pages,
so many posts a page. An API that lies (a next page that repeats what was listed, as
when `?page=` is ignored) is abandoned for the next source, and the run says so.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterator
from datetime import timedelta
from typing import Any
from urllib.parse import urlencode, urlsplit

import scrapy
from scrapy.http import Response

from iria_archive.model.dates import instant, later, local_with_offset, utc
from iria_archive.model.items import FetchFailure, SourceHints, SourceInfo
from iria_archive.model.urls import canonical_url
from scraper.discovery import Section
from scraper.discovery.bounds import Bounds

PER_PAGE = 100
# Enough for the hints, without the posts' rendered content.
_POST_FIELDS = (
    "id,link,status,date,date_gmt,modified,modified_gmt,title,content.protected,_links,_embedded"
)
_TAGS = re.compile(r"<[^>]+>")


class RestDiscovery:
    """Lists the section's posts through `<api_root>wp/v2/`."""

    name = "rest"

    def __init__(self, section: Section, api_root: str, bounds: Bounds, overlap_days: int):
        self.section = section
        self.api_root = api_root
        self.pages = bounds.pages()  # categories and posts pages together
        self.max_items = bounds.links_per_page
        self.overlap_days = overlap_days
        self.categories: dict[int, dict[str, Any]] = {}
        self.category_ids: list[int] = []
        self.links = 0

    def start(self) -> scrapy.Request:
        self.pages.take()
        return self._categories_request(page=1)

    # -- categories ---------------------------------------------------------------

    def _categories_request(self, page: int) -> scrapy.Request:
        query = urlencode({"per_page": PER_PAGE, "page": page, "_fields": "id,parent,link"})
        return scrapy.Request(
            api_url(self.api_root, "wp/v2/categories", query),
            callback=self.parse_categories,
            errback=self.failed,
            cb_kwargs={"page": page},
        )

    def parse_categories(self, response: Response, page: int) -> Iterator[Any]:
        self.section.facts.discovery_pages += 1
        batch = _json_list(response)
        if batch is None:
            yield from self.section.source_failed(self.name)
            return
        new = 0
        for category in batch[: self.max_items]:
            if isinstance(category, dict) and isinstance(category.get("id"), int):
                new += category["id"] not in self.categories
                self.categories.setdefault(category["id"], category)
        # A page that adds no category repeats an earlier one (`?page=` ignored): the
        # list is whole already, whatever X-WP-TotalPages claims.
        if new and page < _total_pages(response) and self.pages.take():
            yield self._categories_request(page + 1)
            return
        self.category_ids = self._subtree()
        if not self.category_ids:
            # The API does not know this archive (not a category, or another site).
            self.section.facts.rest_unknown_category = True
            yield SourceInfo(self.section.start_url, api_root=None)
            yield from self.section.source_failed(self.name)
            return
        yield SourceInfo(
            self.section.start_url, api_root=self.api_root, category_ids=self.category_ids
        )
        if not self.pages.take():
            yield from self.section.source_failed(self.name)
            return
        yield self._posts_request(page=1)

    def _subtree(self) -> list[int]:
        """The section's category and all its descendants (the archive lists them all)."""
        start = self.section.start_url
        categories = self.categories.values()
        ids = [c["id"] for c in categories if canonical_url(str(c.get("link", ""))) == start]
        for category_id in ids:  # grows while it is walked: breadth first
            ids += [
                c["id"] for c in categories if c.get("parent") == category_id and c["id"] not in ids
            ]
        return ids

    # -- posts --------------------------------------------------------------------

    def _posts_request(self, page: int) -> scrapy.Request:
        query: dict[str, Any] = {
            "categories": ",".join(map(str, self.category_ids)),
            "per_page": PER_PAGE,
            "page": page,
            "orderby": "modified",
            "order": "desc",
            "_embed": "author,wp:term",
            "_fields": _POST_FIELDS,
        }
        newest = self.section.state.newest_source_change
        if not self.section.full and newest:
            # A margin before the newest change we hold: a cut-short run may have missed
            # posts just older than it; known unchanged ones in the answer cost nothing.
            since = instant(newest) - timedelta(days=self.overlap_days)
            query["modified_after"] = since.isoformat()
        return scrapy.Request(
            api_url(self.api_root, "wp/v2/posts", urlencode(query)),
            callback=self.parse_posts,
            errback=self.failed,
            cb_kwargs={"page": page},
        )

    def parse_posts(self, response: Response, page: int) -> Iterator[Any]:
        self.section.facts.discovery_pages += 1
        posts = _json_list(response)
        if posts is None:
            yield from self.section.source_failed(self.name)
            return
        evidence = self.section.evidence
        if page == 1 and self.section.full:  # the whole section, not its latest changes
            evidence.rest_total = _header_int(response, "X-WP-Total")
        listed = [
            (post, canonical_url(str(post["link"])))
            for post in posts[: self.max_items]
            if isinstance(post, dict) and post.get("link")
        ]
        urls = [url for _post, url in listed]
        if page > 1 and urls and evidence.rest_listed.issuperset(urls):
            # The API answers every page with posts it listed already: it lies about
            # its pages, and its total is no statement either. The next source reads on.
            evidence.rest_total = None
            self.section.note(f"the REST API repeats its posts on page {page}: not used")
            yield from self.section.source_failed(self.name)
            return
        evidence.rest_listed.update(urls)
        evidence.found.update(urls)
        self.section.learn_permalinks(urls)
        for post, url in listed:
            hints = post_hints(post, install=rest_home(self.api_root))
            if hints.protected:
                self.section.facts.protected_skipped += 1
                if url not in self.section.state.settled_links:
                    yield FetchFailure(url, kind="protected", reason="password-protected post")
                continue
            self.links += 1
            known = self.section.state.known.get(url)
            if self.section.full or known is None or later(hints.changed, known.last_change):
                yield from self.section.offer(url, hints, listing_url=response.url)
        if page < _total_pages(response) and self.pages.take():
            yield self._posts_request(page + 1)
        else:
            yield from self.section.source_worked(self.name, self.links)

    def failed(self, failure: Any) -> Iterator[Any]:
        """The API went away (a plugin turned it off, 401, 5xx): the next source."""
        self.section.facts.rest_failures += 1
        yield from self.section.source_failed(self.name)


def api_url(api_root: str, route: str, query: str) -> str:
    """A REST URL, under pretty permalinks (`/wp-json/`) or without (`?rest_route=/`)."""
    if "rest_route=" in api_root:
        return f"{api_root}{route}&{query}"
    return f"{api_root}{route}?{query}"


def rest_home(api_root: str) -> str:
    """The install's home URL from its REST root (`home/wp-json/`, `home/?rest_route=/`)."""
    parts = urlsplit(api_root)
    if "rest_route=" in parts.query:
        return canonical_url(parts._replace(query="").geturl())
    return canonical_url(parts._replace(path=parts.path.split("/wp-json")[0] + "/").geturl())


def post_hints(post: dict[str, Any], install: str | None = None) -> SourceHints:
    """What a REST post object says of the article (WordPress 4.7+ field names)."""
    embedded = post.get("_embedded") or {}
    authors = embedded.get("author") or []
    author = authors[0].get("name") if authors and isinstance(authors[0], dict) else None
    terms = [t for group in embedded.get("wp:term") or [] for t in group if isinstance(t, dict)]
    has_terms = "wp:term" in embedded
    content = post.get("content") or {}
    title = (post.get("title") or {}).get("rendered")
    return SourceHints(
        source="rest",
        changed=utc(post.get("modified_gmt")),
        title=_text(title) if title else None,
        author=_text(author) if author else None,
        published=local_with_offset(post.get("date"), post.get("date_gmt")),
        modified=local_with_offset(post.get("modified"), post.get("modified_gmt")),
        categories=[_text(t["name"]) for t in terms if t.get("taxonomy") == "category"]
        if has_terms
        else None,
        tags=[_text(t["name"]) for t in terms if t.get("taxonomy") == "post_tag"]
        if has_terms
        else None,
        protected=bool(content.get("protected")),
        post_id=post["id"] if isinstance(post.get("id"), int) else None,
        install=install,
    )


def _text(rendered: str) -> str:
    return " ".join(html.unescape(_TAGS.sub("", str(rendered))).split())


def _json_list(response: Response) -> list[Any] | None:
    try:
        data = json.loads(response.text)
    except (ValueError, AttributeError):
        return None
    return data if isinstance(data, list) else None


def _total_pages(response: Response) -> int:
    return _header_int(response, "X-WP-TotalPages") or 1


def _header_int(response: Response, name: str) -> int | None:
    """A count WordPress states in a header (X-WP-Total, X-WP-TotalPages), if readable."""
    try:
        value = int((response.headers.get(name) or b"").decode())
    except ValueError:
        return None
    return value if value >= 0 else None
