"""Archive pages read by WordPress conventions: article links, next page, canonical URLs."""

from __future__ import annotations

import pytest

from iria_archive.model.urls import archive_root, canonical_url
from replica import build_site
from scraper.listing import parse_listing

BASE = "http://127.0.0.1:8123"


@pytest.mark.parametrize(
    ("url", "canonical"),
    [
        (f"{BASE}/news/slug/?utm_source=newsletter&utm_medium=email", f"{BASE}/news/slug/"),
        (f"{BASE}/news/slug/#more-12", f"{BASE}/news/slug/"),
        (f"{BASE}/news/slug", f"{BASE}/news/slug/"),
        ("HTTPS://WWW.IR-IA.COM:443/news/slug/", "https://www.ir-ia.com/news/slug/"),
        ("https://www.ir-ia.com/news/?p=123&fbclid=abc", "https://www.ir-ia.com/news/?p=123"),
        (
            "https://www.ir-ia.com/news/wp-content/uploads/a.jpg",
            "https://www.ir-ia.com/news/wp-content/uploads/a.jpg",
        ),
    ],
)
def test_canonical_url(url: str, canonical: str) -> None:
    assert canonical_url(url) == canonical
    assert canonical_url(canonical) == canonical


def test_archive_root() -> None:
    assert archive_root(f"{BASE}/news/category/europe/page/3/") == f"{BASE}/news/category/europe/"
    assert archive_root(f"{BASE}/news/category/europe/") == f"{BASE}/news/category/europe/"


def walk(site, url: str) -> list[list[str]]:
    """Follow next-page links from `url`; return each page's article links."""
    pages = []
    while url:
        status, _headers, body = site.respond("GET", url.removeprefix(site.base_url))
        assert status == 200, url
        listing = parse_listing(body.decode(), url)
        pages.append(listing.article_urls)
        url = listing.next_url
    return pages


def test_walks_every_archive_page_and_finds_exactly_the_listed_posts() -> None:
    site = build_site(BASE)
    pages = walk(site, f"{BASE}/news/category/europe/")
    listed = site.category_posts("europe")
    assert len(pages) == -(-len([p for p in listed if not p.sticky]) // 10)
    found = [url for page in pages for url in page]
    sticky = [p for p in listed if p.sticky]
    # The sticky post tops every page; an old slug is found as linked (redirected later).
    assert all(page[0] == site.post_url(sticky[0]) for page in pages)
    expected = {site.post_url(p) for p in listed}
    old = {site.post_url(p): f"{BASE}/news/{p.old_slug}/" for p in listed if p.old_slug}
    assert set(found) == {old.get(url, url) for url in expected}
    assert all("utm_" not in url and "#" not in url for url in found)


def test_other_sections_are_walked_the_same_way() -> None:
    site = build_site(BASE)
    pages = walk(site, f"{BASE}/news/category/asia/")
    assert {u for page in pages for u in page} == {
        site.post_url(p) for p in site.category_posts("asia")
    }


def test_page_without_posts_has_no_links() -> None:
    listing = parse_listing(
        "<html><body><aside><a rel='bookmark' href='/news/x/'>x</a></aside></body></html>",
        f"{BASE}/news/category/europe/",
    )
    assert listing.article_urls == [] and listing.next_url is None
