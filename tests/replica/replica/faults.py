"""A faults mode for the replica: the ways a real site misbehaves, each on chosen paths.

`ReplicaServer(faults=Faults(...))` (or `server.faults = ...` between runs, `None` to
heal the site) answers the listed paths badly and every other path exactly as usual.
Each fault is bounded in time: the slowest one sleeps `slow_seconds` once per request.
`Faults.standard(site)` puts one fault of each kind on its own Europe article, so a
test can tell which article suffered what.
"""

from __future__ import annotations

import dataclasses
import threading
import time
from collections import Counter
from http.server import BaseHTTPRequestHandler

from .content import Block, Post, body_text
from .site import HTML, Site

# The paragraph the windows-1252 page gains: characters whose windows-1252 bytes
# (0xE9, 0x92, 0x80) are not their latin-1 ones, so a wrong decode shows.
CP1252_PARAGRAPH = (
    "Café owners in the old town said the new levy of €5 a night won’t deter visitors, "
    "but the tourism board’s figures suggest otherwise."
)
# Malformed markup: a stray </html> and unclosed tags inside the article body.
MALFORMED_TAIL = "<p>Unclosed paragraph<div><span>and an unclosed span</html><b>bold"


@dataclasses.dataclass(kw_only=True)
class Faults:
    """Which path misbehaves how. Paths are the request path without the query.

    Counted faults (`unavailable`, `server_error`) fail that many requests, then the
    path answers normally; the others last as long as the faults are on.
    """

    unavailable: dict[str, int] = dataclasses.field(default_factory=dict)  # 503s, then OK
    server_error: dict[str, int] = dataclasses.field(default_factory=dict)  # 500s, then OK
    slow: set[str] = dataclasses.field(default_factory=set)  # answers after slow_seconds
    slow_seconds: float = 3.0
    truncated: set[str] = dataclasses.field(default_factory=set)  # closed mid-body
    redirect_loop: set[str] = dataclasses.field(default_factory=set)  # /a/ -> /a -> /a/
    oversized: set[str] = dataclasses.field(default_factory=set)  # padded to oversized_bytes
    oversized_bytes: int = 4 * 1024 * 1024
    windows_1252: set[str] = dataclasses.field(default_factory=set)  # meta charset only
    malformed: set[str] = dataclasses.field(default_factory=set)
    empty: set[str] = dataclasses.field(default_factory=set)  # 200, no body
    robots_disallow: set[str] = dataclasses.field(default_factory=set)

    def __post_init__(self) -> None:
        self._served: Counter[tuple[str, str]] = Counter()
        self._lock = threading.Lock()

    @classmethod
    def standard(cls, site: Site) -> Faults:
        """One fault of each kind, each on its own plain Europe article; page 2 fails once."""
        traps = set(map(id, site.traps.values()))
        plain = [
            p
            for p in site.category_posts("europe")
            if id(p) not in traps and not p.old_slug and not p.sticky and not p.deleted
        ]
        paths = [_path(p) for p in plain]
        if len(paths) < 10:
            raise ValueError("the site needs at least 10 plain Europe articles for the faults")
        return cls(
            unavailable={paths[0]: 2},
            slow={paths[1]},
            truncated={paths[2]},
            redirect_loop={paths[3]},
            oversized={paths[4]},
            windows_1252={paths[5]},
            malformed={paths[6]},
            empty={paths[7]},
            robots_disallow={paths[8]},
            server_error={"/news/category/europe/page/2/": 1},
        )

    # -- what a perfect crawl gets out of the faulty pages -----------------------------

    def expected_text(self, site: Site, path: str) -> str:
        """The article text of `path` as the faulty page carries it."""
        return body_text(self._served_post(site, path))

    def _served_post(self, site: Site, path: str) -> Post:
        post = next(p for p in site.live if _path(p) == path)
        if path in self.windows_1252:
            return dataclasses.replace(post, blocks=(*post.blocks, Block("p", CP1252_PARAGRAPH)))
        return post

    # -- HTTP ------------------------------------------------------------------------

    def intercept(self, handler: BaseHTTPRequestHandler, site: Site) -> bool:
        """Answer the request if a fault applies to it (True), else leave it alone (False)."""
        if handler.command not in ("GET", "HEAD"):
            return False
        path, _, query = handler.path.partition("#")[0].partition("?")
        if path == "/robots.txt" and self.robots_disallow:
            status, headers, body = site.respond("GET", path)
            extra = "".join(f"Disallow: {p}\n" for p in sorted(self.robots_disallow))
            body = body.replace(b"User-agent: *\n", f"User-agent: *\n{extra}".encode())
            _send(handler, status, _without_length(headers), body)
        elif self._counted(self.unavailable, "unavailable", path):
            _send(handler, 503, [("Content-Type", HTML), ("Retry-After", "0")], b"Busy")
        elif self._counted(self.server_error, "server_error", path):
            _send(handler, 500, [("Content-Type", HTML)], b"Internal Server Error")
        elif path in self.slow:
            time.sleep(self.slow_seconds)  # the client has given up by now
            return False
        elif path in self.truncated:
            status, headers, body = site.respond("GET", path)
            _send(handler, status, _without_length(headers), body, cut=len(body) // 2)
        elif path in self.redirect_loop or path.rstrip("/") in self.redirect_loop:
            # The classic WordPress misconfiguration: the slash is added, then removed.
            target = path.rstrip("/") if path.endswith("/") else path + "/"
            location = site.base_url + target + (f"?{query}" if query else "")
            _send(handler, 301, [("Location", location), ("Content-Type", HTML)], b"")
        elif path in self.oversized:
            status, headers, body = site.respond("GET", path)
            padding = b" " * max(0, self.oversized_bytes - len(body))
            _send(handler, status, _without_length(headers), body + padding)
        elif path in self.windows_1252:
            page = site._article(self._served_post(site, path))[2].decode()
            # The charset only in the page: the header says text/html, no more.
            page = page.replace('<meta charset="UTF-8">', '<meta charset="windows-1252">')
            body = page.encode("cp1252", errors="xmlcharrefreplace")
            _send(handler, 200, [("Content-Type", "text/html")], body)
        elif path in self.malformed:
            status, headers, body = site.respond("GET", path)
            page = body.decode().replace("</body>", MALFORMED_TAIL + "</body>")
            # Every closing </p> of the page dropped: the parser has to close them itself.
            page = page.replace("</p>", "")
            _send(handler, status, _without_length(headers), page.encode())
        elif path in self.empty:
            _send(handler, 200, [("Content-Type", HTML)], b"")
        else:
            return False
        return True

    def _counted(self, rule: dict[str, int], kind: str, path: str) -> bool:
        """True for the first `rule[path]` requests of `path`."""
        if path not in rule:
            return False
        with self._lock:
            self._served[kind, path] += 1
            return self._served[kind, path] <= rule[path]


def _path(post: Post) -> str:
    return f"/news/{post.slug}/"


def _without_length(headers: list[tuple[str, str]]) -> list[tuple[str, str]]:
    return [(k, v) for k, v in headers if k.lower() != "content-length"]


def _send(
    handler: BaseHTTPRequestHandler,
    status: int,
    headers: list[tuple[str, str]],
    body: bytes,
    cut: int | None = None,
) -> None:
    """Send a response; with `cut`, promise the whole body, send `cut` bytes and hang up."""
    handler.send_response(status)
    for name, value in headers:
        handler.send_header(name, value)
    handler.send_header("Content-Length", str(len(body)))
    if cut is not None:
        handler.send_header("Connection", "close")
    handler.end_headers()
    if handler.command != "HEAD":
        handler.wfile.write(body if cut is None else body[:cut])
    if cut is not None:
        handler.wfile.flush()
        handler.close_connection = True
