"""Faults cost nothing but a retry: the CLI crawls a misbehaving replica, then a healed one.

One fault of each kind sits on its own article (tests/replica/replica/faults.py, `Faults.standard`).
Timeouts and sizes are made small with `-s` overrides, never by changing the defaults.
Every test runs on every theme of the replica, each with its default sources.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from sqlite_utils import Database

from replica import ReplicaServer
from replica.faults import CP1252_PARAGRAPH, Faults
from replica.themes import THEMES
from tests.conftest import FAST, run_cli

# Small and fast: 1 s timeout against a 3 s slow page, a 1 MB cap against a 4 MB page,
# two retries to outlast the 503 burst of two, five hops before a redirect loop gives up.
FAULT_SETTINGS = [
    *FAST,
    *("-s", "RETRY_TIMES=2", "-s", "DOWNLOAD_TIMEOUT=1"),
    *("-s", "DOWNLOAD_MAXSIZE=1000000", "-s", "REDIRECT_MAX_TIMES=5"),
]
# Each crawl of 30 articles with these faults takes a few seconds: a crawl still running
# after this long hangs, and run_cli's timeout fails the test (speed lives in bench/).
HANG_S = 120

pytestmark = pytest.mark.timeout(180)


@dataclass
class Runs:
    server: ReplicaServer
    faults: Faults
    db_path: Path
    first_db_path: Path  # a copy of the archive as the faulty run left it
    first: object
    second: object
    first_requests: list[str]

    def url(self, path: str) -> str:
        return self.server.base_url + path


@pytest.fixture(scope="module", params=THEMES)
def runs(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Runs:
    db_path = tmp_path_factory.mktemp(f"faults-{request.param}") / "archive.db"
    with ReplicaServer(n_europe=30, theme=request.param) as server:
        faults = Faults.standard(server.site)
        server.faults = faults
        start = f"{server.base_url}/news/category/europe/"
        args = ("crawl", "--db", str(db_path), "--start-url", start, "-q", *FAULT_SETTINGS)
        first = run_cli(*args, timeout=HANG_S)
        first_requests = [path for _method, path, _headers in server.requests]
        first_db_path = db_path.with_name("first.db")
        with sqlite3.connect(db_path) as source, sqlite3.connect(first_db_path) as copy:
            source.backup(copy)
        server.faults = None  # the site is healed
        second = run_cli(*args, timeout=HANG_S)
        return Runs(server, faults, db_path, first_db_path, first, second, first_requests)


def truth(runs: Runs, faulty: bool = False) -> dict[str, dict]:
    """The replica's truth; `faulty`: with the text the windows-1252 page carries."""
    rows = {row["url"]: row for row in runs.server.site.expected_articles("europe")}
    for path in runs.faults.windows_1252 if faulty else ():
        rows[runs.url(path)]["text"] = runs.faults.expected_text(runs.server.site, path)
    return rows


def unobtainable(runs: Runs) -> set[str]:
    """Articles no crawl can have while the faults last."""
    f = runs.faults
    paths = f.slow | f.truncated | f.redirect_loop | f.oversized | f.empty | f.robots_disallow
    return {runs.url(p) for p in paths}


def articles(db_path: Path) -> dict[str, dict]:
    return {row["url"]: row for row in Database(db_path)["articles"].rows}


def listed_but_deleted(runs: Runs) -> set[str]:
    """The deleted post a stale archive page still lists: a 404, unless the REST API
    (which lists no such post) is the source."""
    site = runs.server.site
    return set() if site.rest_api else {site.post_url(site.traps["deleted"])}


def errors_of_run(runs: Runs, run_id: int) -> dict[str, tuple[str, int | None, str]]:
    # Password-protected posts are noted, not errors.
    rows = Database(runs.db_path)["crawl_errors"].rows_where(
        "run_id = ? and kind != 'protected'", [run_id]
    )
    found: dict[str, tuple[str, int | None, str]] = {}
    for row in rows:
        assert row["url"] not in found, f"recorded twice: {row['url']}"
        found[row["url"]] = (row["kind"], row["status"], row["reason"])
    return found


def test_faulty_run_succeeds_without_traceback(runs: Runs) -> None:
    # A hang fails through run_cli's timeout; how fast a crawl is lives in bench/.
    assert runs.first.returncode == 0, runs.first.stderr
    assert runs.first.stderr == ""  # -q: errors only, and single missing pages are not


def test_every_article_that_can_be_had_is_archived_once_and_exactly(runs: Runs) -> None:
    expected = truth(runs, faulty=True)
    got = articles(runs.first_db_path)
    (first,) = Database(runs.first_db_path)["crawl_runs"].rows
    assert first["status"] == "ok"
    assert set(got) == set(expected) - unobtainable(runs)
    assert first["articles_new"] == len(got)
    for url, row in got.items():
        # The malformed and windows-1252 pages too: their text is intact.
        assert row["text"] == expected[url]["text"], url
        assert row["title"] == expected[url]["title"], url


def test_windows_1252_page_is_decoded_by_its_meta_charset(runs: Runs) -> None:
    (path,) = runs.faults.windows_1252
    row = articles(runs.first_db_path)[runs.url(path)]
    assert row["text"].endswith("\n\n" + CP1252_PARAGRAPH)
    assert all(c in row["text"] for c in "é’€")


def test_503_burst_and_listing_500_are_retried_not_recorded(runs: Runs) -> None:
    (burst,) = runs.faults.unavailable
    assert runs.first_requests.count(burst) == 3  # two 503s, then the page
    (listing,) = runs.faults.server_error
    # With the REST API the archive pages are never read; without, page 2 is asked twice.
    asked = 0 if runs.server.site.rest_api else 2
    assert runs.first_requests.count(listing) == asked  # one 500, then the page
    recorded = errors_of_run(runs, 1)
    assert runs.url(burst) not in recorded and runs.url(listing) not in recorded


def test_what_could_not_be_had_is_recorded_with_its_reason(runs: Runs) -> None:
    f = runs.faults
    recorded = errors_of_run(runs, 1)
    (slow,) = f.slow
    (truncated,) = f.truncated
    (loop,) = f.redirect_loop
    (oversized,) = f.oversized
    (empty,) = f.empty
    (disallowed,) = f.robots_disallow
    deleted = listed_but_deleted(runs)
    assert (
        set(recorded)
        == {runs.url(p) for p in (slow, truncated, loop, oversized, empty, disallowed)} | deleted
    )
    for url in deleted:
        assert recorded[url] == ("article", 404, "HTTP 404")
    kind, status, reason = recorded[runs.url(slow)]
    assert (kind, status) == ("article", None) and "TimeoutError" in reason
    kind, status, reason = recorded[runs.url(truncated)]
    assert (kind, status) == ("article", None) and "DataLoss" in reason
    kind, status, reason = recorded[runs.url(loop)]
    assert (kind, status) == ("article", 301) and "redirect loop" in reason
    kind, status, reason = recorded[runs.url(oversized)]
    assert (kind, status) == ("article", None) and "max size" in reason
    assert recorded[runs.url(empty)] == ("extraction", 200, "not an HTML document")


def test_disallowed_article_is_never_requested(runs: Runs) -> None:
    (disallowed,) = runs.faults.robots_disallow
    assert not [p for p in runs.first_requests if urlsplit(p).path == disallowed]
    # A decision, not a failure: noted, so that the next run asks robots.txt again.
    assert errors_of_run(runs, 1)[runs.url(disallowed)] == (
        "skipped",
        None,
        "Forbidden by robots.txt",
    )
    (first,) = Database(runs.first_db_path)["crawl_runs"].rows
    failed = unobtainable(runs) - {runs.url(disallowed)}
    assert first["errors"] == len(failed) + len(listed_but_deleted(runs))  # and the 404


def test_next_run_fetches_what_was_missing_and_nothing_twice(runs: Runs) -> None:
    assert runs.second.returncode == 0, runs.second.stderr
    db = Database(runs.db_path)
    first, second = db["crawl_runs"].rows
    missing = len(unobtainable(runs))
    assert second["status"] == "ok"
    assert second["articles_new"] == missing
    assert first["articles_new"] + second["articles_new"] == db["articles"].count
    # The second run is incremental: it asks again for what failed, and for nothing
    # else; the windows-1252 page keeps the text it had (its dates did not change).
    expected = truth(runs, faulty=True)
    got = articles(runs.db_path)
    assert set(got) == set(expected)
    for url, row in got.items():
        assert row["text"] == expected[url]["text"], url
    assert second["mode"] == "incremental"
    assert errors_of_run(runs, 2) == {}
    pending = Database(runs.db_path)["crawl_errors"].rows_where("resolved_at is null")
    assert {row["url"] for row in pending if row["kind"] != "protected"} == listed_but_deleted(runs)
