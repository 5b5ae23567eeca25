"""bench/run.py still runs end to end and writes every key runs are compared by.

A smoke test on tiny sizes: figures are not checked (speed targets live in bench/, not in
timed tests), only that each stage ran on the data it was given.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO

KEYS = {
    "crawl": ["ratio_to_floor", "articles_per_s", "cpu_ms_per_article", "peak_rss_mb"],
    "search": ["p50_ms_datasette", "p95_ms_datasette", "p50_ms_fts", "p95_ms_fts"],
    "export": ["jsonl_rows_per_s", "baseline_rows_per_s", "peak_rss_mb"],
    "size": ["bytes_per_article", "fts_share"],
    "reprocess": ["minutes_200k", "ms_per_page"],
    "incremental": ["seconds_median", "state_read_s"],
    "extract": ["ratio_to_trafilatura"],
    "serve": ["p95_ms_16_clients", "req_per_s_16_clients"],
}


@pytest.mark.timeout(480)
def test_bench_runs_on_tiny_sizes_and_writes_its_json(tmp_path: Path) -> None:
    out = tmp_path / "bench.json"
    process = subprocess.run(
        [
            sys.executable,
            "bench/run.py",
            *("--articles", "30", "--archive-size", "300", "--reprocess-pages", "30"),
            *("--incremental-articles", "300", "--incremental-repeats", "1"),
            *("--serve-seconds", "2"),
            *("--json", str(out)),
        ],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=450,
    )
    assert process.returncode == 0, process.stderr
    figures = json.loads(out.read_text())
    for section, keys in KEYS.items():
        for key in keys:
            assert figures[section][key] > 0, (section, key)
    # Each stage worked on what it was given: the whole replica section, the whole archive.
    assert figures["crawl"]["articles"] == 30 and figures["crawl"]["status"] == "ok"
    assert figures["archive"]["articles"] == 300
    assert figures["reprocess"]["pages"] == figures["reprocess"]["pages_in_warc"] >= 30
    assert figures["incremental"]["requests_per_run"] == 2  # nothing changed: nothing fetched
    assert figures["search"]["queries"]["rare term"]["matches"] == 12
    assert "ratio to floor" in process.stdout
