"""Export the archive's articles as a dataset: JSON Lines, CSV or Parquet, with a manifest.

Rows are streamed from one SQLite cursor (memory stays flat whatever the archive size)
in a fixed order, `published` then `url`, and the files carry no export time, so the
same archive and options always give byte-identical files. JSON Lines and CSV lines are
made by SQLite itself (json_object, quoting in SQL) and reach Python as bytes: no
per-value Python work, which is what makes the export faster than `sqlite-utils rows`.

Files are written safely: never over the archive (or its -wal/-shm, whatever the path
says: compared by device and inode), through a temporary file created exclusively
(a symlink planted at its name is never followed) and renamed into place; a FIFO, a
device or /dev/stdout is written directly instead.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import sqlite3
import stat
import tempfile
from collections.abc import Callable, Iterator
from contextlib import closing
from dataclasses import asdict, dataclass, field
from importlib.metadata import version
from pathlib import Path
from typing import IO, Any

from iria_archive.search.query import fts_query
from pipelines.archive import NotAnArchive, open_read_only
from pipelines.columns import (
    ARTICLE_COLUMNS,
    DATETIME_COLUMNS,
    EXPORTED_COLUMNS,
    LIST_COLUMNS,
)

FORMATS = ("jsonl", "csv", "parquet")
# The default columns, in this order: what an article says, then where it came from
# (the columns pipelines/columns.py marks exported).
DEFAULT_FIELDS = EXPORTED_COLUMNS
# JSON arrays in SQLite; real lists in JSON Lines and Parquet, JSON text in CSV.
LIST_FIELDS = LIST_COLUMNS
# ISO 8601 text in the archive; timestamps (UTC) in Parquet.
DATE_FIELDS = DATETIME_COLUMNS
# Excel reads a CSV file as UTF-8 only when it starts with a byte order mark (--bom).
BOM = "\ufeff".encode()
BATCH_ROWS = 2000  # rows per fetch, and per Parquet row group slice


class ExportError(Exception):
    """An export that cannot be done as asked (bad field, bad date, missing archive)."""


@dataclass(frozen=True)
class ExportOptions:
    """What to export and how; also recorded in the manifest."""

    format: str = "jsonl"
    since: str | None = None  # YYYY-MM-DD, inclusive, on `published`
    until: str | None = None  # YYYY-MM-DD, inclusive, on `published`
    category: str | None = None  # a category name, e.g. Balkans (case-insensitive)
    query: str | None = None  # full-text search, as in the archive's search page
    fields: tuple[str, ...] = field(default=DEFAULT_FIELDS)
    bom: bool = False  # CSV only: start with a UTF-8 byte order mark, for spreadsheets


def field_type(name: str, fmt: str = "jsonl") -> str:
    """The documented type of an export column in format `fmt`."""
    if name in LIST_FIELDS:
        return "array<string>"
    if name in DATE_FIELDS and fmt == "parquet":
        return "timestamp"
    return "integer" if ARTICLE_COLUMNS[name] is int else "string"


def check_options(options: ExportOptions) -> None:
    """Raise ExportError for options that cannot work, before any file is touched."""
    if options.format not in FORMATS:
        raise ExportError(f"unknown format {options.format!r}; choose from {', '.join(FORMATS)}")
    unknown = [f for f in options.fields if f not in ARTICLE_COLUMNS]
    if unknown or not options.fields:
        raise ExportError(
            f"unknown field {', '.join(unknown) or '(none given)'}; "
            f"choose from {', '.join(ARTICLE_COLUMNS)}"
        )
    if len(set(options.fields)) != len(options.fields):
        raise ExportError("a field is named twice in --fields")
    if options.bom and options.format != "csv":
        raise ExportError("--bom is for --format csv only")
    for name in ("since", "until"):
        value = getattr(options, name)
        if value is not None:
            try:
                dt.date.fromisoformat(value)
            except ValueError:
                raise ExportError(f"--{name} must be a date YYYY-MM-DD, got {value!r}") from None


def _column_sql(options: ExportOptions) -> str:
    """What one row is in SQL: the columns (Parquet) or the whole output line (JSONL, CSV)."""
    if options.format == "jsonl":
        pairs = []
        for name in options.fields:
            value = f"json([{name}])" if name in LIST_FIELDS else f"[{name}]"
            pairs.append(f"'{name}', {value}")
        return f"json_object({', '.join(pairs)}) || char(10)"
    if options.format == "csv":
        cells = []
        for name in options.fields:
            if ARTICLE_COLUMNS[name] is int:
                cells.append(f"coalesce([{name}], '')")
            else:
                # Text always quoted, quotes doubled (RFC 4180); null is an empty cell.
                cells.append(f"""coalesce('"' || replace([{name}], '"', '""') || '"', '')""")
        return " || ',' || ".join(cells) + " || char(10)"
    return ", ".join(f"[{name}]" for name in options.fields)


def _query(options: ExportOptions) -> tuple[str, dict[str, Any]]:
    where, params = [], {}
    if options.since:
        where.append("published >= :since")
        params["since"] = options.since
    if options.until:
        # Inclusive of the whole day, and still a range the published index can use.
        where.append("published < :until")
        params["until"] = (dt.date.fromisoformat(options.until) + dt.timedelta(days=1)).isoformat()
    if options.category:
        where.append(
            "exists (select 1 from json_each(articles.categories) where lower(value) = lower(:c))"
        )
        params["c"] = options.category
    if options.query is not None:
        where.append("rowid in (select rowid from articles_fts where articles_fts match :fts)")
        params["fts"] = fts_query(options.query)
    sql = f"select {_column_sql(options)} from articles"
    if where:
        sql += " where " + " and ".join(where)
    # url breaks ties (and is unique), so the order is total: reproducible files.
    return sql + " order by published, url", params


def _connect(db_path: str) -> sqlite3.Connection:
    # Read-only: an export never changes the archive, and can run beside a crawl.
    try:
        return open_read_only(db_path).conn
    except NotAnArchive as error:
        raise ExportError(str(error)) from None


def count_rows(db_path: str, options: ExportOptions) -> int:
    """How many rows the export will write (for a progress bar)."""
    sql, params = _query(options)
    with closing(_connect(db_path)) as conn:
        return conn.execute(f"select count(*) from ({sql})", params).fetchone()[0]


def iter_rows(db_path: str, options: ExportOptions) -> Iterator[tuple[Any, ...]]:
    """The rows to export, streamed: for JSON Lines and CSV one-tuples of the line's
    bytes, for Parquet tuples in `options.fields` order."""
    check_options(options)
    sql, params = _query(options)
    conn = _connect(db_path)
    if options.format != "parquet":
        conn.text_factory = bytes  # the lines go out as SQLite made them

    try:
        cursor = conn.execute(sql, params)
        while batch := cursor.fetchmany(BATCH_ROWS):
            yield from batch
    finally:
        conn.close()


def _lists(fields: tuple[str, ...]) -> list[int]:
    return [i for i, name in enumerate(fields) if name in LIST_FIELDS]


def _write_lines(rows: Iterator[tuple[Any, ...]], out: IO[bytes]) -> int:
    n = 0
    for (line,) in rows:
        out.write(line)
        n += 1
    return n


def _write_jsonl(rows: Iterator[tuple[Any, ...]], fields: tuple[str, ...], out: IO[bytes]) -> int:
    return _write_lines(rows, out)


def _write_csv(rows: Iterator[tuple[Any, ...]], fields: tuple[str, ...], out: IO[bytes]) -> int:
    out.write(",".join(fields).encode("utf-8") + b"\n")
    return _write_lines(rows, out)


def _timestamp(value: str | None) -> dt.datetime | None:
    """An ISO 8601 text as an aware UTC datetime; a date alone is midnight UTC."""
    if not value:
        return None
    try:
        moment = dt.datetime.fromisoformat(value)
    except ValueError:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return moment.astimezone(dt.UTC)


def _write_parquet(rows: Iterator[tuple[Any, ...]], fields: tuple[str, ...], out: IO[bytes]) -> int:
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError:
        raise ExportError("Parquet needs pyarrow: pip install 'iria-archive[parquet]'") from None
    types = {
        "string": pa.string(),
        "integer": pa.int64(),
        "array<string>": pa.list_(pa.string()),
        "timestamp": pa.timestamp("us", tz="UTC"),
    }
    schema = pa.schema([(name, types[field_type(name, "parquet")]) for name in fields])
    lists, n = _lists(fields), 0
    dates = [i for i, name in enumerate(fields) if name in DATE_FIELDS]
    with pq.ParquetWriter(out, schema, compression="zstd") as writer:
        while True:
            batch = []
            for row in rows:
                values = list(row)
                for i in lists:
                    values[i] = json.loads(values[i]) if values[i] is not None else None
                for i in dates:
                    values[i] = _timestamp(values[i])
                batch.append(values)
                if len(batch) == BATCH_ROWS * 10:
                    break
            if not batch:
                break
            n += len(batch)
            columns = list(zip(*batch, strict=True))
            writer.write_table(pa.Table.from_arrays(list(columns), schema=schema))
    return n


WRITERS: dict[str, Callable[[Iterator[tuple[Any, ...]], tuple[str, ...], IO[bytes]], int]] = {
    "jsonl": _write_jsonl,
    "csv": _write_csv,
    "parquet": _write_parquet,
}


def export_articles(
    db_path: str,
    out: IO[bytes],
    options: ExportOptions,
    progress: Callable[[int], None] | None = None,
) -> int:
    """Write the articles selected by `options` to the binary stream `out`; return the count.

    `progress(n)` is called every few thousand rows with the rows written since the last call.
    """
    check_options(options)
    rows = iter_rows(db_path, options)
    if progress is not None:
        rows = _reporting(rows, progress)
    if options.bom:
        out.write(BOM)
    return WRITERS[options.format](rows, options.fields, out)


def _reporting(
    rows: Iterator[tuple[Any, ...]], progress: Callable[[int], None]
) -> Iterator[tuple[Any, ...]]:
    pending = 0
    for row in rows:
        yield row
        pending += 1
        if pending == BATCH_ROWS:
            progress(pending)
            pending = 0
    progress(pending)


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        while chunk := f.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


def manifest_path(output: Path) -> Path:
    """Where the manifest of `output` goes: beside it, `<name>.manifest.json`."""
    return output.with_name(output.name + ".manifest.json")


def build_manifest(db_path: str, output: Path, options: ExportOptions, rows: int) -> dict:
    """What a published export needs to be cited and checked; no time of export, so
    the manifest is as reproducible as the file."""
    with closing(_connect(db_path)) as conn:
        newest = conn.execute(
            "select url, published from articles where published is not null "
            "order by published desc, url limit 1"
        ).fetchone()
        crawl = conn.execute(
            "select id, finished, status from crawl_runs where finished is not null "
            "order by finished desc, id desc limit 1"
        ).fetchone()
        total = conn.execute("select count(*) from articles").fetchone()[0]
    return {
        "file": output.name,
        "format": options.format,
        "rows": rows,
        "bytes": output.stat().st_size,
        "sha256": sha256_of(output),
        "columns": [
            {"name": name, "type": field_type(name, options.format)} for name in options.fields
        ],
        "order": ["published", "url"],
        "options": {**asdict(options), "fields": list(options.fields)},
        "archive": {
            "articles": total,
            "newest_article": {"url": newest[0], "published": newest[1]} if newest else None,
            "last_crawl": (
                {"run_id": crawl[0], "finished": crawl[1], "status": crawl[2]} if crawl else None
            ),
        },
        "generator": f"iria-archive {version('iria-archive')}",
    }


def check_output(db_path: str, output: Path) -> None:
    """Refuse to write over the archive, its WAL or shared-memory file, by any path."""
    archive = Path(db_path)
    siblings = [
        archive.with_name(archive.name + suffix) for suffix in ("", "-wal", "-shm", "-journal")
    ]
    try:
        target = os.stat(output)
    except OSError:
        target = None
    for path in siblings:
        same_name = output.resolve() == path.resolve()
        try:
            info = os.stat(path)
            same_file = target is not None and (info.st_dev, info.st_ino) == (
                target.st_dev,
                target.st_ino,
            )
        except OSError:
            same_file = False
        if same_name or same_file:
            raise ExportError(f"refusing to write the export over the archive's file {path}")


def writes_in_place(output: Path) -> bool:
    """True for a target to write directly: a FIFO, a device, /dev/stdout (not a file)."""
    if str(output).startswith(("/dev/", "/proc/")):
        return True
    try:
        return not stat.S_ISREG(os.stat(output).st_mode)
    except OSError:
        return False  # nothing there yet: a new regular file


def _create_beside(target: Path) -> tuple[int, Path]:
    """An exclusive new temporary file beside `target` (never follows a planted symlink)."""
    fd, name = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".partial")
    umask = os.umask(0)
    os.umask(umask)
    os.fchmod(fd, 0o666 & ~umask)  # as open() would have made it, not mkstemp's 0600
    return fd, Path(name)


def write_replacing(target: Path, write: Callable[[IO[bytes]], Any]) -> Any:
    """Call `write` on a temporary file, then rename it over `target`: whole or nothing."""
    fd, partial = _create_beside(target)
    try:
        with os.fdopen(fd, "wb") as out:
            result = write(out)
        os.replace(partial, target)
    finally:
        partial.unlink(missing_ok=True)
    return result


def export_to_file(
    db_path: str,
    output: Path,
    options: ExportOptions,
    manifest: bool = False,
    progress: Callable[[int], None] | None = None,
) -> int:
    """Export into `output` (written whole or not at all), and its manifest if asked.

    A FIFO, a device or /dev/stdout is written directly (no manifest: it cannot be
    read back); anything else through a temporary file renamed into place.
    """
    check_options(options)
    check_output(db_path, output)
    if writes_in_place(output):
        if manifest:
            raise ExportError(f"--manifest needs a regular file, not {output}")
        with open(output, "wb") as out:
            return export_articles(db_path, out, options, progress)
    rows = write_replacing(output, lambda out: export_articles(db_path, out, options, progress))
    if manifest:
        data = build_manifest(db_path, output, options, rows)
        text = (json.dumps(data, indent=2, ensure_ascii=False) + "\n").encode("utf-8")
        write_replacing(manifest_path(output), lambda out: out.write(text))
    return rows
