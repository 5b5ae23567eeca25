"""An article's metadata, each field from the most authoritative source that states it.

Per field, in order: what the discovery source said (`SourceHints`: the REST post JSON,
a feed item), the page's JSON-LD, its `article:*` / `og:` meta tags, then the post's own
header markup as WordPress themes print it (classic themes' entry header/footer, block
themes' `wp-block-post-*` blocks), never a related-posts block, a sidebar, the site
footer, a comment or an author-bio box. Where two sources state different values for a
field, the field is named in `disagreements` (the archive keeps the better source's).

This module holds the precedence only: page_sources.py reads what each source
states, conventions.py says where WordPress themes print it.
Nothing here knows a particular site: WordPress and schema.org conventions only.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from functools import cache, cached_property
from typing import Any
from zoneinfo import ZoneInfo, available_timezones

from lxml.html import HtmlElement
from trafilatura.metadata import examine_meta, extract_catstags, extract_meta_json, extract_title
from trafilatura.settings import Document

from iria_archive.extraction.conventions import MODIFIED_XPATHS, PUBLISHED_XPATHS
from iria_archive.extraction.page_sources import (
    PageSources,
    clean_names,
    clean_text,
    iso_date,
    name_key,
)
from iria_archive.model.items import SourceHints

logger = logging.getLogger(__name__)


class WholePageReading:
    """trafilatura's own reading of the page's metadata, the last resort for a field no
    source of the post states: the title, categories, tags, description and image, from
    the meta tags, the JSON-LD, a lone <h1> and links under /category/ or /tag/ anywhere
    on the page (so its terms are checked against the post's links, `read_metadata`).

    Read on first use, as trafilatura.metadata.extract_metadata reads these five fields
    (tests/test_metadata_fallback.py holds it to that), without its author, URL, date,
    site name and licence: never used here, and its date search (htmldate) and author
    search (a copy of the tree) are most of its cost, a quarter of a whole extraction's.
    """

    def __init__(self, tree: HtmlElement) -> None:
        self._tree = tree

    @cached_property
    def _document(self) -> Document:
        tree = self._tree
        document = examine_meta(tree)
        try:
            document = extract_meta_json(tree, document)
        except Exception as error:  # as extract_metadata: bugs in its JSON-LD reader
            logger.debug("trafilatura's JSON-LD reading failed: %s", error)
        document.title = document.title or extract_title(tree)
        document.categories = document.categories or extract_catstags("category", tree)
        document.tags = document.tags or extract_catstags("tag", tree)
        document.clean_and_trim()
        return document

    @property
    def title(self) -> str | None:
        return self._document.title

    @property
    def categories(self) -> list[str]:
        return self._document.categories or []

    @property
    def tags(self) -> list[str]:
        return self._document.tags or []

    @property
    def description(self) -> str | None:
        return self._document.description

    @property
    def image(self) -> str | None:
        return self._document.image


@dataclass
class Metadata:
    """The article's metadata fields, and the fields whose sources disagree."""

    title: str | None = None
    author: str | None = None
    published: str | None = None
    modified: str | None = None
    categories: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    disagreements: list[str] = field(default_factory=list)


def read_metadata(
    page: PageSources, hints: SourceHints | None, fallback: WholePageReading | None = None
) -> Metadata:
    """Each metadata field from its most authoritative source.

    `fallback` is trafilatura's reading of the whole page (title, categories, tags), used
    only for a field no source states; a publication date no source states is looked
    for by htmldate in the post's own part of the page (a day, at best).
    """
    hints = hints or SourceHints(source="none")
    result = Metadata()
    result.title, title_conflict = _pick(
        [clean_text(hints.title), page.json_ld_title(), page.markup_title(), page.meta("og:title")],
        same=lambda a, b: a.casefold() == b.casefold(),
        compare=3,  # og:title is an SEO title (often "Title - Site"): never a conflict
    )
    result.author, author_conflict = _pick(
        [clean_text(hints.author), page.json_ld_author(), page.meta_author(), page.markup_author()],
        same=lambda a, b: a.casefold() == b.casefold(),
    )
    published = [
        iso_date(hints.published),
        page.json_ld_date("datePublished"),
        page.meta_date("published_time"),
        page.markup_date(PUBLISHED_XPATHS),
    ]
    modified = [
        iso_date(hints.modified),
        page.json_ld_date("dateModified"),
        page.meta_date("modified_time"),
        page.markup_date(MODIFIED_XPATHS),
    ]
    # The site's clock as the page prints it: a date a source gives in UTC (a feed,
    # Yoast's JSON-LD) is stored in the site's offset.
    clock = page.site_clock()
    result.published, published_conflict = _pick_date(published, clock)
    result.modified, modified_conflict = _pick_date(modified, clock)
    markup_categories, markup_tags = page.markup_terms()
    categories, categories_conflict = _pick(
        [clean_names(hints.categories), page.json_ld_list("articleSection"), markup_categories],
        same=lambda a, b: set(a) == set(b),
    )
    tags, tags_conflict = _pick(
        [clean_names(hints.tags), page.json_ld_list("keywords"), markup_tags],
        same=lambda a, b: set(a) == set(b),
    )
    result.categories = categories or []
    result.tags = tags or []
    result.published = result.published or page.date_in_text()
    if fallback is not None:
        result.title = result.title or clean_text(fallback.title)
        # trafilatura reads terms from the whole page (a sidebar's categories widget
        # too): only those the page's meta tags or the post's own links state are kept.
        stated = page.linked_names() | page.meta_names()
        for name in ("categories", "tags"):
            if not getattr(result, name):
                # trafilatura keeps a keywords meta tag as one "a, b, c" string.
                listed: list[str] = getattr(fallback, name)
                found = clean_names(part for value in listed for part in value.split(",")) or []
                setattr(result, name, [n for n in found if name_key(n) in stated])
    conflicts = {
        "title": title_conflict,
        "author": author_conflict,
        "published": published_conflict,
        "modified": modified_conflict,
        "categories": categories_conflict,
        "tags": tags_conflict,
    }
    result.disagreements = [name for name, conflict in conflicts.items() if conflict]
    return result


def _pick(
    values: list[Any], same: Callable[[Any, Any], bool], compare: int | None = None
) -> tuple[Any, bool]:
    """The first stated value, and whether any two of the first `compare` stated differ."""
    stated = [v for v in values if v]
    compared = [v for v in values[:compare] if v]
    conflict = any(not same(compared[0], other) for other in compared[1:])
    return (stated[0] if stated else None), conflict


def _pick_date(
    values: list[str | None], site_clock: Sequence[datetime] = ()
) -> tuple[str | None, bool]:
    """The most authoritative date, as the site prints it.

    Sources are compared as instants (a date alone by its day), so one source's
    "+02:00" and another's "Z" for the same moment agree. A full datetime of the same
    day beats a date alone. A datetime in UTC (a feed's, or JSON-LD written in UTC)
    takes the form another source gives the same instant in (a time the page states
    without offset is the site's clock: the offset is the difference), else the site's
    offset (as the page's datetimes nearest in time show it, `site_clock`): the day and
    time stored are the ones the site shows its readers, whatever source found the post.
    """
    stated = [v for v in values if v]
    if not stated:
        return None, False
    conflict = any(not _same_moment(stated[0], other) for other in stated[1:])
    best = stated[0]
    if len(best) == 10:  # a date alone: a later source may give the time of that day
        best = next((v for v in stated if len(v) > 10 and v[:10] == best), best)
    elif _in_utc(best):
        local = [v for v in stated if len(v) > 10 and _offset(v) and _same_moment(best, v)]
        moment = datetime.fromisoformat(best)
        wall = [_with_offset(v, moment) for v in stated if len(v) > 10 and _offset(v) is None]
        if local:
            best = local[0]
        elif any(wall):
            best = next(v for v in wall if v)
        elif site_clock:
            best = moment.astimezone(timezone(site_offset_at(moment, site_clock))).isoformat()
    return best, conflict


def site_offset_at(moment: datetime, clock: Sequence[datetime]) -> timedelta:
    """The site's UTC offset at `moment`, from the datetimes its pages print (`clock`).

    WordPress prints every date in the site's time zone. The offset at `moment` is the
    one every time zone agreeing with all those datetimes has then (Europe/Belgrade's
    +01:00 in winter, +02:00 in summer, once both seasons are seen); when they disagree
    (a winter date alone fits CET and Africa/Lagos), the offset of the datetime nearest
    in time, most often on the same side of a daylight-saving change.
    """
    nearest = sorted(set(clock), key=lambda stated: abs(stated - moment))[:12]
    zones = [
        z
        for z in _time_zones()
        if all(s.astimezone(z).utcoffset() == s.utcoffset() for s in nearest)
    ]
    offsets = {moment.astimezone(zone).utcoffset() for zone in zones}
    if len(offsets) == 1:
        return offsets.pop() or timedelta(0)
    return nearest[0].utcoffset() or timedelta(0)


@cache
def _time_zones() -> tuple[ZoneInfo, ...]:
    return tuple(ZoneInfo(name) for name in sorted(available_timezones()))


def _with_offset(wall_clock: str, moment: datetime) -> str | None:
    """A page's time without offset read as the site's clock at `moment` (a UTC
    datetime): that time with the offset it implies, when it is a possible one."""
    offset = datetime.fromisoformat(wall_clock) - moment.replace(tzinfo=None)
    if offset == timedelta(0) or abs(offset) > timedelta(hours=14):
        return None
    if offset % timedelta(minutes=15):
        return None
    return datetime.fromisoformat(wall_clock).replace(tzinfo=timezone(offset)).isoformat()


def _offset(value: str) -> timedelta | None:
    """The UTC offset a datetime states (None: none stated)."""
    return datetime.fromisoformat(value).utcoffset()


def _in_utc(value: str) -> bool:
    return _offset(value) == timedelta(0)


def _same_moment(a: str, b: str) -> bool:
    if len(a) == 10 or len(b) == 10:
        return a[:10] == b[:10]
    first, second = datetime.fromisoformat(a), datetime.fromisoformat(b)
    if (first.tzinfo is None) != (second.tzinfo is None):  # one without offset: wall clock
        return first.replace(tzinfo=None) == second.replace(tzinfo=None)
    return first == second
