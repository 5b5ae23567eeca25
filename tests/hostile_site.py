"""Hostile variants of the replica for the safety tests: article pages rewritten at will.

`Rewrite(transform)` plugs into `ReplicaServer(faults=...)` (the same hook as
tests/replica/replica/faults.py) and answers every article page with `transform(path, html)`,
always 200 and without validators, as a misbehaving site would.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler
from urllib.parse import urlsplit

from replica import Site

# A maintenance plugin's page: enough prose for an extractor to take it for an article.
MAINTENANCE = """<!DOCTYPE html><html lang="en"><head><meta charset="UTF-8">
<title>Down for maintenance</title></head><body><main><article>
<h1 class="entry-title">We will be back shortly</h1>
<div class="entry-content">
<p>Our website is currently undergoing scheduled maintenance while we upgrade our
servers and install the latest security updates for our readers.</p>
<p>We apologise for any inconvenience this may cause and thank you for your patience.
Please check back in a few hours, when every page will be available again as usual.</p>
<p>If you need to reach the editorial team in the meantime, write to the address on our
contact page and someone will answer your message as soon as the work is finished.</p>
</div></article></main></body></html>"""


def article_paths(site: Site) -> set[str]:
    return {urlsplit(site.post_url(post)).path for post in site.posts}


class Rewrite:
    """Answer article pages with `transform(path, html)` (200, no ETag/Last-Modified)."""

    def __init__(self, transform: Callable[[str, str], str]) -> None:
        self.transform = transform

    def intercept(self, handler: BaseHTTPRequestHandler, site: Site) -> bool:
        path = handler.path.split("?")[0]
        if handler.command != "GET" or path not in article_paths(site):
            return False
        status, headers, body = site.respond("GET", path, {})
        if status != 200:
            return False
        page = self.transform(path, body.decode()).encode()
        handler.send_response(200)
        handler.send_header("Content-Type", "text/html; charset=UTF-8")
        handler.send_header("Content-Length", str(len(page)))
        handler.end_headers()
        handler.wfile.write(page)
        return True


class RedirectPrefix:
    """301 every request under `old` (the path prefix) to the same place under `new`,
    as a redirect plugin does when a category is renamed or merged."""

    def __init__(self, old: str, new: str) -> None:
        self.old, self.new = old, new

    def intercept(self, handler: BaseHTTPRequestHandler, site: Site) -> bool:
        if not handler.path.startswith(self.old):
            return False
        handler.send_response(301)
        handler.send_header("Location", site.base_url + self.new + handler.path[len(self.old) :])
        handler.send_header("Content-Length", "0")
        handler.end_headers()
        return True


class RestIgnoresPaging:
    """The REST API answers every page of a collection (`route`: `wp/v2/posts` or
    `wp/v2/categories`) with its first page and claims `total_pages` pages, as a cache
    or a plugin that drops `?page=` does."""

    def __init__(self, route: str, total_pages: int = 100_000) -> None:
        self.route, self.total_pages = route, total_pages

    def intercept(self, handler: BaseHTTPRequestHandler, site: Site) -> bool:
        path, _, query = handler.path.partition("?")
        if handler.command != "GET" or not path.endswith(self.route):
            return False
        first = "&".join(p for p in query.split("&") if not p.startswith("page="))
        status, headers, body = site.respond("GET", f"{path}?{first}", {})
        handler.send_response(status)
        for name, value in headers:
            if name.lower() not in ("content-length", "x-wp-totalpages", "link"):
                handler.send_header(name, value)
        handler.send_header("X-WP-TotalPages", str(self.total_pages))
        handler.send_header("Content-Length", str(len(body)))
        handler.end_headers()
        handler.wfile.write(body)
        return True


def _answer(
    handler: BaseHTTPRequestHandler,
    status: int,
    headers: list[tuple[str, str]],
    body: bytes,
    drop: tuple[str, ...] = (),
) -> bool:
    """Send one answer: `headers` but its Content-Length (and `drop`), then `body`."""
    handler.send_response(status)
    for name, value in headers:
        if name.lower() not in ("content-length", *drop):
            handler.send_header(name, value)
    handler.send_header("Content-Length", str(len(body)))
    handler.end_headers()
    handler.wfile.write(body)
    return True


class RestPosts:
    """The REST API's post objects rewritten by `transform(posts)` (`wp/v2/posts`), as a
    plugin that fills in the wrong fields would."""

    def __init__(self, transform: Callable[[list[dict]], list[dict]]) -> None:
        self.transform = transform

    def intercept(self, handler: BaseHTTPRequestHandler, site: Site) -> bool:
        if handler.command != "GET" or not handler.path.split("?")[0].endswith("wp/v2/posts"):
            return False
        status, headers, body = site.respond("GET", handler.path, dict(handler.headers))
        if status != 200:
            return False
        page = json.dumps(self.transform(json.loads(body))).encode()
        return _answer(handler, 200, headers, page, drop=("etag", "last-modified"))


class SecondInstall:
    """A second WordPress install on the same host, under `/blog/` (as two installs side
    by side, or Multisite in subdirectory mode): its own posts, whose ids repeat the
    first install's, served by another replica Site whose `/news/` becomes `/blog/`."""

    def __init__(self, site: Site) -> None:
        self.site = site

    def intercept(self, handler: BaseHTTPRequestHandler, _first: Site) -> bool:
        if not handler.path.startswith("/blog/"):
            return False
        path = "/news/" + handler.path[len("/blog/") :]
        status, headers, body = self.site.respond(handler.command, path, dict(handler.headers))
        body = body.replace(b"/news/", b"/blog/").replace(b"\\/news\\/", b"\\/blog\\/")
        moved = [
            (name, value.replace("/news/", "/blog/") if name.lower() == "location" else value)
            for name, value in headers
        ]
        return _answer(handler, status, moved, body)


class QueryCopies:
    """The category feed lists one article `copies` times as `?v=1` ... `?v=N`, and the
    article's page carries a counter that changes on every request, as a cache-busting
    plugin and a view counter together do."""

    def __init__(self, post_path: str, marker: str, copies: int = 300) -> None:
        self.post_path, self.marker, self.copies = post_path, marker, copies
        self.served = 0

    def intercept(self, handler: BaseHTTPRequestHandler, site: Site) -> bool:
        path = handler.path.split("?")[0]
        if handler.command != "GET":
            return False
        if "/category/europe/feed/" in path:  # RSS and Atom alike; one page of copies
            link = site.base_url + self.post_path
            copies = 0 if "paged=" in handler.path else self.copies
            items = "".join(
                f"<item><title>Copy {n}</title><link>{link}?v={n}</link>"
                f"<guid>{link}?v={n}</guid><pubDate>Mon, 01 Jan 2024 10:00:00 +0000</pubDate>"
                "</item>"
                for n in range(1, copies + 1)
            )
            body = (
                '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>'
                f"<title>Europe</title><link>{site.base_url}/news/</link>{items}</channel></rss>"
            ).encode()
            content_type = "application/rss+xml; charset=UTF-8"
        elif path == self.post_path:
            status, _headers, page = site.respond("GET", path, {})
            self.served += 1
            counted = f"{self.marker} (read {self.served} times)"
            body = page.decode().replace(self.marker, counted, 1).encode()
            content_type = "text/html; charset=UTF-8"
        else:
            return False
        return _answer(handler, 200, [("Content-Type", content_type)], body)
