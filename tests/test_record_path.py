"""One record path (issue 10): `reprocess` records pages exactly as a crawl does.

A crawl of the replica makes a real archive; the archive is then put in the state an
earlier version or earlier rules left it in, and `reprocess` (through the real CLI) must
apply what the crawl applies: a renamed post's old URL moves, the failures a stored page
makes good are resolved (and only those), every article carries the stamp of the rules
that read it, and each site's pages are read with that site's rules from the config.
Expected values come from the replica's data.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlite_utils import Database

from iria_archive.archive.runs import finish_run, start_run
from iria_archive.extraction.article import extractor_stamp
from iria_archive.model.facts import RunCounters, RunFacts
from replica import ReplicaServer
from replica.content import block_texts, in_category
from tests.conftest import FAST, archived, run_cli


def crawl(server: ReplicaServer, db_path: Path) -> None:
    url = f"{server.base_url}/news/category/europe/"
    process = run_cli("crawl", "--db", str(db_path), "--start-url", url, *FAST)
    assert process.returncode == 0, process.stderr


def reprocess(db_path: Path, *args: str, env: dict[str, str] | None = None):
    process = run_cli("reprocess", "--db", str(db_path), *args, env=env)
    assert process.returncode == 0, process.stderr
    return process


def a_plain_post(server: ReplicaServer, skip: int = 0):
    """A live Europe post the crawl archives, with no redirects or links of its own."""
    site = server.site
    posts = [
        p
        for p in site.posts
        if p in site.live
        and in_category(p, "europe")
        and not (p.deleted or p.password or p.old_slug)
        and all(not b.links for b in p.blocks)
    ]
    return posts[skip]


def test_reprocess_never_moves_an_article_on_its_post_id_alone(tmp_path: Path) -> None:
    """An archived URL and a stored page with one post id: without the site's word (a
    redirect, a canonical link naming the other) both stay, as a crawl keeps them."""
    db_path = tmp_path / "archive.db"
    with ReplicaServer() as server:
        crawl(server, db_path)
        post = a_plain_post(server)
        url = server.site.post_url(post)
    old = url.replace(post.slug, f"{post.slug}-first-draft")
    truth = archived(db_path)[url]
    with sqlite3.connect(db_path) as db:  # archived under the slug the post had before
        db.execute("update articles set url = ? where url = ?", [old, url])
        db.execute("update article_sections set url = ? where url = ?", [old, url])

    process = reprocess(db_path)
    assert ": 1 new, 0 changed, 63 unchanged, 0 failed" in process.stderr, process.stderr
    assert f"Post id {post.id} is claimed by {old} and {url}: both kept" in process.stderr
    rows = archived(db_path)
    assert (rows[old]["status"], rows[url]["status"]) == ("live", "live")
    assert rows[url]["post_id"] == post.id == truth["post_id"]
    assert rows[url]["text"] == truth["text"]
    db = Database(db_path)
    assert list(db.execute("select alias from aliases where alias = ?", [old])) == []


def test_reprocess_resolves_the_failures_its_pages_make_good_and_only_those(
    tmp_path: Path,
) -> None:
    db_path = tmp_path / "archive.db"
    with ReplicaServer() as server:
        crawl(server, db_path)
        url = server.site.post_url(a_plain_post(server))
        truth = archived(db_path)[url]
    db = Database(db_path)
    (first_run,) = [r["id"] for r in db["crawl_runs"].rows]
    # As an older extractor left it: the page was fetched (it is in the run's WARC file)
    # but yielded no text, and a later run could not fetch it at all.
    with db.conn:
        db.execute("delete from article_sections where url = ?", [url])
        db.execute("delete from articles where url = ?", [url])
    for run, kind, status in ((first_run, "extraction", 200), (None, "article", 503)):
        if run is None:
            run = start_run(db, f"{url.split('/news/')[0]}/news/category/europe/", "incremental")
            finish_run(db, run, "ok", None, RunCounters(), RunFacts())
        with db.conn:
            db["crawl_errors"].insert(
                {
                    "run_id": run,
                    "url": url,
                    "kind": kind,
                    "status": status,
                    "reason": kind,
                    "at": "2026-01-01T00:00:00+00:00",
                }
            )
    db.close()

    process = reprocess(db_path)
    assert ": 1 new, 0 changed, 63 unchanged, 0 failed" in process.stderr, process.stderr
    assert archived(db_path)[url]["text"] == truth["text"]
    unresolved = Database(db_path).execute(
        "select kind, status from crawl_errors where url = ? and resolved_at is null", [url]
    )
    # The stored page makes good its own run's failure, not the later run's 503: that
    # page is still to be fetched again.
    assert list(unresolved) == [("article", 503)]


def test_each_site_is_reread_with_its_rules_and_every_article_carries_their_stamp(
    tmp_path: Path,
) -> None:
    db_path, config = tmp_path / "archive.db", tmp_path / "iria-archive.toml"
    with ReplicaServer() as server:
        site_table = f"""
[sites.replica]
base_url = "{server.base_url}/news/"
rules = "iria"
[sites.replica.sections]
europe = "category/europe/"
"""
        config.write_text(site_table + 'rules_version = "1"\n', encoding="utf-8")
        crawl(server, db_path)
        post = a_plain_post(server, skip=3)
        url = server.site.post_url(post)
        paragraph = next(b.text for b in post.blocks if b.kind == "p")
    before = archived(db_path)
    assert paragraph in before[url]["text"].split("\n\n")
    # New rules for the site: one of this post's paragraphs is now the site's boilerplate.
    rules = f'rules_version = "2"\nboilerplate_lines = ["{paragraph}"]\n'
    config.write_text(site_table.replace('rules = "iria"\n', f'rules = "iria"\n{rules}'))
    from iria_archive.config_file import load_config

    stamp = extractor_stamp(load_config(config).site_named("replica").profile)
    assert stamp != before[url]["extractor"]

    # No Scrapy is needed: a scrapy package that cannot be imported comes first.
    broken = tmp_path / "no-scrapy" / "scrapy"
    broken.mkdir(parents=True)
    (broken / "__init__.py").write_text("raise ImportError('reprocess must not need Scrapy')\n")
    process = reprocess(db_path, env={"PYTHONPATH": str(broken.parent)})
    assert ": 0 new, 1 changed, 63 unchanged, 0 failed" in process.stderr, process.stderr

    after = archived(db_path)
    expected = [t for b in post.blocks for t in block_texts(b) if t != paragraph]
    assert after[url]["text"] == "\n\n".join(expected)
    assert {row["extractor"] for row in after.values()} == {stamp}
    assert {u: r["text"] for u, r in after.items() if u != url} == {
        u: r["text"] for u, r in before.items() if u != url
    }
    revisions = Database(db_path).execute("select url, extractor from revisions")
    assert list(revisions) == [(url, before[url]["extractor"])]  # unchanged texts keep none
