"""Extraction in worker processes (issue 21): the crawl and reprocess use both cores and
archive exactly what one process archives; a dying worker costs one page, not the run.
"""

from __future__ import annotations

import asyncio
import json
import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from sqlite_utils import Database

from iria_archive.extraction.article import extract_page
from iria_archive.extraction.pool import ExtractionPool, PoolUnavailable
from iria_archive.model.items import ArticlePage, FetchFailure
from iria_archive.model.profile import IRIA_PROFILE, SiteProfile
from pipelines.extract_pipeline import ExtractPipeline
from replica import ReplicaServer
from replica.content import Block, in_category
from tests.conftest import FAST, REPO, archived, run_cli
from tests.test_incremental import (
    assert_archive_is_the_truth,
    assert_consistent,
    last_run,
    wait_for_articles,
)

# Columns that say when, not what: they differ between any two crawls.
WHEN = {"id", "run_id", "first_seen", "last_fetched", "status_changed", "text_fetched", "at"}


def crawl(server: ReplicaServer, db_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    url = f"{server.base_url}/news/category/europe/"
    return run_cli("crawl", "--db", str(db_path), "--start-url", url, *FAST, *args)


def rows(db_path: Path, table: str) -> list[dict[str, Any]]:
    found = [
        {k: v for k, v in row.items() if k not in WHEN} for row in Database(db_path)[table].rows
    ]
    return sorted(found, key=lambda row: row["url"])


def test_a_crawl_with_worker_processes_archives_what_one_process_archives(tmp_path: Path) -> None:
    for folder in ("pool", "alone"):
        (tmp_path / folder).mkdir()
    with ReplicaServer() as server:
        pooled = crawl(server, tmp_path / "pool" / "archive.db", "-s", "IRIA_EXTRACT_WORKERS=2")
        alone = crawl(server, tmp_path / "alone" / "archive.db", "-s", "IRIA_EXTRACT_WORKERS=0")
        assert pooled.returncode == 0, pooled.stderr
        assert alone.returncode == 0, alone.stderr
        assert_archive_is_the_truth(tmp_path / "pool" / "archive.db", server.site)
    for table in ("articles", "crawl_errors"):
        assert rows(tmp_path / "pool" / "archive.db", table) == rows(
            tmp_path / "alone" / "archive.db", table
        )


def test_pages_are_extracted_in_other_processes(tmp_path: Path) -> None:
    """The crawl's stats name the processes that extracted pages: never the crawl's own."""
    script = textwrap.dedent(
        """
        import json, os, sys
        from iria_archive.crawl import configure_logging, project_settings, run_crawl
        configure_logging("CRITICAL", None)
        settings = project_settings({
            "IRIA_DB_PATH": sys.argv[2], "IRIA_EXTRACT_WORKERS": 2, "IRIA_PROGRESS": False,
            "AUTOTHROTTLE_ENABLED": False, "DOWNLOAD_DELAY": 0,
        })
        result = run_crawl(settings, start_url=sys.argv[1])
        print(json.dumps([os.getpid(), result.stats.get("iria/extraction_pids"),
                          result.stats.get("iria/articles_stored")]))
        """
    )
    with ReplicaServer() as server:
        url = f"{server.base_url}/news/category/europe/"
        done = subprocess.run(
            [sys.executable, "-c", script, url, str(tmp_path / "archive.db")],
            capture_output=True,
            text=True,
            cwd=REPO,
            timeout=240,
        )
    assert done.returncode == 0, done.stderr
    crawl_pid, extraction_pids, stored = json.loads(done.stdout.splitlines()[-1])
    assert stored == 64
    assert extraction_pids and crawl_pid not in extraction_pids
    assert 1 <= len(extraction_pids) <= 2


def test_items_leave_the_extraction_stage_in_the_order_they_came() -> None:
    """A long page extracted in a worker does not let the items after it overtake it:
    the store sees what an in-process crawl would, in the same order."""
    from scrapy.utils.test import get_crawler

    seed = (Path(__file__).parent / "pages" / "seed-article.html").read_text("utf-8")
    paragraph = "<p>" + "A long paragraph of the same report. " * 40 + "</p>"
    long_page = seed.replace("</article>", paragraph * 300 + "</article>", 1)
    url = "http://127.0.0.1:59649/news/europe-members-only-analysis/"

    def page(html: str, path: str) -> ArticlePage:
        return ArticlePage(
            url=url + path,
            final_url=url + path,
            status=200,
            headers={"Content-Type": "text/html; charset=UTF-8"},
            body=html.encode("utf-8"),
            encoding="utf-8",
            listing_url=None,
            fetched_at="2026-12-02T10:00:00+00:00",
        )

    missing = FetchFailure(url=url + "gone/", kind="article", reason="HTTP 404", status=404)
    items = [page(long_page, "long/"), page(seed, "short/"), missing]
    crawler = get_crawler(settings_dict={"IRIA_EXTRACT_WORKERS": 2})
    pipeline = ExtractPipeline.from_crawler(crawler)
    assert pipeline.pool is not None

    async def through_the_stage() -> list[Any]:
        left: list[Any] = []

        async def one(item: Any) -> None:
            left.append(await pipeline.process_item(item))

        await asyncio.gather(*(one(item) for item in items))
        return left

    try:
        left = asyncio.run(through_the_stage())
    finally:
        pipeline.close_spider()
    assert [getattr(item, "url", None) or item["requested_url"] for item in left] == [
        url + "long/",
        url + "short/",
        url + "gone/",
    ]
    assert crawler.stats.get_value("iria/article_pages") == 2


# -- A worker that dies ------------------------------------------------------------------


def die_on_the_seventh_post(page: ArticlePage, profile: SiteProfile) -> Any:
    """extract_page, except that the process extracting one chosen page dies, as a
    crash in C code or the OOM killer would end it."""
    if page.url == os.environ["DIE_ON_URL"]:
        os._exit(70)
    return extract_page(page, profile)


class DyingExtractPipeline(ExtractPipeline):
    extract = staticmethod(die_on_the_seventh_post)


def test_a_worker_that_dies_costs_its_page_only(tmp_path: Path) -> None:
    db_path = tmp_path / "archive.db"
    pipelines = {
        "pipelines.warc.WarcPipeline": 50,
        "tests.test_pool.DyingExtractPipeline": 100,
        "pipelines.clean.CleanPipeline": 200,
        "pipelines.store.StorePipeline": 300,
    }
    with ReplicaServer() as server:
        truth = [t["url"] for t in server.site.expected_articles("europe")]
        doomed = truth[7]
        url = f"{server.base_url}/news/category/europe/"
        process = run_cli(
            *("crawl", "--db", str(db_path), "--start-url", url, *FAST),
            *("-s", f"ITEM_PIPELINES={json.dumps(pipelines)}", "-s", "IRIA_EXTRACT_WORKERS=2"),
            env={"DIE_ON_URL": doomed},
        )
    assert process.returncode == 0, process.stderr
    assert sorted(archived(db_path)) == sorted(set(truth) - {doomed})
    (error,) = Database(db_path)["crawl_errors"].rows_where("url = ?", [doomed])
    assert error["kind"] == "extraction"
    assert "the extraction process died" in error["reason"]
    assert last_run(db_path)["status"] == "ok"


@pytest.mark.parametrize("stop", [signal.SIGINT, signal.SIGTERM], ids=["ctrl-c", "systemctl-stop"])
def test_a_stop_signal_reaches_the_workers_too_and_the_crawl_stops_in_order(
    tmp_path: Path, stop: signal.Signals
) -> None:
    """Ctrl-C and `systemctl stop` signal the whole process group: the workers and their
    forkserver must not die of it."""
    db_path = tmp_path / "archive.db"
    with ReplicaServer() as server:
        url = f"{server.base_url}/news/category/europe/"
        process = subprocess.Popen(
            [
                *(sys.executable, "-m", "iria_archive", "crawl", "--db", str(db_path)),
                *("--start-url", url, "-s", "AUTOTHROTTLE_ENABLED=False"),
                *("-s", "DOWNLOAD_DELAY=0.05", "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=1"),
                *("-s", "IRIA_EXTRACT_WORKERS=2"),
            ],
            stderr=subprocess.PIPE,
            text=True,
            cwd=REPO,
            start_new_session=True,  # its own group, as a terminal's foreground job
        )
        wait_for_articles(db_path, 10, process)
        os.killpg(process.pid, stop)
        _out, err = process.communicate(timeout=60)
        assert process.returncode == 4, err
        assert "Traceback" not in err and "BrokenProcessPool" not in err, err
        assert_consistent(db_path)
        assert last_run(db_path)["status"] == "interrupted"
        with sqlite3.connect(db_path) as db:
            errors = db.execute("select count(*) from crawl_errors where kind = 'extraction'")
            assert errors.fetchone() == (0,)


def _forkservers() -> set[int]:
    """The pids of this process's multiprocessing forkservers."""
    found = set()
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
            command = (stat.parent / "cmdline").read_bytes()
        except OSError:
            continue  # ended while we looked
        if int(fields[1]) == os.getpid() and b"multiprocessing.forkserver" in command:
            found.add(int(stat.parent.name))
    return found


def test_the_pool_lives_through_a_stop_signal_to_its_processes() -> None:
    """`systemctl stop` signals every process of the group; the main process decides when
    the pool ends. A forkserver killed by it took the pool down mid-stop (CI hung)."""
    pool = ExtractionPool(2)
    try:
        workers = {pool.submit(os.getpid).result(timeout=60)[0] for _ in range(4)}
        (forkserver,) = _forkservers()
        for pid in (forkserver, *workers):
            os.kill(pid, signal.SIGTERM)
            os.kill(pid, signal.SIGINT)
        again = {pool.submit(os.getpid).result(timeout=60)[0] for _ in range(4)}
        assert again <= workers  # the same processes answer
        assert _forkservers() == {forkserver}
    finally:
        pool.close()


def test_every_call_is_answered_when_no_worker_process_can_be_started() -> None:
    """A worker dies and no replacement can start (the forkserver cannot be reached): the
    call's future still resolves, and PoolUnavailable makes the call here."""
    from multiprocessing import forkserver  # the stdlib's server, whose socket moves away

    pool = ExtractionPool(1)
    address = ""
    try:
        assert pool.submit(os.getpid).result(timeout=60)  # the worker is up
        address = forkserver._forkserver._forkserver_address  # type: ignore[attr-defined]
        os.rename(address, f"{address}.away")
        dying = pool.submit(os._exit, 1)  # the worker dies; no process can replace it
        with pytest.raises(PoolUnavailable):
            dying.result(timeout=60)
        unavailable = pool.submit(sorted, [3, 1, 2]).exception(timeout=60)
        assert isinstance(unavailable, PoolUnavailable)
        assert unavailable.run_here() == (os.getpid(), [1, 2, 3])
    finally:
        if address:
            os.rename(f"{address}.away", address)
        pool.close()


# -- Reprocess ---------------------------------------------------------------------------

_opened: list[str] | None = None  # the files `open` was called on, while a test counts


def _count_opens(event: str, args: tuple[Any, ...]) -> None:
    if event == "open" and _opened is not None and isinstance(args[0], str | Path):
        _opened.append(str(args[0]))


sys.addaudithook(_count_opens)


def test_reprocess_reads_each_warc_file_once_and_extracts_in_other_processes(
    tmp_path: Path,
) -> None:
    """Python's audit events name every file opened: each WARC file is opened once and
    read front to back, not once more per record; worker processes extract."""
    global _opened
    from iria_archive.archive.reprocess import reprocess
    from iria_archive.archive.rows import open_archive

    db_path = tmp_path / "archive.db"
    with ReplicaServer() as server:
        assert crawl(server, db_path).returncode == 0
        # One post changed on the site: the second run's WARC file holds its newer page.
        site = server.site
        post = next(p for p in site.posts if p in site.live and in_category(p, "europe"))
        added = Block("p", "A paragraph added by the editors later.")
        changed = replace(post, blocks=(*post.blocks, added), modified="2026-02-01T10:00:00+00:00")
        server.set_posts([changed if p is post else p for p in site.posts])
        assert crawl(server, db_path, "--full").returncode == 0
        truth = archived(db_path)
    assert truth[site.post_url(post)]["text"].endswith(added.text)
    warcs = sorted(str(p) for p in (tmp_path / "warc").glob("*.warc.gz"))
    assert len(warcs) == 2
    db = open_archive(str(db_path))
    _opened = []
    try:
        report = reprocess(db, tmp_path / "warc", profile_for=lambda _url: IRIA_PROFILE, workers=2)
    finally:
        opened, _opened = _opened, None
        db.close()
    assert sorted(name for name in opened if name.endswith(".warc.gz")) == warcs
    assert report.counts["unchanged"] == 64 and report.counts["updated"] == 0
    assert report.processes and os.getpid() not in report.processes
    assert archived(db_path) == truth


def test_reprocess_with_worker_processes_rebuilds_what_one_process_rebuilds(
    tmp_path: Path,
) -> None:
    """Articles emptied in the archive come back the same from the WARC, pool or not."""
    with ReplicaServer() as server:
        db_path = tmp_path / "archive.db"
        assert crawl(server, db_path).returncode == 0
    truth = rows(db_path, "articles")
    results = {}
    for workers in ("2", "0"):
        with sqlite3.connect(db_path) as db:
            db.execute("update articles set text = 'stale', markdown = 'stale'")
        process = run_cli("reprocess", "--db", str(db_path), "--workers", workers)
        assert process.returncode == 0, process.stderr
        assert ": 0 new, 64 changed, 0 unchanged, 0 failed" in process.stderr, process.stderr
        results[workers] = [
            {k: v for k, v in row.items() if k != "revision_count"}
            for row in rows(db_path, "articles")
        ]
    assert results["2"] == results["0"]
    assert results["2"] == [
        {k: v for k, v in row.items() if k != "revision_count"} for row in truth
    ]
