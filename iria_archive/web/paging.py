"""Every page of a sorted table in one total order, so paging never skips or repeats a row.

Datasette 0.65 (and 1.0's alphas) sorts a table's first page by the sort column alone
(`order by published desc`) but every later page by the sort column then the primary
key, continuing after the last row shown (`published < :p or (published = :p and url >
:u)`). Rows that tie on the sort column at a page boundary come in the first page in
whatever order SQLite picks, so some of them are skipped and some repeated: 4,992 of
5,000 articles in the CSV stream (issue 19, item 6).

The fix gives the first page a `_next` token that every row comes after: Datasette then
uses the same keyset query, `order by <sort>, <primary key>` included, for every page,
the first one too, whatever the table, sort, filters or format (HTML, JSON, the CSV
stream). The token is internal: links and `next_url` are built from the request, which
is left as it came.
"""

from __future__ import annotations

import functools
from typing import Any

from datasette.utils import escape_sqlite, tilde_decode, tilde_encode


async def first_page_token(datasette: Any, request: Any) -> str | None:
    """A `_next` token before every row of the requested sorted table, or None.

    None when Datasette already pages in one order (no sort: primary key order on every
    page), for views and canned queries (paged by offset, or not at all), and whenever
    the request is one Datasette will refuse anyway (an unknown table or column).
    """
    try:
        db = datasette.get_database(route=tilde_decode(request.url_vars["database"]))
        table = tilde_decode(request.url_vars["table"])
    except KeyError:
        return None
    if await datasette.get_canned_query(db.name, table, request.actor):
        return None
    if not await db.table_exists(table):
        return None
    sort, sort_desc = request.args.get("_sort"), request.args.get("_sort_desc")
    if not sort and not sort_desc:
        metadata = datasette.table_metadata(db.name, table)
        sort, sort_desc = metadata.get("sort"), metadata.get("sort_desc")
    if bool(sort) == bool(sort_desc):  # neither (key order already), or Datasette's error
        return None
    column = sort or sort_desc
    pks = await db.primary_keys(table)
    if column not in await db.table_columns(table) and column not in pks:
        return None
    key = pks[0] if pks else "rowid"
    top, floor = (
        await db.execute(
            f"select max({escape_sqlite(column)}), min({escape_sqlite(key)})"
            f" from {escape_sqlite(table)}"
        )
    ).first()
    if floor is None:
        return None  # an empty table: one page
    # A key value below every key: the keyset clause `key > floor` holds for every row.
    floor = "" if isinstance(floor, (str, bytes)) else floor - 1
    if sort:
        # Ascending, nulls first: `$null` continues "after the nulls before this key",
        # which with the floor is every null and every value.
        value = "$null"
    elif top is None:
        value = "$null"  # descending and every value null: the nulls after the floor
    elif isinstance(top, bytes):
        return None  # a blob cannot be written in a token; left as Datasette does it
    else:
        # Descending: `column < top or column is null or (column = top and key > floor)`.
        value = tilde_encode(str(top))
    components = [tilde_encode(str(floor))] + [""] * (len(pks) - 1)
    return ",".join([value, *components])


def page_in_one_order(data: Any) -> Any:
    """TableView.data with the first page of a sorted table asked as a keyset page."""

    @functools.wraps(data)
    async def wrapped(
        self: Any, request: Any, default_labels: bool = False, _next: Any = None, **kwargs: Any
    ) -> Any:
        if _next is None and not request.args.get("_next"):
            _next = await first_page_token(self.ds, request)
        return await data(self, request, default_labels, _next, **kwargs)

    wrapped.iria_paging = True  # type: ignore[attr-defined]
    return wrapped


def install() -> None:
    """Wrap Datasette's table view once (at start-up: importing it with the plugin is circular)."""
    from datasette.views.table import TableView

    if not getattr(TableView.data, "iria_paging", False):
        TableView.data = page_in_one_order(TableView.data)
