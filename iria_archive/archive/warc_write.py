"""Keep every fetched article response as WARC records: one gzip WARC file per run.

WARC is what web archivists' tools read, and it is what `iria-archive reprocess`
rebuilds the archive from. (scrapy-webarchive needs Scrapy < 2.12, hence warcio.)
The file is written as `<name>.warc.gz.open` and renamed when the run closes, so a
file without `.open` is complete; each record is flushed before the article is
stored, so every archived article has its raw page on disk. A page whose records
cannot be written (disk full) is not stored either: it becomes a recorded failure,
fetched again by the next run. Every record carries WARC-Block-Digest and
WARC-Payload-Digest (warcio computes them) and is read back (`warc_read.py`) only when
they match, so a record cut by a kill or a truncated file is never taken for a page. What the
discovery source said about a page (its SourceHints) follows the response as a
`metadata` record (application/json, WARC-Concurrent-To the response).
"""

from __future__ import annotations

import dataclasses
import itertools
import json
import logging
import os
from datetime import UTC, datetime
from io import BytesIO
from pathlib import Path
from typing import IO
from urllib.parse import urlsplit

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from iria_archive.model.items import ArticlePage

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
        # One process crawls several sections in turn, often within one second: a file
        # of its own each (never opened over, never renamed over, an earlier run's).
        for n in itertools.count():
            self.name = f"iria-{stamp}-{os.getpid()}{f'-{n}' if n else ''}.warc.gz"
            self.final_path = folder / self.name
            self.open_path = folder / f"{self.name}.open"
            if self.final_path.exists():
                continue
            try:
                self._file: IO[bytes] = self.open_path.open("xb")
            except FileExistsError:
                continue
            break
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
            length=0,
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
        records = [request, response]
        if page.hints is not None:
            hints = json.dumps(dataclasses.asdict(page.hints)).encode()
            records.append(
                self._writer.create_warc_record(
                    url,
                    "metadata",
                    payload=BytesIO(hints),
                    length=len(hints),
                    warc_content_type="application/json",
                    warc_headers_dict={
                        "WARC-Date": date,
                        "WARC-Concurrent-To": response.rec_headers["WARC-Record-ID"],
                    },
                )
            )
        start = self._file.tell()
        try:
            for record in records:
                self._writer.write_record(record)
            self._file.flush()
            os.fsync(self._file.fileno())
        except OSError:
            # Disk full or the like: cut what was half written, so the file stays a
            # sequence of complete records and the next page can still be kept.
            try:
                self._file.seek(start)
                self._file.truncate()
            except OSError:
                pass
            raise

    def close(self) -> None:
        self._file.close()
        self.open_path.rename(self.final_path)
