"""The search index's change log, on the archive's side: SQLite triggers log every change.

Triggers on `articles` (and `article_sections`) log every insert, update of a searched
column and delete in `search_log` (one row per article URL, a growing sequence number),
whatever code path wrote the row: crawl, reprocess, or a hand-made edit. The archive's
stamp is its search id and the newest sequence number: the index is in step when its own
stamp (index.py) is the same.
"""

from __future__ import annotations

import sqlite3
import uuid
from collections.abc import Iterator, Sequence
from typing import Any

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


def ensure_log(conn: sqlite3.Connection) -> str:
    """Create the change log and its triggers if missing; return the archive's search id."""
    with conn:
        conn.executescript(LOG_DDL)
        if has_sections(conn):
            conn.executescript(SECTION_LOG_DDL)
        conn.execute(
            "insert or ignore into search_state (key, value) values ('archive_id', ?)",
            [uuid.uuid4().hex],
        )
    row = conn.execute("select value from search_state where key = 'archive_id'").fetchone()
    return str(row[0])


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


def has_sections(conn: sqlite3.Connection) -> bool:
    return bool(
        conn.execute(
            "select 1 from sqlite_master where type = 'table' and name = 'article_sections'"
        ).fetchone()
    )


def sections_unlogged(conn: sqlite3.Connection) -> bool:
    """True when article_sections exists but its triggers do not (yet): its rows so far
    reached no log, so only a rebuild can be sure the index knows them."""
    marks = ", ".join("?" * len(SECTION_TRIGGERS))
    (found,) = conn.execute(
        f"select count(*) from sqlite_master where type = 'trigger' and name in ({marks})",
        SECTION_TRIGGERS,
    ).fetchone()
    return has_sections(conn) and found < len(SECTION_TRIGGERS)


def row_sql(conn: sqlite3.Connection) -> str:
    """The select of every article's indexed columns and sections (add a where to narrow)."""
    return ROW_SQL if has_sections(conn) else ROW_SQL_NO_SECTIONS


def article_rows(
    conn: sqlite3.Connection, sql: str, params: Sequence[Any] = ()
) -> Iterator[dict[str, Any]]:
    """The rows of `sql` as dicts, read a batch at a time (the archive may be large)."""
    cursor = conn.execute(sql, params)
    names = [d[0] for d in cursor.description]
    while batch := cursor.fetchmany(BATCH):
        for values in batch:
            yield dict(zip(names, values, strict=True))
