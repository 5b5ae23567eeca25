"""An incremental run's reading of the archive never touches article text (issue 21,
item 4): every statement it runs on `articles` is answered by the covering index, so a
no-change run costs the same at 1,000 articles as at 100,000 (bench/incremental_speed.py
measures it)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from iria_archive.archive.rows import article_row, open_archive, upsert_article
from iria_archive.archive.state import KnownArticles, load_crawl_state
from tests.test_store import fields

SECTION = "https://www.ir-ia.com/news/category/europe/"


def test_the_state_read_is_answered_by_the_index_alone(tmp_path: Path) -> None:
    db_path = tmp_path / "archive.db"
    db = open_archive(str(db_path))
    urls = [f"https://www.ir-ia.com/news/a-{n}/" for n in range(3)]
    for n, url in enumerate(urls):
        upsert_article(db, article_row(fields(url=url, content_hash=f"h{n}"), "2024-01-02"))
        db.execute("insert into article_sections values (?, ?, ?)", [url, SECTION, "2024-01-02"])
    db.conn.commit()
    db.close()

    state = load_crawl_state(str(db_path), SECTION)
    known = state.known
    assert isinstance(known, KnownArticles)
    statements: list[str] = []
    known._db.set_trace_callback(statements.append)
    assert known.get(urls[1]) is not None and known.get("https://www.ir-ia.com/nope/") is None
    assert urls[0] in known and sorted(known) == urls and len(known) == 3
    assert state.newest_source_change == "2024-01-02"
    assert known.sample(2) and statements

    plans = sqlite3.connect(db_path)
    for statement in statements:
        plan = " ".join(row[3] for row in plans.execute(f"explain query plan {statement}"))
        if "articles" in plan:
            assert "USING COVERING INDEX articles_crawl_state" in plan, (statement, plan)
