"""The store on a real SQLite file: upserts, revisions, FTS kept in sync, schema idempotent."""

from __future__ import annotations

import json

from iria_archive.archive.rows import article_row, open_archive, upsert_article
from iria_archive.archive.schema import ensure_schema

URL = "https://www.ir-ia.com/news/a/"


def fields(**changes: object) -> dict:
    base = {
        "url": URL,
        "title": "Talks resume",
        "author": None,
        "published": "2024-01-02",
        "modified": None,
        "categories": ["Europe"],
        "tags": ["NATO"],
        "description": "d",
        "image_url": None,
        "image_caption": None,
        "text": "Talks on grain resume.",
        "markdown": "Talks on grain resume.",
        "language": "en",
        "word_count": 4,
        "content_hash": "h1",
        "extractor": "trafilatura 2.3.1 / rules 1",
    }
    return {**base, **changes}


def test_new_unchanged_updated_and_revisions(tmp_path) -> None:
    db = open_archive(str(tmp_path / "archive.db"))
    assert upsert_article(db, article_row(fields(), "2024-01-02T10:00:00+00:00")) == "new"
    assert upsert_article(db, article_row(fields(), "2024-01-03T10:00:00+00:00")) == "unchanged"
    row = db["articles"].get(URL)
    assert (row["first_seen"], row["last_fetched"]) == (
        "2024-01-02T10:00:00+00:00",
        "2024-01-03T10:00:00+00:00",
    )
    assert json.loads(row["categories"]) == ["Europe"] and row["revision_count"] == 0

    changed = fields(text="Talks on wheat resume.", content_hash="h2", modified="2024-01-04")
    assert upsert_article(db, article_row(changed, "2024-01-04T10:00:00+00:00")) == "updated"
    row = db["articles"].get(URL)
    assert (row["text"], row["revision_count"], row["first_seen"]) == (
        "Talks on wheat resume.",
        1,
        "2024-01-02T10:00:00+00:00",
    )
    (revision,) = db["revisions"].rows
    assert {k: revision[k] for k in ("url", "fetched_at", "text", "content_hash", "modified")} == {
        "url": URL,
        "fetched_at": "2024-01-03T10:00:00+00:00",
        "text": "Talks on grain resume.",
        "content_hash": "h1",
        "modified": None,
    }
    # The full-text index follows the update.
    assert [r["url"] for r in db["articles"].search("wheat")] == [URL]
    assert list(db["articles"].search("grain")) == []

    # A tag correction updates in place, without a revision.
    retagged = {**changed, "tags": ["NATO", "Grain"]}
    assert upsert_article(db, article_row(retagged, "2024-01-05T10:00:00+00:00")) == "updated"
    assert db["revisions"].count == 1 and db["articles"].count == 1


def test_ensure_schema_is_idempotent(tmp_path) -> None:
    db = open_archive(str(tmp_path / "archive.db"))
    schema = db.schema
    ensure_schema(db)
    assert db.schema == schema
    assert db["articles"].detect_fts() == "articles_fts"


def test_copies_of_a_page_under_extra_queries_are_one_article(tmp_path) -> None:
    """`a/?v=1`, `a/?v=2` (a cache buster), each page with another view counter, each
    naming `a/` its canonical URL: one article, the site's own URL."""
    from iria_archive.archive.rows import choose_url

    db = open_archive(str(tmp_path / "archive.db"))
    for n in (1, 2, 3):
        row = article_row(fields(content_hash=f"h{n}", text=f"Read {n} times."), f"2024-01-0{n}")
        assert choose_url(db, row, f"{URL}?v={n}") is None
        upsert_article(db, row)
    assert [r["url"] for r in db["articles"].rows] == [URL]
    # A page naming another post's URL (another path) is still not taken at its word.
    other = article_row(fields(content_hash="x"), "2024-01-04")
    note = choose_url(db, other, "https://www.ir-ia.com/news/b/?v=1")
    assert note is not None and other["url"] == "https://www.ir-ia.com/news/b/?v=1"
