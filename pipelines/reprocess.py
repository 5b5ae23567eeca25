"""Rebuild the articles from the raw pages kept in WARC files, without the network.

The way to apply improved extraction to the whole archive: the latest stored page of
each article goes through the very functions a crawl uses (extract_page ->
check_article -> choose_url -> upsert_article). Running it twice changes nothing the
second time. Only the WARC files this archive's own runs recorded are read (another
archive may share the folder), each record only when its digests match; a page older
than the archived version never replaces it, a page the crawl held back as an error
page is never used, status (gone, moved) is never touched, and every change of text
keeps the previous version in `revisions` (reason "reextracted").
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from sqlite_utils import Database

from pipelines.clean import check_article
from pipelines.extract import extract_page
from pipelines.store import article_row, choose_url, upsert_article
from pipelines.warc import read_page_at, read_pages, recover_open_files
from scraper.items import FetchFailure


@dataclass
class ReprocessReport:
    """What a reprocess did (or, with dry_run, would do)."""

    counts: Counter[str] = field(default_factory=Counter)
    problems: list[str] = field(default_factory=list)  # missing files, damaged records


def recorded_files(db: Database, folder: Path) -> tuple[list[Path], list[str]]:
    """(this archive's WARC files, oldest first; the recorded ones that are missing)."""
    names = [
        name
        for (name,) in db.execute(
            "select warc_file from crawl_runs where warc_file is not null order by id"
        )
    ]
    found, missing = [], []
    for name in dict.fromkeys(names):
        path = folder / name
        if path.is_file():
            found.append(path)
        elif (folder / f"{name}.open").is_file():
            found.append(folder / f"{name}.open")  # dry run: not recovered yet
        else:
            missing.append(f"{name}: recorded by a run but not in {folder}")
    return found, missing


def held_pages(db: Database) -> set[tuple[str, str]]:
    """(url, fetched_at) of the pages crawls held back as error pages."""
    return {
        (url, at) for url, at in db.execute("select url, at from crawl_errors where kind = 'held'")
    }


def latest_pages(
    files: Iterable[Path], problems: list[str], skip: set[tuple[str, str]] = frozenset()
) -> dict[str, tuple[str, Path, int]]:
    """URL -> (fetched_at, file, offset) of the newest verified response of each page."""
    latest: dict[str, tuple[str, Path, int]] = {}
    for path in files:
        for offset, page in read_pages(path, problems):
            if (page.url, page.fetched_at) in skip:
                continue
            if page.url not in latest or page.fetched_at >= latest[page.url][0]:
                latest[page.url] = (page.fetched_at, path, offset)
    return latest


def reprocess(
    db: Database,
    folder: Path,
    progress: Callable[[Iterable[str]], Iterable[str]] = iter,
    dry_run: bool = False,
) -> ReprocessReport:
    """Re-extract this archive's stored pages into `db`; count what changed.

    Counts: new, updated, unchanged, older (a stored page older than the archived
    version: kept as is), failed (no article in the page), damaged (records skipped).
    With `dry_run` nothing is written (`db` may be read-only): the counts say what a
    real run would do.
    """
    report = ReprocessReport()
    if not dry_run:
        recover_open_files(db, folder)
    files, report.problems = recorded_files(db, folder)
    latest = latest_pages(files, report.problems, skip=held_pages(db))
    report.counts["damaged"] = sum("digests" in p or "ends early" in p for p in report.problems)
    for url in progress(sorted(latest)):
        fetched_at, path, offset = latest[url]
        page = read_page_at(path, offset)
        if page is None:
            continue
        result = extract_page(page)
        if not isinstance(result, FetchFailure):
            result = check_article(result)
        if isinstance(result, FetchFailure):
            report.counts["failed"] += 1
            continue
        row = article_row(result, fetched_at)
        choose_url(db, row, result.get("requested_url"), result.get("final_url"))
        outcome = upsert_article(db, row, reprocessing=True, dry_run=dry_run)
        report.counts[outcome] += 1
    if not dry_run and report.counts["new"] + report.counts["updated"]:
        db["articles"].rebuild_fts()
    return report
