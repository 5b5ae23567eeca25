"""Datasette's table search, `/archive/articles?_search=...`, answered by the search page.

At 200,000 articles the table's own search (FTS5, newest first, with a count and five
facets over every match) spent 0.6-6 s of a core on a common word and then hit the time
limit, answering nothing: two readers using it took a core each from every other page
(issue 20, item 5). The search page answers the same words from the search index in
milliseconds, so a table search of words alone is sent there (a 302: the table search
is still Datasette's with filters of its own, and in JSON, which clients read by shape).
"""

from __future__ import annotations

from typing import Any
from urllib.parse import parse_qsl, urlencode

# What a table search may carry and still be the search page's: the words, the order.
SEARCH_ARGS = frozenset({"_search", "_sort", "_sort_desc", "_size"})


def search_page_url(path: str, query_string: bytes, routes: set[str]) -> str | None:
    """The search page answering the table search `path?query_string`, or None."""
    route, _, table = path.strip("/").partition("/")
    if route not in routes or table != "articles":
        return None
    args = parse_qsl(query_string.decode("latin-1"), keep_blank_values=True)
    names = {name for name, _ in args}
    words = " ".join(value for name, value in args if name == "_search").strip()
    if not words or not names <= SEARCH_ARGS:
        return None
    target = {"q": words}
    if dict(args).get("_sort_desc") == "published":
        target["sort"] = "newest"
    return f"/{route}/search?{urlencode(target)}"


def asgi_wrapper(datasette: Any) -> Any:
    """Answer a table search of words alone with a redirect to the search page."""

    def wrap(app: Any) -> Any:
        async def routed(scope: dict, receive: Any, send: Any) -> None:
            if scope["type"] == "http" and scope["method"] in ("GET", "HEAD"):
                routes = {db.route for db in datasette.databases.values() if db.route}
                target = search_page_url(scope["path"], scope.get("query_string", b""), routes)
                if target is not None:
                    await send(
                        {
                            "type": "http.response.start",
                            "status": 302,
                            "headers": [(b"location", target.encode()), (b"content-length", b"0")],
                        }
                    )
                    await send({"type": "http.response.body", "body": b""})
                    return
            await app(scope, receive, send)

        return routed

    return wrap
