"""What a perfect crawl of the replica archives: the rows its truth is made of.

A mixin of `Site`: the expected rows come from the same posts the pages are rendered
from, so the replica and its truth cannot drift apart.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from . import render
from .content import CATEGORIES, Post, body_text, find_traps, in_category

if TYPE_CHECKING:
    from .permalinks import Permalinks
    from .themes import Theme


class ArchiveTruth:
    """The expected archive of a site: needs its posts, base URL, theme and sources."""

    base_url: str
    posts: list[Post]
    rest_api: bool
    feeds: bool
    theme: Theme
    permalinks: Permalinks
    _listings: dict[str, list[Post]]

    def post_url(self, post: Post) -> str:
        """The canonical (public) URL of a post."""
        return self.permalinks.post_path(post)

    @cached_property
    def traps(self) -> dict[str, Post]:
        """Which post carries which trap: sticky, old_slug, deleted, no_author, ..."""
        return find_traps(self.posts)

    def category_posts(self, slug: str) -> list[Post]:
        """Posts listed on a category archive, newest first.

        Child-category posts and the deleted (still listed) post are included."""
        if slug not in self._listings:
            self._listings[slug] = [p for p in self.posts if in_category(p, slug)]
        return self._listings[slug]

    @property
    def boilerplate_strings(self) -> tuple[str, ...]:
        """Visible text of this site's chrome: none of it may be in an article's text."""
        return (*render.BOILERPLATE_STRINGS, *self.theme.boilerplate)

    def expected_articles(
        self, category_slug: str = "europe", page_only: bool = False
    ) -> list[dict]:
        """The rows a perfect crawl of the category archive stores, sorted by url.

        Neither the deleted post (404) nor a password-protected one is archived.
        `page_only`: what each article page states by itself, without what the REST
        API and the feeds add (exact times where the page shows a day only)."""
        rows = [
            self._expected(p, page_only)
            for p in self.category_posts(category_slug)
            if not (p.deleted or p.password)
        ]
        return sorted(rows, key=lambda row: row["url"])

    def _expected(self, post: Post, page_only: bool = False) -> dict:
        text = body_text(post)
        # The REST API (date, modified) and the Atom feed (<published>, <updated>) state
        # every post's exact times, as WordPress does: a post never edited was modified
        # when it was published. Without them, only the page's own statements count,
        # and "Posted on January 9, 2024" carries the day only.
        stated_by_sources = not page_only and (self.rest_api or self.feeds)
        date_in_text_only = not (post.meta_dates or post.json_ld or stated_by_sources)
        if stated_by_sources:
            modified = post.modified or post.published
        else:
            modified = None if date_in_text_only else post.modified
        return {
            "url": self.post_url(post),
            "title": post.title,
            "author": post.author,
            "published": post.published[:10] if date_in_text_only else post.published,
            "modified": modified,
            "categories": [CATEGORIES[slug] for slug in post.categories],
            "tags": list(post.tags),
            "description": post.description,
            "image_url": self.base_url + post.image if post.image else None,
            "image_caption": post.image_caption,
            "text": text,
            "language": "en",
            "word_count": len(text.split()),
        }
