"""The archive's Datasette plugin: search page, article page, safe FTS, month and section facets.

Registered through the `datasette` entry point in pyproject.toml, so both
`iria-archive serve` and the tests' in-process Datasette load it. Templates are in
iria_archive/templates/ (put ahead of Datasette's own, which they extend).
"""

from __future__ import annotations

import asyncio
import difflib
import json
import logging
import sqlite3
from dataclasses import replace
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from datasette import hookimpl
from datasette.database import QueryInterrupted
from datasette.facets import Facet
from datasette.utils import (
    escape_sqlite,
    path_with_added_args,
    path_with_removed_args,
    tilde_decode,
    tilde_encode,
)
from datasette.utils.asgi import NotFound, Response
from jinja2 import ChoiceLoader, FileSystemLoader
from markupsafe import Markup, escape

from iria_archive.fts import MAX_QUERY_CHARS, MAX_QUERY_TERMS, fts_query
from iria_archive.search import (
    FACETS,
    SearchRequest,
    SearchResults,
    fts_search,
    json_list,
    tantivy_search,
)
from iria_archive.sections import SectionFacet, archive_catalog, section_filter

logger = logging.getLogger(__name__)

TEMPLATES = Path(__file__).with_name("templates")
# The search query marks matches with these; `highlight` turns only them into HTML.
MARK_OPEN, MARK_CLOSE = "<mark>", "</mark>"
PLUGIN = "iria-archive"
STALE_NOTE = (
    "The fast search index is being brought up to date with the archive: these results"
    " come from the slower full-text index, complete and exact."
)
# One open tantivy index per served database file.
_INDEXES: dict[str, Any] = {}


def _config(datasette: Any) -> dict[str, Any]:
    return datasette.plugin_config(PLUGIN) or {}


@hookimpl
def prepare_connection(conn: sqlite3.Connection) -> None:
    conn.create_function("fts_query", 1, fts_query, deterministic=True)


@hookimpl
def prepare_jinja2_environment(env: Any) -> None:
    # Ours first; `{% extends "default:row.html" %}` still reaches Datasette's.
    env.loader = ChoiceLoader([FileSystemLoader(str(TEMPLATES)), env.loader])
    env.filters["highlight"] = highlight
    env.filters["reader_date"] = reader_date


def highlight(value: str | None) -> Markup:
    """A snippet with its matches highlighted, everything else escaped."""
    html = str(escape(value or ""))
    html = html.replace(str(escape(MARK_OPEN)), MARK_OPEN)
    html = html.replace(str(escape(MARK_CLOSE)), MARK_CLOSE)
    return Markup(html)


def reader_date(value: str | None) -> str:
    """An ISO 8601 date as a reader writes it: 3 March 2025 (14:05 when it has a time)."""
    import datetime as dt

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
def extra_template_vars(
    database: str | None, table: str | None, view_name: str, request: Any, datasette: Any
) -> Any:
    if view_name != "row" or table != "articles" or request is None:
        return None

    async def article_vars() -> dict[str, Any]:
        db = datasette.get_database(database)
        url = request.url_vars.get("pks")
        url = tilde_decode(url) if url else None
        current = (
            await db.execute(
                "select last_fetched as fetched_at, modified, title, text from articles"
                " where url = :url",
                {"url": url},
            )
        ).rows
        earlier = (
            await db.execute(
                "select fetched_at, modified, title, text from revisions where url = :url"
                " order by fetched_at desc, id desc",
                {"url": url},
            )
        ).rows
        versions = [dict(r) for r in current] + [dict(r) for r in earlier]
        revisions = []
        for newer, older in zip(versions, versions[1:], strict=False):
            revisions.append({**older, "diff": text_diff(older, newer)})
        row = (
            await db.execute("select categories, tags from articles where url = :url", {"url": url})
        ).first()
        items = {name: json_list(row[name] if row else None) for name in ("categories", "tags")}
        # Only a web link is a link: a stored javascript: URL is shown, never followed.
        original = url if url and url.lower().startswith(("http://", "https://")) else None
        return {
            "article_revisions": revisions,
            "article_items": items,
            "article_original_url": original,
            "site_title": datasette.metadata("title"),
        }

    return article_vars


def text_diff(older: dict[str, Any], newer: dict[str, Any]) -> list[tuple[str, str]]:
    """(kind, line) pairs of a paragraph diff from `older` to `newer`: ' ', '-', '+', '@'."""
    before = [f"# {older['title']}", *(older["text"] or "").split("\n\n")]
    after = [f"# {newer['title']}", *(newer["text"] or "").split("\n\n")]
    lines = []
    for line in difflib.unified_diff(before, after, lineterm="", n=1):
        if line.startswith(("---", "+++")):
            continue
        lines.append((line[0], line[1:]))
    return lines


# --- the search page -------------------------------------------------------------------------


@hookimpl
def register_routes() -> list[tuple[str, Any]]:
    return [(r"^/(?P<database>[^/]+)/search(\.(?P<format>json))?$", search_view)]


async def search_view(datasette: Any, request: Any) -> Response:
    name = request.url_vars["database"]
    try:
        db = datasette.get_database(name)
    except KeyError:
        raise NotFound(f"Database not found: {name}") from None
    await datasette.ensure_permissions(
        request.actor,
        [("view-table", (name, "articles")), ("view-database", name), "view-instance"],
    )
    config = _config(datasette)
    search_request = SearchRequest.from_args(
        request.args, max_chars=config.get("max_query_chars", MAX_QUERY_CHARS)
    )
    # The reader's section and site, as the section URLs the archive knows them by.
    catalog = await archive_catalog(datasette, name)
    groups = []
    if search_request.section:
        groups.append(catalog.section_urls(search_request.section))
    if search_request.site:
        groups.append(catalog.site_urls(search_request.site))
    sites = tuple(catalog.site_sections().items()) if catalog.several_sites else ()
    search_request = replace(search_request, in_sections=tuple(groups), sites=sites)
    engine = request.args.get("_engine")  # fts5: the benchmark's comparison
    results = await run_search(datasette, db, search_request, force_fts=engine == "fts5")
    if "section" in results.facets:
        results.facets["section"] = [
            (catalog.label(url), count) for url, count in results.facets["section"]
        ]
    if request.url_vars.get("format") == "json":
        if request.args.get("_shape") == "array":
            return Response.json(results.rows)
        return Response.json(results.as_json(search_request))
    base = datasette.urls.database(name) + "/search"

    def link(**changes: Any) -> str:
        args = search_request.args(**changes)
        return base + ("?" + urlencode(args) if args else "")

    pages = None
    if results.total is not None:
        pages = max(1, -(-results.total // search_request.size))
    context = {
        "database": name,
        "site_title": datasette.metadata("title"),
        "request_": search_request,
        "results": results,
        "pages": pages,
        "link": link,
        "facet_labels": FACETS,
        "site_titles": catalog.site_titles,
        "article_url": lambda url: datasette.urls.row(name, "articles", tilde_encode(url)),
        "json_url": base + ".json?" + urlencode(search_request.args()),
        "atom_url": datasette.urls.database(name)
        + "/feed.atom?"
        + urlencode({"q": search_request.q}),
        "max_query_chars": config.get("max_query_chars", MAX_QUERY_CHARS),
        "loads": lambda value: json.loads(value) if value else [],
    }
    html = await datasette.render_template("iria_search.html", context, request=request)
    return Response.html(html)


async def run_search(
    datasette: Any, db: Any, request: SearchRequest, force_fts: bool = False
) -> SearchResults:
    """tantivy when its index mirrors this database exactly; FTS5 otherwise, with a note."""
    from iria_archive.search_index import SearchIndex, archive_stamp, index_path

    limit = datasette.setting("facet_time_limit_ms")
    idle = not request.q and not request.filtered and not request.browse
    if not force_fts and db.path:
        index = _INDEXES.setdefault(db.path, SearchIndex(index_path(db.path)))
        stamp = await db.execute_fn(archive_stamp)
        if index.fresh(stamp) and idle:
            # Nothing asked yet: the whole archive's counts, to start from a category or year.
            _, total, facets, _ = await asyncio.to_thread(tantivy_search, index.index, request)
            return SearchResults([], total, facets, engine="none")
        if index.fresh(stamp):
            # In a thread, as Datasette runs SQL: the event loop keeps serving meanwhile.
            urls, total, facets, snippet = await asyncio.to_thread(
                tantivy_search, index.index, request
            )
            rows = await _rows_by_url(db, urls)
            for row in rows:
                text = row.pop("text")
                row["snippet"] = (snippet(text) if snippet else "") or _lead(text)
            return SearchResults(rows, total, facets, engine="tantivy")
        note = STALE_NOTE
    else:
        note = None
    if idle:
        return SearchResults([], 0, {}, engine="none")
    max_terms = _config(datasette).get("max_query_terms", MAX_QUERY_TERMS)

    async def execute(sql: str, params: dict, **kwargs: Any) -> Any:
        if "fts" in params:
            params = {**params, "fts": fts_query(request.q, max_terms=max_terms)}
        return await db.execute(sql, params, **kwargs)

    results = await fts_search(execute, request, limit)
    for row in results.rows:
        if row["snippet"] is None:
            row["snippet"] = ""
    results.note = note
    return results


def _lead(text: str | None) -> str:
    text = (text or "").replace("\n", " ")
    return text[:200] + ("…" if len(text) > 200 else "")


async def _rows_by_url(db: Any, urls: list[str]) -> list[dict[str, Any]]:
    if not urls:
        return []
    marks = ", ".join(f":u{i}" for i in range(len(urls)))
    result = await db.execute(
        "select url, title, published, author, categories, text from articles"
        f" where url in ({marks})",
        {f"u{i}": url for i, url in enumerate(urls)},
    )
    by_url = {row["url"]: dict(row) for row in result.rows}
    return [by_url[url] for url in urls if url in by_url]


# --- the month facet ---------------------------------------------------------------------------


class MonthFacet(Facet):
    """Facet by publication month (YYYY-MM) of an ISO 8601 column: `_facet_month=published`.

    Datasette's date facet counts days, too fine for an archive spanning years. Selecting
    a month filters with `published__startswith=YYYY-MM`.
    """

    type = "month"

    async def suggest(self) -> list[dict[str, Any]]:
        return []

    async def facet_results(self) -> tuple[list[dict[str, Any]], list[str]]:
        results: list[dict[str, Any]] = []
        timed_out: list[str] = []
        args = dict(self.get_querystring_pairs())
        size = self.get_facet_size()
        for source_and_config in self.get_configs():
            config = source_and_config["config"]
            column = config.get("column") or config["simple"]
            col = escape_sqlite(column)
            sql = (
                f"select substr({col}, 1, 7) as value, count(*) as count from ({self.sql}) "
                f"where {col} glob '[0-9][0-9][0-9][0-9]-[0-9][0-9]*' "
                f"group by value order by value desc limit {size + 1}"
            )
            try:
                rows = await self.ds.execute(
                    self.database,
                    sql,
                    self.params,
                    truncate=False,
                    custom_time_limit=self.ds.setting("facet_time_limit_ms"),
                )
            except QueryInterrupted:
                timed_out.append(column)
                continue
            values = []
            arg = f"{column}__startswith"
            for row in rows.rows[:size]:
                selected = args.get(arg) == row["value"]
                if selected:
                    path = path_with_removed_args(self.request, {arg: row["value"]})
                else:
                    path = path_with_added_args(self.request, {arg: row["value"]})
                values.append(
                    {
                        "value": row["value"],
                        "label": row["value"],
                        "count": row["count"],
                        "toggle_url": self.ds.absolute_url(self.request, path),
                        "selected": selected,
                    }
                )
            results.append(
                {
                    "name": column,
                    "type": self.type,
                    "results": values,
                    "hideable": source_and_config["source"] != "metadata",
                    "toggle_url": path_with_removed_args(self.request, {"_facet_month": column}),
                    "truncated": len(rows) > size,
                }
            )
        return results, timed_out


@hookimpl
def register_facet_classes() -> list[type[Facet]]:
    return [MonthFacet, SectionFacet]


@hookimpl
def filters_from_request(request: Any, database: str, table: str, datasette: Any) -> Any:
    return section_filter(datasette, request, database, table)
