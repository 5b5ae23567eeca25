"""The Python API (iria_archive.api): the README's example runs as written on a crawled
archive, and each call answers what the site holds."""

from __future__ import annotations

import subprocess
import sys
import urllib.request
from pathlib import Path

import pytest

import iria_archive
from replica import ReplicaServer
from tests.conftest import FAST, REPO, run_cli

README_SECTION = "https://www.ir-ia.com/news/category/europe/"


def readme_python_example() -> str:
    """The ```python block under the README's "## Python API"."""
    text = (REPO / "README.md").read_text("utf-8")
    part = text[text.index("## Python API") :]
    start = part.index("```python\n") + len("```python\n")
    return part[start : part.index("```", start)]


@pytest.fixture(scope="module")
def crawled(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str, list[dict], bytes]:
    """An archive of the replica's section, the section's URL, the site's truth, and the
    page of its newest article as the site serves it."""
    folder = tmp_path_factory.mktemp("api")
    with ReplicaServer() as server:
        section = f"{server.base_url}/news/category/europe/"
        done = run_cli("crawl", "--db", str(folder / "archive.db"), "--start-url", section, *FAST)
        assert done.returncode == 0, done.stderr
        truth = server.site.expected_articles("europe")
        newest = max(truth, key=lambda a: (a["published"], a["url"]))
        with urllib.request.urlopen(newest["url"], timeout=30) as response:
            page = response.read()
    return folder, section, truth, page


def test_the_readmes_python_example_runs_as_written(
    crawled: tuple[Path, str, list[dict], bytes],
) -> None:
    folder, section, truth, page = crawled
    (folder / "page.html").write_bytes(page)
    code = readme_python_example()
    assert README_SECTION in code
    done = subprocess.run(
        [sys.executable, "-c", code.replace(README_SECTION, section)],
        cwd=folder,
        capture_output=True,
        text=True,
        timeout=120,
        env={"PYTHONPATH": str(REPO), "PATH": "/usr/bin:/bin"},
    )
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    # Newest first; ties (one publication time) by URL.
    recent = sorted((a for a in truth if a["published"] >= "2024-01-01"), key=lambda a: a["url"])
    recent.sort(key=lambda a: a["published"], reverse=True)
    assert lines[:3] == [f"{a['published'][:10]} {a['title']}" for a in recent[:3]]
    texts = {a["url"]: a["text"].lower() for a in truth}
    found = [line.removeprefix("found: ") for line in lines[3:6]]
    assert all(line.startswith("found: ") for line in lines[3:6]), lines
    for url in found:  # every hit holds both words (the index stems: "trading" is "trade")
        assert "trad" in texts[url] and "agreement" in texts[url], url
    assert lines[6] == "last run: ok"
    newest = max(truth, key=lambda a: (a["published"], a["url"]))
    assert lines[7] == f"{newest['title']} {newest['published']} {newest['word_count']} words"


def test_an_archive_is_read_only_and_a_missing_one_is_a_clear_error(
    crawled: tuple[Path, str, list[dict], bytes], tmp_path: Path
) -> None:
    folder, section, truth, _page = crawled
    before = (folder / "archive.db").stat().st_mtime_ns
    with iria_archive.Archive(str(folder / "archive.db")) as archive:
        assert archive.sections() == [section]
        urls = {row["url"] for row in archive.articles(section=section)}
        assert urls == {a["url"] for a in truth}
        assert archive.articles(section=f"{section}elsewhere/") == []
    assert (folder / "archive.db").stat().st_mtime_ns == before
    with pytest.raises(iria_archive.NotAnArchive, match="no archive at"):
        iria_archive.Archive(str(tmp_path / "none.db"))
    assert not (tmp_path / "none.db").exists()


def test_extract_says_when_a_page_holds_no_text() -> None:
    with pytest.raises(iria_archive.ExtractionError, match="no article text"):
        iria_archive.extract(
            "<html><body><nav><a href='/'>Home</a></nav></body></html>", "http://x/"
        )
