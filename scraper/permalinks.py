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
from urllib.parse import parse_qsl, urlsplit

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


def _segments(path: str) -> list[str]:
    return [s for s in path.split("/") if s]


class PermalinkShape:
    """Which URLs look like the examples' permalinks (same host, same structure)."""

    def __init__(self, examples: Iterable[str] = ()) -> None:
        self._hosts: set[str] = set()
        # Per segment count: for each position, the literal all examples share, or
        # None (a slug or a number varies there).
        self._shapes: dict[int, list[str | None]] = {}
        self._query_ids: set[str] = set()  # `?p=123`: the numeric parameters seen
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
            ids = [k for k, v in query.items() if _NUMBER.fullmatch(v)]
            if ids and len(query) == 1:
                self._query_ids.update(ids)
                continue
            segments = _segments(parts.path)
            if not segments:
                continue
            known = self._shapes.get(len(segments))
            if known is None:
                # A first example: its last segment (the slug) and numbers vary anyway.
                shape = [None if _NUMBER.fullmatch(s) else s for s in segments]
                shape[-1] = None
                self._shapes[len(segments)] = shape
            else:
                for i, segment in enumerate(segments):
                    if known[i] is not None and known[i] != segment:
                        known[i] = None

    def __bool__(self) -> bool:
        return self.size > 0

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
        shape = self._shapes.get(len(segments))
        if shape is None:
            return False
        for literal, segment in zip(shape, segments, strict=True):
            if literal is None:
                if segment.lower() in RESERVED_SEGMENTS:
                    return False
            elif literal != segment:
                return False
        return True
