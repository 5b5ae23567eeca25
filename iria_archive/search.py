"""The search page's query: words, filters, sort, page; answered by tantivy or by FTS5.

Both engines take the same `SearchRequest` and give the same `SearchResults` (rows,
total, counts by category and year), so the page, its JSON and the benchmark do not care
which one answered. tantivy is the fast path (iria_archive/search_index.py); FTS5 is the
fallback while the index is missing or behind the archive, and what Datasette's own
`_search` and `export --query` use.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sqlite3
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

from iria_archive.fts import MAX_QUERY_CHARS, MAX_QUERY_TERMS, fts_query

PAGE_SIZE = 20
MAX_PAGE_SIZE = 100
MAX_PAGE = 500  # deep pages cost the most and nobody reads them; the export has all rows
SNIPPET_CHARS = 240
SORTS = ("relevance", "newest")
# Facets shown beside the results: name -> label. A new one is a row here, a field in
# search_index.schema and a count below. "section" counts are by section URL and "site"
# counts by the site names the caller gives (SearchRequest.sites); the plugin labels them.
FACETS = {"site": "Site", "section": "Section", "category": "Category", "year": "Year"}
RESULT_COLUMNS = ("url", "title", "published", "author", "categories", "snippet")

_POSSESSIVE = re.compile(r"(?<=\w)['’]s\b")
_TERM = re.compile(r'"([^"]*)"(\*?)|(\S+)')


@dataclass(frozen=True)
class Term:
    """One word, phrase or prefix of a query, as tokens of the index's analyzer."""

    tokens: tuple[str, ...]
    prefix: bool = False


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


def parse_terms(
    query: str, analyze: Callable[[str], list[str]], max_terms: int = MAX_QUERY_TERMS
) -> list[Term]:
    """The words, "phrases" and prefix* terms of a query, like fts_query reads them."""
    terms = []
    for phrase, star, word in _TERM.findall(_POSSESSIVE.sub("", query)):
        text = phrase if phrase or star else word
        prefix = bool(star) or (not phrase and text.endswith("*"))
        tokens = tuple(analyze(text.rstrip("*") if prefix else text))
        if tokens:
            terms.append(Term(tokens, prefix))
    return terms[:max_terms]


# --- tantivy ----------------------------------------------------------------------------


def tantivy_search(index: Any, request: SearchRequest) -> tuple[list[str], int, dict, Any]:
    """The page's URLs, the total, the facet counts, and a snippet maker, from tantivy."""
    import tantivy

    from iria_archive.search_index import TEXT_FIELDS, analyzer

    schema = index.schema
    searcher = index.searcher()
    analyze = analyzer().analyze
    must = []
    highlight = []  # term queries on `text`, for the snippet only
    for term in parse_terms(request.q, analyze):
        per_field = []
        for name in TEXT_FIELDS:
            if term.prefix and len(term.tokens) == 1:
                # Every word of the prefix, as FTS5 does (phrase_prefix_query stops at 50).
                pattern = re.escape(term.tokens[0]) + ".*"
                per_field.append(tantivy.Query.regex_query(schema, name, pattern))
            elif term.prefix:
                per_field.append(tantivy.Query.phrase_prefix_query(schema, name, list(term.tokens)))
            elif len(term.tokens) > 1:
                per_field.append(tantivy.Query.phrase_query(schema, name, list(term.tokens)))
            else:
                per_field.append(tantivy.Query.term_query(schema, name, term.tokens[0]))
        must.append(tantivy.Query.boolean_query([(tantivy.Occur.Should, q) for q in per_field]))
        words = list(term.tokens)
        if term.prefix:
            expansions = searcher.terms_with_prefix("text", words[-1], limit=20)
            words = words[:-1] + [word for word, _ in expansions]
        highlight += [tantivy.Query.term_query(schema, "text", word) for word in words]
    if request.q and not must:
        return [], 0, {}, None  # punctuation only: nothing to look for
    filters = []
    if request.category:
        filters.append(tantivy.Query.term_query(schema, "category", request.category))
    if any(not group for group in request.in_sections):
        return [], 0, {}, None  # a section or site the archive does not hold
    filters += [_any_section(schema, group) for group in request.in_sections]
    if request.since or request.until:
        day = lambda d: int(d.strftime("%Y%m%d")) if d else None  # noqa: E731
        filters.append(
            tantivy.Query.range_query(
                schema, "day", tantivy.FieldType.Integer, day(request.since), day(request.until)
            )
        )
    clauses = must + filters
    if not clauses:
        query = tantivy.Query.all_query()
    else:
        query = tantivy.Query.boolean_query([(tantivy.Occur.Must, q) for q in clauses])
    newest = request.sort == "newest" or not must
    result = searcher.search(
        query,
        request.size,
        count=True,
        offset=request.offset,
        **({"order_by_field": "published"} if newest else {}),
    )
    urls = [searcher.doc(address)["url"][0] for _, address in result.hits]
    aggregations = searcher.aggregate(
        query,
        {
            "category": {"terms": {"field": "category", "size": 50}},
            "year": {"terms": {"field": "year", "size": 200}},
            "section": {"terms": {"field": "section", "size": 500}},
        },
    )
    facets = {
        name: [(str(b["key"]), b["doc_count"]) for b in aggregations[name]["buckets"]]
        for name in ("category", "year", "section")
    }
    facets["year"].sort(reverse=True)
    # A site's count is of articles, not memberships: one count per site (a handful).
    sites = []
    for name, site_urls in request.sites:
        in_site = tantivy.Query.boolean_query(
            [(tantivy.Occur.Must, query), (tantivy.Occur.Must, _any_section(schema, site_urls))]
        )
        count = searcher.search(in_site, 1, count=True).count
        if count:
            sites.append((name, count))
    if request.sites:
        facets["site"] = sorted(sites, key=lambda item: (-item[1], item[0]))

    snippet = None
    if highlight:
        generator = tantivy.SnippetGenerator.create(
            searcher,
            tantivy.Query.boolean_query([(tantivy.Occur.Should, q) for q in highlight]),
            schema,
            "text",
        )
        generator.set_max_num_chars(SNIPPET_CHARS)

        def snippet(text: str) -> str:
            made = generator.snippet_from_doc(tantivy.Document(text=text))
            return _marked(made.fragment(), [(r.start, r.end) for r in made.highlighted()])

    return urls, result.count, facets, snippet


def _any_section(schema: Any, urls: tuple[str, ...]) -> Any:
    import tantivy

    terms = [tantivy.Query.term_query(schema, "section", url) for url in urls]
    return tantivy.Query.boolean_query([(tantivy.Occur.Should, q) for q in terms])


def _marked(fragment: str, ranges: list[tuple[int, int]]) -> str:
    """The fragment with <mark> around the byte ranges tantivy highlighted, FTS5-style."""
    if not fragment:
        return ""
    data = fragment.encode("utf-8")
    parts, at = [], 0
    for start, end in ranges:
        parts += [data[at:start], b"<mark>", data[start:end], b"</mark>"]
        at = end
    parts.append(data[at:])
    return "…" + b"".join(parts).decode("utf-8").replace("\n", " ") + "…"


# --- FTS5 -------------------------------------------------------------------------------

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
    from datasette.database import QueryInterrupted

    where, params = _fts_where(request)
    params |= {"limit": request.size, "offset": request.offset}
    if request.q:
        if request.sort == "newest":
            order = "articles.published desc, articles.url"
        else:
            order = "articles_fts.rank"
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
        except QueryInterrupted:
            continue
        except sqlite3.OperationalError:
            # An archive from before sections were recorded has no article_sections.
            if name in ("section", "site"):
                continue
            raise
        if name == "total":
            total = result.rows[0]["n"]
        else:
            facets[name] = [(str(r["value"]), r["n"]) for r in result.rows]
    return SearchResults(rows, total, facets, engine="fts5")


def json_list(value: str | None) -> list[str]:
    """An article's JSON array column (categories, tags) as a list; [] when unreadable."""
    try:
        items = json.loads(value or "[]")
    except ValueError:
        return []
    return [str(item) for item in items] if isinstance(items, list) else []
