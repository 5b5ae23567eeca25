"""/<db>/search: the search page and its JSON, answered by tantivy or, behind it, FTS5."""

from __future__ import annotations

import asyncio
from dataclasses import replace
from typing import Any
from urllib.parse import urlencode

from datasette.database import QueryInterrupted
from datasette.utils import tilde_encode
from datasette.utils.asgi import Response

from iria_archive.search.fts5 import fts_search
from iria_archive.search.query import MAX_QUERY_CHARS, MAX_QUERY_TERMS, fts_query
from iria_archive.search.request import FACETS, SearchRequest, SearchResults, json_list
from iria_archive.web.front import resolve_database
from iria_archive.web.listings import listing_path
from iria_archive.web.sections import PLUGIN, archive_catalog

STALE_NOTE = (
    "The fast search index is being brought up to date with the archive: these results"
    " come from the slower full-text index, complete and exact."
)
# One open tantivy index per served database file.
_INDEXES: dict[str, Any] = {}


def _config(datasette: Any) -> dict[str, Any]:
    return datasette.plugin_config(PLUGIN) or {}


async def search_view(datasette: Any, request: Any) -> Response:
    db = resolve_database(datasette, request.url_vars["database"])
    name = db.name
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
    for row in results.rows:  # lists, in the JSON too (not a JSON string inside the JSON)
        row["categories"] = json_list(row.get("categories"))
    if request.url_vars.get("format") == "json":
        if request.args.get("_shape") == "array":
            return Response.json(results.rows)
        return Response.json(results.as_json(search_request))
    base = datasette.urls.database(name) + "/search"

    def link(**changes: Any) -> str:
        args = search_request.args(**changes)
        return base + ("?" + urlencode(args) if args else "")

    # An empty archive says so, and how to fill it, rather than "no match".
    empty = (
        not results.rows
        and not (await db.execute("select exists(select 1 from articles)")).rows[0][0]
    )
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
        "facets": facet_links(search_request, results, catalog, link),
        "empty_archive": empty,
        "file_name": (db.path or name).rsplit("/", 1)[-1],
        "site_titles": catalog.site_titles,
        "section_titles": {catalog.label(url): catalog.title(url) for url in catalog.labels},
        "article_url": lambda url: datasette.urls.row(name, "articles", tilde_encode(url)),
        "listing_url": lambda kind, value: (
            datasette.urls.database(name) + "/" + listing_path(kind, value)
        ),
        "category_link": lambda c: link(category=c, page=None),
        "json_url": base + ".json?" + urlencode(search_request.args()),
        "atom_url": datasette.urls.database(name)
        + "/feed.atom?"
        + urlencode({"q": search_request.q}),
        "max_query_chars": config.get("max_query_chars", MAX_QUERY_CHARS),
    }
    html = await datasette.render_template("iria_search.html", context, request=request)
    return Response.html(html)


def facet_links(
    request: SearchRequest, results: SearchResults, catalog: Any, link: Any
) -> dict[str, list[dict[str, Any]]]:
    """The counts shown above the results: label, count, link, and whether it is selected."""
    titles = {catalog.label(url): catalog.title(url) for url in catalog.labels}
    shown: dict[str, list[dict[str, Any]]] = {}
    for name in FACETS:
        values = []
        for value, count in results.facets.get(name, []):
            if name == "year":
                since, until = f"{value}-01-01", f"{value}-12-31"
                on = (
                    request.since is not None
                    and request.until is not None
                    and (request.since.isoformat(), request.until.isoformat()) == (since, until)
                )
                href = (
                    link(since=None, until=None, page=None)
                    if on
                    else (link(since=since, until=until, page=None))
                )
                label = value
            else:
                on = getattr(request, name) == value
                href = link(page=None, **{name: None if on else value})
                label = {"site": catalog.site_titles, "section": titles}.get(name, {}).get(
                    value, value
                )
            values.append({"value": value, "label": label, "count": count, "href": href, "on": on})
        if values:
            shown[name] = values
    return shown


async def fresh_index(db: Any) -> Any | None:
    """The open tantivy index of `db` when it mirrors the archive exactly, else None."""
    from iria_archive.search.index import SearchIndex, index_path
    from iria_archive.search.index_log import archive_stamp

    if not db.path:
        return None
    index = _INDEXES.setdefault(db.path, SearchIndex(index_path(db.path)))
    stamp = await db.execute_fn(archive_stamp)
    return index if index.fresh(stamp) else None


async def run_search(
    datasette: Any, db: Any, request: SearchRequest, force_fts: bool = False
) -> SearchResults:
    """tantivy when its index mirrors this database exactly; FTS5 otherwise, with a note."""
    from iria_archive.search.index import SearchIndex, index_path
    from iria_archive.search.index_log import archive_stamp
    from iria_archive.search.tantivy_engine import tantivy_search

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
        try:
            return await db.execute(sql, params, **kwargs)
        except QueryInterrupted:
            if "custom_time_limit" in kwargs:
                return None  # a count cut off by its own limit: the engine leaves it out
            raise

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
