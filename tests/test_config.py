"""The config file (issue 10): what it builds, and a one-line error for each mistake."""

from __future__ import annotations

from pathlib import Path

import pytest

from iria_archive.config import ConfigError
from iria_archive.config_file import builtin_config, config_path, load_config
from iria_archive.extraction.article import extractor_stamp
from iria_archive.model.profile import GENERIC_PROFILE, IRIA_PROFILE
from tests.conftest import run_cli

GOOD = """
[archive]
title = "Europe, twice"

[sites.iria]
base_url = "https://www.ir-ia.com/news"
rules = "iria"
title = "IRIA Europe archive"
[sites.iria.sections]
europe = "category/europe/"
balkans = "https://www.ir-ia.com/news/category/europe/balkans/"
[sites.iria.settings]
DOWNLOAD_DELAY = 3
AUTOTHROTTLE_ENABLED = true

[sites.other]
base_url = "https://news.example.org/"
rules_version = "1"
boilerplate_lines = ["Sign up for our newsletter"]
boilerplate_patterns = ["© \\\\d{4} Example News.*"]
prune_xpath = ["//div[@id='newsletter']"]
[sites.other.sections]
world = "category/world/"
"""


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "iria-archive.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_config_names_sites_sections_rules_and_settings(tmp_path: Path) -> None:
    config = load_config(write(tmp_path, GOOD))
    assert [s.key for s in config.sections] == ["iria/europe", "iria/balkans", "other/world"]
    assert config.sections[0].url == "https://www.ir-ia.com/news/category/europe/"
    iria, other = config.sites
    assert iria.profile is IRIA_PROFILE  # no rules of its own: the built-in stamp stays
    assert iria.settings == {"DOWNLOAD_DELAY": 3, "AUTOTHROTTLE_ENABLED": True}
    assert iria.about["title"] == "IRIA Europe archive" and config.about["title"] == "Europe, twice"
    assert other.about == {"title": "other"}
    assert other.profile.is_boilerplate("Sign up for our newsletter")
    assert other.profile.is_boilerplate("© 2024 Example News. All rights reserved.")
    assert not other.profile.is_boilerplate("Subscribe to IRIA News")
    assert other.profile.prune_xpath[-1] == "//div[@id='newsletter']"
    assert set(GENERIC_PROFILE.prune_xpath) <= set(other.profile.prune_xpath)
    # The stamp names the site's rules and the built-in ones they extend.
    assert extractor_stamp(other.profile).endswith(
        f"/ other rules generic {GENERIC_PROFILE.rules_version}+1"
    )
    assert config.profile_for("https://news.example.org/2024/01/a/") is other.profile
    assert config.profile_for("https://elsewhere.example/a/") is GENERIC_PROFILE
    assert [s.key for s in config.pick(sites=("other",))] == ["other/world"]
    assert [s.key for s in config.pick(sections=("balkans", "other/world"))] == [
        "iria/balkans",
        "other/world",
    ]
    url = "https://www.ir-ia.com/news/category/europe/balkans"
    assert [s.key for s in config.pick(sections=(url,))] == ["iria/balkans"]


def test_no_file_is_the_built_in_iria_europe_archive(tmp_path: Path) -> None:
    assert config_path(None, str(tmp_path / "archive.db")) is None
    config = load_config(None)
    assert config == builtin_config()
    (section,) = config.sections
    assert section.url == "https://www.ir-ia.com/news/category/europe/"
    assert config.sites[0].profile is IRIA_PROFILE
    # Any URL the built-in archive is pointed at keeps IRIA's rules, as it always did.
    assert config.profile_for("http://127.0.0.1:8765/news/category/europe/") is IRIA_PROFILE
    beside = write(tmp_path, GOOD)
    assert config_path(None, str(tmp_path / "archive.db")) == beside


SITE = "[sites.a]\nbase_url = 'https://a.example/'\n"
SECTION = "[sites.a.sections]\nx = 'c/'\n"
SETTINGS = SITE + SECTION + "[sites.a.settings]\n"


@pytest.mark.parametrize(
    ("text", "key", "expected"),
    [
        (SITE, "sites.a.sections", "a table of NAME"),
        ("title = 'x'", "title", "unknown key"),
        ("", "sites", "at least one [sites.NAME] table"),
        ("[sites.a]\nbase_url = 'ftp://a.example/'\n" + SECTION, "base_url", "http(s) URL"),
        (
            "[sites.a]\nbase_url = 'https://a.example/news/'\n"
            "[sites.a.sections]\nx = 'https://b.example/c/'",
            "sites.a.sections.x",
            "a URL under https://a.example/news/",
        ),
        (SITE + "rules = 'nope'\n" + SECTION, "sites.a.rules", "one of generic, iria"),
        (SITE + "boilerplate_lines = ['x']\n" + SECTION, "sites.a.rules_version", "a version"),
        (
            SITE + "rules_version = '1'\nboilerplate_patterns = ['(']\n" + SECTION,
            "sites.a.boilerplate_patterns",
            "regular expressions",
        ),
        (
            SITE + "rules_version = '1'\nprune_xpath = ['//div[']\n" + SECTION,
            "sites.a.prune_xpath",
            "XPath expressions",
        ),
        (SITE + "boilerplate_lines = 'x'\n" + SECTION, "sites.a.boilerplate_lines", "a list of"),
        (SETTINGS + "DOWNLOAD_DELAY = 'slow'", "sites.a.settings.DOWNLOAD_DELAY", "a number"),
        (SETTINGS + "IRIA_NOPE = 1", "sites.a.settings.IRIA_NOPE", "unknown setting"),
        (SETTINGS + "IRIA_DB_PATH = 'x.db'", "sites.a.settings.IRIA_DB_PATH", "set by the command"),
        (SITE + SECTION + "y = 'c/'", "sites.a.sections.y", "a URL of its own"),
        ("[sites]\na = 1", "sites.a", "a table"),
        ("[sites.a\n", "", "not valid TOML"),
    ],
)
def test_each_mistake_is_one_line_naming_file_and_key(
    tmp_path: Path, text: str, key: str, expected: str
) -> None:
    path = write(tmp_path, text)
    with pytest.raises(ConfigError) as raised:
        load_config(path)
    message = str(raised.value)
    assert "\n" not in message
    assert message.startswith(f"{path}: ") and key in message and expected in message


def test_a_config_error_stops_the_crawl_before_anything_is_written(tmp_path: Path) -> None:
    path = write(tmp_path, "[sites.a]\nbase_url = 'https://a.example/'\n")
    db_path = tmp_path / "archive.db"
    for args in (("--config", str(path)), ()):  # named, or found beside the archive
        result = run_cli("crawl", "--db", str(db_path), *args)
        assert result.returncode == 2
        assert result.stderr.strip().splitlines() == [
            f"Error: {path}: sites.a.sections: expected a table of NAME = category archive URL"
        ]
    missing = run_cli("crawl", "--db", str(db_path), "--config", str(tmp_path / "none.toml"))
    assert missing.returncode == 2 and "no such config file" in missing.stderr
    assert not db_path.exists()


def test_the_readme_example_is_a_working_config(tmp_path: Path) -> None:
    readme = (Path(__file__).parents[1] / "README.md").read_text(encoding="utf-8")
    example = readme.split("```toml\n", 1)[1].split("```", 1)[0]
    config = load_config(write(tmp_path, example))
    assert [s.key for s in config.sections] == ["iria/europe", "iria/asia", "other/world"]
    other = config.site_named("other")
    assert other.profile.is_boilerplate("© 2025 Example News")
    assert other.settings == {"DOWNLOAD_DELAY": 5}
