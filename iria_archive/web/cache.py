"""A cache of the pages a reader asks for, valid while the archive's files are unchanged.

Serving reads the archive and nothing else changes a page (issue 20, item 5): Datasette
spends ~15-20 ms of CPU on each search or article page, and the same pages are asked for
again and again. Each server process keeps the last answers it gave, by URL, up to
CACHE_BYTES, under a change stamp of the served files (size and modification time of each
database and its write-ahead log): a crawl's commit changes the stamp, and every page
is made afresh. An immutable snapshot (`serve --public`) never changes.

Only what is the same for every reader is kept: a GET or HEAD without cookie or
credentials, answered 200 with HTML or JSON and no cookie, no arbitrary SQL.
"""

from __future__ import annotations

import os
from collections import OrderedDict
from typing import Any
from urllib.parse import parse_qs

CACHE_BYTES = 8 * 1024 * 1024  # per server process: ~500 article pages
MAX_PAGE_BYTES = 1024 * 1024  # a bigger answer (an export, a stream) passes through
CACHED_TYPES = (b"text/html", b"application/json")
# Asked of Datasette per request, not of the archive: SQL typed by the reader, traces.
UNCACHED_ARGS = frozenset({"sql", "_trace", "_timelimit"})


def archive_stamp(datasette: Any) -> tuple:
    """Size and modification time of every served file that can change, with its WAL."""
    stamp = []
    for db in datasette.databases.values():
        if not db.path or not db.is_mutable:
            continue
        for path in (db.path, db.path + "-wal"):
            try:
                info = os.stat(path)
            except OSError:
                continue
            stamp.append((path, info.st_size, info.st_mtime_ns))
    return tuple(stamp)


def cacheable_request(scope: dict[str, Any]) -> bool:
    if scope["type"] != "http" or scope["method"] not in ("GET", "HEAD"):
        return False
    if scope["path"].startswith("/-/"):
        return False  # Datasette's own pages: settings, actor, plugins
    if any(name in (b"cookie", b"authorization") for name, _ in scope.get("headers", [])):
        return False
    query = scope.get("query_string", b"").decode("latin-1")
    return not UNCACHED_ARGS.intersection(parse_qs(query, keep_blank_values=True))


def cacheable_response(status: int, headers: list[tuple[bytes, bytes]]) -> bool:
    if status != 200:
        return False
    names = {name.lower(): value for name, value in headers}
    return b"set-cookie" not in names and names.get(b"content-type", b"").startswith(CACHED_TYPES)


class PageCache:
    """The answers (start message, body) by (method, path, query), least recently used out."""

    def __init__(self, capacity: int = CACHE_BYTES) -> None:
        self.capacity = capacity
        self.size = 0
        self.stamp: tuple | None = None
        self.pages: OrderedDict[tuple, tuple[dict[str, Any], bytes]] = OrderedDict()

    def get(self, key: tuple, stamp: tuple) -> tuple[dict[str, Any], bytes] | None:
        if stamp != self.stamp:
            self.pages.clear()
            self.size, self.stamp = 0, stamp
            return None
        page = self.pages.get(key)
        if page is not None:
            self.pages.move_to_end(key)
        return page

    def put(self, key: tuple, stamp: tuple, start: dict[str, Any], body: bytes) -> None:
        if stamp != self.stamp:
            return  # the archive changed while the page was made
        self.pages[key] = (start, body)
        self.size += len(body)
        while self.size > self.capacity:
            _, (_, dropped) = self.pages.popitem(last=False)
            self.size -= len(dropped)


def asgi_wrapper(datasette: Any) -> Any:
    """Answer from the cache when it can; keep what Datasette answers when it may."""
    cache = PageCache()

    def wrap(app: Any) -> Any:
        async def cached(scope: dict, receive: Any, send: Any) -> None:
            if not cacheable_request(scope):
                await app(scope, receive, send)
                return
            # The host too: Datasette writes absolute links (a JSON page's next_url) with it.
            host = next((v for k, v in scope.get("headers", []) if k == b"host"), b"")
            path = scope.get("raw_path") or scope["path"]
            key = (scope["method"], host, path, scope.get("query_string", b""))
            stamp = archive_stamp(datasette)
            page = cache.get(key, stamp)
            if page is not None:
                cached_start, body = page
                await send(cached_start)
                await send({"type": "http.response.body", "body": body})
                return
            start: dict[str, Any] = {}
            chunks: list[bytes] = []
            size = 0

            async def keeping(message: dict) -> None:
                nonlocal start, size
                if message["type"] == "http.response.start":
                    if cacheable_response(message["status"], message.get("headers", [])):
                        start = message
                elif message["type"] == "http.response.body" and start:
                    size += len(message.get("body", b""))
                    if size > MAX_PAGE_BYTES:
                        start = {}
                        chunks.clear()
                    else:
                        chunks.append(message.get("body", b""))
                        if not message.get("more_body", False):
                            cache.put(key, stamp, start, b"".join(chunks))
                await send(message)

            await app(scope, receive, keeping)

        return cached

    return wrap
