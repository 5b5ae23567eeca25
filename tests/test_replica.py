"""The replica itself: every theme tells the same truth, and its sources say what WordPress says.

No socket: `Site.respond()` is the whole web server as a function.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from urllib.parse import urlsplit

import feedparser
import pytest
from parsel import Selector

from replica import build_site
from replica.content import CATEGORIES
from replica.rest import CATEGORY_IDS, TAG_IDS
from replica.themes import THEMES

BASE = "http://replica.test"
IRIA_BOILERPLATE = (
    "Related Articles",
    "Leave a comment",
    "Copyright © 2014-2025 IRIA - International Relations Insights & Analysis",
    "IRIA is a research institute",
    "Subscribe to IRIA News",
    "Enter your email address:",
    "Back to Top",
)


@pytest.fixture(scope="module", params=THEMES)
def site(request: pytest.FixtureRequest):
    return build_site(BASE, theme=request.param)


def get(site, path: str, headers: dict[str, str] | None = None):
    status, response_headers, body = site.respond("GET", path, headers)
    return status, dict(response_headers), body


def utc(iso: str | None) -> datetime | None:
    return datetime.fromisoformat(iso).astimezone(UTC) if iso else None


def test_every_theme_has_the_same_truth_up_to_its_time_zone() -> None:
    def instant(rows: list[dict]) -> list[dict]:
        return [
            {**r, "published": utc(r["published"]), "modified": utc(r["modified"])} for r in rows
        ]

    classic = build_site(BASE).expected_articles()
    for theme in THEMES:
        site = build_site(BASE, theme=theme)
        rows = site.expected_articles()
        assert instant(rows) == instant(classic), theme
        offsets = {r["published"][-6:] for r in rows if len(r["published"]) > 10}
        assert offsets == {site.timezone}, theme


def test_article_pages_carry_the_iria_boilerplate_and_the_post(site) -> None:
    for post in site.live:
        status, _headers, body = get(site, urlsplit(site.post_url(post)).path)
        assert status == 200
        text = Selector(text=body.decode()).xpath("normalize-space(//body)").get()
        for needle in IRIA_BOILERPLATE:
            assert needle in text, (site.theme_name, post.slug, needle)
        if not post.password:
            assert " ".join(post.blocks[0].text.split()) in text


def test_the_protected_post_shows_the_password_form_and_is_not_in_the_truth(site) -> None:
    protected = [p for p in site.live if p.password]
    if site.theme_name == "classic":
        assert protected == []  # off by default on the default theme
        return
    (post,) = protected
    page = get(site, urlsplit(site.post_url(post)).path)[2].decode()
    assert 'class="post-password-form"' in page
    assert f"Protected: {post.title}" in page
    assert post.blocks[0].text[:40] not in page
    assert site.post_url(post) not in {row["url"] for row in site.expected_articles()}
    assert site.post_url(post) in {site.post_url(p) for p in site.category_posts("europe")}


def test_the_plain_theme_has_no_wordpress_conventions() -> None:
    site = build_site(BASE, theme="plain")
    paths = ["/news/category/europe/", "/news/category/europe/page/2/", "/news/"]
    paths += [urlsplit(site.post_url(p)).path for p in site.live[:20]]
    for path in paths:
        page = Selector(text=get(site, path)[2].decode())
        for xpath in (
            "//article",
            "//aside",
            "//nav",
            "//*[contains(@class, 'entry-title') or contains(@class, 'hentry')]",
            "//*[contains(@class, 'type-post') or contains(@class, 'entry-content')]",
            "//*[@rel='bookmark' or @rel='next' or @rel='prev' or contains(@rel, 'tag')]",
            "//*[@id='comments' or @id='respond']",
        ):
            assert page.xpath(xpath) == [], (path, xpath)


def test_plain_listing_pages_link_articles_of_other_sections_in_the_sidebar() -> None:
    site = build_site(BASE, theme="plain")
    page = Selector(text=get(site, "/news/category/europe/")[2].decode())
    sidebar = {urlsplit(h).path for h in page.css(".x-side a::attr(href)").getall()}
    europe = {urlsplit(site.post_url(p)).path for p in site.category_posts("europe")}
    assert len(sidebar) == 5 and not sidebar & europe
    cards = [urlsplit(h).path for h in page.css(".x-card h3 a::attr(href)").getall()]
    assert len(cards) == 11  # ten posts and the sticky one


def test_sources_are_switched_off_with_a_404() -> None:
    site = build_site(BASE, theme="plain")
    assert (site.rest_api, site.sitemap, site.feeds) == (False, False, True)
    assert get(site, "/news/wp-json/wp/v2/posts")[0] == 404
    assert get(site, "/news/wp-sitemap.xml")[0] == 404
    assert "Sitemap:" not in get(site, "/robots.txt")[2].decode()
    assert get(site, "/news/category/europe/feed/")[0] == 200
    off = build_site(BASE, theme="block", feeds=False, rest_api=False, sitemap=True)
    for path in ("/news/feed/", "/news/category/europe/feed/", "/news/category/europe/feed/atom/"):
        assert get(off, path)[0] == 404, path
    page = get(off, "/news/")[2].decode()
    assert "application/rss+xml" not in page and "api.w.org" not in page
    assert get(off, "/news/wp-sitemap.xml")[0] == 200


# -- REST API -----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def block():
    return build_site(BASE, theme="block")  # REST API on, UTC+1


def rest(site, query: str):
    status, headers, body = get(site, f"/news/wp-json/wp/v2/{query}")
    return status, headers, json.loads(body)


def test_rest_posts_have_wordpress_fields_and_dates(block) -> None:
    status, headers, posts = rest(block, "posts?per_page=100&_embed")
    assert status == 200
    live = [p for p in block.live]
    assert headers["X-WP-Total"] == str(len(live))
    assert headers["X-WP-TotalPages"] == str(-(-len(live) // 100))
    by_id = {p.id: p for p in live}
    for item in posts:
        post = by_id[item["id"]]
        assert {
            "id",
            "date",
            "date_gmt",
            "modified",
            "modified_gmt",
            "slug",
            "status",
            "link",
        } <= set(item)
        assert {"title", "content", "excerpt", "author", "categories", "tags"} <= set(item)
        assert item["link"] == block.post_url(post)
        assert item["date"] == post.published[:19]  # site time, no offset
        assert item["date_gmt"] == utc(post.published).strftime("%Y-%m-%dT%H:%M:%S")
        assert item["modified_gmt"] == utc(post.modified or post.published).strftime(
            "%Y-%m-%dT%H:%M:%S"
        )
        assert item["categories"] == [CATEGORY_IDS[c] for c in post.categories]
        assert item["tags"] == [TAG_IDS[t] for t in post.tags]
        assert item["content"]["protected"] is bool(post.password)
        assert (item["content"]["rendered"] == "") is bool(post.password)
        author = item["_embedded"]["author"][0]
        assert author.get("name") == post.author
        categories, tags = item["_embedded"]["wp:term"]
        assert [c["name"] for c in categories] == [CATEGORIES[c] for c in post.categories]
        assert [t["name"] for t in tags] == list(post.tags)
        assert {t["taxonomy"] for t in categories} <= {"category"}
        assert {t["taxonomy"] for t in tags} <= {"post_tag"}


def test_rest_posts_filter_like_wordpress(block) -> None:
    europe, balkans = CATEGORY_IDS["europe"], CATEGORY_IDS["balkans"]
    _s, headers, _body = rest(block, f"posts?categories={europe}&_fields=id")
    direct = [p for p in block.live if "europe" in p.categories]
    assert headers["X-WP-Total"] == str(len(direct))  # children not included
    _s, headers, _body = rest(block, f"posts?categories={europe},{balkans}&_fields=id")
    either = [p for p in block.live if {"europe", "balkans"} & set(p.categories)]
    assert headers["X-WP-Total"] == str(len(either))

    since = block.live[10].modified or block.live[10].published
    _s, _h, body = rest(block, f"posts?modified_after={since[:19]}&orderby=modified&order=asc")
    changed = sorted(
        (p for p in block.live if utc(p.modified or p.published) > utc(since)),
        key=lambda p: utc(p.modified or p.published),
    )
    assert [item["id"] for item in body] == [p.id for p in changed][:10]

    _s, _h, body = rest(block, "posts?_fields=id,title.rendered&per_page=1&status=draft")
    assert body == [{"id": block.live[0].id, "title": {"rendered": block.live[0].title}}]


def test_rest_errors_are_wordpress_errors(block) -> None:
    assert rest(block, "posts?per_page=101")[0] == 400
    status, _h, body = rest(block, "posts?page=99")
    assert (status, body["code"]) == (400, "rest_post_invalid_page_number")


def test_rest_categories_are_paged_with_links_and_parents(block) -> None:
    status, headers, body = rest(block, "categories?per_page=3&page=1")
    assert status == 200 and len(body) == 3
    assert headers["X-WP-Total"] == str(len(CATEGORIES) + 1)  # and Uncategorized
    assert headers["X-WP-TotalPages"] == "3"
    _s, _h, children = rest(block, f"categories?parent={CATEGORY_IDS['europe']}")
    assert [(c["slug"], c["link"]) for c in children] == [
        ("balkans", f"{BASE}/news/category/europe/balkans/")
    ]


# -- feeds and sitemaps --------------------------------------------------------------------


def test_category_feeds_page_by_ten_and_order_by_modified(block) -> None:
    listed = [p for p in block.category_posts("europe") if not p.deleted]
    for kind in ("feed/", "feed/atom/"):
        links = []
        for page in range(1, 20):
            status, headers, body = get(block, f"/news/category/europe/{kind}?paged={page}")
            if status == 404:
                break
            links += [entry.link for entry in feedparser.parse(body).entries]
        assert page == -(-len(listed) // 10) + 1
        assert links == [block.post_url(p) for p in listed]
    newest_changed = sorted(listed, key=lambda p: utc(p.modified or p.published), reverse=True)
    body = get(block, "/news/category/europe/feed/atom/?orderby=modified")[2]
    entries = feedparser.parse(body).entries
    assert [e.link for e in entries] == [block.post_url(p) for p in newest_changed[:10]]
    for entry, post in zip(entries, newest_changed, strict=False):
        assert utc(entry.published) == utc(post.published)
        assert utc(entry.updated) == utc(post.modified or post.published)


def test_feeds_answer_conditional_requests(block) -> None:
    status, headers, _body = get(block, "/news/category/europe/feed/")
    assert status == 200
    assert get(block, "/news/category/europe/feed/", {"If-None-Match": headers["ETag"]})[0] == 304
    since = {"If-Modified-Since": headers["Last-Modified"]}
    assert get(block, "/news/category/europe/feed/atom/", since)[0] == 304


def test_sitemap_lastmod_is_the_modified_time_in_utc(block) -> None:
    body = get(block, "/news/wp-sitemap-posts-post-1.xml")[2].decode()
    page = Selector(text=body, type="xml")
    page.remove_namespaces()
    lastmods = dict(
        zip(
            page.xpath("//loc/text()").getall(),
            page.xpath("//lastmod/text()").getall(),
            strict=True,
        )
    )
    for post in block.live:
        lastmod = lastmods[block.post_url(post)]
        assert lastmod.endswith("+00:00")
        assert utc(lastmod) == utc(post.modified or post.published)


def test_rest_index_single_posts_and_link_headers(block) -> None:
    index = json.loads(get(block, "/news/wp-json/")[2])
    assert index["gmt_offset"] == 1  # the block site is on UTC+1
    post = block.live[0]
    status, _h, item = rest(block, f"posts/{post.id}?_fields=id,link")
    assert (status, item) == (200, {"id": post.id, "link": block.post_url(post)})
    assert rest(block, "posts/1")[0] == 404
    _s, headers, _body = rest(block, "posts?per_page=10&page=2&_fields=id")
    api = f"{BASE}/news/wp-json/wp/v2/posts"
    assert headers["Link"] == (
        f'<{api}?per_page=10&page=1&_fields=id>; rel="prev", '
        f'<{api}?per_page=10&page=3&_fields=id>; rel="next"'
    )
