"""The FTS5 engine: the search page's fallback, complete and exact (bm25 scores every match)."""

from __future__ import annotations

import sqlite3
from collections.abc import Awaitable, Callable
from typing import Any

from iria_archive.search.query import fts_query
from iria_archive.search.request import SearchRequest, SearchResults

# Runs one SQL statement on the archive (Datasette's `Database.execute` in the web app);
# with `custom_time_limit` it answers None when the statement ran out of time.
Execute = Callable[..., Awaitable[Any]]


def _fts_where(request: SearchRequest) -> tuple[list[str], dict[str, Any]]:
    where, params = [], {}
    if request.q:
        where.append(
            "articles.rowid in (select rowid from articles_fts where articles_fts match :fts)"
        )
        params["fts"] = fts_query(request.q)
    if request.since:
        where.append("substr(articles.published, 1, 10) >= :since")
        params["since"] = request.since.isoformat()
    if request.until:
        where.append("substr(articles.published, 1, 10) <= :until")
        params["until"] = request.until.isoformat()
    if request.category:
        where.append(
            "exists (select 1 from json_each(articles.categories) where value = :category)"
        )
        params["category"] = request.category
    for g, group in enumerate(request.in_sections):
        marks = ", ".join(f":section_{g}_{i}" for i in range(len(group))) or "null"
        where.append(
            f"articles.url in (select url from article_sections where section in ({marks}))"
        )
        params |= {f"section_{g}_{i}": url for i, url in enumerate(group)}
    return where, params


async def fts_search(
    execute: Execute, request: SearchRequest, facet_time_limit_ms: int
) -> SearchResults:
    """The same search with SQLite FTS5: bm25 scores every match (slow for common words)."""
    where, params = _fts_where(request)
    params |= {"limit": request.size, "offset": request.offset}
    if request.q:
        if request.sort == "newest":
            order = "articles.published desc, articles.url"
        else:
            order = "articles_fts.rank, articles.url"  # url breaks ties: pages never overlap
        fts_where = [w for w in where if "articles_fts match" not in w]
        sql = (
            "select articles.url, articles.title, articles.published, articles.author,"
            " articles.categories,"
            " snippet(articles_fts, -1, '<mark>', '</mark>', '…', 24) as snippet"
            " from articles_fts join articles on articles.rowid = articles_fts.rowid"
            " where articles_fts match :fts"
            + "".join(f" and {w}" for w in fts_where)
            + f" order by {order} limit :limit offset :offset"
        )
    else:
        sql = (
            "select url, title, published, author, categories, null as snippet from articles"
            + (" where " + " and ".join(where) if where else "")
            + " order by published desc, url limit :limit offset :offset"
        )
    rows = [dict(r) for r in (await execute(sql, params)).rows]
    base = "from articles" + (" where " + " and ".join(where) if where else "")
    facets: dict[str, list[tuple[str, int]]] = {}
    total = None
    counts = {
        "total": f"select count(*) as n {base}",
        "category": (
            f"select j.value as value, count(*) as n from (select categories {base}) as a,"
            " json_each(a.categories) as j group by j.value order by n desc, value limit 50"
        ),
        "year": (
            f"select substr(published, 1, 4) as value, count(*) as n {base}"
            " group by value having value is not null order by value desc"
        ),
        "section": (
            f"select s.section as value, count(*) as n from (select url {base}) as a"
            " join article_sections as s on s.url = a.url group by s.section"
            " order by n desc, value limit 500"
        ),
    }
    if request.sites:
        # site name for each section URL, as a table the count can join.
        pairs = [(site, url) for site, urls in request.sites for url in urls]
        union = " union all ".join(f"select :site_{i}, :site_url_{i}" for i in range(len(pairs)))
        for i, (site, url) in enumerate(pairs):
            params |= {f"site_{i}": site, f"site_url_{i}": url}
        counts["site"] = (
            f"with site_of (site, section) as ({union})"
            f" select site_of.site as value, count(distinct a.url) as n from (select url {base})"
            " as a join article_sections as s on s.url = a.url"
            " join site_of on site_of.section = s.section group by site_of.site"
            " order by n desc, value"
        )
    for name, count_sql in counts.items():
        try:
            result = await execute(count_sql, params, custom_time_limit=facet_time_limit_ms)
        except sqlite3.OperationalError:
            # An archive from before sections were recorded has no article_sections.
            if name in ("section", "site"):
                continue
            raise
        if result is None:  # out of time: that count is left out
            continue
        if name == "total":
            total = result.rows[0]["n"]
        else:
            facets[name] = [(str(r["value"]), r["n"]) for r in result.rows]
    return SearchResults(rows, total, facets, engine="fts5")
