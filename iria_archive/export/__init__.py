"""Export the archive's articles as a dataset: JSON Lines, CSV or Parquet, with a manifest.

Rows are streamed from one SQLite cursor (memory stays flat whatever the archive size)
in a fixed order, `published` then `url`, and the files carry no export time, so the
same archive and options always give byte-identical files. JSON Lines and CSV lines are
made by SQLite itself and reach Python as bytes, which is what makes the export faster
than `sqlite-utils rows`.

options  formats, fields, filters, checked before any file is touched
rows     the SQL of one export and its streamed rows
formats  the writers, one per format
files    safe targets, whole-or-nothing writes, the manifest
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO, Any

from iria_archive.export.files import (
    build_manifest,
    check_output,
    manifest_path,
    write_replacing,
    writes_in_place,
)
from iria_archive.export.formats import BOM, WRITERS
from iria_archive.export.options import (
    DEFAULT_FIELDS,
    FORMATS,
    ExportError,
    ExportOptions,
    check_options,
    field_type,
)
from iria_archive.export.rows import BATCH_ROWS, count_rows, iter_rows

__all__ = [
    "DEFAULT_FIELDS",
    "FORMATS",
    "ExportError",
    "ExportOptions",
    "check_options",
    "count_rows",
    "export_articles",
    "export_to_file",
    "field_type",
    "manifest_path",
    "writes_in_place",
]


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
