"""Export speed and peak memory on a synthetic archive: `uv run python bench/export.py [N]`.

Builds an archive of N synthetic articles (default 100,000) through the project's own
store code (`open_archive`, `article_row`, `upsert_article`: the path a crawl takes,
FTS triggers included; only fsync is off), then times `iria-archive export` as JSON
Lines and CSV, each in its own process, with `sqlite-utils rows --nl` on the same table
as a baseline. Peak memory is the child's ru_maxrss. Prints the figures; asserts
nothing. Several sizes (`bench/export.py 10000 100000`) show whether memory stays flat.
"""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from iria_archive.archive.rows import article_row, open_archive, upsert_article  # noqa: E402

WORDS = (
    "the government said talks on energy trade sanctions border election parliament "
    "minister reform security agreement corridor grain pipeline protest court budget "
    "coalition referendum migration summit treaty inflation"
).split()
CATEGORIES = ["Europe", "Balkans", "Baltics", "Caucasus", "News", "Analysis"]


def synthetic_fields(i: int, rng: random.Random) -> dict:
    """One plausible article: ~150 words of text in three paragraphs, dates across 10 years."""
    paragraphs = [" ".join(rng.choices(WORDS, k=50)).capitalize() + "." for _ in range(3)]
    text = "\n\n".join(paragraphs)
    day = 1_420_070_400 + i * 3000  # from 2015 on, a few minutes apart
    published = time.strftime("%Y-%m-%dT%H:%M:%S+00:00", time.gmtime(day))
    return {
        "url": f"https://www.ir-ia.com/news/synthetic-article-{i}/",
        "title": " ".join(rng.choices(WORDS, k=8)).capitalize(),
        "author": f"Author {i % 97}",
        "published": published,
        "modified": None,
        "categories": rng.sample(CATEGORIES, 2),
        "tags": rng.sample(WORDS, 3),
        "description": " ".join(rng.choices(WORDS, k=20)),
        "image_url": None,
        "image_caption": None,
        "text": text,
        "markdown": text,
        "language": "en",
        "word_count": len(text.split()),
        "content_hash": f"{i:064x}",
        "extractor": "bench",
    }


def build_archive(path: Path, n_articles: int) -> float:
    """Store `n_articles` through upsert_article; return the seconds it took."""
    rng = random.Random(4)
    start = time.perf_counter()
    db = open_archive(str(path))
    # One fsync per upsert would make the build the slowest part by far; a bench archive
    # need not survive a power cut. Everything else is the crawl's own write path.
    db.execute("PRAGMA synchronous = OFF")
    for i in range(n_articles):
        upsert_article(db, article_row(synthetic_fields(i, rng), "2026-01-01T00:00:00+00:00"))
    db.close()
    return time.perf_counter() - start


GNU_TIME = Path("/usr/bin/time")


def measure(args: list[str], output: Path) -> tuple[float, float]:
    """Run `args` with stdout to /dev/null; return (seconds, peak RSS in MB) of the child.

    Every command writes to /dev/null (the baseline too): the figure is the command's,
    not the disk's. `output` names the scratch file of the RSS figure. Peak RSS is GNU
    time's %M when installed: the child's own ru_maxrss counts the pages it shared with
    this process until exec.
    """
    prefix = [str(GNU_TIME), "-f", "%M", "-o", f"{output}.rss"] if GNU_TIME.exists() else []
    with open(os.devnull, "wb") as out:
        start = time.perf_counter()
        process = subprocess.Popen([*prefix, *args], stdout=out, cwd=REPO)
        _, status, usage = os.wait4(process.pid, 0)
        seconds = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        raise RuntimeError(f"{args} failed")
    if prefix:
        return seconds, int(Path(f"{output}.rss").read_text().split()[-1]) / 1024
    return seconds, usage.ru_maxrss / 1024  # ru_maxrss is in KiB on Linux


def run_export_bench(n_articles: int, archive: Path | None = None) -> dict:
    """Export an N-article archive (built here unless `archive` is given); rows/s for
    jsonl, csv and the baseline, and peak memory."""
    with tempfile.TemporaryDirectory(prefix="iria-bench-") as tmp:
        db_path = archive or Path(tmp, "archive.db")
        build_seconds = None if archive else build_archive(db_path, n_articles)
        export = [sys.executable, "-m", "iria_archive", "export", "--db", str(db_path)]
        baseline = [sys.executable, "-m", "sqlite_utils", "rows", str(db_path), "articles", "--nl"]
        # The baseline first and last: the file's pages are as cached for it as for ours.
        base_s, base_rss = measure(baseline, Path(tmp, "baseline.jsonl"))
        jsonl_s, jsonl_rss = measure(export, Path(tmp, "a.jsonl"))
        csv_s, csv_rss = measure([*export, "--format", "csv"], Path(tmp, "a.csv"))
        again_s, _ = measure(baseline, Path(tmp, "baseline.jsonl"))
        base_s = min(base_s, again_s)
        # Included in every export figure above: starting the CLI (it imports Scrapy).
        startup_s, _ = measure([sys.executable, "-m", "iria_archive", "--help"], Path(tmp, "h"))
        return {
            "n_articles": n_articles,
            "archive_mb": round(db_path.stat().st_size / 2**20, 1),
            "build_rows_per_s": round(n_articles / build_seconds) if build_seconds else None,
            "jsonl_rows_per_s": round(n_articles / jsonl_s),
            "csv_rows_per_s": round(n_articles / csv_s),
            "baseline_rows_per_s": round(n_articles / base_s),
            "jsonl_peak_rss_mb": round(jsonl_rss, 1),
            "csv_peak_rss_mb": round(csv_rss, 1),
            "baseline_peak_rss_mb": round(base_rss, 1),
            "peak_rss_mb": round(max(jsonl_rss, csv_rss), 1),
            "cli_startup_s": round(startup_s, 2),
        }


if __name__ == "__main__":
    sizes = [int(arg) for arg in sys.argv[1:]] or [100_000]
    for n in sizes:
        print(json.dumps(run_export_bench(n)), flush=True)
