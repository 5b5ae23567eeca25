"""`iria-archive export`: exact rows and columns per format, filters, reproducibility, manifest."""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import hashlib
import json
import os
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from iria_archive.export import ExportOptions, export_to_file, manifest_path, writes_in_place
from tests.conftest import REPO, Crawl, run_cli
from tests.readme import documented_export_columns

# The default columns as the README documents them (its table of columns).
DOCUMENTED_COLUMNS = documented_export_columns()


@pytest.fixture(scope="module")
def truth(replica) -> list[dict]:
    return replica.site.expected_articles("europe")


def in_export_order(rows: list[dict]) -> list[dict]:
    return sorted(rows, key=lambda r: (r["published"], r["url"]))


def archive_rows(db_path: Path) -> dict[str, dict]:
    """The stored columns the crawl alone knows (markdown, hashes, fetch times), by url."""
    conn = sqlite3.connect(db_path)
    conn.row_factory = sqlite3.Row
    rows = conn.execute(
        "select url, markdown, content_hash, first_seen, last_fetched from articles"
    ).fetchall()
    conn.close()
    return {row["url"]: dict(row) for row in rows}


def export(crawl: Crawl, tmp_path: Path, name: str = "out", **options) -> Path:
    output = tmp_path / f"{name}.{options.get('format', 'jsonl')}"
    export_to_file(str(crawl.db_path), output, ExportOptions(**options), manifest=True)
    return output


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text("utf-8").splitlines()]


def test_jsonl_holds_every_article_exactly_in_documented_order(
    crawl: Crawl, truth: list[dict], tmp_path: Path
) -> None:
    rows = read_jsonl(export(crawl, tmp_path))
    stored = archive_rows(crawl.db_path)
    expected = [a | stored[a["url"]] for a in in_export_order(truth)]
    assert [list(row) for row in rows] == [DOCUMENTED_COLUMNS] * len(truth)
    assert rows == [{name: e[name] for name in DOCUMENTED_COLUMNS} for e in expected]


def test_csv_has_the_same_rows_as_text(crawl: Crawl, tmp_path: Path) -> None:
    jsonl = read_jsonl(export(crawl, tmp_path))
    path = export(crawl, tmp_path, format="csv")
    with open(path, newline="", encoding="utf-8") as f:
        reader = csv.reader(f)
        header = next(reader)
        rows = list(reader)
    assert header == DOCUMENTED_COLUMNS

    def as_csv(value: object) -> str:
        if value is None:
            return ""
        if isinstance(value, list):
            return json.dumps(value, ensure_ascii=False)
        return str(value)

    assert rows == [[as_csv(row[name]) for name in DOCUMENTED_COLUMNS] for row in jsonl]


DATES = ("published", "modified", "first_seen", "last_fetched")


def as_utc(value: str | None) -> dt.datetime | None:
    """An ISO 8601 text as Parquet should hold it: a UTC instant (a date alone: midnight)."""
    if value is None:
        return None
    moment = dt.datetime.fromisoformat(value)
    return (moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)).astimezone(dt.UTC)


def test_parquet_has_the_same_rows_and_types(crawl: Crawl, tmp_path: Path) -> None:
    # A site that states only the day of a post (no feed, no REST API): a date, no time.
    copy = tmp_path / "dated.db"
    with sqlite3.connect(crawl.db_path) as source, sqlite3.connect(copy) as target:
        source.backup(target)
    with sqlite3.connect(copy) as db:
        db.execute("update articles set published = substr(published, 1, 10) where rowid = 1")
    crawl = dataclasses.replace(crawl, db_path=copy)
    jsonl = read_jsonl(export(crawl, tmp_path))
    table = pq.read_table(export(crawl, tmp_path, format="parquet"))
    assert table.column_names == DOCUMENTED_COLUMNS
    assert table.schema.field("categories").type == pa.list_(pa.string())
    assert table.schema.field("word_count").type == pa.int64()
    for name in DATES:
        assert table.schema.field(name).type == pa.timestamp("us", tz="UTC")
    expected = [row | {name: as_utc(row[name]) for name in DATES} for row in jsonl]
    assert table.to_pylist() == expected
    # The article dated by its day alone is at midnight UTC.
    assert any(len(row["published"]) == 10 for row in jsonl)


def test_filters(crawl: Crawl, truth: list[dict], tmp_path: Path) -> None:
    def urls(**options) -> list[str]:
        path = export(crawl, tmp_path, fields=("url",), **options)
        return [row["url"] for row in read_jsonl(path)]

    ordered = in_export_order(truth)
    assert urls(since="2025-01-01", until="2025-06-30") == [
        a["url"] for a in ordered if "2025-01-01" <= a["published"][:10] <= "2025-06-30"
    ]
    balkans = [a["url"] for a in ordered if "Balkans" in a["categories"]]
    assert 0 < len(balkans) < len(truth)
    assert urls(category="balkans") == balkans
    assert urls(query="Vucic") == [a["url"] for a in ordered if "Vučić" in a["text"]]
    assert urls(query="Vucic", category="News", since="2000-01-01") == urls(query="Vucic")
    assert urls(query="EU-Serbia NOT (") == []


def test_fields_pick_and_order_the_columns(crawl: Crawl, tmp_path: Path) -> None:
    rows = read_jsonl(export(crawl, tmp_path, fields=("word_count", "url", "tags")))
    assert list(rows[0]) == ["word_count", "url", "tags"]
    assert isinstance(rows[0]["tags"], list) and isinstance(rows[0]["word_count"], int)


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "parquet"])
def test_exports_are_reproducible_and_the_manifest_checks_out(
    crawl: Crawl, fmt: str, tmp_path: Path
) -> None:
    first = export(crawl, tmp_path, "first", format=fmt, category="Europe")
    second = export(crawl, tmp_path, "second", format=fmt, category="Europe")
    assert first.read_bytes() == second.read_bytes()
    manifest = json.loads(manifest_path(first).read_text("utf-8"))
    assert manifest["sha256"] == hashlib.sha256(first.read_bytes()).hexdigest()
    assert manifest["bytes"] == first.stat().st_size
    conn = sqlite3.connect(crawl.db_path)
    europe = conn.execute(
        "select count(*) from articles where categories like '%\"Europe\"%'"
    ).fetchone()[0]
    newest = conn.execute("select url, published from articles order by published desc").fetchone()
    (run_id, finished) = conn.execute("select id, finished from crawl_runs").fetchone()
    conn.close()
    assert manifest["rows"] == europe
    assert manifest["options"] == {
        "format": fmt,
        "since": None,
        "until": None,
        "category": "Europe",
        "query": None,
        "fields": DOCUMENTED_COLUMNS,
        "bom": False,
    }
    assert [c["name"] for c in manifest["columns"]] == DOCUMENTED_COLUMNS
    assert {c["name"]: c["type"] for c in manifest["columns"]}["tags"] == "array<string>"
    assert manifest["archive"]["newest_article"] == {"url": newest[0], "published": newest[1]}
    assert manifest["archive"]["last_crawl"] == {
        "run_id": run_id,
        "finished": finished,
        "status": "ok",
    }
    second_manifest = json.loads(manifest_path(second).read_text("utf-8"))
    assert {**second_manifest, "file": first.name} == manifest


def test_cli_writes_to_stdout_what_it_writes_to_a_file(crawl: Crawl, tmp_path: Path) -> None:
    output = tmp_path / "a.csv"
    args = ["export", "--db", str(crawl.db_path), "--format", "csv", "--fields", "url,title"]
    to_file = run_cli(*args, "-o", str(output), "--manifest")
    assert to_file.returncode == 0 and to_file.stdout == to_file.stderr == ""
    to_stdout = run_cli(*args)
    assert to_stdout.returncode == 0
    assert to_stdout.stdout.encode("utf-8") == output.read_bytes()
    assert manifest_path(output).is_file()


@pytest.mark.parametrize(
    ("args", "error"),
    [
        (["--fields", "url,nope"], "Error: unknown field nope; choose from url, title, "),
        (["--since", "2025-02-30"], "Error: --since must be a date YYYY-MM-DD, got '2025-02-30'"),
    ],
)
def test_cli_errors_are_one_line(crawl: Crawl, args: list[str], error: str) -> None:
    process = run_cli("export", "--db", str(crawl.db_path), *args)
    assert process.returncode == 2  # a usage error (issue 19, item 10)
    (line,) = process.stderr.strip().splitlines()
    assert line.startswith(error)


def test_cli_without_archive_is_a_one_line_error(tmp_path: Path) -> None:
    process = run_cli("export", "--db", str(tmp_path / "missing.db"), "-o", str(tmp_path / "x"))
    assert process.returncode == 1
    assert process.stderr.strip().splitlines() == [
        f"Error: no archive at {tmp_path}/missing.db: run `iria-archive crawl` first"
    ]
    assert list(tmp_path.iterdir()) == []


def test_csv_with_bom_opens_as_utf8_in_a_spreadsheet(crawl: Crawl, tmp_path: Path) -> None:
    plain = export(crawl, tmp_path, "plain", format="csv")
    marked = export(crawl, tmp_path, "marked", format="csv", bom=True)
    assert not plain.read_bytes().startswith(b"\xef\xbb\xbf")
    assert marked.read_bytes() == b"\xef\xbb\xbf" + plain.read_bytes()
    process = run_cli("export", "--db", str(crawl.db_path), "--bom")
    assert process.returncode == 2  # a usage error
    assert process.stderr.strip() == "Error: --bom is for --format csv only"


def test_export_into_a_pipe_that_closes_early_is_a_normal_end(crawl: Crawl) -> None:
    command = f"{sys.executable} -m iria_archive export --db {crawl.db_path} | head -1"
    done = subprocess.run(
        ["bash", "-c", command + "; echo ${PIPESTATUS[0]} >&2"],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=60,
    )
    assert json.loads(done.stdout)["url"]  # the first article, whole
    assert done.stderr == "0\n"  # export's own exit status, and nothing else said


def archive_bytes(db_path: Path) -> bytes:
    return b"".join(
        Path(f"{db_path}{suffix}").read_bytes()
        for suffix in ("", "-wal")
        if Path(f"{db_path}{suffix}").exists()
    )


@pytest.mark.parametrize("how", ["path", "symlink", "hardlink", "wal"])
def test_export_never_writes_over_the_archive(crawl: Crawl, tmp_path: Path, how: str) -> None:
    copy = tmp_path / "archive.db"
    source = sqlite3.connect(crawl.db_path)
    source.execute(f"VACUUM INTO '{copy}'")
    source.close()
    if how == "path":
        target = copy
    elif how == "symlink":
        target = tmp_path / "out.jsonl"
        target.symlink_to(copy)
    elif how == "hardlink":
        target = tmp_path / "out.jsonl"
        os.link(copy, target)
    else:
        target = tmp_path / "archive.db-wal"
    before = archive_bytes(copy)
    process = run_cli("export", "--db", str(copy), "-o", str(target))
    assert process.returncode == 1
    (line,) = process.stderr.strip().splitlines()
    assert line.startswith("Error: refusing to write the export over the archive's file ")
    assert archive_bytes(copy) == before
    assert sqlite3.connect(copy).execute("select count(*) from articles").fetchone()[0] > 0


def test_planted_symlinks_beside_the_output_are_never_followed(
    crawl: Crawl, tmp_path: Path
) -> None:
    victim = tmp_path / "victim.txt"
    victim.write_text("precious\n")
    output = tmp_path / "out.jsonl"
    (tmp_path / "out.jsonl.partial").symlink_to(victim)
    manifest_path(output).symlink_to(victim)
    process = run_cli("export", "--db", str(crawl.db_path), "-o", str(output), "--manifest")
    assert process.returncode == 0, process.stderr
    assert victim.read_text() == "precious\n"
    assert output.is_file() and not output.is_symlink()
    assert json.loads(manifest_path(output).read_text())["rows"] == len(read_jsonl(output))
    assert not manifest_path(output).is_symlink()
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "out.jsonl",
        "out.jsonl.manifest.json",
        "out.jsonl.partial",  # the planted link, left alone
        "victim.txt",
    ]


def test_export_into_a_fifo_writes_to_it(crawl: Crawl, tmp_path: Path) -> None:
    fifo = tmp_path / "rows.fifo"
    os.mkfifo(fifo)
    received = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()))
    reader.start()
    process = run_cli("export", "--db", str(crawl.db_path), "-o", str(fifo), timeout=60)
    reader.join(timeout=60)
    assert process.returncode == 0, process.stderr
    assert fifo.is_fifo()  # still the FIFO, not replaced by a file
    lines = received[0].decode("utf-8").splitlines()
    assert len(lines) == len(archive_rows(crawl.db_path)) and json.loads(lines[0])["url"]


def test_devices_and_stdout_are_written_in_place(tmp_path: Path) -> None:
    assert writes_in_place(Path("/dev/stdout")) and writes_in_place(Path("/dev/null"))
    assert writes_in_place(Path("/proc/self/fd/1"))
    assert not writes_in_place(tmp_path / "new.jsonl")
