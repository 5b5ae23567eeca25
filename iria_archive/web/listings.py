"""Reader listings: every article of a section, site, category, tag, author or month.

`/archive/category/Balkans`, `/archive/tag/NATO`, `/archive/author/Ana%20Kovač`,
`/archive/month/2025-03`, `/archive/section/iria/europe`, `/archive/site/iria`, and
`/archive/browse` for every article: the search page's cards, newest first, with counts
by year, category and section above them; the same listing as `.json` and `.atom`. The
query string narrows further (`?year=2024`, `?category=Serbia`).

Pages are a keyset walk in one total order, `published desc, url` (articles without a
date last, as SQLite sorts NULL): each page starts after the last card of the one
before, so following "Older" reaches every article exactly once however many share a
date (no offset, nothing skipped at a tie). The order is the `published` index's, so a
page costs a few rows of it, not a sort of the whole archive.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qsl, quote, unquote, urlencode

from datasette.utils import tilde_encode
from datasette.utils.asgi import Response

from iria_archive.search.request import json_list
from iria_archive.web.sections import SectionCatalog, archive_catalog

PAGE_SIZE = 20
MAX_PAGE_SIZE = 100
FEED_SIZE = 50
LEAD_CHARS = 240
# What a listing can be of: the path's kind, or a narrowing argument of the same name.
KINDS = ("section", "site", "category", "tag", "author", "month", "year")
PATH_KINDS = ("section", "site", "category", "tag", "author", "month")
ROUTE = (
    r"^/(?P<database>[^/]+)/(?:(?P<kind>" + "|".join(PATH_KINDS) + r")/(?P<value>.+?)|browse)"
    r"(\.(?P<format>json|atom))?$"
)
# Facets shown above the cards: name -> heading.
FACETS = {"year": "Year", "category": "Category", "section": "Section"}
CARD_COLUMNS = (
    "articles.url, articles.title, articles.published, articles.author, articles.categories,"
    f" articles.tags, substr(articles.text, 1, {LEAD_CHARS + 40}) as lead,"
    " articles.description, articles.modified, articles.first_seen"
)


def path_value(value: str) -> str:
    """A value as a listing URL's last segments: percent-encoded, dots too (`.json` is a
    format); a section's "site/name" keeps its slash."""
    return "/".join(quote(part, safe="").replace(".", "%2E") for part in value.split("/"))


def listing_path(kind: str, value: str) -> str:
    """The path of a listing under the archive's route: `category/Western%20Balkans`."""
    return f"{kind}/{path_value(value)}"


# Where a page ends: (published, url), published None for an undated article.
Key = tuple[str | None, str]


@dataclass(frozen=True)
class Filter:
    kind: str
    value: str


def where_clause(
    filters: list[Filter], catalog: SectionCatalog
) -> tuple[list[str], dict[str, Any]]:
    """SQL conditions on `articles` for every filter (all must hold), and their parameters."""
    where: list[str] = []
    params: dict[str, Any] = {}
    for n, f in enumerate(filters):
        p = f"f{n}"
        if f.kind in ("section", "site"):
            urls = catalog.section_urls(f.value) if f.kind == "section" else ()
            urls = urls or (catalog.site_urls(f.value) if f.kind == "site" else (f.value,))
            marks = ", ".join(f":{p}_{i}" for i in range(len(urls))) or "null"
            where.append(
                f"articles.url in (select url from article_sections where section in ({marks}))"
            )
            params |= {f"{p}_{i}": url for i, url in enumerate(urls)}
        elif f.kind in ("category", "tag"):
            column = "categories" if f.kind == "category" else "tags"
            where.append(f"exists (select 1 from json_each(articles.{column}) where value = :{p})")
            params[p] = f.value
        elif f.kind == "author":
            where.append(f"articles.author = :{p}")
            params[p] = f.value
        else:  # month or year: a range of the published column, as written
            where.append(f"articles.published >= :{p} and articles.published < :{p}_end")
            params |= {p: f.value, f"{p}_end": f.value + "\uffff"}
    return where, params


def title_of(filters: list[Filter], catalog: SectionCatalog) -> str:
    """The listing's heading: "Category: Balkans · 2024"."""
    if not filters:
        return "Every article"
    names = {
        "section": "Section",
        "site": "Site",
        "category": "Category",
        "tag": "Tag",
        "author": "By",
        "month": "Published in",
        "year": "Published in",
    }
    parts = []
    for f in filters:
        shown = display(f, catalog)
        parts.append(f"{names[f.kind]} {shown}" if f.kind in ("author", "month", "year") else shown)
        if f is filters[0] and f.kind not in ("author", "month", "year"):
            parts[-1] = f"{names[f.kind]}: {shown}"
    return " · ".join(parts)


def display(f: Filter, catalog: SectionCatalog) -> str:
    """A filter's value as a reader reads it (a section's and a site's configured names)."""
    if f.kind == "section":
        urls = catalog.section_urls(f.value)
        return catalog.title(urls[0]) if urls else f.value
    if f.kind == "site":
        return catalog.site_titles.get(f.value, f.value)
    if f.kind == "month":
        return month_name(f.value)
    return f.value


def month_name(month: str) -> str:
    """2025-03 as March 2025."""
    import datetime as dt

    try:
        return f"{dt.date.fromisoformat(month + '-01'):%B %Y}"
    except ValueError:
        return month


def card(row: Any) -> dict[str, Any]:
    """An article row as the cards and the JSON show it: lists as lists, a lead as snippet."""
    lead = (row["lead"] or "").replace("\n", " ")
    return {
        "url": row["url"],
        "title": row["title"],
        "published": row["published"],
        "author": row["author"],
        "categories": json_list(row["categories"]),
        "tags": json_list(row["tags"]),
        "snippet": lead[:LEAD_CHARS] + ("…" if len(lead) > LEAD_CHARS else ""),
    }


async def listing_page(
    db: Any,
    filters: list[Filter],
    catalog: SectionCatalog,
    after: Key | None,
    size: int,
) -> tuple[list[Any], Key | None]:
    """One page of the listing after the keyset `after` (published, url); and the next key."""
    where, params = where_clause(filters, catalog)
    if after and after[0] is None:  # among the undated, last of all
        where.append("articles.published is null and articles.url > :after_u")
    elif after:
        where.append(
            "(articles.published < :after_p or articles.published is null"
            " or (articles.published = :after_p and articles.url > :after_u))"
        )
        params["after_p"] = after[0]
    if after:
        params["after_u"] = after[1]
    sql = (
        f"select {CARD_COLUMNS} from articles"
        + (" where " + " and ".join(where) if where else "")
        + f" order by articles.published desc, articles.url limit {size + 1}"
    )
    rows = list((await db.execute(sql, params)).rows)
    more = len(rows) > size
    rows = rows[:size]
    last = rows[-1] if more else None
    return rows, (last["published"], last["url"]) if last else None


async def index_counts(
    db: Any, filters: list[Filter], catalog: SectionCatalog
) -> tuple[int | None, dict[str, list[tuple[str, int]]]] | None:
    """The counts from the search index, when it is in step and holds every filter (it
    has no tag or author field): milliseconds where SQL scans the whole archive."""
    import asyncio
    import calendar
    import datetime as dt

    from iria_archive.search.request import SearchRequest
    from iria_archive.search.tantivy_engine import tantivy_search
    from iria_archive.web.search_page import fresh_index

    kinds = [f.kind for f in filters]
    dates = [f for f in filters if f.kind in ("month", "year")]
    if {"tag", "author"} & set(kinds) or kinds.count("category") > 1 or len(dates) > 1:
        return None
    since = until = None
    try:
        if dates and dates[0].kind == "month":
            year, month = (int(part) for part in dates[0].value.split("-"))
            since = dt.date(year, month, 1)
            until = dt.date(year, month, calendar.monthrange(year, month)[1])
        elif dates:
            since, until = dt.date(int(dates[0].value), 1, 1), dt.date(int(dates[0].value), 12, 31)
    except ValueError:
        return None
    groups = []
    for f in filters:
        if f.kind == "section":
            groups.append(catalog.section_urls(f.value) or (f.value,))
        elif f.kind == "site":
            groups.append(catalog.site_urls(f.value))
    index = await fresh_index(db)
    if index is None:
        return None
    category = next((f.value for f in filters if f.kind == "category"), None)
    request = SearchRequest(
        sort="newest",
        since=since,
        until=until,
        category=category,
        size=1,
        browse=True,
        in_sections=tuple(groups),
    )
    _, total, facets, _ = await asyncio.to_thread(tantivy_search, index.index, request)
    facets["section"] = [(catalog.label(url), n) for url, n in facets.get("section", [])]
    return total, {name: facets[name] for name in FACETS if facets.get(name)}


async def listing_counts(
    datasette: Any, db: Any, filters: list[Filter], catalog: SectionCatalog
) -> tuple[int | None, dict[str, list[tuple[str, int]]]]:
    """How many articles the listing holds, and its counts by year, category and section."""
    from datasette.database import QueryInterrupted

    counted = await index_counts(db, filters, catalog)
    if counted is not None:
        return counted
    where, params = where_clause(filters, catalog)
    base = "from articles" + (" where " + " and ".join(where) if where else "")
    queries = {
        "total": f"select count(*) as n {base}",
        "year": (
            f"select substr(published, 1, 4) as value, count(*) as n {base}"
            " group by value having value glob '[0-9][0-9][0-9][0-9]' order by value desc"
        ),
        "category": (
            f"select j.value as value, count(*) as n from (select categories {base}) as a,"
            " json_each(a.categories) as j group by j.value order by n desc, value limit 30"
        ),
        "section": (
            f"select s.section as value, count(*) as n from (select url {base}) as a"
            " join article_sections as s on s.url = a.url group by s.section"
            " order by n desc, value limit 100"
        ),
    }
    limit = datasette.setting("facet_time_limit_ms")
    total, facets = None, {}
    for name, sql in queries.items():
        try:
            result = await db.execute(sql, params, custom_time_limit=limit)
        except QueryInterrupted:
            continue
        except sqlite3.OperationalError:  # an archive from before sections: no section facet
            continue
        if name == "total":
            total = result.rows[0]["n"]
        elif name == "section":
            facets[name] = [(catalog.label(r["value"]), r["n"]) for r in result.rows]
        else:
            facets[name] = [(str(r["value"]), r["n"]) for r in result.rows]
    return total, facets


def parse_after(token: str | None) -> Key | None:
    """The `next` argument as a keyset; None if unreadable (the first page, then)."""
    from datasette.utils import tilde_decode

    if not token or "," not in token or token[0] not in "PN":
        return None
    published, url = token[1:].split(",", 1)
    return (tilde_decode(published) if token[0] == "P" else None), tilde_decode(url)


def after_token(key: Key) -> str:
    """A keyset as the `next` argument: P<published>,<url> (tilde-encoded), N,<url> undated."""
    published = "N" if key[0] is None else "P" + tilde_encode(key[0])
    return published + "," + tilde_encode(key[1])


async def listing_view(datasette: Any, request: Any) -> Response:
    from iria_archive.web.front import resolve_database

    db = resolve_database(datasette, request.url_vars["database"])
    await datasette.ensure_permissions(
        request.actor,
        [("view-table", (db.name, "articles")), ("view-database", db.name), "view-instance"],
    )
    catalog = await archive_catalog(datasette, db.name)
    kind, raw = request.url_vars.get("kind"), request.url_vars.get("value")
    filters = []
    if kind:
        value = "/".join(unquote(part) for part in raw.split("/"))
        filters.append(Filter(kind, value))
    path_filter = filters[0] if filters else None
    for name in KINDS:
        for value in request.args.getlist(name):
            if value and Filter(name, value) != path_filter:
                filters.append(Filter(name, value))
    fmt = request.url_vars.get("format")
    try:
        size = min(max(int(request.args.get("_size") or PAGE_SIZE), 1), MAX_PAGE_SIZE)
    except ValueError:
        size = PAGE_SIZE
    if fmt == "atom":
        rows, _ = await listing_page(db, filters, catalog, None, FEED_SIZE)
        return atom_response(datasette, request, title_of(filters, catalog), rows)
    after = parse_after(request.args.get("next"))
    rows, next_key = await listing_page(db, filters, catalog, after, size)
    total, facets = await listing_counts(datasette, db, filters, catalog)
    base = datasette.urls.database(db.name)
    path = request.path.rsplit(".", 1)[0] if fmt else request.path
    kept = [(k, v) for k, v in parse_qsl(request.query_string) if k != "next"]

    def link(drop: tuple[str, str] | None = None, add: tuple[str, str] | None = None) -> str:
        args = [a for a in kept if a != drop] + ([add] if add else [])
        return path + ("?" + urlencode(args) if args else "")

    next_url = None
    if next_key:
        # The next page in the same format (request.path keeps the .json).
        next_url = request.path + "?" + urlencode([*kept, ("next", after_token(next_key))])

    def article(url: str) -> str:
        return datasette.urls.row(db.name, "articles", tilde_encode(url))

    cards = [card(row) for row in rows]
    title = title_of(filters, catalog)
    if fmt == "json":
        return Response.json(
            {
                "title": title,
                "filters": [{"kind": f.kind, "value": f.value} for f in filters],
                "total": total,
                "facets": {name: dict(values) for name, values in facets.items()},
                "rows": [
                    {**c, "article_url": datasette.absolute_url(request, article(c["url"]))}
                    for c in cards
                ],
                "next": after_token(next_key) if next_key else None,
                "next_url": datasette.absolute_url(request, next_url) if next_url else None,
            }
        )

    selected = {(f.kind, f.value) for f in filters[1 if path_filter else 0 :]}
    facet_links = {}
    for name, values in facets.items():
        if path_filter and path_filter.kind == "month" and name == "year":
            continue
        shown = []
        for value, count in values:
            if path_filter and (name, value) == (path_filter.kind, path_filter.value):
                continue
            on = (name, value) in selected
            href = link(drop=(name, value)) if on else link(add=(name, value))
            label = display(Filter(name, value), catalog)
            shown.append({"value": value, "label": label, "count": count, "href": href, "on": on})
        if shown:
            facet_links[name] = shown
    context = {
        "database": db.name,
        "site_title": datasette.metadata("title"),
        "listing_title": title,
        "filters": filters,
        "total": total,
        "cards": cards,
        "facets": facet_links,
        "facet_labels": FACETS,
        "next_url": next_url,
        "first_url": link() if after else None,
        "json_url": path + ".json" + ("?" + request.query_string if request.query_string else ""),
        "atom_url": path + ".atom" + ("?" + urlencode(kept) if kept else ""),
        "article_url": article,
        "listing_url": lambda kind, value: f"{base}/{listing_path(kind, value)}",
        "category_link": lambda c: f"{base}/{listing_path('category', c)}",
        "search_url": base + "/search",
        "raw_url": raw_table_url(datasette, db.name, filters, catalog),
    }
    html = await datasette.render_template("iria_listing.html", context, request=request)
    return Response.html(html)


def raw_table_url(
    datasette: Any, database: str, filters: list[Filter], catalog: SectionCatalog
) -> str:
    """The same articles in Datasette's table view, for those who want every column."""
    args: list[tuple[str, str]] = []
    for f in filters:
        if f.kind == "category":
            args.append(("categories__arraycontains", f.value))
        elif f.kind == "tag":
            args.append(("tags__arraycontains", f.value))
        elif f.kind == "author":
            args.append(("author", f.value))
        elif f.kind in ("month", "year"):
            args.append(("published__startswith", f.value))
        elif f.kind == "section":
            args.append(("_section", f.value))
    url = datasette.urls.table(database, "articles")
    return url + ("?" + urlencode(args) if args else "")


def atom_response(datasette: Any, request: Any, title: str, rows: list[Any]) -> Response:
    """The listing's newest articles as an Atom feed (feedgen, as datasette-atom uses)."""
    from feedgen.feed import FeedGenerator

    site = datasette.metadata("title") or "Archive"
    feed = FeedGenerator()
    feed.id(request.url)
    feed.link(href=request.url, rel="self")
    feed.title(f"{title} · {site}")
    feed.author({"name": site})
    stamps = [atom_time(row) for row in rows]
    feed.updated(max(stamps) if stamps else "1970-01-01T00:00:00+00:00")
    for row, stamp in zip(reversed(rows), reversed(stamps), strict=True):
        entry = feed.add_entry()
        entry.id(row["url"])
        entry.title(row["title"] or row["url"])
        entry.updated(stamp)
        entry.link(href=row["url"])
        entry.author({"name": (row["author"] or "").strip() or site})
        if row["description"]:
            entry.summary(row["description"])
    return Response(feed.atom_str(pretty=True), content_type="application/atom+xml; charset=utf-8")


def atom_time(row: Any) -> str:
    """The entry's update time with a zone, as Atom requires (a bare date is midnight UTC)."""
    stamp = row["modified"] or row["published"] or row["first_seen"] or "1970-01-01"
    if len(stamp) == 10:
        return stamp + "T00:00:00+00:00"
    if stamp[-6] not in "+-" and not stamp.endswith("Z"):
        return stamp + "+00:00"
    return stamp
