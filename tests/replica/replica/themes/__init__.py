"""The replica's themes: the same posts and boilerplate, each in one theme family's markup.

A theme turns views (what a page shows) into HTML; the site decides what each page
shows. Each theme also says which discovery sources its site offers by default,
and its site's time zone, since the sites that use one family tend to look alike.

| theme    | imitates                                  | REST | sitemap | feeds | zone   |
|----------|-------------------------------------------|------|---------|-------|--------|
| classic  | twentyseventeen-like classic theme        | off  | on      | on    | +00:00 |
| block    | Twenty Twenty-Three (block theme)         | on   | on      | on    | +01:00 |
| magazine | Newspaper / JNews news magazines          | off  | on      | on    | +00:00 |
| plain    | a hand-made theme, no WordPress classes   | off  | off     | on    | +00:00 |
| underscores | `_s`, the starter of most classic themes | off | on    | on    | +00:00 |
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import ClassVar

from ..content import CATEGORIES, Post, category_lineage
from ..render import ListingEntry, category_url, e


@dataclass(frozen=True)
class Chrome:
    """What a theme knows of its site: addresses, announced sources, the date today."""

    base: str  # e.g. http://127.0.0.1:8123
    api_root: str | None  # the REST API root, announced in every head when it is on
    feed_url: str | None  # the site feed, announced in every head when feeds are on
    today: date  # the site's clock, in its time zone
    recent: Sequence[Post]  # the newest posts of the site, for "Recent Posts" widgets


@dataclass(frozen=True)
class ArticleView:
    """A single post page."""

    post: Post
    related: Sequence[Post]  # the "Related Articles" block
    older: Post | None  # previous / next post navigation
    newer: Post | None
    elsewhere: Sequence[Post]  # the newest posts of the other sections


@dataclass(frozen=True)
class ListingView:
    """One page of an archive (the home page or a category archive)."""

    title: str  # the archive's document title, e.g. "Europe Archives"
    category: str | None  # category slug, None on the home page
    entries: Sequence[ListingEntry]  # sticky entries first
    first_page: str  # URL of page 1
    page: int
    pages: int
    body_class: str
    elsewhere: Sequence[Post]  # the newest posts of the other sections


class Theme:
    """One theme family: its markup, and its site's default sources and time zone."""

    name: ClassVar[str]
    rest_api: ClassVar[bool] = False
    sitemap: ClassVar[bool] = True
    feeds: ClassVar[bool] = True
    timezone: ClassVar[str] = "+00:00"
    # A password-protected post on the Europe archive. Off on the classic theme only,
    # so that the default site keeps the figures the older tests count on.
    protected_post: ClassVar[bool] = True
    # Visible text of this theme's chrome that no extracted article text may contain.
    boilerplate: ClassVar[tuple[str, ...]] = ()

    def __init__(self, chrome: Chrome) -> None:
        self.chrome = chrome
        self.base = chrome.base

    def article(self, view: ArticleView) -> str:
        raise NotImplementedError

    def listing(self, view: ListingView) -> str:
        raise NotImplementedError

    def not_found(self) -> str:
        raise NotImplementedError

    def head_links(self) -> str:
        """The links WordPress puts in every head: the REST API root, the site feed."""
        lines = []
        if self.chrome.api_root:  # rest_output_link_wp_head
            lines.append(f'<link rel="https://api.w.org/" href="{self.chrome.api_root}">')
        if self.chrome.feed_url:  # feed_links
            lines.append(
                '<link rel="alternate" type="application/rss+xml" title="IRIA &raquo; Feed"'
                f' href="{self.chrome.feed_url}">'
            )
        return "\n".join(lines)

    def listing_feed_link(self, view: ListingView) -> str:
        """feed_links_extra(): a category archive announces its own feed."""
        if not (self.chrome.feed_url and view.category):
            return ""
        return (
            '<link rel="alternate" type="application/rss+xml"'
            f' title="IRIA &raquo; {e(CATEGORIES[view.category])} Category Feed"'
            f' href="{view.first_page}feed/">'
        )


def document_title(view: ListingView) -> str:
    """wp_get_document_title() of an archive page: "Europe Archives – Page 2 of 7 – IRIA"."""
    title = view.title if view.page == 1 else f"{view.title} – Page {view.page} of {view.pages}"
    return f"{title} – IRIA"


def category_tree(base: str, parent: str | None = None) -> str:
    """wp_list_categories(): the category tree, alphabetical by name."""
    children = sorted(
        (slug for slug in CATEGORIES if (category_lineage(slug)[-2:-1] or [None])[0] == parent),
        key=CATEGORIES.__getitem__,
    )
    items = []
    for slug in children:
        nested = category_tree(base, slug)
        sub = f'\n<ul class="children">\n{nested}\n</ul>\n' if nested else ""
        items.append(
            f'<li class="cat-item cat-item-{slug}"><a href="{category_url(base, slug)}">'
            f"{e(CATEGORIES[slug])}</a>{sub}</li>"
        )
    return "\n".join(items)


def numbered_links(first_page: str, page: int, pages: int) -> list[tuple[int, bool]]:
    """paginate_links() numbers (end_size 1, mid_size 2): (n, is_current), 0 for the dots."""
    shown: list[tuple[int, bool]] = []
    for n in range(1, pages + 1):
        if n == page or n in (1, pages) or abs(n - page) <= 2:
            shown.append((n, n == page))
        elif shown[-1][0] != 0:
            shown.append((0, False))
    return shown


def get_theme(name: str) -> type[Theme]:
    """The theme class called `name`; ValueError for an unknown name."""
    from .block import BlockTheme
    from .classic import ClassicTheme
    from .magazine import MagazineTheme
    from .plain import PlainTheme
    from .underscores import UnderscoresTheme

    themes = {
        t.name: t for t in (ClassicTheme, BlockTheme, MagazineTheme, PlainTheme, UnderscoresTheme)
    }
    if name not in themes:
        raise ValueError(f"unknown theme {name!r}: choose from {', '.join(themes)}")
    return themes[name]


THEMES = ("classic", "block", "magazine", "plain", "underscores")
