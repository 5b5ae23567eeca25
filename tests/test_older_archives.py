"""Every command on an archive of every earlier release (issue 19, item 8).

A command that writes migrates the archive in place, every row and column kept; one that
only reads never writes a byte: it reads the archive as it stands, or refuses in one
line. An archive of a newer release is refused by all of them, untouched.

The fixtures are real archives of each release whose schema changed, made by that
release's own code crawling its own replica:
  archive-v1.db  schema 1, the first release (4579f0e), 24 articles, one 404
  archive-v2.db  schema 2, revisions and status (34fd98e), 24 articles, one 404
  archive-v4.db  schema 4, WARC and crawl state (a1bcd6e), 1 article
  archive-v5.db  schema 5 before sites and sections (187cbbf), 36 articles, two sections
"""

from __future__ import annotations

import hashlib
import json
import shutil
import sqlite3
import urllib.request
from pathlib import Path

import pytest

from iria_archive.archive.schema import SCHEMA_VERSION
from tests.conftest import FAST, run_cli, serving

PAGES = Path(__file__).parent / "pages"
RELEASES = {1: 24, 2: 24, 4: 1, 5: 36}  # schema: articles in its fixture
# Nothing listens on port 9 here: a crawl fails at once, after opening the archive.
NOWHERE = "http://127.0.0.1:9/news/category/europe/"


def fixture_copy(version: int, tmp_path: Path) -> Path:
    db_path = tmp_path / "archive.db"
    shutil.copy(PAGES / f"archive-v{version}.db", db_path)
    return db_path


def schema(db_path: Path) -> int:
    with sqlite3.connect(f"file:{db_path}?mode=ro", uri=True) as conn:
        return conn.execute("pragma user_version").fetchone()[0]


def every_row(db_path: Path) -> dict[str, list[dict]]:
    """Each table's rows (the FTS index's own tables aside), as the file holds them."""
    conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
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


EMPTY = hashlib.sha256(b"").hexdigest()


def files_digest(folder: Path) -> dict[str, str]:
    """Each file's SHA-256; SQLite's -shm index of a WAL archive aside, and an empty -wal.

    A reader of a WAL archive makes these two (SQLite's doing, holding no data): the
    archive and every other file must be as they were.
    """
    digests = {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in folder.iterdir()}
    digests.pop("archive.db-shm", None)
    if digests.get("archive.db-wal") == EMPTY:
        del digests["archive.db-wal"]
    return digests


WRITERS = {
    "reindex": ["reindex"],
    "reprocess": ["reprocess"],
    "crawl": ["crawl", "--start-url", NOWHERE, *FAST],
}


@pytest.mark.parametrize("version", sorted(RELEASES))
@pytest.mark.parametrize("command", sorted(WRITERS))
def test_a_writing_command_migrates_in_place_keeping_every_row(
    version: int, command: str, tmp_path: Path
) -> None:
    db_path = fixture_copy(version, tmp_path)
    before = every_row(db_path)
    assert schema(db_path) == version and len(before["articles"]) == RELEASES[version]
    result = run_cli(*WRITERS[command], "--db", str(db_path))
    assert "Traceback" not in result.stderr
    # The crawl of a site that is not there fails; it migrated the archive first.
    assert result.returncode == (1 if command == "crawl" else 0), result.stderr
    assert schema(db_path) == SCHEMA_VERSION
    after = every_row(db_path)
    for table, rows in before.items():
        if table in ("crawl_runs", "crawl_errors") and command == "crawl":
            after[table] = after[table][: len(rows)]  # the failed run comes after them
        kept = [{k: row[k] for k in rows[0]} for row in after[table]] if rows else after[table]
        assert kept == rows, table  # every row, every old column, unchanged
    # The migrated archive answers every reading command.
    for reader in (["runs"], ["errors"], ["export"], ["reprocess", "--dry-run"]):
        read = run_cli(*reader, "--db", str(db_path))
        assert read.returncode == 0, (reader, read.stderr)
    exported = run_cli("export", "--db", str(db_path), "--fields", "url").stdout.splitlines()
    assert sorted(json.loads(line)["url"] for line in exported) == sorted(
        row["url"] for row in before["articles"]
    )


READERS = {
    "runs": ["runs"],
    "errors": ["errors"],
    "export": ["export"],
    "reprocess --dry-run": ["reprocess", "--dry-run"],
    "reindex --check": ["reindex", "--check"],
}
# What each reading command does with each release's archive: (exit status, first line
# of stderr or None). Schemas 1 and 2 recorded no raw pages: reprocess cannot read them
# as they stand.
REFUSED = (
    "Error: {db} is an archive of an earlier release (schema {v}, this release's is {now})"
    " that this command cannot read as it stands and never writes:"
    " `iria-archive reindex --db {db}` migrates it in place (no such column: warc_file)"
)
STALE = "search index of {db}: stale or missing"
# Schemas 4 and 5 name WARC files the fixtures do not carry: each is named, then the count.
COUNTED = "Would reprocess 0 pages in "
EXPECTED = {
    (1, "reprocess --dry-run"): (1, REFUSED),
    (2, "reprocess --dry-run"): (1, REFUSED),
    (4, "reprocess --dry-run"): (0, COUNTED),
    (5, "reprocess --dry-run"): (0, COUNTED),
}


@pytest.mark.parametrize("version", sorted(RELEASES))
@pytest.mark.parametrize("command", sorted(READERS))
def test_a_reading_command_never_writes_and_answers_or_refuses_in_one_line(
    version: int, command: str, tmp_path: Path
) -> None:
    db_path = fixture_copy(version, tmp_path)
    before = files_digest(tmp_path)
    result = run_cli(*READERS[command], "--db", str(db_path))
    assert files_digest(tmp_path) == before  # not a byte, no -wal, no index
    assert "Traceback" not in result.stderr
    status, last = EXPECTED.get(
        (version, command), (1, STALE) if command == "reindex --check" else (0, None)
    )
    assert result.returncode == status, result.stderr
    lines = result.stderr.splitlines()
    if last is None:
        assert lines == []
    elif last == COUNTED:
        assert lines[-1].startswith(COUNTED), lines
        assert all(line.startswith("Skipped: ") for line in lines[:-1]), lines
    else:
        assert lines == [last.format(db=db_path, v=version, now=SCHEMA_VERSION)]


def test_runs_and_errors_of_the_first_release_read_as_they_stand(tmp_path: Path) -> None:
    db_path = fixture_copy(1, tmp_path)
    runs = run_cli("runs", "--db", str(db_path))
    assert runs.returncode == 0
    assert [line.split()[0] for line in runs.stdout.splitlines()[2:]] == ["1"]
    errors = run_cli("errors", "--db", str(db_path))
    assert errors.returncode == 0
    (line,) = errors.stdout.splitlines()
    assert line.startswith("run 1\tarticle\tHTTP 404\thttp://127.0.0.1:8793/news/")


def test_serve_migrates_the_first_release_and_serves_it(tmp_path: Path) -> None:
    db_path = fixture_copy(1, tmp_path)
    before = every_row(db_path)
    with serving(db_path) as served:
        url = f"{served.base}/archive/articles.json?_shape=array&_size=max&_col=title"
        with urllib.request.urlopen(url, timeout=30) as response:
            rows = json.load(response)
    assert sorted(r["url"] for r in rows) == sorted(r["url"] for r in before["articles"])
    assert schema(db_path) == SCHEMA_VERSION


@pytest.mark.parametrize(
    "args",
    [
        ["runs"],
        ["errors"],
        ["export"],
        ["reindex"],
        ["reindex", "--check"],
        ["reprocess"],
        ["reprocess", "--dry-run"],
        ["serve", "--port", "0"],
        ["crawl", "--start-url", NOWHERE],
    ],
)
def test_an_archive_of_a_newer_release_is_refused_untouched(
    args: list[str], tmp_path: Path
) -> None:
    db_path = fixture_copy(5, tmp_path)
    with sqlite3.connect(db_path) as conn:
        conn.execute(f"pragma user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    before = files_digest(tmp_path)
    result = run_cli(*args, "--db", str(db_path))
    assert result.returncode == 1
    newer = (
        f"{db_path} is an archive of a newer release (schema {SCHEMA_VERSION + 1}, this"
        f" release knows up to {SCHEMA_VERSION}): use that release; nothing was changed"
    )
    prefix = "Error: refusing to write: " if args[0] == "crawl" else "Error: "
    assert result.stderr.splitlines() == [prefix + newer]
    assert files_digest(tmp_path) == before
