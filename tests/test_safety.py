"""Nothing a site, a disk or a user does can lose or mix the archive (issue 9).

Hostile sites are the replica with rewritten pages (tests/hostile_site.py) or a tiny
server of the test's own, on 127.0.0.1; a full disk is a file wrapper that raises
ENOSPC in the crawl's own process; links and locks are real files in tmp.
"""

from __future__ import annotations

import hashlib
import os
import re
import sqlite3
import subprocess
import sys
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from sqlite_utils import Database

from iria_archive.archive.lock import ArchiveLock
from iria_archive.archive.rows import article_row, open_archive, upsert_article
from iria_archive.archive.warc_read import read_pages
from replica import ReplicaServer
from tests.conftest import FAST, REPO, archived, free_port, run_cli
from tests.hostile_site import MAINTENANCE, Rewrite

PAGES = Path(__file__).parent / "pages"


def crawl(server: ReplicaServer, db_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    url = f"{server.base_url}/news/category/europe/"
    return run_cli("crawl", "--db", str(db_path), "--start-url", url, *FAST, *args)


def texts(db_path: Path) -> dict[str, str]:
    return {url: row["text"] for url, row in archived(db_path).items()}


def truth_texts(site) -> dict[str, str]:
    return {t["url"]: t["text"] for t in site.expected_articles("europe")}


def errors(db_path: Path, kind: str) -> list[dict]:
    return list(Database(db_path)["crawl_errors"].rows_where("kind = ?", [kind]))


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


# -- 3. a full disk --------------------------------------------------------------------

# The crawl's own process with the WARC file behind a wrapper that takes `budget` bytes,
# then fails every write with ENOSPC, as a disk that filled up would.
DISK_FULL = """
import errno, sys
import iria_archive.archive.warc_write as warc

budget = int(sys.argv.pop(1))

class Full:
    def __init__(self, file):
        self.file = file
    def write(self, data):
        global budget
        if budget < len(data):
            self.file.write(bytes(data[: max(budget, 0)]))
            budget = 0
            raise OSError(errno.ENOSPC, "No space left on device")
        budget -= len(data)
        return self.file.write(data)
    def __getattr__(self, name):
        return getattr(self.file, name)

opened = warc.WarcWriter.__init__

def full_disk(self, folder):
    opened(self, folder)
    self._file = self._writer.out = Full(self._file)

warc.WarcWriter.__init__ = full_disk
from iria_archive.cli import cli
cli(sys.argv[1:], prog_name="iria-archive")
"""


def test_a_full_disk_fails_the_run_and_the_next_run_archives_what_it_missed(
    tmp_path: Path,
) -> None:
    db_path = tmp_path / "archive.db"
    with ReplicaServer() as server:
        url = f"{server.base_url}/news/category/europe/"
        process = subprocess.run(
            [sys.executable, "-c", DISK_FULL, "60000", "crawl", "--db", str(db_path)]
            + ["--start-url", url, "-q", *FAST],
            capture_output=True,
            text=True,
            cwd=REPO,
            timeout=240,
        )
        assert process.returncode == 1, process.stderr
        stored = set(archived(db_path))
        missed = 64 - len(stored)
        assert 0 < missed < 64
        assert process.stderr.strip().splitlines() == [
            f"Error: crawl failed: {missed} raw pages could not be written to the WARC file"
        ]
        failures = [e for e in errors(db_path, "article") if e["status"] is None]
        assert len(failures) == missed
        assert all(
            e["reason"].startswith("raw page not kept: WARC write failed ([Errno 28] No space")
            for e in failures
        )
        (warc,) = (tmp_path / "warc").glob("*.warc.gz")
        problems: list[str] = []
        # Every stored article has its raw page, and the file holds only whole records.
        assert {page.url for _offset, page in read_pages(warc, problems)} == stored
        assert problems == []

        process = crawl(server, db_path)
        assert process.returncode == 0, process.stderr
        assert texts(db_path) == truth_texts(server.site)
    kept = set()
    for path in (tmp_path / "warc").glob("*.warc.gz"):
        kept |= {page.url for _offset, page in read_pages(path)}
    assert kept == set(truth_texts(server.site))
    assert all(e["resolved_at"] for e in errors(db_path, "article") if e["status"] is None)


# -- 4. one transaction ----------------------------------------------------------------

FIELDS = {
    "url": "https://www.ir-ia.com/news/a/",
    "title": "Talks resume",
    "published": "2024-01-02",
    "text": "Talks on grain resume.",
    "markdown": "Talks on grain resume.",
    "content_hash": "h1",
}


def test_an_article_and_its_revision_are_one_transaction(tmp_path: Path) -> None:
    db_path = tmp_path / "archive.db"
    db = open_archive(str(db_path))
    upsert_article(db, article_row(FIELDS, "2024-01-02T10:00:00+00:00"))
    # The article's update fails after its revision was written, as a kill or a full
    # disk between the two writes would make it.
    db.execute(
        "create temp trigger fail_update before update on articles"
        " begin select raise(abort, 'disk I/O error'); end"
    )
    edited = {
        **FIELDS,
        "text": "Talks on wheat resume.",
        "content_hash": "h2",
        "modified": "2024-01-03",
    }
    with pytest.raises(sqlite3.DatabaseError):
        upsert_article(db, article_row(edited, "2024-01-03T10:00:00+00:00"))
    db.close()
    other = Database(db_path)
    assert other["revisions"].count == 0
    assert other["articles"].get(FIELDS["url"])["text"] == "Talks on grain resume."


# -- 5. soft errors --------------------------------------------------------------------


def test_a_maintenance_page_on_every_article_is_held_back_not_archived(tmp_path: Path) -> None:
    db_path = tmp_path / "archive.db"
    with ReplicaServer() as server:
        assert crawl(server, db_path).returncode == 0
        truth = truth_texts(server.site)
        server.faults = Rewrite(lambda _path, _html: MAINTENANCE)
        process = crawl(server, db_path, "--full", "-q")
        assert process.returncode == 1
        assert process.stderr.strip().splitlines() == [
            "Error: crawl failed: 64 of 64 article pages look like error pages (held back)"
        ]
        assert texts(db_path) == truth
        held = errors(db_path, "held")
        assert sorted(e["url"] for e in held) == sorted(truth)
        assert held[0]["reason"].startswith("held back: the page shares 0% of the archived text")
        assert Database(db_path)["revisions"].count == 0
        # The raw maintenance pages are in the run's WARC file; reprocess knows to skip them.
        process = run_cli("reprocess", "--db", str(db_path))
        assert ": 0 new, 0 changed, 64 unchanged, 0 failed" in process.stderr, process.stderr
        assert texts(db_path) == truth

        server.faults = None  # the site is back
        assert crawl(server, db_path).returncode == 0
        assert texts(db_path) == truth
        assert all(e["resolved_at"] for e in errors(db_path, "held"))


# -- 6. canonical links ----------------------------------------------------------------

CANONICAL = re.compile(r'<link rel="canonical" href="[^"]*">')


def canonical_to(target: str):
    return lambda _path, html: CANONICAL.sub(f'<link rel="canonical" href="{target}">', html)


@pytest.mark.parametrize(
    "target",
    ["{base}/news/", "javascript:alert(document.domain)", "http://evil.example/news/x/"],
    ids=["home page", "javascript", "other host"],
)
def test_an_implausible_canonical_link_is_not_used(target: str, tmp_path: Path) -> None:
    db_path = tmp_path / "archive.db"
    with ReplicaServer() as server:
        server.faults = Rewrite(canonical_to(target.format(base=server.base_url)))
        assert crawl(server, db_path).returncode == 0
        assert texts(db_path) == truth_texts(server.site)
    notes = errors(db_path, "canonical")
    assert len(notes) == 64 and all(e["resolved_at"] for e in notes)


def test_a_page_claiming_another_articles_url_keeps_its_own(tmp_path: Path) -> None:
    db_path = tmp_path / "archive.db"
    with ReplicaServer() as server:
        truth = truth_texts(server.site)
        a, b = sorted(truth)[:2]
        base = server.base_url

        def a_claims_b(path: str, html: str) -> str:
            return canonical_to(b)(path, html) if base + path == a else html

        server.faults = Rewrite(a_claims_b)
        assert crawl(server, db_path).returncode == 0
        assert texts(db_path) == truth
        assert crawl(server, db_path, "--full").returncode == 0  # B is archived by now
        assert texts(db_path) == truth
    assert list(Database(db_path)["aliases"].rows_where("alias = ? or url = ?", [a, a])) == []
    assert {e["url"] for e in errors(db_path, "canonical")} == {a}


# -- 7. demo ---------------------------------------------------------------------------


def demo(cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "iria_archive", "demo", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        timeout=240,
        env={k: v for k, v in os.environ.items() if k != "IRIA_ARCHIVE_DB"},
    )


def test_demo_writes_its_own_archive_twice_without_doubling(tmp_path: Path) -> None:
    (tmp_path / "archive.db").write_bytes(b"the user's real archive")
    port = str(free_port())
    first = demo(tmp_path, "--port", port)
    assert first.returncode == 0, first.stderr
    assert (tmp_path / "archive.db").read_bytes() == b"the user's real archive"
    # Two sites: the IRIA replica's 64 Europe articles and the block site's 30 others.
    assert len(archived(tmp_path / "demo.db")) == 64 + 30
    second = demo(tmp_path)  # the archive's own ports again: the same URLs
    assert second.returncode == 0, second.stderr
    assert f"127.0.0.1:{port}" in second.stderr and f"127.0.0.1:{int(port) + 1}" in second.stderr
    assert len(archived(tmp_path / "demo.db")) == 64 + 30


def test_demo_refuses_an_archive_of_real_crawls(tmp_path: Path) -> None:
    db_path = tmp_path / "archive.db"
    with ReplicaServer(host="localhost") as server:
        assert crawl(server, db_path).returncode == 0
    before = digest(db_path)
    process = demo(tmp_path, "--db", str(db_path))
    assert process.returncode == 1
    assert process.stderr.strip().splitlines() == [
        f"Error: refusing to write: {db_path} is an archive of other crawls, not a demo archive"
    ]
    assert digest(db_path) == before


# -- 8. the lock -----------------------------------------------------------------------


@pytest.mark.parametrize("link", [os.symlink, os.link], ids=["symlink", "hardlink"])
def test_the_same_archive_under_another_name_is_locked_too(link, tmp_path: Path) -> None:
    db_path = tmp_path / "archive.db"
    open_archive(str(db_path)).close()
    other = tmp_path / "other-name.db"
    link(db_path, other)
    with ReplicaServer() as server, ArchiveLock(str(db_path)):
        process = crawl(server, other)
        assert process.returncode == 3, process.stderr
        assert process.stderr.startswith("Error: another crawl is running on this archive")
        assert server.requests == []


def test_a_lock_file_planted_as_a_symlink_truncates_nothing(tmp_path: Path) -> None:
    db_path = tmp_path / "archive.db"
    victim = tmp_path / "precious.txt"
    victim.write_text("keep me\n")
    (tmp_path / "archive.db.lock").symlink_to(victim)
    with ReplicaServer() as server:
        assert crawl(server, db_path).returncode == 0
    assert victim.read_text() == "keep me\n"


# -- 9. commands that only read ----------------------------------------------------------


@pytest.fixture
def foreign(tmp_path: Path) -> Path:
    path = tmp_path / "notes.db"
    with sqlite3.connect(path) as db:
        db.execute("create table notes (body text)")
        db.execute("insert into notes values ('mine')")
    db.close()
    return path


@pytest.mark.parametrize("command", ["runs", "errors", "reprocess", "serve", "crawl"])
def test_a_sqlite_file_of_something_else_is_refused_untouched(command: str, foreign: Path) -> None:
    before = digest(foreign)
    process = run_cli(command, "--db", str(foreign))
    assert process.returncode == 1
    why = f"{foreign} is not an iria-archive archive (a SQLite file of other tables)"
    prefix = "Error: refusing to write: " if command == "crawl" else "Error: "
    assert process.stderr.strip().splitlines() == [prefix + why]
    assert digest(foreign) == before
    assert not Path(f"{foreign}-wal").exists()


@pytest.mark.parametrize("command", ["runs", "errors", "reprocess", "serve"])
def test_a_file_that_is_no_database_is_refused_in_one_line(command: str, tmp_path: Path) -> None:
    path = tmp_path / "archive.db"
    path.write_text("not a database, just text\n" * 100)
    process = run_cli(command, "--db", str(path))
    assert process.returncode == 1
    assert process.stderr.strip().splitlines() == [
        f"Error: {path} is not an iria-archive archive (file is not a database)"
    ]


def test_runs_and_errors_never_migrate_and_never_wait_for_a_writer(tmp_path: Path) -> None:
    db_path = tmp_path / "archive.db"
    db_path.write_bytes((PAGES / "archive-v4.db").read_bytes())  # schema 4, not WAL
    with sqlite3.connect(db_path) as db:
        db.execute("pragma journal_mode = wal")
    db.close()
    before = digest(db_path)
    writer = sqlite3.connect(db_path, isolation_level=None)
    writer.execute("begin immediate")  # a crawl in the middle of a write
    writer.execute("insert into crawl_runs (started, status) values ('2025', 'running')")
    try:
        # A wait on the writer's lock would hang: run_cli's timeout fails the test.
        runs = run_cli("runs", "--db", str(db_path), timeout=30)
        errors_ = run_cli("errors", "--db", str(db_path), timeout=30)
    finally:
        writer.execute("rollback")
        writer.close()
    assert (runs.returncode, errors_.returncode) == (0, 0), runs.stderr + errors_.stderr
    assert [line.split()[0] for line in runs.stdout.splitlines()[2:]] == ["1"]
    assert digest(db_path) == before
    with sqlite3.connect(db_path) as db:
        assert db.execute("pragma user_version").fetchone() == (4,)
    db.close()


def test_runs_and_errors_read_an_archive_in_a_read_only_folder(tmp_path: Path) -> None:
    import shutil
    import tempfile

    as_nobody: list[str] = []
    if os.geteuid() == 0:  # root writes anywhere: read as nobody instead
        setpriv = shutil.which("setpriv")
        if setpriv is None:
            pytest.skip("running as root without setpriv: a read-only folder cannot be made")
        as_nobody = [setpriv, "--reuid=65534", "--regid=65534", "--clear-groups"]
    folder = Path(tempfile.mkdtemp(dir="/tmp"))  # tmp_path's parents are private to root
    try:
        db_path = folder / "archive.db"
        db_path.write_bytes((PAGES / "archive-v4.db").read_bytes())
        with sqlite3.connect(db_path) as db:
            db.execute("pragma journal_mode = wal")  # as every archive is
        db.close()
        db_path.chmod(0o444)
        folder.chmod(0o555)
        for command in ("runs", "errors"):
            process = subprocess.run(
                [*as_nobody, sys.executable, "-m", "iria_archive", command, "--db", str(db_path)],
                capture_output=True,
                text=True,
                cwd=REPO,
                timeout=60,
            )
            assert (process.returncode, process.stderr) == (0, ""), command
        assert sorted(p.name for p in folder.iterdir()) == ["archive.db"]
    finally:
        folder.chmod(0o755)
        shutil.rmtree(folder)


# -- 10. settings ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("setting", "error"),
    [
        ("DOWNLOAD_DELAY=abc", "DOWNLOAD_DELAY must be a number, got 'abc'"),
        ("AUTOTHROTTLE_ENABLED=maybe", "AUTOTHROTTLE_ENABLED must be True or False, got 'maybe'"),
        ("IRIA_START_URLS=x", "unknown setting IRIA_START_URLS: did you mean IRIA_START_URL?"),
        # The lock and the summary follow --db: a database path of its own would not.
        ("IRIA_DB_PATH=other.db", "IRIA_DB_PATH is set by the command: use --db PATH"),
    ],
)
def test_a_bad_setting_is_a_usage_error(setting: str, error: str, tmp_path: Path) -> None:
    process = run_cli("crawl", "--db", str(tmp_path / "archive.db"), "-s", setting)
    assert process.returncode == 2
    assert process.stderr.strip().splitlines()[-1] == (
        f"Error: Invalid value for '-s' / '--set': {error}"
    )
    assert not (tmp_path / "archive.db").exists()


# -- 12. what the start URL is -----------------------------------------------------------


@pytest.fixture
def not_wordpress() -> Iterator[str]:
    """A site that is no WordPress: every page a plain HTML page linking to others."""

    class Plain(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            page = (
                b"<!DOCTYPE html><html><head><title>Shop</title></head><body><h1>Shop</h1>"
                b'<ul><li><a href="/products/1">One</a></li><li><a href="/products/2">Two</a>'
                b"</li></ul></body></html>"
            )
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(page)))
            self.end_headers()
            self.wfile.write(page)

        def log_message(self, *args: object) -> None:
            pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Plain)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}/shop/"
    httpd.shutdown()
    httpd.server_close()


def test_a_site_that_is_no_wordpress_is_said_so(not_wordpress: str, tmp_path: Path) -> None:
    db_path = tmp_path / "archive.db"
    process = run_cli("crawl", "--db", str(db_path), "--start-url", not_wordpress, "-q", *FAST)
    assert process.returncode == 1
    assert process.stderr.strip().splitlines() == [
        f"Error: crawl failed: not a WordPress category archive: {not_wordpress}"
    ]


def test_a_missing_category_is_said_so(replica: ReplicaServer, tmp_path: Path) -> None:
    db_path = tmp_path / "archive.db"
    url = f"{replica.base_url}/news/category/nowhere/"
    process = run_cli("crawl", "--db", str(db_path), "--start-url", url, "-q", *FAST)
    assert process.returncode == 1
    assert process.stderr.strip().splitlines() == [
        f"Error: crawl failed: the category archive {url} answered 404"
    ]


@pytest.mark.parametrize(
    ("canonical", "problem"),
    [
        ("https://www.ir-ia.com/news/talks-resume/", None),
        ("http://www.ir-ia.com/news/talks-resume/", None),
        ("javascript:alert(1)", "not an http(s) URL"),
        ("file:///etc/passwd", "not an http(s) URL"),
        ("https://evil.example/news/talks-resume/", "on another host"),
        ("https://www.ir-ia.com:8443/news/talks-resume/", "on another host"),
        ("https://www.ir-ia.com/", "the site's home page or a parent of the article"),
        ("https://www.ir-ia.com/news/", "the site's home page or a parent of the article"),
        ("https://www.ir-ia.com/news/category/europe/", "a listing page"),
        ("https://www.ir-ia.com/news/tag/nato/", "a listing page"),
        ("https://www.ir-ia.com/news/author/jane/", "a listing page"),
        ("https://www.ir-ia.com/news/page/2/", "a listing page"),
    ],
)
def test_canonical_problem(canonical: str, problem: str | None) -> None:
    from iria_archive.archive.guard import canonical_problem

    assert canonical_problem("https://www.ir-ia.com/news/talks-resume/", canonical) == problem
