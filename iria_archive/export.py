"""Export the archive's articles as a dataset: JSON Lines, CSV or Parquet, with a manifest.

Rows are streamed from one SQLite cursor (memory stays flat whatever the archive size)
in a fixed order, `published` then `url`, and the files carry no export time, so the
same archive and options always give byte-identical files.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import json
import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass, field
from importlib.metadata import version
from pathlib import Path
from typing import IO, Any

from iria_archive.fts import fts_query
from pipelines.schema import ARTICLE_COLUMNS

FORMATS = ("jsonl", "csv", "parquet")
# The default columns, in this order: what an article says, then where it came from.
DEFAULT_FIELDS = (
    "url",
    "title",
    "author",
    "published",
    "modified",
    "categories",
    "tags",
    "description",
    "image_url",
    "image_caption",
    "language",
    "word_count",
    "text",
    "markdown",
    "content_hash",
    "first_seen",
    "last_fetched",
)
# JSON arrays in SQLite; real lists in JSON Lines and Parquet, JSON text in CSV.
LIST_FIELDS = frozenset({"categories", "tags"})
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


def field_type(name: str) -> str:
    """The documented type of an export column."""
    if name in LIST_FIELDS:
        return "array<string>"
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
    for name in ("since", "until"):
        value = getattr(options, name)
        if value is not None:
            try:
                dt.date.fromisoformat(value)
            except ValueError:
                raise ExportError(f"--{name} must be a date YYYY-MM-DD, got {value!r}") from None


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
    columns = ", ".join(f"[{name}]" for name in options.fields)
    sql = f"select {columns} from articles"
    if where:
        sql += " where " + " and ".join(where)
    # url breaks ties (and is unique), so the order is total: reproducible files.
    return sql + " order by published, url", params


def _connect(db_path: str) -> sqlite3.Connection:
    if not Path(db_path).is_file():
        raise ExportError(f"no archive at {db_path}")
    # Read-only: an export never changes the archive, and can run beside a crawl.
    return sqlite3.connect(f"file:{Path(db_path).resolve()}?mode=ro", uri=True)


def count_rows(db_path: str, options: ExportOptions) -> int:
    """How many rows the export will write (for a progress bar)."""
    sql, params = _query(options)
    with _connect(db_path) as conn:
        return conn.execute(f"select count(*) from ({sql})", params).fetchone()[0]


def iter_rows(db_path: str, options: ExportOptions) -> Iterator[tuple[Any, ...]]:
    """The rows to export, as tuples in `options.fields` order, streamed."""
    check_options(options)
    sql, params = _query(options)
    conn = _connect(db_path)
    try:
        cursor = conn.execute(sql, params)
        while batch := cursor.fetchmany(BATCH_ROWS):
            yield from batch
    finally:
        conn.close()


def _lists(fields: tuple[str, ...]) -> list[int]:
    return [i for i, name in enumerate(fields) if name in LIST_FIELDS]


def _write_jsonl(rows: Iterator[tuple[Any, ...]], fields: tuple[str, ...], out: IO[bytes]) -> int:
    lists, n = _lists(fields), 0
    for row in rows:
        values = list(row)
        for i in lists:
            values[i] = json.loads(values[i]) if values[i] is not None else None
        line = json.dumps(dict(zip(fields, values, strict=True)), ensure_ascii=False)
        out.write(line.encode("utf-8") + b"\n")
        n += 1
    return n


def _write_csv(rows: Iterator[tuple[Any, ...]], fields: tuple[str, ...], out: IO[bytes]) -> int:
    text = io.TextIOWrapper(out, encoding="utf-8", newline="")
    writer = csv.writer(text, lineterminator="\n")  # one \n per record; quoted fields keep theirs
    writer.writerow(fields)
    n = 0
    for row in rows:
        writer.writerow(row)
        n += 1
    text.flush()
    text.detach()  # leave `out` open for the caller
    return n


def _write_parquet(rows: Iterator[tuple[Any, ...]], fields: tuple[str, ...], out: IO[bytes]) -> int:
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError:
        raise ExportError("Parquet needs pyarrow: pip install 'iria-archive[parquet]'") from None
    types = {"string": pa.string(), "integer": pa.int64(), "array<string>": pa.list_(pa.string())}
    schema = pa.schema([(name, types[field_type(name)]) for name in fields])
    lists, n = _lists(fields), 0
    with pq.ParquetWriter(out, schema, compression="zstd") as writer:
        while True:
            batch = []
            for row in rows:
                values = list(row)
                for i in lists:
                    values[i] = json.loads(values[i]) if values[i] is not None else None
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
    with _connect(db_path) as conn:
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
        "columns": [{"name": name, "type": field_type(name)} for name in options.fields],
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


def export_to_file(
    db_path: str,
    output: Path,
    options: ExportOptions,
    manifest: bool = False,
    progress: Callable[[int], None] | None = None,
) -> int:
    """Export into `output` (written whole or not at all), and its manifest if asked."""
    check_options(options)
    partial = output.with_name(output.name + ".partial")
    try:
        with open(partial, "wb") as out:
            rows = export_articles(db_path, out, options, progress)
        partial.replace(output)
    finally:
        partial.unlink(missing_ok=True)
    if manifest:
        data = build_manifest(db_path, output, options, rows)
        text = json.dumps(data, indent=2, ensure_ascii=False) + "\n"
        manifest_path(output).write_text(text, "utf-8")
    return rows
