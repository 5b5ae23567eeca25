"""The replica's REST resources: a post (and what `_embed` adds) and the terms, as JSON.

Field names and formats are WordPress 6.1's (the posts and terms controllers'
`prepare_item_for_response`): dates in the site's time zone and in UTC without offset,
rendered titles escaped as wptexturize does, term and user ids fixed per term and user.
"""

from __future__ import annotations

import html
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from .content import CATEGORIES, CATEGORY_PARENTS, Post, slugify
from .render import category_url, content_html, excerpt, post_url
from .words import AUTHORS, TAGS

if TYPE_CHECKING:
    from .site import Site

# WordPress term ids of the categories (Uncategorized is 1 on every WordPress).
CATEGORY_IDS = {"news": 2, "europe": 3, "asia": 4, "middle-east": 5, "americas": 6, "balkans": 12}
TAG_IDS = {tag: 20 + i for i, tag in enumerate(TAGS)}
# User ids: 1 is the admin, who writes nothing. A post without an author has id 0.
AUTHOR_IDS = {name: 2 + i for i, name in enumerate(AUTHORS)}


def wp_date(iso: str, zone: Any) -> str:
    """WordPress's REST date format: no offset, seconds precision."""
    return f"{datetime.fromisoformat(iso).astimezone(zone):%Y-%m-%dT%H:%M:%S}"


def _rendered(text: str) -> str:
    """A title as the_title renders it: escaped, "&" as &#038; (wptexturize)."""
    return html.escape(text, quote=False).replace("&amp;", "&#038;")


def post_json(site: Site, post: Post, embed: set[str]) -> dict[str, Any]:
    base, zone = site.base_url, site.zone
    link = post_url(base, post.slug)
    author_id = AUTHOR_IDS[post.author] if post.author else 0
    media_id = post.id + 1 if post.image else 0
    api = f"{base}/news/wp-json/wp/v2"
    protected = bool(post.password)
    item: dict[str, Any] = {
        "id": post.id,
        "date": wp_date(post.published, zone),
        "date_gmt": wp_date(post.published, UTC),
        "guid": {"rendered": f"{base}/news/?p={post.id}"},
        "modified": wp_date(post.modified or post.published, zone),
        "modified_gmt": wp_date(post.modified or post.published, UTC),
        "slug": post.slug,
        "status": "publish",
        "type": "post",
        "link": link,
        # The REST API drops the "Protected: " prefix (protected_title_format is "%s").
        "title": {"rendered": _rendered(post.title)},
        "content": {
            "rendered": "" if protected else content_html(base, post) + "\n",
            "protected": protected,
        },
        "excerpt": {
            "rendered": "" if protected else f"<p>{excerpt(post, 55)} [&hellip;]</p>\n",
            "protected": protected,
        },
        "author": author_id,
        "featured_media": media_id,
        "comment_status": "open",
        "ping_status": "open",
        "sticky": post.sticky,
        "template": "",
        "format": "standard",
        "meta": [],
        "categories": [CATEGORY_IDS[c] for c in post.categories],
        "tags": [TAG_IDS[t] for t in post.tags],
        "_links": {
            "self": [{"href": f"{api}/posts/{post.id}"}],
            "collection": [{"href": f"{api}/posts"}],
            "author": [{"embeddable": True, "href": f"{api}/users/{author_id}"}],
            "wp:term": [
                {
                    "taxonomy": "category",
                    "embeddable": True,
                    "href": f"{api}/categories?post={post.id}",
                },
                {"taxonomy": "post_tag", "embeddable": True, "href": f"{api}/tags?post={post.id}"},
            ],
        },
    }
    if media_id:
        item["_links"]["wp:featuredmedia"] = [
            {"embeddable": True, "href": f"{api}/media/{media_id}"}
        ]
    if embed:
        item["_embedded"] = embedded_json(site, post, embed, author_id, media_id)
    return item


def embedded_json(
    site: Site, post: Post, embed: set[str], author_id: int, media_id: int
) -> dict[str, Any]:
    embedded: dict[str, Any] = {}
    if "author" in embed:
        if post.author:
            slug = slugify(post.author)
            embedded["author"] = [
                {
                    "id": author_id,
                    "name": post.author,
                    "url": "",
                    "description": "",
                    "link": f"{site.base_url}/news/author/{slug}/",
                    "slug": slug,
                }
            ]
        else:  # what WordPress embeds for a post whose author is no user
            embedded["author"] = [
                {
                    "code": "rest_user_invalid_id",
                    "message": "Invalid user ID.",
                    "data": {"status": 404},
                }
            ]
    if "wp:featuredmedia" in embed and media_id and post.image:
        embedded["wp:featuredmedia"] = [
            {
                "id": media_id,
                "date": wp_date(post.published, site.zone),
                "slug": post.slug + "-image",
                "type": "attachment",
                "caption": {"rendered": f"<p>{html.escape(post.image_caption or '')}</p>\n"},
                "alt_text": (post.image_caption or "").split(" (Image Credit:")[0],
                "media_type": "image",
                "mime_type": "image/jpeg",
                "source_url": site.base_url + post.image,
            }
        ]
    if "wp:term" in embed:
        by_slug = {c["slug"]: c for c in categories_json(site)}
        by_name = {t["name"]: t for t in tags_json(site)}
        keys = ("id", "link", "name", "slug", "taxonomy")
        embedded["wp:term"] = [
            [{k: by_slug[c][k] for k in keys} for c in post.categories],
            [{k: by_name[t][k] for k in keys} for t in post.tags],
        ]
    return embedded


def categories_json(site: Site) -> list[dict[str, Any]]:
    """Every category with its fields, Uncategorized included, in id order."""
    rows = [
        {
            "id": 1,
            "count": 0,
            "description": "",
            "link": f"{site.base_url}/news/category/uncategorized/",
            "name": "Uncategorized",
            "slug": "uncategorized",
            "taxonomy": "category",
            "parent": 0,
        }
    ]
    for slug, name in CATEGORIES.items():
        parent = CATEGORY_PARENTS.get(slug)
        rows.append(
            {
                "id": CATEGORY_IDS[slug],
                "count": sum(slug in p.categories for p in site.live),
                "description": "",
                "link": category_url(site.base_url, slug),
                "name": name,
                "slug": slug,
                "taxonomy": "category",
                "parent": CATEGORY_IDS[parent] if parent else 0,
            }
        )
    return sorted(rows, key=lambda row: row["id"])


def tags_json(site: Site) -> list[dict[str, Any]]:
    return [
        {
            "id": tag_id,
            "count": sum(tag in p.tags for p in site.live),
            "description": "",
            "link": f"{site.base_url}/news/tag/{slugify(tag)}/",
            "name": tag,
            "slug": slugify(tag),
            "taxonomy": "post_tag",
        }
        for tag, tag_id in TAG_IDS.items()
    ]
