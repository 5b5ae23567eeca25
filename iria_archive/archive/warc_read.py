"""Read back the WARC files the crawl wrote: verified pages only, and recovery of files
a killed run left open. What `reprocess` and the store's start-up need; no Scrapy.

A record is taken only when warcio read it whole and both its digests (block and
payload) matched, so a record cut by a kill or a damaged file is never taken for a page.
The page's encoding is found as the crawl found it (w3lib's detection, which Scrapy uses).
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from w3lib.encoding import html_to_unicode
from warcio.archiveiterator import ArchiveIterator

from iria_archive.model.items import ArticlePage, SourceHints, hints_from_json
from iria_archive.model.urls import canonical_url

logger = logging.getLogger(__name__)


def read_pages(path: Path, problems: list[str] | None = None) -> Iterator[tuple[int, ArticlePage]]:
    """(offset, page) of each verified HTML response record of a WARC file, oldest first.

    A record whose digests do not match (cut by a kill, damaged) is skipped and noted
    in `problems`; a file cut short yields what precedes the cut.
    """
    noted = problems if problems is not None else []
    with path.open("rb") as stream:
        records = ArchiveIterator(stream, check_digests=True)
        pending: tuple[int, ArticlePage, str] | None = None
        end = 0  # where the last whole record ends
        try:
            for record in records:
                offset = records.offset  # where this record starts (nothing read yet)
                if record.rec_type == "metadata" and pending is not None:
                    if record.rec_headers.get_header("WARC-Concurrent-To") == pending[2]:
                        pending[1].hints = _hints(record)
                elif record.rec_type == "response" and record.http_headers is not None:
                    if pending is not None:
                        yield pending[0], pending[1]
                        pending = None
                    page = _page(record)
                    if page is not None and _verified(record):
                        pending = (offset, page, record.rec_headers.get_header("WARC-Record-ID"))
                    elif page is not None:
                        noted.append(f"{path.name}@{offset}: {page.url}: record fails its digests")
                end = offset + records.get_record_length()
        except Exception as error:  # warcio/gzip raise several kinds on a truncated file
            noted.append(f"{path.name}: ends early ({type(error).__name__}: {error})")
            logger.warning("WARC file %s ends early (%s); using what precedes", path.name, error)
        else:
            if path.stat().st_size > end:
                noted.append(f"{path.name}: ends early (a cut record after byte {end})")
        if pending is not None:
            yield pending[0], pending[1]


def _verified(record: Any) -> bool:
    """Whether the record was read whole and both its digests matched."""
    record.raw_stream.read()  # the digests are checked when the block is read to its end
    checker = record.digest_checker
    return checker.passed is True and not checker.problems


def _hints(record: Any) -> SourceHints | None:
    raw = record.content_stream().read()
    return hints_from_json(raw) if _verified(record) else None


def _page(record: Any) -> ArticlePage | None:
    status = int(record.http_headers.get_statuscode() or 0)
    if status != 200:
        return None
    url = record.rec_headers.get_header("WARC-Target-URI")
    headers = dict(record.http_headers.headers)
    body = record.content_stream().read()
    # The crawl's encoding detection (w3lib's, which Scrapy uses): the Content-Type
    # header, a BOM, the page's meta charset, then UTF-8 or windows-1252.
    content_type = next((v for k, v in headers.items() if k.lower() == "content-type"), None)
    encoding, _text = html_to_unicode(content_type, body, auto_detect_fun=_guess_encoding)
    return ArticlePage(
        url=canonical_url(url),
        final_url=url,
        status=status,
        headers=headers,
        body=body,
        encoding=encoding,
        listing_url=None,
        fetched_at=record.rec_headers.get_header("WARC-Date").replace("Z", "+00:00"),
    )


def _guess_encoding(body: bytes) -> str | None:
    for candidate in ("utf-8", "cp1252"):
        try:
            body.decode(candidate)
        except UnicodeDecodeError:
            continue
        return candidate
    return None


def recover_file(path: Path) -> tuple[Path, int]:
    """Close a WARC file a killed run left open: keep its complete, verified records.

    The file is cut after its last record that reads whole with matching digests and
    renamed without `.open`; returns (the new path, how many records it keeps).
    """
    good_end, kept = 0, 0
    with path.open("rb") as stream:
        records = ArchiveIterator(stream, check_digests=True)
        try:
            for record in records:
                record.content_stream().read()
                if not _verified(record):
                    break
                good_end = records.get_record_offset() + records.get_record_length()
                kept += 1
        except Exception:  # a cut gzip member: what precedes it is kept
            pass
    with path.open("r+b") as stream:
        stream.truncate(good_end)
        os.fsync(stream.fileno())
    final = path.with_name(path.name.removesuffix(".open"))
    path.rename(final)
    return final, kept


def recover_open_files(db: Any, folder: Path) -> list[tuple[str, int]]:
    """Recover the `.open` WARC files of this archive's runs that died (not another's).

    Only files named in this archive's crawl_runs are touched: another archive may
    share the folder, and its running crawl's file is not ours to close.
    """
    recovered = []
    names = [
        name
        for (name,) in db.execute(
            "select warc_file from crawl_runs where warc_file is not null"
            " and status in ('interrupted', 'running', 'failed')"
        )
    ]
    for name in names:
        open_path = folder / f"{name}.open"
        if open_path.is_file() and not (folder / name).exists():
            _final, kept = recover_file(open_path)
            recovered.append((name, kept))
    return recovered
