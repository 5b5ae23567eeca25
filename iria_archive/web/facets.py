"""The table view's own facets: by publication month, and by the sections that list an article.

Both are one count query whose rows become toggle links; `CountFacet` does the
Datasette side (time limit, links, the result's shape) and each facet says its query
and what selecting a value filters by.
"""

from __future__ import annotations

import sqlite3
from typing import Any

from datasette.database import QueryInterrupted
from datasette.facets import Facet
from datasette.utils import escape_sqlite, path_with_added_args, path_with_removed_args

from iria_archive.web.sections import SECTION_ARG, archive_catalog


class CountFacet(Facet):
    """A facet of the `value, count` rows of one query over the table view's rows."""

    type = ""

    async def suggest(self) -> list[dict[str, Any]]:
        return []  # asked for by name only, never suggested

    def count_sql(self, column: str, limit: int) -> str:
        """The `value, count` query over the view's rows (`self.sql`), at most `limit` rows."""
        raise NotImplementedError

    async def choices(self, column: str, rows: list[Any]) -> list[tuple[str, int, str, bool]]:
        """(label, count, filter argument, selected) for each counted row."""
        raise NotImplementedError

    def result_name(self, column: str) -> str:
        return column

    async def count(self, column: str, limit: int) -> Any:
        return await self.ds.execute(
            self.database,
            self.count_sql(column, limit),
            self.params,
            truncate=False,
            custom_time_limit=self.ds.setting("facet_time_limit_ms"),
        )

    async def facet_results(self) -> tuple[list[dict[str, Any]], list[str]]:
        results: list[dict[str, Any]] = []
        timed_out: list[str] = []
        size = self.get_facet_size()
        for source_and_config in self.get_configs():
            config = source_and_config["config"]
            column = config.get("column") or config["simple"]
            try:
                rows = await self.count(column, size + 1)
            except QueryInterrupted:
                timed_out.append(column)
                continue
            if rows is None:
                continue
            values = []
            for label, count, arg, selected in await self.choices(column, rows.rows[:size]):
                change = path_with_removed_args if selected else path_with_added_args
                path = change(self.request, {arg: label})
                values.append(
                    {
                        "value": label,
                        "label": label,
                        "count": count,
                        "toggle_url": self.ds.absolute_url(self.request, path),
                        "selected": selected,
                    }
                )
            facet_arg = f"_facet_{self.type}"
            results.append(
                {
                    "name": self.result_name(column),
                    "type": self.type,
                    "results": values,
                    "hideable": source_and_config["source"] != "metadata",
                    "toggle_url": path_with_removed_args(self.request, {facet_arg: column}),
                    "truncated": len(rows) > size,
                }
            )
        return results, timed_out


class MonthFacet(CountFacet):
    """Facet by publication month (YYYY-MM) of an ISO 8601 column: `_facet_month=published`.

    Datasette's date facet counts days, too fine for an archive spanning years. Selecting
    a month filters with `published__startswith=YYYY-MM`.
    """

    type = "month"

    def count_sql(self, column: str, limit: int) -> str:
        col = escape_sqlite(column)
        return (
            f"select substr({col}, 1, 7) as value, count(*) as count from ({self.sql}) "
            f"where {col} glob '[0-9][0-9][0-9][0-9]-[0-9][0-9]*' "
            f"group by value order by value desc limit {limit}"
        )

    async def choices(self, column: str, rows: list[Any]) -> list[tuple[str, int, str, bool]]:
        arg = f"{column}__startswith"
        selected = dict(self.get_querystring_pairs()).get(arg)
        return [(row["value"], row["count"], arg, row["value"] == selected) for row in rows]


class SectionFacet(CountFacet):
    """Facet articles by the sections that list them: `_facet_section=url`.

    An article in two sections counts in both. Selecting one filters with `_section=`
    (sections.section_filter), the section's "site/name" from the config or a label from
    its URL.
    """

    type = "section"

    def count_sql(self, column: str, limit: int) -> str:
        return (
            f"select s.section as value, count(*) as count from ({self.sql}) as a"
            " join article_sections as s on s.url = a.url"
            f" group by s.section order by count desc, value limit {limit}"
        )

    async def count(self, column: str, limit: int) -> Any:
        try:
            return await super().count(column, limit)
        except sqlite3.OperationalError:  # an archive from before sections: no facet
            return None

    async def choices(self, column: str, rows: list[Any]) -> list[tuple[str, int, str, bool]]:
        catalog = await archive_catalog(self.ds, self.database)
        wanted = set(self.request.args.getlist(SECTION_ARG))
        choices = []
        for row in rows:
            label = catalog.label(row["value"])
            selected = label in wanted or row["value"] in wanted
            choices.append((label, row["count"], SECTION_ARG, selected))
        return choices

    def result_name(self, column: str) -> str:
        return "sections"
