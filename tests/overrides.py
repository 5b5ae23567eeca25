"""Hostile answers on chosen paths of a running replica, for the tests only.

`server.faults = Overrides({path: answer})` makes the replica answer those paths with
`answer(path_with_query) -> (status, headers, body)` and every other path as usual
(it plugs into the replica's faults hook).
"""

from __future__ import annotations

from collections.abc import Callable
from http.server import BaseHTTPRequestHandler
from typing import Any
from urllib.parse import urlsplit

Answer = Callable[[str], tuple[int, list[tuple[str, str]], bytes]]


class Overrides:
    """Paths (exact, or a prefix ending in `*`) answered by the tests' own functions."""

    def __init__(self, routes: dict[str, Answer]) -> None:
        self.routes = routes

    def _find(self, path: str) -> Answer | None:
        if path in self.routes:
            return self.routes[path]
        for pattern, answer in self.routes.items():
            if pattern.endswith("*") and path.startswith(pattern[:-1]):
                return answer
        return None

    def intercept(self, handler: BaseHTTPRequestHandler, site: Any) -> bool:
        answer = self._find(urlsplit(handler.path).path)
        if answer is None:
            return False
        status, headers, body = answer(handler.path)
        handler.send_response(status)
        for name, value in headers:
            handler.send_header(name, value)
        if not any(name.lower() == "content-length" for name, _v in headers):
            handler.send_header("Content-Length", str(len(body)))
        handler.end_headers()
        if handler.command != "HEAD":
            handler.wfile.write(body)
        return True


def redirect(location: str, status: int = 301) -> Answer:
    return lambda _path: (status, [("Location", location)], b"")


def page(body: bytes | str, content_type: str = "text/html; charset=UTF-8") -> Answer:
    data = body.encode() if isinstance(body, str) else body
    return lambda _path: (200, [("Content-Type", content_type)], data)
