"""The reader's archive (issue 20, items 1-4): front page, listings, stable URLs, labels.

The archive holds two replica sites and three sections, crawled by the real CLI from a
config beside it into `news.db` (not `archive.db`: the URLs must not depend on the file's
name). Expected values are the replicas' own data. Pages are fetched from Datasette's
in-process client set up as `serve` sets it up; the README's URLs go through the real
`iria-archive serve` a user runs.
"""

from __future__ import annotations

import asyncio
import re
import shutil
import sqlite3
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote
from urllib.request import urlopen

import httpx
import lxml.html
import pytest
from datasette.app import Datasette
from datasette.utils import tilde_encode

from iria_archive.config_file import load_config
from iria_archive.serve import archive_metadata, archive_settings
from replica import ReplicaServer
from tests.conftest import REPO, free_port, run_cli, serving
from tests.test_multisite import crawl, write_config

ATOM = "{http://www.w3.org/2005/Atom}"


@dataclass
class Archive:
    db_path: Path
    config: Path
    articles: dict[str, dict]  # url -> the replica's article
    sections: dict[str, set[str]]  # "site/name" -> its article URLs
    sites: dict[str, set[str]]


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Archive]:
    alpha = ReplicaServer(n_europe=30, theme="block").start()
    beta = ReplicaServer(n_europe=24, theme="magazine", host="localhost").start()
    try:
        folder = tmp_path_factory.mktemp("reader")
        config = write_config(folder, alpha, beta)
        db_path = folder / "news.db"
        result = crawl(db_path)
        assert result.returncode == 0, result.stderr
        expected = {
            "alpha/europe": alpha.site.expected_articles("europe"),
            "alpha/news": alpha.site.expected_articles("news"),
            "beta/europe": beta.site.expected_articles("europe"),
        }
        articles = {a["url"]: a for rows in expected.values() for a in rows}
        sections = {key: {a["url"] for a in rows} for key, rows in expected.items()}
        sites = {
            "alpha": sections["alpha/europe"] | sections["alpha/news"],
            "beta": sections["beta/europe"],
        }
        yield Archive(db_path, config, articles, sections, sites)
    finally:
        alpha.stop()
        beta.stop()


def get(db_path: Path, path: str, config: Path | None, public: bool = False) -> httpx.Response:
    """GET `path` from a Datasette set up as `iria-archive serve [--public]` sets it up."""

    async def fetch() -> httpx.Response:
        metadata = archive_metadata(str(db_path), load_config(config) if config else None)
        files = {"immutables" if public else "files": [str(db_path)]}
        datasette = Datasette(**files, metadata=metadata, settings=archive_settings(public))
        await datasette.invoke_startup()
        return await datasette.client.get(path)

    return asyncio.run(fetch())


def ok(archive: Archive, path: str, public: bool = False) -> httpx.Response:
    response = get(archive.db_path, path, archive.config, public)
    assert response.status_code == 200, (path, response.status_code, response.text[:300])
    return response


def newest_first(articles: list[dict]) -> list[str]:
    """URLs in the listings' order: publication as written, newest first, then the URL."""
    ordered = sorted(articles, key=lambda a: a["url"])
    return [a["url"] for a in sorted(ordered, key=lambda a: a["published"] or "", reverse=True)]


def page(html: str) -> lxml.html.HtmlElement:
    return lxml.html.fromstring(html)


def cards(tree: lxml.html.HtmlElement) -> list[str]:
    return [li.get("data-url") for li in tree.cssselect("li.card")]


def walk_json(archive: Archive, path: str) -> list[dict]:
    """Every row of a listing, following next_url to the end."""
    rows: list[dict] = []
    url: str | None = path
    while url:
        data = ok(archive, url).json()
        rows += data["rows"]
        url = data["next_url"] and data["next_url"].replace("http://localhost", "")
    return rows


def test_front_page_names_the_archive_and_each_site_and_section(archive: Archive) -> None:
    html = ok(archive, "/").text
    tree = page(html)
    assert tree.cssselect("h1")[0].text_content() == "Two sites, one archive"  # the config's
    assert "IRIA" not in tree.cssselect(".iria")[0].text_content()
    assert tree.cssselect("form.search")[0].get("action") == "/archive/search"
    everything = list(archive.articles.values())
    assert tree.cssselect(".summary .total")[0].text_content() == str(len(everything))
    assert cards(tree) == newest_first(everything)[:10]
    # Each site, then each of its sections: name, article count and date range.
    sections = [
        (a.text_content(), a.get("href"), a.getnext().text_content())
        for a in tree.cssselect(".sections a")
    ]
    assert sections == [
        ("Alpha news archive", "/archive/site/alpha", str(len(archive.sites["alpha"]))),
        ("europe", "/archive/section/alpha/europe", str(len(archive.sections["alpha/europe"]))),
        ("news", "/archive/section/alpha/news", str(len(archive.sections["alpha/news"]))),
        ("beta", "/archive/site/beta", str(len(archive.sites["beta"]))),
        ("europe", "/archive/section/beta/europe", str(len(archive.sections["beta/europe"]))),
    ]
    beta = sorted(archive.articles[url]["published"][:10] for url in archive.sites["beta"])
    spans = [span.text_content() for span in tree.cssselect(".sections p.span")]
    assert spans[1] == f"{day(beta[0])} – {day(beta[-1])}"
    # The months with most articles, most first.
    months = Counter(a["published"][:7] for a in everything)
    top = sorted(months.items(), key=lambda kv: (kv[1], kv[0]), reverse=True)[:12]
    shown = [(a.get("href"), int(a.getnext().text_content())) for a in tree.cssselect(".months a")]
    assert shown == [(f"/archive/month/{month}", n) for month, n in top]
    hrefs = {a.get("href") for a in tree.cssselect("a")}
    assert {"/archive/feed.atom", "/archive/browse.json", "/archive/browse"} <= hrefs
    # No crawl state and no internal row counts for readers; the operator's view is named.
    for internal in ("crawl_runs", "crawl_errors", "rows in", "hidden tables", "search_log"):
        assert internal not in html
    assert "/archive" in hrefs and "Operator's view" in html


def day(iso: str) -> str:
    import datetime as dt

    moment = dt.date.fromisoformat(iso)
    return f"{moment.day} {moment:%B %Y}"


def test_public_front_page_and_listings_name_no_operator_view(archive: Archive) -> None:
    html = ok(archive, "/", public=True).text
    assert "Operator's view" not in html and "crawl_runs" not in html
    assert ok(archive, "/archive/section/beta/europe.json", public=True).json()["total"] == 24
    for refused in ("/archive/crawl_runs", "/archive/crawl_errors", "/news/crawl_runs"):
        assert get(archive.db_path, refused, archive.config, public=True).status_code == 403


@pytest.mark.parametrize("public", [False, True])
def test_every_reader_page_loads_the_plugins_stylesheet_from_the_archive(
    archive: Archive, public: bool
) -> None:
    # The reader's styles are the plugin's static file (not inline in each page), served
    # by Datasette itself, also under --public (nothing loaded from another host).
    url = next(iter(archive.articles))
    pages = ["/", "/archive/browse", "/archive/search?q=europe", "/archive/section/beta/europe"]
    pages.append("/archive/articles/" + tilde_encode(url))
    links = set()
    for path in pages:
        tree = page(ok(archive, path, public).text)
        assert not tree.cssselect("style"), path
        links.add(tuple(tree.xpath("//link[@rel='stylesheet']/@href")))
    (hrefs,) = links  # every page the same styles
    (own,) = [h for h in hrefs if "iria_archive" in h]
    css = ok(archive, own, public)
    assert css.headers["content-type"].startswith("text/css")
    assert ".iria .card" in css.text and "<style>" not in css.text


@pytest.mark.parametrize(
    "kind",
    ["section", "site", "category", "tag", "author", "month", "browse"],
)
def test_listing_walks_every_article_once_newest_first(archive: Archive, kind: str) -> None:
    everything = list(archive.articles.values())
    if kind == "section":
        value, members = "alpha/news", archive.sections["alpha/news"]
    elif kind == "site":
        value, members = "beta", archive.sites["beta"]
    elif kind in ("category", "tag"):
        field = "categories" if kind == "category" else "tags"
        counts = Counter(v for a in everything for v in a[field])
        value = max(counts, key=lambda v: (counts[v], v))
        members = {a["url"] for a in everything if value in a[field]}
    elif kind == "author":
        counts = Counter(a["author"] for a in everything if a["author"])
        value = max(counts, key=lambda v: (counts[v], v))
        members = {a["url"] for a in everything if a["author"] == value}
    elif kind == "month":
        counts = Counter(a["published"][:7] for a in everything)
        value = max(counts, key=lambda v: (counts[v], v))
        members = {a["url"] for a in everything if a["published"].startswith(value)}
    else:
        value, members = "", set(archive.articles)
    path = "/archive/browse" if kind == "browse" else f"/archive/{kind}/{quote(value)}"
    expected = newest_first([archive.articles[url] for url in members])
    rows = walk_json(archive, path + ".json?_size=7")
    assert [row["url"] for row in rows] == expected
    first = rows[0]
    truth = archive.articles[first["url"]]
    assert (first["title"], first["categories"], first["tags"]) == (
        truth["title"],
        truth["categories"],  # a JSON array, not a JSON string inside the JSON
        truth["tags"],
    )
    # The HTML: the same cards, the count above them, "Older" to the end.
    html = ok(archive, path).text
    tree = page(html)
    assert tree.cssselect(".summary .total")[0].text_content() == str(len(expected))
    assert html.index('class="facets top"') < html.index('class="card"')  # counts in view
    if kind != "month":  # a month's listing has one year: no year counts
        years = Counter(archive.articles[url]["published"][:4] for url in expected)
        shown = {
            li.cssselect("a")[0].text_content(): int(li.cssselect(".count")[0].text_content())
            for li in tree.cssselect(".facet-year li")
        }
        assert shown == dict(years)
    seen = cards(tree)
    while tree.cssselect("a[rel=next]"):
        tree = page(ok(archive, tree.cssselect("a[rel=next]")[0].get("href")).text)
        seen += cards(tree)
    assert seen == expected
    feed = ET.fromstring(ok(archive, path + ".atom").content)
    titles = [e.find(f"{ATOM}title").text for e in feed.findall(f"{ATOM}entry")]
    assert sorted(titles) == sorted(archive.articles[url]["title"] for url in expected[:50])


def test_listing_pages_reach_every_article_once_when_dates_tie(
    archive: Archive, tmp_path: Path
) -> None:
    """Half the articles share one instant, the rest another: no page boundary skips one."""
    db_path = tmp_path / "ties.db"
    shutil.copy(archive.db_path, db_path)
    conn = sqlite3.connect(db_path)
    with conn:
        conn.execute(
            "update articles set published = case when rowid % 2 = 0"
            " then '2024-05-01T10:00:00+00:00' else '2024-04-01T10:00:00+00:00' end"
        )
    urls = [u for (u,) in conn.execute("select url from articles where rowid % 2 = 0")]
    others = [u for (u,) in conn.execute("select url from articles where rowid % 2 = 1")]
    conn.close()
    tied = Archive(db_path, archive.config, archive.articles, archive.sections, archive.sites)
    rows = walk_json(tied, "/archive/browse.json?_size=6")
    assert [row["url"] for row in rows] == sorted(urls) + sorted(others)
    may = walk_json(tied, "/archive/month/2024-05.json?_size=4")
    assert [row["url"] for row in may] == sorted(urls)


def test_article_chips_author_and_month_lead_to_listings_that_hold_it(archive: Archive) -> None:
    from datasette.utils import tilde_encode

    url = newest_first(list(archive.articles.values()))[5]
    article = archive.articles[url]
    tree = page(ok(archive, f"/archive/articles/{tilde_encode(url)}").text)
    chips = [(a.text_content(), a.get("href")) for a in tree.cssselect("ul.chips li a")]
    expected = [(c, f"/archive/category/{quote(c)}") for c in article["categories"]]
    expected += [(t, f"/archive/tag/{quote(t)}") for t in article["tags"]]
    assert chips == expected
    links = [href for _, href in chips]
    links.append(tree.cssselect(".byline .author a")[0].get("href"))
    links.append(tree.cssselect(".byline a.month")[0].get("href"))
    assert links[-2:] == [
        f"/archive/author/{quote(article['author'])}",
        f"/archive/month/{article['published'][:7]}",
    ]
    for link in links:
        assert url in [row["url"] for row in walk_json(archive, link + ".json?_size=100")]


def test_search_page_labels_counts_and_json(archive: Archive) -> None:
    html = ok(archive, "/archive/search?q=the").text
    tree = page(html)
    # Sections by the config's names, never by their URL; counts above the results.
    sections = [a.text_content() for a in tree.cssselect(".facet-section a")]
    assert sorted(sections) == [
        "europe · Alpha news archive",
        "europe · beta",
        "news · Alpha news archive",
    ]
    assert "127.0.0.1" not in tree.cssselect(".facets")[0].text_content()
    assert html.index('class="facets top"') < html.index('class="card"')
    assert "searched with" not in html and "tantivy" not in tree.text_content()
    data = ok(archive, "/archive/search.json?q=the").json()
    assert data["engine"] == "tantivy"  # the engine is the JSON's to say
    for row in data["rows"]:
        assert row["categories"] == archive.articles[row["url"]]["categories"]


def test_urls_do_not_depend_on_the_file_name(archive: Archive) -> None:
    assert archive.db_path.name == "news.db"
    data = ok(archive, "/archive/search.json?q=the&_size=1").json()
    assert data["total"] > 0
    moved = get(archive.db_path, "/news/search?q=the", archive.config)
    assert (moved.status_code, moved.headers["location"]) == (301, "/archive/search?q=the")


def test_empty_archive_says_so_and_how_to_fill_it(tmp_path: Path) -> None:
    from iria_archive.archive.rows import open_archive

    db_path = tmp_path / "archive.db"
    open_archive(str(db_path)).close()
    for path in ("/", "/archive/search?q=Vucic"):
        response = get(db_path, path, None)
        assert response.status_code == 200
        text = page(response.text).cssselect(".iria")[0].text_content()
        assert "This archive is empty" in text
        assert "uv run iria-archive crawl --db archive.db" in text
        assert "Check the spelling" not in text


def readme_paths() -> set[str]:
    """Every archive URL the README shows."""
    readme = (REPO / "README.md").read_text("utf-8")
    paths = set(re.findall(r"<http://127\.0\.0\.1:8001(/[^>]*)>", readme))
    paths |= set(re.findall(r"`(/archive[^`\s]*)`", readme))
    paths = {p for p in paths if "<" not in p and "..." not in p}
    assert "/archive/search?q=Vucic" in paths and "/" in paths and len(paths) > 8
    return paths


def test_demo_archive_served_by_file_name_shows_its_own_sites(tmp_path: Path) -> None:
    """The quick start: `demo`, then `serve --db demo.db` and every URL of the README."""
    db_path = tmp_path / "demo.db"
    port = free_port()
    result = run_cli("demo", "--db", str(db_path), "--port", str(port))
    assert result.returncode == 0, result.stderr
    with serving(db_path) as served:
        with urlopen(served.base + "/", timeout=30) as response:
            tree = page(response.read().decode())
        assert tree.cssselect("h1")[0].text_content() == "iria-archive demo: two replica sites"
        sites = [a.text_content() for a in tree.cssselect(".sections h3 a")]
        assert sites == ["iria (replica)", "block (replica)"]
        assert "127.0.0.1:" not in tree.cssselect(".sections")[0].text_content()
        with urlopen(served.base + "/archive/search?q=Vucic", timeout=30) as response:
            found = page(response.read().decode())
        assert len(cards(found)) >= 1
        # The README's URLs, as written, on the archive its quick start makes.
        for path in sorted(readme_paths()):
            with urlopen(served.base + path, timeout=30) as response:
                assert response.status == 200, path


@pytest.mark.parametrize(
    "path",
    [
        "/archive/category/No%20such%20category",
        "/archive/tag/nosuchtag",
        "/archive/author/Nobody%20Here",
        "/archive/month/1999-01",
        "/archive/tag/nosuchtag.json",
    ],
)
def test_a_listing_of_nothing_the_archive_holds_is_not_found(archive: Archive, path: str) -> None:
    response = get(archive.db_path, path, archive.config)
    assert response.status_code == 404, (path, response.status_code)
    if path.endswith(".json"):
        assert response.json()["rows"] == []
    else:
        assert "No article here" in response.text


def test_the_table_search_of_words_is_the_search_page(archive: Archive) -> None:
    """Datasette's table search box (`articles?_search=`) leads to the search page, which
    answers from the search index: the table's own FTS5 search with its count and five
    facets took seconds of a core per request at 200,000 articles (issue 20, item 5)."""
    url, article = sorted(archive.articles.items())[0]
    word = max(re.findall(r"[A-Za-z]{5,}", article["title"]), key=len)
    moved = get(archive.db_path, f"/archive/articles?_search={word}", archive.config)
    assert (moved.status_code, moved.headers["location"]) == (302, f"/archive/search?q={word}")
    newest = get(
        archive.db_path, f"/archive/articles?_search={word}&_sort_desc=published", archive.config
    )
    assert newest.headers["location"] == f"/archive/search?q={word}&sort=newest"
    results = page(ok(archive, moved.headers["location"]).text)
    assert url in cards(results)
    # With a filter of its own, and in JSON, the table search stays Datasette's.
    author = quote(article["author"])
    filtered = ok(archive, f"/archive/articles?_search={word}&author={author}")
    assert url in filtered.text and 'class="rows-and-columns"' in filtered.text
    rows = ok(archive, f"/archive/articles.json?_search={word}&_shape=array&_size=max").json()
    assert url in [row["url"] for row in rows]
