"""The article's columns, defined once: name, type, meaning, and what each is for.

Everything else about an article's fields is derived from `ARTICLE_SPEC`: the
`articles` table (iria_archive/archive/schema.py), the columns the store writes from an extraction
versus those it keeps itself (`BOOKKEEPING_COLUMNS`), the export's default columns and
their types (iria_archive/export/options.py). The static files that describe the columns,
iria_archive/metadata.yml and the README's column table, are checked against this
table by tests/test_spec.py; so is `ExtractedArticle` (iria_archive/extraction/article.py), whose
fields are the content columns.
"""

from __future__ import annotations

import builtins
from dataclasses import dataclass
from typing import Literal

# "list": a JSON array of strings in SQLite; "datetime": ISO 8601 text in SQLite.
ColumnType = Literal["text", "integer", "list", "datetime"]


@dataclass(frozen=True)
class Column:
    """One column of `articles`."""

    name: str
    type: ColumnType
    description: str  # as Datasette and the README show it
    exported: bool = False  # in the export's default columns (in this table's order)
    # How and when the archive fetched the article, not what the article says: the
    # store keeps these itself, an extraction never sets them.
    bookkeeping: bool = False
    required: bool = False  # NOT NULL
    default: str | int | None = None

    @property
    def sql_type(self) -> builtins.type:
        return int if self.type == "integer" else str


# In table order: what an article says, then where and when it came from. A new column
# goes at the end of its group; an existing archive gets it added in place (schema.py).
ARTICLE_SPEC: tuple[Column, ...] = (
    Column("url", "text", "Canonical URL of the article (primary key)", exported=True),
    Column("title", "text", "Headline", exported=True, required=True),
    Column("author", "text", "Author's name; null when the page names none", exported=True),
    Column("published", "datetime", "Publication date and time (ISO 8601)", exported=True),
    Column("modified", "datetime", "Last modification the site declares (ISO 8601)", exported=True),
    Column("categories", "list", "WordPress categories, in page order (JSON array)", exported=True),
    Column("tags", "list", "WordPress tags, in page order (JSON array)", exported=True),
    Column("description", "text", "The page's summary (meta description)", exported=True),
    Column("image_url", "text", "Lead image", exported=True),
    Column("image_caption", "text", "Caption and credit of the lead image", exported=True),
    Column("language", "text", "Language of the page (ISO 639-1)", exported=True),
    Column("word_count", "integer", "Words in text", exported=True),
    Column(
        "text",
        "text",
        "Article body as clean plain text, paragraphs separated by blank lines",
        exported=True,
        required=True,
    ),
    Column(
        "markdown",
        "text",
        "Article body with its structure (headings, lists, quotes) as Markdown",
        exported=True,
    ),
    Column(
        "content_hash", "text", "SHA-256 of text, to spot changes", exported=True, required=True
    ),
    Column(
        "extractor",
        "text",
        "trafilatura version, extraction rules and site profile that produced the row",
        bookkeeping=True,
    ),
    Column(
        "first_seen",
        "datetime",
        "When the archive first stored the article (UTC)",
        exported=True,
        bookkeeping=True,
        required=True,
    ),
    Column(
        "last_fetched",
        "datetime",
        "When the article was last fetched (UTC)",
        exported=True,
        bookkeeping=True,
        required=True,
    ),
    Column(
        "status",
        "text",
        "live, gone (404/410 since status_changed) or moved (to moved_to); never deleted",
        bookkeeping=True,
        default="live",
    ),
    Column("status_changed", "datetime", "When status last changed (UTC)", bookkeeping=True),
    Column("moved_to", "text", "Where a moved article went", bookkeeping=True),
    Column(
        "revision_count",
        "integer",
        "Earlier versions kept in revisions",
        bookkeeping=True,
        default=0,
    ),
    Column(
        "http_etag",
        "text",
        "The ETag of the last fetch, for a conditional request",
        bookkeeping=True,
    ),
    Column(
        "http_last_modified",
        "text",
        "The Last-Modified of the last fetch, for a conditional request",
        bookkeeping=True,
    ),
    # last_fetched also moves on a 304; reprocess never puts an older page's text over it.
    Column(
        "text_fetched",
        "datetime",
        "When the page holding the current text was fetched (UTC)",
        bookkeeping=True,
    ),
    # The next run re-fetches only when the source says the article changed since.
    Column(
        "source_changed",
        "text",
        "The discovery source's change stamp last seen (REST modified_gmt, sitemap lastmod,"
        " feed updated)",
        bookkeeping=True,
    ),
    # A post whose slug changed is the same article: the old URL becomes an alias.
    Column("post_id", "integer", "WordPress's own id of the post"),
    # Ids are unique per WordPress install only: two installs on one host share ids.
    Column("install", "text", "The WordPress install (home URL) the post id belongs to"),
)

ARTICLE_COLUMNS: dict[str, type] = {c.name: c.sql_type for c in ARTICLE_SPEC}
# What an incremental run reads of each live article (iria_archive/archive/state.py); indexed
# together (iria_archive/archive/schema.py) so that read never reaches the article's text.
STATE_COLUMNS: tuple[str, ...] = (
    "status",
    "url",
    "modified",
    "published",
    "http_etag",
    "http_last_modified",
    "source_changed",
)
ARTICLE_DEFAULTS: dict[str, str | int] = {
    c.name: c.default for c in ARTICLE_SPEC if c.default is not None
}
ARTICLE_NOT_NULL: frozenset[str] = frozenset(c.name for c in ARTICLE_SPEC if c.required)
BOOKKEEPING_COLUMNS: frozenset[str] = frozenset(c.name for c in ARTICLE_SPEC if c.bookkeeping)
# What an extraction gives: every column the store does not keep itself.
CONTENT_COLUMNS: tuple[str, ...] = tuple(c.name for c in ARTICLE_SPEC if not c.bookkeeping)
EXPORTED_COLUMNS: tuple[str, ...] = tuple(c.name for c in ARTICLE_SPEC if c.exported)
LIST_COLUMNS: frozenset[str] = frozenset(c.name for c in ARTICLE_SPEC if c.type == "list")
DATETIME_COLUMNS: frozenset[str] = frozenset(c.name for c in ARTICLE_SPEC if c.type == "datetime")
