"""Scheduled crawls (issue 3): incremental runs, history, WARC, reprocess, lock, signals."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from sqlite_utils import Database

from iria_archive.archive.lock import ArchiveLock
from replica import Post, ReplicaServer, Site
from replica.content import Block, in_category
from replica.faults import Faults
from replica.generate import generate_posts
from tests.conftest import FAST, REPO, RUNS_HEADER, archived, run_cli

FIELDS = ["url", "title", "author", "published", "modified", "categories", "tags", "text"]


def assert_archive_is_the_truth(db_path: Path, site: Site) -> None:
    rows = archived(db_path)
    truth = site.expected_articles("europe")
    assert sorted(rows) == [t["url"] for t in truth]
    for t in truth:
        assert {f: rows[t["url"]][f] for f in FIELDS} == {f: t[f] for f in FIELDS}


def crawl(server: ReplicaServer, db_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    url = f"{server.base_url}/news/category/europe/"
    return run_cli("crawl", "--db", str(db_path), "--start-url", url, *FAST, *args)


def article_paths(server: ReplicaServer) -> list[str]:
    """Paths of the article pages the site served since the log was cleared."""
    posts = {urlsplit(server.site.post_url(p)).path for p in server.site.posts}
    return [urlsplit(path).path for _m, path, _h in server.requests if urlsplit(path).path in posts]


def last_run(db_path: Path) -> dict:
    return next(Database(db_path)["crawl_runs"].rows_where(order_by="id desc", limit=1))


def split_newest(count: int, protected: bool = False) -> tuple[list[Post], list[Post]]:
    """(posts before, posts after `count` new europe posts are published in 2026)."""
    posts = generate_posts(64 + count, protected=protected)
    traps = set(Site("http://x", posts).traps.values())
    plain = [p for p in posts if in_category(p, "europe") and p not in traps]
    newest = plain[:count]
    fresh = [
        replace(p, published=f"2026-01-{count - i:02d}T09:00:00+00:00", modified=None)
        for i, p in enumerate(newest)
    ]
    before = [p for p in posts if p not in newest]
    return before, fresh + before


# Discovery: the classic theme with feed and sitemap, then with the REST API too, and each
# other theme with its own default sources (block: REST API on a UTC+1 site; magazine:
# feed and sitemap; plain: the feeds alone).
SITES = {
    "feed+sitemap": {},
    "rest-api": {"rest_api": True},
    "block": {"theme": "block"},
    "magazine": {"theme": "magazine"},
    "plain": {"theme": "plain"},
}


@pytest.fixture(params=list(SITES))
def server(request: pytest.FixtureRequest) -> Iterator[ReplicaServer]:
    with ReplicaServer(**SITES[request.param]) as replica:
        yield replica


def test_rerun_with_nothing_new_is_cheap(server: ReplicaServer, tmp_path: Path) -> None:
    db_path = tmp_path / "archive.db"
    assert crawl(server, db_path).returncode == 0
    before = archived(db_path)
    server.clear_requests()
    process = crawl(server, db_path)
    assert process.returncode == 0, process.stderr
    print(
        f"no-change re-run: {len(server.requests)} requests", [p for _m, p, _h in server.requests]
    )
    assert len(server.requests) <= 4
    assert server.requests[0][1] == "/robots.txt"
    assert archived(db_path) == before
    run = last_run(db_path)
    assert (run["mode"], run["status"], run["articles_new"]) == ("incremental", "ok", 0)


# Runs `iria-archive` as `python -m iria_archive` does and, as the process ends, writes
# which extraction modules it imported and how many child processes it still has.
WATCHED_RUN = """
import atexit, json, os, runpy, sys

def report():
    children = 0
    for pid in filter(str.isdigit, os.listdir("/proc")):
        try:
            stat = open(f"/proc/{pid}/stat").read()
        except OSError:
            continue
        children += int(stat.rsplit(")", 1)[1].split()[1]) == os.getpid()
    imported = sorted(m for m in ("trafilatura", "justext", "readability") if m in sys.modules)
    with open(os.environ["WATCHED_RUN_REPORT"], "w") as out:
        json.dump({"imported": imported, "children": children}, out)

atexit.register(report)
sys.argv[0] = "iria-archive"
runpy.run_module("iria_archive", run_name="__main__", alter_sys=True)
"""


def test_a_rerun_with_nothing_new_starts_no_extraction(tmp_path: Path) -> None:
    """A no-change run has no page to extract: it imports no extractor and starts no
    extraction process (issue 21: its cost is start-up, which must not carry them)."""
    db_path, report = tmp_path / "archive.db", tmp_path / "report.json"
    with ReplicaServer(n_europe=24) as server:
        assert crawl(server, db_path).returncode == 0
        url = f"{server.base_url}/news/category/europe/"
        process = subprocess.run(
            [sys.executable, "-c", WATCHED_RUN, "crawl", "--db", str(db_path)]
            + ["--start-url", url, *FAST],
            capture_output=True,
            text=True,
            timeout=240,
            cwd=REPO,
            env={k: v for k, v in os.environ.items() if not k.startswith("IRIA_")}
            | {"WATCHED_RUN_REPORT": str(report)},
        )
    assert process.returncode == 0, process.stderr
    assert last_run(db_path)["articles_new"] == 0
    assert json.loads(report.read_text()) == {"imported": [], "children": 0}


def test_rerun_fetches_only_the_new_posts(server: ReplicaServer, tmp_path: Path) -> None:
    before, after = split_newest(3, protected=server.protected_post)
    server.set_posts(before)
    db_path = tmp_path / "archive.db"
    assert crawl(server, db_path).returncode == 0
    server.set_posts(after)
    server.clear_requests()
    process = crawl(server, db_path)
    assert process.returncode == 0, process.stderr
    new = {urlsplit(server.site.post_url(p)).path for p in after[:3]}
    print(f"re-run after 3 new posts: {len(server.requests)} requests")
    assert sorted(article_paths(server)) == sorted(new)
    assert_archive_is_the_truth(db_path, server.site)
    run = last_run(db_path)
    assert (run["mode"], run["articles_new"], run["articles_updated"]) == ("incremental", 3, 0)


def test_an_edited_post_is_updated_and_its_previous_version_kept(
    server: ReplicaServer, tmp_path: Path
) -> None:
    db_path = tmp_path / "archive.db"
    assert crawl(server, db_path).returncode == 0
    posts = list(server.site.posts)
    index = next(
        i
        for i, p in enumerate(posts)
        if p in server.site.live and p.meta_dates and in_category(p, "europe") and not p.sticky
    )
    old = posts[index]
    posts[index] = replace(
        old,
        modified="2026-02-01T12:00:00+00:00",
        blocks=(*old.blocks, Block("p", "Correction: the talks were moved to the following week.")),
    )
    before = {t["url"]: t for t in server.site.expected_articles("europe")}
    server.set_posts(posts)
    old_text = archived(db_path)[server.site.post_url(old)]["text"]
    server.clear_requests()
    assert crawl(server, db_path).returncode == 0
    assert article_paths(server) == [urlsplit(server.site.post_url(old)).path]
    row = archived(db_path)[server.site.post_url(old)]
    assert row["text"].endswith("Correction: the talks were moved to the following week.")
    # 12:00 UTC, written in the site's time zone.
    (edited,) = [p for p in server.site.posts if p.id == old.id]
    assert (row["modified"], row["revision_count"]) == (edited.modified, 1)
    (revision,) = Database(db_path)["revisions"].rows
    assert (revision["url"], revision["text"], revision["modified"]) == (
        row["url"],
        old_text,
        before[row["url"]]["modified"],
    )
    assert_archive_is_the_truth(db_path, server.site)


def test_full_rerun_asks_before_downloading(tmp_path: Path) -> None:
    with ReplicaServer() as server:
        db_path = tmp_path / "archive.db"
        assert crawl(server, db_path).returncode == 0
        server.clear_requests()
        process = crawl(server, db_path, "--full")
        assert process.returncode == 0, process.stderr
        articles = [
            h
            for _m, p, h in server.requests
            if urlsplit(p).path in {urlsplit(u).path for u in archived(db_path)}
        ]
        assert len(articles) == len(server.site.expected_articles("europe"))
        assert all("If-None-Match" in h for h in articles)
        run = last_run(db_path)
        assert (run["mode"], run["articles_unchanged"], run["articles_new"]) == ("full", 64, 0)
        assert run["warc_file"] is None  # 304s: nothing downloaded, nothing to keep


def test_gone_and_moved_articles_stay_searchable(tmp_path: Path) -> None:
    with ReplicaServer() as server:
        db_path = tmp_path / "archive.db"
        assert crawl(server, db_path).returncode == 0
        site = server.site
        europe = [
            p
            for p in site.live
            if in_category(p, "europe") and not p.sticky and p.author and not p.old_slug
        ]
        gone, moved = europe[30], europe[31]
        renamed = replace(moved, slug=moved.slug + "-update", old_slug=moved.slug)
        server.set_posts([renamed if p is moved else p for p in site.posts if p is not gone])
        process = crawl(server, db_path, "--full")
        assert process.returncode == 0, process.stderr
        rows = archived(db_path)
        assert (rows[site.post_url(gone)]["status"], rows[site.post_url(moved)]["status"]) == (
            "gone",
            "moved",
        )
        assert rows[site.post_url(moved)]["moved_to"] == server.site.post_url(renamed)
        assert rows[server.site.post_url(renamed)]["status"] == "live"
        found = [r["url"] for r in Database(db_path)["articles"].search(f'"{gone.title}"')]
        assert found == [site.post_url(gone)]


def test_warc_files_pass_warcio_check_and_rebuild_the_archive(tmp_path: Path) -> None:
    db_path = tmp_path / "archive.db"
    with ReplicaServer() as server:
        assert crawl(server, db_path).returncode == 0
        site = server.site
    # The site is gone: reprocess needs no network.
    (warc,) = (tmp_path / "warc").glob("*.warc.gz")
    check = subprocess.run(
        # The command web archivists run on WARC files.
        [str(Path(sys.executable).parent / "warcio"), "check", "-v", str(warc)],
        capture_output=True,
        text=True,
    )
    assert check.returncode == 0, check.stdout + check.stderr
    assert last_run(db_path)["warc_file"] == warc.name

    with sqlite3.connect(db_path) as db:
        db.execute("update articles set text = 'stale', content_hash = 'x' where rowid % 2 = 0")
        db.execute("delete from articles where rowid % 5 = 0")
    process = run_cli("reprocess", "--db", str(db_path))
    assert process.returncode == 0, process.stderr
    assert "Reprocessed 64 pages" in process.stderr
    assert_archive_is_the_truth(db_path, site)
    assert list(Database(db_path)["articles"].search("stale")) == []
    again = run_cli("reprocess", "--db", str(db_path))
    assert ": 0 new, 0 changed, 64 unchanged, 0 failed" in again.stderr


def test_a_second_crawl_is_refused_while_one_runs(tmp_path: Path) -> None:
    db_path = tmp_path / "archive.db"
    with ReplicaServer() as server, ArchiveLock(str(db_path)):
        process = crawl(server, db_path)
        assert process.returncode == 3
        assert process.stderr.strip().splitlines() == [
            f"Error: another crawl is running on this archive (pid {os.getpid()}; {db_path})"
        ]
        assert server.requests == []


def start_slow_crawl(server: ReplicaServer, db_path: Path) -> subprocess.Popen[str]:
    url = f"{server.base_url}/news/category/europe/"
    return subprocess.Popen(
        [
            sys.executable,
            "-m",
            "iria_archive",
            "crawl",
            "--db",
            str(db_path),
            "--start-url",
            url,
            "-s",
            "AUTOTHROTTLE_ENABLED=False",
            "-s",
            "DOWNLOAD_DELAY=0.05",
            "-s",
            "CONCURRENT_REQUESTS_PER_DOMAIN=1",
        ],
        cwd=REPO,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )


def wait_for_articles(db_path: Path, count: int, process: subprocess.Popen[str]) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if db_path.exists():
            with sqlite3.connect(db_path) as db:
                try:
                    if db.execute("select count(*) from articles").fetchone()[0] >= count:
                        return
                except sqlite3.OperationalError:
                    pass
        assert process.poll() is None, "the crawl ended too early"
        time.sleep(0.05)
    raise AssertionError("the crawl made no progress")


def assert_consistent(db_path: Path) -> None:
    with sqlite3.connect(db_path) as db:
        assert db.execute("pragma integrity_check").fetchone() == ("ok",)
        db.execute("insert into articles_fts(articles_fts) values ('integrity-check')")
        assert (
            db.execute("select count(*) from articles").fetchone()
            == db.execute("select count(*) from articles_fts").fetchone()
        )


@pytest.mark.parametrize(
    "signals",
    [[signal.SIGTERM], [signal.SIGTERM, signal.SIGTERM], [signal.SIGKILL]],
    ids=["SIGTERM", "SIGTERM twice at once", "kill -9"],
)
def test_an_interrupted_crawl_loses_nothing(signals: list[int], tmp_path: Path) -> None:
    """SIGTERM twice at once is how `systemctl stop` reaches a crawl under `uv run`: the
    group's signal and uv's forwarded copy. One stop, in order (issue 19)."""
    db_path = tmp_path / "archive.db"
    with ReplicaServer() as server:
        process = start_slow_crawl(server, db_path)
        wait_for_articles(db_path, 10, process)
        for how in signals:
            process.send_signal(how)
            time.sleep(0.2)  # a forwarded copy comes a moment later: not coalesced
        _out, err = process.communicate(timeout=60)
        assert_consistent(db_path)
        run = last_run(db_path)
        if signals[0] == signal.SIGTERM:
            assert process.returncode == 4, err
            assert run["status"] == "interrupted"
            assert not list((db_path.parent / "warc").glob("*.open"))
        else:
            assert run["status"] == "running"  # nobody could close the record
        assert 10 <= len(archived(db_path)) < 64

        process = crawl(server, db_path)
        assert process.returncode == 0, process.stderr
        assert_consistent(db_path)
        assert_archive_is_the_truth(db_path, server.site)
        runs = [r["status"] for r in Database(db_path)["crawl_runs"].rows]
        assert runs == ["interrupted", "ok"]


def test_transient_failures_are_retried_on_the_next_run(tmp_path: Path) -> None:
    db_path = tmp_path / "archive.db"
    with ReplicaServer() as server:
        url = server.site.expected_articles("europe")[7]["url"]
        # The page answers 503 to every attempt of the first run, then heals.
        server.faults = Faults(unavailable={urlsplit(url).path: 100})
        assert crawl(server, db_path).returncode == 0
        assert url not in archived(db_path)
        server.faults = None
        server.clear_requests()
        assert crawl(server, db_path).returncode == 0
        assert urlsplit(url).path in article_paths(server)
        assert_archive_is_the_truth(db_path, server.site)
        (error,) = Database(db_path)["crawl_errors"].rows_where("status = 503")
        assert error["resolved_at"] is not None


def test_runs_prints_the_recent_runs(tmp_path: Path) -> None:
    db_path = tmp_path / "archive.db"
    with ReplicaServer() as server:
        crawl(server, db_path)
        crawl(server, db_path)
    process = run_cli("runs", "--db", str(db_path))
    assert process.returncode == 0
    lines = process.stdout.splitlines()
    assert lines[0].split() == RUNS_HEADER
    assert lines[2].split()[0] == "2" and "incremental" in lines[2] and " ok " in lines[2]
    assert lines[3].split()[0] == "1" and "full" in lines[3]


def test_a_feed_unchanged_since_the_last_run_costs_a_304(tmp_path: Path) -> None:
    """Incremental runs ask the feed conditionally: nothing new costs robots.txt and a 304."""
    db_path = tmp_path / "archive.db"
    with ReplicaServer(theme="classic") as server:  # feeds on, no REST API
        assert crawl(server, db_path).returncode == 0
        assert crawl(server, db_path).returncode == 0  # learns the feed's validators
        server.clear_requests()
        assert crawl(server, db_path).returncode == 0
        paths = [path for _m, path, _h in server.requests]
        assert paths == ["/robots.txt", "/news/category/europe/feed/atom/?orderby=modified"]
        ((feed, feed_headers),) = [(p, h) for _m, p, h in server.requests if "/feed/" in p]
        assert "If-None-Match" in feed_headers or "If-Modified-Since" in feed_headers
        # The request as the crawler sent it is one the site answers with a 304.
        assert server.site.respond("GET", feed, feed_headers)[0] == 304
        assert last_run(db_path)["status"] == "ok"
