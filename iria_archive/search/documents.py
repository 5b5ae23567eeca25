"""The search index's fields, and an article row as a tantivy document.

Words are split and folded like the FTS5 index (`unicode61 remove_diacritics 2`):
lower case, accents and ligatures folded to ASCII (Vucic finds Vučić).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import tantivy

from iria_archive.search.request import json_list

# Bumped when the index's fields or tokenizer change: an index of another layout is rebuilt.
# 2: the sections that list an article (issue 10).
LAYOUT = 2
TOKENIZER = "folded"
# Searched fields, as in the FTS5 index (iria_archive.archive.schema.ARTICLE_FTS_COLUMNS).
TEXT_FIELDS = ("title", "description", "text", "author")


def analyzer() -> tantivy.TextAnalyzer:
    """Words as FTS5's unicode61 tokenizer with remove_diacritics 2 sees them."""
    return (
        tantivy.TextAnalyzerBuilder(tantivy.Tokenizer.simple())
        .filter(tantivy.Filter.lowercase())
        .filter(tantivy.Filter.ascii_fold())
        .filter(tantivy.Filter.remove_long(100))
        .build()
    )


def schema() -> tantivy.Schema:
    builder = tantivy.SchemaBuilder()
    builder.add_text_field("url", stored=True, tokenizer_name="raw")
    for name in TEXT_FIELDS:
        builder.add_text_field(name, tokenizer_name=TOKENIZER)
    # Filters and facets. A new facet is one more raw fast field here, one more key in
    # `facet_values` and in search.FACETS. Sites are not stored: which site a section
    # belongs to is the config's to say, at search time (iria_archive/web/sections.py).
    builder.add_text_field("category", tokenizer_name="raw", fast=True)
    builder.add_text_field("tag", tokenizer_name="raw", fast=True)
    # The start URL of every section that lists the article (article_sections.section).
    builder.add_text_field("section", tokenizer_name="raw", fast=True)
    builder.add_integer_field("year", indexed=True, fast=True)
    # The publication day as written (YYYYMMDD), for date ranges; and the instant, to sort.
    builder.add_integer_field("day", indexed=True, fast=True)
    builder.add_integer_field("published", fast=True)
    return builder.build()


def facet_values(row: dict[str, Any]) -> dict[str, Any]:
    """The filter and sort values of an article row (dates as written, lists decoded)."""
    published = row.get("published") or ""
    values: dict[str, Any] = {
        "category": json_list(row.get("categories")),
        "tag": json_list(row.get("tags")),
        "section": json_list(row.get("sections")),
    }
    if len(published) >= 10 and published[:4].isdigit():
        try:
            day = dt.date.fromisoformat(published[:10])
        except ValueError:
            return values
        values["year"] = day.year
        values["day"] = int(day.strftime("%Y%m%d"))
        values["published"] = _instant(published)
    return values


def _instant(published: str) -> int:
    """Seconds since the epoch; a date alone or a time without offset counts as UTC."""
    try:
        moment = dt.datetime.fromisoformat(published)
    except ValueError:
        moment = dt.datetime.fromisoformat(published[:10])
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return int(moment.timestamp())


def document(row: dict[str, Any]) -> tantivy.Document:
    doc = tantivy.Document()
    doc.add_text("url", row["url"])
    for name in TEXT_FIELDS:
        if row.get(name):
            doc.add_text(name, row[name])
    values = facet_values(row)
    for name in ("category", "tag", "section"):
        for value in values[name]:
            doc.add_text(name, value)
    for name in ("year", "day", "published"):
        if name in values:
            doc.add_integer(name, values[name])
    return doc


def open_index(path: Path) -> tantivy.Index:
    index = tantivy.Index(schema(), path=str(path), reuse=True)
    index.register_tokenizer(TOKENIZER, analyzer())
    return index
