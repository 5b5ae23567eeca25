"""Open an archive file, for reading or writing, after checking it is one.

Every command goes through here: `runs`, `errors`, `serve` and `export` only read (read-only
connection: nothing is created, migrated or switched to WAL, a read-only file works,
and a crawl writing meanwhile blocks nobody); `crawl`, `reprocess` and `demo` write.
A file that is not an iria-archive archive is refused with one line, never changed.
The queries `runs` and `errors` show (`latest_runs`, `latest_errors`, `sections`) are
here too: the CLI only formats them.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from typing import Any
from urllib.parse import quote

from sqlite_utils import Database

from iria_archive.model.urls import canonical_url

# The tables that make a SQLite file an iria-archive archive.
ARCHIVE_TABLES = {"articles", "crawl_runs"}
# A reader waits this long for a writer that holds a lock in rollback-journal mode;
# in WAL mode (which every archive uses) readers never wait.
READ_TIMEOUT = 2.0
# A writer waits this long for another process's write (our own crawls are kept apart
# by the lock, so this is someone else's transaction) before it gives up with one line.
WRITE_TIMEOUT = 10.0


class NotAnArchive(ValueError):
    """The file is missing, not a SQLite database, or a database of something else."""


def _tables(conn: sqlite3.Connection) -> set[str]:
    return {name for (name,) in conn.execute("select name from sqlite_master where type='table'")}


def _read_only_connection(path: str, immutable: bool = False) -> sqlite3.Connection:
    uri = f"file:{quote(os.path.abspath(path))}?mode=ro" + ("&immutable=1" if immutable else "")
    return sqlite3.connect(uri, uri=True, timeout=READ_TIMEOUT)


def open_read_only(path: str) -> Database:
    """A read-only connection to the archive at `path`; NotAnArchive when it is none."""
    if not Path(path).is_file():
        raise NotAnArchive(f"no archive at {path}: run `iria-archive crawl` first")
    conn = _read_only_connection(path)
    try:
        tables = _tables(conn)
    except sqlite3.OperationalError as error:
        conn.close()
        folder = os.path.dirname(os.path.abspath(path))
        if os.access(path, os.W_OK) and os.access(folder, os.W_OK):
            raise NotAnArchive(f"{path} is not an iria-archive archive ({error})") from None
        # A WAL archive on a read-only file or folder (a copy, a read-only mount):
        # SQLite cannot make its -shm index there, so the file is read as it stands.
        conn = _read_only_connection(path, immutable=True)
        tables = _tables(conn)
    except sqlite3.DatabaseError as error:
        conn.close()
        raise NotAnArchive(f"{path} is not an iria-archive archive ({error})") from None
    if not ARCHIVE_TABLES <= tables:
        conn.close()
        raise NotAnArchive(f"{path} is not an iria-archive archive (a SQLite file of other tables)")
    return Database(conn)


def check_writable_target(path: str) -> None:
    """Raise NotAnArchive unless `path` is absent, empty, or an archive (never another file)."""
    target = Path(path)
    if not target.exists() or (target.is_file() and target.stat().st_size == 0):
        return
    if not target.is_file():
        raise NotAnArchive(f"{path} is not an iria-archive archive (not a regular file)")
    if not os.access(target, os.R_OK):
        raise NotAnArchive(f"cannot read {path}: Permission denied")
    # Read through SQLite, never open() and close(): closing any descriptor of the file
    # drops every POSIX lock this process holds on it, SQLite's included, and another
    # process may then take the archive for unused and delete its write-ahead log.
    conn = _read_only_connection(path)
    try:
        tables = _tables(conn)
    except sqlite3.OperationalError as error:
        if "unable to open" in str(error):
            return  # a WAL file in a read-only folder: the write itself says why it fails
        raise NotAnArchive(f"{path} is not an iria-archive archive ({error})") from None
    except sqlite3.DatabaseError as error:
        if "not a database" in str(error):
            raise NotAnArchive(
                f"{path} is not an iria-archive archive (not a SQLite database)"
            ) from None
        raise NotAnArchive(f"{path} is not an iria-archive archive ({error})") from None
    finally:
        conn.close()
    if tables and not ARCHIVE_TABLES <= tables:
        raise NotAnArchive(f"{path} is not an iria-archive archive (a SQLite file of other tables)")


def open_for_writing(path: str) -> Database:
    """Open (creating if needed) the archive at `path`, schema up to date.

    Refuses a file that is something else (NotAnArchive) before touching it.
    """
    from iria_archive.archive.schema import ensure_schema

    check_writable_target(path)
    db = Database(sqlite3.connect(path, timeout=WRITE_TIMEOUT))
    ensure_schema(db)
    return db


# -- what `runs` and `errors` show ---------------------------------------------------------
# A section is a crawl's start URL (crawl_runs.start_url), in the canonical form the
# crawl stores it in; an error belongs to the section of its run.

RUN_FIELDS = (
    "id",
    "started",
    "finished",
    "mode",
    "status",
    "pages_fetched",
    "articles_new",
    "articles_updated",
    "articles_unchanged",
    "errors",
    "expected",
    "found",
    "archived",
    "reason",
    "start_url",
)
ERROR_FIELDS = ("id", "run_id", "kind", "status", "reason", "url", "at", "resolved_at", "start_url")


class UnknownSection(ValueError):
    """The archive holds no run of the section asked for."""


def sections(db: Database) -> list[str]:
    """The sections the archive's runs crawled, in the order they were first crawled."""
    rows = db.execute(
        "select start_url from crawl_runs where start_url is not null"
        " group by start_url order by min(id)"
    )
    return [url for (url,) in rows]


def _section_filter(db: Database, section: str | None) -> tuple[str, list[Any]]:
    if section is None:
        return "", []
    wanted = canonical_url(section)
    known = sections(db)
    if wanted not in known:
        raise UnknownSection(
            f"no run of the section {wanted} in this archive"
            f" (its sections: {', '.join(known) or 'none'})"
        )
    return " where r.start_url = ?", [wanted]


def _dicts(cursor: sqlite3.Cursor) -> list[dict[str, Any]]:
    names = [column[0] for column in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def _select(db: Database, alias: str, table: str, fields: tuple[str, ...]) -> str:
    """The select list of `fields`; a column an older archive lacks reads as null
    (`runs` and `errors` never migrate the archive they read)."""
    present = {row[1] for row in db.execute(f"pragma table_info([{table}])")}
    return ", ".join(
        f"{alias}.[{name}]" if name in present else f"null as [{name}]" for name in fields
    )


def latest_runs(db: Database, limit: int, section: str | None = None) -> list[dict[str, Any]]:
    """The latest `limit` runs, newest first, of one section or all (RUN_FIELDS)."""
    where, params = _section_filter(db, section)
    return _dicts(
        db.execute(
            f"select {_select(db, 'r', 'crawl_runs', RUN_FIELDS)} from crawl_runs r{where}"
            " order by r.id desc limit ?",
            [*params, limit],
        )
    )


def latest_errors(db: Database, limit: int, section: str | None = None) -> list[dict[str, Any]]:
    """The latest `limit` errors, newest first, of one section or all (ERROR_FIELDS)."""
    where, params = _section_filter(db, section)
    columns = _select(db, "e", "crawl_errors", ERROR_FIELDS[:-1])
    return _dicts(
        db.execute(
            f"select {columns}, r.start_url from crawl_errors e"
            f" left join crawl_runs r on r.id = e.run_id{where}"
            " order by e.id desc limit ?",
            [*params, limit],
        )
    )
