"""The reader's archive in a real headless Chromium (issue 20): front page, listings,
chips, the empty archive and the README's URLs, on `iria-archive serve` as a user runs it.

The archive is tests/test_reader.py's: two replica sites, three sections, in `news.db`
with its config beside it. Expected values are the replicas' own data. Screenshots go to
test-artifacts/ (front page, each listing, the chips' listing, the empty archive, the
README's search URL, the front page at phone width).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

import pytest

from tests.conftest import REPO, serving
from tests.test_browser import browser, card_urls, page, shot
from tests.test_reader import Archive, archive, newest_first

__all__ = ["archive", "browser", "page"]  # fixtures, used by name


@pytest.fixture(scope="module")
def server(archive: Archive) -> Iterator[str]:
    """`iria-archive serve --db news.db` (its config found beside it)."""
    with serving(archive.db_path) as served:
        yield served.base


def walk(page, url: str) -> list[str]:
    """The cards of a listing, clicking "Older" to the last page."""
    page.goto(url)
    page.wait_for_selector("h1")
    seen = card_urls(page)
    while page.locator("a[rel=next]").count():
        page.click("a[rel=next]")
        page.wait_for_load_state()
        seen += card_urls(page)
    return seen


def test_front_page_leads_to_a_section_and_its_articles(
    server: str, page, archive: Archive
) -> None:
    page.goto(server + "/")
    assert page.locator("h1").inner_text() == "Two sites, one archive"
    everything = list(archive.articles.values())
    assert card_urls(page) == newest_first(everything)[:10]
    assert page.locator(".sections h3 a").all_inner_texts() == ["Alpha news archive", "beta"]
    assert page.locator("text=Operator's view").count() == 1  # local serve: named, apart
    body = page.locator("body").inner_text()
    for internal in ("crawl_runs", "crawl_errors", "rows in"):
        assert internal not in body
    assert "127.0.0.1:" not in page.locator(".sections").inner_text()  # names, not URLs
    shot(page, "reader-front.png")
    page.set_viewport_size({"width": 390, "height": 844})
    assert page.evaluate("document.documentElement.scrollWidth") <= 390  # no sideways scroll
    shot(page, "reader-front-phone.png", full_page=False)
    page.set_viewport_size({"width": 1280, "height": 900})

    page.click(".sections li a >> text=news")
    page.wait_for_selector(".card")
    assert page.locator("h1").inner_text() == "Section: news · Alpha news archive"
    expected = newest_first([archive.articles[u] for u in archive.sections["alpha/news"]])
    assert page.locator(".summary .total").inner_text() == str(len(expected))
    assert page.locator(".facets.top").is_visible()  # the counts, above the cards
    shot(page, "reader-listing-section.png", full_page=False)
    assert walk(page, page.url) == expected


@pytest.mark.parametrize("kind", ["category", "tag", "author", "month", "site", "browse"])
def test_each_listing_reaches_every_article_once(
    server: str, page, archive: Archive, kind: str
) -> None:
    everything = list(archive.articles.values())
    if kind in ("category", "tag", "author", "month"):

        def values(a: dict) -> list[str]:
            field = {"category": "categories", "tag": "tags"}.get(kind)
            if field:
                return a[field]
            return [a["author"]] if kind == "author" else [a["published"][:7]]

        counts = Counter(v for a in everything for v in values(a) if v)
        value = max(counts, key=lambda v: (counts[v], v))
        members = [a for a in everything if value in values(a)]
        path = f"/archive/{kind}/{quote(value)}"
    elif kind == "site":
        members, path = [archive.articles[u] for u in archive.sites["beta"]], "/archive/site/beta"
    else:
        members, path = everything, "/archive/browse"
    expected = newest_first(members)
    page.goto(server + path)
    page.wait_for_selector(".card")
    assert page.locator(".summary .total").inner_text() == str(len(expected))
    shot(page, f"reader-listing-{kind}.png", full_page=False)
    assert walk(page, server + path) == expected


def test_article_chips_open_listings_that_hold_the_article(
    server: str, page, archive: Archive
) -> None:
    url = newest_first(list(archive.articles.values()))[3]
    article = archive.articles[url]
    page.goto(server + "/")
    page.click(f'.card[data-url="{url}"] h2 a')
    page.wait_for_selector("article h1")
    article_page = page.url
    assert page.locator("ul.tags li a").all_inner_texts() == article["tags"]
    page.click("ul.tags li a >> nth=0")
    page.wait_for_selector(".card")
    assert page.locator("h1").inner_text() == f"Tag: {article['tags'][0]}"
    shot(page, "reader-chip-tag.png", full_page=False)
    assert url in walk(page, page.url)
    page.goto(article_page)
    page.wait_for_selector("article h1")
    page.click("ul.categories li a >> nth=0")
    page.wait_for_selector(".card")
    assert page.locator("h1").inner_text() == f"Category: {article['categories'][0]}"
    assert url in walk(page, page.url)


def test_empty_archive_says_how_to_fill_it(page, tmp_path: Path) -> None:
    from iria_archive.archive.rows import open_archive

    db_path = tmp_path / "archive.db"
    open_archive(str(db_path)).close()
    with serving(db_path) as served:
        page.goto(served.base + "/")
        empty = page.locator(".empty-archive").inner_text()
        assert "This archive is empty" in empty
        assert "uv run iria-archive crawl --db archive.db" in empty
        shot(page, "reader-empty-front.png", full_page=False)
        page.fill("input[name=q]", "Vucic")
        page.press("input[name=q]", "Enter")
        page.wait_for_selector(".empty-archive")
        assert "Check the spelling" not in page.locator("body").inner_text()
        shot(page, "reader-empty-search.png", full_page=False)


def test_readme_urls_open_in_the_browser(tmp_path: Path, page) -> None:
    """On the archive the README's quick start makes: `demo`, then `serve`."""
    from tests.conftest import free_port, run_cli

    demo = tmp_path / "demo.db"
    made = run_cli("demo", "--db", str(demo), "--port", str(free_port()))
    assert made.returncode == 0, made.stderr
    readme = (REPO / "README.md").read_text("utf-8")
    paths = set(re.findall(r"<http://127\.0\.0\.1:8001(/[^>]*)>", readme))
    paths |= set(re.findall(r"`(/archive[^`\s]*)`", readme))
    # Feeds are downloads to a browser: tests/test_reader.py fetches them through serve.
    paths = {p for p in paths if "<" not in p and "..." not in p and ".atom" not in p}
    assert "/archive/search?q=Vucic" in paths
    with serving(demo) as served:
        for path in sorted(paths):
            response = page.goto(served.base + path)
            assert response.status == 200, path
            assert "not found" not in page.locator("body").inner_text().lower(), path


def test_the_search_page_in_the_browser(server: str, page) -> None:
    page.goto(server + "/archive/search?q=sanctions")
    page.wait_for_selector(".card")
    shot(page, "reader-search.png", full_page=False)
