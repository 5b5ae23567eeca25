"""Discovery in every permalink mode and theme (issue 18): archive pages, their
pagination, the walk's evidence, and crawls that archive exactly the replica's truth.

The sites (tests/conftest.py SITES, on the replica's themes) reproduce what real
WordPress sites did to the crawler: plain permalinks (`?cat=3&paged=2`, `?p=ID`),
`/%category%/%postname%/` with nested and other first categories, a custom category
base, 3 posts per page, and the `_s` theme's page (its sticky post, its sidebar)
without its feed.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from types import SimpleNamespace
from typing import Any
from urllib.parse import urlsplit

import pytest
from scrapy.http import HtmlResponse, Request

from iria_archive.model.facts import RunFacts
from iria_archive.model.permalinks import PermalinkShape
from iria_archive.model.urls import archive_page_number, archive_root, canonical_url
from replica import build_site
from replica.content import Post
from replica.site import Site
from replica.themes import THEMES
from scraper.discovery.archive import ArchiveWalk
from scraper.discovery.feed import category_feeds
from scraper.listing import parse_listing
from tests.conftest import FAST, SITES, archived, run_cli

BASE = "http://127.0.0.1:8123"
SETTINGS = {
    "postname": {},
    "plain": {"permalinks": "plain"},
    "category": {"permalinks": "category"},
    "topics-3": {"category_base": "topics", "posts_per_page": 3},
    "category-topics": {"permalinks": "category", "category_base": "topics"},
}


@pytest.mark.parametrize(
    ("url", "root", "number"),
    [
        (f"{BASE}/news/category/europe/page/3/", f"{BASE}/news/category/europe/", 3),
        (
            f"{BASE}/news/category/europe/balkans/page/2/",
            f"{BASE}/news/category/europe/balkans/",
            2,
        ),
        (f"{BASE}/news/topics/europe/page/12", f"{BASE}/news/topics/europe/", 12),
        (f"{BASE}/news/?cat=2&paged=2", f"{BASE}/news/?cat=2", 2),
        (f"{BASE}/news/?paged=2&cat=2", f"{BASE}/news/?cat=2", 2),
        (f"{BASE}/news/?cat=2&#038;paged=4", f"{BASE}/news/?cat=2", 4),
        (f"{BASE}/news/?paged=5&amp;cat=2", f"{BASE}/news/?cat=2", 5),
        (f"{BASE}/news/?cat=2", f"{BASE}/news/?cat=2", 1),
        (f"{BASE}/news/category/europe/", f"{BASE}/news/category/europe/", 1),
    ],
)
def test_an_archive_page_is_known_in_every_permalink_mode(url: str, root: str, number: int) -> None:
    assert (archive_root(url), archive_page_number(url)) == (root, number)


def _expected_pages(site: Site, slug: str = "europe") -> list[list[str]]:
    """What each page of a category archive lists: its stickies on top, then its dated
    posts, each as its link reads (an old slug as linked, tracking parameters dropped)."""
    dated, pinned = site._category_listing(slug)
    size = site.posts_per_page

    def link(post: Post) -> str:
        return canonical_url(site.permalinks.post_path(post, post.old_slug or post.slug))

    return [
        [link(p) for p in pinned] + [link(p) for p in dated[start : start + size]]
        for start in range(0, max(len(dated), 1), size)
    ]


def _get(site: Site, url: str) -> str:
    status, _headers, body = site.respond("GET", url.removeprefix(site.base_url))
    assert status == 200, url
    return body.decode()


@pytest.mark.parametrize("settings", SETTINGS)
@pytest.mark.parametrize("theme", THEMES)
def test_every_page_of_every_mode_lists_its_entries_and_names_the_last_page(
    theme: str, settings: str
) -> None:
    site = build_site(BASE, theme=theme, **SETTINGS[settings])
    expected = _expected_pages(site)
    url: str | None = site.category_url("europe")
    shape = PermalinkShape()
    named = []
    for number, entries in enumerate(expected, start=1):
        assert url is not None, f"no link to page {number}"
        listing = parse_listing(_get(site, url), url, shape)
        assert listing.article_urls == entries, (number, url)
        assert listing.page_number == number
        # Its own number and the next at least (later classic pages name no more).
        last = number + (number < len(expected))
        assert listing.last_page is not None and last <= listing.last_page <= len(expected)
        named.append(listing.last_page)
        shape.learn(entries)  # as the crawl learns from the articles it fetched
        url = listing.next_url
    assert url is None
    assert max(named) == len(expected)
    if theme != "block":  # Twenty Twenty-Three prints Newer and Older only, no numbers
        assert named[0] == len(expected)  # page 1's numbered pagination names the last


class _Section:
    """The spider's side of an archive walk, without Scrapy's engine."""

    def __init__(self, start_url: str) -> None:
        self.start_url = start_url
        self.full = True
        self.state = SimpleNamespace(known={}, settled_links=set())
        self.facts = RunFacts()
        self.offered: list[str] = []
        self.notes: list[str] = []

    def offer(self, url: str, hints: Any, listing_url: str | None) -> Iterator[Any]:
        self.offered.append(url)
        return iter(())

    def is_member(self, url: str) -> bool:
        return url in self.offered  # posts listed so far: page 1's, the sticky among them

    def source_worked(self, source: str, links: int) -> Iterator[Any]:
        return iter(())

    def listing_failed(self, failure: Any) -> Iterator[Any]:
        return iter(())

    def note(self, text: str) -> None:
        self.notes.append(text)


def _walk(site: Site, max_pages: int = 100) -> tuple[ArchiveWalk, _Section]:
    section = _Section(site.category_url("europe"))
    walk = ArchiveWalk(section, PermalinkShape(), max_pages, 500, 2)  # type: ignore[arg-type]
    pending = [walk.request(section.start_url)]
    while pending:
        request = pending.pop()
        response = HtmlResponse(
            request.url, body=_get(site, request.url).encode(), encoding="utf-8"
        )
        pending += [r for r in walk.parse(response, **request.cb_kwargs) if isinstance(r, Request)]
    return walk, section


@pytest.mark.parametrize("settings", SETTINGS)
@pytest.mark.parametrize("theme", THEMES)
def test_the_walk_states_what_each_page_listed_and_why_it_ended(theme: str, settings: str) -> None:
    site = build_site(BASE, theme=theme, **SETTINGS[settings])
    expected = _expected_pages(site)
    walk, section = _walk(site)
    assert walk.pages_read == {n: len(page) for n, page in enumerate(expected, start=1)}
    assert walk.last_page_named == len(expected)
    assert walk.stop_reason == "last page"
    assert sorted(set(section.offered)) == sorted({u for page in expected for u in page})


def test_the_walk_says_when_the_page_cap_stopped_it() -> None:
    walk, _section = _walk(build_site(BASE, posts_per_page=3), max_pages=4)
    assert (sorted(walk.pages_read), walk.stop_reason) == ([1, 2, 3, 4], "page cap")
    assert walk.last_page_named == 22  # page 4 names the last: the walk ended before it


def test_a_sticky_post_on_top_of_page_2_is_one_more_entry_of_the_loop() -> None:
    """_s: the sticky (known from page 1) tops page 2 above ten unknown posts."""
    site = build_site(BASE, theme="underscores")
    expected = _expected_pages(site)
    sticky = site.post_url(site.traps["sticky"])
    assert expected[1][0] == sticky
    page_2 = site.permalinks.outbound(f"{BASE}/news/category/europe/page/2/")
    listing = parse_listing(
        _get(site, page_2),
        page_2,
        PermalinkShape(expected[0]),
        is_member=set(expected[0]).__contains__,
    )
    assert listing.article_urls == expected[1] and len(expected[1]) == 11


@pytest.mark.parametrize(
    ("settings", "feeds"),
    [
        ({}, ["category/europe/feed/atom/", "category/europe/feed/"]),
        ({"permalinks": "plain"}, ["?cat=3&feed=atom", "?cat=3&feed=rss2"]),
        ({"category_base": "topics"}, ["topics/europe/feed/atom/", "topics/europe/feed/"]),
    ],
)
def test_the_category_feed_is_the_one_the_archive_page_announces(
    settings: dict, feeds: list[str]
) -> None:
    site = build_site(BASE, **settings)
    url = site.category_url("europe")
    page = HtmlResponse(url, body=_get(site, url).encode(), encoding="utf-8")
    assert category_feeds(url, page) == [f"{BASE}/news/{f}" for f in feeds]
    assert category_feeds(url) == [f"{BASE}/news/{f}" for f in feeds]  # WordPress's rule
    for feed in feeds:
        status, headers, _body = site.respond("GET", f"/news/{feed}")
        assert status == 200 and "xml" in dict(headers)["Content-Type"], feed


# -- whole crawls: recall 1.0, nothing else --------------------------------------------


@pytest.mark.parametrize("name", SITES)
def test_a_crawl_archives_exactly_the_section_in_every_mode(name: str, replicas) -> None:
    crawl, site = replicas.crawl(name), replicas.server(name).site
    assert crawl.process.returncode == 0, crawl.process.stderr
    rows = archived(crawl.db_path)
    truth = site.expected_articles("europe")
    assert sorted(rows) == [t["url"] for t in truth]
    for expected in truth:
        assert {f: rows[expected["url"]][f] for f in expected} == expected


def test_under_plain_permalinks_the_feed_announced_is_read_and_no_path_guessed(replicas) -> None:
    crawl = replicas.crawl("plain-permalinks-feeds")
    asked = [path for method, path, _h in crawl.requests if method == "GET"]
    assert any("feed=atom" in p and "cat=3" in p for p in asked), asked
    assert not [p for p in asked if urlsplit(p).path.endswith(("/feed/", "/feed/atom/"))]


def _response(site: Site, url: str, body_of: str | None = None) -> HtmlResponse:
    return HtmlResponse(url, body=_get(site, body_of or url).encode(), encoding="utf-8")


def test_the_walk_says_when_a_page_showed_nothing_new_was_empty_or_failed() -> None:
    site = build_site(BASE)
    first = site.category_url("europe")
    second = f"{first}page/2/"

    def walk() -> ArchiveWalk:
        section = _Section(first)
        return ArchiveWalk(section, PermalinkShape(), 100, 500, 2)  # type: ignore[arg-type]

    ignored = walk()  # a site that ignores `paged`: page 2 is page 1 again
    list(ignored.parse(_response(site, first)))
    assert not list(ignored.parse(_response(site, second, body_of=first)))
    assert (ignored.stop_reason, ignored.pages_read) == ("repeats", {1: 11, 2: 11})
    assert ignored.section.notes == [
        "archive page 2 repeats entries already listed: its pagination was not followed further"
    ]

    empty = walk()
    list(empty.parse(_response(site, first)))
    list(empty.parse(HtmlResponse(second, body=b"<html><body><main></main></body></html>")))
    assert (empty.stop_reason, empty.pages_read) == ("empty page", {1: 11})

    failed = walk()
    list(failed.parse(_response(site, first)))
    list(failed.failed(None))
    assert (failed.stop_reason, failed.pages_read, failed.last_page_named) == (
        "failed",
        {1: 11},
        7,
    )


@pytest.mark.parametrize("name", SITES)
def test_a_second_run_in_every_mode_changes_nothing(name: str, replicas, tmp_path) -> None:
    crawl, site = replicas.crawl(name), replicas.server(name).site
    db_path = tmp_path / "again.db"
    with sqlite3.connect(crawl.db_path) as source, sqlite3.connect(db_path) as target:
        source.backup(target)
    before = archived(db_path)
    process = run_cli(
        "crawl", "--db", str(db_path), "--start-url", site.category_url("europe"), *FAST
    )
    assert process.returncode == 0, process.stderr
    assert archived(db_path) == before
