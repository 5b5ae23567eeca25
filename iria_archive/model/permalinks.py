"""The shape of a site's article permalinks, learnt from URLs known to be articles.

A theme can name its classes anything, but WordPress builds every post's URL from one
permalink structure (`/%postname%/`, `/%year%/%monthnum%/%postname%/`, `/?p=123`, ...).
Given a few URLs that are posts for sure (from the REST API, the feed, the sitemap or
the archive itself), `PermalinkShape` tells whether another link of the page has that
shape, which is how an archive page of an unknown theme is read.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from urllib.parse import parse_qsl, urlencode, urlsplit

from iria_archive.model.urls import canonical_url

# Routes WordPress itself reserves: never a post, whatever the permalink structure.
RESERVED_SEGMENTS = frozenset(
    {
        "category",
        "tag",
        "author",
        "page",
        "feed",
        "rss",
        "atom",
        "comments",
        "search",
        "embed",
        "trackback",
        "amp",
        "wp-json",
        "wp-content",
        "wp-admin",
        "wp-includes",
        "wp-login.php",
        "xmlrpc.php",
        "wp-sitemap.xml",
        "sitemap.xml",
    }
)
_NUMBER = re.compile(r"\d+")
# The query variables by which WordPress finds one post under plain permalinks
# (`/?p=123`, `/?page_id=2`, `/?attachment_id=9`): the only query a permalink has.
POST_QUERY_VARS = frozenset({"p", "page_id", "attachment_id", "post_type"})


def _segments(path: str) -> list[str]:
    return [s for s in path.split("/") if s]


def _kind(segment: str) -> str:
    return "number" if _NUMBER.fullmatch(segment) else "word"


class PermalinkShape:
    """Which URLs look like the examples' permalinks (same host, same structure).

    A path permalink is the install's prefix (`/news/`), then what the structure puts
    before the slug: nothing (`/%postname%/`), numbers (`/%year%/%monthnum%/`) or the
    post's category path (`/%category%/`: `europe/`, `europe/balkans/`, `news/`, any
    depth, a different category for each post), then the slug. The prefix is what all
    examples share before their first number or varying segment. A shape is a hint for
    reading an archive page, never its only evidence (scraper/listing_loop.py).
    """

    def __init__(self, examples: Iterable[str] = ()) -> None:
        self._hosts: set[str] = set()
        self._skeletons: set[tuple[str, ...]] = set()  # each example's segments but the slug
        self._query_ids: set[str] = set()  # `?p=123`: the numeric parameters seen
        self._learnt: tuple[tuple[str, ...], set[tuple[str, ...]]] | None = None
        self.size = 0
        self.learn(examples)

    def learn(self, examples: Iterable[str]) -> None:
        """Add known article URLs to what the shape is learnt from."""
        for url in examples:
            parts = urlsplit(url)
            if parts.scheme not in ("http", "https") or not parts.netloc:
                continue
            self._hosts.add(parts.netloc.lower())
            self.size += 1
            query = dict(parse_qsl(parts.query))
            ids = [k for k, v in query.items() if _NUMBER.fullmatch(v) and k in POST_QUERY_VARS]
            if ids:
                self._query_ids.update(ids)
                continue
            segments = _segments(parts.path)
            if segments and tuple(segments[:-1]) not in self._skeletons:
                self._skeletons.add(tuple(segments[:-1]))
                self._learnt = None

    def _shape(self) -> tuple[tuple[str, ...], set[tuple[str, ...]]]:
        """(the install prefix, the kinds of segments seen between it and the slug)."""
        if self._learnt is None:
            prefix: list[str] = []
            skeletons = list(self._skeletons)
            for level in zip(*skeletons, strict=False) if skeletons else ():
                if len(set(level)) > 1 or _NUMBER.fullmatch(level[0]):
                    break
                prefix.append(level[0])
            middles = {tuple(_kind(x) for x in s[len(prefix) :]) for s in skeletons}
            self._learnt = (tuple(prefix), middles)
        return self._learnt

    def __bool__(self) -> bool:
        return self.size > 0

    def article_url(self, url: str) -> str:
        """`url` without the query parameters no permalink of the site has (`?v=3`,
        `?amp=1`, a cache buster): a post's URLs that differ only in those are one
        article. Under plain permalinks the post's own variable (`?p=123`) stays; a
        URL whose path is not a permalink's keeps its query."""
        parts = urlsplit(url)
        if not parts.query:
            return url
        query = parse_qsl(parts.query, keep_blank_values=True)
        own = [(k, v) for k, v in query if k in POST_QUERY_VARS]
        if own:
            return canonical_url(parts._replace(query=urlencode(own)).geturl())
        bare = parts._replace(query="").geturl()
        return bare if self.matches(bare) else url

    def matches(self, url: str) -> bool:
        """Whether `url` has the shape of the examples' permalinks."""
        parts = urlsplit(url)
        if parts.netloc.lower() not in self._hosts:
            return False
        query = dict(parse_qsl(parts.query))
        if query:
            return len(query) == 1 and any(
                _NUMBER.fullmatch(query.get(k, "")) for k in self._query_ids
            )
        segments = _segments(parts.path)
        if not segments or not self._skeletons:
            return False
        if any(s.lower() in RESERVED_SEGMENTS for s in segments):
            return False
        prefix, middles = self._shape()
        if tuple(segments[: len(prefix)]) != prefix or len(segments) <= len(prefix):
            return False
        middle = tuple(_kind(s) for s in segments[len(prefix) : -1])
        if middle in middles:
            return True
        # `/%category%/`: a category path of any depth where the examples had one.
        categories = [m for m in middles if m and set(m) == {"word"}]
        return bool(categories) and bool(middle) and set(middle) == {"word"}
