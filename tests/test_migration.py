"""An archive made by the release before sites and sections (schema 5, made by main at
187cbbf: a replica crawl of two sections) opens in place with nothing lost (issue 10)."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from iria_archive.archive.rows import open_archive
from iria_archive.archive.schema import SCHEMA_VERSION
from iria_archive.archive.state import load_crawl_state
from tests.conftest import run_cli

FIXTURE = Path(__file__).parent / "pages" / "archive-v5.db"
EUROPE = "http://127.0.0.1:8791/news/category/europe/"
NEWS = "http://127.0.0.1:8791/news/category/news/"


def every_row(path: Path) -> dict[str, list[dict]]:
    """Each table's rows (FTS shadow tables aside), as the file holds them."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    conn.row_factory = sqlite3.Row
    try:
        tables = [
            name
            for (name,) in conn.execute("select name from sqlite_master where type = 'table'")
            if not name.startswith(("articles_fts", "sqlite_"))
        ]
        return {
            t: [dict(r) for r in conn.execute(f"select * from [{t}] order by rowid")]
            for t in tables
        }
    finally:
        conn.close()


def test_an_archive_of_the_previous_release_migrates_in_place(tmp_path: Path) -> None:
    db_path = tmp_path / "archive.db"
    shutil.copy(FIXTURE, db_path)
    before = every_row(db_path)
    assert len(before["articles"]) == 36 and before["article_sections"]
    open_archive(str(db_path)).close()
    after = every_row(db_path)
    assert sqlite3.connect(db_path).execute("pragma user_version").fetchone() == (SCHEMA_VERSION,)
    for table, rows in before.items():
        kept = [{k: row[k] for k in rows[0]} for row in after[table]] if rows else after[table]
        assert kept == rows, table  # every row, every old column, unchanged
    # Each section keeps its own state: its articles, and a good last run (incremental next).
    for section in (EUROPE, NEWS):
        state = load_crawl_state(str(db_path), section)
        assert state.last_run_ok
        assert state.in_section == {
            r["url"] for r in before["article_sections"] if r["section"] == section
        }
    listed = run_cli("runs", "--db", str(db_path))
    assert listed.returncode == 0 and listed.stdout.count(" ok ") == 2
    search = (
        sqlite3.connect(db_path)
        .execute("select count(*) from articles_fts where articles_fts match 'europe'")
        .fetchone()[0]
    )
    assert search > 0
