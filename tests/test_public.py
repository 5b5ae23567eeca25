"""`serve --public` publishes an allow-list and nothing else (issue 19, item 7).

Enumerated, not sampled: every table and view of the archive, every canned query, every
`/-/` endpoint Datasette routes, each in every format; only the allowed ones answer.
The Datasette is the one `serve --public` makes (a snapshot, immutable, PUBLIC_SETTINGS),
in-process.
"""

from __future__ import annotations

import asyncio
import re
import sqlite3
from pathlib import Path
from urllib.parse import quote

import pytest
from datasette.app import Datasette
from datasette.utils import tilde_encode

from iria_archive.archive.rows import open_archive
from iria_archive.serve import archive_metadata, archive_settings, snapshot_archive
from iria_archive.web.public import CONTENT_SECURITY_POLICY
from tests.conftest import Crawl

PUBLIC_TABLES = {"articles", "revisions"}
PUBLIC_QUERIES = {"feed", "latest", "articles_per_month", "article_revisions"}
PIXEL = "https://tracker.example.net/pixel.gif"


@pytest.fixture(scope="module")
def published(crawl: Crawl, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the crawled archive with a revision, an alias, and a tracking pixel."""
    db_path = tmp_path_factory.mktemp("public") / "archive.db"
    source = open_archive(str(crawl.db_path))
    source.conn.execute(f"VACUUM INTO '{db_path}'")
    source.close()
    db = open_archive(str(db_path))
    url = next(iter(db.execute("select url from articles order by url limit 1")))[0]
    with db.conn:
        db.execute(
            "update articles set markdown = markdown || :img where url = :url",
            {"img": f"\n\n![pixel]({PIXEL})", "url": url},
        )
        db.execute(
            "insert into revisions (url, fetched_at, content_hash, text) values (?, ?, ?, ?)",
            [url, "2020-01-01T00:00:00+00:00", "0" * 64, "An earlier text."],
        )
        db.execute("insert or ignore into aliases (alias, url) values (?, ?)", [url + "old/", url])
    db.close()
    return db_path


def every_response(db_path: Path, tmp: Path, paths: list[str], method: str = "GET") -> dict:
    """{path: response} from one Datasette made as `serve --public` makes it."""

    async def run() -> dict:
        snapshot = snapshot_archive(str(db_path), str(tmp))
        datasette = Datasette(
            immutables=[str(snapshot)],
            metadata=archive_metadata(str(db_path)),
            settings=archive_settings(public=True),
        )
        await datasette.invoke_startup()
        answers = {}
        for path in paths:
            answers[path] = await datasette.client.request(method, path)
        return answers

    return asyncio.run(run())


def tables_and_views(db_path: Path) -> list[str]:
    with sqlite3.connect(db_path) as conn:
        return [
            name
            for (name,) in conn.execute(
                "select name from sqlite_master where type in ('table', 'view') order by name"
            )
        ]


def instance_endpoints() -> list[str]:
    """Every `/-/NAME` page Datasette routes, as HTML and as JSON."""
    datasette = Datasette(memory=True)
    names = set()
    for regex, _ in datasette._routes():
        names.update(re.findall(r"^\^?/-/([a-z][a-z.\-]*)", getattr(regex, "pattern", regex)))
    names.discard("static")
    paths = []
    for name in sorted(names):
        paths.append(f"/-/{name}")
        if not name.endswith(".json"):
            paths.append(f"/-/{name}.json")
    return paths


def test_only_the_allowed_tables_and_queries_answer(published: Path, tmp_path: Path) -> None:
    tables = tables_and_views(published)
    # The archive holds what must not be published: the test would prove nothing otherwise.
    assert {"sources", "aliases", "page_validators", "article_sections", "crawl_errors"} <= set(
        tables
    )
    queries = set(archive_metadata(str(published))["databases"]["archive"]["queries"])
    paths = []
    for name in tables + sorted(queries):
        for suffix in ("", ".json", ".csv", ".atom", "/1", "/1.json"):
            paths.append(f"/archive/{name}{suffix}")
    answers = every_response(published, tmp_path, paths)
    answered = {path for path, response in answers.items() if response.status_code == 200}
    assert answered == {
        f"/archive/{name}{suffix}" for name in PUBLIC_TABLES for suffix in ("", ".json", ".csv")
    } | {
        f"/archive/{name}{suffix}" for name in PUBLIC_QUERIES for suffix in ("", ".json", ".csv")
    } | {"/archive/feed.atom", "/archive/revisions/1", "/archive/revisions/1.json"}
    refused = {path: r.status_code for path, r in answers.items() if path not in answered}
    assert set(refused.values()) <= {400, 403, 404}, refused


def test_only_the_allowed_instance_endpoints_answer(published: Path, tmp_path: Path) -> None:
    endpoints = instance_endpoints()
    assert "/-/databases.json" in endpoints and "/-/metadata.json" in endpoints
    others = ["/.json", "/archive.json", "/archive.db", "/_internal", "/_memory", "/:memory:"]
    others += ["/archive?sql=select+1", "/archive/articles.csv?_stream=on"]
    others += ["/archive/articles.json?_where=1", "/archive/articles_fts", "/archive/search.csv"]
    answers = every_response(published, tmp_path, endpoints + others)
    answered = {path for path, response in answers.items() if response.status_code == 200}
    # The version list is the health check (it names no file); nothing else answers.
    assert answered == {"/-/versions.json"}
    assert str(tmp_path) not in answers["/-/versions.json"].text
    assert str(published.parent) not in answers["/-/versions.json"].text


def test_the_public_pages_answer_and_name_nothing_else(published: Path, tmp_path: Path) -> None:
    url = _first_url(published)
    pages = [
        "/",
        "/archive",
        "/archive/articles",
        f"/archive/articles/{tilde_encode(url)}",
        f"/archive/articles/{tilde_encode(url)}.json",
        "/archive/search?q=Europe",
        "/archive/search.json?q=Europe",
        "/archive/feed.atom",
        f"/archive/article_revisions.json?url={quote(url)}",
        "/-/static/app.css",
    ]
    answers = every_response(published, tmp_path, pages)
    assert {p: r.status_code for p, r in answers.items()} == {p: 200 for p in pages}
    hidden = set(tables_and_views(published)) - PUBLIC_TABLES
    for path, response in answers.items():
        for name in hidden:
            assert f"/archive/{name}" not in response.text, (path, name)
        assert str(tmp_path) not in response.text and str(published) not in response.text


def test_nothing_is_loaded_from_another_host(published: Path, tmp_path: Path) -> None:
    """A Markdown image to another host is in the article page, and the browser may not fetch it."""
    url = _first_url(published)
    page = f"/archive/articles/{tilde_encode(url)}"
    answers = every_response(published, tmp_path, [page, "/", "/archive/search?q=Europe"])
    assert PIXEL in answers[page].text  # rendered: the policy is what stops the request
    for response in answers.values():
        policy = response.headers["content-security-policy"]
        assert policy == CONTENT_SECURITY_POLICY
        directives = dict(d.strip().split(" ", 1) for d in policy.split(";"))
        assert directives["default-src"] == "'self'"
        assert directives["img-src"] == "'self' data:"


def test_only_get_and_head(published: Path, tmp_path: Path) -> None:
    answers = every_response(published, tmp_path, ["/archive/articles", "/archive/feed"], "POST")
    assert {p: r.status_code for p, r in answers.items()} == {
        "/archive/articles": 403,
        "/archive/feed": 403,
    }


def _first_url(db_path: Path) -> str:
    with sqlite3.connect(db_path) as conn:
        return conn.execute("select url from articles order by url limit 1").fetchone()[0]


def test_local_serve_still_serves_everything(published: Path) -> None:
    """The allow-list is the public profile's: the local server keeps its crawl tables."""

    async def run() -> dict:
        datasette = Datasette(
            files=[str(published)],
            metadata=archive_metadata(str(published)),
            settings=archive_settings(),
        )
        await datasette.invoke_startup()
        return {
            path: (await datasette.client.get(path)).status_code
            for path in ("/archive/crawl_errors.json", "/-/databases.json", "/archive/sources")
        }

    assert asyncio.run(run()) == {
        "/archive/crawl_errors.json": 200,
        "/-/databases.json": 200,
        "/archive/sources": 200,
    }
