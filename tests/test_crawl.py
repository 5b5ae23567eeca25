"""End to end: the CLI crawls the replica's Europe section into a real SQLite archive.

Every test runs on every theme of the replica (tests/replica/replica/themes/), each with its
theme's default sources, against the same truth.
"""

from __future__ import annotations

import sqlite3
from urllib.parse import urlsplit

import pytest
from sqlite_utils import Database

from replica import ReplicaServer
from tests.conftest import FAST, Crawl, archived, run_cli


@pytest.fixture
def replica(theme_replica: ReplicaServer) -> ReplicaServer:
    return theme_replica


@pytest.fixture
def crawl(theme_crawl: Crawl) -> Crawl:
    return theme_crawl


def test_crawl_succeeds_quietly(crawl: Crawl) -> None:
    assert crawl.process.returncode == 0, crawl.process.stderr
    assert "Traceback" not in crawl.process.stderr
    assert "Warning" not in crawl.process.stderr
    assert crawl.process.stderr.startswith("Crawl ok in ")


def test_archives_exactly_the_europe_articles(crawl: Crawl, replica) -> None:
    expected = {a["url"] for a in replica.site.expected_articles("europe")}
    assert set(archived(crawl.db_path)) == expected
    assert len(expected) >= 60


def test_every_field_equals_the_replica_truth(crawl: Crawl, replica) -> None:
    rows = archived(crawl.db_path)
    for truth in replica.site.expected_articles("europe"):
        row = rows[truth["url"]]
        # Every field the replica states a truth for.
        assert {f: row[f] for f in truth} == truth, truth["url"]


def test_no_boilerplate_or_comment_in_text(crawl: Crawl, replica) -> None:
    comments = [text for post in replica.site.posts for _name, text in post.comments]
    assert comments
    for row in archived(crawl.db_path).values():
        for needle in [*replica.site.boilerplate_strings, *comments, row["title"]]:
            assert needle not in row["text"], (row["url"], needle)
        assert "(Image Credit:" not in row["text"]
        assert "alert(" not in row["text"]


def test_trap_paragraphs_about_copyright_and_subscribing_are_kept(crawl: Crawl) -> None:
    texts = [row["text"] for row in archived(crawl.db_path).values()]
    assert any("copyright" in t.lower() for t in texts)
    assert any("subscribe" in t.lower() for t in texts)


def test_each_article_page_is_fetched_once_and_nothing_off_section(crawl: Crawl, replica) -> None:
    site = replica.site
    paths = [urlsplit(path).path for method, path, _headers in crawl.requests if method == "GET"]
    listed = site.category_posts("europe")
    other = {urlsplit(site.post_url(p)).path for p in site.posts if p not in listed}
    assert other and not other & set(paths), "fetched an article of another section"
    for post in listed:
        path = urlsplit(site.post_url(post)).path
        if post.password:  # its page may be asked once, or not at all if a source said so
            assert paths.count(path) <= 1, path
        elif post.deleted and site.rest_api:
            # Only a stale archive page still lists it; the REST API does not.
            assert paths.count(path) == 0, path
        else:
            assert paths.count(path) == 1, path  # the deleted one too: it answers 404
    assert paths.count("/robots.txt") == 1


def test_crawler_identifies_itself(crawl: Crawl) -> None:
    agents = {headers.get("User-Agent", "") for _m, _p, headers in crawl.requests}
    assert len(agents) == 1
    (agent,) = agents
    assert agent.startswith("iria-archive/") and "+https://" in agent


def test_full_text_search_finds_the_article(crawl: Crawl, replica) -> None:
    db = Database(crawl.db_path)
    vucic = [a for a in replica.site.expected_articles("europe") if "Vučić" in a["text"]]
    assert len(vucic) == 1
    found = [row["url"] for row in db["articles"].search("Vucic")]
    assert found == [vucic[0]["url"]]
    found = [row["url"] for row in db["articles"].search("EU-Serbia", quote=True)]
    assert found == [vucic[0]["url"]]


def test_run_is_recorded_with_its_counts_and_the_missing_page(crawl: Crawl, replica) -> None:
    db = Database(crawl.db_path)
    (run,) = db["crawl_runs"].rows
    n = len(replica.site.expected_articles("europe"))
    assert run["status"] == "ok" and run["reason"] is None
    assert (run["articles_new"], run["articles_updated"], run["articles_unchanged"]) == (n, 0, 0)
    assert run["pages_fetched"] == len(crawl.requests)
    errors = list(db["crawl_errors"].rows)
    # A password-protected post is no error; it may be noted, under its own kind.
    protected = {e["url"] for e in errors if e["kind"] == "protected"}
    assert protected <= {replica.site.post_url(p) for p in replica.site.posts if p.password}
    errors = [(e["kind"], e["status"], e["reason"]) for e in errors if e["kind"] != "protected"]
    # The deleted post a stale archive page lists answers 404; the REST API lists no such.
    missing = [] if replica.site.rest_api else [("article", 404, "HTTP 404")]
    assert errors == missing
    assert run["errors"] == len(missing)


def test_second_run_changes_nothing(crawl: Crawl, europe_url: str, tmp_path) -> None:
    db_path = tmp_path / "again.db"
    with sqlite3.connect(crawl.db_path) as source, sqlite3.connect(db_path) as target:
        source.backup(target)
    before = archived(db_path)
    process = run_cli("crawl", "--db", str(db_path), "--start-url", europe_url, *FAST)
    assert process.returncode == 0, process.stderr
    after = archived(db_path)
    assert after == before  # not even last_fetched: nothing was re-fetched
    runs = list(Database(db_path)["crawl_runs"].rows)
    assert [(r["mode"], r["status"], r["articles_new"]) for r in runs] == [
        ("full", "ok", len(before)),
        ("incremental", "ok", 0),
    ]
