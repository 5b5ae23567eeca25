"""Reprocess and the WARC files (issue 9): only its own files, verified records, no going back.

Each test crawls the replica into a real archive, damages or mixes the raw pages the
way a kill, a full disk or a shared folder would, and checks what reprocess does.
"""

from __future__ import annotations

import gzip
import hashlib
import shutil
import signal
import sqlite3
import subprocess
import sys
import zlib
from dataclasses import replace
from pathlib import Path

from sqlite_utils import Database

from iria_archive.archive.rows import article_row, open_archive, touch_article, upsert_article
from iria_archive.archive.runs import finish_run, start_run
from iria_archive.archive.schema import SCHEMA_VERSION
from iria_archive.archive.warc_read import read_pages
from iria_archive.archive.warc_write import WarcWriter
from iria_archive.model.facts import RunCounters, RunFacts
from iria_archive.model.items import ArticlePage, SourceHints
from replica import ReplicaServer
from replica.content import Block, in_category
from tests.conftest import FAST, REPO, archived, run_cli

PAGES = Path(__file__).parent / "pages"


def crawl(server: ReplicaServer, db_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    url = f"{server.base_url}/news/category/europe/"
    return run_cli("crawl", "--db", str(db_path), "--start-url", url, *FAST, *args)


def reprocess(db_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return run_cli("reprocess", "--db", str(db_path), *args)


def texts(db_path: Path) -> dict[str, str]:
    return {url: row["text"] for url, row in archived(db_path).items()}


def warc_files(db_path: Path) -> list[Path]:
    return sorted((db_path.parent / "warc").glob("*.warc.gz"))


def test_reprocess_reads_only_the_warc_files_of_its_own_runs(tmp_path: Path) -> None:
    own, other = tmp_path / "archive.db", tmp_path / "demo.db"
    with ReplicaServer() as server:
        assert crawl(server, own).returncode == 0
        truth = texts(own)
    with ReplicaServer() as server:  # another site (another port): other URLs, same folder
        assert crawl(server, other).returncode == 0
    assert len(warc_files(own)) == 2

    process = reprocess(own)
    assert process.returncode == 0, process.stderr
    assert "Reprocessed 64 pages" in process.stderr
    assert ": 0 new, 0 changed, 64 unchanged, 0 failed" in process.stderr
    assert texts(own) == truth


def _members(data: bytes) -> list[tuple[int, int]]:
    """(offset, length) of each gzip member of a WARC file (one record each)."""
    members, offset = [], 0
    while offset < len(data):
        inflate = zlib.decompressobj(16 + zlib.MAX_WBITS)
        inflate.decompress(data[offset:])
        length = len(data) - offset - len(inflate.unused_data)
        members.append((offset, length))
        offset += length
    return members


def test_a_damaged_or_cut_record_is_skipped_and_reported(tmp_path: Path) -> None:
    db_path = tmp_path / "archive.db"
    with ReplicaServer() as server:
        assert crawl(server, db_path).returncode == 0
    truth = texts(db_path)
    (warc,) = warc_files(db_path)
    data = warc.read_bytes()
    members = _members(data)
    pages = list(read_pages(warc))
    # A bit flipped in the 5th page's body, as a bad disk would do: the gzip member is
    # rewritten so only the digests can tell.
    offset, length = next((o, n) for o, n in members if o == pages[4][0])
    record = gzip.decompress(data[offset : offset + length])
    body = record.index(b"<body")
    damaged = record[:body] + record[body:].replace(b" the ", b" THE ", 1)  # same length
    assert damaged != record
    # Cut in the middle of the last page's record, as a kill during a write leaves it.
    last = next(o for o, _n in members if o == pages[-1][0])
    warc.write_bytes(data[:offset] + gzip.compress(damaged) + data[offset + length : last + 300])

    process = reprocess(db_path)
    assert process.returncode == 0, process.stderr
    assert "2 damaged records skipped" in process.stderr, process.stderr
    assert f"{pages[4][1].url}: record fails its digests" in process.stderr
    assert f"Skipped: {warc.name}: ends early" in process.stderr
    assert texts(db_path) == truth  # nothing cut or inserted reached the archive


def test_an_older_page_never_replaces_a_newer_version(tmp_path: Path) -> None:
    db_path = tmp_path / "archive.db"
    with ReplicaServer() as server:
        assert crawl(server, db_path).returncode == 0
        site = server.site
        post = next(
            p
            for p in site.posts
            if p in site.live and p.meta_dates and in_category(p, "europe") and not p.sticky
        )
        changed = replace(
            post,
            blocks=(*post.blocks, Block("p", "A paragraph added by the editors later.")),
            modified="2026-02-01T10:00:00+00:00",
        )
        server.set_posts([changed if p is post else p for p in site.posts])
        assert crawl(server, db_path, "--full").returncode == 0
    newest = texts(db_path)
    assert newest[site.post_url(post)].endswith("A paragraph added by the editors later.")
    first, second = warc_files(db_path)
    second.unlink()  # the newest raw pages lost: only the older version is on disk

    process = reprocess(db_path)
    assert process.returncode == 0, process.stderr
    assert f"Skipped: {second.name}: recorded by a run but not in" in process.stderr
    assert "1 older than the archive kept as is" in process.stderr, process.stderr
    assert texts(db_path) == newest


def test_reprocess_keeps_status_and_a_revision_of_every_text_it_changes(tmp_path: Path) -> None:
    db_path = tmp_path / "archive.db"
    with ReplicaServer() as server:
        assert crawl(server, db_path).returncode == 0
    truth = texts(db_path)
    gone, stale = sorted(truth)[:2]
    with sqlite3.connect(db_path) as db:
        db.execute(
            "update articles set status = 'gone', status_changed = 'x' where url = ?", [gone]
        )
        # As an older extractor would have left it: the same page, another text.
        db.execute(
            "update articles set text = 'Old extraction.', content_hash = 'old',"
            " extractor = 'trafilatura 1.0 / rules 0' where url = ?",
            [stale],
        )

    dry = reprocess(db_path, "--dry-run")
    assert dry.returncode == 0, dry.stderr
    assert ": 0 new, 1 changed, 63 unchanged, 0 failed" in dry.stderr
    assert texts(db_path)[stale] == "Old extraction."

    process = reprocess(db_path)
    assert ": 0 new, 1 changed, 63 unchanged, 0 failed" in process.stderr, process.stderr
    assert texts(db_path) == truth
    rows = archived(db_path)
    assert (rows[gone]["status"], rows[gone]["status_changed"]) == ("gone", "x")
    assert rows[stale]["revision_count"] == 1
    (revision,) = Database(db_path)["revisions"].rows
    assert {k: revision[k] for k in ("url", "text", "content_hash", "extractor", "reason")} == {
        "url": stale,
        "text": "Old extraction.",
        "content_hash": "old",
        "extractor": "trafilatura 1.0 / rules 0",
        "reason": "reextracted",
    }


def test_dry_run_writes_nothing(tmp_path: Path) -> None:
    db_path = tmp_path / "archive.db"
    with ReplicaServer() as server:
        assert crawl(server, db_path).returncode == 0
    with sqlite3.connect(db_path) as db:
        db.execute("delete from articles where rowid % 4 = 0")
    db.close()

    def contents() -> dict[str, str]:
        # SQLite's own -shm index (and an empty -wal) may appear beside any reader.
        files = [
            p
            for p in tmp_path.rglob("*.*")
            if p.is_file() and not p.name.endswith(("-shm", "-wal"))
        ]
        return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in files}

    before = contents()
    process = reprocess(db_path, "--dry-run")
    assert process.returncode == 0, process.stderr
    assert "Would reprocess 64 pages" in process.stderr
    assert ": 16 new, 0 changed, 48 unchanged, 0 failed" in process.stderr
    assert contents() == before
    wal = tmp_path / "archive.db-wal"
    assert not wal.exists() or wal.stat().st_size == 0
    assert len(archived(db_path)) == 48


def _slow_crawl(server: ReplicaServer, db_path: Path) -> subprocess.Popen[str]:
    url = f"{server.base_url}/news/category/europe/"
    return subprocess.Popen(
        [sys.executable, "-m", "iria_archive", "crawl", "--db", str(db_path)]
        + ["--start-url", url, "-s", "AUTOTHROTTLE_ENABLED=False", "-s", "DOWNLOAD_DELAY=0.05"]
        + ["-s", "CONCURRENT_REQUESTS_PER_DOMAIN=1"],
        cwd=REPO,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def test_the_open_warc_file_of_a_killed_run_is_recovered_at_the_next_start(
    tmp_path: Path,
) -> None:
    import time

    db_path = tmp_path / "archive.db"
    with ReplicaServer() as server:
        process = _slow_crawl(server, db_path)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if db_path.exists():
                try:
                    with sqlite3.connect(db_path) as db:
                        if db.execute("select count(*) from articles").fetchone()[0] >= 10:
                            break
                except sqlite3.OperationalError:
                    pass
            time.sleep(0.05)
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=30)
        (left,) = (tmp_path / "warc").glob("*.warc.gz.open")
        killed = next(Database(db_path)["crawl_runs"].rows)
        assert killed["warc_file"] == left.name.removesuffix(".open")  # named at once
        stored = set(archived(db_path))

        assert crawl(server, db_path).returncode == 0
    assert not list((tmp_path / "warc").glob("*.open"))
    recovered = tmp_path / "warc" / killed["warc_file"]
    check = subprocess.run(
        [str(Path(sys.executable).parent / "warcio"), "check", str(recovered)],
        capture_output=True,
        text=True,
    )
    assert check.returncode == 0, check.stdout + check.stderr
    # Every article the killed run stored has its raw page in the recovered file.
    assert stored <= {page.url for _offset, page in read_pages(recovered)}


def test_hints_go_into_the_warc_and_come_back(tmp_path: Path) -> None:
    hints = SourceHints(
        source="rest",
        changed="2025-03-01T10:00:00",
        title="Talks resume",
        author="A. Writer",
        published="2025-02-28T09:00:00+01:00",
        modified="2025-03-01T11:00:00+01:00",
        categories=["Europe", "Balkans"],
        tags=["EU"],
    )
    page = ArticlePage(
        url="http://127.0.0.1/news/a/",
        final_url="http://127.0.0.1/news/a/",
        status=200,
        headers={"Content-Type": "text/html; charset=utf-8"},
        body=b"<html><body><p>Talks resume.</p></body></html>",
        encoding="utf-8",
        listing_url=None,
        fetched_at="2025-03-01T12:00:00+00:00",
        hints=hints,
    )
    writer = WarcWriter(tmp_path)
    writer.write(page)
    other = "http://127.0.0.1/news/b/"
    writer.write(replace(page, url=other, final_url=other, hints=None))
    writer.close()
    (path,) = tmp_path.glob("*.warc.gz")
    pages = [p for _offset, p in read_pages(path)]
    assert [(p.url, p.hints) for p in pages] == [
        ("http://127.0.0.1/news/a/", hints),
        ("http://127.0.0.1/news/b/", None),
    ]
    metadata = [line for line in gzip.decompress(path.read_bytes()).split(b"\r\n")]
    assert b"WARC-Type: metadata" in metadata and b"Content-Type: application/json" in metadata


FIELDS = {
    "url": "https://www.ir-ia.com/news/a/",
    "title": "Talks resume",
    "published": "2024-01-02",
    "text": "Talks on grain resume.",
    "markdown": "Talks on grain resume.",
    "content_hash": "h1",
}


def test_the_store_keeps_the_source_stamp_and_the_run_its_discovery(tmp_path: Path) -> None:
    db = open_archive(str(tmp_path / "archive.db"))
    url = FIELDS["url"]
    stamp = SourceHints(source="rest", changed="2025-03-01T10:00:00")
    upsert_article(db, article_row({**FIELDS, "hints": stamp}, "2025-03-01T12:00:00+00:00"))
    assert db["articles"].get(url)["source_changed"] == "2025-03-01T10:00:00"
    upsert_article(db, article_row(FIELDS, "2025-03-02T12:00:00+00:00"))  # no source said
    assert db["articles"].get(url)["source_changed"] == "2025-03-01T10:00:00"
    touch_article(db, url, "2025-03-03T12:00:00+00:00", "2025-03-03T08:00:00")  # a 304
    assert db["articles"].get(url)["source_changed"] == "2025-03-03T08:00:00"
    run = start_run(db, "https://www.ir-ia.com/news/category/europe/", "incremental")
    finish_run(db, run, "ok", None, RunCounters(), RunFacts(discovery="feed,archive,sitemap"))
    assert db["crawl_runs"].get(run)["discovery"] == "feed,archive,sitemap"


def test_an_archive_made_by_the_previous_version_migrates_in_place(tmp_path: Path) -> None:
    db_path = tmp_path / "archive.db"
    shutil.copy(PAGES / "archive-v4.db", db_path)  # made by main at a1bcd6e (schema 4)
    before = archived(db_path)
    db = open_archive(str(db_path))
    assert db.execute("pragma user_version").fetchone() == (SCHEMA_VERSION,)
    assert {"source_changed", "text_fetched"} <= set(db["articles"].columns_dict)
    assert "discovery" in db["crawl_runs"].columns_dict
    assert {"reason", "extractor"} <= set(db["revisions"].columns_dict)
    after = archived(db_path)
    assert {u: {k: r[k] for k in before[u]} for u, r in after.items()} == before
    assert [r["url"] for r in db["articles"].search("wheat")] == [FIELDS["url"]]
    assert db["revisions"].count == 1
