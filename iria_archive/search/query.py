"""What a reader types: an FTS5 query (search page, `export --query`), or terms for tantivy."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from sqlite_utils import Database

# A query FTS5 accepts and that matches nothing: what an empty search box means.
MATCH_NOTHING = '""'
# Bounds on what one query can cost (issue 9: 3,000 `a*` terms never answered, snippet()
# grows with the square of the terms and is not interrupted by sql_time_limit_ms).
# Longer queries are cut, not refused: a pasted paragraph still finds its article.
MAX_QUERY_CHARS = 300
MAX_QUERY_TERMS = 12
# An English possessive ('s or ’s) ends a word: "Vučić's" means Vučić, not "Vučić s".
_POSSESSIVE = re.compile(r"(?<=\w)['’]s\b")
# sqlite-utils quotes each bare word; a trailing * must stay outside the quotes to mean
# a prefix query in FTS5 ("sanction"*), inside them it is dropped by the tokenizer.
_QUOTED_PREFIX = re.compile(r'"([^"]*?)\*+"')


def fts_query(
    query: str | None, max_terms: int = MAX_QUERY_TERMS, max_chars: int = MAX_QUERY_CHARS
) -> str:
    """Turn what a reader typed into an FTS5 query that cannot be a syntax error.

    Every word is quoted (so AND, OR, NEAR, "-" and ":" are plain text), "phrases in
    quotes" stay phrases, a trailing * keeps its prefix meaning (sanction*), and a
    possessive 's is dropped. An empty query matches nothing. At most `max_chars` of the
    query and its first `max_terms` words or phrases are used.
    """
    query = _POSSESSIVE.sub("", (query or "")[:max_chars].strip())
    # quote_fts is a pure string function; it needs no open database.
    quoted = Database(memory=True).quote_fts(query)
    quoted = _QUOTED_PREFIX.sub(lambda m: f'"{m.group(1)}"*' if m.group(1) else '""', quoted)
    # Words of punctuation alone ("-", "*") hold no token: FTS5 rejects an empty phrase
    # next to others, so drop them.
    terms = [t for t in _split_terms(quoted) if t and t != '""' and _has_token(t)]
    return " ".join(terms[:max_terms]) or MATCH_NOTHING


def _split_terms(quoted: str) -> list[str]:
    """The quoted terms of quote_fts's output: `"a b" "c"*` -> ['"a b"', '"c"*']."""
    return re.findall(r'"(?:[^"]|"")*"\*?', quoted)


def _has_token(term: str) -> bool:
    return any(ch.isalnum() for ch in term)


_TERM = re.compile(r'"([^"]*)"(\*?)|(\S+)')


@dataclass(frozen=True)
class Term:
    """One word, phrase or prefix of a query, as tokens of the index's analyzer."""

    tokens: tuple[str, ...]
    prefix: bool = False


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
