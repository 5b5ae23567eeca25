"""Keep every fetched article response as WARC records: one gzip WARC file per run.

WARC is what web archivists' tools read, and it is what `iria-archive reprocess`
rebuilds the archive from. (scrapy-webarchive needs Scrapy < 2.12, hence warcio.)
The file is written as `<name>.warc.gz.open` and renamed when the run closes, so a
file without `.open` is complete; each record is flushed before the article is
stored, so every archived article has its raw page on disk.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from datetime import UTC, datetime
from io import BytesIO
from pathlib import Path
from typing import IO, Any
from urllib.parse import urlsplit

from scrapy.http import HtmlResponse
from warcio.archiveiterator import ArchiveIterator
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from scraper.items import ArticlePage
from scraper.urls import canonical_url

logger = logging.getLogger(__name__)

# The body Scrapy hands over is already decoded from gzip/chunked transfer: headers
# describing the wire encoding would make the record lie about its payload.
_WIRE_HEADERS = {"content-encoding", "transfer-encoding", "content-length"}


def warc_dir(db_path: str) -> Path:
    """The WARC folder of an archive: `warc/` beside the database file."""
    return Path(db_path).resolve().parent / "warc"


class WarcWriter:
    """Appends request/response record pairs to one gzip WARC file."""

    def __init__(self, folder: Path) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
        self.name = f"iria-{stamp}-{os.getpid()}.warc.gz"
        self.final_path = folder / self.name
        self.open_path = folder / f"{self.name}.open"
        self._file: IO[bytes] = self.open_path.open("wb")
        self._writer = WARCWriter(self._file, gzip=True)
        info = self._writer.create_warcinfo_record(
            self.name,
            {"software": "iria-archive (Scrapy, warcio)", "format": "WARC File Format 1.1"},
        )
        self._writer.write_record(info)

    def write(self, page: ArticlePage) -> None:
        date = page.fetched_at.replace("+00:00", "Z")
        url = page.final_url
        parts = urlsplit(url)
        target = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
        request = self._writer.create_warc_record(
            url,
            "request",
            payload=BytesIO(b""),
            http_headers=StatusAndHeaders(
                f"GET {target} HTTP/1.1",
                [("Host", parts.netloc), *page.request_headers.items()],
                is_http_request=True,
            ),
            warc_headers_dict={"WARC-Date": date},
        )
        headers = [(k, v) for k, v in page.headers.items() if k.lower() not in _WIRE_HEADERS]
        headers.append(("Content-Length", str(len(page.body))))
        response = self._writer.create_warc_record(
            url,
            "response",
            payload=BytesIO(page.body),
            length=len(page.body),
            http_headers=StatusAndHeaders(f"{page.status} OK", headers, protocol="HTTP/1.1"),
            warc_headers_dict={
                "WARC-Date": date,
                "WARC-Concurrent-To": request.rec_headers["WARC-Record-ID"],
            },
        )
        self._writer.write_record(request)
        self._writer.write_record(response)
        self._file.flush()

    def close(self) -> None:
        self._file.close()
        self.open_path.rename(self.final_path)


class WarcPipeline:
    """Writes each fetched article page to the run's WARC file, before it is stored."""

    def __init__(self, crawler: Any) -> None:
        self.stats = crawler.stats
        self.folder = Path(
            crawler.settings.get("IRIA_WARC_DIR") or warc_dir(crawler.settings.get("IRIA_DB_PATH"))
        )
        self.writer: WarcWriter | None = None

    @classmethod
    def from_crawler(cls, crawler: Any) -> WarcPipeline:
        return cls(crawler)

    def process_item(self, item: Any) -> Any:
        if isinstance(item, ArticlePage):
            if self.writer is None:  # only runs that fetch something get a file
                self.writer = WarcWriter(self.folder)
                self.stats.set_value("iria/warc_file", self.writer.name)
            self.writer.write(item)
        return item

    def close_spider(self) -> None:
        if self.writer is not None:
            self.writer.close()


def read_pages(path: Path) -> Iterator[tuple[int, ArticlePage]]:
    """(offset, page) of each HTML response record of a WARC file, oldest first.

    A file cut short (a run killed mid-write) yields what it holds before the cut.
    """
    with path.open("rb") as stream:
        records = ArchiveIterator(stream)
        try:
            for record in records:
                if record.rec_type != "response" or record.http_headers is None:
                    continue
                offset = records.get_record_offset()
                page = _page(record)
                if page is not None:
                    yield offset, page
        except Exception as error:  # warcio/gzip raise several kinds on a truncated file
            logger.warning("WARC file %s ends early (%s); using what precedes", path.name, error)


def read_page_at(path: Path, offset: int) -> ArticlePage | None:
    """The page of the response record at `offset` of a WARC file."""
    with path.open("rb") as stream:
        stream.seek(offset)
        return _page(next(iter(ArchiveIterator(stream))))


def _page(record: Any) -> ArticlePage | None:
    status = int(record.http_headers.get_statuscode() or 0)
    if status != 200:
        return None
    url = record.rec_headers.get_header("WARC-Target-URI")
    headers = dict(record.http_headers.headers)
    body = record.content_stream().read()
    # The same encoding detection as the crawl (Scrapy's, from headers, meta, BOM).
    response = HtmlResponse(url=url, body=body, headers=headers)
    return ArticlePage(
        url=canonical_url(url),
        final_url=url,
        status=status,
        headers=headers,
        body=body,
        encoding=response.encoding,
        listing_url=None,
        fetched_at=record.rec_headers.get_header("WARC-Date").replace("Z", "+00:00"),
    )
