"""Every way to page or stream the articles reaches every row exactly once (issue 19, item 6).

The archive has 250 articles with only 5 distinct publication dates (and a few with
none), so every page boundary falls inside a run of ties: the case where Datasette's
first page (sorted by `published` alone) and its later pages (by `published, url`)
disagreed and rows were skipped.
"""

from __future__ import annotations

import asyncio
import csv
import io
import json
import re
from collections import Counter
from html import unescape
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from datasette.app import Datasette
from datasette.utils import tilde_decode

from iria_archive.archive.rows import open_archive, upsert_article
from iria_archive.serve import archive_metadata, archive_settings
from tests.conftest import run_cli

N = 250
DATES = [f"2025-01-0{day}T10:00:00+00:00" for day in range(1, 6)]
AUTHORS = ["Ana", "Boris", None]
ROW_LINK = re.compile(r'<td class="col-url type-pk"><a href="/archive/articles/([^"]+)">')
NEXT_LINK = re.compile(r'<a href="([^"]+)">Next page</a>')


def article(i: int) -> dict:
    # URLs in an order unrelated to insertion (rowid) order, so no order is right by luck.
    url = f"https://news.example.org/{(i * 97) % N:03d}-post/"
    text = f"Article {i} about the Balkans and sanctions."
    return {
        "url": url,
        "title": f"Article {i}",
        "author": AUTHORS[i % 3],
        "published": None if i % 50 == 7 else DATES[(i * 7) % 5],
        "word_count": i % 4,
        "text": text,
        "markdown": text,
        "content_hash": f"{i:064d}",
        "categories": json.dumps(["Balkans"]),
        "tags": "[]",
        "last_fetched": "2025-02-01T00:00:00+00:00",
    }


@pytest.fixture(scope="module")
def ties(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db_path = tmp_path_factory.mktemp("ties") / "archive.db"
    db = open_archive(str(db_path))
    for i in range(N):
        assert upsert_article(db, article(i)) == "new"
    db.close()
    return db_path


def walk(db_path: Path, path: str) -> list[dict]:
    """GET `path`, then follow each JSON page's next_url; every row of every page."""

    async def pages() -> list[dict]:
        datasette = Datasette(
            files=[str(db_path)],
            metadata=archive_metadata(str(db_path)),
            settings=archive_settings(),
        )
        await datasette.invoke_startup()
        rows: list[dict] = []
        url: str | None = path
        while url:
            response = await datasette.client.get(url)
            assert response.status_code == 200, response.text
            data = response.json()
            rows += data["rows"]
            url = data["next_url"]
            if url:
                parts = urlsplit(url)
                url = parts.path + "?" + parts.query
        return rows

    return asyncio.run(pages())


def fetch(db_path: Path, path: str, **settings: int) -> str:
    async def get() -> str:
        datasette = Datasette(
            files=[str(db_path)],
            metadata=archive_metadata(str(db_path)),
            settings=archive_settings() | settings,
        )
        await datasette.invoke_startup()
        response = await datasette.client.get(path)
        assert response.status_code == 200, response.text
        return response.text

    return asyncio.run(get())


def all_urls() -> Counter:
    return Counter(article(i)["url"] for i in range(N))


@pytest.mark.parametrize(
    "query",
    [
        "",  # metadata.yml's sort_desc: published, 25 a page
        "_size=7",
        "_size=1",
        "_sort=published&_size=10",
        "_sort_desc=author&_size=9",
        "_sort=author&_size=9",
        "_sort=word_count&_size=13",
        "_sort_desc=word_count&_size=13",
        "_size=max",
    ],
)
def test_following_next_url_reaches_every_article_once(ties: Path, query: str) -> None:
    rows = walk(ties, "/archive/articles.json?_shape=objects&" + query)
    assert Counter(row["url"] for row in rows) == all_urls()


def test_the_filtered_table_pages_reach_every_match_once(ties: Path) -> None:
    rows = walk(ties, "/archive/articles.json?_shape=objects&_size=6&author=Ana")
    expected = Counter(article(i)["url"] for i in range(N) if AUTHORS[i % 3] == "Ana")
    assert Counter(row["url"] for row in rows) == expected


def test_the_pages_come_newest_first_then_by_url(ties: Path) -> None:
    rows = walk(ties, "/archive/articles.json?_shape=objects&_size=11")
    dated = [(row["published"], row["url"]) for row in rows if row["published"]]
    assert dated == sorted(dated, key=lambda pair: (_desc(pair[0]), pair[1]))
    assert [row["published"] for row in rows[-5:]] == [None] * 5


def _desc(text: str) -> list[int]:
    return [-ord(char) for char in text]


def test_the_csv_stream_holds_every_article_once(ties: Path) -> None:
    # The stream reads max_returned_rows a page: 40 makes 7 pages of the 250 articles.
    for query in ("", "&_sort=author", "&_sort_desc=word_count"):
        text = fetch(ties, f"/archive/articles.csv?_stream=on{query}", max_returned_rows=40)
        rows = list(csv.DictReader(io.StringIO(text)))
        assert Counter(row["url"] for row in rows) == all_urls()


def test_the_table_page_links_reach_every_article_once(ties: Path) -> None:
    """The HTML table page: its rows' links, then its "Next page" link, to the end."""

    async def pages() -> Counter:
        datasette = Datasette(
            files=[str(ties)], metadata=archive_metadata(str(ties)), settings=archive_settings()
        )
        await datasette.invoke_startup()
        seen: Counter = Counter()
        url: str | None = "/archive/articles?_size=20"
        while url:
            html = (await datasette.client.get(url)).text
            seen.update(tilde_decode(pk) for pk in ROW_LINK.findall(html))
            link = NEXT_LINK.search(html)
            url = None
            if link:
                parts = urlsplit(unescape(link.group(1)))
                url = parts.path + "?" + parts.query
        return seen

    assert asyncio.run(pages()) == all_urls()


@pytest.mark.parametrize("engine", ["", "fts5"])
@pytest.mark.parametrize("sort", ["newest", "relevance"])
def test_the_search_pages_reach_every_match_once(ties: Path, sort: str, engine: str) -> None:
    seen: Counter = Counter()
    for page in range(1, N // 20 + 2):
        data = json.loads(
            fetch(
                ties,
                f"/archive/search.json?q=balkans&sort={sort}&page={page}&_engine={engine}"
                "&_shape=array",
            )
        )
        seen.update(row["url"] for row in data)
    assert seen == all_urls()


def test_the_export_holds_every_article_once(ties: Path) -> None:
    result = run_cli("export", "--db", str(ties), "--fields", "url")
    assert result.returncode == 0, result.stderr
    urls = [json.loads(line)["url"] for line in result.stdout.splitlines()]
    assert Counter(urls) == all_urls()
