"""Discovery within bounds, whatever a source claims (issue 19, item 4).

Every source counts the requests it queues against one budget and reads a bounded number
of entries per page; a source that lies about its pages is left for the next source,
and the run says so.
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
from sqlite_utils import Database

from replica import ReplicaServer
from replica.content import CATEGORIES, category_lineage
from replica.rest_items import CATEGORY_IDS
from tests.conftest import FAST, archived, run_cli
from tests.hostile_site import RestIgnoresPaging

pytestmark = pytest.mark.timeout(240)


def _crawl(server: ReplicaServer, db_path: Path, *args: str):
    start = f"{server.base_url}/news/category/europe/"
    return run_cli("crawl", "--db", str(db_path), "--start-url", start, *FAST, *args)


def _rest_requests(server: ReplicaServer, route: str) -> list[str]:
    return [path for _m, path, _h in server.requests if urlsplit(path).path.endswith(route)]


def test_a_rest_api_that_ignores_paging_is_left_for_the_feed(tmp_path: Path) -> None:
    """X-WP-TotalPages: 100000 and every page the same: two requests, then the feed."""
    db_path = tmp_path / "archive.db"
    with ReplicaServer(n_europe=30, rest_api=True) as server:
        server.faults = RestIgnoresPaging("wp/v2/posts")
        done = _crawl(server, db_path)
        assert done.returncode == 0, done.stderr
        asked = _rest_requests(server, "wp/v2/posts")
        assert [parse_qs(urlsplit(p).query)["page"] for p in asked] == [["1"], ["2"]]
        expected = {row["url"] for row in server.site.expected_articles()}
        assert set(archived(db_path)) == expected
        (run,) = Database(db_path)["crawl_runs"].rows
        assert run["status"] == "ok"
        assert run["notes"] == "the REST API repeats its posts on page 2: not used"
        assert run["discovery"].split(",")[0] == "feed"


def test_categories_that_ignore_paging_are_read_once_and_kept_without_repeats(
    tmp_path: Path,
) -> None:
    db_path = tmp_path / "archive.db"
    with ReplicaServer(n_europe=30, rest_api=True) as server:
        server.faults = RestIgnoresPaging("wp/v2/categories")
        done = _crawl(server, db_path)
        assert done.returncode == 0, done.stderr
        assert len(_rest_requests(server, "wp/v2/categories")) == 2
        (source,) = Database(db_path)["sources"].rows
        ids = [int(i) for i in source["category_ids"].strip("[]").split(",")]
        europe = [slug for slug in CATEGORIES if "europe" in category_lineage(slug)]
        assert sorted(ids) == sorted(CATEGORY_IDS[slug] for slug in europe)
        expected = {row["url"] for row in server.site.expected_articles()}
        assert set(archived(db_path)) == expected
        (run,) = Database(db_path)["crawl_runs"].rows
        assert (run["status"], run["discovery"]) == ("ok", "rest")


def test_a_bound_on_pages_holds_for_every_source(tmp_path: Path) -> None:
    """With a budget of 2 pages, a source that would need more stops at 2 and says so."""
    db_path = tmp_path / "archive.db"
    with ReplicaServer(n_europe=45, rest_api=False, sitemap=False) as server:
        done = _crawl(server, db_path, "-s", "IRIA_MAX_LISTING_PAGES=2")
        paths = [urlsplit(p).path for _m, p, _h in server.requests]
        feed_pages = [p for p in paths if "/feed/" in p]
        archive_pages = [p for p in paths if p.startswith("/news/category/europe/")]
        archive_pages = [p for p in archive_pages if "/feed/" not in p]
        assert len(feed_pages) <= 2 and len(archive_pages) <= 2
        assert done.returncode == 1  # what the site has was not all read: incomplete
        (run,) = Database(db_path)["crawl_runs"].rows
        assert run["status"] == "incomplete"
