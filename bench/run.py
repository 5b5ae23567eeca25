"""Benchmarks of the archive: crawl against its floor, search latency, export, size.

    uv run python bench/run.py [--articles 2000] [--archive-size 200000] [--json PATH]

Prints a table and writes the figures as JSON (default bench/results/latest.json), so
runs can be compared over time. Figures, not pass/fail: the targets are in bench/README.md.
The stages live beside it: crawl_speed.py, synthetic.py, search_speed.py, export.py.
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))  # `python bench/run.py` from anywhere finds the project

from bench.crawl_speed import bench_crawl, worker_crawl  # noqa: E402
from bench.incremental_speed import bench_incremental  # noqa: E402
from bench.reprocess_speed import bench_reprocess  # noqa: E402
from bench.search_speed import bench_search  # noqa: E402
from bench.serve_speed import table as serve_table  # noqa: E402
from bench.synthetic import archive_size, build_archive  # noqa: E402

# --- 4. export ---------------------------------------------------------------------------


def bench_export(db_path: Path, n: int) -> dict[str, Any]:
    from bench.export import run_export_bench  # the real `iria-archive export`

    # Each command in its own process, output to a file in the same folder, the
    # baseline (`sqlite-utils rows --nl`) before and after ours (its best time is kept).
    figures = run_export_bench(n, archive=db_path)
    return {"baseline": "sqlite-utils rows --nl", "source": "iria-archive export", **figures}


# --- 7. extraction's price -------------------------------------------------------------


def bench_extract(quick: bool = False) -> dict[str, Any]:
    """extract_article's CPU against trafilatura.extract's, same pages (bench/extract_speed.py);
    `quick`: a fifth of the pages, one run (a smoke test's tiny sizes)."""
    from bench.extract_speed import all_pages, bench_extract_speed

    pages = all_pages()
    figures = bench_extract_speed(pages[::5], 1) if quick else bench_extract_speed(pages)
    print(
        f"extract.ratio_to_trafilatura {figures['ratio_to_trafilatura']:.3f}"
        f" (median {figures['ratio_to_trafilatura_median']:.3f}, target <= 1.25"
        f"{'; quick: not a figure to compare' if quick else ''})"
    )
    return figures


# --- 8. extraction's quality ------------------------------------------------------------


def bench_quality() -> dict[str, Any]:
    """Shingle F1 of our body text against hand-marked news bodies (bench/extract_quality.py),
    beside trafilatura's best setting and readability's, on the dev and held-out halves."""
    from bench.extract_quality import bench_quality as run_quality

    return run_quality()


# --- 5. size -----------------------------------------------------------------------------


def bench_size(db_path: Path, n: int) -> dict[str, Any]:
    connection = sqlite3.connect(db_path)
    pages = dict(connection.execute("select name, sum(pgsize) from dbstat group by name"))
    connection.close()
    total = db_path.stat().st_size
    fts = sum(size for name, size in pages.items() if name.startswith("articles_fts"))
    return {
        "db_bytes": total,
        "bytes_per_article": total / n,
        "fts_bytes": fts,
        "fts_share": fts / total,
    }


# --- 6. serve ----------------------------------------------------------------------------


def bench_serve_stage(db_path: Path, seconds: float) -> dict[str, Any]:
    """Closed-loop clients on `iria-archive serve` (bench/serve_speed.py)."""
    from bench.serve_speed import bench_serve

    print("serve ...", file=sys.stderr)
    return bench_serve(db_path, seconds=seconds)


def run_serve_only(args: argparse.Namespace) -> int:
    """`--only serve`: the serve stage on the synthetic archive (kept with --workdir)."""
    with tempfile.TemporaryDirectory(prefix="iria-bench-") as tmp:
        archive = (args.workdir or Path(tmp)) / "archive.db"
        archive.parent.mkdir(parents=True, exist_ok=True)
        if archive_size(archive) != args.archive_size:
            archive.unlink(missing_ok=True)
            print(f"archive: building {args.archive_size} articles ...", file=sys.stderr)
            build_archive(archive, args.archive_size)
        figures = {"serve": bench_serve_stage(archive, args.serve_seconds)}
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(figures, indent=2) + "\n", "utf-8")
    print(serve_table(figures["serve"]))
    print(f"figures in {args.json}")
    return 0


# --- the run -----------------------------------------------------------------------------


def table(figures: dict[str, Any]) -> str:
    c, s, e, z = figures["crawl"], figures["search"], figures["export"], figures["size"]
    rows = [
        ("crawl", f"{c['articles']} articles in {c['wall_s']:.1f} s", ""),
        ("  articles/s", f"{c['articles_per_s']:.1f}", ""),
        ("  CPU ms/article", f"{c['cpu_ms_per_article']:.1f}", ""),
        ("  peak RSS", f"{c['peak_rss_mb']:.0f} MB", ""),
        ("  fetch floor", f"{c['fetch_floor_s']:.1f} s", ""),
        ("  extraction floor", f"{c['extract_floor_s']:.1f} s", ""),
        ("  ratio to floor", f"{c['ratio_to_floor']:.2f}", "target <= 0.8 (2 cores)"),
        ("search", f"{figures['archive']['articles']} articles", ""),
        (
            "  search page, tantivy p50/p95",
            f"{s['p50_ms_datasette']:.1f} / {s['p95_ms_datasette']:.1f} ms",
            f"worst kind {s['p95_ms_datasette_worst_kind']:.1f} ms; target p95 < 50 ms",
        ),
        (
            "  search page, FTS5 p50/p95",
            f"{s['p50_ms_datasette_fts5']:.1f} / {s['p95_ms_datasette_fts5']:.1f} ms",
            "&_engine=fts5",
        ),
        ("  Datasette errors", f"{s['datasette_errors']} requests", ""),
        ("  bare FTS5 p50/p95", f"{s['p50_ms_fts']:.1f} / {s['p95_ms_fts']:.1f} ms", ""),
        ("export", e["source"], ""),
        ("  JSON lines", f"{e['jsonl_rows_per_s']:.0f} rows/s", "target >= baseline"),
        ("  CSV", f"{e['csv_rows_per_s']:.0f} rows/s", "target >= baseline"),
        ("  baseline", f"{e['baseline_rows_per_s']:.0f} rows/s ({e['baseline']})", ""),
        ("  peak RSS", f"{e['peak_rss_mb']:.0f} MB", "target < 200 MB"),
        ("size", f"{z['bytes_per_article']:.0f} bytes/article", ""),
        *_reprocess_rows(figures.get("reprocess")),
        *_incremental_rows(figures.get("incremental")),
        ("  FTS share", f"{100 * z['fts_share']:.0f} %", ""),
    ]
    for label, q in s["queries"].items():
        rows.append(
            (
                f"  {label}",
                f"{q['matches']} hits, p50 {q['p50_ms_tantivy']:.1f} / {q['p50_ms_fts5']:.1f},"
                f" p95 {q['p95_ms_tantivy']:.1f} / {q['p95_ms_fts5']:.1f} ms",
                f"tantivy / FTS5 ({q['engine']}{'' if q['same_page'] else ', pages differ'})",
            )
        )
    width = max(len(r[0]) for r in rows)
    vwidth = max(len(r[1]) for r in rows)
    return "\n".join(f"{a:<{width}}  {b:<{vwidth}}  {t}".rstrip() for a, b, t in rows)


def _incremental_rows(r: dict[str, Any] | None) -> list[tuple[str, str, str]]:
    if r is None:
        return []
    return [
        (
            "no-change incremental run",
            f"{r['seconds_median']:.2f} s median ({r['seconds_min']:.2f} min)"
            f" at {r['articles']} articles, {r['requests_per_run']} requests",
            "target <= 1.5 s at 100k",
        ),
        ("  state read", f"{r['state_read_s'] * 1000:.0f} ms", ""),
    ]


def _reprocess_rows(r: dict[str, Any] | None) -> list[tuple[str, str, str]]:
    if r is None:
        return []
    return [
        ("reprocess", f"{r['pages']} pages in {r['wall_s']:.1f} s, {r['workers']} workers", ""),
        ("  minutes for 200k pages", f"{r['minutes_200k']:.1f}", "target <= 25 (2 cores)"),
    ]


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["--worker"]:
        kind, *args = argv[1:]
        if kind != "crawl":
            raise SystemExit(f"unknown worker {kind!r}")
        print(json.dumps(worker_crawl(*args)))
        return 0

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=2000, help="crawl size (default 2000)")
    parser.add_argument(
        "--archive-size", type=int, default=200_000, help="synthetic archive (default 200000)"
    )
    parser.add_argument("--json", type=Path, default=REPO / "bench" / "results" / "latest.json")
    parser.add_argument(
        "--profile", type=Path, help="also profile one pipeline crawl (pyinstrument text report)"
    )
    parser.add_argument(
        "--reprocess-pages", type=int, default=5000, help="WARC pages reprocessed (default 5000)"
    )
    parser.add_argument(
        "--incremental-articles",
        type=int,
        default=100_000,
        help="archive size of the no-change incremental run (default 100000)",
    )
    parser.add_argument(
        "--incremental-repeats",
        type=int,
        default=3,
        help="timed no-change runs; the median is reported (default 3)",
    )
    parser.add_argument(
        "--workdir",
        type=Path,
        help="keep the databases here and reuse the synthetic archive (default: a temp dir)",
    )
    parser.add_argument(
        "--only",
        choices=["crawl", "reprocess", "serve", "incremental", "extract", "quality"],
        help="run one stage alone (serve: bench/serve_speed.py on the synthetic archive;"
        " crawl, reprocess: print `stage.key value` lines)",
    )
    parser.add_argument(
        "--serve-seconds", type=float, default=20.0, help="length of each serve round (default 20)"
    )
    args = parser.parse_args(argv)
    if args.only == "serve":
        return run_serve_only(args)

    began = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="iria-bench-") as tmp:
        workdir = args.workdir or Path(tmp)
        workdir.mkdir(parents=True, exist_ok=True)
        figures: dict[str, Any] = {"machine": {"cpus": os.cpu_count(), "python": sys.version}}
        if args.only:
            return _only(args.only, args, workdir, figures)
        print(f"crawl: {args.articles} articles ...", file=sys.stderr)
        figures["crawl"] = bench_crawl(args.articles, workdir, args.profile)
        archive = workdir / "archive.db"
        if args.workdir and archive_size(archive) == args.archive_size:
            print(f"archive: reusing {archive}", file=sys.stderr)
            figures["archive"] = {"articles": args.archive_size, "build_s": None}
        else:
            archive.unlink(missing_ok=True)
            print(f"archive: building {args.archive_size} articles ...", file=sys.stderr)
            figures["archive"] = build_archive(archive, args.archive_size)
        print("search ...", file=sys.stderr)
        figures["search"] = bench_search(archive)
        print("export ...", file=sys.stderr)
        figures["export"] = bench_export(archive, args.archive_size)
        figures["size"] = bench_size(archive, args.archive_size)
        figures["serve"] = bench_serve_stage(archive, args.serve_seconds)
        print(f"reprocess: {args.reprocess_pages} pages ...", file=sys.stderr)
        figures["reprocess"] = bench_reprocess(args.reprocess_pages, workdir)
        print(f"incremental: {args.incremental_articles} articles ...", file=sys.stderr)
        figures["incremental"] = bench_incremental(
            args.incremental_articles, workdir, args.incremental_repeats
        )
    figures["extract"] = bench_extract(quick=args.articles < 200)
    if args.articles >= 200:  # not in the smoke test's tiny run: a minute of extraction
        figures["extract"].update(bench_quality())
    figures["total_s"] = time.perf_counter() - began
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(figures, indent=2) + "\n", "utf-8")
    print(table(figures))
    print(serve_table(figures["serve"]))
    print(f"total {figures['total_s']:.0f} s; figures in {args.json}")
    return 0


def _only(stage: str, args: argparse.Namespace, workdir: Path, figures: dict[str, Any]) -> int:
    """One stage alone: its figures as `stage.key value` lines (no JSON file written)."""
    if stage == "crawl":
        figures[stage] = bench_crawl(args.articles, workdir, args.profile)
    elif stage == "incremental":
        figures[stage] = bench_incremental(
            args.incremental_articles, workdir, args.incremental_repeats
        )
    elif stage == "extract":
        figures[stage] = bench_extract()
    elif stage == "quality":
        # Printed as extract.f1, extract.f1_trafilatura... beside extraction's price.
        figures["extract"] = bench_quality()
        stage = "extract"
    else:
        figures[stage] = bench_reprocess(args.reprocess_pages, workdir)
    digits = 4 if args.only == "quality" else 3  # F1 differences of a few thousandths
    for key, value in figures[stage].items():
        print(
            f"{stage}.{key} {value:.{digits}f}"
            if isinstance(value, float)
            else f"{stage}.{key} {value}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
