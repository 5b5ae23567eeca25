"""What `serve --public` publishes: an allow-list, and nothing loaded from another host.

Public is the front page, the articles, their revisions, the search page, the reader
listings, the feeds and the canned queries made for readers (issue 19, item 7; 20).
Everything else a Datasette serves is refused: the crawl's own tables (`sources`,
`page_validators`, `aliases`, `article_sections`, the search log, `crawl_runs`,
`crawl_errors`, which names the password-protected posts), the full-text index's shadow
tables, every `/-/` page but the static files and the version list (a health check that
names no file), database download, arbitrary SQL, the CSV stream (serve.PUBLIC_SETTINGS)
and any method but GET and HEAD. Two layers: the permission hook hides and refuses the
tables and queries off the list (so no listing names them), and the path allow-list
answers 403 to any URL not on it, whatever endpoint a Datasette version or plugin adds.

Every response, public or not, carries a Content-Security-Policy that lets a page load
only from the archive's own origin: an image an article's Markdown points at another
host (a tracking pixel) is not fetched by the reader's browser.
"""

from __future__ import annotations

import re
from typing import Any

PUBLIC_TABLES = frozenset({"articles", "revisions"})
PUBLIC_QUERIES = frozenset({"feed", "latest", "articles_per_month", "article_revisions"})
# The renderers a public page may be asked in: Datasette's JSON and CSV, datasette-atom.
FORMATS = r"(\.(json|csv|atom))?"
# Pages that name no database; each pattern is a whole path (a trailing slash is
# Datasette's redirect to the same page).
INSTANCE_PATHS = (
    r"/",
    r"/favicon\.ico",
    r"/-/static/[^?]*",
    r"/-/static-plugins/[^?]*",
    r"/-/versions\.json",
)
CONTENT_SECURITY_POLICY = "; ".join(
    (
        "default-src 'self'",
        "img-src 'self' data:",
        "media-src 'self'",
        "font-src 'self'",
        "connect-src 'self'",
        # Datasette's own pages have inline scripts and styles; none load from elsewhere.
        "script-src 'self' 'unsafe-inline'",
        "style-src 'self' 'unsafe-inline'",
        "object-src 'none'",
        "frame-src 'none'",
        "frame-ancestors 'none'",
        "base-uri 'self'",
        "form-action 'self'",
    )
)
SECURITY_HEADERS = (
    (b"content-security-policy", CONTENT_SECURITY_POLICY.encode()),
    (b"referrer-policy", b"same-origin"),
    (b"x-content-type-options", b"nosniff"),
)


def is_public(datasette: Any) -> bool:
    """Whether this Datasette serves the publishing profile: SQL and download both off.

    The settings are the profile's one mark (serve.PUBLIC_SETTINGS), so `serve --public`
    and `datasette publish` with the same settings publish the same allow-list.
    """
    return not datasette.setting("default_allow_sql") and not datasette.setting("allow_download")


def allowed(action: str, resource: Any) -> bool | None:
    """The permission hook's answer in public mode: False off the list, else no opinion."""
    if action in ("execute-sql", "view-database-download"):
        return False
    if action == "view-table" and isinstance(resource, tuple):
        return None if resource[1] in PUBLIC_TABLES else False
    if action == "view-query" and isinstance(resource, tuple):
        return None if resource[1] in PUBLIC_QUERIES else False
    return None


def public_paths(databases: list[str]) -> re.Pattern[str]:
    """One pattern matching every path the public profile answers, and no other."""
    names = "|".join(re.escape(name) for name in databases) or "(?!)"
    tables = "|".join(sorted(PUBLIC_TABLES))
    queries = "|".join(sorted(PUBLIC_QUERIES))
    per_database = (
        rf"/({names})",
        rf"/({names})/({tables}){FORMATS}",
        rf"/({names})/({tables})/[^/]+{FORMATS}",  # a row: an article page, by its url
        rf"/({names})/search(\.json)?",
        # The reader listings (listings.py): /archive/browse, /archive/category/Balkans...
        rf"/({names})/(browse|(section|site|category|tag|author|month)/.+?)(\.(json|atom))?",
        rf"/({names})/({queries}){FORMATS}",
    )
    paths = "|".join(f"(?:{p})" for p in INSTANCE_PATHS + per_database)
    return re.compile(rf"(?:{paths})/?")


def asgi_wrapper(datasette: Any) -> Any:
    """The ASGI app with the security headers, and in public mode the path allow-list."""

    def wrap(app: Any) -> Any:
        pattern: re.Pattern[str] | None = None

        async def guarded(scope: dict, receive: Any, send: Any) -> None:
            nonlocal pattern
            if scope["type"] != "http":
                await app(scope, receive, send)
                return
            if is_public(datasette):
                if pattern is None:
                    # Routes (/archive whatever the file) and names (their redirects).
                    served = [(n, db) for n, db in datasette.databases.items() if n[0] != "_"]
                    names = sorted({x for n, db in served for x in (n, db.route or n)})
                    pattern = public_paths(names)
                # Datasette routes by the raw path (it keeps %2F apart from /): so does this.
                raw = scope.get("raw_path")
                path = raw.decode("ascii", "replace") if raw else scope["path"]
                path = path.partition("?")[0]
                if scope["method"] not in ("GET", "HEAD") or not pattern.fullmatch(path):
                    await _forbidden(send)
                    return

            async def with_headers(message: dict) -> None:
                if message["type"] == "http.response.start":
                    headers = [
                        (k, v)
                        for k, v in message.get("headers", [])
                        if k.lower() not in {name for name, _ in SECURITY_HEADERS}
                    ]
                    message = {**message, "headers": headers + list(SECURITY_HEADERS)}
                await send(message)

            await app(scope, receive, with_headers)

        return guarded

    return wrap


async def _forbidden(send: Any) -> None:
    # 403 as Datasette answers the SQL and the download it refuses: not published here.
    body = b"Forbidden: not published"
    await send(
        {
            "type": "http.response.start",
            "status": 403,
            "headers": [
                (b"content-type", b"text/plain; charset=utf-8"),
                (b"content-length", str(len(body)).encode()),
                *SECURITY_HEADERS,
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})
