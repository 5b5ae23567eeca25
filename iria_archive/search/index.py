"""The search index beside the archive (`archive.db.search/`): kept in step, opened to read.

FTS5 ranks by scoring every match, so a word in most articles costs hundreds of ms at
200,000 articles (bench/README.md); tantivy's top-k search stops early. The index is a
cache of the archive, never a second source of truth:

- `sync_index` applies the change log's entries (index_log.py) newer than the index's
  own stamp (`state.json`: the archive's id and the last sequence number applied), or
  rebuilds the index when it is missing, of another archive, or of another layout. The
  crawl's store step calls it at the end of a run, `reprocess` and `reindex` after
  theirs, `serve` at start-up.
- `SearchIndex.fresh()` compares the stamp with the archive's newest log entry on every
  search: while the archive is ahead (a crawl is writing), the page falls back to FTS5
  and says so, so results are never wrong, only slower.
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import sqlite3
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

import tantivy

from iria_archive.archive.database import open_read_only
from iria_archive.search.documents import LAYOUT, document, open_index
from iria_archive.search.index_log import (
    BATCH,
    archive_stamp,
    article_rows,
    ensure_log,
    row_sql,
    sections_unlogged,
)

logger = logging.getLogger(__name__)

SUFFIX = ".search"
WRITER_HEAP = 200_000_000  # bytes tantivy buffers before it writes a segment


def index_path(db_path: str | Path) -> Path:
    """Where the search index of the archive at `db_path` lives: `archive.db.search/`."""
    db_path = Path(db_path)
    return db_path.with_name(db_path.name + SUFFIX)


# --- the index's side: its stamp -----------------------------------------------------------


@dataclass
class IndexState:
    """What `state.json` says: which archive the index mirrors, up to which log entry."""

    archive_id: str
    seq: int
    docs: int
    layout: int = LAYOUT

    @classmethod
    def read(cls, path: Path) -> IndexState | None:
        try:
            data = json.loads((path / "state.json").read_text("utf-8"))
            return cls(**data)
        except (OSError, ValueError, TypeError):
            return None

    def write(self, path: Path) -> None:
        # Written whole or not at all: a reader never sees half a stamp.
        fd, tmp = tempfile.mkstemp(dir=path, prefix=".state-", suffix=".json")
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            json.dump(self.__dict__, f)
        os.replace(tmp, path / "state.json")


def index_in_step(db_path: str | Path) -> IndexState | None:
    """The stamp of the index beside the archive when it mirrors the archive exactly, else
    None (missing, stale, of another archive or layout). Reads only; NotAnArchive if the
    file is none."""
    db = open_read_only(str(db_path))
    try:
        stamp = archive_stamp(db.conn)
    finally:
        db.close()
    state = IndexState.read(index_path(db_path))
    if stamp is None or state is None or state.layout != LAYOUT:
        return None
    return state if (state.archive_id, state.seq) == stamp else None


@dataclass
class SyncResult:
    action: str  # "fresh", "updated", "rebuilt"
    docs: int
    changed: int = 0
    seconds: float = 0.0


def sync_index(db_path: str | Path, path: Path | None = None, rebuild: bool = False) -> SyncResult:
    """Bring the index at `path` (default beside the archive) in step with the archive.

    Applies the changes logged since the index's stamp, or rebuilds it whole when it is
    missing, of another archive or layout, or `rebuild` is asked. Raises sqlite3.Error,
    OSError or ValueError (tantivy: another writer holds the index) when it cannot.
    """
    began = time.perf_counter()
    path = path or index_path(db_path)
    conn = sqlite3.connect(str(db_path), timeout=30)
    try:
        unlogged = sections_unlogged(conn)
        archive_id = ensure_log(conn)
        state = IndexState.read(path)
        if (
            unlogged
            or rebuild
            or state is None
            or state.archive_id != archive_id
            or state.layout != LAYOUT
        ):
            docs = _rebuild(conn, archive_id, path)
            return SyncResult("rebuilt", docs, docs, time.perf_counter() - began)
        changed = _apply_log(conn, state, path)
        action = "updated" if changed else "fresh"
        return SyncResult(action, state.docs, changed, time.perf_counter() - began)
    finally:
        conn.close()


def _rebuild(conn: sqlite3.Connection, archive_id: str, path: Path) -> int:
    """Index every article into a new directory, then swap it in place of the old one."""
    path.parent.mkdir(parents=True, exist_ok=True)
    new = Path(tempfile.mkdtemp(dir=path.parent, prefix=path.name + ".new-"))
    try:
        index = open_index(new)
        writer = index.writer(WRITER_HEAP)
        docs = 0
        # One read transaction: the log's stamp and the rows are of the same moment.
        conn.execute("begin")
        try:
            (seq,) = conn.execute("select coalesce(max(seq), 0) from search_log").fetchone()
            for row in article_rows(conn, row_sql(conn)):
                writer.add_document(document(row))
                docs += 1
        finally:
            conn.rollback()
        writer.commit()
        writer.wait_merging_threads()
        IndexState(archive_id, seq, docs).write(new)
        old = path.with_name(path.name + ".old")
        shutil.rmtree(old, ignore_errors=True)
        if path.exists():
            path.rename(old)
        new.rename(path)
        shutil.rmtree(old, ignore_errors=True)
    finally:
        shutil.rmtree(new, ignore_errors=True)
    logger.info("search index rebuilt: %d articles", docs)
    return docs


def _apply_log(conn: sqlite3.Connection, state: IndexState, path: Path) -> int:
    """Re-index the articles logged after the index's stamp; return how many."""
    conn.execute("begin")
    try:
        (seq,) = conn.execute("select coalesce(max(seq), 0) from search_log").fetchone()
        if seq == state.seq:
            return 0
        urls = [u for (u,) in conn.execute("select url from search_log where seq > ?", [state.seq])]
        rows = {}
        for start in range(0, len(urls), BATCH):
            chunk = urls[start : start + BATCH]
            marks = ", ".join("?" * len(chunk))
            for row in article_rows(conn, f"{row_sql(conn)} where url in ({marks})", chunk):
                rows[row["url"]] = row
    finally:
        conn.rollback()
    index = open_index(path)
    writer = index.writer(WRITER_HEAP)
    for url in urls:
        writer.delete_documents_by_term("url", url)
        if url in rows:
            writer.add_document(document(rows[url]))
    writer.commit()
    writer.wait_merging_threads()
    index.reload()
    docs = index.searcher().num_docs
    IndexState(state.archive_id, seq, docs).write(path)
    logger.info("search index updated: %d articles changed", len(urls))
    return len(urls)


def sync_after_writes(db_path: str | Path) -> None:
    """The store step's call at the end of a run: sync the index, never fail the run.

    An index that could not be synced is only slower search: the page falls back to
    FTS5 until the next sync (serve start-up, the next run, or `iria-archive reindex`).
    """
    try:
        result = sync_index(db_path)
    except (sqlite3.Error, OSError, ValueError) as error:
        logger.warning("search index not updated (search falls back to FTS5): %s", error)
        return
    logger.info(
        "search index %s (%d changed, %.1f s)", result.action, result.changed, result.seconds
    )


def copy_index(source: Path, target: Path) -> None:
    """A copy of an index that later writes to `source` leave alone.

    tantivy never rewrites a segment file, only replaces meta files by rename, so hard
    links are a consistent copy; files on another device are copied.
    """

    def link(src: str, dst: str) -> None:
        try:
            os.link(src, dst)
        except OSError:
            shutil.copy2(src, dst)

    shutil.copytree(source, target, copy_function=link, ignore=shutil.ignore_patterns("*.lock"))


# --- reading ---------------------------------------------------------------------------------


@dataclass
class SearchIndex:
    """An open index beside an archive, reopened when its stamp changes on disk."""

    path: Path
    index: tantivy.Index | None = None
    state: IndexState | None = None
    _stamp_mtime: float = field(default=-1.0, repr=False)

    def current(self) -> IndexState | None:
        """The index's stamp, reopening the index when a sync has moved it."""
        try:
            mtime = (self.path / "state.json").stat().st_mtime
        except OSError:
            self.index, self.state = None, None
            return None
        if mtime != self._stamp_mtime or self.index is None:
            state = IndexState.read(self.path)
            if state is None or state.layout != LAYOUT:
                self.index, self.state = None, None
                return None
            try:
                index = open_index(self.path)
                index.reload()
            except ValueError:
                self.index, self.state = None, None
                return None
            self.index, self.state, self._stamp_mtime = index, state, mtime
        return self.state

    def fresh(self, stamp: tuple[str, int] | None) -> bool:
        """True when the index mirrors the archive whose stamp is `stamp`, exactly."""
        state = self.current()
        return state is not None and stamp is not None and (state.archive_id, state.seq) == stamp
