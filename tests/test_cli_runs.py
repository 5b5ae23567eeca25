"""`iria-archive runs` and `errors` on an archive of two sections, through the real CLI:
each section's runs and errors on their own (`--section`), the section shown when the
archive holds more than one (issue 10)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from replica import ReplicaServer
from tests.conftest import FAST, RUNS_HEADER, run_cli
from tests.overrides import Overrides


@dataclass
class TwoSections:
    db_path: Path
    europe: str
    asia: str
    deleted: str  # the Europe post the site lists but answers 404 (the replica's trap)
    broken: str  # the Asia post made to answer 500 during Asia's run


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> TwoSections:
    db_path = tmp_path_factory.mktemp("sections") / "archive.db"
    with ReplicaServer(n_europe=24) as server:
        europe = f"{server.base_url}/news/category/europe/"
        asia = f"{server.base_url}/news/category/asia/"
        broken = server.site.expected_articles("asia")[0]["url"]
        assert run_cli("crawl", "--db", str(db_path), "--start-url", europe, *FAST).returncode == 0
        server.faults = Overrides({urlsplit(broken).path: lambda _p: (500, [], b"")})
        assert run_cli("crawl", "--db", str(db_path), "--start-url", asia, *FAST).returncode == 0
        server.faults = None
        assert run_cli("crawl", "--db", str(db_path), "--start-url", europe, *FAST).returncode == 0
        deleted = server.site.post_url(server.site.traps["deleted"])
    return TwoSections(db_path, europe, asia, deleted, broken)


def cli(archive: TwoSections, *args: str) -> list[str]:
    process = run_cli(*args, "--db", str(archive.db_path))
    assert (process.returncode, process.stderr) == (0, ""), process.stderr
    return process.stdout.splitlines()


def test_runs_show_each_runs_section_in_an_archive_of_several(archive: TwoSections) -> None:
    header, _rule, *rows = cli(archive, "runs")
    assert header.split() == [*RUNS_HEADER, "section"]
    assert [(r.split()[0], r.split()[-1]) for r in rows] == [
        ("3", archive.europe),
        ("2", archive.asia),
        ("1", archive.europe),
    ]
    assert [r.split()[3] for r in rows] == ["incremental", "full", "full"]


def test_runs_of_one_section(archive: TwoSections) -> None:
    _header, _rule, *rows = cli(archive, "runs", "--section", archive.europe)
    assert [(r.split()[0], r.split()[-1]) for r in rows] == [
        ("3", archive.europe),
        ("1", archive.europe),
    ]
    # The section as a user may type it: the crawl's canonical form is found.
    without_slash = archive.asia.rstrip("/")
    _header, _rule, *rows = cli(archive, "runs", "--section", without_slash, "--limit", "5")
    assert [(r.split()[0], r.split()[-1]) for r in rows] == [("2", archive.asia)]


def test_errors_of_one_section(archive: TwoSections) -> None:
    assert cli(archive, "errors", "--section", archive.asia) == [
        f"run 2\tarticle\tHTTP 500\t{archive.broken}\t{archive.asia}"
    ]
    europe = [line.split("\t") for line in cli(archive, "errors", "--section", archive.europe)]
    assert europe and {
        (kind, reason, url, section) for _run, kind, reason, url, section in europe
    } == {("article", "HTTP 404", archive.deleted, archive.europe)}
    assert {run for run, *_ in europe} <= {"run 1", "run 3"}


def test_errors_of_every_section_newest_first(archive: TwoSections) -> None:
    lines = [line.split("\t") for line in cli(archive, "errors")]
    assert {(url, section) for _r, _k, _reason, url, section in lines} == {
        (archive.broken, archive.asia),
        (archive.deleted, archive.europe),
    }
    runs = [int(run.split()[1]) for run, *_ in lines]
    assert runs == sorted(runs, reverse=True)
    assert cli(archive, "errors", "--limit", "1") == ["\t".join(lines[0])]


@pytest.mark.parametrize("command", ["runs", "errors"])
def test_a_section_the_archive_never_crawled_is_one_line(
    archive: TwoSections, command: str
) -> None:
    other = archive.europe.replace("/europe/", "/africa/")
    process = run_cli(command, "--db", str(archive.db_path), "--section", other)
    assert process.returncode == 1
    assert process.stderr.splitlines() == [
        f"Error: no run of the section {other} in this archive"
        f" (its sections: {archive.europe}, {archive.asia})"
    ]
    assert process.stdout == ""
