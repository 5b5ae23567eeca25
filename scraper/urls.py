"""One canonical form per URL, so an article reached twice is fetched and stored once."""

from __future__ import annotations

import posixpath
import re
from urllib.parse import urldefrag, urlsplit, urlunsplit

from courlan import normalize_url

_BARE_AMPERSAND = re.compile(r"&(?!amp;)")
_PAGED = re.compile(r"/page/(\d+)/?$")


def canonical_url(url: str) -> str:
    """Return the canonical form of an http(s) URL.

    courlan lowercases the host, drops the default port and strips tracking query
    parameters (utm_*, fbclid, ...); we also drop the fragment and end WordPress
    permalinks with a slash, as WordPress itself redirects `/news/slug` to `/news/slug/`.
    """
    url, _fragment = urldefrag(url.strip())
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
    """The archive's first-page URL: `/news/category/europe/page/3/` -> `/news/category/europe/`."""
    parts = urlsplit(canonical_url(url))
    path = _PAGED.sub("/", parts.path)
    return parts._replace(path=path, query="").geturl()


def archive_page_number(url: str) -> int:
    """Which page of its archive `url` is: 1 for the first, N for `/page/N/`."""
    found = _PAGED.search(urlsplit(url).path)
    return int(found.group(1)) if found else 1
