"""What the store will not take on trust: error pages posing as articles, canonical
links that are no permalinks of the page. Pure functions, no database.
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import urlsplit

from iria_archive.model.dates import instant

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


def date_order(first: str | None, second: str | None) -> int | None:
    """-1, 0 or 1 as the moment `first` states is before, the same as, or after
    `second`'s; None when either is missing or unreadable.

    Dates are compared as instants, never as strings: "2024-03-01T09:30:00+00:00" is
    after "2024-03-01T10:00:00+01:00". A date alone covers its whole day (it is the
    same as any moment of that day); a time without an offset is UTC.
    """
    if not first or not second:
        return None
    try:
        start_a, end_a = instant(first), instant(first, end_of_day=True)
        start_b, end_b = instant(second), instant(second, end_of_day=True)
    except ValueError:
        return None
    if end_a < start_b:
        return -1
    if start_a > end_b:
        return 1
    return 0


def later_date(new: str, old: str) -> bool:
    """Whether `new` states a later moment than `old` (strings only if unreadable)."""
    order = date_order(new, old)
    return new > old if order is None else order == 1


def earlier_date(new: str, old: str) -> bool:
    """Whether `new` states an earlier moment than `old` (strings only if unreadable)."""
    order = date_order(new, old)
    return new < old if order is None else order == -1


def same_date(first: str | None, second: str | None) -> bool:
    """Whether two stated dates are the same moment, whatever offset each is written in."""
    return first == second or date_order(first, second) == 0


def soft_error(existing: dict[str, Any], row: dict[str, Any]) -> str | None:
    """Why the new text looks like an error page in place of the article, or None.

    A site that changes an article says so (a later modified date); a text that shares
    almost nothing with the archived one under unchanged dates is a maintenance page,
    a login wall or a theme gone wrong.
    """
    new, old = declared_date(row), declared_date(existing)
    if new and (old is None or later_date(new, old)):
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
