"""Rebuild the articles from the raw pages kept in WARC files, without the network.

The way to apply improved extraction to the whole archive: the latest stored page of
each article goes through the very path a crawl records it by (extract_page ->
check_article -> pipelines/record.py RunRecorder): its canonical link is checked, an
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

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from sqlite_utils import Database

from pipelines.clean import check_article
from pipelines.extract import extract_page
from pipelines.record import RunRecorder
from pipelines.warc_read import read_page_at, read_pages
from scraper.items import FetchFailure
from scraper.profile import IRIA_PROFILE, SiteProfile


@dataclass
class ReprocessReport:
    """What a reprocess did (or, with dry_run, would do)."""

    counts: Counter[str] = field(default_factory=Counter)
    problems: list[str] = field(default_factory=list)  # missing files, damaged records


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
    profile_for: Callable[[str], SiteProfile] = lambda _url: IRIA_PROFILE,
) -> ReprocessReport:
    """Re-extract this archive's stored pages into `db`; count what changed.

    Counts: new, updated, unchanged, older (a stored page older than the archived
    version: kept as is), failed (no article in the page), damaged (records skipped).
    `profile_for(url)` names the site rules a page is extracted with. With `dry_run`
    nothing is written (`db` may be read-only): the counts say what a real run would do.
    """
    report = ReprocessReport()
    recorder = RunRecorder.reprocessing(db, folder, dry_run=dry_run)
    files, report.problems = recorded_files(db, folder)
    latest = latest_pages(files, report.problems, skip=held_pages(db))
    report.counts["damaged"] = sum("digests" in p or "ends early" in p for p in report.problems)
    for url in progress(sorted(latest)):
        _fetched_at, path, offset = latest[url]
        page = read_page_at(path, offset)
        if page is None:
            continue
        result = extract_page(page, profile_for(page.final_url))
        if not isinstance(result, FetchFailure):
            result = check_article(result)
        # A failure is counted and logged, not kept: a reprocess has no crawl run.
        report.counts[recorder.record(result, page_run=files[path]) or "failed"] += 1
    if not dry_run and report.counts["new"] + report.counts["updated"]:
        db["articles"].rebuild_fts()
    return report
