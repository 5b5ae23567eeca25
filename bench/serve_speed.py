"""Serving capacity: a real `iria-archive serve` under 16 closed-loop clients.

Each client sends its next request as soon as the last one is answered (keep-alive, one
connection each), cycling through a mix of the reader's pages: the search page for every
query kind of bench/search_speed.py, and article pages of articles drawn at random. A
second round adds clients running Datasette's own table search (`articles?_search=`, FTS5
with facets), to see whether one kind of request can starve the others.

    uv run python bench/serve_speed.py --db ARCHIVE.db [--workers N] [--seconds 20]

Figures, not pass/fail (targets in bench/README.md): p50/p95 latency and requests per
second of the search and article pages, errors, the server's peak memory (RSS summed
over its processes, and PSS, which counts pages shared between workers once).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import sqlite3
import statistics
import subprocess
import sys
import threading
import time
import urllib.parse
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))  # `python bench/serve_speed.py` from anywhere

from bench.search_speed import QUERIES, _free_port  # noqa: E402

CLIENTS = 16
ARTICLES = 2000  # distinct article pages in the mix, drawn at random
TABLE_SEARCH = "/{db}/articles?_search={q}"
TABLE_SEARCH_CLIENTS = 2


def reader_paths(db_path: Path, seed: int = 7) -> list[tuple[str, str]]:
    """(kind, path) pairs: one search page per query kind, then article pages, interleaved."""
    from datasette.utils import tilde_encode

    name = db_path.stem
    searches = [
        ("search", f"/{name}/search?q={urllib.parse.quote(q)}{extra}") for _, q, extra in QUERIES
    ]
    connection = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    (top,) = connection.execute("select max(rowid) from articles").fetchone()
    rng = random.Random(seed)
    rowids = rng.sample(range(1, top + 1), min(ARTICLES, top))
    marks = ",".join("?" * len(rowids))
    urls = [
        u
        for (u,) in connection.execute(f"select url from articles where rowid in ({marks})", rowids)
    ]
    connection.close()
    rng.shuffle(urls)
    articles = [("article", f"/{name}/articles/{tilde_encode(url)}") for url in urls]
    # One search for each article page: the mix of a reader who searches, then reads.
    mix = []
    for i, article in enumerate(articles):
        mix += [searches[i % len(searches)], article]
    return mix


class Client:
    """One keep-alive HTTP/1.1 connection; `get` returns (status, body length)."""

    def __init__(self, port: int) -> None:
        self.port = port
        self.reader: asyncio.StreamReader | None = None
        self.writer: asyncio.StreamWriter | None = None

    async def get(self, path: str) -> tuple[int, int]:
        """GET `path`, following a redirect as a browser would (the table search's)."""
        status, size, location = await self.get_once(path)
        if status in (301, 302) and location:
            status, size, _ = await self.get_once(location)
        return status, size

    async def get_once(self, path: str) -> tuple[int, int, str | None]:
        if self.writer is None:
            self.reader, self.writer = await asyncio.open_connection("127.0.0.1", self.port)
        assert self.reader is not None
        request = f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1:{self.port}\r\n\r\n"
        self.writer.write(request.encode())
        head = await self.reader.readuntil(b"\r\n\r\n")
        lines = head.decode("latin-1").split("\r\n")
        status = int(lines[0].split()[1])
        headers = dict(line.lower().split(": ", 1) for line in lines[1:] if ": " in line)
        size = 0
        if "content-length" in headers:
            size = int(headers["content-length"])
            await self.reader.readexactly(size)
        elif headers.get("transfer-encoding") == "chunked":
            while True:
                chunk = int((await self.reader.readuntil(b"\r\n")).strip(), 16)
                await self.reader.readexactly(chunk + 2)
                size += chunk
                if chunk == 0:
                    break
        if headers.get("connection") == "close":
            self.close()
        return status, size, headers.get("location")

    def close(self) -> None:
        if self.writer is not None:
            self.writer.close()
        self.reader = self.writer = None


async def closed_loop(
    port: int,
    paths: list[tuple[str, str]],
    clients: int,
    seconds: float,
    extra: list[tuple[str, str]],
) -> dict[str, list[tuple[float, int]]]:
    """Run `clients` clients over `paths` (and one client per `extra` path, repeating it)
    for `seconds`; latencies in ms and statuses by kind."""
    samples: dict[str, list[tuple[float, int]]] = {}
    deadline = time.perf_counter() + seconds
    cursor = 0

    async def run(own: tuple[str, str] | None) -> None:
        nonlocal cursor
        client = Client(port)
        try:
            while time.perf_counter() < deadline:
                if own is None:
                    kind, path = paths[cursor % len(paths)]
                    cursor += 1
                else:
                    kind, path = own
                began = time.perf_counter()
                try:
                    status, _ = await asyncio.wait_for(client.get(path), timeout=60)
                except (TimeoutError, OSError, asyncio.IncompleteReadError):
                    client.close()
                    status = 0
                samples.setdefault(kind, []).append((1000 * (time.perf_counter() - began), status))
        finally:
            client.close()

    await asyncio.gather(*(run(None) for _ in range(clients)), *(run(p) for p in extra))
    return samples


def _tree(pid: int) -> list[int]:
    """`pid` and its children (serve's workers), from /proc."""
    try:
        children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
    except OSError:
        return [pid]
    return [pid, *(int(c) for c in children)]


def _cpu_s(pid: int) -> float:
    """CPU seconds (user + system) used so far by `pid` and its children."""
    total = 0
    for p in _tree(pid):
        try:
            fields = Path(f"/proc/{p}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += int(fields[11]) + int(fields[12])  # utime, stime (fields 14 and 15)
    return total / os.sysconf("SC_CLK_TCK")


def _memory(pid: int) -> tuple[float, float]:
    """(RSS, PSS) in MB of `pid` and its children, from /proc."""
    rss = pss = 0
    for p in _tree(pid):
        try:
            for line in Path(f"/proc/{p}/smaps_rollup").read_text().splitlines():
                if line.startswith("Rss:"):
                    rss += int(line.split()[1])
                elif line.startswith("Pss:"):
                    pss += int(line.split()[1])
        except OSError:
            continue
    return rss / 1024, pss / 1024


class MemoryWatch(threading.Thread):
    """The peak RSS and PSS of a server's process tree, sampled every 0.2 s."""

    def __init__(self, pid: int) -> None:
        super().__init__(daemon=True)
        self.pid, self.peak_rss, self.peak_pss = pid, 0.0, 0.0
        self.stopped = threading.Event()

    def run(self) -> None:
        while not self.stopped.wait(0.2):
            rss, pss = _memory(self.pid)
            self.peak_rss, self.peak_pss = max(self.peak_rss, rss), max(self.peak_pss, pss)


def _stats(samples: list[tuple[float, int]], seconds: float) -> dict[str, Any]:
    times = [ms for ms, _ in samples]
    cuts = statistics.quantiles(times, n=100, method="inclusive") if len(times) > 1 else times * 99
    return {
        "requests": len(samples),
        "errors": sum(1 for _, status in samples if status != 200),
        "req_per_s": len(samples) / seconds,
        "p50_ms": statistics.median(times) if times else None,
        "p95_ms": cuts[94] if times else None,
    }


def _load() -> str:
    """The 1, 5 and 15 minute load averages: the machine may be shared."""
    return " ".join(Path("/proc/loadavg").read_text().split()[:3])


def bench_serve(
    db_path: Path, workers: int | None = None, seconds: float = 20.0, clients: int = CLIENTS
) -> dict[str, Any]:
    """Start `iria-archive serve` on the archive and measure it under the closed loop."""
    port = _free_port()
    command = [sys.executable, "-m", "iria_archive", "serve", "--db", str(db_path)]
    command += ["--port", str(port)] + (["--workers", str(workers)] if workers else [])
    server = subprocess.Popen(
        command, cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    watch = MemoryWatch(server.pid)
    try:
        _wait_ready(port, server)
        paths = reader_paths(db_path)
        watch.start()
        # Warm-up: the page cache, Jinja's compiled templates, each worker's index reader.
        asyncio.run(closed_loop(port, paths, clients, min(5.0, seconds / 4), []))
        load_before = _load()
        cpu_before, client_before = _cpu_s(server.pid), time.process_time()
        mixed = asyncio.run(closed_loop(port, paths, clients, seconds, []))
        cpu_used = _cpu_s(server.pid) - cpu_before
        # The clients run here, on the same cores as the server: what they take is shown.
        client_used = time.process_time() - client_before
        q = urllib.parse.quote("minister")
        table = (
            ("table search", TABLE_SEARCH.format(db=db_path.stem, q=q)),
        ) * TABLE_SEARCH_CLIENTS
        starved = asyncio.run(closed_loop(port, paths, clients, seconds, list(table)))
        load_after = _load()
    finally:
        watch.stopped.set()
        server.terminate()
        server.wait(timeout=60)
    reader = mixed.get("search", []) + mixed.get("article", [])
    beside = starved.get("search", []) + starved.get("article", [])
    figures = {
        "command": " ".join(["iria-archive", *command[3:]]),
        "workers": workers,
        "clients": clients,
        "seconds": seconds,
        "load_average": {"before": load_before, "after": load_after},
        "p95_ms_16_clients": _stats(reader, seconds)["p95_ms"],
        "req_per_s_16_clients": _stats(reader, seconds)["req_per_s"],
        "pages": _stats(reader, seconds),
        # The server's CPU per page: what the machine's cores allow when nothing else runs.
        "cpu_ms_per_request": 1000 * cpu_used / max(1, len(reader)),
        "client_cpu_ms_per_request": 1000 * client_used / max(1, len(reader)),
        "by_kind": {kind: _stats(s, seconds) for kind, s in mixed.items()},
        "with_table_search": {
            "pages": _stats(beside, seconds),
            "by_kind": {kind: _stats(s, seconds) for kind, s in starved.items()},
        },
        "peak_rss_mb": watch.peak_rss,
        "peak_pss_mb": watch.peak_pss,
    }
    return figures


def _wait_ready(port: int, server: subprocess.Popen) -> None:
    import urllib.request

    deadline = time.monotonic() + 600  # serve syncs (or builds) the search index first
    while True:
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/-/versions.json", timeout=5).read()
            return
        except OSError:
            if time.monotonic() > deadline or server.poll() is not None:
                raise RuntimeError("iria-archive serve did not start") from None
            time.sleep(0.2)


def table(figures: dict[str, Any]) -> str:
    """The figures as lines of text."""
    p, t = figures["pages"], figures["with_table_search"]
    lines = [
        f"serve: {figures['command']}  ({figures['clients']} clients, {figures['seconds']:.0f} s"
        f" per round, load average {figures['load_average']['before']})",
        f"  search + article pages    {p['req_per_s']:.0f} req/s, p50 {p['p50_ms']:.0f} ms,"
        f" p95 {p['p95_ms']:.0f} ms, errors {p['errors']}   target >= 150 req/s, p95 < 100 ms",
    ]
    lines.append(
        f"  server CPU per page       {figures['cpu_ms_per_request']:.1f} ms"
        f" (2 cores: at most {2000 / figures['cpu_ms_per_request']:.0f} req/s when idle)"
    )
    lines.append(
        f"  client CPU per page       {figures['client_cpu_ms_per_request']:.1f} ms"
        " (the 16 clients: one asyncio process on the same cores)"
    )
    for kind, s in figures["by_kind"].items():
        lines.append(f"    {kind:<22}  {s['req_per_s']:.0f} req/s, p95 {s['p95_ms']:.0f} ms")
    tp = t["pages"]
    lines.append(
        f"  beside {TABLE_SEARCH_CLIENTS} table searches  {tp['req_per_s']:.0f} req/s,"
        f" p95 {tp['p95_ms']:.0f} ms, errors {tp['errors']}"
    )
    ts = t["by_kind"].get("table search")
    if ts:
        lines.append(
            f"    table search            {ts['requests']} answered, p95 {ts['p95_ms']:.0f} ms,"
            f" errors {ts['errors']}"
        )
    lines.append(
        f"  peak memory               RSS {figures['peak_rss_mb']:.0f} MB,"
        f" PSS {figures['peak_pss_mb']:.0f} MB   target < 300 MB"
    )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, required=True, help="the archive to serve")
    parser.add_argument("--workers", type=int, help="serve's --workers (default: serve's own)")
    parser.add_argument("--seconds", type=float, default=20.0, help="length of each round")
    parser.add_argument("--json", type=Path, help="also write the figures here")
    args = parser.parse_args(argv)
    figures = bench_serve(args.db, args.workers, args.seconds)
    print(table(figures))
    if args.json:
        args.json.write_text(json.dumps({"serve": figures}, indent=2) + "\n", "utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
