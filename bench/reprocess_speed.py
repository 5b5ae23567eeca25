"""Reprocess against its target (issue 21, item 3): 200,000 pages in <= 25 minutes on 2 cores.

A WARC file of replica article pages is written with the crawl's own writer and named in
an archive's run record, as a crawl leaves it; `reprocess` (the library function the
command calls) then rebuilds the articles from it into the empty archive. The figure
`minutes_200k` is projected linearly from the pages/s of that run (>= 5,000 pages).

    uv run python bench/reprocess_speed.py [--pages 5000] [--workers N]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

TARGET_PAGES = 200_000


def write_warc(db_path: Path, n_pages: int) -> int:
    """An archive whose one run recorded a WARC file of `n_pages` article pages."""
    from iria_archive.archive.rows import open_archive
    from iria_archive.archive.runs import record_warc_file, start_run
    from iria_archive.archive.warc_write import WarcWriter, warc_dir
    from iria_archive.model.items import ArticlePage
    from iria_archive.model.urls import canonical_url
    from replica import Site
    from replica.generate import generate_posts

    site = Site("http://bench.example", generate_posts(n_pages))
    writer = WarcWriter(warc_dir(str(db_path)))
    fetched_at = datetime.now(UTC).replace(microsecond=0).isoformat()
    written = 0
    for post in site.posts:
        url = site.post_url(post)
        status, headers, body = site.respond("GET", urlsplit(url).path)
        if status != 200:
            continue
        page = ArticlePage(
            url=canonical_url(url),
            final_url=url,
            status=status,
            headers=dict(headers),
            body=body,
            encoding="utf-8",
            listing_url=None,
            fetched_at=fetched_at,
        )
        writer.write(page)
        written += 1
    writer.close()
    db = open_archive(str(db_path))
    run_id = start_run(db, f"{site.base_url}/news/category/europe/", "full")
    record_warc_file(db, run_id, writer.name)
    with db.conn:
        db.execute("update crawl_runs set status = 'ok' where id = ?", [run_id])
    db.close()
    return written


def descendants_cpu() -> float:
    """CPU seconds of this process's descendants (the extraction pool's forkserver and
    workers), the ended ones they reaped included; 0 where there is no /proc."""
    parents: dict[int, list[tuple[int, float]]] = {}
    tick = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100
    for entry in Path("/proc").glob("[0-9]*"):
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        # After the command's ")": state ppid ... utime(12) stime cutime cstime.
        cpu = sum(int(f) for f in fields[11:15]) / tick
        parents.setdefault(int(fields[1]), []).append((int(entry.name), cpu))
    total, stack = 0.0, [os.getpid()]
    while stack:
        for pid, cpu in parents.get(stack.pop(), []):
            total += cpu
            stack.append(pid)
    return total


def bench_reprocess(n_pages: int, workdir: Path, workers: int | None = None) -> dict[str, Any]:
    """Reprocess a generated WARC of `n_pages` pages; the wall time projected to 200k."""
    from iria_archive.archive.reprocess import reprocess
    from iria_archive.archive.rows import open_archive
    from iria_archive.archive.warc_write import warc_dir
    from iria_archive.model.profile import IRIA_PROFILE

    folder = workdir / "reprocess"
    if folder.exists():
        import shutil

        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    db_path = folder / "archive.db"
    written = write_warc(db_path, n_pages)
    warc_bytes = sum(p.stat().st_size for p in warc_dir(str(db_path)).glob("*.warc.gz"))
    db = open_archive(str(db_path))
    cpu = resource.getrusage(resource.RUSAGE_SELF)
    others = descendants_cpu()
    began = time.perf_counter()
    report = reprocess(
        db, warc_dir(str(db_path)), profile_for=lambda _url: IRIA_PROFILE, workers=workers
    )
    wall = time.perf_counter() - began
    after = resource.getrusage(resource.RUSAGE_SELF)
    workers_cpu = descendants_cpu() - others
    db.close()
    pages = sum(report.counts.values()) - report.counts["damaged"]
    main_cpu = (after.ru_utime + after.ru_stime) - (cpu.ru_utime + cpu.ru_stime)
    return {
        "pages": pages,
        "pages_in_warc": written,
        "warc_mb": warc_bytes / 1e6,
        "new": report.counts["new"],
        "failed": report.counts["failed"],
        "workers": len(report.processes),
        "wall_s": wall,
        "main_cpu_s": main_cpu,
        "workers_cpu_s": workers_cpu,
        "ms_per_page": 1000 * wall / pages,
        "minutes_200k": wall / pages * TARGET_PAGES / 60,
        # What the wall time cannot beat on 2 cores: all the CPU the run took, halved.
        # Unlike the wall time, it hardly moves when other programs load the machine.
        "cpu_minutes_200k_per_2_cores": (main_cpu + workers_cpu) / 2 / pages * TARGET_PAGES / 60,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=5000)
    parser.add_argument("--workers", type=int, help="extraction processes (default: per core)")
    parser.add_argument("--workdir", type=Path, default=Path("/tmp/iria-bench-reprocess"))
    args = parser.parse_args()
    print(json.dumps(bench_reprocess(args.pages, args.workdir, args.workers), indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
