"""Dates as the sources state them, turned into ISO 8601 with an offset."""

from __future__ import annotations

import calendar
import time
from datetime import UTC, datetime, timedelta, timezone


def local_with_offset(local: str | None, gmt: str | None) -> str | None:
    """WordPress REST's `date` + `date_gmt` -> the local time with its offset.

    This is what `get_the_date('c')` prints: `2023-01-09T11:00:00+01:00`.
    """
    if not local:
        return None
    try:
        here = datetime.fromisoformat(local)
        if not gmt:
            return here.isoformat()
        offset = here - datetime.fromisoformat(gmt)
    except ValueError:
        return None
    # WordPress offsets are whole minutes; rounding hides a second of clock skew.
    minutes = round(offset.total_seconds() / 60)
    return here.replace(tzinfo=timezone(timedelta(minutes=minutes))).isoformat()


def utc(value: str | None) -> str | None:
    """A UTC stamp without a zone (REST's `*_gmt`, a sitemap's naive lastmod) -> +00:00."""
    if not value:
        return None
    try:
        parsed = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    return (parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)).isoformat()


def from_struct(value: time.struct_time | None) -> str | None:
    """feedparser's parsed date (a UTC struct_time) -> ISO 8601 in UTC."""
    if value is None:
        return None
    return datetime.fromtimestamp(calendar.timegm(value), UTC).isoformat()


def later(stamp: str | None, known: str | None) -> bool:
    """Whether the source's `stamp` is after the archive's `known` one (both ISO 8601).

    A date without a time covers that whole day; a time without a zone is UTC.
    """
    if not stamp:
        return False
    if not known:
        return True
    try:
        return instant(stamp, end_of_day=False) > instant(known, end_of_day=True)
    except ValueError:
        return True  # an unreadable stamp: asking costs one conditional request


def instant(value: str, end_of_day: bool = False) -> datetime:
    """An ISO 8601 date or datetime as an aware datetime."""
    text = value.strip().replace("Z", "+00:00")
    parsed = datetime.fromisoformat(text)
    if len(text) == 10 and end_of_day:
        parsed = parsed.replace(hour=23, minute=59, second=59)
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)
