"""Rebuild the articles from the raw pages kept in WARC files, without the network.

The way to apply improved extraction to the whole archive: the latest stored page of
each article goes through the very path a crawl records it by (extract_page ->
check_article -> iria_archive/archive/record.py RunRecorder): its canonical link is checked, an
article whose page names another URL as its own has moved there, the failures it
makes good are resolved, an unchanged text gets the current extractor stamp. No
Scrapy is needed. Running it twice changes nothing the second time.

Only the WARC files this archive's own runs recorded are read (another
archive may share the folder), each record only when its digests match; a page older
than the archived version never replaces it, a page the crawl held back as an error
page is never used, a gone or moved article is never revived, and every change of
text keeps the previous version in `revisions` (reason "reextracted").
"""

from __future__ import annotations

import logging
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator, Set
from concurrent.futures import Future
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from iria_archive.archive.record import RunRecorder
from iria_archive.archive.warc_read import read_pages
from iria_archive.extraction.article import extract_page
from iria_archive.extraction.check import check_article
from iria_archive.extraction.pool import (
    ExtractionPool,
    PoolUnavailable,
    WorkerDied,
    default_workers,
)
from iria_archive.model.items import ArticlePage, FetchFailure
from iria_archive.model.profile import GENERIC_PROFILE, SiteProfile

logger = logging.getLogger(__name__)


@dataclass
class ReprocessReport:
    """What a reprocess did (or, with dry_run, would do)."""

    counts: Counter[str] = field(default_factory=Counter)
    problems: list[str] = field(default_factory=list)  # missing files, damaged records
    processes: set[int] = field(default_factory=set)  # the pids that extracted pages


def recorded_files(db: Database, folder: Path) -> tuple[dict[Path, int], list[str]]:
    """(this archive's WARC files, oldest first, with the run that wrote each; the
    recorded ones that are missing)."""
    names = {
        name: run_id
        for run_id, name in db.execute(
            "select id, warc_file from crawl_runs where warc_file is not null order by id"
        )
    }
    found: dict[Path, int] = {}
    missing = []
    for name, run_id in names.items():
        path = folder / name
        if path.is_file():
            found[path] = run_id
        elif (folder / f"{name}.open").is_file():
            found[folder / f"{name}.open"] = run_id  # dry run: not recovered yet
        else:
            missing.append(f"{name}: recorded by a run but not in {folder}")
    return found, missing


def held_pages(db: Database) -> set[tuple[str, str]]:
    """(url, fetched_at) of the pages crawls held back as error pages."""
    return {
        (url, at) for url, at in db.execute("select url, at from crawl_errors where kind = 'held'")
    }


def newest_pages(
    files: Iterable[Path],
    problems: list[str],
    skip: Set[tuple[str, str]] = frozenset(),
) -> Iterator[tuple[Path, ArticlePage]]:
    """(file, page): the newest verified page of each URL, newest file first.

    One pass: each file is read once, front to back, and each record with it (issue 21:
    reading every record again at its offset doubled the cost of the reads). A URL taken
    from a newer file is skipped in older ones. Within one file a URL comes twice only
    when two fetches of one run ended at the same page: both come, in fetch order, so the
    later one is recorded last, as a crawl records them.
    """
    taken: set[str] = set()
    for path in reversed(list(files)):
        in_this_file: set[str] = set()
        for _offset, page in read_pages(path, problems):
            if page.url in taken or (page.url, page.fetched_at) in skip:
                continue
            in_this_file.add(page.url)
            yield path, page
        taken |= in_this_file


def reextract(page: ArticlePage, profile: SiteProfile) -> dict[str, Any] | FetchFailure:
    """The page's article as the crawl would record it (runs in a worker process)."""
    result = extract_page(page, profile)
    return result if isinstance(result, FetchFailure) else check_article(result)


def extracted(
    pages: Iterable[tuple[Path, ArticlePage]],
    profile_for: Callable[[str], SiteProfile],
    workers: int,
    pids: set[int],
) -> Iterator[tuple[Path, dict[str, Any] | FetchFailure]]:
    """(file, re-extracted result) of each page, in the order of `pages`.

    With `workers` > 0 the pages are extracted in that many processes, a few pages ahead
    of the caller, who records them (one writer); `pids` collects the processes that did.
    """
    if workers <= 0:
        for path, page in pages:
            yield path, reextract(page, profile_for(page.final_url))
        return
    pool = ExtractionPool(workers)
    window: deque[tuple[Path, ArticlePage, Future[tuple[int, Any]]]] = deque()
    try:
        for path, page in pages:
            future = pool.submit(reextract, page, profile_for(page.final_url))
            window.append((path, page, future))
            if len(window) >= AHEAD * workers:  # enough to keep every worker busy
                yield _settled(*window.popleft(), pids)
        while window:
            yield _settled(*window.popleft(), pids)
    finally:
        pool.close()


# Pages handed to the pool ahead of the one being recorded, per worker.
AHEAD = 4


def _settled(
    path: Path, page: ArticlePage, future: Future[tuple[int, Any]], pids: set[int]
) -> tuple[Path, dict[str, Any] | FetchFailure]:
    try:
        pid, result = future.result()
    except PoolUnavailable as unavailable:
        logger.warning("Extracting %s in this process: %s", page.url, unavailable)
        pid, result = unavailable.run_here()
    except WorkerDied as died:
        logger.warning("Extraction failed for %s: %s", page.url, died)
        return path, FetchFailure(url=page.url, kind="extraction", reason=str(died))
    pids.add(pid)
    return path, result


@contextmanager
def _without_fsync(db: Database, dry_run: bool) -> Iterator[None]:
    """Commit the pages' transactions without waiting for the disk, then restore.

    The record path commits each page (two transactions), and in WAL mode SQLite's
    default (synchronous=FULL) syncs the log at every commit: a few ms of waiting per
    page in the one process that writes, which made it, not extraction, the bottleneck
    (issue 21). With synchronous=NORMAL a commit is still atomic and survives a crash
    of this process; only a power loss may take back the last commits, and a reprocess
    run again redoes them from the WARC files (https://sqlite.org/pragma.html#pragma_synchronous).
    """
    if dry_run or db.execute("pragma journal_mode").fetchone()[0] != "wal":
        yield  # in rollback-journal mode, NORMAL could cost the file itself on power loss
        return
    (before,) = db.execute("pragma synchronous").fetchone()
    db.execute("pragma synchronous = normal")
    try:
        yield
    finally:
        db.execute(f"pragma synchronous = {int(before)}")


def reprocess(
    db: Database,
    folder: Path,
    progress: Callable[[Iterable[Any]], Iterable[Any]] = iter,
    dry_run: bool = False,
    profile_for: Callable[[str], SiteProfile] = lambda _url: GENERIC_PROFILE,
    workers: int | None = None,
) -> ReprocessReport:
    """Re-extract this archive's stored pages into `db`; count what changed.

    Counts: new, updated, unchanged, older (a stored page older than the archived
    version: kept as is), failed (no article in the page), damaged (records skipped).
    `profile_for(url)` names the site rules a page is extracted with. With `dry_run`
    nothing is written (`db` may be read-only): the counts say what a real run would do.
    `workers` processes extract (default: one per core; 0: this process); this process
    reads the WARC files and writes.
    """
    report = ReprocessReport()
    recorder = RunRecorder.for_reprocess(db, folder, dry_run=dry_run)
    files, report.problems = recorded_files(db, folder)
    pages = newest_pages(files, report.problems, skip=held_pages(db))
    workers = default_workers() if workers is None else workers
    with _without_fsync(db, dry_run):
        for path, result in progress(extracted(pages, profile_for, workers, report.processes)):
            # A failure is counted and logged, not kept: a reprocess has no crawl run.
            report.counts[recorder.record(result, page_run=files[path]) or "failed"] += 1
    report.counts["damaged"] = sum("digests" in p or "ends early" in p for p in report.problems)
    if not dry_run and report.counts["new"] + report.counts["updated"]:
        db.table("articles").rebuild_fts()
    return report
