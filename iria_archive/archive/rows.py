"""The archive's rows an item changes: articles, aliases, sections, sources.

Row-level writes of the record path (iria_archive/archive/record.py), each one transaction, with
no Scrapy in them: the crawl and `reprocess` both write through here.
"""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import parse_qsl, urlsplit

from sqlite_utils import Database

from iria_archive.archive.columns import BOOKKEEPING_COLUMNS, CONTENT_COLUMNS
from iria_archive.archive.database import open_for_writing
from iria_archive.archive.guard import canonical_problem, earlier_date, same_date, soft_error
from iria_archive.archive.runs import now
from iria_archive.model.items import PageValidators, SourceInfo
from iria_archive.model.urls import canonical_url

# A change in these keeps the previous version in `revisions`; other fields (tags,
# description...) are corrected in place.
_REVISED = ("title", "text", "modified", "content_hash")


def open_archive(path: str) -> Database:
    """Open (creating if needed) the archive at `path`, schema up to date."""
    return open_for_writing(path)


def article_row(fields: dict[str, Any], fetched_at: str) -> dict[str, Any]:
    """The `articles` content columns for extracted fields (lists become JSON arrays)."""
    row = {name: fields.get(name) for name in CONTENT_COLUMNS}
    row["categories"] = json.dumps(fields.get("categories") or [], ensure_ascii=False)
    row["tags"] = json.dumps(fields.get("tags") or [], ensure_ascii=False)
    row["extractor"] = fields.get("extractor")
    row["http_etag"] = fields.get("http_etag")
    row["http_last_modified"] = fields.get("http_last_modified")
    hints = fields.get("hints")
    row["source_changed"] = getattr(hints, "changed", None)
    row["last_fetched"] = fetched_at
    return row


def _older(existing: dict[str, Any], row: dict[str, Any], newest_revision: str | None) -> bool:
    """Whether a stored page is older than the version the archive holds (reprocess)."""
    fetched = row["last_fetched"]
    if existing.get("text_fetched"):
        if fetched < existing["text_fetched"]:
            return True
    elif newest_revision and fetched <= newest_revision:
        return True  # an archive of before text_fetched: a superseded version's page
    new, old = row.get("modified"), existing.get("modified")
    return bool(new and old and earlier_date(new, old))  # instants, not strings


# Rows are read and written with plain statements, not sqlite-utils' Table.get/insert/
# update: those introspect the table on every call (0.4-1.1 ms each against 0.03 ms for
# the statement, measured on a 28-column table), a cost paid per article by every crawl
# and by reprocess. Schema changes and everything else go through sqlite-utils.


def _get(db: Database, table: str, where: str, params: list[Any]) -> dict[str, Any] | None:
    cursor = db.execute(f"select * from [{table}] where {where}", params)
    values = cursor.fetchone()
    if values is None:
        return None
    return dict(zip([c[0] for c in cursor.description], values, strict=True))


def _insert(db: Database, table: str, row: dict[str, Any]) -> None:
    # Inside db.atomic() (see upsert_article): part of the caller's transaction.
    columns = ", ".join(f"[{k}]" for k in row)
    marks = ", ".join("?" * len(row))
    db.execute(f"insert into [{table}] ({columns}) values ({marks})", list(row.values()))


def _update(db: Database, url: str, changes: dict[str, Any]) -> None:
    sets = ", ".join(f"[{k}] = ?" for k in changes)
    db.execute(f"update articles set {sets} where url = ?", [*changes.values(), url])


def upsert_article(
    db: Database, row: dict[str, Any], reprocessing: bool = False, dry_run: bool = False
) -> str:
    """Insert or update one article in one transaction; return what happened.

    `new`, `updated`, `unchanged`; `held` when the text looks like an error page (see
    soft_error; nothing written); with `reprocessing`, `older` when the stored page is
    older than the archived version (nothing written). When the text, title or declared
    modification changed, the previous version goes to `revisions` in the same
    transaction. A re-extraction never changes an article's status. With `dry_run`,
    only say what would happen.
    """
    url, fetched = row["url"], row["last_fetched"]
    # db.atomic(), not `with db.conn`: sqlite-utils commits each write of its own
    # (execute, insert, update) unless a transaction it can see is open.
    with db.atomic():
        existing = _get(db, "articles", "url = ?", [url])
        if existing is None:
            if dry_run:
                return "new"
            _insert(
                db,
                "articles",
                {**row, "first_seen": fetched, "text_fetched": fetched, "status": "live"},
            )
            return "new"
        if reprocessing:
            newest_revision = db.execute(
                "select max(fetched_at) from revisions where url = ?", [url]
            ).fetchone()[0]
            if _older(existing, row, newest_revision):
                return "older"
        elif soft_error(existing, row):
            return "held"
        changes = dict(row)
        changes["source_changed"] = row.get("source_changed") or existing.get("source_changed")
        changes["text_fetched"] = max(fetched, existing.get("text_fetched") or "")
        # A re-extraction of an older stored page must not move last_fetched back.
        changes["last_fetched"] = max(fetched, existing["last_fetched"])
        if not reprocessing and existing["status"] != "live":
            changes.update(status="live", status_changed=fetched, moved_to=None)
        content = {k: v for k, v in row.items() if k not in BOOKKEEPING_COLUMNS}
        if all(existing.get(k) == v for k, v in content.items()):
            if dry_run:
                return "unchanged"
            # The stamp follows the rules that read the page: an unchanged text
            # re-extracted under new rules carries the new stamp.
            keep = (
                *("last_fetched", "text_fetched", "source_changed", "http_etag", "extractor"),
                *("http_last_modified", "status", "status_changed", "moved_to"),
            )
            _update(db, url, {k: changes[k] for k in keep if k in changes})
            return "unchanged"
        if dry_run:
            return "updated"
        revisions = existing["revision_count"] or 0
        # The same moment written in another offset is a correction, not a new version.
        if any(
            not same_date(existing.get(k), row[k]) if k == "modified" else existing.get(k) != row[k]
            for k in _REVISED
        ):
            _insert(
                db,
                "revisions",
                {
                    "url": url,
                    "fetched_at": existing.get("text_fetched") or existing["last_fetched"],
                    "reason": "reextracted" if reprocessing else "edited",
                }
                | {
                    k: existing[k]
                    for k in ("modified", "content_hash", "title", "text", "markdown", "extractor")
                },
            )
            revisions += 1
        _update(db, url, {**changes, "revision_count": revisions})
        return "updated"


def choose_url(
    db: Database, row: dict[str, Any], requested: str | None, final_url: str | None = None
) -> str | None:
    """Store the article under its canonical URL only when that is safe; say why not.

    The canonical link (row["url"]) is checked against the URL the page was fetched
    at (after redirects). It is used when it names that very page (the same path, or
    the fetched URL had a query string), or an archived article with the same text
    (a duplicate); otherwise row["url"] becomes the fetched URL: a page that claims
    another article's URL, the home page or a listing keeps its own.
    """
    canonical = row["url"]
    fetched = canonical_url(final_url or requested or canonical)
    if canonical == fetched:
        return None
    problem = canonical_problem(fetched, canonical)
    if problem is None and _same_page(fetched, canonical):
        return None  # the page's own URL without its extra query: one article
    if problem is None:
        other = _get(db, "articles", "url = ?", [canonical])
        if other is not None:
            alias = _get(db, "aliases", "alias = ? and url = ?", [fetched, canonical])
            if alias is None and other["content_hash"] != row["content_hash"]:
                problem = "another archived article's URL"
        elif urlsplit(fetched).path != urlsplit(canonical).path and not urlsplit(fetched).query:
            problem = "another page's URL, not this page's own"
    if problem is None:
        return None
    row["url"] = fetched
    return f"canonical link {canonical} not used: {problem}"


def _same_page(fetched: str, canonical: str) -> bool:
    """The canonical link is the fetched URL less query parameters (`post/?v=3` ->
    `post/`, `?p=5&v=3` -> `?p=5`): WordPress's page for the same post."""
    a, b = urlsplit(fetched), urlsplit(canonical)
    if (a.scheme, a.netloc, a.path) != (b.scheme, b.netloc, b.path) or not a.query:
        return False
    return set(parse_qsl(b.query)) <= set(parse_qsl(a.query))


def same_post(db: Database, url: str, post_id: int, install: str | None) -> list[str]:
    """Other live articles of the same WordPress post: the same id in the same install.

    An id is unique only within its install (two installs on one host share ids); an
    article archived before installs were recorded counts when it is on the same host.
    """
    host = urlsplit(url).netloc
    return [
        other
        for other, other_install in db.execute(
            "select url, install from articles where post_id = ? and url != ? and status = 'live'",
            [post_id, url],
        ).fetchall()
        if (
            other_install == install
            if other_install and install
            else urlsplit(other).netloc == host
        )
    ]


def add_to_section(db: Database, url: str, section: str, when: str) -> None:
    """Record that the section `section` (its start URL) lists the article at `url`."""
    with db.conn:
        db.execute(
            "insert or ignore into article_sections (url, section, first_seen) values (?, ?, ?)",
            [url, section, when],
        )


def carry_sections(db: Database, old: str, url: str) -> None:
    """The article at `old` is now the one at `url`: the sections listing it list `url`."""
    with db.conn:
        db.execute(
            "insert or ignore into article_sections (url, section, first_seen)"
            " select ?, section, first_seen from article_sections where url = ?",
            [url, old],
        )


def mark_status(db: Database, url: str, status: str, moved_to: str | None = None) -> bool:
    """Mark a live archived article gone or moved (never deleted); False if not archived."""
    with db.conn:
        cursor = db.execute(
            "update articles set status = ?, status_changed = ?, moved_to = ?"
            " where url = ? and status = 'live'",
            [status, now(), moved_to, url],
        )
    return cursor.rowcount > 0


def touch_article(
    db: Database, url: str, fetched_at: str, source_changed: str | None = None
) -> None:
    """A 304 for a known article: it is live and unchanged as of `fetched_at`."""
    with db.conn:
        db.execute(
            "update articles set last_fetched = ?, status = 'live', moved_to = null,"
            " source_changed = coalesce(?, source_changed) where url = ?",
            [fetched_at, source_changed, url],
        )


def save_alias(db: Database, alias: str, url: str) -> None:
    """Remember that `alias` leads to the article at `url`."""
    with db.conn:
        db.table("aliases").upsert({"alias": alias, "url": url}, pk="alias")


def save_source(db: Database, source: SourceInfo) -> None:
    """Remember what the site offers for incremental runs of this section."""
    with db.conn:
        db.table("sources").upsert(
            {
                "start_url": source.start_url,
                "api_root": source.api_root,
                "category_ids": json.dumps(source.category_ids),
                "updated": now(),
            },
            pk="start_url",
        )


def save_validators(db: Database, page: PageValidators) -> None:
    """Remember a discovery page's validators for the next run's conditional request."""
    with db.conn:
        db.table("page_validators").upsert(
            {"url": page.url, "etag": page.etag, "last_modified": page.last_modified}, pk="url"
        )
