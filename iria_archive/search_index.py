"""The search page's index: tantivy beside the archive, kept in step with it by SQLite itself.

FTS5 ranks by scoring every match, so a word in most articles costs hundreds of ms at
200,000 articles (bench/README.md); tantivy's top-k search stops early. The index lives
in `archive.db.search/` and is a cache of the archive, never a second source of truth:

- Triggers on `articles` log every insert, update (of a searched column) and delete in
  `search_log` (one row per article URL, a growing sequence number), whatever code path
  wrote the row: crawl, reprocess, or a hand-made edit.
- `sync_index` applies the log entries newer than the index's own stamp (`state.json`:
  the archive's id and the last sequence number applied), or rebuilds the index when it
  is missing, of another archive, or of another layout. The crawl's store step calls it
  at the end of a run, `reprocess` and `reindex` after theirs, `serve` at start-up.
- `SearchIndex.fresh()` compares the stamp with the archive's newest log entry on every
  search: while the archive is ahead (a crawl is writing), the page falls back to FTS5
  and says so, so results are never wrong, only slower.

Words are split and folded like the FTS5 index (`unicode61 remove_diacritics 2`):
lower case, accents and ligatures folded to ASCII (Vucic finds Vučić).
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import os
import shutil
import sqlite3
import tempfile
import time
import uuid
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import tantivy

from iria_archive.search import json_list
from pipelines.archive import open_read_only

logger = logging.getLogger(__name__)

# Bumped when the index's fields or tokenizer change: an index of another layout is rebuilt.
# 2: the sections that list an article (issue 10).
LAYOUT = 2
SUFFIX = ".search"
TOKENIZER = "folded"
# Searched fields, as in the FTS5 index (pipelines.schema.ARTICLE_FTS_COLUMNS).
TEXT_FIELDS = ("title", "description", "text", "author")
WRITER_HEAP = 200_000_000  # bytes tantivy buffers before it writes a segment
BATCH = 500  # rows read from SQLite at a time while indexing

LOG_DDL = """
create table if not exists search_log (url text primary key, seq integer not null);
create index if not exists search_log_seq on search_log (seq);
create table if not exists search_state (key text primary key, value text);
create trigger if not exists articles_search_log_insert after insert on articles begin
  insert or replace into search_log (url, seq)
  values (new.url, (select coalesce(max(seq), 0) + 1 from search_log));
end;
create trigger if not exists articles_search_log_update
after update of url, title, description, text, author, published, categories, tags on articles
when old.url is not new.url or old.title is not new.title
  or old.description is not new.description or old.text is not new.text
  or old.author is not new.author or old.published is not new.published
  or old.categories is not new.categories or old.tags is not new.tags
begin
  insert or replace into search_log (url, seq)
  values (old.url, (select coalesce(max(seq), 0) + 1 from search_log));
  insert or replace into search_log (url, seq)
  values (new.url, (select coalesce(max(seq), 0) + 1 from search_log));
end;
create trigger if not exists articles_search_log_delete after delete on articles begin
  insert or replace into search_log (url, seq)
  values (old.url, (select coalesce(max(seq), 0) + 1 from search_log));
end;
"""
# The index holds each article's sections: a section that starts (or stops) listing an
# article re-indexes it. The crawl's `insert or ignore` of a known membership fires nothing.
SECTION_TRIGGERS = tuple(
    f"article_sections_search_log_{kind}" for kind in ("insert", "delete", "update")
)
SECTION_LOG_DDL = """
create trigger if not exists article_sections_search_log_insert
after insert on article_sections begin
  insert or replace into search_log (url, seq)
  values (new.url, (select coalesce(max(seq), 0) + 1 from search_log));
end;
create trigger if not exists article_sections_search_log_delete
after delete on article_sections begin
  insert or replace into search_log (url, seq)
  values (old.url, (select coalesce(max(seq), 0) + 1 from search_log));
end;
create trigger if not exists article_sections_search_log_update
after update on article_sections begin
  insert or replace into search_log (url, seq)
  values (old.url, (select coalesce(max(seq), 0) + 1 from search_log));
  insert or replace into search_log (url, seq)
  values (new.url, (select coalesce(max(seq), 0) + 1 from search_log));
end;
"""
ARTICLE_COLUMNS_SQL = "url, title, description, text, author, published, categories, tags"
ROW_SQL = (
    f"select {ARTICLE_COLUMNS_SQL}, (select json_group_array(section) from article_sections"
    " where article_sections.url = articles.url) as sections from articles"
)
# An archive made before sections were recorded (not migrated yet): no article has one.
ROW_SQL_NO_SECTIONS = f"select {ARTICLE_COLUMNS_SQL}, '[]' as sections from articles"


def index_path(db_path: str | Path) -> Path:
    """Where the search index of the archive at `db_path` lives: `archive.db.search/`."""
    db_path = Path(db_path)
    return db_path.with_name(db_path.name + SUFFIX)


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
    # belongs to is the config's to say, at search time (iria_archive/sections.py).
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


# --- the archive's side: the change log ---------------------------------------------------


def ensure_log(conn: sqlite3.Connection) -> str:
    """Create the change log and its triggers if missing; return the archive's search id."""
    with conn:
        conn.executescript(LOG_DDL)
        if _has_sections(conn):
            conn.executescript(SECTION_LOG_DDL)
        conn.execute(
            "insert or ignore into search_state (key, value) values ('archive_id', ?)",
            [uuid.uuid4().hex],
        )
    return conn.execute("select value from search_state where key = 'archive_id'").fetchone()[0]


def archive_stamp(conn: sqlite3.Connection) -> tuple[str, int] | None:
    """(archive id, newest log sequence number), or None when the archive has no log yet."""
    try:
        (archive_id,) = conn.execute(
            "select value from search_state where key = 'archive_id'"
        ).fetchone() or (None,)
        (seq,) = conn.execute("select coalesce(max(seq), 0) from search_log").fetchone()
    except sqlite3.OperationalError:  # no such table: an archive never indexed
        return None
    return (archive_id, seq) if archive_id else None


def _has_sections(conn: sqlite3.Connection) -> bool:
    return bool(
        conn.execute(
            "select 1 from sqlite_master where type = 'table' and name = 'article_sections'"
        ).fetchone()
    )


def _sections_unlogged(conn: sqlite3.Connection) -> bool:
    """True when article_sections exists but its triggers do not (yet): its rows so far
    reached no log, so only a rebuild can be sure the index knows them."""
    marks = ", ".join("?" * len(SECTION_TRIGGERS))
    (found,) = conn.execute(
        f"select count(*) from sqlite_master where type = 'trigger' and name in ({marks})",
        SECTION_TRIGGERS,
    ).fetchone()
    return _has_sections(conn) and found < len(SECTION_TRIGGERS)


def _row_sql(conn: sqlite3.Connection) -> str:
    return ROW_SQL if _has_sections(conn) else ROW_SQL_NO_SECTIONS


# --- the index's side: its stamp -----------------------------------------------------------


@dataclass
class IndexState:
    """What `state.json` says: which archive the index mirrors, up to which log entry."""

    archive_id: str
    seq: int
    docs: int
    layout: int = LAYOUT

    @classmethod
    def read(cls, path: Path) -> IndexState | None:
        try:
            data = json.loads((path / "state.json").read_text("utf-8"))
            return cls(**data)
        except (OSError, ValueError, TypeError):
            return None

    def write(self, path: Path) -> None:
        # Written whole or not at all: a reader never sees half a stamp.
        fd, tmp = tempfile.mkstemp(dir=path, prefix=".state-", suffix=".json")
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            json.dump(self.__dict__, f)
        os.replace(tmp, path / "state.json")


def index_in_step(db_path: str | Path) -> IndexState | None:
    """The stamp of the index beside the archive when it mirrors the archive exactly, else
    None (missing, stale, of another archive or layout). Reads only; NotAnArchive if the
    file is none."""
    db = open_read_only(str(db_path))
    try:
        stamp = archive_stamp(db.conn)
    finally:
        db.close()
    state = IndexState.read(index_path(db_path))
    if stamp is None or state is None or state.layout != LAYOUT:
        return None
    return state if (state.archive_id, state.seq) == stamp else None


@dataclass
class SyncResult:
    action: str  # "fresh", "updated", "rebuilt"
    docs: int
    changed: int = 0
    seconds: float = 0.0


def sync_index(db_path: str | Path, path: Path | None = None, rebuild: bool = False) -> SyncResult:
    """Bring the index at `path` (default beside the archive) in step with the archive.

    Applies the changes logged since the index's stamp, or rebuilds it whole when it is
    missing, of another archive or layout, or `rebuild` is asked. Raises sqlite3.Error,
    OSError or ValueError (tantivy: another writer holds the index) when it cannot.
    """
    began = time.perf_counter()
    path = path or index_path(db_path)
    conn = sqlite3.connect(str(db_path), timeout=30)
    try:
        unlogged = _sections_unlogged(conn)
        archive_id = ensure_log(conn)
        state = IndexState.read(path)
        if (
            unlogged
            or rebuild
            or state is None
            or state.archive_id != archive_id
            or state.layout != LAYOUT
        ):
            docs = _rebuild(conn, archive_id, path)
            return SyncResult("rebuilt", docs, docs, time.perf_counter() - began)
        changed = _apply_log(conn, state, path)
        action = "updated" if changed else "fresh"
        return SyncResult(action, state.docs, changed, time.perf_counter() - began)
    finally:
        conn.close()


def _rows(conn: sqlite3.Connection, sql: str, params: Sequence[Any] = ()) -> Iterator[dict]:
    cursor = conn.execute(sql, params)
    names = [d[0] for d in cursor.description]
    while batch := cursor.fetchmany(BATCH):
        for values in batch:
            yield dict(zip(names, values, strict=True))


def _rebuild(conn: sqlite3.Connection, archive_id: str, path: Path) -> int:
    """Index every article into a new directory, then swap it in place of the old one."""
    path.parent.mkdir(parents=True, exist_ok=True)
    new = Path(tempfile.mkdtemp(dir=path.parent, prefix=path.name + ".new-"))
    try:
        index = open_index(new)
        writer = index.writer(WRITER_HEAP)
        docs = 0
        # One read transaction: the log's stamp and the rows are of the same moment.
        conn.execute("begin")
        try:
            (seq,) = conn.execute("select coalesce(max(seq), 0) from search_log").fetchone()
            for row in _rows(conn, _row_sql(conn)):
                writer.add_document(document(row))
                docs += 1
        finally:
            conn.rollback()
        writer.commit()
        writer.wait_merging_threads()
        IndexState(archive_id, seq, docs).write(new)
        old = path.with_name(path.name + ".old")
        shutil.rmtree(old, ignore_errors=True)
        if path.exists():
            path.rename(old)
        new.rename(path)
        shutil.rmtree(old, ignore_errors=True)
    finally:
        shutil.rmtree(new, ignore_errors=True)
    logger.info("search index rebuilt: %d articles", docs)
    return docs


def _apply_log(conn: sqlite3.Connection, state: IndexState, path: Path) -> int:
    """Re-index the articles logged after the index's stamp; return how many."""
    conn.execute("begin")
    try:
        (seq,) = conn.execute("select coalesce(max(seq), 0) from search_log").fetchone()
        if seq == state.seq:
            return 0
        urls = [u for (u,) in conn.execute("select url from search_log where seq > ?", [state.seq])]
        rows = {}
        for start in range(0, len(urls), BATCH):
            chunk = urls[start : start + BATCH]
            marks = ", ".join("?" * len(chunk))
            for row in _rows(conn, f"{_row_sql(conn)} where url in ({marks})", chunk):
                rows[row["url"]] = row
    finally:
        conn.rollback()
    index = open_index(path)
    writer = index.writer(WRITER_HEAP)
    for url in urls:
        writer.delete_documents_by_term("url", url)
        if url in rows:
            writer.add_document(document(rows[url]))
    writer.commit()
    writer.wait_merging_threads()
    index.reload()
    docs = index.searcher().num_docs
    IndexState(state.archive_id, seq, docs).write(path)
    logger.info("search index updated: %d articles changed", len(urls))
    return len(urls)


def sync_after_writes(db_path: str | Path) -> None:
    """The store step's call at the end of a run: sync the index, never fail the run.

    An index that could not be synced is only slower search: the page falls back to
    FTS5 until the next sync (serve start-up, the next run, or `iria-archive reindex`).
    """
    try:
        result = sync_index(db_path)
    except (sqlite3.Error, OSError, ValueError) as error:
        logger.warning("search index not updated (search falls back to FTS5): %s", error)
        return
    logger.info(
        "search index %s (%d changed, %.1f s)", result.action, result.changed, result.seconds
    )


def copy_index(source: Path, target: Path) -> None:
    """A copy of an index that later writes to `source` leave alone.

    tantivy never rewrites a segment file, only replaces meta files by rename, so hard
    links are a consistent copy; files on another device are copied.
    """

    def link(src: str, dst: str) -> None:
        try:
            os.link(src, dst)
        except OSError:
            shutil.copy2(src, dst)

    shutil.copytree(source, target, copy_function=link, ignore=shutil.ignore_patterns("*.lock"))


# --- reading ---------------------------------------------------------------------------------


@dataclass
class SearchIndex:
    """An open index beside an archive, reopened when its stamp changes on disk."""

    path: Path
    index: tantivy.Index | None = None
    state: IndexState | None = None
    _stamp_mtime: float = field(default=-1.0, repr=False)

    def current(self) -> IndexState | None:
        """The index's stamp, reopening the index when a sync has moved it."""
        try:
            mtime = (self.path / "state.json").stat().st_mtime
        except OSError:
            self.index, self.state = None, None
            return None
        if mtime != self._stamp_mtime or self.index is None:
            state = IndexState.read(self.path)
            if state is None or state.layout != LAYOUT:
                self.index, self.state = None, None
                return None
            try:
                index = open_index(self.path)
                index.reload()
            except ValueError:
                self.index, self.state = None, None
                return None
            self.index, self.state, self._stamp_mtime = index, state, mtime
        return self.state

    def fresh(self, stamp: tuple[str, int] | None) -> bool:
        """True when the index mirrors the archive whose stamp is `stamp`, exactly."""
        state = self.current()
        return state is not None and stamp is not None and (state.archive_id, state.seq) == stamp
