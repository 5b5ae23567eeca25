"""What an export can be asked for: formats, fields and their types, filters; checked up front."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from iria_archive.archive.columns import (
    ARTICLE_COLUMNS,
    DATETIME_COLUMNS,
    EXPORTED_COLUMNS,
    LIST_COLUMNS,
)

FORMATS = ("jsonl", "csv", "parquet")
# The default columns, in this order: what an article says, then where it came from
# (the columns iria_archive/archive/columns.py marks exported).
DEFAULT_FIELDS = EXPORTED_COLUMNS
# JSON arrays in SQLite; real lists in JSON Lines and Parquet, JSON text in CSV.
LIST_FIELDS = LIST_COLUMNS
# ISO 8601 text in the archive; timestamps (UTC) in Parquet.
DATE_FIELDS = DATETIME_COLUMNS
# Excel reads a CSV file as UTF-8 only when it starts with a byte order mark (--bom).


ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


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
                # Exactly YYYY-MM-DD: it is compared as text with `published` (Python
                # also reads 20250101 and 2025-W01-1 as dates; the archive does not).
                if not ISO_DAY.fullmatch(value):
                    raise ValueError
                dt.date.fromisoformat(value)
            except ValueError:
                raise ExportError(f"--{name} must be a date YYYY-MM-DD, got {value!r}") from None
