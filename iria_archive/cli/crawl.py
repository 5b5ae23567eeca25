"""`crawl` and `demo`: which sections to crawl, under which settings, and the summary."""

from __future__ import annotations

import os
import signal
import sys
from typing import Any

import click

from iria_archive.archive.database import NotAnArchive
from iria_archive.cli.common import (
    ConfigProblem,
    archive_config,
    check_writable,
    cli,
    config_option,
    db_option,
    holding_lock,
)
from iria_archive.crawl import (
    EXIT_FAILED,
    EXIT_INTERRUPTED,
    CrawlResult,
    SectionCrawl,
    StopSignals,
    configure_logging,
    project_settings,
    run_sections,
)


def _parse_setting(
    ctx: click.Context, param: click.Parameter, values: tuple[str, ...]
) -> dict[str, str]:
    from iria_archive.config_settings import UnknownSetting, check_setting_names
    from iria_archive.crawl import SettingError, check_setting

    settings = {}
    for value in values:
        name, sep, setting = value.partition("=")
        if not sep or not name:
            raise click.BadParameter(f"expected NAME=VALUE, got {value!r}", ctx, param)
        settings[name] = setting
    try:
        # A name nothing reads is a typo (issue 19, item 10): the components the other
        # -s values configure may read it, so all of them are known first.
        check_setting_names(settings, settings)
        for name, setting in settings.items():
            check_setting(name, setting)
    except (SettingError, UnknownSetting) as error:
        raise click.BadParameter(str(error), ctx, param) from None
    return settings


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
    database error) or is incomplete (it found fewer articles than the site says the
    section holds; the next run walks it again), 2 usage or config error, 3 another
    crawl holds the archive, 4 interrupted.
    """
    # A stop signal is an orderly stop (exit 4), before the crawl starts too (cli).
    stop_signals = click.get_current_context().find_object(StopSignals)
    if stop_signals is None:
        stop_signals = StopSignals()
        stop_signals.install()
    from iria_archive.config import ConfigError

    start_url = start_url or overrides.pop("IRIA_START_URL", None)
    if start_url and not start_url.startswith(("http://", "https://")):
        raise click.BadParameter("must be an http(s) URL", param_hint="--start-url")
    if start_url and (sites or sections):
        raise click.UsageError("--start-url names one section: no --site or --section with it")
    config = archive_config(config_file, db_path)
    if start_url:
        site = config.site_of(start_url)
        urls, labels = [start_url], [site.name if site else start_url]
    else:
        try:
            chosen = config.pick(sites, sections)
        except ConfigError as error:
            raise ConfigProblem(str(error)) from None
        urls, labels = [s.url for s in chosen], [s.key for s in chosen]
    plan = [SectionCrawl(url, config.crawl_settings(url)) for url in urls]
    check_writable(db_path)
    # Quiet by default (cron mails only trouble): the verdict and summary say what matters.
    configure_logging("INFO" if verbose else "CRITICAL", log_file)
    settings = {"IRIA_DB_PATH": db_path, "IRIA_LOCK_HELD": True, **overrides}
    if quiet:
        settings.setdefault("IRIA_PROGRESS", "False")
    with holding_lock(db_path):
        results = run_sections(project_settings(settings), plan, full, stop_signals)
    runs_recorded()
    for label, result in zip(labels, results, strict=False):
        prefix = f"[{label}] " if len(plan) > 1 else ""
        if not quiet:
            click.echo(prefix + summary(result, db_path), err=True)
        if result.exit_code:
            click.echo(f"Error: {prefix}crawl {result.status}: {result.reason}", err=True)
    sys.exit(worst(results))


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
    from iria_archive.demo import (
        DemoUnavailable,
        NotADemoArchive,
        demo_port,
        demo_sites,
        require_replica,
    )

    try:
        require_replica()  # before anything is written
    except DemoUnavailable as error:
        raise click.ClickException(str(error)) from None

    try:
        port = demo_port(db_path, port)
    except NotAnArchive as error:
        raise click.ClickException(str(error)) from None
    except NotADemoArchive as error:
        raise click.ClickException(f"refusing to write: {error}") from None
    check_writable(db_path)
    configure_logging("CRITICAL", None)
    overrides = {
        "IRIA_DB_PATH": db_path,
        "IRIA_LOCK_HELD": True,
        "AUTOTHROTTLE_ENABLED": False,
        "DOWNLOAD_DELAY": 0,
        "CONCURRENT_REQUESTS_PER_DOMAIN": 8,
    }
    try:
        with demo_sites(port) as config, holding_lock(db_path):
            for site in config.sites:
                click.echo(f"Replica site {site.name!r} at {site.base_url}", err=True)
            plan = [SectionCrawl(s.url, config.crawl_settings(s.url)) for s in config.sections]
            results = run_sections(project_settings(overrides), plan)
        runs_recorded()
    except OSError as error:
        raise click.ClickException(
            f"cannot serve the replica on 127.0.0.1:{port} ({error.strerror}): pass --port"
        ) from None
    for section, result in zip(config.sections, results, strict=False):
        click.echo(f"[{section.key}] {summary(result, db_path)}", err=True)
    # `uv run` sets UV: the hint is the command that works where the demo was run.
    run = "uv run " if os.environ.get("UV") else ""
    click.echo(
        f"Now browse it: {run}iria-archive serve --db {db_path}  (http://127.0.0.1:8001)",
        err=True,
    )
    sys.exit(worst(results) and EXIT_FAILED)


def runs_recorded() -> None:
    """The runs are recorded: a stop signal from here on changes nothing. Python puts the
    default action back as it exits, and a `systemctl stop` in that moment turned a
    finished run's exit status into death by SIGTERM."""
    for stop in (signal.SIGINT, signal.SIGTERM):
        signal.signal(stop, signal.SIG_IGN)


def worst(results: list[CrawlResult]) -> int:
    """The command's status: interrupted above failed above ok."""
    codes = {result.exit_code for result in results} or {EXIT_FAILED}
    for code in (EXIT_INTERRUPTED, EXIT_FAILED):
        if code in codes:
            return code
    return max(codes)


def summary(result: CrawlResult, db_path: str) -> str:
    """What one section's run did, in five lines (its verdict first)."""
    stats: dict[str, Any] = result.stats
    fetch = result.facts
    counts = fetch.recorded
    elapsed = stats.get("elapsed_time_seconds", 0.0)
    reason = f" ({result.reason})" if result.reason else ""
    lines = [
        f"Crawl {result.status}{reason} in {elapsed:.1f}s -> {db_path}  [{fetch.mode}]",
        f"  requests      {stats.get('downloader/request_count', 0)}"
        f"  (responses {fetch.pages_fetched}, retries {stats.get('retry/count', 0)})",
        f"  archive pages {fetch.listing_pages}",
        f"  listed        {fetch.found or 0}"
        + (f"  (the site counts {expected})" if (expected := fetch.expected) else ""),
        f"  articles      {counts.stored}"
        f"  (new {counts.new}, updated {counts.updated}, unchanged {counts.unchanged},"
        f" gone {counts.gone}, moved {counts.moved})",
        f"  errors        {counts.errors}"
        + (f"  (see: iria-archive errors --db {db_path})" if counts.errors else ""),
    ]
    if counts.conflicts:
        lines.append(
            f"  conflicts     {counts.conflicts}  (post ids claimed by two URLs, both kept;"
            f" see: iria-archive errors --db {db_path})"
        )
    return "\n".join(lines)
