"""The crawl's speed against its floor: the real crawl vs the same walk fetching only, plus
extraction alone on the same pages.

Scrapy's reactor starts once per process, so each crawl runs in a subprocess
(`bench/run.py --worker crawl ...`), which reports its own wall time, CPU time and peak RSS.
"""

from __future__ import annotations

import json
import resource
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
WORKER_SCRIPT = REPO / "bench" / "run.py"

# Throttling off, as in tests/conftest.py FAST: we measure the pipeline, not politeness.
FAST_SETTINGS: dict[str, Any] = {
    "AUTOTHROTTLE_ENABLED": False,
    "DOWNLOAD_DELAY": 0,
    "CONCURRENT_REQUESTS": 8,
    "CONCURRENT_REQUESTS_PER_DOMAIN": 8,
    "IRIA_PROGRESS": False,
    "LOG_LEVEL": "ERROR",
}


def _usage() -> dict[str, float]:
    """CPU seconds and peak RSS (MB) of this process so far."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return {"cpu_s": usage.ru_utime + usage.ru_stime, "peak_rss_mb": usage.ru_maxrss / 1024}


def worker_crawl(mode: str, start_url: str, db_path: str) -> dict[str, Any]:
    """Crawl the replica: `pipeline` (the real crawl) or `fetch` (the same walk, no items)."""
    # Imported before the clock starts, in both modes alike.
    import iria_archive.extraction.article  # noqa: F401
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


def run_worker(*args: str, profile: Path | None = None) -> dict[str, Any]:
    """Run bench/run.py as a worker in a fresh process; return the JSON it prints."""
    prefix = [sys.executable]
    if profile is not None:
        prefix += ["-m", "pyinstrument", "-r", "text", "-o", str(profile)]
    done = subprocess.run(
        [*prefix, str(WORKER_SCRIPT), "--worker", *args],
        capture_output=True,
        text=True,
        cwd=REPO,
        check=False,
    )
    if done.returncode != 0:
        raise RuntimeError(f"worker {args[0]} failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def bench_crawl(n_articles: int, workdir: Path, profile: Path | None) -> dict[str, Any]:
    from iria_archive.extraction.article import ExtractionError, extract_article
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
