"""The real entry points in subprocesses: exit statuses, one-line errors, scrapy crawl."""

from __future__ import annotations

import os
import pathlib
import re
import socket
import subprocess
import sys

from click.testing import CliRunner
from sqlite_utils import Database

from iria_archive.cli import cli
from tests.conftest import FAST, REPO, run_cli


def closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_unreachable_site_fails_with_one_clear_line_and_records_the_run(tmp_path) -> None:
    db_path = tmp_path / "archive.db"
    url = f"http://127.0.0.1:{closed_port()}/news/category/europe/"
    process = run_cli("crawl", "--db", str(db_path), "--start-url", url, "-q", *FAST)
    assert process.returncode == 1
    lines = process.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: crawl failed: site unreachable: "), lines
    assert "Connection" in lines[0]
    (run,) = Database(db_path)["crawl_runs"].rows
    assert run["status"] == "failed" and run["reason"].startswith("site unreachable")
    assert run["finished"] is not None


def test_archive_page_without_article_links_is_layout_drift(tmp_path, replica) -> None:
    db_path = tmp_path / "archive.db"
    # The feed answers 200 but holds no archive markup: as if the theme had changed completely.
    url = f"{replica.base_url}/news/category/europe/feed/"
    process = run_cli("crawl", "--db", str(db_path), "--start-url", url, "-q", *FAST)
    assert process.returncode == 1
    assert "layout drift" in process.stderr
    (run,) = Database(db_path)["crawl_runs"].rows
    assert run["status"] == "failed"


def test_unwritable_database_fails_before_crawling(tmp_path, replica) -> None:
    db_path = tmp_path / "no-such-dir" / "archive.db"
    replica.clear_requests()
    process = run_cli(
        "crawl", "--db", str(db_path), "--start-url", f"{replica.base_url}/news/category/europe/"
    )
    assert process.returncode == 1
    assert process.stderr.strip().splitlines() == [
        f"Error: cannot write the archive {db_path}: unable to open database file"
    ]
    assert replica.requests == []


def test_usage_errors_exit_2(tmp_path) -> None:
    assert run_cli("crawl", "--db", str(tmp_path / "a.db"), "-s", "NOEQUALS").returncode == 2
    assert (
        run_cli("crawl", "--db", str(tmp_path / "a.db"), "--start-url", "ftp://x/").returncode == 2
    )
    assert run_cli("no-such-command").returncode == 2
    assert not (tmp_path / "a.db").exists()


def test_scrapy_crawl_from_the_repo_root_uses_the_same_pipelines(tmp_path, replica) -> None:
    db_path = tmp_path / "scrapy.db"
    env = {k: v for k, v in os.environ.items() if k != "IRIA_ARCHIVE_DB"}
    process = subprocess.run(
        [
            sys.executable,
            "-m",
            "scrapy",
            "crawl",
            "europe",
            "-a",
            f"start_url={replica.base_url}/news/category/europe/",
            "-s",
            f"IRIA_DB_PATH={db_path}",
            *FAST,
            "-s",
            "LOG_LEVEL=WARNING",
        ],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=240,
        env=env,
    )
    assert process.returncode == 0, process.stderr
    db = Database(db_path)
    assert db["articles"].count == len(replica.site.expected_articles("europe"))
    (run,) = db["crawl_runs"].rows
    assert run["status"] == "ok"


def test_every_command_has_help_and_is_in_the_readme() -> None:
    readme = (REPO / "README.md").read_text()
    runner = CliRunner()
    for name, command in cli.commands.items():
        result = runner.invoke(cli, [name, "--help"])
        assert result.exit_code == 0 and command.help, name
        assert re.search(rf"iria-archive {name}\b", readme), f"{name} not in README"


def test_demo_from_an_installed_package_says_where_it_runs(tmp_path: pathlib.Path) -> None:
    """The wheel installs the product, not the replica the demo serves (its own package,
    tests/replica/): the demo says so in one line and writes nothing."""
    db_path = tmp_path / "demo.db"
    code = (
        "import sys; sys.modules['replica'] = None  # as in a wheel: no replica\n"
        "from iria_archive.cli import cli; cli(['demo', '--db', sys.argv[1]])"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, str(db_path)], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 1
    assert done.stderr.strip().splitlines() == [
        "Error: the demo's replica sites are not installed: run `uv run iria-archive demo`"
        " in a clone of the repository, or install the demo extra (iria-archive[demo])"
    ]
    assert not db_path.exists()
