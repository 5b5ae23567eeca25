"""The WordPress REST API of the replica (`/news/wp-json/wp/v2/...`), when it is on.

Only what an incremental crawl asks: the category list (with parents) and posts of
some categories modified after a date, paginated with X-WP-Total / X-WP-TotalPages.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import TYPE_CHECKING
from urllib.parse import parse_qs

from .content import CATEGORIES, CATEGORY_PARENTS

if TYPE_CHECKING:
    from .site import Response, Site

# WordPress term ids of the categories (Uncategorized is 1 on every WordPress).
CATEGORY_IDS = {"news": 2, "europe": 3, "asia": 4, "middle-east": 5, "americas": 6, "balkans": 12}
JSON = "application/json; charset=UTF-8"


def respond(site: Site, route: str, query: str) -> Response | None:
    """Answer a /news/wp-json/<route> request, or None for an unknown route (404)."""
    params = {k: v[-1] for k, v in parse_qs(query).items()}
    if route in ("", "/"):
        return _json({"name": "IRIA", "namespaces": ["wp/v2"]})
    if route == "wp/v2/categories":
        return _json([_category(site, slug) for slug in CATEGORIES])
    if route == "wp/v2/posts":
        return _posts(site, params)
    return None


def _category(site: Site, slug: str) -> dict:
    parent = CATEGORY_PARENTS.get(slug)
    return {
        "id": CATEGORY_IDS[slug],
        "slug": slug,
        "name": CATEGORIES[slug],
        "parent": CATEGORY_IDS[parent] if parent else 0,
        "link": site.base_url + f"/news/category/{slug}/",
    }


def _posts(site: Site, params: dict[str, str]) -> Response:
    wanted = {int(i) for i in params.get("categories", "").split(",") if i.strip().isdigit()}
    after = params.get("modified_after")
    since = datetime.fromisoformat(after) if after else None
    if since is not None and since.tzinfo is None:
        since = since.replace(tzinfo=UTC)  # the replica's site time zone is UTC
    posts = [
        p
        for p in site.live
        if (not wanted or wanted & {CATEGORY_IDS[c] for c in p.categories})
        and (since is None or datetime.fromisoformat(p.modified or p.published) > since)
    ]
    per_page = min(int(params.get("per_page", "10")), 100)
    page = int(params.get("page", "1"))
    total_pages = max(1, -(-len(posts) // per_page))
    if page > total_pages:
        return _json({"code": "rest_post_invalid_page_number"}, status=400)
    chunk = posts[(page - 1) * per_page : page * per_page]
    body = [
        {
            "id": p.id,
            "link": site.post_url(p),
            "date_gmt": p.published[:19],
            "modified_gmt": (p.modified or p.published)[:19],
            "categories": [CATEGORY_IDS[c] for c in p.categories],
        }
        for p in chunk
    ]
    status, headers, data = _json(body)
    headers += [("X-WP-Total", str(len(posts))), ("X-WP-TotalPages", str(total_pages))]
    return status, headers, data


def _json(data: object, status: int = 200) -> Response:
    return status, [("Content-Type", JSON)], json.dumps(data).encode()
