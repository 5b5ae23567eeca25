"""One archive of several sites and sections, from one config file (issue 10).

Two sections of one replica site (block theme, REST API; "news" overlaps "europe") and a
second replica site on another host name with another theme (magazine, no REST API, its
own boilerplate rules), crawled through the real CLI into one archive. Expected values
are the replicas' own data.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlite_utils import Database

from iria_archive.model.profile import GENERIC_PROFILE, IRIA_PROFILE
from replica import ReplicaServer
from tests.conftest import FAST, REPO, archived, run_cli
from tests.overrides import Overrides

# The replica prints IRIA's boilerplate on every theme; site beta states it in its own
# rules over WordPress's generic ones, so the config, not a built-in profile, removes it.
BETA_RULES = """
rules = "generic"
rules_version = "7"
boilerplate_lines = ["Related Articles", "Leave a comment", "Back to Top",
    "Subscribe to IRIA News", "Enter your email address:"]
boilerplate_patterns = ["Copyright ©.*IRIA.*", "IRIA is a research institute focusing on.*"]
"""


@pytest.fixture(scope="module")
def sites() -> Iterator[tuple[ReplicaServer, ReplicaServer]]:
    alpha = ReplicaServer(n_europe=30, theme="block").start()  # REST API on
    beta = ReplicaServer(n_europe=24, theme="magazine", host="localhost").start()
    try:
        yield alpha, beta
    finally:
        alpha.stop()
        beta.stop()


def write_config(folder: Path, alpha: ReplicaServer, beta: ReplicaServer) -> Path:
    path = folder / "iria-archive.toml"
    path.write_text(
        f"""
[archive]
title = "Two sites, one archive"

[sites.alpha]
base_url = "{alpha.base_url}/news/"
rules = "iria"
title = "Alpha news archive"
license = "Alpha's own licence"
[sites.alpha.sections]
europe = "category/europe/"
news = "{alpha.base_url}/news/category/news/"

[sites.beta]
base_url = "{beta.base_url}/news/"
{BETA_RULES}
[sites.beta.sections]
europe = "category/europe/"
[sites.beta.settings]
CONCURRENT_REQUESTS_PER_DOMAIN = 4
""",
        encoding="utf-8",
    )
    return path


def crawl(db_path: Path, *args: str):
    # The config is found beside the archive, as a cron line would find it.
    return run_cli("crawl", "--db", str(db_path), *FAST, *args)


def section_members(db_path: Path) -> dict[str, set[str]]:
    members: dict[str, set[str]] = {}
    for url, section in Database(db_path).execute("select url, section from article_sections"):
        members.setdefault(section, set()).add(url)
    return members


def runs(db_path: Path) -> list[tuple[str, str, str]]:
    return [
        (r["start_url"], r["mode"], r["status"])
        for r in Database(db_path)["crawl_runs"].rows_where(order_by="id")
    ]


def article_fetches(server: ReplicaServer) -> list[str]:
    posts = {row["url"].split("/", 3)[3] for row in server.site.expected_articles("news")}
    posts |= {row["url"].split("/", 3)[3] for row in server.site.expected_articles("europe")}
    return [path for _m, path, _h in server.requests if path.lstrip("/") in posts]


def test_two_sites_three_sections_one_archive(
    sites: tuple[ReplicaServer, ReplicaServer], tmp_path: Path
) -> None:
    alpha, beta = sites
    write_config(tmp_path, alpha, beta)
    db_path = tmp_path / "archive.db"
    sections = {
        "alpha/europe": f"{alpha.base_url}/news/category/europe/",
        "alpha/news": f"{alpha.base_url}/news/category/news/",
        "beta/europe": f"{beta.base_url}/news/category/europe/",
    }
    truth = {
        "alpha/europe": alpha.site.expected_articles("europe"),
        "alpha/news": alpha.site.expected_articles("news"),
        "beta/europe": beta.site.expected_articles("europe"),
    }
    first = crawl(db_path)
    assert first.returncode == 0, first.stderr
    for key in sections:
        assert f"[{key}] Crawl ok" in first.stderr

    # Every article once, each with the sections that list it.
    expected_urls = {row["url"] for rows in truth.values() for row in rows}
    rows = archived(db_path)
    assert set(rows) == expected_urls
    members = section_members(db_path)
    assert {key: members.get(url, set()) for key, url in sections.items()} == {
        key: {row["url"] for row in rows_} for key, rows_ in truth.items()
    }
    both = {r["url"] for r in truth["alpha/europe"]} & {r["url"] for r in truth["alpha/news"]}
    assert both  # the replica cross-posts europe articles into news
    assert all(
        Database(db_path).execute("select count(*) from articles where url = ?", [u]).fetchone()[0]
        == 1
        for u in both
    )

    # Exact fields from each site's truth; beta's boilerplate removed by its own rules.
    for rows_ in truth.values():
        for expected in rows_:
            stored = rows[expected["url"]]
            assert (stored["title"], stored["author"]) == (expected["title"], expected["author"])
    for expected in truth["beta/europe"]:
        stored = rows[expected["url"]]
        assert "Subscribe to IRIA News" not in stored["text"]
        assert "Copyright ©" not in stored["text"]
        generic = GENERIC_PROFILE.rules_version
        assert stored["extractor"].endswith(f"/ beta rules generic {generic}+7")
    assert {rows[r["url"]]["extractor"].split(" / ")[-1] for r in truth["alpha/europe"]} == {
        f"iria rules {IRIA_PROFILE.rules_version}"
    }

    # An incremental re-run of every section is cheap: no article page fetched again.
    alpha.clear_requests()
    beta.clear_requests()
    again = crawl(db_path)
    assert again.returncode == 0, again.stderr
    assert article_fetches(alpha) == [] and article_fetches(beta) == []
    assert [mode for _u, mode, _s in runs(db_path)[3:]] == ["incremental"] * 3

    # A failed run of one section leaves the others incremental; it alone walks again.
    alpha.faults = Overrides({"/news/category/news/": lambda _p: (404, [], b"")})
    failed = crawl(db_path, "--section", "alpha/news", "--full")
    alpha.faults = None
    assert failed.returncode == 1
    assert "[alpha/news]" not in failed.stderr.splitlines()[0]  # one section: no labels
    assert runs(db_path)[-1] == (sections["alpha/news"], "full", "failed")
    third = crawl(db_path)
    assert third.returncode == 0, third.stderr
    assert runs(db_path)[-3:] == [
        (sections["alpha/europe"], "incremental", "ok"),
        (sections["alpha/news"], "full", "ok"),
        (sections["beta/europe"], "incremental", "ok"),
    ]
    assert set(archived(db_path)) == expected_urls

    # --site picks one site's sections.
    only_beta = crawl(db_path, "--site", "beta")
    assert only_beta.returncode == 0, only_beta.stderr
    assert runs(db_path)[-1] == (sections["beta/europe"], "incremental", "ok")
    assert len(runs(db_path)) == 3 + 3 + 1 + 3 + 1


def test_a_section_or_site_not_in_the_config_is_a_one_line_error(
    sites: tuple[ReplicaServer, ReplicaServer], tmp_path: Path
) -> None:
    alpha, beta = sites
    (tmp_path / "elsewhere").mkdir()
    config = write_config(tmp_path / "elsewhere", alpha, beta)
    db_path = tmp_path / "archive.db"
    for args, message in [
        (("--section", "asia"), "no section 'asia'"),
        (("--site", "gamma"), "no site 'gamma'"),
    ]:
        result = crawl(db_path, "--config", str(config), *args)
        assert result.returncode == 2, result.stderr
        (line,) = result.stderr.strip().splitlines()
        assert str(config) in line and message in line
    assert not db_path.exists()  # nothing written


def test_the_config_is_read_from_the_environment(
    sites: tuple[ReplicaServer, ReplicaServer], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    alpha, beta = sites
    (tmp_path / "conf").mkdir()
    config = write_config(tmp_path / "conf", alpha, beta)
    monkeypatch.setenv("IRIA_CONFIG", str(config))
    db_path = tmp_path / "archive.db"
    result = crawl(db_path, "--section", "beta/europe")
    assert result.returncode == 0, result.stderr
    assert set(archived(db_path)) == {r["url"] for r in beta.site.expected_articles("europe")}
    assert [start for start, _mode, _status in runs(db_path)] == [
        f"{beta.base_url}/news/category/europe/"
    ]


def test_a_stop_signal_ends_the_command_not_only_the_running_section(
    sites: tuple[ReplicaServer, ReplicaServer], tmp_path: Path
) -> None:
    import signal
    import subprocess
    import sys
    import time

    alpha, beta = sites
    config = tmp_path / "slow.toml"
    config.write_text(
        f"""
[sites.alpha]
base_url = "{alpha.base_url}/news/"
rules = "iria"
[sites.alpha.sections]
europe = "category/europe/"
[sites.alpha.settings]
DOWNLOAD_DELAY = 0.3
AUTOTHROTTLE_ENABLED = false
[sites.beta]
base_url = "{beta.base_url}/news/"
[sites.beta.sections]
europe = "category/europe/"
""",
        encoding="utf-8",
    )
    db_path = tmp_path / "archive.db"
    command = [sys.executable, "-m", "iria_archive", "crawl", "--db", str(db_path)]
    process = subprocess.Popen(
        [*command, "--config", str(config)], stderr=subprocess.PIPE, text=True
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:  # some articles stored: mid-crawl of alpha
        if db_path.exists() and "articles" in Database(db_path).table_names():
            if Database(db_path)["articles"].count >= 3:
                break
        time.sleep(0.1)
    process.send_signal(signal.SIGTERM)
    _out, err = process.communicate(timeout=60)
    assert process.returncode == 4, err
    interrupted = (f"{alpha.base_url}/news/category/europe/", "full", "interrupted")
    assert runs(db_path) == [interrupted], err
    assert "[beta/europe]" not in err


def test_a_stop_signal_before_the_crawl_starts_is_an_interrupt_not_a_failure(
    sites: tuple[ReplicaServer, ReplicaServer], tmp_path: Path
) -> None:
    """`systemctl stop` while the command still prepares (reading its options, taking the
    lock): no section starts, and the command says interrupted, not failed or killed."""
    import subprocess
    import sys
    import textwrap

    alpha, _beta = sites
    db_path = tmp_path / "archive.db"
    script = textwrap.dedent(
        """
        import signal, sys
        from iria_archive.crawl import SectionCrawl, StopSignals, project_settings, run_sections

        stop = StopSignals()
        stop.install()
        signal.raise_signal(signal.SIGTERM)  # delivered before any crawl exists
        settings = project_settings({"IRIA_DB_PATH": sys.argv[1], "IRIA_PROGRESS": False})
        for result in run_sections(settings, [SectionCrawl(sys.argv[2], {})], False, stop):
            print(result.status, result.reason)
        """
    )
    start_url = f"{alpha.base_url}/news/category/europe/"
    alpha.clear_requests()
    done = subprocess.run(
        [sys.executable, "-c", script, str(db_path), start_url],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == ["interrupted stopped before the crawl started"]
    assert alpha.requests == []  # nothing asked of the site


def test_sections_crawled_within_one_second_keep_a_warc_file_each(tmp_path: Path) -> None:
    from iria_archive.archive.warc_write import WarcWriter

    first = WarcWriter(tmp_path)
    first.close()
    second = WarcWriter(tmp_path)  # the same process, most likely the same second
    second.close()
    assert first.name != second.name
    assert first.final_path.is_file() and second.final_path.is_file()


def test_a_reader_in_another_process_never_costs_the_crawl_a_write(
    sites: tuple[ReplicaServer, ReplicaServer], tmp_path: Path
) -> None:
    """Datasette, `runs` or a script open and close the archive while sections are
    crawled: every article and every run's end is in the file afterwards. (A descriptor
    of the file opened and closed outside SQLite inside the crawl dropped its locks; a
    reader closing last then deleted the write-ahead log the crawl was writing to.)"""
    import sqlite3
    import subprocess
    import sys

    alpha, beta = sites
    config = write_config(tmp_path, alpha, beta)
    db_path = tmp_path / "archive.db"
    command = [sys.executable, "-m", "iria_archive", "crawl", "--db", str(db_path), *FAST]
    process = subprocess.Popen(
        [*command, "--config", str(config)], stderr=subprocess.PIPE, text=True
    )
    seen = []
    while process.poll() is None:
        if db_path.exists():
            reader = sqlite3.connect(db_path, timeout=30)
            try:
                seen.append(reader.execute("select count(*) from articles").fetchone()[0])
            except sqlite3.OperationalError:
                pass  # not created yet
            finally:
                reader.close()
    _out, err = process.communicate(timeout=60)
    assert process.returncode == 0, err
    expected = (
        {a["url"] for a in alpha.site.expected_articles("europe")}
        | {a["url"] for a in alpha.site.expected_articles("news")}
        | {a["url"] for a in beta.site.expected_articles("europe")}
    )
    assert set(archived(db_path)) == expected
    assert {status for (_s, _m, status) in runs(db_path)} == {"ok"}
    assert seen and max(seen) > 0


def scrapy_crawl(db_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """`scrapy crawl europe`, as the first releases' cron lines run it."""
    env = {k: v for k, v in os.environ.items() if k not in ("IRIA_CONFIG", "IRIA_START_URL")}
    # FAST's settings but the concurrency, which beta's config sets (its own `-s` wins).
    fast = [v for i, v in enumerate(FAST) if "CONCURRENT_REQUESTS_PER_DOMAIN" not in FAST[i | 1]]
    command = [sys.executable, "-m", "scrapy", "crawl", "europe", "-s", f"IRIA_DB_PATH={db_path}"]
    command += [*fast, "-s", "LOG_LEVEL=WARNING", *args]
    return subprocess.run(command, cwd=REPO, capture_output=True, text=True, timeout=240, env=env)


def test_scrapy_crawl_reads_the_archive_config_as_the_command_line_does(
    sites: tuple[ReplicaServer, ReplicaServer], tmp_path: Path
) -> None:
    # No start URL given: the config's first section; a start URL given: that section,
    # extracted by its own site's rules from the config (never IRIA's by default).
    alpha, beta = sites
    write_config(tmp_path, alpha, beta)
    db_path = tmp_path / "archive.db"
    done = scrapy_crawl(db_path)
    assert done.returncode == 0, done.stderr
    # `scrapy crawl` exits 0 whatever happened: the run's record says whether it did its job.
    assert runs(db_path) == [(f"{alpha.base_url}/news/category/europe/", "full", "ok")]
    alpha_urls = {r["url"] for r in alpha.site.expected_articles("europe")}
    assert set(archived(db_path)) == alpha_urls

    beta_url = f"{beta.base_url}/news/category/europe/"
    done = scrapy_crawl(db_path, "-a", f"start_url={beta_url}", "-s", "LOG_LEVEL=INFO")
    assert done.returncode == 0, done.stderr
    assert "'CONCURRENT_REQUESTS_PER_DOMAIN': 4" in done.stderr  # beta's own settings
    assert runs(db_path)[-1] == (beta_url, "full", "ok")
    rows = archived(db_path)
    beta_truth = beta.site.expected_articles("europe")
    assert set(rows) == alpha_urls | {r["url"] for r in beta_truth}
    for expected in beta_truth:
        stored = rows[expected["url"]]
        assert stored["extractor"].endswith(
            f"/ beta rules generic {GENERIC_PROFILE.rules_version}+7"
        )
        assert "Subscribe to IRIA News" not in stored["text"]
