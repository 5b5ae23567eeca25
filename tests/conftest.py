"""Shared fixtures: the replica site on 127.0.0.1, a crawled archive, a network guard."""

from __future__ import annotations

import ipaddress
import json
import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import NoReturn

import pytest
from sqlite_utils import Database

from replica import ReplicaServer
from replica.themes import THEMES

REPO = Path(__file__).resolve().parent.parent
# Tests may turn throttling off; the project's defaults stay polite.
FAST = [
    "-s",
    "AUTOTHROTTLE_ENABLED=False",
    "-s",
    "DOWNLOAD_DELAY=0",
    "-s",
    "CONCURRENT_REQUESTS_PER_DOMAIN=8",
    "-s",
    "RETRY_TIMES=1",
]


# The skip reason of a missing real component starts so; the summary lists them.
REAL_MISSING = "real component missing: "


def in_ci() -> bool:
    """Whether this run is CI's (`CI` set, as CI services and .ci/run set it)."""
    return os.environ.get("CI", "").strip().lower() not in ("", "0", "false", "no")


def missing_real(component: str, reason: str, allow_module_level: bool = False) -> NoReturn:
    """A real component the tests drive (WordPress, PHP, MariaDB, Chromium) is not here.

    In CI the run fails: a green CI must have run every real test (issue 19, item 11). A
    local run skips, and the terminal summary names every component it skipped.
    """
    message = f"{component}: {reason}"
    if in_ci():
        pytest.fail(f"{REAL_MISSING}{message} (CI runs every real component)", pytrace=False)
    pytest.skip(f"{REAL_MISSING}{message}", allow_module_level=allow_module_level)


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """One line naming the real components this run skipped, when it skipped any."""
    skipped = set()
    for report in terminalreporter.stats.get("skipped", []):
        longrepr = report.longrepr
        reason = longrepr[2] if isinstance(longrepr, tuple) else str(longrepr)
        reason = reason.removeprefix("Skipped: ")
        if reason.startswith(REAL_MISSING):
            skipped.add(reason.removeprefix(REAL_MISSING))
    if skipped:
        terminalreporter.write_line(
            "real components not run here (CI fails without them): " + "; ".join(sorted(skipped)),
            yellow=True,
        )


# The header `iria-archive runs` prints: what scripts reading its table rely on.
RUNS_HEADER = (
    "run started finished mode status pages new updated unchanged errors expected archived reason"
).split()


@pytest.fixture(autouse=True)
def loopback_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """Fail any connection this process makes to anything but this machine."""
    real_connect = socket.socket.connect

    def guarded(self: socket.socket, address: object) -> object:
        if self.family in (socket.AF_INET, socket.AF_INET6):
            host = address[0]  # type: ignore[index]
            if host != "localhost" and not ipaddress.ip_address(host).is_loopback:
                raise AssertionError(f"test tried to reach the network: {address}")
        return real_connect(self, address)

    monkeypatch.setattr(socket.socket, "connect", guarded)


def archived(db_path: Path | str) -> dict[str, dict]:
    """The archive's articles by URL, JSON array columns decoded."""
    rows = {}
    for row in Database(db_path)["articles"].rows:
        row["categories"] = json.loads(row["categories"])
        row["tags"] = json.loads(row["tags"])
        rows[row["url"]] = row
    return rows


def run_cli(
    *args: str, timeout: float = 240, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """Run the real `iria-archive` entry point in a subprocess (`env`: added variables)."""
    env = dict(os.environ) | (env or {})
    env.pop("IRIA_ARCHIVE_DB", None)
    env.pop("IRIA_START_URL", None)
    return subprocess.run(
        [sys.executable, "-m", "iria_archive", *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        cwd=REPO,
        env=env,
    )


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class Serving:
    """A real `iria-archive serve` process, answering at `base`."""

    base: str
    process: subprocess.Popen[str]


@contextmanager
def serving(db_path: Path | str, *args: str, stderr: int = subprocess.DEVNULL) -> Iterator[Serving]:
    """`iria-archive serve` on the archive (and a free port) for the block, once it answers."""
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "iria_archive", "serve", "--db", str(db_path)]
        + ["--port", str(port), *args],
        cwd=REPO,
        stdout=subprocess.DEVNULL,
        stderr=stderr,
        text=True,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(600):  # up to a minute: start-up imports Datasette and syncs the index
            try:
                with urllib.request.urlopen(f"{base}/-/versions.json", timeout=5):
                    break
            except OSError:
                if process.poll() is not None:
                    raise AssertionError(f"serve exited with {process.returncode}") from None
                time.sleep(0.1)
        else:
            raise AssertionError("serve did not answer")
        yield Serving(base, process)
    finally:
        if process.poll() is None:
            process.terminate()
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


@dataclass
class Crawl:
    """A finished crawl of the replica: the process, the archive and what the site saw."""

    process: subprocess.CompletedProcess[str]
    db_path: Path
    requests: list[tuple[str, str, dict[str, str]]]


# Replica sites beyond the themes' defaults (WordPress's permalink and reading
# settings, sources off), by name: Replicas serves and crawls them like themes.
SITES: dict[str, dict] = {
    "plain-permalinks": {
        "theme": "block",
        "permalinks": "plain",
        "rest_api": False,
        "feeds": False,
        "sitemap": False,
    },
    "plain-permalinks-feeds": {"permalinks": "plain"},
    "category-permalinks": {
        "theme": "plain",
        "permalinks": "category",
        "feeds": False,
        "sitemap": False,
    },
    "underscores-without-feed": {"theme": "underscores", "feeds": False},
    "topics-base-3-per-page": {
        "category_base": "topics",
        "posts_per_page": 3,
        "feeds": False,
        "sitemap": False,
    },
}


class Replicas:
    """One replica server per theme (or SITES name), started when first asked for, and
    one crawl of each."""

    def __init__(self, tmp_path_factory: pytest.TempPathFactory) -> None:
        self.tmp_path_factory = tmp_path_factory
        self.servers: dict[str, ReplicaServer] = {}
        self.crawls: dict[str, Crawl] = {}

    def server(self, theme: str) -> ReplicaServer:
        if theme not in self.servers:
            self.servers[theme] = ReplicaServer(**SITES.get(theme, {"theme": theme})).start()
        return self.servers[theme]

    def crawl(self, theme: str) -> Crawl:
        """One crawl of the theme's Europe section through the CLI, shared by the e2e tests."""
        if theme not in self.crawls:
            server = self.server(theme)
            db_path = self.tmp_path_factory.mktemp(f"crawl-{theme}") / "archive.db"
            server.clear_requests()
            url = server.site.category_url("europe")
            process = run_cli("crawl", "--db", str(db_path), "--start-url", url, *FAST)
            self.crawls[theme] = Crawl(process, db_path, list(server.requests))
        return self.crawls[theme]

    def stop(self) -> None:
        for server in self.servers.values():
            server.stop()


@pytest.fixture(scope="session")
def replicas(tmp_path_factory: pytest.TempPathFactory) -> Replicas:
    registry = Replicas(tmp_path_factory)
    yield registry
    registry.stop()


# The default theme's site and crawl, for the tests that are not about themes (search,
# serve, export, ...). test_crawl.py overrides `replica` and `crawl` with every theme.
@pytest.fixture(scope="session")
def replica(replicas: Replicas) -> ReplicaServer:
    return replicas.server("classic")


@pytest.fixture(scope="session")
def crawl(replicas: Replicas) -> Crawl:
    return replicas.crawl("classic")


@pytest.fixture(params=THEMES)
def theme_replica(request: pytest.FixtureRequest, replicas: Replicas) -> ReplicaServer:
    """The replica in each theme, with its theme's default sources."""
    return replicas.server(request.param)


@pytest.fixture
def theme_crawl(theme_replica: ReplicaServer, replicas: Replicas) -> Crawl:
    """The crawl of `theme_replica`'s Europe section."""
    return replicas.crawl(theme_replica.theme)


@pytest.fixture
def europe_url(replica: ReplicaServer) -> str:
    return f"{replica.base_url}/news/category/europe/"


# Planted in a copy of the archive: the replica's script trap is stripped by extraction,
# so this is what a hostile page that got through would look like in text and markdown.
HOSTILE = (
    '<script>window.__xss = "script"</script>'
    '<img src="x" onerror="window.__xss = \'img\'">'
    " [the ministry archive](javascript:window.__xss='link') hostilemarker"
)


@pytest.fixture(scope="session")
def hostile_archive(crawl: Crawl, replica: ReplicaServer, tmp_path_factory) -> Path:
    """A copy of the crawled archive whose script-trap article carries hostile HTML."""
    from iria_archive.archive.rows import open_archive

    db_path = tmp_path_factory.mktemp("hostile") / "archive.db"
    source = open_archive(str(crawl.db_path))
    source.conn.execute(f"VACUUM INTO '{db_path}'")
    source.close()
    url = replica.site.post_url(replica.site.traps["script"])
    db = open_archive(str(db_path))
    with db.conn:
        db.execute(
            "update articles set text = text || :p, markdown = markdown || :p where url = :url",
            {"p": "\n\n" + HOSTILE, "url": url},
        )
    db.close()
    return db_path


@pytest.fixture(scope="session")
def wordpress(tmp_path_factory: pytest.TempPathFactory):
    """A real WordPress (Debian's package) with IRIA-like content, once per session."""
    from tests.wordpress import WordPress, missing_requirements

    reason = missing_requirements()
    if reason:
        missing_real("WordPress", reason)  # in CI a failure, locally a skip that says so
    with WordPress(tmp_path_factory.mktemp("wordpress")) as site:
        yield site
