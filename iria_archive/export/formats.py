"""The export's file formats: JSON Lines and CSV as SQLite made the lines, Parquet by pyarrow."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterator
from typing import IO, Any

from iria_archive.export.options import DATE_FIELDS, LIST_FIELDS, ExportError, field_type
from iria_archive.export.rows import BATCH_ROWS

# Excel reads a CSV file as UTF-8 only when it starts with a byte order mark (--bom).
BOM = "\ufeff".encode()


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
