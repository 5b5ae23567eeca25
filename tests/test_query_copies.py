"""A post's URLs that differ only in query parameters its permalink has not are one
article (issue 19, item 2): fetched once, stored once, under the site's own URL."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit

import pytest
from sqlite_utils import Database

from replica import ReplicaServer
from replica.content import in_category
from tests.conftest import FAST, archived, run_cli
from tests.hostile_site import QueryCopies

pytestmark = pytest.mark.timeout(300)


@pytest.mark.parametrize("permalinks", ["postname", "category"])
def test_a_feed_listing_one_article_under_300_queries_stores_it_once(
    tmp_path: Path, permalinks: str
) -> None:
    db_path = tmp_path / "archive.db"
    with ReplicaServer(n_europe=24, rest_api=False, permalinks=permalinks) as server:
        site = server.site
        post = next(p for p in site.live if in_category(p, "europe") and not p.sticky and p.blocks)
        url = site.post_url(post)
        marker = next(b.text for b in post.blocks if b.kind == "p")
        copies = QueryCopies(urlsplit(url).path, marker)
        server.faults = copies
        start = site.category_url("europe")
        done = run_cli("crawl", "--db", str(db_path), "--start-url", start, *FAST)
        assert done.returncode == 0, done.stderr
        expected = {row["url"] for row in site.expected_articles()}
        fetched = [p for _m, p, _h in server.requests if urlsplit(p).path == urlsplit(url).path]
    rows = archived(db_path)
    assert set(rows) == expected
    assert rows[url]["text"].count("(read ") == 1
    assert len(fetched) <= 2  # the copies are one article: asked once (a recheck at most)
    assert Database(db_path).execute("select count(*) from revisions").fetchone() == (0,)
