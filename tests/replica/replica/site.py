"""The replica site: routes requests to rendered pages, and states what a perfect crawl archives.

`Site.respond()` is the whole web server as a function (tests may call it without
a socket); `ReplicaServer` only puts it behind HTTP. Pages are rendered on request
from the posts, so a build stays cheap even with thousands of posts. The archive pages
(listing_pages.py), feeds and sitemaps (feed_routes.py) and the expected archive
(truth.py) are mixins of `Site`; the REST API is rest.py.
"""

from __future__ import annotations

import base64
import dataclasses
import hashlib
from collections.abc import Callable
from datetime import datetime, timezone
from email.utils import parsedate_to_datetime
from urllib.parse import parse_qs

from . import render
from . import rest as rest_api
from .content import (
    CATEGORIES,
    Post,
    category_lineage,
)
from .feed_routes import FeedRoutes, Response
from .generate import generate_posts
from .listing_pages import ListingPages, family_of
from .permalinks import Permalinks
from .themes import ArticleView, Chrome, get_theme
from .truth import ArchiveTruth

HTML = "text/html; charset=UTF-8"
TINY_JPEG = (
    base64.b64decode(
        "/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAP//////////////////////////////////////////////////////"
        "////////////////////////////////wgALCAABAAEBAREA/8QAFBABAAAAAAAAAAAAAAAAAAAAAP/aAAgBAQAB"
        "PxA="
    )
    + b"\xff\xd9"
)


def parse_offset(offset: str) -> timezone:
    """A fixed UTC offset like "+01:00" (WordPress's "UTC+1" setting), as a tzinfo."""
    try:
        offset_delta = datetime.fromisoformat(f"2000-01-01T00:00:00{offset}").utcoffset()
    except ValueError:
        offset_delta = None
    if offset_delta is None:
        raise ValueError(f"bad time zone offset {offset!r}: expected e.g. +01:00")
    return timezone(offset_delta)


def _in_zone(post: Post, zone: timezone) -> Post:
    """The post with its dates in the site's time zone (get_the_date('c'))."""

    def local(iso: str) -> str:
        return datetime.fromisoformat(iso).astimezone(zone).isoformat()

    published = local(post.published)
    modified = local(post.modified) if post.modified else None
    if (published, modified) == (post.published, post.modified):
        return post
    return dataclasses.replace(post, published=published, modified=modified)


class Site(ArchiveTruth, ListingPages, FeedRoutes):
    """The replica of the IRIA WordPress site at `base_url` (e.g. http://127.0.0.1:8123).

    `theme` picks the markup (replica/themes/: "classic", "block", "magazine", "plain");
    `rest_api`, `sitemap` and `feeds` switch those sources on or off (off: 404), and
    `timezone` sets the site's UTC offset; None takes the theme's default for each.
    `permalinks` ("postname", "plain", "category") and `category_base` are WordPress's
    permalink settings (replica/permalinks.py); `posts_per_page` its "Blog pages show at
    most" (the feeds keep their own 10).
    """

    def __init__(
        self,
        base_url: str,
        posts: list[Post],
        rest_api: bool | None = None,
        *,
        theme: str = "classic",
        sitemap: bool | None = None,
        feeds: bool | None = None,
        timezone: str | None = None,
        permalinks: str = "postname",
        category_base: str = "category",
        posts_per_page: int = 10,
    ) -> None:
        theme_class = get_theme(theme)
        self.base_url = base_url.rstrip("/")
        self.theme_name = theme
        # Serve /news/wp-json/ (and announce it in every page head).
        self.rest_api = theme_class.rest_api if rest_api is None else rest_api
        self.sitemap = theme_class.sitemap if sitemap is None else sitemap
        self.feeds = theme_class.feeds if feeds is None else feeds
        self.timezone = theme_class.timezone if timezone is None else timezone
        self.zone = parse_offset(self.timezone)
        self.posts_per_page = posts_per_page
        self.permalinks = Permalinks(self.base_url, posts, permalinks, category_base)
        # Newest first, the deleted (still listed) post included.
        self.posts = [_in_zone(p, self.zone) for p in posts]
        self.live = [p for p in self.posts if not p.deleted]
        self._by_slug = {p.slug: p for p in self.live}
        self._by_old_slug = {p.old_slug: p for p in self.live if p.old_slug}
        self._by_id = {p.id: p for p in self.live}
        self._position = {p.id: i for i, p in enumerate(self.live)}
        self._images = {p.image for p in self.live if p.image}
        self._families: dict[str, list[Post]] = {}  # top-level category -> live posts, newest first
        self._family_position: dict[int, int] = {}
        for post in self.live:
            siblings = self._families.setdefault(family_of(post), [])
            self._family_position[post.id] = len(siblings)
            siblings.append(post)
        self._listings: dict[str, list[Post]] = {}
        chrome = Chrome(
            base=self.base_url,
            api_root=f"{self.base_url}/news/wp-json/" if self.rest_api else None,
            feed_url=f"{self.base_url}/news/feed/" if self.feeds else None,
            today=datetime.now(self.zone).date(),  # fixed for the site's life: stable ETags
            recent=self.live[:5],
        )
        self.theme = theme_class(chrome)

    # -- HTTP ---------------------------------------------------------------------

    def respond(
        self, method: str, path_with_query: str, request_headers: dict[str, str] | None = None
    ) -> Response:
        """Answer one request: (status, headers, body). HEAD gets GET's headers, no body.

        Conditional GETs (If-None-Match / If-Modified-Since) of an unchanged page get a 304.
        """
        method = method.upper()
        if method in ("GET", "HEAD"):
            status, headers, body = self._route(self.permalinks.inbound(path_with_query))
            headers, body = self._public(headers, body)
            if status == 200 and _not_modified(headers, request_headers or {}):
                status, body = 304, b""
                headers = [(k, v) for k, v in headers if k in ("ETag", "Last-Modified")]
        else:
            status, headers, body = (
                405,
                [("Allow", "GET, HEAD"), ("Content-Type", "text/plain; charset=UTF-8")],
                b"",
            )
        headers = [*headers, ("Content-Length", str(len(body)))]
        return status, headers, b"" if method == "HEAD" else body

    def category_url(self, slug: str) -> str:
        """The public first page of the category archive of `slug`."""
        return self.permalinks.category(slug)

    def _public(self, headers: list[tuple[str, str]], body: bytes) -> tuple[list, bytes]:
        """A response with the internal URLs it names made public (replica/permalinks.py)."""
        if not self.permalinks.rewrites:
            return headers, body
        kind = dict(headers).get("Content-Type", "")
        escape = "&#038;" if "html" in kind else "&amp;" if "xml" in kind else "&"
        if "json" in kind or "xml" in kind or "html" in kind:
            body = self.permalinks.outbound(body.decode("utf-8"), escape).encode("utf-8")
        headers = [(k, self.permalinks.outbound(v) if k == "Location" else v) for k, v in headers]
        return headers, body

    def _route(self, target: str) -> Response:
        path, _, query = target.partition("#")[0].partition("?")
        if path == "/robots.txt":
            return self._robots()
        if path == "/news":
            return self._redirect("/news/", query)
        if not path.startswith("/news/"):
            return self._not_found()
        rest = path[len("/news/") :]
        if rest == "":
            post_id = parse_qs(query).get("p", [""])[0]
            if post_id.isdigit() and int(post_id) in self._by_id:  # the feed guid form ?p=N
                return self._redirect(render.post_url("", self._by_id[int(post_id)].slug))
            return self._home(1)
        if rest.startswith("wp-json/") and self.rest_api:
            return rest_api.respond(self, rest.removeprefix("wp-json/"), query) or self._not_found()
        if rest.startswith("wp-content/uploads/"):
            return (
                (200, [("Content-Type", "image/jpeg")], TINY_JPEG)
                if path in self._images
                else self._not_found()
            )
        if rest.endswith(".xml"):
            return self._sitemap(rest) if self.sitemap else self._not_found()
        if not rest.endswith("/"):
            # WordPress's redirect_canonical() adds the slash to any URL that resolves.
            return (
                self._redirect(path + "/", query)
                if self._find(rest + "/", query)
                else self._not_found()
            )
        handler = self._find(rest, query)
        return handler() if handler else self._not_found()

    def _find(self, rest: str, query: str = "") -> Callable[[], Response] | None:
        """The handler of a /news/<rest> path ending in "/", or None (404)."""
        segments = rest.strip("/").split("/")
        if segments in (["feed"], ["feed", "atom"]):
            kind = segments[-1]
            return self._find_feed(self.live, "IRIA", f"{self.base_url}/news/", kind, query)
        if segments[0] == "category":
            return self._find_category(segments[1:], query)
        if segments[0] == "page" and len(segments) == 2:
            return self._find_page(
                segments[1], f"{self.base_url}/news/", self._pages(self.posts), self._home
            )
        if len(segments) == 1:
            slug = segments[0]
            if slug in self._by_slug:
                return lambda: self._article(self._by_slug[slug])
            if slug in self._by_old_slug:
                return lambda: self._redirect(render.post_url("", self._by_old_slug[slug].slug))
        return None

    def _find_category(self, segments: list[str], query: str) -> Callable[[], Response] | None:
        suffix = ""
        if len(segments) >= 2 and segments[-2] == "page":
            suffix = f"page/{segments[-1]}/"
        elif segments[-1:] == ["feed"]:
            suffix = "feed/"
        elif segments[-2:] == ["feed", "atom"]:
            suffix = "feed/atom/"
        path = segments[: len(segments) - suffix.count("/")]
        slug = path[-1] if path else ""
        if slug not in CATEGORIES:
            return None
        first_page = render.category_url(self.base_url, slug)
        if path != category_lineage(slug):  # /category/balkans/ -> /category/europe/balkans/
            return lambda: self._redirect(first_page.removeprefix(self.base_url) + suffix)
        if suffix.startswith("feed/"):
            posts = [p for p in self.category_posts(slug) if not p.deleted]
            kind = "atom" if suffix == "feed/atom/" else "feed"
            return self._find_feed(posts, f"{CATEGORIES[slug]} – IRIA", first_page, kind, query)
        if suffix:
            pages = self._pages(self._category_listing(slug)[0])
            return self._find_page(
                segments[-1], first_page, pages, lambda page: self._category(slug, page)
            )
        return lambda: self._category(slug, 1)

    def _find_page(
        self, number: str, first_page: str, pages: int, show: Callable[[int], Response]
    ) -> Callable[[], Response] | None:
        """/page/N/: 1 redirects to the first page, past the end is a 404."""
        if not number.isdigit():
            return None
        page = int(number)
        if page == 1:
            return lambda: self._redirect(first_page.removeprefix(self.base_url))
        if 2 <= page <= pages:
            return lambda: show(page)
        return None

    # -- pages --------------------------------------------------------------------

    def _html(self, text: str, status: int = 200) -> Response:
        return status, [("Content-Type", HTML)], text.encode("utf-8")

    def _redirect(self, path: str, query: str = "") -> Response:
        location = self.base_url + path + (f"?{query}" if query else "")
        return 301, [("Location", location), ("Content-Type", HTML)], b""

    def _not_found(self) -> Response:
        return self._html(self.theme.not_found(), status=404)

    def _robots(self) -> Response:
        text = "User-agent: *\nDisallow: /news/wp-admin/\nAllow: /news/wp-admin/admin-ajax.php\n"
        if self.sitemap:
            text += f"\nSitemap: {self.base_url}/news/wp-sitemap.xml\n"
        return 200, [("Content-Type", "text/plain; charset=UTF-8")], text.encode()

    def _article(self, post: Post) -> Response:
        position = self._position[post.id]
        older = self.live[position + 1] if position + 1 < len(self.live) else None
        newer = self.live[position - 1] if position > 0 else None
        view = ArticleView(
            post, self._related(post), older, newer, self._elsewhere(family_of(post))
        )
        status, headers, body = self._html(self.theme.article(view))
        headers += [
            ("Last-Modified", render.http_date(post.modified or post.published)),
            ("ETag", f'"{hashlib.sha1(body).hexdigest()[:20]}"'),
        ]
        return status, headers, body

    def _related(self, post: Post) -> list[Post]:
        """Two neighbours from the post's own section and one from another section."""
        own = self._families[family_of(post)]
        index = self._family_position[post.id]
        neighbours = [own[(index + step) % len(own)] for step in (1, 2) if len(own) > step]
        others = [family for name, family in self._families.items() if name != family_of(post)]
        elsewhere = others[post.id % len(others)]
        return [*neighbours, elsewhere[post.id % len(elsewhere)]]


def build_site(
    base_url: str,
    n_europe: int = 64,
    rest_api: bool | None = None,
    *,
    theme: str = "classic",
    sitemap: bool | None = None,
    feeds: bool | None = None,
    timezone: str | None = None,
    protected_post: bool | None = None,
    permalinks: str = "postname",
    category_base: str = "category",
    posts_per_page: int = 10,
) -> Site:
    """The replica at `base_url` with `n_europe` posts to archive from the europe category.

    `protected_post` adds a password-protected europe post (None: the theme's default);
    the other options are Site's."""
    if protected_post is None:
        protected_post = get_theme(theme).protected_post
    return Site(
        base_url,
        generate_posts(n_europe, protected=protected_post),
        rest_api,
        theme=theme,
        sitemap=sitemap,
        feeds=feeds,
        timezone=timezone,
        permalinks=permalinks,
        category_base=category_base,
        posts_per_page=posts_per_page,
    )


def _not_modified(headers: list[tuple[str, str]], request: dict[str, str]) -> bool:
    """Whether a conditional request's validators match the page (RFC 9110 section 13)."""
    sent = {k.lower(): v for k, v in request.items()}
    mine = dict(headers)
    if "if-none-match" in sent:
        return "ETag" in mine and mine["ETag"] in {
            t.strip() for t in sent["if-none-match"].split(",")
        }
    if "if-modified-since" in sent and "Last-Modified" in mine:
        try:
            return parsedate_to_datetime(mine["Last-Modified"]) <= parsedate_to_datetime(
                sent["if-modified-since"]
            )
        except (TypeError, ValueError):
            return False
    return False
