"""What a reader asks of the search page, and what either engine answers.

Both engines take the same `SearchRequest` and give the same `SearchResults` (rows,
total, counts by facet), so the page, its JSON and the benchmark do not care which one
answered. tantivy is the fast path (tantivy_engine.py); FTS5 (fts5.py) is the fallback
while the index is missing or behind the archive, and what Datasette's own `_search`
and `export --query` use.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from typing import Any

from iria_archive.search.query import MAX_QUERY_CHARS

PAGE_SIZE = 20
MAX_PAGE_SIZE = 100
MAX_PAGE = 500  # deep pages cost the most and nobody reads them; the export has all rows
SNIPPET_CHARS = 240
SORTS = ("relevance", "newest")
# Facets shown beside the results: name -> label. A new one is a row here, a field in
# documents.schema and a count below. "section" counts are by section URL and "site"
# counts by the site names the caller gives (SearchRequest.sites); the plugin labels them.
FACETS = {"site": "Site", "section": "Section", "category": "Category", "year": "Year"}
RESULT_COLUMNS = ("url", "title", "published", "author", "categories", "snippet")


@dataclass(frozen=True)
class SearchRequest:
    q: str = ""
    sort: str = "relevance"
    since: dt.date | None = None
    until: dt.date | None = None
    category: str | None = None
    section: str | None = None  # as the reader picked it: "site/name" or a URL label
    site: str | None = None
    page: int = 1
    size: int = PAGE_SIZE
    browse: bool = False  # no words, a sort asked for: every article, in that order
    # What `section` and `site` mean, filled in by the caller from the archive's sections:
    # groups of section URLs, an article must be in one URL of every group.
    in_sections: tuple[tuple[str, ...], ...] = ()
    # site name -> its section URLs, for the site counts (empty: no site facet).
    sites: tuple[tuple[str, tuple[str, ...]], ...] = ()

    @classmethod
    def from_args(cls, args: Any, max_chars: int = MAX_QUERY_CHARS) -> SearchRequest:
        """From a query string; what cannot be read is ignored, never an error page."""
        sort = args.get("sort") or "relevance"
        return cls(
            q=(args.get("q") or "")[:max_chars].strip(),
            sort=sort if sort in SORTS else "relevance",
            since=_date(args.get("since")),
            until=_date(args.get("until")),
            category=args.get("category") or None,
            section=args.get("section") or None,
            site=args.get("site") or None,
            page=min(max(_int(args.get("page"), 1), 1), MAX_PAGE),
            size=min(max(_int(args.get("_size"), PAGE_SIZE), 1), MAX_PAGE_SIZE),
            browse=bool(args.get("sort")),
        )

    @property
    def offset(self) -> int:
        return (self.page - 1) * self.size

    @property
    def filtered(self) -> bool:
        return bool(self.since or self.until or self.category or self.section or self.site)

    def args(self, **changes: Any) -> dict[str, str]:
        """This request as query-string arguments (defaults left out), with `changes`."""
        values = {
            "q": self.q,
            "sort": self.sort if self.sort != "relevance" or self.browse else "",
            "since": self.since.isoformat() if self.since else "",
            "until": self.until.isoformat() if self.until else "",
            "category": self.category or "",
            "section": self.section or "",
            "site": self.site or "",
            "page": str(self.page) if self.page > 1 else "",
        }
        values.update({k: "" if v is None else str(v) for k, v in changes.items()})
        return {k: v for k, v in values.items() if v}


def _date(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value) if value else None
    except ValueError:
        return None


def _int(value: str | None, default: int) -> int:
    try:
        return int(value) if value else default
    except ValueError:
        return default


@dataclass
class SearchResults:
    rows: list[dict[str, Any]]
    total: int | None  # None: FTS5 could not count them in time
    facets: dict[str, list[tuple[str, int]]] = field(default_factory=dict)
    engine: str = "tantivy"
    note: str | None = None

    def as_json(self, request: SearchRequest) -> dict[str, Any]:
        return {
            "q": request.q,
            "sort": request.sort,
            "page": request.page,
            "size": request.size,
            "total": self.total,
            "engine": self.engine,
            "note": self.note,
            "facets": {name: dict(values) for name, values in self.facets.items()},
            "rows": self.rows,
        }


def json_list(value: str | None) -> list[str]:
    """An article's JSON array column (categories, tags) as a list; [] when unreadable."""
    try:
        items = json.loads(value or "[]")
    except ValueError:
        return []
    return [str(item) for item in items] if isinstance(items, list) else []
