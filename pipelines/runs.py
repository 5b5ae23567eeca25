"""The record of each crawl run, and the verdict on whether it did its job."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

from sqlite_utils import Database

from scraper.items import FetchFailure


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def start_run(db: Database, start_url: str, mode: str) -> int:
    """Insert a `running` row for a new run and return its id."""
    with db.conn:
        table = db["crawl_runs"].insert(
            {"started": now(), "status": "running", "start_url": start_url, "mode": mode}
        )
    assert table.last_pk is not None
    return int(table.last_pk)


def close_stale_runs(db: Database) -> None:
    """Runs still `running` while we hold the lock were killed: say so in their record."""
    with db.conn:
        db.execute(
            "update crawl_runs set status = 'interrupted', reason = 'the crawl process died'"
            " where status = 'running'"
        )


def resolve_errors(db: Database, urls: list[str | None]) -> None:
    """Pages archived after all: their earlier failures need no more retries."""
    wanted = sorted({u for u in urls if u})
    marks = ", ".join("?" * len(wanted))
    with db.conn:
        db.execute(
            f"update crawl_errors set resolved_at = ? where url in ({marks})"
            " and resolved_at is null",
            [now(), *wanted],
        )


def record_error(
    db: Database,
    run_id: int,
    failure: FetchFailure,
    at: str | None = None,
    resolved: bool = False,
) -> None:
    """Keep a page that could not be had, with its reason, in the run's record.

    `at`: when it happened (a held page: its fetch time, by which reprocess knows it);
    `resolved`: a decision already settled, kept to be seen.
    """
    when = at or now()
    with db.conn:
        db["crawl_errors"].insert(
            {
                "run_id": run_id,
                "url": failure.url,
                "kind": failure.kind,
                "status": failure.status,
                "reason": failure.reason,
                "at": when,
                "resolved_at": when if resolved else None,
                "hints": json.dumps(dataclasses.asdict(failure.hints)) if failure.hints else None,
            }
        )


def record_warc_file(db: Database, run_id: int, name: str | None) -> None:
    """Name the run's WARC file in its record as soon as it exists."""
    with db.conn:
        db.execute("update crawl_runs set warc_file = ? where id = ?", [name, run_id])


def finish_run(
    db: Database, run_id: int, status: str, reason: str | None, stats: Mapping[str, Any]
) -> None:
    """Close the run's row with its verdict and counts."""
    with db.conn:
        db["crawl_runs"].update(
            run_id,
            {
                "finished": now(),
                "status": status,
                "reason": reason,
                "pages_fetched": stats.get("downloader/response_count", 0),
                "articles_new": stats.get("iria/articles_new", 0),
                "articles_updated": stats.get("iria/articles_updated", 0),
                "articles_unchanged": stats.get("iria/articles_unchanged", 0),
                "errors": stats.get("iria/errors", 0),
                "warc_file": stats.get("iria/warc_file"),
                "discovery": stats.get("iria/discovery"),
            },
        )


def assess_run(
    stats: Mapping[str, Any], finish_reason: str, max_extraction_failure_rate: float
) -> tuple[str, str | None]:
    """Return (status, reason): `ok`, `interrupted` or `failed` with the cause.

    Single missing pages are normal; a run is failed when it clearly did not do its job:
    the category archive is missing (404) or not a WordPress archive, nothing could be
    fetched, a raw page could not be kept, the archive layout yields no article links
    (a theme change), extraction fails on most pages, or most pages look like error
    pages. `iria/start_status` and `iria/not_wordpress` are set by the spider.
    """
    if finish_reason == "shutdown":
        return "interrupted", "stopped by a signal before the end"
    if fatal := stats.get("iria/fatal"):
        return "failed", fatal
    if finish_reason != "finished":
        return "failed", f"crawl ended early: {finish_reason}"
    reached = sum(
        stats.get(f"iria/{key}", 0)
        for key in ("listing_pages", "discovery_pages", "article_pages", "not_modified")
    )
    start_status = stats.get("iria/start_status")
    start_url = stats.get("iria/start_url") or "the start URL"
    if start_status in (404, 410):
        return "failed", f"the category archive {start_url} answered {start_status}"
    if stats.get("iria/not_wordpress") and not stats.get("iria/source_links"):
        return "failed", f"not a WordPress category archive: {start_url}"
    if not reached:
        cause = stats.get("iria/first_error") or "no page could be fetched"
        return "failed", f"site unreachable: {cause}"
    if warc_failures := stats.get("iria/warc_failures", 0):
        return "failed", f"{warc_failures} raw pages could not be written to the WARC file"
    if stats.get("iria/listing_pages_without_articles", 0) and not stats.get(
        "iria/source_links", 0
    ):
        # Layout drift is an alarm only when no source (REST, feed, archive) has links.
        return "failed", "layout drift: an archive page yields no article links"
    pages = stats.get("iria/article_pages", 0)
    failures = stats.get("iria/extraction_failures", 0)
    if pages and failures / pages > max_extraction_failure_rate:
        return "failed", f"extraction failed on {failures} of {pages} article pages"
    held = stats.get("iria/held", 0)
    if pages and held / pages > max_extraction_failure_rate:
        return "failed", f"{held} of {pages} article pages look like error pages (held back)"
    if stats.get("iria/mode") == "full" and not stats.get("iria/articles_stored", 0):
        return "failed", "no article archived"
    return "ok", None
