"""The replica's archive pages: the home page and category archives, paged, stickies on top.

A mixin of `Site`: which posts each page lists, in which order, with which links (a
newsletter tracking query on every 7th title, a `#more-N` link on every 5th); the
theme writes the markup.
"""

from __future__ import annotations

from collections.abc import Callable

from . import render
from .content import CATEGORIES, Post, category_lineage
from .feed_routes import Response
from .themes import ListingView, Theme

# Newsletter links on the archive (every 7th entry title): a crawler must drop them.
TRACKING_QUERY = "?utm_source=newsletter&utm_medium=email&utm_campaign=weekly"


def family_of(post: Post) -> str:
    """The top-level category of a post's first category (balkans -> europe)."""
    return category_lineage(post.categories[0])[0]


class ListingPages:
    """The home page and the category archives of a site."""

    base_url: str
    posts_per_page: int
    posts: list[Post]
    live: list[Post]
    theme: Theme
    category_posts: Callable[[str], list[Post]]
    _html: Callable[..., Response]

    def _elsewhere(self, family: str | None) -> list[Post]:
        """The five newest posts of the sections other than `family` (all, for None)."""
        return [p for p in self.live if family_of(p) != family][:5]

    def _pages(self, posts: list[Post]) -> int:
        return max(1, -(-len(posts) // self.posts_per_page))

    def _category_listing(self, slug: str) -> tuple[list[Post], list[Post]]:
        """(dated posts, sticky posts pinned on top of every page) of a category archive."""
        dated: list[Post] = []
        pinned: list[Post] = []
        for post in self.category_posts(slug):
            (pinned if post.sticky and post.categories[0] == slug else dated).append(post)
        return dated, pinned

    def _home(self, page: int) -> Response:
        first_page = f"{self.base_url}/news/"
        title = "IRIA – International Relations Insights & Analysis"
        return self._listing(first_page, title, None, "home blog", self.posts, [], page)

    def _category(self, slug: str, page: int) -> Response:
        dated, pinned = self._category_listing(slug)
        return self._listing(
            render.category_url(self.base_url, slug),
            f"{CATEGORIES[slug]} Archives",
            slug,
            f"archive category category-{slug}",
            dated,
            pinned,
            page,
        )

    def _listing(
        self,
        first_page: str,
        title: str,
        category: str | None,
        body_class: str,
        dated: list[Post],
        pinned: list[Post],
        page: int,
    ) -> Response:
        pages = self._pages(dated)
        start = (page - 1) * self.posts_per_page
        entries = [self._entry(p, None) for p in pinned]
        entries += [
            self._entry(p, start + i)
            for i, p in enumerate(dated[start : start + self.posts_per_page])
        ]
        family = category_lineage(category)[0] if category else None
        view = ListingView(
            title, category, entries, first_page, page, pages, body_class, self._elsewhere(family)
        )
        return self._html(self.theme.listing(view))

    def _entry(self, post: Post, index: int | None) -> render.ListingEntry:
        """A listing entry; `index` is its place in the dated list, None when pinned."""
        # Old-slug posts keep their old link on cached listings; the server 301s it.
        url = render.post_url(
            self.base_url, post.old_slug or post.slug
        )  # internal: see permalinks.py
        if index is None:
            return render.ListingEntry(post, url, url, sticky=True)
        href = url + TRACKING_QUERY if index % 7 == 6 else url
        more_href = f"{url}#more-{post.id}" if index % 5 == 2 else url
        return render.ListingEntry(post, href, more_href)
