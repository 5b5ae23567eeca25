"""One canonical form per URL, so an article reached twice is fetched and stored once."""

from __future__ import annotations

import posixpath
import re
from urllib.parse import parse_qsl, urldefrag, urlencode, urlsplit, urlunsplit

from courlan import normalize_url

_BARE_AMPERSAND = re.compile(r"&(?!amp;)")
# `&` as esc_url() writes it in an href (`?cat=2&#038;paged=2`), when a URL comes raw.
_ESCAPED_AMPERSAND = re.compile(r"&(?:#0*38|#x0*26);", re.IGNORECASE)
_PAGED = re.compile(r"/page/(\d+)/?$")
# WordPress's page number of an archive: `/page/N/` with pretty permalinks, `paged=N`
# (in any order among the archive's own parameters) with plain ones; `page` in some
# themes' own pagination.
_PAGE_PARAMETERS = ("paged", "page")


def canonical_url(url: str) -> str:
    """Return the canonical form of an http(s) URL.

    courlan lowercases the host, drops the default port and strips tracking query
    parameters (utm_*, fbclid, ...); we also drop the fragment and end WordPress
    permalinks with a slash, as WordPress itself redirects `/news/slug` to `/news/slug/`.
    """
    url, _fragment = urldefrag(_ESCAPED_AMPERSAND.sub("&", url.strip()))
    # courlan unescapes HTML entities in the URL: `?a=1&not=0` would become `?a=1¬=0`.
    # Escaping each `&` first (but an `&amp;` a feed left escaped, which means `&`) makes
    # that unescape give back the separators that were there.
    normalized = normalize_url(_BARE_AMPERSAND.sub("&amp;", url))
    scheme, netloc, path, query, _ = urlsplit(normalized)
    if not path:
        path = "/"
    elif not path.endswith("/") and "." not in posixpath.basename(path):
        path += "/"
    return urlunsplit((scheme, netloc, path, query, ""))


def same_site(url: str, other: str) -> bool:
    """True when both URLs are on the same host (and port)."""
    return urlsplit(url).netloc.lower() == urlsplit(other).netloc.lower()


def under_base(base_url: str, url: str) -> bool:
    """True when `url` lies under `base_url` (same scheme, host and port, path below)."""
    base, other = urlsplit(base_url), urlsplit(url)
    same_host = (base.scheme, base.netloc.lower()) == (other.scheme, other.netloc.lower())
    return same_host and other.path.startswith(base.path)


def archive_root(url: str) -> str:
    """The archive's first-page URL, its identity whatever the permalink settings.

    `/news/category/europe/page/3/` -> `/news/category/europe/`; `?paged=3&cat=2` and
    `?cat=2&paged=3` -> `?cat=2`: the path without `/page/N/`, the query without
    `paged` and `page` (canonical_url sorts the rest)."""
    parts = urlsplit(canonical_url(url))
    path = _PAGED.sub("/", parts.path)
    query = [
        (k, v)
        for k, v in parse_qsl(parts.query, keep_blank_values=True)
        if k not in _PAGE_PARAMETERS
    ]
    return parts._replace(path=path, query=urlencode(query)).geturl()


def archive_page_number(url: str) -> int:
    """Which page of its archive `url` is: 1 for the first, N for `/page/N/` or `paged=N`."""
    parts = urlsplit(_ESCAPED_AMPERSAND.sub("&", url))
    found = _PAGED.search(parts.path)
    if found:
        return max(1, int(found.group(1)))
    for key, value in parse_qsl(parts.query):
        if key in _PAGE_PARAMETERS and value.isdigit():
            return max(1, int(value))
    return 1
