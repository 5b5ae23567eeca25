"""A post's identity is (install, post id), and a move needs the site's word (issue 19, item 1).

An id is unique only within one WordPress install: two installs on one host share ids,
and a site may give wrong ids. An id match alone never moves an article: both URLs stay
live, the conflict is recorded, and the other URL is asked again, whose redirect (or
canonical link) settles it. Expected values are the replica's own data.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from sqlite_utils import Database

from replica import ReplicaServer, Site
from replica.content import in_category
from replica.generate import generate_posts
from tests.conftest import FAST, archived, run_cli
from tests.hostile_site import RestPosts, SecondInstall

pytestmark = pytest.mark.timeout(300)


def _crawl(db_path: Path, start_url: str, *args: str):
    return run_cli("crawl", "--db", str(db_path), "--start-url", start_url, *FAST, *args)


def _conflicts(db_path: Path) -> set[str]:
    return {
        url
        for (url,) in Database(db_path).execute(
            "select url from crawl_errors where kind = 'conflict' and resolved_at is null"
        )
    }


def _aliases(db_path: Path) -> list[tuple[str, str]]:
    return list(Database(db_path).execute("select alias, url from aliases"))


def test_a_rest_api_giving_every_post_one_id_moves_nothing(tmp_path: Path) -> None:
    db_path = tmp_path / "archive.db"
    with ReplicaServer(n_europe=30, rest_api=True) as server:
        server.faults = RestPosts(lambda posts: [{**post, "id": 7} for post in posts])
        start = server.site.category_url("europe")
        expected = {row["url"] for row in server.site.expected_articles()}
        for args in ((), ("--full",), ()):
            done = _crawl(db_path, start, *args)
            assert done.returncode == 0, done.stderr
    rows = archived(db_path)
    assert set(rows) == expected
    assert {url for url, row in rows.items() if row["status"] != "live"} == set()
    assert _aliases(db_path) == []
    # Every URL claims post 7 of one install: each conflict is recorded, once.
    assert _conflicts(db_path) == expected
    counts = Database(db_path).execute(
        "select url, count(*) from crawl_errors where kind = 'conflict' group by url"
        " having count(*) != ? ",
        [len(expected) - 1],
    )
    assert list(counts) == []


def test_two_installs_on_one_host_are_two_archives_of_posts(tmp_path: Path) -> None:
    """`/news/` and `/blog/` on one host, both in one config: ids repeat, nothing moves."""
    db_path = tmp_path / "archive.db"
    with ReplicaServer(n_europe=24, rest_api=True) as server:
        blog = Site(server.base_url, generate_posts(24, seed=99), True)
        server.faults = SecondInstall(blog)
        news = server.site
        config = tmp_path / "iria-archive.toml"
        config.write_text(
            f"""
[archive]
title = "Two installs on one host"

[sites.news]
base_url = "{server.base_url}/news/"
[sites.news.sections]
europe = "category/europe/"

[sites.blog]
base_url = "{server.base_url}/blog/"
[sites.blog.sections]
europe = "category/europe/"
""",
            encoding="utf-8",
        )
        for _ in range(2):
            done = run_cli("crawl", "--db", str(db_path), *FAST)
            assert done.returncode == 0, done.stderr
    in_news = _ids(news)
    in_blog = {url.replace("/news/", "/blog/"): post_id for url, post_id in _ids(blog).items()}
    assert set(in_news.values()) & set(in_blog.values())  # the two installs' ids do repeat
    rows = archived(db_path)
    assert set(rows) == set(in_news) | set(in_blog)
    assert {url: row["status"] for url, row in rows.items() if row["status"] != "live"} == {}
    assert {url: row["post_id"] for url, row in rows.items()} == in_news | in_blog
    assert {row["install"] for url, row in rows.items() if url in in_blog} == {
        f"{server.base_url}/blog/"
    }
    assert _aliases(db_path) == [] and _conflicts(db_path) == set()


def _ids(site: Site) -> dict[str, int]:
    """The site's Europe articles (as a perfect crawl stores them) and their post ids."""
    urls = {row["url"] for row in site.expected_articles()}
    return {
        site.post_url(p): p.id for p in site.category_posts("europe") if site.post_url(p) in urls
    }


def _plain_posts(site: Site) -> list:
    return [
        p
        for p in site.live
        if in_category(p, "europe") and not p.sticky and p.author and not p.old_slug
    ]


def test_a_renamed_post_moves_in_an_incremental_run_on_the_sites_redirect(tmp_path: Path) -> None:
    db_path = tmp_path / "archive.db"
    with ReplicaServer(n_europe=30) as server:
        start = server.site.category_url("europe")
        assert _crawl(db_path, start).returncode == 0
        post = _plain_posts(server.site)[3]
        old_url = server.site.post_url(post)
        renamed = replace(
            post, slug=post.slug + "-update", old_slug=post.slug, modified="2030-01-02T10:00:00"
        )
        server.set_posts([renamed if p is post else p for p in server.site.posts])
        new_url = server.site.post_url(renamed)
        done = _crawl(db_path, start)  # incremental: the old URL is listed nowhere now
        assert done.returncode == 0, done.stderr
        assert "incremental" in done.stderr or "Crawl ok" in done.stderr
    rows = archived(db_path)
    assert (rows[old_url]["status"], rows[old_url]["moved_to"]) == ("moved", new_url)
    assert rows[new_url]["status"] == "live" and rows[new_url]["post_id"] == post.id
    assert _conflicts(db_path) == set()  # the redirect settled it


def test_an_id_claimed_by_two_live_pages_is_a_recorded_conflict(tmp_path: Path) -> None:
    """The site answers both URLs with their own page: neither has moved."""
    db_path = tmp_path / "archive.db"
    with ReplicaServer(n_europe=30) as server:
        start = server.site.category_url("europe")
        assert _crawl(db_path, start).returncode == 0
        aliases = _aliases(db_path)  # the site's old slugs, linked as they were
        first, second = _plain_posts(server.site)[2:4]
        # The site now gives the second post the first one's id (a botched import).
        clash = replace(second, id=first.id, modified="2030-01-02T10:00:00")
        server.set_posts([clash if p is second else p for p in server.site.posts])
        done = _crawl(db_path, start)
        assert done.returncode == 0, done.stderr
    rows = archived(db_path)
    a, b = server.site.post_url(first), server.site.post_url(clash)
    assert (rows[a]["status"], rows[b]["status"]) == ("live", "live")
    assert (rows[a]["post_id"], rows[b]["post_id"]) == (first.id, first.id)
    assert _aliases(db_path) == aliases
    assert _conflicts(db_path) == {a, b}
