"""What every command shares: the group, the common options, and the archive's one-line
errors (missing, not an archive, locked, unwritable, bad config, unknown section)."""

from __future__ import annotations

import sqlite3
import sys
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from typing import TYPE_CHECKING, Any

import click
from sqlite_utils import Database

from iria_archive.crawl import EXIT_LOCKED
from pipelines.archive import NotAnArchive, UnknownSection, open_read_only
from pipelines.lock import ArchiveLock, ArchiveLocked

if TYPE_CHECKING:
    from iria_archive.config import ArchiveConfig


# click 8.2's "no command given" error, whose message is the whole help.
NO_ARGS_IS_HELP: Any = getattr(click.exceptions, "NoArgsIsHelpError", ())


class OneLineErrors(click.Group):
    """The command group, with every error one line on stderr: `Error: ...`.

    Click prints a usage error as four lines (usage, a hint, a blank, the error); cron
    mail and scripts read one (issue 19, item 10). The exit status stays click's: 2 for a
    usage error, 1 for the others.
    """

    def main(self, *args: Any, standalone_mode: bool = True, **kwargs: Any) -> Any:
        if not standalone_mode:
            return super().main(*args, standalone_mode=False, **kwargs)
        try:
            status = super().main(*args, standalone_mode=False, **kwargs)
        except click.ClickException as error:
            if isinstance(error, NO_ARGS_IS_HELP):  # no command given: the help, as click does
                click.echo(error.format_message(), err=True)
            else:
                click.echo(f"Error: {error.format_message()}", err=True)
            sys.exit(error.exit_code)
        except click.Abort:
            click.echo("Aborted!", err=True)
            sys.exit(1)
        sys.exit(status if isinstance(status, int) else 0)


@click.group(cls=OneLineErrors)
@click.version_option(package_name="iria-archive")
def cli() -> None:
    """A searchable archive of the Europe section of the IRIA news site."""


def limit_option(default: int, what: str) -> Any:
    """--limit N: how many rows to show, at least one."""
    return click.option(
        "--limit",
        default=default,
        show_default=True,
        type=click.IntRange(min=1),
        help=f"How many of the latest {what}.",
    )


def db_option(func: Any) -> Any:
    return click.option(
        "--db",
        "db_path",
        default="archive.db",
        show_default=True,
        envvar="IRIA_ARCHIVE_DB",
        show_envvar=True,
        type=click.Path(dir_okay=False),
        help="SQLite archive file.",
    )(func)


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


def section_option(what: str) -> Any:
    return click.option(
        "--section",
        metavar="URL",
        help=f"Only this section's {what} (the category archive URL it was crawled from).",
    )


class ConfigProblem(click.ClickException):
    """A config file that cannot be used: one line, the usage-error status."""

    exit_code = 2


def archive_config(config_file: str | None, db_path: str) -> ArchiveConfig:
    """The config the options name (or the one beside the archive, or the built-in one)."""
    from iria_archive.config import ConfigError
    from iria_archive.config_file import config_path, load_config

    try:
        return load_config(config_path(config_file, db_path))
    except ConfigError as error:
        raise ConfigProblem(str(error)) from None


@contextmanager
def holding_lock(db_path: str) -> Iterator[None]:
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


def check_writable(db_path: str) -> None:
    """Fail before crawling when the archive cannot be written or is something else."""
    from pipelines.record_rows import open_archive

    try:
        open_archive(db_path).close()
    except NotAnArchive as error:
        raise click.ClickException(f"refusing to write: {error}") from None
    except sqlite3.Error as error:
        raise click.ClickException(f"cannot write the archive {db_path}: {error}") from None


def read_only(db_path: str) -> Database:
    """The archive opened read-only, or exit 1 with one line (missing, not an archive)."""
    try:
        return open_read_only(db_path)
    except NotAnArchive as error:
        raise click.ClickException(str(error)) from None


@contextmanager
def known_section() -> Iterator[None]:
    """Exit 1 with one line when --section names no section of the archive."""
    try:
        yield
    except UnknownSection as error:
        raise click.ClickException(str(error)) from None
