"""The record of each crawl run, and the verdict on whether it did its job."""

from __future__ import annotations

import dataclasses
import json
from datetime import UTC, datetime

from sqlite_utils import Database

from iria_archive.model.evidence import SectionEvidence
from iria_archive.model.facts import RunCounters, RunFacts
from iria_archive.model.items import FetchFailure


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def start_run(db: Database, start_url: str, mode: str) -> int:
    """Insert a `running` row for a new run and return its id."""
    with db.conn:
        table = db.table("crawl_runs").insert(
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


def close_unopened_run(db: Database, run_id: int, reason: str) -> None:
    """A run stopped before its crawl began (its spider never closed): interrupted, now."""
    with db.conn:
        db.execute(
            "update crawl_runs set status = 'interrupted', reason = ?, finished = ?"
            " where id = ? and status = 'running'",
            [reason, now(), run_id],
        )


def note_conflict(db: Database, run_id: int, url: str, reason: str) -> None:
    """Record that `url`'s post id is claimed by another URL, once while it stands."""
    standing = db.execute(
        "select 1 from crawl_errors where url = ? and kind = 'conflict' and reason = ?"
        " and resolved_at is null",
        [url, reason],
    ).fetchone()
    if not standing:
        record_error(db, run_id, FetchFailure(url=url, kind="conflict", reason=reason))


def settle_conflicts(db: Database) -> None:
    """Conflicts no longer standing (one URL moved or gone, the id corrected) are resolved."""
    with db.conn:
        db.execute(
            "update crawl_errors set resolved_at = ? where kind = 'conflict'"
            " and resolved_at is null and not exists (select 1 from articles a, articles b"
            " where a.url = crawl_errors.url and a.status = 'live' and b.status = 'live'"
            " and b.url != a.url and b.post_id = a.post_id"
            " and (a.install is null or b.install is null or a.install = b.install))",
            [now()],
        )


def resolve_errors(db: Database, urls: list[str | None], up_to_run: int | None = None) -> None:
    """Pages archived after all: their earlier failures need no more retries.

    `up_to_run`: only the failures of that run and earlier ones. A page reprocessed from
    an old run's WARC file does not make good a failure a later run met (still retried).
    """
    wanted = sorted({u for u in urls if u})
    marks = ", ".join("?" * len(wanted))
    runs = "" if up_to_run is None else " and run_id <= ?"
    with db.conn:
        db.execute(
            f"update crawl_errors set resolved_at = ? where url in ({marks})"
            f" and resolved_at is null and kind != 'conflict'{runs}",
            [now(), *wanted, *([] if up_to_run is None else [up_to_run])],
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
        db.table("crawl_errors").insert(
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
    db: Database,
    run_id: int,
    status: str,
    reason: str | None,
    counters: RunCounters,
    facts: RunFacts,
    evidence: SectionEvidence | None = None,
) -> None:
    """Close the run's row with its verdict and counts: what the site says the section
    holds (`expected`), what the sources listed (`found`), and what the archive holds of
    it now (`archived`: its live articles)."""
    section = db.execute("select start_url from crawl_runs where id = ?", [run_id]).fetchone()
    archived = db.execute(
        "select count(*) from article_sections s join articles a on a.url = s.url"
        " where s.section = ? and a.status = 'live'",
        [section[0] if section else None],
    ).fetchone()[0]
    with db.conn:
        db.table("crawl_runs").update(
            run_id,
            {
                "expected": evidence.expected if evidence else None,
                "found": len(evidence.found) if evidence else None,
                "archived": archived,
                "notes": "; ".join(evidence.notes) if evidence and evidence.notes else None,
                "finished": now(),
                "status": status,
                "reason": reason,
                "pages_fetched": facts.pages_fetched,
                "articles_new": counters.new,
                "articles_updated": counters.updated,
                "articles_unchanged": counters.unchanged,
                "errors": counters.errors,
                "warc_file": facts.warc_file,
                "discovery": facts.discovery,
            },
        )


def assess_run(
    counters: RunCounters,
    facts: RunFacts,
    finish_reason: str,
    max_extraction_failure_rate: float,
    evidence: SectionEvidence | None = None,
) -> tuple[str, str | None]:
    """Return (status, reason): `ok`, `incomplete`, `interrupted` or `failed` with the cause.

    Single missing pages are normal (recorded, retried next run); a run is failed when
    it clearly did not do its job: the category archive is missing (404) or not a
    WordPress archive, nothing could be fetched, a raw page could not be kept, the
    archive layout yields no article links (a theme change), extraction fails on most
    pages, or most pages look like error pages. It is incomplete when it found less
    than the site says the section holds (iria_archive/model/evidence.py): never `ok` then.
    """
    if finish_reason == "shutdown":
        return "interrupted", "stopped by a signal before the end"
    if fatal := counters.fatal or facts.robots_unreadable:
        return "failed", fatal
    if finish_reason != "finished":
        return "failed", f"crawl ended early: {finish_reason}"
    start_url = facts.start_url or "the start URL"
    if facts.start_status in (404, 410):
        return "failed", f"the category archive {start_url} answered {facts.start_status}"
    if facts.start_redirected:
        return "failed", (
            f"the category archive {start_url} redirects to another archive:"
            f" {facts.start_redirected}"
        )
    if facts.not_wordpress and not facts.source_links:
        return "failed", f"not a WordPress category archive: {start_url}"
    if not facts.pages_reached:
        cause = counters.first_error or "no page could be fetched"
        return "failed", f"site unreachable: {cause}"
    if facts.warc_failures:
        return "failed", f"{facts.warc_failures} raw pages could not be written to the WARC file"
    if facts.listing_pages_without_articles and not facts.source_links:
        # Layout drift is an alarm only when no source (REST, feed, archive) has links.
        return "failed", "layout drift: an archive page yields no article links"
    pages, failures = facts.article_pages, facts.extraction_failures
    if pages and failures / pages > max_extraction_failure_rate:
        return "failed", f"extraction failed on {failures} of {pages} article pages"
    if pages and counters.held / pages > max_extraction_failure_rate:
        return "failed", (
            f"{counters.held} of {pages} article pages look like error pages (held back)"
        )
    if facts.mode == "full" and not counters.stored:
        return "failed", "no article archived"
    if evidence is not None and (gap := evidence.shortfall(full=facts.mode == "full")):
        return "incomplete", gap
    return "ok", None
