"""Bench stage `incremental`: a no-change incremental run on a large archive.

    uv run python bench/incremental_speed.py [--articles 100000] [--workdir DIR]

A replica section is crawled once; the archive then gets `--articles` more articles of
that section (synthetic rows, realistic text lengths). A no-change run asks the site two
things (robots.txt, the feed or the REST API, answered "not modified"), so its cost is
what the run reads of the archive and starts up: it should not grow with the archive.
Prints the wall time of the real `iria-archive crawl` (min and median of 3; compiled
modules cached, as installed: see AS_INSTALLED), and the time of the state read alone
(iria_archive.archive.state.load_crawl_state).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

FAST = ["-s", "AUTOTHROTTLE_ENABLED=False", "-s", "DOWNLOAD_DELAY=0"]


# The run as installed: Python keeps the modules it compiled (pip compiles them at
# install, Python writes them at the first import). With PYTHONDONTWRITEBYTECODE set (as
# in some sandboxes and containers) every run compiles Scrapy's and Twisted's sources
# again, about half of a no-change run: a cost of that environment, not of the run.
AS_INSTALLED = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def _crawl(db_path: Path, start_url: str) -> float:
    began = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "iria_archive", "crawl", "--db", str(db_path)]
        + ["--start-url", start_url, *FAST],
        capture_output=True,
        text=True,
        check=False,
        env=AS_INSTALLED,
    )
    took = time.perf_counter() - began
    if done.returncode != 0:
        raise SystemExit(f"the crawl failed: {done.stderr[-500:]}")
    return took


def _grow(db_path: Path, n: int, host: str, section: str) -> None:
    """Add `n` articles of the section, on the replica's host, in one transaction."""
    from sqlite_utils import Database

    from bench.synthetic import synthetic_rows

    db = Database(db_path)
    with db.conn:
        rows = (
            {**row, "url": row["url"].replace("https://www.ir-ia.com", host)}
            for row in synthetic_rows(n)
        )
        db["articles"].insert_all(rows, batch_size=500)
        db.execute(
            "insert or ignore into article_sections (url, section, first_seen)"
            " select url, ?, first_seen from articles",
            [section],
        )
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()


def bench_incremental(n: int, workdir: Path, repeats: int = 3) -> dict[str, Any]:
    """The no-change run at `n` articles, timed `repeats` times (the last one's requests
    counted too)."""
    from iria_archive.archive.state import load_crawl_state
    from replica import ReplicaServer

    db_path = workdir / "incremental.db"
    db_path.unlink(missing_ok=True)
    with ReplicaServer(n_europe=24) as server:
        start = server.site.category_url("europe")
        _crawl(db_path, start)
        _grow(db_path, n, server.base_url, start)
        _crawl(db_path, start)  # the first run after growing: the feed's validators kept
        runs = [_crawl(db_path, start) for _ in range(repeats - 1)]
        server.clear_requests()
        runs.append(_crawl(db_path, start))
        requests_per_run = len(server.requests)
    reads = []
    for _ in range(3):
        began = time.perf_counter()
        load_crawl_state(str(db_path), start)
        reads.append(time.perf_counter() - began)
    return {
        "articles": n,
        "seconds_min": min(runs),
        "seconds_median": statistics.median(runs),
        # The figure, at the size it names.
        **({"seconds_100k": statistics.median(runs)} if n == 100_000 else {}),
        "state_read_s": min(reads),
        "requests_per_run": requests_per_run,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--workdir", type=Path)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="iria-bench-") as tmp:
        figures = bench_incremental(args.articles, args.workdir or Path(tmp))
    print(json.dumps({"incremental": figures}, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
