"""What the archive already holds, so the spider can plan an incremental run: read once
at the start, but the articles themselves only as the sources name them."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from iria_archive.model.dates import instant
from iria_archive.model.items import SourceHints, hints_from_json


@dataclass
class KnownArticle:
    """An archived article's last known state and its HTTP validators."""

    changed: str | None  # the page's own modified (or published) date
    etag: str | None
    last_modified: str | None
    # The change stamp a discovery source (REST modified_gmt, sitemap lastmod, feed
    # <updated>) gave when the article was last fetched: what the next run compares.
    source_changed: str | None = None

    @property
    def last_change(self) -> str | None:
        """What a source's stamp is compared with: its own earlier stamp, else the page's."""
        return self.source_changed or self.changed


class KnownArticles(Mapping[str, KnownArticle]):
    """The archive's live articles, each read when asked for (through the covering
    index iria_archive/archive/schema.py keeps), so a run that lists little reads little: a
    no-change run costs the same at 1,000 articles as at 100,000."""

    _QUERY = (
        "select coalesce(modified, published), http_etag, http_last_modified, {stamp}"
        " from articles {index} where url = ? and status = 'live'"
    )

    def __init__(self, db_path: str) -> None:
        # Read-only, and its own connection: the store writes through another.
        self._db = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True, check_same_thread=False)
        columns = {row[1] for row in self._db.execute("pragma table_info(articles)")}
        self._has_stamp = "source_changed" in columns
        stamp = "source_changed" if self._has_stamp else "null"
        # The row itself holds the text before the validators: the index answers alone.
        indexed = self._db.execute(
            "select 1 from sqlite_master where type = 'index' and name = 'articles_crawl_state'"
        ).fetchone()
        index = "indexed by articles_crawl_state" if indexed else ""
        self._query = self._QUERY.format(stamp=stamp, index=index)

    def close(self) -> None:
        self._db.close()

    def __getitem__(self, url: str) -> KnownArticle:
        row = self._db.execute(self._query, [url]).fetchone()
        if row is None:
            raise KeyError(url)
        return KnownArticle(*row)

    def __contains__(self, url: object) -> bool:
        try:
            self[url]  # type: ignore[index]
        except KeyError:
            return False
        return True

    def __iter__(self) -> Iterator[str]:
        rows = self._db.execute("select url from articles where status = 'live'")
        return (url for (url,) in rows)

    def __len__(self) -> int:
        live = "select count(*) from articles where status = 'live'"
        return int(self._db.execute(live).fetchone()[0])

    def sample(self, size: int) -> list[str]:
        """Up to `size` URLs spread over the archive (what a permalink shape learns from)."""
        count = len(self)
        step = max(1, count // size)
        rows = self._db.execute(
            "select url from articles where status = 'live' and rowid % ? = 0 limit ?",
            [step, size],
        )
        return [url for (url,) in rows] or list(self)[:size]

    def newest_change(self, section: str | None) -> str | None:
        """The latest change stamp of the live articles the section `section` (its start
        URL) lists, of all of them for None, as last_change reads it. Sources' stamps are
        UTC ISO strings, compared as text in SQL; others are parsed."""
        stamp = "a.source_changed" if self._has_stamp else "null"
        join, args = "", []
        if section is not None:
            join, args = "join article_sections s on s.url = a.url and s.section = ?", [section]
        live = f"from articles a {join} where a.status = 'live'"
        (newest,) = self._db.execute(
            f"select max({stamp}) {live} and {stamp} is not null", args
        ).fetchone()
        others = [
            changed
            for (changed,) in self._db.execute(
                f"select coalesce(a.modified, a.published) {live}"
                f" and {stamp} is null and coalesce(a.modified, a.published) is not null",
                args,
            )
        ]
        return max([*others, *([newest] if newest else [])], key=_sortable, default=None)


@dataclass
class CrawlState:
    """Known articles, URLs to retry, and what the site offers for cheap updates."""

    known: Mapping[str, KnownArticle] = field(default_factory=dict)
    # Links an archive page may show that need no fetch: old slugs of archived
    # articles, pages that answered 404/410.
    settled_links: set[str] = field(default_factory=set)
    retry: list[str] = field(default_factory=list)
    # What the source said of each URL to retry, when the failed run knew it.
    retry_hints: dict[str, SourceHints] = field(default_factory=dict)
    # ETag / Last-Modified of discovery pages (feeds) by URL, from their last fetch.
    page_validators: dict[str, tuple[str | None, str | None]] = field(default_factory=dict)
    api_root: str | None = None
    category_ids: list[int] = field(default_factory=list)
    last_run_ok: bool = False  # else the next run walks everything (resuming a cut run)

    section: str | None = None  # the section's start URL
    # The archived articles this section lists (known holds every section's); None in
    # an archive that does not say which section lists what.
    in_section: set[str] | None = None

    @property
    def newest_source_change(self) -> str | None:
        """The latest change stamp of this section's articles (in the site's clock):
        where a REST `modified_after` query starts."""
        if isinstance(self.known, KnownArticles):
            return self.known.newest_change(None if self.in_section is None else self.section)
        stamps = [
            k.last_change
            for url, k in self.known.items()
            if k.last_change and (self.in_section is None or url in self.in_section)
        ]
        return max(stamps, key=_sortable, default=None)


def load_crawl_state(db_path: str, start_url: str) -> CrawlState:
    """Read the crawl state from the archive; an archive not yet created is empty."""
    if not Path(db_path).exists():
        return CrawlState()
    db = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    try:
        tables = {name for (name,) in db.execute("select name from sqlite_master")}
        if "articles" not in tables:
            return CrawlState()
        state = CrawlState(known=KnownArticles(db_path), section=start_url)
        state.settled_links = {url for (url,) in db.execute("select alias from aliases")}
        state.settled_links |= {
            url
            for (url,) in db.execute(
                "select url from crawl_errors where kind = 'protected' or resolved_at is null"
                " and (status in (404, 410) or reason like 'too large%'"
                " or reason like 'redirect off the site%')"
            )
        }
        # Failures that may heal, not yet made good: timeouts, connection errors, 5xx,
        # 429, redirect loops, failed extractions, robots.txt refusals. Asked again
        # first thing on the next run (a 404/410 is an answer: the next full walk asks).
        # Each section retries its own failures (those of its runs).
        state.retry = [
            url
            for (url,) in db.execute(
                "select distinct e.url from crawl_errors e join crawl_runs r on r.id = e.run_id"
                " where r.start_url = ? and e.resolved_at is null"
                " and (e.kind in ('extraction', 'skipped') or e.kind = 'article' and"
                " (e.status is null or e.status between 300 and 399 or e.status >= 500"
                " or e.status = 429)) and e.reason not like 'too large%'"
                " and e.reason not like 'redirect off the site%' order by e.id",
                [start_url],
            )
        ]
        state.settled_links |= set(state.retry)  # asked for anyway: no reason to walk on
        if "hints" in {row[1] for row in db.execute("pragma table_info(crawl_errors)")}:
            for url, hints in db.execute(
                "select url, hints from crawl_errors where resolved_at is null"
                " and hints is not null order by id"
            ):
                if url in state.retry and (parsed := hints_from_json(hints)) is not None:
                    state.retry_hints[url] = parsed
        if "page_validators" in tables:
            state.page_validators = {
                url: (etag, last_modified)
                for url, etag, last_modified in db.execute(
                    "select url, etag, last_modified from page_validators"
                )
            }
        # A failed or cut run of another section leaves this one incremental.
        last = db.execute(
            "select status from crawl_runs where start_url = ? order by id desc limit 1",
            [start_url],
        ).fetchone()
        state.last_run_ok = bool(last and last[0] == "ok")
        has_sections = (
            "article_sections" in tables
            and db.execute("select 1 from article_sections limit 1").fetchone()
        )
        if has_sections:
            state.in_section = {
                url
                for (url,) in db.execute(
                    "select url from article_sections where section = ?", [start_url]
                )
            }
        source = db.execute(
            "select api_root, category_ids from sources where start_url = ?", [start_url]
        ).fetchone()
        if source:
            state.api_root = source[0]
            state.category_ids = json.loads(source[1] or "[]")
        return state
    finally:
        db.close()


def _sortable(value: str) -> datetime:
    """A stamp as an instant; an unreadable one sorts first."""
    try:
        return instant(value)
    except ValueError:
        return datetime.min.replace(tzinfo=UTC)
