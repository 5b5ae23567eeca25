"""The replica site: routes requests to rendered pages, and states what a perfect crawl archives.

`Site.respond()` is the whole web server as a function (tests may call it without
a socket); `ReplicaServer` only puts it behind HTTP. Pages are rendered on request
from the posts, so a build stays cheap even with thousands of posts.
"""

from __future__ import annotations

import base64
import dataclasses
import hashlib
from collections.abc import Callable
from datetime import datetime, timezone
from email.utils import parsedate_to_datetime
from functools import cached_property
from urllib.parse import parse_qs

from . import feeds, render
from . import rest as rest_api
from .content import (
    CATEGORIES,
    Post,
    body_text,
    category_lineage,
    find_traps,
    in_category,
)
from .generate import generate_posts
from .themes import ArticleView, Chrome, ListingView, get_theme

POSTS_PER_PAGE = 10
SITEMAP_SIZE = 2000  # WordPress core splits sitemaps at 2000 URLs
# Newsletter links on the archive (every 7th entry title): a crawler must drop them.
TRACKING_QUERY = "?utm_source=newsletter&utm_medium=email&utm_campaign=weekly"
HTML = "text/html; charset=UTF-8"
XML = "application/xml; charset=UTF-8"
RSS = "application/rss+xml; charset=UTF-8"
ATOM = "application/atom+xml; charset=UTF-8"
TINY_JPEG = (
    base64.b64decode(
        "/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAP//////////////////////////////////////////////////////"
        "////////////////////////////////wgALCAABAAEBAREA/8QAFBABAAAAAAAAAAAAAAAAAAAAAP/aAAgBAQAB"
        "PxA="
    )
    + b"\xff\xd9"
)

Response = tuple[int, list[tuple[str, str]], bytes]


def _family(post: Post) -> str:
    """The top-level category of a post's first category (balkans -> europe)."""
    return category_lineage(post.categories[0])[0]


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


class Site:
    """The replica of the IRIA WordPress site at `base_url` (e.g. http://127.0.0.1:8123).

    `theme` picks the markup (replica/themes/: "classic", "block", "magazine", "plain");
    `rest_api`, `sitemap` and `feeds` switch those sources on or off (off: 404), and
    `timezone` sets the site's UTC offset; None takes the theme's default for each.
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
            family = self._families.setdefault(_family(post), [])
            self._family_position[post.id] = len(family)
            family.append(post)
        self._listings: dict[str, list[Post]] = {}
        chrome = Chrome(
            base=self.base_url,
            api_root=f"{self.base_url}/news/wp-json/" if self.rest_api else None,
            feed_url=f"{self.base_url}/news/feed/" if self.feeds else None,
            today=datetime.now(self.zone).date(),  # fixed for the site's life: stable ETags
            recent=self.live[:5],
        )
        self.theme = theme_class(chrome)

    # -- public helpers ---------------------------------------------------------

    def post_url(self, post: Post) -> str:
        """The canonical URL of a post."""
        return render.post_url(self.base_url, post.slug)

    @cached_property
    def traps(self) -> dict[str, Post]:
        """Which post carries which trap: sticky, old_slug, deleted, no_author, ..."""
        return find_traps(self.posts)

    def category_posts(self, slug: str) -> list[Post]:
        """Posts listed on a category archive, newest first.

        Child-category posts and the deleted (still listed) post are included."""
        if slug not in self._listings:
            self._listings[slug] = [p for p in self.posts if in_category(p, slug)]
        return self._listings[slug]

    @property
    def boilerplate_strings(self) -> tuple[str, ...]:
        """Visible text of this site's chrome: none of it may be in an article's text."""
        return (*render.BOILERPLATE_STRINGS, *self.theme.boilerplate)

    def expected_articles(
        self, category_slug: str = "europe", page_only: bool = False
    ) -> list[dict]:
        """The rows a perfect crawl of the category archive stores, sorted by url.

        Neither the deleted post (404) nor a password-protected one is archived.
        `page_only`: what each article page states by itself, without what the REST
        API and the feeds add (exact times where the page shows a day only)."""
        rows = [
            self._expected(p, page_only)
            for p in self.category_posts(category_slug)
            if not (p.deleted or p.password)
        ]
        return sorted(rows, key=lambda row: row["url"])

    def _expected(self, post: Post, page_only: bool = False) -> dict:
        text = body_text(post)
        # The REST API (date, modified) and the Atom feed (<published>, <updated>) state
        # every post's exact times, as WordPress does: a post never edited was modified
        # when it was published. Without them, only the page's own statements count,
        # and "Posted on January 9, 2024" carries the day only.
        stated_by_sources = not page_only and (self.rest_api or self.feeds)
        date_in_text_only = not (post.meta_dates or post.json_ld or stated_by_sources)
        if stated_by_sources:
            modified = post.modified or post.published
        else:
            modified = None if date_in_text_only else post.modified
        return {
            "url": self.post_url(post),
            "title": post.title,
            "author": post.author,
            "published": post.published[:10] if date_in_text_only else post.published,
            "modified": modified,
            "categories": [CATEGORIES[slug] for slug in post.categories],
            "tags": list(post.tags),
            "description": post.description,
            "image_url": self.base_url + post.image if post.image else None,
            "image_caption": post.image_caption,
            "text": text,
            "language": "en",
            "word_count": len(text.split()),
        }

    # -- HTTP ---------------------------------------------------------------------

    def respond(
        self, method: str, path_with_query: str, request_headers: dict[str, str] | None = None
    ) -> Response:
        """Answer one request: (status, headers, body). HEAD gets GET's headers, no body.

        Conditional GETs (If-None-Match / If-Modified-Since) of an unchanged page get a 304.
        """
        method = method.upper()
        if method in ("GET", "HEAD"):
            status, headers, body = self._route(path_with_query)
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

    def _elsewhere(self, family: str | None) -> list[Post]:
        """The five newest posts of the sections other than `family` (all, for None)."""
        return [p for p in self.live if _family(p) != family][:5]

    def _article(self, post: Post) -> Response:
        position = self._position[post.id]
        older = self.live[position + 1] if position + 1 < len(self.live) else None
        newer = self.live[position - 1] if position > 0 else None
        view = ArticleView(post, self._related(post), older, newer, self._elsewhere(_family(post)))
        status, headers, body = self._html(self.theme.article(view))
        headers += [
            ("Last-Modified", render.http_date(post.modified or post.published)),
            ("ETag", f'"{hashlib.sha1(body).hexdigest()[:20]}"'),
        ]
        return status, headers, body

    def _related(self, post: Post) -> list[Post]:
        """Two neighbours from the post's own section and one from another section."""
        own = self._families[_family(post)]
        index = self._family_position[post.id]
        neighbours = [own[(index + step) % len(own)] for step in (1, 2) if len(own) > step]
        others = [family for name, family in self._families.items() if name != _family(post)]
        elsewhere = others[post.id % len(others)]
        return [*neighbours, elsewhere[post.id % len(elsewhere)]]

    def _pages(self, posts: list[Post]) -> int:
        return max(1, -(-len(posts) // POSTS_PER_PAGE))

    def _category_listing(self, slug: str) -> tuple[list[Post], list[Post]]:
        """(dated posts, sticky posts pinned on top of every page) of a category archive."""
        dated: list[Post] = []
        pinned: list[Post] = []
        for post in self.category_posts(slug):
            (pinned if post.sticky and post.categories[0] == slug else dated).append(post)
        return dated, pinned

    def _home(self, page: int) -> Response:
        first_page = f"{self.base_url}/news/"
        title = "IRIA – International Relations Insights & Analysis"
        return self._listing(first_page, title, None, "home blog", self.posts, [], page)

    def _category(self, slug: str, page: int) -> Response:
        dated, pinned = self._category_listing(slug)
        return self._listing(
            render.category_url(self.base_url, slug),
            f"{CATEGORIES[slug]} Archives",
            slug,
            f"archive category category-{slug}",
            dated,
            pinned,
            page,
        )

    def _listing(
        self,
        first_page: str,
        title: str,
        category: str | None,
        body_class: str,
        dated: list[Post],
        pinned: list[Post],
        page: int,
    ) -> Response:
        pages = self._pages(dated)
        start = (page - 1) * POSTS_PER_PAGE
        entries = [self._entry(p, None) for p in pinned]
        entries += [
            self._entry(p, start + i) for i, p in enumerate(dated[start : start + POSTS_PER_PAGE])
        ]
        family = category_lineage(category)[0] if category else None
        view = ListingView(
            title, category, entries, first_page, page, pages, body_class, self._elsewhere(family)
        )
        return self._html(self.theme.listing(view))

    def _entry(self, post: Post, index: int | None) -> render.ListingEntry:
        """A listing entry; `index` is its place in the dated list, None when pinned."""
        # Old-slug posts keep their old link on cached listings; the server 301s it.
        url = render.post_url(self.base_url, post.old_slug or post.slug)
        if index is None:
            return render.ListingEntry(post, url, url, sticky=True)
        href = url + TRACKING_QUERY if index % 7 == 6 else url
        more_href = f"{url}#more-{post.id}" if index % 5 == 2 else url
        return render.ListingEntry(post, href, more_href)

    # -- feeds and sitemaps -----------------------------------------------------------

    @cached_property
    def _feed_validators(self) -> list[tuple[str, str]]:
        """WordPress's feed validators: the newest change of the whole site (send_headers)."""
        last_modified = render.http_date(feeds.newest_change(self.live))
        etag = f'"{hashlib.md5(last_modified.encode()).hexdigest()}"'
        return [("Last-Modified", last_modified), ("ETag", etag)]

    def _find_feed(
        self, posts: list[Post], title: str, link: str, kind: str, query: str
    ) -> Callable[[], Response] | None:
        """A feed of `posts`: ?paged=N (10 a page, none past the end), ?orderby=modified."""
        if not self.feeds:
            return None
        params = {k: v[-1] for k, v in parse_qs(query).items()}
        if params.get("orderby") == "modified":
            posts = sorted(posts, key=lambda p: feeds.newest_change([p]), reverse=True)
        paged = params.get("paged", "1")
        page = int(paged) if paged.isdigit() and int(paged) > 0 else 1
        chunk = posts[(page - 1) * POSTS_PER_PAGE : page * POSTS_PER_PAGE]
        if page > 1 and not chunk:
            return None
        write, content_type = (feeds.atom, ATOM) if kind == "atom" else (feeds.rss, RSS)
        self_url = f"{link}feed/atom/" if kind == "atom" else f"{link}feed/"

        def respond() -> Response:
            text = write(self.base_url, title=title, link=link, self_url=self_url, posts=chunk)
            headers = [("Content-Type", content_type), *self._feed_validators]
            return 200, headers, text.encode("utf-8")

        return respond

    def _sitemap(self, name: str) -> Response:
        by_id = sorted(self.live, key=lambda p: p.id)  # WordPress core orders sitemap posts by id
        chunks = [by_id[i : i + SITEMAP_SIZE] for i in range(0, len(by_id), SITEMAP_SIZE)]
        news = f"{self.base_url}/news/"
        if name == "wp-sitemap.xml":
            locations = [f"{news}wp-sitemap-posts-post-{n}.xml" for n in range(1, len(chunks) + 1)]
            text = feeds.sitemap_index([*locations, f"{news}wp-sitemap-taxonomies-category-1.xml"])
        elif name == "wp-sitemap-taxonomies-category-1.xml":
            text = feeds.urlset(
                [(render.category_url(self.base_url, slug), None) for slug in CATEGORIES]
            )
        else:
            prefix = "wp-sitemap-posts-post-"
            number = name[len(prefix) : -len(".xml")] if name.startswith(prefix) else ""
            if not (number.isdigit() and 1 <= int(number) <= len(chunks)):
                return self._not_found()
            chunk = chunks[int(number) - 1]
            text = feeds.urlset([(self.post_url(p), p.modified or p.published) for p in chunk])
        return 200, [("Content-Type", XML)], text.encode("utf-8")


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
