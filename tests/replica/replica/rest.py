"""The WordPress REST API of the replica (`/news/wp-json/wp/v2/...`), when it is on.

What WordPress 6.1's `WP_REST_Posts_Controller` and `WP_REST_Terms_Controller` answer
to anonymous GETs, with their field names: posts (filters, ordering, paging with
X-WP-Total / X-WP-TotalPages, `_fields`, `_embed`), categories and tags. Dates:
`date`/`modified` in the site's time zone and `*_gmt` in UTC, both without offset,
as WordPress writes them. Errors are WordPress's `{"code", "message", "data"}` 400s.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qs, urlencode

from .content import Post
from .rest_items import (
    CATEGORY_IDS,
    TAG_IDS,
    categories_json,
    post_json,
    tags_json,
)

if TYPE_CHECKING:
    from .site import Response, Site

JSON = "application/json; charset=UTF-8"
MAX_PER_PAGE = 100


class RestError(Exception):
    """A 400 answer: WordPress's error code and message."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code, self.message = code, message


def respond(site: Site, route: str, query: str) -> Response | None:
    """Answer a /news/wp-json/<route> request, or None for an unknown route (404)."""
    params = {k: v[-1] for k, v in parse_qs(query, keep_blank_values=True).items()}
    route = "/" + route.strip("/")
    try:
        if route == "/":
            return _index(site)
        if route == "/wp/v2/posts":
            return _paged(site, route, params, *_posts(site, params))
        if route.startswith("/wp/v2/posts/") and route.rsplit("/", 1)[1].isdigit():
            return _single_post(site, int(route.rsplit("/", 1)[1]), params)
        if route == "/wp/v2/categories":
            return _paged(site, route, params, *_terms(params, categories_json(site)))
        if route == "/wp/v2/tags":
            return _paged(site, route, params, *_terms(params, tags_json(site)))
    except RestError as error:
        body = {"code": error.code, "message": error.message, "data": {"status": 400}}
        return _json(body, status=400)
    return None


def _index(site: Site) -> Response:
    """The API index: the site's name, address and time zone (a fixed UTC offset)."""
    offset = site.zone.utcoffset(None).total_seconds() / 3600
    return _json(
        {
            "name": "IRIA",
            "description": "International Relations Insights & Analysis",
            "url": site.base_url + "/news",
            "home": site.base_url + "/news",
            "gmt_offset": int(offset) if offset.is_integer() else offset,
            "timezone_string": "",
            "namespaces": ["oembed/1.0", "wp/v2"],
        }
    )


def _paged(
    site: Site, route: str, params: dict[str, str], body: list[Any], total: int, pages: int
) -> Response:
    """A collection answer: X-WP-Total, X-WP-TotalPages and Link rel=prev/next headers."""
    status, headers, data = _json(body)
    headers += [("X-WP-Total", str(total)), ("X-WP-TotalPages", str(pages))]
    page = int(params.get("page", "1"))
    links = []
    for rel, number in (("prev", page - 1), ("next", page + 1)):
        if 1 <= number <= pages:
            query = urlencode({**params, "page": str(number)})
            links.append(f'<{site.base_url}/news/wp-json{route}?{query}>; rel="{rel}"')
    if links:
        headers.append(("Link", ", ".join(links)))
    return status, headers, data


def _single_post(site: Site, post_id: int, params: dict[str, str]) -> Response:
    post = next((p for p in site.live if p.id == post_id), None)
    if post is None:
        body = {
            "code": "rest_post_invalid_id",
            "message": "Invalid post ID.",
            "data": {"status": 404},
        }
        return _json(body, status=404)
    return _json(
        _only_fields(post_json(site, post, _embedded_wanted(params)), params.get("_fields"))
    )


# -- parameters ----------------------------------------------------------------------------


def _int(params: dict[str, str], name: str, default: int, low: int, high: int | None) -> int:
    value = params.get(name, str(default))
    if not value.strip().isdigit() or int(value) < low or (high is not None and int(value) > high):
        raise RestError("rest_invalid_param", f"Invalid parameter(s): {name}")
    return int(value)


def _ids(params: dict[str, str], name: str) -> set[int] | None:
    if name not in params:
        return None
    parts = [p.strip() for p in params[name].split(",") if p.strip()]
    if not all(p.isdigit() for p in parts):
        raise RestError("rest_invalid_param", f"Invalid parameter(s): {name}")
    return {int(p) for p in parts}


def _moment(site: Site, params: dict[str, str], name: str) -> datetime | None:
    """A date parameter; without an offset it is the site's local time, as WordPress reads it."""
    if name not in params:
        return None
    try:
        moment = datetime.fromisoformat(params[name].strip().replace("Z", "+00:00"))
    except ValueError:
        raise RestError("rest_invalid_param", f"Invalid parameter(s): {name}") from None
    return moment if moment.tzinfo else moment.replace(tzinfo=site.zone)


def _page(params: dict[str, str], items: Sequence[Any]) -> tuple[Sequence[Any], int, int]:
    """(this page's items, total, total pages), or the error of a page past the last."""
    per_page = _int(params, "per_page", 10, 1, MAX_PER_PAGE)
    page = _int(params, "page", 1, 1, None)
    total_pages = -(-len(items) // per_page)
    if page > total_pages and items:
        raise RestError(
            "rest_post_invalid_page_number",
            "The page number requested is larger than the number of pages available.",
        )
    return items[(page - 1) * per_page : page * per_page], len(items), total_pages


def _only_fields(item: dict[str, Any], fields: str | None) -> dict[str, Any]:
    """`_fields=a,b.c`: only these (nested) fields, as rest_filter_response_fields does."""
    if not fields:
        return item
    kept: dict[str, Any] = {}
    for path in (f.strip() for f in fields.split(",") if f.strip()):
        source, target = item, kept
        keys = path.split(".")
        for depth, key in enumerate(keys):
            if not isinstance(source, dict) or key not in source:
                break
            if depth == len(keys) - 1:
                target[key] = source[key]
            else:
                source = source[key]
                target = target.setdefault(key, {})
    return kept


# -- posts ---------------------------------------------------------------------------------


def _changed(post: Post) -> datetime:
    return datetime.fromisoformat(post.modified or post.published)


def _posts(site: Site, params: dict[str, str]) -> tuple[list[Any], int, int]:
    """(this page of posts, total, total pages)."""
    categories = _ids(params, "categories")
    excluded = _ids(params, "categories_exclude") or set()
    tags = _ids(params, "tags")
    after, before = _moment(site, params, "after"), _moment(site, params, "before")
    modified_after = _moment(site, params, "modified_after")
    modified_before = _moment(site, params, "modified_before")
    orderby = params.get("orderby", "date")
    order = params.get("order", "desc")
    if orderby not in ("date", "modified", "id", "title", "slug"):
        raise RestError("rest_invalid_param", "Invalid parameter(s): orderby")
    if order not in ("asc", "desc"):
        raise RestError("rest_invalid_param", "Invalid parameter(s): order")

    def wanted(post: Post) -> bool:
        # WordPress's tax query here has include_children false: a parent's id does
        # not match its child categories' posts.
        own = {CATEGORY_IDS[c] for c in post.categories}
        published = datetime.fromisoformat(post.published)
        return (
            (categories is None or bool(own & categories))
            and not own & excluded
            and (tags is None or bool({TAG_IDS[t] for t in post.tags} & tags))
            and (after is None or published > after)
            and (before is None or published < before)
            and (modified_after is None or _changed(post) > modified_after)
            and (modified_before is None or _changed(post) < modified_before)
        )

    keys: dict[str, Callable[[Post], Any]] = {
        "date": lambda p: datetime.fromisoformat(p.published),
        "modified": _changed,
        "id": lambda p: p.id,
        "title": lambda p: p.title.lower(),
        "slug": lambda p: p.slug,
    }
    # `status` is ignored: anonymous requests only ever see published posts.
    posts = sorted((p for p in site.live if wanted(p)), key=keys[orderby], reverse=order == "desc")
    chunk, total, total_pages = _page(params, posts)
    embed = _embedded_wanted(params)
    return (
        [_only_fields(post_json(site, p, embed), params.get("_fields")) for p in chunk],
        total,
        total_pages,
    )


def _embedded_wanted(params: dict[str, str]) -> set[str]:
    """`_embed` (all) or `_embed=author,wp:term`; with `_fields`, only if it names them."""
    if "_embed" not in params:
        return set()
    fields = params.get("_fields")
    if fields and not {"_links", "_embedded"} & {f.strip() for f in fields.split(",")}:
        return set()
    value = params["_embed"].strip()
    names = {"author", "wp:term", "wp:featuredmedia"}
    return names if value in ("", "1", "true") else names & set(value.split(","))


def _terms(params: dict[str, str], terms: list[dict[str, Any]]) -> tuple[list[Any], int, int]:
    """A page of a term collection: ordered by name (WordPress's default), `parent`,
    `hide_empty`, `include`, `slug`, paged like posts."""
    parent = params.get("parent")
    if parent is not None and not parent.isdigit():
        raise RestError("rest_invalid_param", "Invalid parameter(s): parent")
    include = _ids(params, "include")
    slugs = set(params["slug"].split(",")) if params.get("slug") else None
    hide_empty = params.get("hide_empty") in ("1", "true")
    rows = [
        t
        for t in terms
        if (parent is None or t.get("parent") == int(parent))
        and (include is None or t["id"] in include)
        and (slugs is None or t["slug"] in slugs)
        and not (hide_empty and t["count"] == 0)
    ]
    orderby = params.get("orderby", "name")
    if orderby not in ("id", "name", "slug", "count", "include"):
        raise RestError("rest_invalid_param", "Invalid parameter(s): orderby")
    key = "id" if orderby == "include" else orderby
    rows.sort(key=lambda t: t[key], reverse=params.get("order", "asc") == "desc")
    chunk, total, total_pages = _page(params, rows)
    return [_only_fields(dict(t), params.get("_fields")) for t in chunk], total, total_pages


def _json(data: object, status: int = 200) -> Response:
    return status, [("Content-Type", JSON)], json.dumps(data).encode()
