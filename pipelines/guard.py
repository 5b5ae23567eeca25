"""What the store will not take on trust: error pages posing as articles, canonical
links that are no permalinks of the page. Pure functions, no database.
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import urlsplit

# A text sharing less than this share of its word triples with the archived one, while
# the page declares no newer date, is taken for an error page (a soft error) and held.
SOFT_ERROR_SIMILARITY = 0.2
# Texts shorter than this (in words) are too short to judge that way.
SOFT_ERROR_MIN_WORDS = 20
# Paths that are listings, never one article's permalink.
_LISTING_PATH = re.compile(r"/(category|tag|author)/|/page/\d+/?$")


def _shingles(text: str) -> set[tuple[str, ...]]:
    words = text.lower().split()
    return {tuple(words[i : i + 3]) for i in range(max(1, len(words) - 2))}


def text_similarity(old: str, new: str) -> float:
    """Share of word triples the shorter text has in common with the other (0..1)."""
    a, b = _shingles(old or ""), _shingles(new or "")
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))


def declared_date(row: dict[str, Any]) -> str | None:
    return row.get("modified") or row.get("published")


def soft_error(existing: dict[str, Any], row: dict[str, Any]) -> str | None:
    """Why the new text looks like an error page in place of the article, or None.

    A site that changes an article says so (a later modified date); a text that shares
    almost nothing with the archived one under unchanged dates is a maintenance page,
    a login wall or a theme gone wrong.
    """
    new, old = declared_date(row), declared_date(existing)
    if new and (old is None or new > old):
        return None
    if min(len(existing["text"].split()), len(row["text"].split())) < SOFT_ERROR_MIN_WORDS:
        return None
    share = text_similarity(existing["text"], row["text"])
    if share >= SOFT_ERROR_SIMILARITY:
        return None
    return (
        f"held back: the page shares {share:.0%} of the archived text and declares no"
        " newer date (an error page?)"
    )


def canonical_problem(requested: str, canonical: str) -> str | None:
    """Why a page's canonical link cannot be its article's URL, or None when it can.

    Only an http(s) URL on the requested URL's host that is neither the home page (nor
    any parent of the article's path) nor a listing is a plausible permalink.
    """
    asked, claimed = urlsplit(requested), urlsplit(canonical)
    if claimed.scheme not in ("http", "https"):
        return "not an http(s) URL"
    if claimed.hostname != asked.hostname or claimed.port != asked.port:
        return "on another host"
    path = claimed.path or "/"
    if path != asked.path and asked.path.startswith(path.rstrip("/") + "/"):
        return "the site's home page or a parent of the article"
    if _LISTING_PATH.search(path):
        return "a listing page"
    return None
