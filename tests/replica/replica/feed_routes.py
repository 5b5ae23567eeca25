"""The replica's feeds and sitemaps as routes: paged, ordered, with WordPress's validators.

A mixin of `Site`; the XML itself is written by feeds.py.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from functools import cached_property
from urllib.parse import parse_qs

from . import feeds, render
from .content import CATEGORIES, Post

POSTS_PER_PAGE = 10
SITEMAP_SIZE = 2000  # WordPress core splits sitemaps at 2000 URLs
XML = "application/xml; charset=UTF-8"
RSS = "application/rss+xml; charset=UTF-8"
ATOM = "application/atom+xml; charset=UTF-8"

Response = tuple[int, list[tuple[str, str]], bytes]


class FeedRoutes:
    """Feeds (RSS, Atom) of any list of posts, and the wp-sitemap files of the site."""

    base_url: str
    feeds: bool
    live: list[Post]
    post_url: Callable[[Post], str]
    _not_found: Callable[[], Response]

    @cached_property
    def _feed_validators(self) -> list[tuple[str, str]]:
        """WordPress's feed validators: the newest change of the whole site (send_headers)."""
        last_modified = render.http_date(feeds.newest_change(self.live))
        etag = f'"{hashlib.md5(last_modified.encode()).hexdigest()}"'
        return [("Last-Modified", last_modified), ("ETag", etag)]

    def _find_feed(
        self, posts: list[Post], title: str, link: str, kind: str, query: str
    ) -> Callable[[], Response] | None:
        """A feed of `posts`: ?paged=N (10 a page, none past the end), ?orderby=modified."""
        if not self.feeds:
            return None
        params = {k: v[-1] for k, v in parse_qs(query).items()}
        if params.get("orderby") == "modified":
            posts = sorted(posts, key=lambda p: feeds.newest_change([p]), reverse=True)
        paged = params.get("paged", "1")
        page = int(paged) if paged.isdigit() and int(paged) > 0 else 1
        chunk = posts[(page - 1) * POSTS_PER_PAGE : page * POSTS_PER_PAGE]
        if page > 1 and not chunk:
            return None
        write, content_type = (feeds.atom, ATOM) if kind == "atom" else (feeds.rss, RSS)
        self_url = f"{link}feed/atom/" if kind == "atom" else f"{link}feed/"

        def respond() -> Response:
            text = write(self.base_url, title=title, link=link, self_url=self_url, posts=chunk)
            headers = [("Content-Type", content_type), *self._feed_validators]
            return 200, headers, text.encode("utf-8")

        return respond

    def _sitemap(self, name: str) -> Response:
        by_id = sorted(self.live, key=lambda p: p.id)  # WordPress core orders sitemap posts by id
        chunks = [by_id[i : i + SITEMAP_SIZE] for i in range(0, len(by_id), SITEMAP_SIZE)]
        news = f"{self.base_url}/news/"
        if name == "wp-sitemap.xml":
            locations = [f"{news}wp-sitemap-posts-post-{n}.xml" for n in range(1, len(chunks) + 1)]
            text = feeds.sitemap_index([*locations, f"{news}wp-sitemap-taxonomies-category-1.xml"])
        elif name == "wp-sitemap-taxonomies-category-1.xml":
            text = feeds.urlset(
                [(render.category_url(self.base_url, slug), None) for slug in CATEGORIES]
            )
        else:
            prefix = "wp-sitemap-posts-post-"
            number = name[len(prefix) : -len(".xml")] if name.startswith(prefix) else ""
            if not (number.isdigit() and 1 <= int(number) <= len(chunks)):
                return self._not_found()
            chunk = chunks[int(number) - 1]
            text = feeds.urlset([(self.post_url(p), p.modified or p.published) for p in chunk])
        return 200, [("Content-Type", XML)], text.encode("utf-8")
