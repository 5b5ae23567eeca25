"""The plugin hooks Datasette calls: SQL functions, templates, cells, routes, facets, filters.

Registered through the `datasette` entry point in pyproject.toml (the `iria_archive.web`
package, which re-exports these), so both `iria-archive serve` and the tests' in-process
Datasette load it. The templates are the plugin's own `templates/` folder, which
Datasette puts ahead of its own (they extend those as `default:...`).
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from typing import Any

from datasette import hookimpl
from datasette.facets import Facet
from markupsafe import Markup, escape

from iria_archive.search.query import fts_query
from iria_archive.web import cache, front, paging, public, table_search
from iria_archive.web.article import ROUTE as ARTICLE_ROUTE
from iria_archive.web.article import article_view
from iria_archive.web.facets import MonthFacet, SectionFacet
from iria_archive.web.listings import ROUTE as LISTING_ROUTE
from iria_archive.web.listings import listing_view, month_name, path_value
from iria_archive.web.search_page import search_view
from iria_archive.web.sections import PLUGIN, section_filter

# The search query marks matches with these; `highlight` turns only them into HTML.
MARK_OPEN, MARK_CLOSE = "<mark>", "</mark>"


@hookimpl
def startup(datasette: Any) -> None:
    # Every page of a sorted table in one total order (issue 19, item 6).
    paging.install()
    front.stable_route(datasette)  # /archive whatever the file's name (issue 20)


@hookimpl
def extra_css_urls(datasette: Any) -> list[str]:
    # The plugin's stylesheet (web/static/iria.css), served by Datasette from the package.
    return [datasette.urls.static_plugins("iria_archive", "iria.css")]


@hookimpl
def register_magic_parameters(datasette: Any) -> list[tuple[str, Any]]:
    """:_iria_feed_title, :_iria_feed_author, :_iria_feed_link: the archive's own names
    for the feed query, from the plugin's configuration (metadata.yml, or the config)."""

    def feed_name(key: str, _request: Any) -> str:
        if not key.startswith("feed_"):
            raise KeyError(key)
        return str((datasette.plugin_config(PLUGIN) or {})[key])

    return [("iria", feed_name)]


@hookimpl
def prepare_connection(conn: sqlite3.Connection) -> None:
    conn.create_function("fts_query", 1, fts_query, deterministic=True)


@hookimpl
def prepare_jinja2_environment(env: Any) -> None:
    env.filters["highlight"] = highlight
    env.filters["reader_date"] = reader_date
    env.filters["path_value"] = path_value
    env.filters["month_name"] = month_name


def highlight(value: str | None) -> Markup:
    """A snippet with its matches highlighted, everything else escaped."""
    html = str(escape(value or ""))
    html = html.replace(str(escape(MARK_OPEN)), MARK_OPEN)
    html = html.replace(str(escape(MARK_CLOSE)), MARK_CLOSE)
    return Markup(html)


def reader_date(value: str | None) -> str:
    """An ISO 8601 date as a reader writes it: 3 March 2025 (14:05 when it has a time)."""
    if not value:
        return ""
    try:
        moment = dt.datetime.fromisoformat(value)
    except ValueError:
        return value
    text = f"{moment.day} {moment:%B %Y}"
    if len(value) > 10 and (moment.hour or moment.minute):
        text += f", {moment:%H:%M}"
    return text


@hookimpl
def render_cell(value: Any, column: str, table: str | None) -> Markup | None:
    """Snippets highlighted; categories and tags as lists, not JSON text."""
    if column == "snippet" and table is None and isinstance(value, str):
        return highlight(value)
    if column in ("categories", "tags") and table == "articles" and isinstance(value, str):
        try:
            items = json.loads(value)
        except ValueError:
            return None
        if isinstance(items, list):
            return Markup(", ").join(escape(str(item)) for item in items)
    return None


@hookimpl
def register_routes(datasette: Any) -> list[tuple[str, Any]]:
    return [
        *front.redirect_routes(datasette),  # first: /<file name>/search is a redirect too
        (r"^/$", front.front_view),
        (r"^/(?P<database>[^/]+)/search(\.(?P<format>json))?$", search_view),
        (LISTING_ROUTE, listing_view),
        (ARTICLE_ROUTE, article_view),  # ahead of Datasette's row view: an article's HTML
    ]


@hookimpl
def register_facet_classes() -> list[type[Facet]]:
    return [MonthFacet, SectionFacet]


@hookimpl
def filters_from_request(request: Any, database: str, table: str, datasette: Any) -> Any:
    return section_filter(datasette, request, database, table)


@hookimpl
def permission_allowed(datasette: Any, action: str, resource: Any) -> bool | None:
    """In public mode, the tables and queries off the allow-list are neither listed nor served."""
    if not public.is_public(datasette):
        return None
    return public.allowed(action, resource)


@hookimpl
def asgi_wrapper(datasette: Any) -> Any:
    # The page cache inside the guard: a cached page still gets the security headers.
    guard, cached = public.asgi_wrapper(datasette), cache.asgi_wrapper(datasette)
    routed = table_search.asgi_wrapper(datasette)  # a table search to the search page
    return lambda app: guard(routed(cached(app)))
