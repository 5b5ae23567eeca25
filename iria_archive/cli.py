"""The `iria-archive` command: crawl, serve, demo. Thin commands over library functions."""

from __future__ import annotations

import os
import sqlite3
import sys
import time
from collections.abc import Iterable, Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path
from typing import Any

import click
from sqlite_utils import Database

from iria_archive.crawl import (
    EXIT_FAILED,
    EXIT_INTERRUPTED,
    EXIT_LOCKED,
    configure_logging,
    project_settings,
)
from pipelines.archive import (
    NotAnArchive,
    UnknownSection,
    latest_errors,
    latest_runs,
    open_read_only,
    sections,
)
from pipelines.lock import ArchiveLock, ArchiveLocked

DB_OPTION_HELP = "SQLite archive file."


def db_option(func: Any) -> Any:
    return click.option(
        "--db",
        "db_path",
        default="archive.db",
        show_default=True,
        envvar="IRIA_ARCHIVE_DB",
        show_envvar=True,
        type=click.Path(dir_okay=False),
        help=DB_OPTION_HELP,
    )(func)


@click.group()
@click.version_option(package_name="iria-archive")
def cli() -> None:
    """A searchable archive of the Europe section of the IRIA news site."""


def _parse_setting(
    ctx: click.Context, param: click.Parameter, values: tuple[str, ...]
) -> dict[str, str]:
    from iria_archive.crawl import SettingError, check_setting

    settings = {}
    for value in values:
        name, sep, setting = value.partition("=")
        if not sep or not name:
            raise click.BadParameter(f"expected NAME=VALUE, got {value!r}", ctx, param)
        try:
            check_setting(name, setting)
        except SettingError as error:
            raise click.BadParameter(str(error), ctx, param) from None
        settings[name] = setting
    return settings


def config_option(func: Any) -> Any:
    return click.option(
        "--config",
        "config_file",
        envvar="IRIA_CONFIG",
        show_envvar=True,
        type=click.Path(dir_okay=False),
        help="Sites and sections of the archive (TOML) [default: iria-archive.toml beside"
        " --db if there is one, else IRIA's Europe section].",
    )(func)


class ConfigProblem(click.ClickException):
    """A config file that cannot be used: one line, the usage-error status."""

    exit_code = 2


def _config(config_file: str | None, db_path: str) -> Any:
    from iria_archive.config import ConfigError, config_path, load_config

    try:
        return load_config(config_path(config_file, db_path))
    except ConfigError as error:
        raise ConfigProblem(str(error)) from None


@cli.command()
@db_option
@config_option
@click.option(
    "--start-url",
    envvar="IRIA_START_URL",
    show_envvar=True,
    help="Crawl only this category archive [default: every section of the config].",
)
@click.option(
    "--site",
    "sites",
    multiple=True,
    metavar="NAME",
    help="Crawl only this site's sections (repeatable).",
)
@click.option(
    "--section",
    "sections",
    multiple=True,
    metavar="NAME",
    help="Crawl only this section: NAME, SITE/NAME or its URL (repeatable).",
)
@click.option("--full", is_flag=True, help="Walk the whole archive and re-check every article.")
@click.option(
    "-s",
    "--set",
    "overrides",
    multiple=True,
    metavar="NAME=VALUE",
    callback=_parse_setting,
    help="Override a Scrapy setting (repeatable).",
)
@click.option(
    "--log-file",
    type=click.Path(dir_okay=False),
    help="Also write the full crawl log (INFO) to this file.",
)
@click.option("-v", "--verbose", is_flag=True, help="Log progress details to stderr.")
@click.option("-q", "--quiet", is_flag=True, help="No progress line and no summary; errors only.")
def crawl(
    db_path: str,
    config_file: str | None,
    start_url: str | None,
    sites: tuple[str, ...],
    sections: tuple[str, ...],
    full: bool,
    overrides: dict[str, str],
    log_file: str | None,
    verbose: bool,
    quiet: bool,
) -> None:
    """Crawl the configured sections into the archive database, one after the other.

    The first run of a section walks its whole archive; later runs fetch only what is
    new or changed (REST API, or feed and sitemap; conditional requests), unless --full.
    Each section keeps its own runs, errors and crawl state.

    Exit status: 0 every run did its job (single missing pages are recorded and retried
    next time), 1 a run failed (site unreachable, layout drift, extraction broken,
    database error), 2 usage or config error, 3 another crawl holds the archive,
    4 interrupted.
    """
    from iria_archive.config import ConfigError
    from iria_archive.crawl import SectionCrawl, run_sections

    start_url = start_url or overrides.pop("IRIA_START_URL", None)
    if start_url and not start_url.startswith(("http://", "https://")):
        raise click.BadParameter("must be an http(s) URL", param_hint="--start-url")
    if start_url and (sites or sections):
        raise click.UsageError("--start-url names one section: no --site or --section with it")
    config = _config(config_file, db_path)
    if start_url:
        site = config.site_of(start_url)
        own = {
            **(site.settings if site else {}),
            "IRIA_SITE_PROFILE": config.profile_for(start_url),
        }
        plan = [SectionCrawl(start_url, own)]
        labels = [site.name if site else start_url]
    else:
        try:
            chosen = config.pick(sites, sections)
        except ConfigError as error:
            raise ConfigProblem(str(error)) from None
        by_name = {site.name: site for site in config.sites}
        plan = [
            SectionCrawl(
                s.url, {**by_name[s.site].settings, "IRIA_SITE_PROFILE": by_name[s.site].profile}
            )
            for s in chosen
        ]
        labels = [s.key for s in chosen]
    _check_writable(db_path)
    # Quiet by default (cron mails only trouble): the verdict and summary say what matters.
    configure_logging("INFO" if verbose else "CRITICAL", log_file)
    settings = {"IRIA_DB_PATH": db_path, "IRIA_LOCK_HELD": True, **overrides}
    if quiet:
        settings.setdefault("IRIA_PROGRESS", "False")
    with _lock(db_path):
        results = run_sections(project_settings(settings), plan, full=full)
    for label, result in zip(labels, results, strict=False):
        prefix = f"[{label}] " if len(plan) > 1 else ""
        if not quiet:
            click.echo(
                prefix + _summary(result.stats, result.status, result.reason, db_path), err=True
            )
        if result.exit_code:
            click.echo(f"Error: {prefix}crawl {result.status}: {result.reason}", err=True)
    sys.exit(_worst(results))


def _worst(results: list[Any]) -> int:
    """The command's status: interrupted above failed above ok."""
    codes = {result.exit_code for result in results} or {EXIT_FAILED}
    for code in (EXIT_INTERRUPTED, EXIT_FAILED):
        if code in codes:
            return code
    return max(codes)


@contextmanager
def _lock(db_path: str) -> Iterator[None]:
    """Hold the archive's lock for the block, or exit at once with EXIT_LOCKED."""
    held = ExitStack()
    try:
        held.enter_context(ArchiveLock(db_path))
    except ArchiveLocked as error:
        click.echo(f"Error: {error}", err=True)
        sys.exit(EXIT_LOCKED)
    except OSError as error:
        raise click.ClickException(f"cannot lock the archive {db_path}: {error.strerror}") from None
    with held:
        yield


def _check_writable(db_path: str) -> None:
    """Fail before crawling when the archive cannot be written or is something else."""
    from pipelines.store import open_archive

    try:
        open_archive(db_path).close()
    except NotAnArchive as error:
        raise click.ClickException(f"refusing to write: {error}") from None
    except sqlite3.Error as error:
        raise click.ClickException(f"cannot write the archive {db_path}: {error}") from None


def _read_only(db_path: str) -> Database:
    """The archive opened read-only, or exit 1 with one line (missing, not an archive)."""
    try:
        return open_read_only(db_path)
    except NotAnArchive as error:
        raise click.ClickException(str(error)) from None


@contextmanager
def _known_section() -> Iterator[None]:
    """Exit 1 with one line when --section names no section of the archive."""
    try:
        yield
    except UnknownSection as error:
        raise click.ClickException(str(error)) from None


def _summary(stats: dict[str, Any], status: str, reason: str | None, db_path: str) -> str:
    from pipelines.runs import FetchCounts, RunCounters

    counts, fetch = RunCounters.from_stats(stats), FetchCounts.from_stats(stats)
    elapsed = stats.get("elapsed_time_seconds", 0.0)
    lines = [
        f"Crawl {status}{f' ({reason})' if reason else ''} in {elapsed:.1f}s -> {db_path}"
        f"  [{fetch.mode}]",
        f"  requests      {stats.get('downloader/request_count', 0)}"
        f"  (responses {fetch.pages_fetched}, retries {stats.get('retry/count', 0)})",
        f"  archive pages {fetch.listing_pages}",
        f"  articles      {counts.stored}"
        f"  (new {counts.new}, updated {counts.updated}, unchanged {counts.unchanged},"
        f" gone {counts.gone}, moved {counts.moved})",
        f"  errors        {counts.errors}"
        + (f"  (see: iria-archive errors --db {db_path})" if counts.errors else ""),
    ]
    return "\n".join(lines)


@cli.command()
@db_option
@config_option
@click.option("--host", default="127.0.0.1", show_default=True, help="Interface to bind.")
@click.option(
    "--port",
    default=8001,
    show_default=True,
    type=click.IntRange(0, 65535),
    help="Port to listen on (0: any free port).",
)
@click.option(
    "--public",
    is_flag=True,
    help="Publishing profile: serve an immutable snapshot, no arbitrary SQL, no download.",
)
def serve(db_path: str, config_file: str | None, host: str, port: int, public: bool) -> None:
    """Serve the archive with Datasette (search, browse, export).

    The title, description, source and licence are the config's; search and the table
    view count and filter by section (and by site, when there are several). Syncs the
    search index beside the archive first (ARCHIVE.search/). Exit status: 0 stopped
    (SIGINT/SIGTERM), 1 cannot serve (no archive, port in use), 2 usage or config error.
    """
    from iria_archive.serve import ServeError, serve_archive

    if not Path(db_path).is_file():
        raise click.ClickException(f"no archive at {db_path}: run `iria-archive crawl` first")
    _read_only(db_path).close()  # one line for a file that is not an archive
    config = _config(config_file, db_path)
    try:
        serve_archive(db_path, host=host, port=port, public=public, config=config)
    except ServeError as error:
        raise click.ClickException(str(error)) from None


def section_option(what: str) -> Any:
    return click.option(
        "--section",
        metavar="URL",
        help=f"Only this section's {what} (the category archive URL it was crawled from).",
    )


@cli.command()
@db_option
@click.option("--limit", default=20, show_default=True, help="How many of the latest errors.")
@section_option("errors")
def errors(db_path: str, limit: int, section: str | None) -> None:
    """List the pages the latest runs could not archive, and why.

    One line per page: run, kind, reason, URL, and the run's section when the archive
    holds more than one.
    """
    db = _read_only(db_path)
    with _known_section():
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
@config_option
def reprocess(db_path: str, warc_dir: str | None, dry_run: bool, config_file: str | None) -> None:
    """Rebuild the articles from the stored WARC files, without the network.

    Only the WARC files this archive's runs recorded are read, and only records whose
    digests match; pages are recorded as a crawl records them (moves, resolved errors,
    the current extractor stamp), a stored page never replaces a newer archived
    version nor revives a gone article, and every text it changes keeps a revision.
    Each page is read with the rules of its site in the config.
    """
    from pipelines.record_rows import open_archive  # no Scrapy: reprocess is offline
    from pipelines.reprocess import reprocess as reprocess_archive
    from pipelines.warc import warc_dir as default_warc_dir

    _read_only(db_path).close()  # one line for a missing file or one of something else
    profile_for = _config(config_file, db_path).profile_for
    folder = Path(warc_dir) if warc_dir else default_warc_dir(db_path)
    started = time.monotonic()

    def progress(urls: Iterable[str]) -> Iterator[str]:
        urls = list(urls)
        hidden = not sys.stderr.isatty()
        with click.progressbar(urls, label="Re-extracting", file=sys.stderr, hidden=hidden) as bar:
            yield from bar

    if dry_run:
        db = _read_only(db_path)
        report = reprocess_archive(db, folder, progress, dry_run=True, profile_for=profile_for)
        db.close()
    else:
        from iria_archive.search_index import sync_after_writes

        with _lock(db_path):
            db = open_archive(db_path)
            report = reprocess_archive(db, folder, progress, profile_for=profile_for)
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
    from iria_archive.search_index import IndexState, archive_stamp, index_path, sync_index

    if not Path(db_path).is_file():
        raise click.ClickException(f"no archive at {db_path}")
    if check:
        conn = sqlite3.connect(f"file:{Path(db_path).resolve()}?mode=ro", uri=True)
        try:
            stamp = archive_stamp(conn)
        finally:
            conn.close()
        state = IndexState.read(index_path(db_path))
        if stamp is None or state is None or (state.archive_id, state.seq) != stamp:
            click.echo(f"search index of {db_path}: stale or missing", err=True)
            sys.exit(1)
        click.echo(f"search index of {db_path}: in step ({state.docs:,} articles)", err=True)
        return
    with _lock(db_path):
        try:
            result = sync_index(db_path, rebuild=True)
        except (sqlite3.Error, OSError, ValueError) as error:
            raise click.ClickException(f"cannot rebuild the search index: {error}") from None
    click.echo(
        f"Search index rebuilt: {result.docs:,} articles in {result.seconds:.1f}s"
        f" -> {index_path(db_path)}",
        err=True,
    )


# The columns of `runs`, by archive field (pipelines.archive.RUN_FIELDS).
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
    "reason": "reason",
}


@cli.command()
@db_option
@click.option("--limit", default=10, show_default=True, help="How many of the latest runs.")
@section_option("runs")
def runs(db_path: str, limit: int, section: str | None) -> None:
    """Show the latest crawl runs as a table (with their section, if there are several)."""
    from tabulate import tabulate

    db = _read_only(db_path)
    with _known_section():
        rows = latest_runs(db, limit, section)
    headers = dict(RUN_HEADERS)
    if len(sections(db)) > 1:
        headers["start_url"] = "section"
    db.close()
    table = [[row[name] for name in headers] for row in rows]
    click.echo(tabulate(table, headers=list(headers.values())))


@cli.command()
@click.option(
    "--db",
    "db_path",
    default="demo.db",
    show_default=True,
    type=click.Path(dir_okay=False),
    help="The demo's own archive (never one made by `crawl`).",
)
@click.option(
    "--port",
    type=click.IntRange(1, 65534),
    help="First port of the replica sites [default: the demo archive's own, else 8765].",
)
def demo(db_path: str, port: int | None) -> None:
    """Crawl two bundled replica sites, offline, into a demo archive."""
    from iria_archive.crawl import SectionCrawl, run_sections
    from iria_archive.demo import NotADemoArchive, demo_port, demo_sites

    try:
        port = demo_port(db_path, port)
    except NotAnArchive as error:
        raise click.ClickException(str(error)) from None
    except NotADemoArchive as error:
        raise click.ClickException(f"refusing to write: {error}") from None
    _check_writable(db_path)
    configure_logging("CRITICAL", None)
    overrides = {
        "IRIA_DB_PATH": db_path,
        "IRIA_LOCK_HELD": True,
        "AUTOTHROTTLE_ENABLED": False,
        "DOWNLOAD_DELAY": 0,
        "CONCURRENT_REQUESTS_PER_DOMAIN": 8,
    }
    try:
        with demo_sites(port) as config, _lock(db_path):
            for site in config.sites:
                click.echo(f"Replica site {site.name!r} at {site.base_url}", err=True)
            plan = [
                SectionCrawl(s.url, {"IRIA_SITE_PROFILE": config.site_named(s.site).profile})
                for s in config.sections
            ]
            results = run_sections(project_settings(overrides), plan)
    except OSError as error:
        raise click.ClickException(
            f"cannot serve the replica on 127.0.0.1:{port} ({error.strerror}): pass --port"
        ) from None
    for section, result in zip(config.sections, results, strict=False):
        summary = _summary(result.stats, result.status, result.reason, db_path)
        click.echo(f"[{section.key}] {summary}", err=True)
    click.echo(
        f"Now browse it: iria-archive serve --db {db_path}  (http://127.0.0.1:8001)", err=True
    )
    sys.exit(_worst(results) and EXIT_FAILED)


@cli.command()
@db_option
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["jsonl", "csv", "parquet"]),
    default="jsonl",
    show_default=True,
    help="JSON Lines, CSV, or Parquet (needs the `parquet` extra and --output).",
)
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, writable=True),
    help="File to write [default: stdout].",
)
@click.option("--since", metavar="YYYY-MM-DD", help="Only articles published on or after.")
@click.option("--until", metavar="YYYY-MM-DD", help="Only articles published on or before.")
@click.option("--category", metavar="NAME", help="Only articles in this category (e.g. Balkans).")
@click.option("--query", metavar="FTS", help="Only articles matching this search.")
@click.option(
    "--fields",
    metavar="A,B,C",
    help="Columns to write, in this order [default: every documented column].",
)
@click.option(
    "--manifest",
    is_flag=True,
    help="Also write OUTPUT.manifest.json: rows, options, columns, SHA-256 (needs --output).",
)
@click.option(
    "--bom",
    is_flag=True,
    help="CSV: start with a UTF-8 byte order mark, so Excel reads accents right.",
)
def export(
    db_path: str,
    fmt: str,
    output: str | None,
    since: str | None,
    until: str | None,
    category: str | None,
    query: str | None,
    fields: str | None,
    manifest: bool,
    bom: bool,
) -> None:
    """Export the articles as a dataset, in a reproducible order (published, url)."""
    from iria_archive.export import (
        DEFAULT_FIELDS,
        ExportError,
        ExportOptions,
        check_options,
        count_rows,
        export_articles,
        export_to_file,
    )

    chosen = tuple(f.strip() for f in fields.split(",")) if fields else DEFAULT_FIELDS
    options = ExportOptions(fmt, since, until, category, query, chosen, bom)
    try:
        check_options(options)
        if output is None and (manifest or fmt == "parquet"):
            what = "--manifest" if manifest else "--format parquet"
            raise click.UsageError(f"{what} needs --output")
        if output is None:
            try:
                export_articles(db_path, sys.stdout.buffer, options)
                sys.stdout.flush()
            except BrokenPipeError:
                # The reader stopped reading (`export | head`): that is the end, not an
                # error. Point stdout at /dev/null so the exit flush cannot fail again.
                devnull = os.open(os.devnull, os.O_WRONLY)
                os.dup2(devnull, sys.stdout.fileno())
            return
        if not sys.stderr.isatty():
            export_to_file(db_path, Path(output), options, manifest)
            return
        with click.progressbar(
            length=count_rows(db_path, options), label="Exporting", file=sys.stderr
        ) as bar:
            export_to_file(db_path, Path(output), options, manifest, progress=bar.update)
    except ExportError as error:
        raise click.ClickException(str(error)) from None
    except (sqlite3.Error, OSError) as error:
        raise click.ClickException(f"export failed: {error}") from None
