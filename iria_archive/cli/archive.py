"""Commands on the archive as it stands: `runs`, `errors` (read only), `reprocess` and
`reindex` (rebuilt from what is stored, offline: no Scrapy is imported)."""

from __future__ import annotations

import sqlite3
import sys
import time
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import click

from iria_archive.archive.database import latest_errors, latest_runs, sections
from iria_archive.cli.common import (
    archive_config,
    cli,
    config_option,
    db_option,
    holding_lock,
    known_section,
    limit_option,
    migrate_in_place,
    read_only,
    section_option,
)

# The columns of `runs`, by archive field (iria_archive.archive.database.RUN_FIELDS).
RUN_HEADERS = {
    "id": "run",
    "started": "started",
    "finished": "finished",
    "mode": "mode",
    "status": "status",
    "pages_fetched": "pages",
    "articles_new": "new",
    "articles_updated": "updated",
    "articles_unchanged": "unchanged",
    "errors": "errors",
    # What the site says the section holds, and what the archive holds of it live.
    "expected": "expected",
    "archived": "archived",
    "reason": "reason",
}


@cli.command()
@db_option
@limit_option(10, "runs")
@section_option("runs")
def runs(db_path: str, limit: int, section: str | None) -> None:
    """Show the latest crawl runs as a table (with their section, if there are several)."""
    from tabulate import tabulate

    db = read_only(db_path)
    with known_section():
        rows = latest_runs(db, limit, section)
    headers = dict(RUN_HEADERS)
    if len(sections(db)) > 1:
        headers["start_url"] = "section"
    db.close()
    table = [[row[name] for name in headers] for row in rows]
    click.echo(tabulate(table, headers=list(headers.values())))


@cli.command()
@db_option
@limit_option(20, "errors")
@section_option("errors")
def errors(db_path: str, limit: int, section: str | None) -> None:
    """List the pages the latest runs could not archive, and why.

    One line per page: run, kind, reason, URL, and the run's section when the archive
    holds more than one.
    """
    db = read_only(db_path)
    with known_section():
        rows = latest_errors(db, limit, section)
    several = len(sections(db)) > 1
    db.close()
    for row in rows:
        line = f"run {row['run_id']}\t{row['kind']}\t{row['reason']}\t{row['url']}"
        click.echo(line + (f"\t{row['start_url']}" if several else ""))


@cli.command()
@db_option
@click.option(
    "--warc-dir",
    type=click.Path(file_okay=False),
    help="Folder of the WARC files, if the crawls used IRIA_WARC_DIR [default: warc/ beside --db].",
)
@click.option("--dry-run", is_flag=True, help="Count what would change; write nothing.")
@click.option(
    "--workers",
    type=click.IntRange(min=0),
    help="Processes extracting pages (0: this one) [default: one per core].",
)
@config_option
def reprocess(
    db_path: str, warc_dir: str | None, dry_run: bool, workers: int | None, config_file: str | None
) -> None:
    """Rebuild the articles from the stored WARC files, without the network.

    Only the WARC files this archive's runs recorded are read, and only records whose
    digests match; pages are recorded as a crawl records them (moves, resolved errors,
    the current extractor stamp), a stored page never replaces a newer archived
    version nor revives a gone article, and every text it changes keeps a revision.
    Each page is read with the rules of its site in the config.
    """
    from iria_archive.archive.reprocess import reprocess as reprocess_archive
    from iria_archive.archive.rows import open_archive
    from iria_archive.archive.warc_write import warc_dir as default_warc_dir

    read_only(db_path).close()  # one line for a missing file or one of something else
    profile_for = archive_config(config_file, db_path).profile_for
    folder = Path(warc_dir) if warc_dir else default_warc_dir(db_path)
    started = time.monotonic()

    def progress(pages: Iterable[Any]) -> Iterator[Any]:
        # Pages come as the WARC files are read (once): how many is known at the end.
        hidden = not sys.stderr.isatty()
        with click.progressbar(pages, label="Re-extracting", file=sys.stderr, hidden=hidden) as bar:
            yield from bar

    if dry_run:
        db = read_only(db_path)
        report = reprocess_archive(
            db, folder, progress, dry_run=True, profile_for=profile_for, workers=workers
        )
        db.close()
    else:
        from iria_archive.search.index import sync_after_writes

        with holding_lock(db_path):
            db = open_archive(db_path)
            report = reprocess_archive(
                db, folder, progress, profile_for=profile_for, workers=workers
            )
            db.close()
            sync_after_writes(db_path)  # the search index follows, as after a crawl
    counts = report.counts
    for problem in report.problems:
        click.echo(f"Skipped: {problem}", err=True)
    pages = sum(counts.values()) - counts["damaged"]
    click.echo(
        f"{'Would reprocess' if dry_run else 'Reprocessed'} {pages} pages"
        f" in {time.monotonic() - started:.1f}s:"
        f" {counts['new']} new, {counts['updated']} changed, {counts['unchanged']} unchanged,"
        f" {counts['failed']} failed; {counts['older']} older than the archive kept as is,"
        f" {counts['damaged']} damaged records skipped",
        err=True,
    )


@cli.command()
@db_option
@click.option("--check", is_flag=True, help="Only say whether the index is in step (1 if not).")
def reindex(db_path: str, check: bool) -> None:
    """Rebuild the search index beside the archive (ARCHIVE.search/) from the archive.

    Crawls, reprocess and serve keep it in step by themselves; this rebuilds it whole,
    e.g. after the index was deleted or copied from elsewhere.
    """
    from iria_archive.search.index import index_in_step, index_path, sync_index

    read_only(db_path).close()  # one line for a missing file or one of something else
    if check:
        state = index_in_step(db_path)
        if state is None:
            click.echo(f"search index of {db_path}: stale or missing", err=True)
            sys.exit(1)
        click.echo(f"search index of {db_path}: in step ({state.docs:,} articles)", err=True)
        return
    migrate_in_place(db_path)  # the index's triggers go into this release's schema
    with holding_lock(db_path):
        try:
            result = sync_index(db_path, rebuild=True)
        except (sqlite3.Error, OSError, ValueError) as error:
            raise click.ClickException(f"cannot rebuild the search index: {error}") from None
    click.echo(
        f"Search index rebuilt: {result.docs:,} articles in {result.seconds:.1f}s"
        f" -> {index_path(db_path)}",
        err=True,
    )
