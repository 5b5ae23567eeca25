"""The front page (`/`), and the archive's one stable route, `/archive`, whatever its file.

Datasette names a database, and routes it, after its file: `serve --db demo.db` served
`/demo/search`, so the README's `/archive/search?q=Vucic` was a 404. When Datasette
serves one archive, its route is `archive` (Datasette's own `Database.route`: every URL
it builds follows), and the file's name redirects there, so old links keep working.

The front page replaces Datasette's instance index for readers: the archive's name and
description (the config's), the search box, the latest articles as the search page's
cards, each site and section with its article count and date range, the months with
most articles, and the feeds and exports. The operator's view (every table with its row
count, crawl runs and errors, SQL) is Datasette's database page, `/archive`, which the
front page names only when the archive is not served `--public`.
"""

from __future__ import annotations

import re
from typing import Any

from datasette.utils.asgi import NotFound, Response

from iria_archive.web import public
from iria_archive.web.listings import card, listing_page, listing_path, month_name
from iria_archive.web.sections import SectionCatalog, archive_catalog

ARCHIVE_ROUTE = "archive"
LATEST = 10
TOP_MONTHS = 12
# Front-page figures per served file, kept while the archive's change stamp holds.
_FIGURES: dict[str, tuple[Any, dict[str, Any]]] = {}


def archive_database(datasette: Any) -> Any | None:
    """The one database Datasette serves, when it serves one (an archive); else None."""
    served = [db for name, db in datasette.databases.items() if not name.startswith("_")]
    return served[0] if len(served) == 1 else None


def stable_route(datasette: Any) -> None:
    """Route the one served archive at /archive, whatever its file's name (startup hook)."""
    db = archive_database(datasette)
    if db is not None:
        db.route = ARCHIVE_ROUTE


def redirect_routes(datasette: Any) -> list[tuple[str, Any]]:
    """/<file name>/... answers with a redirect to /archive/..., query string kept."""
    db = archive_database(datasette)
    if db is None or db.name == ARCHIVE_ROUTE:
        return []

    async def redirect(request: Any) -> Response:
        target = "/" + ARCHIVE_ROUTE + (request.url_vars.get("rest") or "")
        if request.query_string:
            target += "?" + request.query_string
        return Response.redirect(target, status=301)

    return [(rf"^/{re.escape(db.name)}(?P<rest>/.*)?$", redirect)]


def resolve_database(datasette: Any, route: str) -> Any:
    """The database at `route` (as Datasette routes it), or a 404 naming it."""
    try:
        return datasette.get_database(route=route)
    except KeyError:
        raise NotFound(f"Database not found: {route}") from None


async def front_figures(db: Any, catalog: SectionCatalog) -> dict[str, Any]:
    """Counts for the front page: articles, per section and site (with date ranges), months."""
    from iria_archive.search.index_log import archive_stamp

    stamp = await db.execute_fn(archive_stamp)
    cached = _FIGURES.get(db.path or db.name)
    if stamp is not None and cached and cached[0] == stamp:
        return cached[1]
    total = (await db.execute("select count(*) from articles")).rows[0][0]
    span = "count(*) as n, min(a.published) as first, max(a.published) as last"
    try:
        sections = (
            await db.execute(
                f"select s.section, {span} from article_sections as s"
                " join articles as a on a.url = s.url group by s.section"
            )
        ).rows
    except Exception:  # an archive from before sections: none to show
        sections = []
    by_section = {row["section"]: dict(row) for row in sections}
    sites = []
    for site, urls in catalog.site_sections().items():
        marks = ", ".join(f":s{i}" for i in range(len(urls)))
        if not marks or not any(url in by_section for url in urls):
            continue
        row = (
            await db.execute(
                f"select {span.replace('count(*)', 'count(distinct a.url)')}"
                " from article_sections as s join articles as a on a.url = s.url"
                f" where s.section in ({marks})",
                {f"s{i}": url for i, url in enumerate(urls)},
            )
        ).first()
        sites.append({"site": site, **dict(row), "sections": [u for u in urls if u in by_section]})
    months = (
        await db.execute(
            "select substr(published, 1, 7) as month, count(*) as n from articles"
            " where published glob '[0-9][0-9][0-9][0-9]-[0-9][0-9]*'"
            f" group by month order by n desc, month desc limit {TOP_MONTHS}"
        )
    ).rows
    figures = {
        "total": total,
        "by_section": by_section,
        "sites": sites,
        "months": [(row["month"], row["n"]) for row in months],
    }
    if stamp is not None:
        _FIGURES[db.path or db.name] = (stamp, figures)
    return figures


async def front_view(datasette: Any, request: Any) -> Response:
    db = archive_database(datasette)
    if db is None:
        served = [name for name in datasette.databases if not name.startswith("_")]
        if not served:
            raise NotFound("No archive is served")
        db = datasette.get_database(served[0])
    await datasette.ensure_permissions(request.actor, [("view-database", db.name), "view-instance"])
    catalog = await archive_catalog(datasette, db.name)
    figures = await front_figures(db, catalog)
    rows, _ = await listing_page(db, [], catalog, None, LATEST)
    base = datasette.urls.database(db.name)
    sites = []
    for site in figures["sites"]:
        sections = [
            {
                "title": catalog.title(url),
                "href": f"{base}/{listing_path('section', catalog.label(url))}",
                **figures["by_section"][url],
            }
            for url in site["sections"]
        ]
        sites.append(
            {
                "title": catalog.site_titles.get(site["site"], site["site"]),
                "href": f"{base}/{listing_path('site', site['site'])}",
                "sections": sections,
                **{k: site[k] for k in ("n", "first", "last")},
            }
        )
    context = {
        "database": db.name,
        "file_name": (db.path or db.name).rsplit("/", 1)[-1],
        "metadata": datasette.metadata(),
        "total": figures["total"],
        "cards": [card(row) for row in rows],
        "sites": sites,
        "several_sites": len(sites) > 1,
        "months": [
            (month_name(m), n, f"{base}/{listing_path('month', m)}") for m, n in figures["months"]
        ],
        "base": base,
        "search_url": base + "/search",
        "listing_url": lambda kind, value: f"{base}/{listing_path(kind, value)}",
        "category_link": lambda c: f"{base}/{listing_path('category', c)}",
        "article_url": lambda url: datasette.urls.row(db.name, "articles", _tilde(url)),
        "public": public.is_public(datasette),
    }
    html = await datasette.render_template("iria_front.html", context, request=request)
    return Response.html(html)


def _tilde(value: str) -> str:
    from datasette.utils import tilde_encode

    return tilde_encode(value)
