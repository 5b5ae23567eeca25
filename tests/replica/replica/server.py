"""`ReplicaServer`: the replica site over HTTP on 127.0.0.1, in a background thread."""

from __future__ import annotations

import socketserver
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import TYPE_CHECKING

from .content import Post
from .generate import generate_posts
from .site import Site
from .themes import get_theme

if TYPE_CHECKING:
    from .faults import Faults


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive: every response carries Content-Length
    server: _HTTPServer

    def _answer(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        if length:
            self.rfile.read(length)  # a POSTed body must be drained to keep the connection usable
        replica = self.server.replica
        replica._record(self.command, self.path, dict(self.headers.items()))
        faults = replica.faults
        if faults is not None and faults.intercept(self, replica.site):
            return
        status, headers, body = replica.site.respond(self.command, self.path, dict(self.headers))
        self.send_response(status)
        for name, value in headers:
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)

    do_GET = do_HEAD = do_POST = do_PUT = do_DELETE = do_PATCH = do_OPTIONS = _answer

    def log_message(self, format: str, *args: object) -> None:
        pass  # quiet: tests and the demo read stdout/stderr


class _HTTPServer(ThreadingHTTPServer):
    replica: ReplicaServer

    def server_bind(self) -> None:
        # HTTPServer.server_bind() resolves the host name (getfqdn), which can stall; not needed.
        socketserver.TCPServer.server_bind(self)
        self.server_name, self.server_port = self.server_address[:2]

    def handle_error(self, request: object, client_address: object) -> None:
        pass  # a client hanging up mid-response is not the server's problem


class ReplicaServer:
    """Serve the replica on http://127.0.0.1:PORT (port 0: any free port).

    The site is built after binding, so its absolute URLs carry the real port.
    Every request is recorded in `requests` as (method, path_with_query, headers).
    `faults` (see replica/faults.py) makes chosen paths misbehave; it may be set or
    cleared (None) while the server runs. `theme`, `rest_api`, `sitemap`, `feeds`,
    `timezone`, `protected_post`, `permalinks`, `category_base` and `posts_per_page` are
    build_site()'s (None: the theme's default);
    `seed` makes the posts (another seed, another site's articles).
    """

    def __init__(
        self,
        n_europe: int = 64,
        host: str = "127.0.0.1",
        port: int = 0,
        rest_api: bool | None = None,
        faults: Faults | None = None,
        *,
        theme: str = "classic",
        sitemap: bool | None = None,
        feeds: bool | None = None,
        timezone: str | None = None,
        protected_post: bool | None = None,
        seed: int = 2023,
        permalinks: str = "postname",
        category_base: str = "category",
        posts_per_page: int = 10,
    ) -> None:
        self.n_europe = n_europe
        self.seed = seed  # another seed: another site's posts (titles, slugs, text)
        self.theme = theme
        # Whether the site has its password-protected post (None: the theme's default).
        self.protected_post = (
            get_theme(theme).protected_post if protected_post is None else protected_post
        )
        self.rest_api, self.sitemap, self.feeds, self.timezone = rest_api, sitemap, feeds, timezone
        # WordPress's permalink and reading settings (Site's).
        self.settings = {
            "permalinks": permalinks,
            "category_base": category_base,
            "posts_per_page": posts_per_page,
        }
        self.faults = faults
        self.host = host
        self.port = port
        self.base_url = ""
        self._site: Site | None = None
        self._httpd: _HTTPServer | None = None
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()
        self._requests: list[tuple[str, str, dict[str, str]]] = []

    @property
    def site(self) -> Site:
        if self._site is None:
            raise RuntimeError("the server is not started")
        return self._site

    @property
    def requests(self) -> list[tuple[str, str, dict[str, str]]]:
        """A snapshot of the requests received so far, oldest first."""
        with self._lock:
            return list(self._requests)

    def clear_requests(self) -> None:
        with self._lock:
            self._requests.clear()

    def _record(self, method: str, path: str, headers: dict[str, str]) -> None:
        with self._lock:
            self._requests.append((method, path, headers))

    def start(self) -> ReplicaServer:
        if self._httpd is not None:
            raise RuntimeError("the server is already started")
        httpd = _HTTPServer((self.host, self.port), _Handler)
        httpd.replica = self
        self.port = httpd.server_address[1]
        self.base_url = f"http://{self.host}:{self.port}"
        self._site = self._new_site(
            generate_posts(self.n_europe, self.seed, protected=self.protected_post)
        )
        self._httpd = httpd
        # A short poll interval makes stop() quick (shutdown() waits for the next poll).
        self._thread = threading.Thread(
            target=httpd.serve_forever,
            kwargs={"poll_interval": 0.05},
            name="replica-server",
            daemon=True,
        )
        self._thread.start()
        return self

    def set_posts(self, posts: list[Post]) -> None:
        """Let the site move on: serve `posts` from now on (new, edited, deleted posts)."""
        self._site = self._new_site(posts)

    def _new_site(self, posts: list[Post]) -> Site:
        return Site(
            self.base_url,
            posts,
            self.rest_api,
            theme=self.theme,
            sitemap=self.sitemap,
            feeds=self.feeds,
            timezone=self.timezone,
            **self.settings,
        )

    def stop(self) -> None:
        if self._httpd is None:
            return
        self._httpd.shutdown()
        self._httpd.server_close()
        if self._thread is not None:
            self._thread.join()
        self._httpd = self._thread = None

    def __enter__(self) -> ReplicaServer:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()
