"""Commands that hand the archive to readers: `serve` (Datasette) and `export` (a dataset)."""

from __future__ import annotations

import os
import sqlite3
import sys
from pathlib import Path

import click

from iria_archive.cli.common import (
    archive_config,
    cli,
    config_option,
    db_option,
    migrate_in_place,
    read_only,
)


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
@click.option(
    "--workers",
    type=click.IntRange(1, 64),
    help="Server processes sharing the port [default: one per core, at most 4].",
)
def serve(
    db_path: str,
    config_file: str | None,
    host: str,
    port: int,
    public: bool,
    workers: int | None,
) -> None:
    """Serve the archive with Datasette (search, browse, export).

    The title, description, source and licence are the config's; search and the table
    view count and filter by section (and by site, when there are several). Syncs the
    search index beside the archive first (ARCHIVE.search/). Exit status: 0 stopped
    (SIGINT/SIGTERM), 1 cannot serve (no archive, port in use), 2 usage or config error.
    """
    from iria_archive.serve import ServeError, default_workers, serve_archive

    read_only(db_path).close()  # one line for a missing file or one of something else
    config = archive_config(config_file, db_path)
    if config.path is None:  # no config file: a demo archive names its own sites
        from iria_archive.demo import demo_archive_config

        config = demo_archive_config(db_path) or config
    # Serving keeps the search index in step, whose log lives in the archive: an archive
    # of an earlier release is first brought to this release's schema (issue 19, item 8).
    migrate_in_place(db_path)
    try:
        serve_archive(
            db_path,
            host=host,
            port=port,
            public=public,
            config=config,
            workers=workers or default_workers(),
        )
    except ServeError as error:
        raise click.ClickException(str(error)) from None


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
    except ExportError as error:
        # Options that cannot work (an unknown field, --bom without CSV) are usage errors.
        raise click.UsageError(str(error)) from None
    if output is None and (manifest or fmt == "parquet"):
        what = "--manifest" if manifest else "--format parquet"
        raise click.UsageError(f"{what} needs --output")
    read_only(db_path).close()  # one line for a missing archive, or one of a newer release
    try:
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
