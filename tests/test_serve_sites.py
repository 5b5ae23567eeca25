"""Datasette over an archive of two sites and three sections: metadata and facets follow
the config (issue 10, item 8).

The archive is crawled by the real CLI from a config beside it (tests/test_multisite.py's
two replicas); expected counts and members are the replicas' own data.
"""

from __future__ import annotations

import asyncio
import json
import shutil
import sqlite3
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

import httpx
import pytest
from datasette.app import Datasette

from iria_archive.config_file import load_config
from iria_archive.serve import archive_metadata, archive_settings
from replica import ReplicaServer
from tests.conftest import Crawl, run_cli, serving
from tests.test_multisite import crawl, write_config

ATOM = "{http://www.w3.org/2005/Atom}"


@dataclass
class Archive:
    db_path: Path
    config: Path
    truth: dict[str, set[str]]  # section key -> the article URLs the replica lists there
    sites: dict[str, set[str]]  # site name -> its articles


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Archive]:
    alpha = ReplicaServer(n_europe=30, theme="block").start()
    beta = ReplicaServer(n_europe=24, theme="magazine", host="localhost").start()
    try:
        folder = tmp_path_factory.mktemp("two-sites")
        config = write_config(folder, alpha, beta)
        db_path = folder / "archive.db"
        result = crawl(db_path)
        assert result.returncode == 0, result.stderr
        truth = {
            "alpha/europe": {a["url"] for a in alpha.site.expected_articles("europe")},
            "alpha/news": {a["url"] for a in alpha.site.expected_articles("news")},
            "beta/europe": {a["url"] for a in beta.site.expected_articles("europe")},
        }
        sites = {"alpha": truth["alpha/europe"] | truth["alpha/news"], "beta": truth["beta/europe"]}
        yield Archive(db_path, config, truth, sites)
    finally:
        alpha.stop()
        beta.stop()


def get(db_path: Path, path: str, config: Path | None) -> httpx.Response:
    """GET `path` from a Datasette set up as `iria-archive serve --config CONFIG` does."""

    async def fetch() -> httpx.Response:
        metadata = archive_metadata(str(db_path), load_config(config) if config else None)
        datasette = Datasette(
            files=[str(db_path)], metadata=metadata, settings=archive_settings(False)
        )
        await datasette.invoke_startup()
        return await datasette.client.get(path)

    return asyncio.run(fetch())


def ok(archive: Archive, path: str) -> httpx.Response:
    response = get(archive.db_path, path, archive.config)
    assert response.status_code == 200, response.text
    return response


def counts(truth: dict[str, set[str]]) -> dict[str, int]:
    return {key: len(urls) for key, urls in truth.items()}


def test_metadata_is_the_configs(archive: Archive) -> None:
    metadata = ok(archive, "/-/metadata.json").json()
    assert metadata["title"] == "Two sites, one archive"  # the [archive] table
    assert "IRIA" not in json.dumps({k: v for k, v in metadata.items() if k != "databases"})
    description = metadata["description_html"]
    assert description.startswith("<p>One archive of 2 sites:</p><ul><li>")
    assert "<strong>Alpha news archive</strong>" in description
    assert "Licence: Alpha&#x27;s own licence." in description
    assert "<strong>beta</strong>" in description  # a site without a title: its name
    assert "source" not in metadata and "license" not in metadata  # per site, listed above
    home = ok(archive, "/").text
    assert "<h1>Two sites, one archive</h1>" in home and "Alpha news archive" in home


def test_one_site_config_gives_that_sites_metadata(archive: Archive, tmp_path: Path) -> None:
    text = archive.config.read_text("utf-8")
    one = text[: text.index("[sites.beta]")].replace(
        '[archive]\ntitle = "Two sites, one archive"', ""
    )
    path = tmp_path / "one.toml"
    path.write_text(one, encoding="utf-8")
    config = load_config(path)
    metadata = archive_metadata(str(archive.db_path), config)
    (site,) = config.sites
    assert {k: metadata.get(k) for k in ("title", "source", "source_url", "license")} == {
        "title": "Alpha news archive",
        "source": "Alpha news archive",
        "source_url": site.base_url,
        "license": "Alpha's own licence",
    }
    assert metadata["description"] == "A searchable archive of Alpha news archive (europe, news)."
    assert "description_html" not in metadata


def test_no_config_keeps_iria_metadata(archive: Archive) -> None:
    metadata = get(archive.db_path, "/-/metadata.json", None).json()
    assert metadata["title"] == "IRIA Europe archive"
    assert metadata["source_url"] == "https://www.ir-ia.com/news/category/europe/"
    assert metadata["license"].startswith("Articles © IRIA.")


def test_feed_with_no_match_names_the_archive(archive: Archive) -> None:
    response = ok(archive, "/archive/feed.atom?q=zzzunknown")
    (entry,) = ET.fromstring(response.content).findall(f"{ATOM}entry")
    assert entry.find(f"{ATOM}author/{ATOM}name").text == "Two sites, one archive"


def search(archive: Archive, args: str, engine: str = "") -> dict:
    extra = "&_engine=fts5" if engine == "fts5" else ""
    data = ok(archive, f"/archive/search.json?{args}&_size=100{extra}").json()
    assert data["engine"] == (engine or "tantivy")
    return data


@pytest.mark.parametrize("engine", ["", "fts5"])
def test_search_counts_by_section_and_site_are_the_sites(archive: Archive, engine: str) -> None:
    data = search(archive, "sort=newest", engine)
    assert data["facets"]["section"] == counts(archive.truth)
    assert data["facets"]["site"] == counts(archive.sites)
    assert data["total"] == len(archive.sites["alpha"] | archive.sites["beta"])


@pytest.mark.parametrize("engine", ["", "fts5"])
@pytest.mark.parametrize("section", ["alpha/europe", "alpha/news", "beta/europe"])
def test_search_filtered_by_section_is_that_sections_articles(
    archive: Archive, section: str, engine: str
) -> None:
    data = search(archive, f"sort=newest&section={quote(section)}", engine)
    assert {r["url"] for r in data["rows"]} == archive.truth[section]
    assert data["total"] == len(archive.truth[section])
    assert data["facets"]["section"][section] == len(archive.truth[section])


@pytest.mark.parametrize("engine", ["", "fts5"])
def test_search_filtered_by_site_and_words(archive: Archive, engine: str) -> None:
    data = search(archive, "sort=newest&site=beta", engine)
    assert {r["url"] for r in data["rows"]} == archive.sites["beta"]
    assert data["facets"]["site"] == {"beta": len(archive.sites["beta"])}
    both = search(archive, "q=sanctions&site=alpha", engine)
    everywhere = search(archive, "q=sanctions", engine)
    assert {r["url"] for r in both["rows"]} == (
        {r["url"] for r in everywhere["rows"]} & archive.sites["alpha"]
    )
    nothing = search(archive, "sort=newest&section=alpha/asia", engine)
    assert (nothing["total"], nothing["rows"]) == (0, [])


def test_search_page_offers_site_and_section(archive: Archive) -> None:
    html = ok(archive, "/archive/search").text  # nothing asked: the whole archive's counts
    assert '<section class="facet facet-site">' in html
    count = '<span class="count">{}</span>'
    assert '<a href="/archive/search?site=beta">beta</a> ' + count.format(24) in html
    assert '<a href="/archive/search?site=alpha">Alpha news archive</a>' in html
    news = len(archive.truth["alpha/news"])
    # Sections by their configured names, with their site's title (issue 20, item 4).
    label = "news · Alpha news archive"
    link = f'<a href="/archive/search?section=alpha%2Fnews">{label}</a> '
    assert link + count.format(news) in html
    page = ok(archive, "/archive/search?sort=newest&section=alpha%2Fnews").text
    assert f'<option value="alpha/news" selected>{label}</option>' in page
    assert f"{news}</strong> articles in section {label}" in page


def test_table_view_facets_and_filters_by_section(archive: Archive) -> None:
    data = ok(archive, "/archive/articles.json?_size=0").json()
    facet = data["facet_results"]["sections"]["results"]
    assert {r["value"]: r["count"] for r in facet} == counts(archive.truth)
    (news,) = [r for r in facet if r["value"] == "alpha/news"]
    assert news["toggle_url"].endswith("/archive/articles.json?_size=0&_section=alpha%2Fnews")
    rows = ok(archive, "/archive/articles.json?_section=alpha/news&_shape=array&_size=max").json()
    assert {r["url"] for r in rows} == archive.truth["alpha/news"]
    html = ok(archive, "/archive/articles?_section=alpha/news").text
    assert "in section alpha/news" in html


def test_a_new_section_row_reaches_the_index(archive: Archive, tmp_path: Path) -> None:
    from iria_archive.search.index import sync_index

    db_path = tmp_path / "archive.db"
    source = sqlite3.connect(archive.db_path)
    source.execute(f"VACUUM INTO '{db_path}'")
    source.close()
    shutil.copytree(f"{archive.db_path}.search", f"{db_path}.search")
    assert sync_index(db_path).action == "fresh"  # the copy and its index are in step
    url = sorted(archive.truth["alpha/europe"] - archive.truth["alpha/news"])[0]
    conn = sqlite3.connect(db_path)
    (news_url,) = conn.execute(
        "select distinct start_url from crawl_runs where start_url like '%/category/news/'"
    ).fetchone()
    with conn:
        conn.execute(
            "insert into article_sections (url, section, first_seen) values (?, ?, '2030-01-01')",
            [url, news_url],
        )
    conn.close()
    assert sync_index(db_path).changed == 1
    response = get(
        db_path, "/archive/search.json?sort=newest&section=alpha/news&_size=100", archive.config
    )
    data = response.json()
    assert data["engine"] == "tantivy"
    assert {r["url"] for r in data["rows"]} == archive.truth["alpha/news"] | {url}


def test_single_section_archive_has_no_site_facet(crawl: Crawl, replica) -> None:
    from tests.test_search import get as get_plain

    data = get_plain(crawl.db_path, "/archive/search.json?sort=newest&_size=1").json()
    label = f"{replica.base_url.split('://')[1]}/news/category/europe"
    assert data["facets"]["section"] == {label: len(replica.site.expected_articles("europe"))}
    assert "site" not in data["facets"]


def test_serve_reads_the_config_and_says_when_it_cannot(archive: Archive, tmp_path: Path) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text("[sites.x]\nbase_url = 3\n", encoding="utf-8")
    result = run_cli("serve", "--db", str(archive.db_path), "--config", str(bad), timeout=60)
    assert result.returncode == 2
    assert result.stderr.splitlines() == [
        f"Error: {bad}: sites.x.base_url: expected an http(s) URL"
    ]
    with serving(archive.db_path) as served:  # the config beside --db, found as crawl finds it
        response = httpx.get(f"{served.base}/-/metadata.json", timeout=10)
    assert response.json()["title"] == "Two sites, one archive"
