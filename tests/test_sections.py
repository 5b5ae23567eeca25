"""Sections of one archive keep their own crawl state (issue 10): two category archives
of the replica crawled into one archive through the real CLI."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
from sqlite_utils import Database

from iria_archive.archive.state import load_crawl_state
from iria_archive.model.dates import instant
from replica import ReplicaServer
from tests.conftest import FAST, archived, run_cli
from tests.overrides import Overrides


@pytest.fixture
def server() -> Iterator[ReplicaServer]:
    with ReplicaServer(n_europe=30, theme="block") as replica:  # REST API on
        yield replica


def crawl(server: ReplicaServer, db_path: Path, section: str, *args: str):
    start = f"{server.base_url}/news/category/{section}/"
    return run_cli("crawl", "--db", str(db_path), "--start-url", start, *FAST, *args)


def runs(db_path: Path) -> list[tuple[str, str, str]]:
    return [
        (urlsplit(r["start_url"]).path.split("/")[-2], r["mode"], r["status"])
        for r in Database(db_path)["crawl_runs"].rows_where(order_by="id")
    ]


def test_two_sections_one_archive_each_with_its_own_state(
    server: ReplicaServer, tmp_path: Path
) -> None:
    db_path = tmp_path / "archive.db"
    site = server.site
    assert crawl(server, db_path, "europe").returncode == 0
    assert crawl(server, db_path, "asia").returncode == 0
    europe = {t["url"] for t in site.expected_articles("europe")}
    asia = {t["url"] for t in site.expected_articles("asia")}
    assert asia and set(archived(db_path)) == europe | asia  # every article once
    sections = Database(db_path).execute("select url, section from article_sections").fetchall()
    assert {u for u, s in sections if s.endswith("/category/europe/")} == europe
    assert {u for u, s in sections if s.endswith("/category/asia/")} == asia

    # A failed run of Asia leaves Europe incremental; Asia's next run walks it all.
    server.faults = Overrides({"/news/category/asia/": lambda _p: (404, [], b"")})
    assert crawl(server, db_path, "asia", "--full").returncode == 1
    server.faults = None
    server.clear_requests()
    assert crawl(server, db_path, "europe").returncode == 0
    assert crawl(server, db_path, "asia").returncode == 0
    assert runs(db_path) == [
        ("europe", "full", "ok"),
        ("asia", "full", "ok"),
        ("asia", "full", "failed"),
        ("europe", "incremental", "ok"),
        ("asia", "full", "ok"),
    ]

    # Europe's REST query starts from Europe's own newest change, not Asia's.
    state = load_crawl_state(str(db_path), f"{server.base_url}/news/category/europe/")
    newest = max(
        instant(row["source_changed"])
        for row in Database(db_path).query(
            "select source_changed from articles join article_sections using (url)"
            " where section like '%/category/europe/'"
        )
    )
    assert instant(state.newest_source_change) == newest
    (posts,) = [
        p for _m, p, _h in server.requests if "/wp/v2/posts" in p and "modified_after" in p
    ][:1]
    since = parse_qs(urlsplit(posts).query)["modified_after"][0]
    assert instant(since) == newest - timedelta(days=2)
