"""Search latency on an archive: the search page (tantivy, and FTS5 behind `&_engine=fts5`)
through a real `iria-archive serve`, and bare FTS5 queries for comparison."""

from __future__ import annotations

import json
import socket
import sqlite3
import statistics
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bench.synthetic import RARE_TERM

REPO = Path(__file__).resolve().parent.parent

# The search page readers use (iria_archive/web/search_page.py), as JSON: 20 results with
# snippets, the total and the counts by category and year. tantivy answers when its index
# is in step with the archive; `&_engine=fts5` makes the same page ask FTS5 instead.
DATASETTE_SEARCH = "/{db}/search.json?q={q}{extra}"
FTS5_ENGINE = "&_engine=fts5"
# The bare FTS5 query: the 20 best matches with their titles.
FTS_SEARCH = (
    "select articles.url, articles.title from articles_fts"
    " join articles on articles.rowid = articles_fts.rowid"
    " where articles_fts match ? order by rank limit 20"
)
# (label, query, more arguments of the search page). "minister" is in ~91 % of articles.
QUERIES = [
    ("single word", "sanctions", ""),
    ("two words", "migration border", ""),
    ("phrase", '"peace process"', ""),
    ("prefix", "negotiat*", ""),
    ("rare term", RARE_TERM, ""),
    ("common term", "minister", ""),
    ("common term, newest", "minister", "&sort=newest"),
    ("common term, page 5", "minister", "&page=5"),
    (
        "common term, category + year",
        "minister",
        "&category=Balkans&since=2015-01-01&until=2015-12-31",
    ),
]
SEARCH_REPEATS = 20


def _percentiles(samples: list[float]) -> tuple[float, float]:
    cuts = statistics.quantiles(samples, n=100, method="inclusive")
    return statistics.median(samples), cuts[94]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _timed(call: Callable[[], object], repeats: int, budget_s: float = 10.0) -> list[float]:
    """Latencies in ms of `repeats` calls; fewer (at least 5) if they overrun `budget_s`."""
    call()  # warm-up: caches and the page cache, as on a server that has been up a while
    samples: list[float] = []
    started = time.perf_counter()
    while len(samples) < repeats and (len(samples) < 5 or time.perf_counter() - started < budget_s):
        began = time.perf_counter()
        call()
        samples.append(1000 * (time.perf_counter() - began))
    return samples


def bench_search(db_path: Path) -> dict[str, Any]:
    connection = sqlite3.connect(db_path)
    port = _free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "iria_archive", "serve", "--db", str(db_path), "--port", str(port)],
        cwd=REPO,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        base = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 600  # serve syncs (or builds) the index first
        while True:
            try:
                urllib.request.urlopen(f"{base}/-/versions.json", timeout=5).read()
                break
            except OSError:
                if time.monotonic() > deadline or server.poll() is not None:
                    raise RuntimeError("Datasette did not start") from None
                time.sleep(0.2)

        def url(q: str, extra: str) -> str:
            return base + DATASETTE_SEARCH.format(
                db=db_path.stem, q=urllib.parse.quote(q), extra=extra
            )

        def datasette(q: str, extra: str) -> Callable[[], object]:
            def call() -> object:
                try:
                    with urllib.request.urlopen(url(q, extra), timeout=60) as response:
                        return response.read()
                except urllib.error.HTTPError as error:
                    # A 4xx/5xx is counted, and its time stays in the samples.
                    errors[q + extra] = errors.get(q + extra, 0) + 1
                    return error.read()

            return call

        def answer(q: str, extra: str) -> dict[str, Any]:
            with urllib.request.urlopen(url(q, extra), timeout=120) as response:
                return json.load(response)

        def fts(q: str) -> Callable[[], object]:
            return lambda: connection.execute(FTS_SEARCH, [q]).fetchall()

        errors: dict[str, int] = {}
        per_query: dict[str, Any] = {}
        samples: dict[str, list[float]] = {"tantivy": [], "fts5": [], "bare": []}
        for label, q, extra in QUERIES:
            fast = _timed(datasette(q, extra), SEARCH_REPEATS)
            slow = _timed(datasette(q, extra + FTS5_ENGINE), SEARCH_REPEATS)
            bare = _timed(fts(q), SEARCH_REPEATS) if not extra else None
            samples["tantivy"] += fast
            samples["fts5"] += slow
            samples["bare"] += bare or []
            one, other = answer(q, extra), answer(q, extra + FTS5_ENGINE)
            per_query[label] = {
                "query": q + extra,
                "engine": one["engine"],  # tantivy, unless its index was not in step
                "matches": one["total"],
                "matches_fts5": other["total"],  # None: FTS5 could not count in time
                "same_page": [r["url"] for r in one["rows"]] == [r["url"] for r in other["rows"]],
                "datasette_errors": errors.get(q + extra, 0)
                + errors.get(q + extra + FTS5_ENGINE, 0),
                "p50_ms_tantivy": _percentiles(fast)[0],
                "p95_ms_tantivy": _percentiles(fast)[1],
                "p50_ms_fts5": _percentiles(slow)[0],
                "p95_ms_fts5": _percentiles(slow)[1],
                "p95_ms_bare_fts5": _percentiles(bare)[1] if bare else None,
            }
    finally:
        server.terminate()
        server.wait(timeout=30)
        connection.close()
    return {
        "datasette_url": DATASETTE_SEARCH,
        "datasette_errors": sum(errors.values()),
        "p50_ms_datasette": _percentiles(samples["tantivy"])[0],
        "p95_ms_datasette": _percentiles(samples["tantivy"])[1],
        "p95_ms_datasette_worst_kind": max(q["p95_ms_tantivy"] for q in per_query.values()),
        "p50_ms_datasette_fts5": _percentiles(samples["fts5"])[0],
        "p95_ms_datasette_fts5": _percentiles(samples["fts5"])[1],
        "p50_ms_fts": _percentiles(samples["bare"])[0],
        "p95_ms_fts": _percentiles(samples["bare"])[1],
        "queries": per_query,
    }
