"""What every command shares: the group, the common options, and the archive's one-line
errors (missing, not an archive, locked, unwritable, bad config, unknown section)."""

from __future__ import annotations

import sqlite3
import sys
from collections.abc import Iterator, Sequence
from contextlib import ExitStack, contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click
from sqlite_utils import Database

from iria_archive.archive.database import NotAnArchive, UnknownSection, open_read_only
from iria_archive.archive.lock import ArchiveLock, ArchiveLocked
from iria_archive.archive.schema import SCHEMA_VERSION
from iria_archive.crawl import EXIT_LOCKED

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

    def main(  # one signature for both of click's overloads
        self,
        args: Sequence[str] | None = None,
        prog_name: str | None = None,
        complete_var: str | None = None,
        standalone_mode: bool = True,
        **extra: Any,
    ) -> Any:
        if not standalone_mode:
            return super().main(args, prog_name, complete_var, standalone_mode=False, **extra)
        try:
            status = super().main(args, prog_name, complete_var, standalone_mode=False, **extra)
        except click.ClickException as error:
            if isinstance(error, NO_ARGS_IS_HELP):  # no command given: the help, as click does
                click.echo(error.format_message(), err=True)
            else:
                click.echo(f"Error: {error.format_message()}", err=True)
            sys.exit(error.exit_code)
        except click.Abort:
            click.echo("Aborted!", err=True)
            sys.exit(1)
        except sqlite3.OperationalError as error:
            # A read-only command on an archive of an earlier release that lacks what it
            # reads: it cannot migrate (it never writes), so it refuses in one line.
            if OLDER_ARCHIVE and str(error).startswith(("no such column", "no such table")):
                path, version = OLDER_ARCHIVE[-1]
                click.echo(f"Error: {older_archive_message(path, version)} ({error})", err=True)
                sys.exit(1)
            raise
        sys.exit(status if isinstance(status, int) else 0)


@click.group(cls=OneLineErrors)
@click.version_option(package_name="iria-archive")
@click.pass_context
def cli(ctx: click.Context) -> None:
    """A searchable archive of the Europe section of the IRIA news site."""
    if ctx.invoked_subcommand == "crawl":
        # A crawl takes the stop signals over before its options are read (`-s` reads
        # Scrapy's settings, a second or so): `systemctl stop` then killed it outright.
        from iria_archive.crawl import StopSignals

        ctx.obj = StopSignals()
        ctx.obj.install()


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
    """Fail before crawling when the archive cannot be written or is something else.

    Opening it for writing migrates an archive of an earlier release in place; one of a
    newer release is refused before anything is written (its schema is not this one's).
    """
    from iria_archive.archive.rows import open_archive

    if Path(db_path).is_file():
        try:
            db = open_read_only(db_path)
        except NotAnArchive:
            pass  # open_archive says why, in its words
        else:
            version = schema_version(db)
            db.close()
            if version > SCHEMA_VERSION:
                raise click.ClickException(
                    f"refusing to write: {newer_archive_message(db_path, version)}"
                )
    try:
        open_archive(db_path).close()
    except NotAnArchive as error:
        raise click.ClickException(f"refusing to write: {error}") from None
    except sqlite3.Error as error:
        raise click.ClickException(f"cannot write the archive {db_path}: {error}") from None


# (path, schema) of each archive of an earlier release this command opened read-only.
OLDER_ARCHIVE: list[tuple[str, int]] = []


def older_archive_message(path: str, version: int) -> str:
    return (
        f"{path} is an archive of an earlier release (schema {version}, this release's is"
        f" {SCHEMA_VERSION}) that this command cannot read as it stands and never writes:"
        f" `iria-archive reindex --db {path}` migrates it in place"
    )


def schema_version(db: Database) -> int:
    return int(db.execute("pragma user_version").fetchone()[0])


def read_only(db_path: str) -> Database:
    """The archive opened read-only, or exit 1 with one line (missing, not an archive, newer).

    An archive of an earlier release is read as it stands (nothing is migrated: the
    command never writes); should the command need what that release did not have,
    it refuses in one line (OneLineErrors), never with a traceback.
    """
    try:
        db = open_read_only(db_path)
    except NotAnArchive as error:
        raise click.ClickException(str(error)) from None
    version = schema_version(db)
    if version > SCHEMA_VERSION:
        db.close()
        raise click.ClickException(newer_archive_message(db_path, version))
    if version < SCHEMA_VERSION:
        OLDER_ARCHIVE.append((db_path, version))
    return db


def newer_archive_message(path: str, version: int) -> str:
    return (
        f"{path} is an archive of a newer release (schema {version}, this release knows up"
        f" to {SCHEMA_VERSION}): use that release; nothing was changed"
    )


def migrate_in_place(db_path: str) -> None:
    """Bring an archive of an earlier release to this release's schema, under the lock.

    For the commands that write to the archive (reindex, serve's search log); crawl and
    reprocess migrate as they open it for writing. A current archive is left untouched
    and no lock is taken for it.
    """
    db = read_only(db_path)
    version = schema_version(db)
    db.close()
    if version < SCHEMA_VERSION:
        with holding_lock(db_path):
            check_writable(db_path)


@contextmanager
def known_section() -> Iterator[None]:
    """Exit 1 with one line when --section names no section of the archive."""
    try:
        yield
    except UnknownSection as error:
        raise click.ClickException(str(error)) from None
