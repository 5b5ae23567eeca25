"""Shared fixtures: the replica site on 127.0.0.1, a crawled archive, a network guard."""

from __future__ import annotations

import ipaddress
import json
import os
import socket
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlite_utils import Database

from replica import ReplicaServer

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


def run_cli(*args: str, timeout: float = 240) -> subprocess.CompletedProcess[str]:
    """Run the real `iria-archive` entry point in a subprocess."""
    env = dict(os.environ)
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


@dataclass
class Crawl:
    """A finished crawl of the replica: the process, the archive and what the site saw."""

    process: subprocess.CompletedProcess[str]
    db_path: Path
    requests: list[tuple[str, str, dict[str, str]]]


@pytest.fixture(scope="session")
def replica() -> ReplicaServer:
    with ReplicaServer() as server:
        yield server


@pytest.fixture(scope="session")
def europe_url(replica: ReplicaServer) -> str:
    return f"{replica.base_url}/news/category/europe/"


@pytest.fixture(scope="session")
def crawl(
    replica: ReplicaServer, europe_url: str, tmp_path_factory: pytest.TempPathFactory
) -> Crawl:
    """One crawl of the replica's Europe section through the CLI, shared by the e2e tests."""
    db_path = tmp_path_factory.mktemp("crawl") / "archive.db"
    replica.clear_requests()
    process = run_cli("crawl", "--db", str(db_path), "--start-url", europe_url, *FAST)
    return Crawl(process, db_path, list(replica.requests))


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
    from pipelines.store import open_archive

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
        pytest.skip(f"no real WordPress here: {reason}")
    with WordPress(tmp_path_factory.mktemp("wordpress")) as site:
        yield site
