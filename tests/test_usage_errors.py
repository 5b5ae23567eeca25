"""No silent typo, and every usage error is exit 2 with one line (issue 19, item 10).

A setting name nothing reads (not Scrapy's, not the project's IRIA_*, not one a
configured component reads) is an error naming the closest known name, from `-s` and
from a config's settings table alike. Every date and number option of every command
refuses a wrong value before anything is opened or written: exit 2, one line.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from iria_archive.config import ConfigError
from iria_archive.config_file import load_config
from tests.conftest import run_cli

# Nothing listens on port 9 of this machine: had a check let a crawl start, it would fail
# there, never reach the network.
NOWHERE = "http://127.0.0.1:9/news/category/europe/"
SITE = """
[sites.a]
base_url = "http://127.0.0.1:9/news/"
[sites.a.sections]
world = "category/world/"
[sites.a.settings]
"""

TYPOS = [
    ("DOWNLOAD_DELAI", "DOWNLOAD_DELAY"),
    ("CONCURENT_REQUESTS_PER_DOMAIN", "CONCURRENT_REQUESTS_PER_DOMAIN"),
    ("AUTOTHROTLE_ENABLED", "AUTOTHROTTLE_ENABLED"),
    ("ROBOTSTXT_OBEYS", "ROBOTSTXT_OBEY"),
    ("IRIA_MAX_LISTING_PAGE", "IRIA_MAX_LISTING_PAGES"),
    ("IRIA_MAX_LINKS_PAGE", "IRIA_MAX_LINKS_PER_PAGE"),
]


@pytest.mark.parametrize(("typo", "meant"), TYPOS)
def test_an_unknown_setting_on_the_command_line_names_the_closest(
    typo: str, meant: str, tmp_path: Path
) -> None:
    db_path = tmp_path / "archive.db"
    result = run_cli(
        "crawl",
        "--db",
        str(db_path),
        "--start-url",
        NOWHERE,
        "-s",
        "DOWNLOAD_DELAY=0",
        "-s",
        f"{typo}=1",
    )
    assert result.returncode == 2
    assert result.stderr.splitlines() == [
        f"Error: Invalid value for '-s' / '--set': unknown setting {typo}: did you mean {meant}?"
    ]
    assert not db_path.exists()


@pytest.mark.parametrize(("typo", "meant"), TYPOS)
def test_an_unknown_setting_in_the_config_names_the_closest(
    typo: str, meant: str, tmp_path: Path
) -> None:
    path = tmp_path / "iria-archive.toml"
    path.write_text(SITE + f"{typo} = 1\n", encoding="utf-8")
    with pytest.raises(ConfigError) as raised:
        load_config(path)
    assert str(raised.value) == (
        f"{path}: sites.a.settings.{typo}: unknown setting {typo}: did you mean {meant}?"
    )
    db_path = tmp_path / "archive.db"
    result = run_cli("crawl", "--db", str(db_path), "--config", str(path))
    assert result.returncode == 2
    assert result.stderr.splitlines() == [f"Error: {raised.value}"]
    assert not db_path.exists()


def test_a_name_far_from_any_setting_is_refused_without_a_guess(tmp_path: Path) -> None:
    result = run_cli("crawl", "--db", str(tmp_path / "a.db"), "--start-url", NOWHERE, "-s", "QQQ=1")
    assert result.returncode == 2
    assert result.stderr.splitlines() == [
        "Error: Invalid value for '-s' / '--set': unknown setting QQQ"
    ]


def test_scrapy_project_and_component_settings_are_known(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Scrapy's own (not set by the project), the project's, and a configured extension's."""
    (tmp_path / "iria_test_extension.py").write_text(
        "class Extension:\n"
        "    def __init__(self, crawler):\n"
        '        self.limit = crawler.settings.getint("TESTEXT_LIMIT")\n',
        encoding="utf-8",
    )
    monkeypatch.syspath_prepend(str(tmp_path))
    path = tmp_path / "iria-archive.toml"
    path.write_text(
        SITE
        + "CLOSESPIDER_TIMEOUT = 600\nJOBDIR = 'state'\nIRIA_MAX_LISTING_PAGES = 50\n"
        + 'EXTENSIONS = { "iria_test_extension.Extension" = 100 }\n'
        + "TESTEXT_LIMIT = 3\n",
        encoding="utf-8",
    )
    (site,) = load_config(path).sites
    assert site.settings["TESTEXT_LIMIT"] == 3
    # The same name with no extension that reads it is a typo.
    path.write_text(SITE + "TESTEXT_LIMIT = 3\n", encoding="utf-8")
    with pytest.raises(ConfigError):
        load_config(path)
    assert "iria_test_extension" not in sys.modules  # read, never imported


@pytest.mark.parametrize(
    ("args", "error"),
    [
        (
            ["export", "--since", "2025-13-45"],
            "--since must be a date YYYY-MM-DD, got '2025-13-45'",
        ),
        (
            ["export", "--until", "2025-02-30"],
            "--until must be a date YYYY-MM-DD, got '2025-02-30'",
        ),
        (["export", "--since", "20250101"], "--since must be a date YYYY-MM-DD, got '20250101'"),
        (["export", "--until", "2025-1-5"], "--until must be a date YYYY-MM-DD, got '2025-1-5'"),
        (["export", "--fields", "url,nope"], "unknown field nope; choose from url,"),
        (["export", "--fields", "url,url"], "a field is named twice in --fields"),
        (["export", "--bom"], "--bom is for --format csv only"),
        (["export", "--manifest"], "--manifest needs --output"),
        (["runs", "--limit", "0"], "Invalid value for '--limit': 0 is not in the range x>=1."),
        (["runs", "--limit", "-3"], "Invalid value for '--limit': -3 is not in the range x>=1."),
        (["errors", "--limit", "0"], "Invalid value for '--limit': 0 is not in the range x>=1."),
        (["errors", "--limit", "ten"], "Invalid value for '--limit': 'ten' is not a valid"),
        (["serve", "--port", "99999"], "Invalid value for '--port': 99999 is not in the range"),
        (["serve", "--port", "-1"], "Invalid value for '--port': -1 is not in the range"),
        (["demo", "--port", "70000"], "Invalid value for '--port': 70000 is not in the range"),
        (
            ["crawl", "-s", "DOWNLOAD_DELAY=soon"],
            "Invalid value for '-s' / '--set': DOWNLOAD_DELAY",
        ),
        (
            ["crawl", "--start-url", "ftp://x/"],
            "Invalid value for --start-url: must be an http(s) URL",
        ),
        (["no-such-command"], "No such command 'no-such-command'."),
    ],
)
def test_a_usage_error_is_exit_2_and_one_line(args: list[str], error: str, tmp_path: Path) -> None:
    db_path = tmp_path / "archive.db"
    result = run_cli(*args, "--db", str(db_path))
    assert result.returncode == 2, result.stderr
    (line,) = result.stderr.splitlines()
    assert line.startswith(f"Error: {error}"), line
    assert not db_path.exists()
