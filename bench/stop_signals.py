"""Soak: `systemctl stop` at random moments of a crawl. Not a speed figure: how often a
group SIGTERM ends a crawl in anything but order.

    uv run python bench/stop_signals.py [--runs 40] [--earliest 0.5] [--latest 3.5]

Each run crawls a replica section with worker processes, in its own process group, and
signals the whole group after a random delay, as systemd does. It must exit within 60 s
(never hang) with 4 (stopped in order) or 0 (it had finished), its archive consistent.
Prints the count of each outcome. A hang prints the process tree and the log's tail, and
the soak stops there. Before the fix of the extraction pool's forkserver (2026-12-04),
about 1 run in 15 hung.
"""

from __future__ import annotations

import argparse
import collections
import os
import random
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

FAST = ["-s", "AUTOTHROTTLE_ENABLED=False", "-s", "DOWNLOAD_DELAY=0"]


def one_run(base_url: str, folder: Path, delay: float) -> str:
    """Crawl into `folder`, group-SIGTERM it after `delay` s: the outcome's name."""
    log = folder / "crawl.log"
    command = [
        *(sys.executable, "-m", "iria_archive", "crawl", "--quiet", "--log-file", str(log)),
        *("--db", str(folder / "archive.db"), "--start-url", f"{base_url}/news/category/europe/"),
        *FAST,
    ]
    process = subprocess.Popen(
        command,
        cwd=REPO,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    time.sleep(delay)
    os.killpg(process.pid, signal.SIGTERM)
    try:
        process.communicate(timeout=60)  # EOF too: no process left holding its output
    except subprocess.TimeoutExpired:
        subprocess.run(["ps", "-o", "pid,ppid,stat,etime,args", "-g", str(process.pid)])
        print(log.read_text()[-3000:] if log.exists() else "(no log)")
        os.killpg(process.pid, signal.SIGKILL)
        return "hung"
    if process.returncode not in (0, 4):
        return f"exit {process.returncode}"
    if (folder / "archive.db").exists():
        with sqlite3.connect(folder / "archive.db") as db:
            if db.execute("pragma integrity_check").fetchone() != ("ok",):
                return "damaged archive"
            open_runs = db.execute("select count(*) from crawl_runs where status = 'running'")
            if open_runs.fetchone() != (0,):
                return "run left open"
    return {0: "finished (0)", 4: "stopped in order (4)"}[process.returncode]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=40)
    parser.add_argument("--earliest", type=float, default=0.5, help="seconds (default 0.5)")
    parser.add_argument("--latest", type=float, default=3.5, help="seconds (default 3.5)")
    args = parser.parse_args()
    from replica import ReplicaServer

    outcomes: collections.Counter[str] = collections.Counter()
    with ReplicaServer() as server, tempfile.TemporaryDirectory() as tmp:
        for index in range(args.runs):
            folder = Path(tmp) / str(index)
            folder.mkdir()
            delay = random.uniform(args.earliest, args.latest)
            outcome = one_run(server.base_url, folder, delay)
            outcomes[outcome] += 1
            print(f"run {index + 1:3}: SIGTERM at {delay:.2f} s -> {outcome}", flush=True)
            if outcome == "hung":
                break
    print("outcomes:", ", ".join(f"{name}: {count}" for name, count in outcomes.most_common()))
    return 0 if set(outcomes) <= {"finished (0)", "stopped in order (4)"} else 1


if __name__ == "__main__":
    sys.exit(main())
