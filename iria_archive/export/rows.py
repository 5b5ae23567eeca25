"""The rows an export writes, streamed from one read-only SQLite cursor in a total order.

For JSON Lines and CSV, SQLite makes each whole output line (json_object, quoting in
SQL) and it reaches Python as bytes: no per-value Python work.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterator
from contextlib import closing
from typing import Any

from iria_archive.archive.columns import ARTICLE_COLUMNS
from iria_archive.archive.database import NotAnArchive, open_read_only
from iria_archive.export.options import LIST_FIELDS, ExportError, ExportOptions, check_options
from iria_archive.search.query import fts_query

BATCH_ROWS = 2000  # rows per fetch, and per Parquet row group slice


def column_sql(options: ExportOptions) -> str:
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


def export_query(options: ExportOptions) -> tuple[str, dict[str, Any]]:
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
    sql = f"select {column_sql(options)} from articles"
    if where:
        sql += " where " + " and ".join(where)
    # url breaks ties (and is unique), so the order is total: reproducible files.
    return sql + " order by published, url", params


def connect_read_only(db_path: str) -> sqlite3.Connection:
    # Read-only: an export never changes the archive, and can run beside a crawl.
    try:
        return open_read_only(db_path).conn
    except NotAnArchive as error:
        raise ExportError(str(error)) from None


def count_rows(db_path: str, options: ExportOptions) -> int:
    """How many rows the export will write (for a progress bar)."""
    sql, params = export_query(options)
    with closing(connect_read_only(db_path)) as conn:
        return int(conn.execute(f"select count(*) from ({sql})", params).fetchone()[0])


def iter_rows(db_path: str, options: ExportOptions) -> Iterator[tuple[Any, ...]]:
    """The rows to export, streamed: for JSON Lines and CSV one-tuples of the line's
    bytes, for Parquet tuples in `options.fields` order."""
    check_options(options)
    sql, params = export_query(options)
    conn = connect_read_only(db_path)
    if options.format != "parquet":
        conn.text_factory = bytes  # the lines go out as SQLite made them

    try:
        cursor = conn.execute(sql, params)
        while batch := cursor.fetchmany(BATCH_ROWS):
            yield from batch
    finally:
        conn.close()
