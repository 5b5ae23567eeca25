"""Record a run's items into the archive: the one write path of crawls and `reprocess`.

A `RunRecorder` is opened on an archive for one run (a crawl of one section, or a
reprocess of stored pages); `record(item)` takes every kind of item the crawl yields
(an article's fields, a failure, a 304, a redirect, what the site offers, a feed's
validators) and applies the archive's rules: an archived article that answers 404/410
is marked gone, one whose page names another URL as its own has moved there (any other
URL becomes an alias), a WordPress post whose slug changed has moved to its new URL,
the failures of a page archived after all are resolved, and the section that listed
the article is noted. `finish()` judges the run and closes its record.

No Scrapy here (pipelines/store.py adapts this to a Scrapy item pipeline); the caller
holds the archive's lock (iria_archive/archive/lock.py) and owns the database connection, so one
process may record several runs in a row.
"""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from iria_archive.archive.guard import soft_error
from iria_archive.archive.rows import (
    add_to_section,
    article_row,
    carry_sections,
    choose_url,
    mark_status,
    same_post,
    save_alias,
    save_source,
    save_validators,
    touch_article,
    upsert_article,
)
from iria_archive.archive.runs import (
    assess_run,
    close_stale_runs,
    finish_run,
    note_conflict,
    record_error,
    record_warc_file,
    resolve_errors,
    settle_conflicts,
    start_run,
)
from iria_archive.archive.warc_read import recover_open_files
from iria_archive.model.evidence import SectionEvidence
from iria_archive.model.facts import RunCounters, RunFacts
from iria_archive.model.items import (
    ArticleNotModified,
    ArticleRedirected,
    FetchFailure,
    PageValidators,
    SourceInfo,
)

logger = logging.getLogger(__name__)


class RunRecorder:
    """Writes one run's items into an archive and keeps its counters.

    A crawl's recorder has a `crawl_runs` row (`start`); a reprocess's has none
    (`for_reprocess`): its pages come from earlier runs, it never revives an article or
    holds one back, and what a crawl would note in `crawl_errors` is only logged.
    """

    def __init__(
        self,
        db: Database,
        run_id: int | None,
        section: str | None,
        mode: str,
        reprocessing: bool = False,
        dry_run: bool = False,
    ) -> None:
        self.db = db
        self.run_id = run_id
        self.section = section
        self.mode = mode
        self.reprocessing = reprocessing
        self.dry_run = dry_run
        self.counters = RunCounters()
        # Archived URLs whose post id another URL claims now: the crawl asks them again.
        self.recheck: list[str] = []
        self._warc_file: str | None = None

    @classmethod
    def start(cls, db: Database, start_url: str, mode: str, warc_folder: Path) -> RunRecorder:
        """Open a crawl run of the section `start_url` (`full` or `incremental`).

        The caller holds the lock: a run still marked running died without closing its
        record, and its WARC file left open keeps its complete records.
        """
        close_stale_runs(db)
        _recover(db, warc_folder)
        return cls(db, start_run(db, start_url, mode), start_url, mode)

    @classmethod
    def for_reprocess(cls, db: Database, warc_folder: Path, dry_run: bool = False) -> RunRecorder:
        """A recorder for re-extracted stored pages (`dry_run`: count, write nothing)."""
        if not dry_run:
            _recover(db, warc_folder)
        return cls(db, None, None, "reprocess", reprocessing=True, dry_run=dry_run)

    def warc_file(self, name: str | None) -> None:
        """Name the run's WARC file in its record as soon as it exists, so a killed
        run's file is still known to be its own."""
        if name != self._warc_file and self.run_id is not None:
            record_warc_file(self.db, self.run_id, name)
            self._warc_file = name

    def record(self, item: Any, page_run: int | None = None) -> str | None:
        """Record one item; for an article, say what happened to it.

        `page_run`: the run that fetched a reprocessed page (its errors up to that run
        are the ones the page makes good). Returns new, updated, unchanged, older or
        held for an article, `failed` for a failure, None for anything else.
        """
        if isinstance(item, FetchFailure):
            self._failure(item)
            return "failed"
        if isinstance(item, ArticleNotModified):
            changed = item.hints.changed if item.hints else None
            touch_article(self.db, item.url, item.fetched_at, changed)
            self._listed(item.url, item.fetched_at)
            resolve_errors(self.db, [item.url])
            self.counters.unchanged += 1
            return "unchanged"
        if isinstance(item, ArticleRedirected):
            self._moved(item.url, item.target)
        elif isinstance(item, SourceInfo):
            save_source(self.db, item)
        elif isinstance(item, PageValidators):
            save_validators(self.db, item)
        else:
            return self._article(item, page_run)
        return None

    def finish(
        self,
        finish_reason: str,
        facts: RunFacts,
        max_failure_rate: float,
        evidence: SectionEvidence | None = None,
    ) -> tuple[str, str | None]:
        """Judge the run (iria_archive/archive/runs.py assess_run) and close its record."""
        facts.mode, facts.start_url = self.mode, self.section
        if not self.dry_run:
            settle_conflicts(self.db)
        status, why = assess_run(self.counters, facts, finish_reason, max_failure_rate, evidence)
        if self.run_id is not None:
            try:
                finish_run(self.db, self.run_id, status, why, self.counters, facts, evidence)
            except sqlite3.Error as error:  # the verdict still goes to the caller
                logger.error("Could not record the run's end: %s", error)
        return status, why

    def _failure(self, item: FetchFailure) -> None:
        counters = self.counters
        if item.kind == "article" and item.status in (404, 410) and not self.dry_run:
            # An archived article that disappeared stays, marked gone.
            if mark_status(self.db, item.url, "gone"):
                counters.gone += 1
        decision = item.kind in ("skipped", "protected")  # not failures
        if decision:
            counters.skipped += 1
        else:
            counters.errors += 1
            counters.first_error = counters.first_error or f"{item.url}: {item.reason}"
        if item.kind == "protected":  # a settled decision, kept to be seen
            logger.info("Not archived: %s is password-protected", item.url)
            self._note(item)
            return
        logger.warning("Could not archive %s (%s): %s", item.url, item.kind, item.reason)
        if self.run_id is not None:
            record_error(self.db, self.run_id, item)

    def _article(self, item: dict[str, Any], page_run: int | None) -> str:
        counters = self.counters
        row = article_row(item, item["fetched_at"])
        requested = item.get("requested_url")
        if note := choose_url(self.db, row, requested, item.get("final_url")):
            counters.canonical_rejected += 1
            logger.warning("%s: %s", requested, note)
            self._note(FetchFailure(url=row["url"], kind="canonical", reason=note))
        outcome = upsert_article(self.db, row, self.reprocessing, self.dry_run)
        counters.count(outcome)
        if outcome == "held":
            existing = self.db.table("articles").get(row["url"])
            reason = soft_error(existing, row) or "held back"
            logger.warning("Not archived over the archive: %s (%s)", row["url"], reason)
            failure = FetchFailure(url=row["url"], kind="held", reason=reason, status=200)
            assert self.run_id is not None  # a reprocess never holds a page back
            record_error(self.db, self.run_id, failure, at=item["fetched_at"])
            return outcome
        if outcome == "older" or self.dry_run:
            return outcome
        url = row["url"]
        if row.get("post_id"):
            self._same_post(url, row["post_id"], row.get("install"))
        if requested and requested != url:
            # The page names another URL as its own (rel=canonical).
            self._moved(requested, url)
        resolve_errors(self.db, [url, requested], page_run or self.run_id)
        self._listed(url, item["fetched_at"])
        return outcome

    def _same_post(self, url: str, post_id: int, install: str | None) -> None:
        """Another live URL with this post's id: a renamed post, or an id that is not one
        (two installs' ids mixed up, a site giving one id to many posts). An id match
        alone never moves an article: both stay, the conflict is recorded, and the other
        URL is asked again (`recheck`), whose redirect or canonical link settles it."""
        for other in same_post(self.db, url, post_id, install):
            self.counters.conflicts += 1
            self.recheck.append(other)
            logger.warning("Post id %d is claimed by %s and %s: both kept", post_id, other, url)
            if self.run_id is not None:
                for mine, theirs in ((url, other), (other, url)):
                    reason = f"post id {post_id} is also claimed by {theirs}"
                    note_conflict(self.db, self.run_id, mine, reason)

    def _moved(self, old: str, url: str) -> None:
        """An archived article at `old` has moved to `url`; any other `old` is an alias."""
        if mark_status(self.db, old, "moved", moved_to=url):
            self.counters.moved += 1
        else:
            save_alias(self.db, old, url)
        carry_sections(self.db, old, url)

    def _listed(self, url: str, when: str) -> None:
        if self.section is not None:
            add_to_section(self.db, url, self.section, when)

    def _note(self, failure: FetchFailure) -> None:
        """A decision worth seeing in `errors`, already settled (resolved at once)."""
        if self.run_id is not None:
            record_error(self.db, self.run_id, failure, resolved=True)


def _recover(db: Database, warc_folder: Path) -> None:
    # A killed run left its WARC file open: keep its complete records, close it.
    for name, kept in recover_open_files(db, warc_folder):
        logger.warning("Recovered %s (%d complete records) left by a killed run", name, kept)
