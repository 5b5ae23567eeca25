"""Benchmarks of the archive: crawl against its floor, search latency, export, size.

    uv run python bench/run.py [--articles 2000] [--archive-size 200000] [--json PATH]

Prints a table and writes the figures as JSON (default bench/results/latest.json), so
runs can be compared over time. Figures, not pass/fail: the targets are in bench/README.md.
Scrapy's reactor starts once per process, so each crawl runs in a subprocess of this
script (`--worker ...`), which reports its own wall time, CPU time and peak RSS.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import socket
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))  # `python bench/run.py` from anywhere finds the project

# Throttling off, as in tests/conftest.py FAST: we measure the pipeline, not politeness.
FAST_SETTINGS: dict[str, Any] = {
    "AUTOTHROTTLE_ENABLED": False,
    "DOWNLOAD_DELAY": 0,
    "CONCURRENT_REQUESTS": 8,
    "CONCURRENT_REQUESTS_PER_DOMAIN": 8,
    "IRIA_PROGRESS": False,
    "LOG_LEVEL": "ERROR",
}

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
# A fixed query set: (label, FTS5 query). The rare term is planted in RARE_DOCS articles.
RARE_TERM = "zyxoquartz"
RARE_DOCS = 12
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

# --- workers (run in subprocesses) -----------------------------------------------------


def _usage() -> dict[str, float]:
    """CPU seconds and peak RSS (MB) of this process so far."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return {"cpu_s": usage.ru_utime + usage.ru_stime, "peak_rss_mb": usage.ru_maxrss / 1024}


def worker_crawl(mode: str, start_url: str, db_path: str) -> dict[str, Any]:
    """Crawl the replica: `pipeline` (the real crawl) or `fetch` (the same walk, no items)."""
    # Imported before the clock starts, in both modes alike.
    import pipelines.extract  # noqa: F401
    import pipelines.store  # noqa: F401
    from iria_archive.crawl import configure_logging, project_settings, run_crawl
    from scraper.spiders.category import CategorySpider

    configure_logging("CRITICAL", None)
    overrides = {**FAST_SETTINGS, "IRIA_DB_PATH": db_path}
    before = _usage()
    began = time.perf_counter()
    if mode == "pipeline":
        stats = run_crawl(project_settings(overrides), start_url=start_url).stats
    else:
        from scrapy.crawler import CrawlerProcess

        class FetchOnly(CategorySpider):
            """The crawl's own walk of archive and article pages, minus everything after."""

            name = "fetch-floor"

            def parse_article(self, response: Any, listing_url: str | None) -> Iterator[Any]:
                if response.status != 200:  # redirects are part of the walk
                    return super().parse_article(response, listing_url)
                return iter(())

        settings = project_settings({**overrides, "ITEM_PIPELINES": {}, "EXTENSIONS": {}})
        process = CrawlerProcess(settings)
        crawler = process.create_crawler(FetchOnly)
        process.crawl(crawler, start_url=start_url)
        process.start()
        stats = crawler.stats.get_stats()
    wall = time.perf_counter() - began
    after = _usage()
    return {
        "wall_s": wall,
        "cpu_s": after["cpu_s"] - before["cpu_s"],
        "peak_rss_mb": after["peak_rss_mb"],
        "responses": stats.get("downloader/response_count", 0),
        "articles_stored": stats.get("iria/articles_stored", 0),
        "status": stats.get("iria/status"),
    }


def worker_measure(command: list[str]) -> dict[str, Any]:
    """Run `command` (output to /dev/null) and report its wall time and peak RSS."""
    began = time.perf_counter()
    with open(os.devnull, "wb") as out:
        subprocess.run(command, stdout=out, check=True)
    wall = time.perf_counter() - began
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)  # our only child
    return {"wall_s": wall, "peak_rss_mb": usage.ru_maxrss / 1024}


def run_worker(*args: str, profile: Path | None = None) -> dict[str, Any]:
    """Run this script as a worker in a fresh process; return the JSON it prints."""
    prefix = [sys.executable]
    if profile is not None:
        prefix += ["-m", "pyinstrument", "-r", "text", "-o", str(profile)]
    done = subprocess.run(
        [*prefix, str(Path(__file__).resolve()), "--worker", *args],
        capture_output=True,
        text=True,
        cwd=REPO,
        check=False,
    )
    if done.returncode != 0:
        raise RuntimeError(f"worker {args[0]} failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


# --- 1. crawl throughput -----------------------------------------------------------------


def bench_crawl(n_articles: int, workdir: Path, profile: Path | None) -> dict[str, Any]:
    from pipelines.extract import ExtractionError, extract_article
    from replica import ReplicaServer

    for name in ("crawl.db", "fetch.db", "profiled.db"):  # crawls start from nothing
        for suffix in ("", "-wal", "-shm"):
            (workdir / f"{name}{suffix}").unlink(missing_ok=True)
    with ReplicaServer(n_europe=n_articles) as server:
        start_url = f"{server.base_url}/news/category/europe/"
        pipeline = run_worker("crawl", "pipeline", start_url, str(workdir / "crawl.db"))
        fetched = [path for method, path, _ in server.requests if method == "GET"]
        server.clear_requests()
        fetch = run_worker("crawl", "fetch", start_url, str(workdir / "fetch.db"))
        floor_fetched = [path for method, path, _ in server.requests if method == "GET"]
        if profile is not None:
            run_worker(
                "crawl", "pipeline", start_url, str(workdir / "profiled.db"), profile=profile
            )

        # The extraction floor: extract_article once per article page the crawl fetched,
        # on the same bodies, decoded as ExtractPipeline decodes them.
        pages = []
        for path in fetched:
            status, headers, body = server.site.respond("GET", path)
            if status == 200 and "/category/" not in path and path != "/robots.txt":
                pages.append((server.base_url + path, body))
        cpu = time.process_time()
        began = time.perf_counter()
        extracted = 0
        for url, body in pages:
            try:
                extract_article(body.decode("utf-8"), url)
                extracted += 1
            except ExtractionError:
                pass
        extract_wall = time.perf_counter() - began
        extract_cpu = time.process_time() - cpu

    if sorted(fetched) != sorted(floor_fetched):
        raise RuntimeError("the fetch floor did not fetch the pipeline's pages")
    stored = pipeline["articles_stored"]
    floor = fetch["wall_s"] + extract_wall
    return {
        "articles": stored,
        "pages_fetched": pipeline["responses"],
        "status": pipeline["status"],
        "wall_s": pipeline["wall_s"],
        "articles_per_s": stored / pipeline["wall_s"],
        "cpu_ms_per_article": 1000 * pipeline["cpu_s"] / stored,
        "peak_rss_mb": pipeline["peak_rss_mb"],
        "fetch_floor_s": fetch["wall_s"],
        "fetch_floor_cpu_s": fetch["cpu_s"],
        "extract_floor_s": extract_wall,
        "extract_floor_cpu_ms_per_article": 1000 * extract_cpu / max(extracted, 1),
        "floor_s": floor,
        "ratio_to_floor": pipeline["wall_s"] / floor,
    }


# --- 2. a synthetic archive --------------------------------------------------------------


def _vocabulary(size: int = 30_000) -> list[str]:
    """Words ranked for a Zipf law: the replica's article words, most frequent first, then
    invented ones up to `size` types, so mid- and low-frequency terms exist as in news text.
    """
    from collections import Counter

    from replica import build_site

    counts: Counter[str] = Counter()
    for article in build_site("http://bench.invalid", n_europe=200).expected_articles("europe"):
        counts.update(w.strip(".,;:!?“”\"'()").lower() for w in article["text"].split())
    words = [w for w, _ in counts.most_common() if w.isalpha()]
    rng = random.Random(1)
    # 16 syllables, 2 to 5 each: about a million possible words, far more than `size`.
    syllables = ["ka", "ro", "vel", "mi", "tan", "os", "ur", "le", "dra", "ni", "sto", "be"]
    syllables += ["quo", "ith", "pra", "zen"]
    seen = set(words)
    while len(words) < size:
        word = "".join(rng.choices(syllables, k=rng.randint(2, 5)))
        if word not in seen:
            seen.add(word)
            words.append(word)
    return words


def synthetic_rows(n: int, seed: int = 5) -> Iterator[dict[str, Any]]:
    """`n` article rows of realistic lengths (log-normal around 650 words), via article_row."""
    from pipelines.extract import EXTRACTOR
    from pipelines.store import article_row

    rng = random.Random(seed)
    words = _vocabulary()
    weights = [1 / (rank + 1) for rank in range(len(words))]
    cumulative = list(_accumulate(weights))
    rare_at = set(rng.sample(range(n), min(RARE_DOCS, n)))
    authors = [f"Author {i}" for i in range(40)] + [None]
    tags = ["Sanctions", "Energy", "NATO", "Elections", "Migration", "Trade", "Balkans"]
    for i in range(n):
        length = max(120, min(4000, int(rng.lognormvariate(6.4, 0.45))))
        body = rng.choices(words, cum_weights=cumulative, k=length)
        if i in rare_at:
            body[rng.randrange(length)] = RARE_TERM
        paragraphs = [" ".join(body[j : j + 60]).capitalize() + "." for j in range(0, length, 60)]
        text = "\n\n".join(paragraphs)
        day = f"20{10 + i % 15:02d}-{1 + i % 12:02d}-{1 + i % 28:02d}"
        fields = {
            "url": f"https://www.ir-ia.com/news/synthetic-article-{i}/",
            "title": " ".join(rng.choices(words[:2000], k=8)).capitalize(),
            "author": rng.choice(authors),
            "published": f"{day}T10:00:00+00:00",
            "modified": f"{day}T12:00:00+00:00",
            "categories": ["Europe", rng.choice(["News", "Analysis", "Balkans"])],
            "tags": rng.sample(tags, 2),
            "description": paragraphs[0][:160],
            "image_url": f"https://www.ir-ia.com/news/wp-content/uploads/{i}.jpg",
            "image_caption": "(Image Credit: Photographer/Agency)",
            "text": text,
            "markdown": text,
            "language": "en",
            "word_count": length,
            "content_hash": f"{i:064x}",
            "extractor": EXTRACTOR,
        }
        row = article_row(fields, fetched_at=f"{day}T12:00:00+00:00")
        yield {**row, "first_seen": row["last_fetched"], "status": "live"}


def _accumulate(values: list[float]) -> Iterator[float]:
    total = 0.0
    for value in values:
        total += value
        yield total


def build_archive(path: Path, n: int) -> dict[str, Any]:
    """The schema from pipelines.schema, rows from article_row, batched inserts.

    `upsert_article` one row at a time (one transaction each) would take too long for
    200,000 rows; insert_all in one transaction goes through the same FTS triggers.
    """
    from sqlite_utils import Database

    from pipelines.schema import ensure_schema

    db = Database(path)
    ensure_schema(db)
    began = time.perf_counter()
    with db.conn:
        db["articles"].insert_all(synthetic_rows(n), batch_size=500)
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    return {"articles": n, "build_s": time.perf_counter() - began}


def _archive_size(path: Path) -> int | None:
    """Articles in a synthetic archive kept by an earlier run (--workdir), None if none."""
    if not path.is_file():
        return None
    with sqlite3.connect(path) as connection:
        try:
            return connection.execute("select count(*) from articles").fetchone()[0]
        except sqlite3.Error:
            return None


# --- 3. search latency -------------------------------------------------------------------


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


# --- 4. export ---------------------------------------------------------------------------


def bench_export(db_path: Path, n: int) -> dict[str, Any]:
    from bench.export import run_export_bench  # the real `iria-archive export`

    # Each command in its own process, output to a file in the same folder, the
    # baseline (`sqlite-utils rows --nl`) before and after ours (its best time is kept).
    figures = run_export_bench(n, archive=db_path)
    return {"baseline": "sqlite-utils rows --nl", "source": "iria-archive export", **figures}


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
        ("  ratio to floor", f"{c['ratio_to_floor']:.2f}", "target <= 1.3"),
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


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["--worker"]:
        kind, *args = argv[1:]
        if kind == "crawl":
            result = worker_crawl(*args)
        else:
            result = worker_measure(args)
        print(json.dumps(result))
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
        "--workdir",
        type=Path,
        help="keep the databases here and reuse the synthetic archive (default: a temp dir)",
    )
    args = parser.parse_args(argv)

    began = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="iria-bench-") as tmp:
        workdir = args.workdir or Path(tmp)
        workdir.mkdir(parents=True, exist_ok=True)
        figures: dict[str, Any] = {"machine": {"cpus": os.cpu_count(), "python": sys.version}}
        print(f"crawl: {args.articles} articles ...", file=sys.stderr)
        figures["crawl"] = bench_crawl(args.articles, workdir, args.profile)
        archive = workdir / "archive.db"
        if args.workdir and _archive_size(archive) == args.archive_size:
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
    figures["total_s"] = time.perf_counter() - began
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(figures, indent=2) + "\n", "utf-8")
    print(table(figures))
    print(f"total {figures['total_s']:.0f} s; figures in {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
