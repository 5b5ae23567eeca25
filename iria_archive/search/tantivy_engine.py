"""The tantivy engine: a SearchRequest as tantivy queries, top-k hits, facet counts, snippets."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

import tantivy

from iria_archive.search.documents import TEXT_FIELDS, analyzer
from iria_archive.search.query import parse_terms
from iria_archive.search.request import SNIPPET_CHARS, SearchRequest


def tantivy_search(
    index: Any, request: SearchRequest
) -> tuple[list[str], int, dict[str, Any], Any]:
    """The page's URLs, the total, the facet counts, and a snippet maker, from tantivy."""
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

        def day(when: date | None) -> int | None:
            return int(when.strftime("%Y%m%d")) if when else None

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
