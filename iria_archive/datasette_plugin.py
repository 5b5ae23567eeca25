"""The archive's Datasette plugin: safe full-text queries, highlighted snippets, a month facet.

Registered through the `datasette` entry point in pyproject.toml, so both
`iria-archive serve` and the tests' in-process Datasette load it.
"""

from __future__ import annotations

import sqlite3
from typing import Any

from datasette import hookimpl
from datasette.database import QueryInterrupted
from datasette.facets import Facet
from datasette.utils import (
    escape_sqlite,
    path_with_added_args,
    path_with_removed_args,
)
from markupsafe import Markup, escape

from iria_archive.fts import fts_query

# The search query marks matches with these; `render_cell` turns only them into HTML.
MARK_OPEN, MARK_CLOSE = "<mark>", "</mark>"


@hookimpl
def prepare_connection(conn: sqlite3.Connection) -> None:
    conn.create_function("fts_query", 1, fts_query, deterministic=True)


@hookimpl
def render_cell(value: Any, column: str, table: str | None) -> Markup | None:
    """Show the search snippet's matches highlighted, everything else escaped."""
    if table is not None or column != "snippet" or not isinstance(value, str):
        return None
    html = str(escape(value))
    html = html.replace(str(escape(MARK_OPEN)), MARK_OPEN)
    html = html.replace(str(escape(MARK_CLOSE)), MARK_CLOSE)
    return Markup(html)


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
    return [MonthFacet]
