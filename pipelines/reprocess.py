"""Rebuild the articles from the raw pages kept in WARC files, without the network.

The way to apply improved extraction to the whole archive: the latest stored page of
each article goes through the very functions a crawl uses (extract_page ->
check_article -> upsert_article). Running it twice changes nothing the second time.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from pathlib import Path

from sqlite_utils import Database

from pipelines.clean import check_article
from pipelines.extract import extract_page
from pipelines.store import article_row, upsert_article
from pipelines.warc import read_page_at, read_pages
from scraper.items import FetchFailure


def warc_files(folder: Path) -> list[Path]:
    """Complete and cut-short WARC files, oldest first (their names start with a UTC stamp)."""
    files = [*folder.glob("*.warc.gz"), *folder.glob("*.warc.gz.open")]
    return sorted(files, key=lambda p: p.name)


def latest_pages(files: Iterable[Path]) -> dict[str, tuple[str, Path, int]]:
    """URL -> (fetched_at, file, offset) of the newest stored response of each page."""
    latest: dict[str, tuple[str, Path, int]] = {}
    for path in files:
        for offset, page in read_pages(path):
            if page.url not in latest or page.fetched_at >= latest[page.url][0]:
                latest[page.url] = (page.fetched_at, path, offset)
    return latest


def reprocess(
    db: Database, folder: Path, progress: Callable[[Iterable[str]], Iterable[str]] = iter
) -> Counter[str]:
    """Re-extract every page stored in `folder` into `db`; count new/updated/unchanged/failed."""
    latest = latest_pages(warc_files(folder))
    counts: Counter[str] = Counter()
    for url in progress(sorted(latest)):
        fetched_at, path, offset = latest[url]
        page = read_page_at(path, offset)
        if page is None:
            continue
        result = extract_page(page)
        if not isinstance(result, FetchFailure):
            result = check_article(result)
        if isinstance(result, FetchFailure):
            counts["failed"] += 1
            continue
        # A re-extraction is not a new version of the page: no revision is kept.
        counts[upsert_article(db, article_row(result, fetched_at), keep_revision=False)] += 1
    db["articles"].rebuild_fts()
    return counts
