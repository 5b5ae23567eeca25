"""The pure parts of discovery: permalink shapes, listings of unknown themes, source dates."""

from __future__ import annotations

import pytest

from iria_archive.model.dates import later, local_with_offset, utc
from iria_archive.model.permalinks import PermalinkShape
from scraper.discovery.rest import api_url, post_hints
from scraper.listing import parse_listing

BASE = "https://news.example.org"


@pytest.mark.parametrize(
    ("examples", "yes", "no"),
    [
        (
            [f"{BASE}/news/first-post/"],
            [f"{BASE}/news/another-post/"],
            [
                f"{BASE}/news/category/europe/",
                f"{BASE}/news/feed/",
                f"{BASE}/news/page/2/",
                f"{BASE}/about/",
                "https://elsewhere.example.org/news/another-post/",
            ],
        ),
        (
            [f"{BASE}/2024/03/first-post/", f"{BASE}/2023/11/second/"],
            [f"{BASE}/2025/01/third-post/"],
            [f"{BASE}/category/europe/page/", f"{BASE}/third-post/", f"{BASE}/tag/x/y/"],
        ),
        (
            [f"{BASE}/europe/first-post/", f"{BASE}/balkans/second-post/"],
            [f"{BASE}/asia/third-post/"],
            [f"{BASE}/author/jo/", f"{BASE}/europe/"],
        ),
        ([f"{BASE}/?p=12"], [f"{BASE}/?p=345"], [f"{BASE}/?cat=3", f"{BASE}/?p=1&x=2"]),
    ],
    ids=["postname", "year-month", "category", "plain"],
)
def test_permalink_shape_is_learnt_from_examples(
    examples: list[str], yes: list[str], no: list[str]
) -> None:
    shape = PermalinkShape(examples)
    assert [u for u in yes if shape.matches(u)] == yes
    assert [u for u in no if shape.matches(u)] == []


# An archive page of a theme with none of WordPress's conventions: no <article>, no
# entry-title, no rel=bookmark, no rel=next; a sidebar of posts of other sections with
# the same permalink shape; a featured card of another markup inside the loop.
NO_CONVENTIONS = f"""<html><body>
<div class="top"><a href="{BASE}/news/">Home</a> <a href="{BASE}/news/about-us/">About us</a></div>
<div class="layout">
  <div class="col-main">
    <div class="hero"><a href="{BASE}/news/featured-story/"><img src="x.jpg"></a>
      <div class="hero-text"><a href="{BASE}/news/featured-story/">
      A featured story leads the page</a></div></div>
    <div class="x-list">
      <div class="x-card"><h3><a href="{BASE}/news/first-story/">First story of the section</a></h3>
        <p>Excerpt <a href="{BASE}/news/first-story/">Read more</a></p></div>
      <div class="x-card"><h3><a href="{BASE}/news/second-story/?utm_source=x">
        Second story of the section</a></h3></div>
      <div class="x-card"><h3><a href="{BASE}/news/third-story/">
        Third story of the section</a></h3></div>
    </div>
    <div class="pages"><a href="{BASE}/news/category/europe/page/2/">2</a>
      <a href="{BASE}/news/category/europe/page/3/">3</a></div>
  </div>
  <div class="col-side"><div class="box-latest"><h4>Latest</h4>
    <div class="x-mini"><a href="{BASE}/news/other-section-one/">Other section story one</a></div>
    <div class="x-mini"><a href="{BASE}/news/other-section-two/">Other section story two</a></div>
  </div></div>
</div>
<div class="bottom"><a href="{BASE}/news/privacy-policy/">Privacy policy of the site</a></div>
</body></html>"""


def test_a_theme_without_conventions_is_read_by_permalink_shape() -> None:
    shape = PermalinkShape([f"{BASE}/news/some-known-post/"])
    listing = parse_listing(NO_CONVENTIONS, f"{BASE}/news/category/europe/", shape)
    assert listing.article_urls == [
        f"{BASE}/news/featured-story/",
        f"{BASE}/news/first-story/",
        f"{BASE}/news/second-story/",
        f"{BASE}/news/third-story/",
    ]
    assert listing.next_url == f"{BASE}/news/category/europe/page/2/"


def test_a_theme_without_conventions_is_read_by_structure_when_no_permalink_is_known() -> None:
    listing = parse_listing(NO_CONVENTIONS, f"{BASE}/news/category/europe/", None)
    assert listing.article_urls == [
        f"{BASE}/news/featured-story/",
        f"{BASE}/news/first-story/",
        f"{BASE}/news/second-story/",
        f"{BASE}/news/third-story/",
    ]


def test_a_post_s_own_header_is_not_page_chrome() -> None:
    """twentytwentyone puts each entry's title link in <header class="entry-header">."""
    entries = "".join(
        f'<article class="post-{i} post type-post hentry category-europe">'
        f'<header class="entry-header"><h2 class="entry-title">'
        f'<a href="{BASE}/news/post-{i}/">Post number {i} of the loop</a></h2></header>'
        f'<footer class="entry-footer"><a href="{BASE}/news/category/europe/" rel="category tag">'
        "Europe</a></footer></article>"
        for i in range(3)
    )
    html = f"<html><body><header id='masthead'><a href='{BASE}/news/x-y-z/'>Site</a></header>"
    html += f"<main id='main'>{entries}</main></body></html>"
    shape = PermalinkShape([f"{BASE}/news/known/"])
    listing = parse_listing(html, f"{BASE}/news/category/europe/", shape)
    assert listing.article_urls == [f"{BASE}/news/post-{i}/" for i in range(3)]


def test_rest_dates_carry_the_site_offset_as_get_the_date_c_prints_it() -> None:
    assert local_with_offset("2024-08-08T09:00:00", "2024-08-08T07:00:00") == (
        "2024-08-08T09:00:00+02:00"
    )
    assert local_with_offset("2025-02-10T09:30:00", "2025-02-10T08:30:00") == (
        "2025-02-10T09:30:00+01:00"
    )
    assert local_with_offset("2024-01-01T05:00:00", "2024-01-01T10:30:00") == (
        "2024-01-01T05:00:00-05:30"
    )
    assert utc("2025-07-02T06:00:00") == "2025-07-02T06:00:00+00:00"


def test_a_source_stamp_is_later_only_when_it_is() -> None:
    assert later("2025-07-02T06:00:01+00:00", "2025-07-02T08:00:00+02:00")
    assert not later("2025-07-02T06:00:00+00:00", "2025-07-02T08:00:00+02:00")
    assert not later("2025-07-02T06:00:00", "2025-07-02")  # a day covers its whole day
    assert later("2025-07-02T06:00:00+00:00", None)
    assert not later(None, "2025-07-02")


def test_rest_post_hints_read_wordpress_field_names() -> None:
    post = {
        "id": 14,
        "link": f"{BASE}/news/baltic/",
        "date": "2024-08-08T07:00:00",
        "date_gmt": "2024-08-08T05:00:00",
        "modified": "2025-02-10T09:30:00",
        "modified_gmt": "2025-02-10T08:30:00",
        "title": {"rendered": "Baltic states cut &#8220;last&#8221; links &amp; more"},
        "content": {"protected": False},
        "_embedded": {
            "author": [{"name": "Marta Hartmann"}],
            "wp:term": [
                [
                    {"taxonomy": "category", "name": "Europe"},
                    {"taxonomy": "category", "name": "News"},
                ],
                [{"taxonomy": "post_tag", "name": "Energy &amp; grids"}],
            ],
        },
    }
    hints = post_hints(post)
    assert (hints.title, hints.author) == (
        "Baltic states cut \u201clast\u201d links & more",
        "Marta Hartmann",
    )
    assert (hints.published, hints.modified, hints.changed) == (
        "2024-08-08T07:00:00+02:00",
        "2025-02-10T09:30:00+01:00",
        "2025-02-10T08:30:00+00:00",
    )
    assert (hints.categories, hints.tags, hints.protected) == (
        ["Europe", "News"],
        ["Energy & grids"],
        False,
    )
    assert post_hints({**post, "content": {"protected": True}}).protected


def test_rest_urls_work_with_and_without_pretty_permalinks() -> None:
    assert api_url(f"{BASE}/news/wp-json/", "wp/v2/posts", "page=2") == (
        f"{BASE}/news/wp-json/wp/v2/posts?page=2"
    )
    assert api_url(f"{BASE}/news/?rest_route=/", "wp/v2/posts", "page=2") == (
        f"{BASE}/news/?rest_route=/wp/v2/posts&page=2"
    )
