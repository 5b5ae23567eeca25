"""A crawl that found less than the site says exists is never `ok` (issue 18, item 1).

The site states the section's size in several ways (REST's X-WP-Total, the archive's
pagination and the entries of each page); a run that falls short of one of them is
`incomplete`: exit 1, one line naming the shortfall, recorded, and walked again next run.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlite_utils import Database

from iria_archive.model.evidence import ArchiveEvidence, SectionEvidence
from replica import ReplicaServer
from replica.faults import Faults
from tests.conftest import FAST, RUNS_HEADER, archived, run_cli
from tests.hostile_site import RedirectPrefix

ROOT = "http://127.0.0.1:8765/news/category/europe/"

pytestmark = pytest.mark.timeout(240)


# -- the verdict's arithmetic ------------------------------------------------------------


def test_a_walk_that_ends_before_the_last_page_named_is_short() -> None:
    walk = ArchiveEvidence(ROOT, {1: 10, 2: 1}, last_page_named=11, stop_reason="last page")
    assert walk.shortfall(full=True) == (
        "walked 2 of 11 archive pages of category/europe/: page 2 listed 1 entry,"
        " page 1 listed 10 entries"
    )
    # An incremental walk that stopped at known articles did so on purpose...
    stopped = ArchiveEvidence(ROOT, {1: 10, 2: 10}, 11, stop_reason="no new links")
    assert stopped.shortfall(full=False) is None
    # ... but not a full one.
    assert stopped.shortfall(full=True) == (
        "walked 2 of 11 archive pages of category/europe/: page 2 listed 10 entries,"
        " page 1 listed 10 entries"
    )


def test_a_short_page_before_the_last_is_a_loss_even_when_every_page_was_walked() -> None:
    pages = {1: 10, 2: 10, 3: 4, 4: 10, 5: 7}
    walk = ArchiveEvidence(ROOT, pages, last_page_named=5, stop_reason="last page")
    assert walk.shortfall(full=True) == (
        "page 3 of 5 of category/europe/ listed 4 entries, the pages before the last list 10"
    )
    # Stickies on top of the first page make it longer, never a loss; the last page
    # lists what is left.
    sticky = ArchiveEvidence(ROOT, {1: 12, 2: 10, 3: 10, 4: 3}, 4, stop_reason="last page")
    assert sticky.shortfall(full=True) is None


def test_a_walk_cut_by_a_failure_or_the_cap_is_short_whatever_the_pagination_says() -> None:
    for reason, cause in (
        ("failed", "a page failed"),
        ("empty page", "a page listed no entry"),
        ("page cap", "the page cap was reached"),
    ):
        walk = ArchiveEvidence(ROOT, {1: 10, 2: 10}, last_page_named=None, stop_reason=reason)
        expected = f"the walk of category/europe/ stopped after page 2: {cause}"
        assert walk.shortfall(full=False) == expected


def test_a_rest_total_not_reached_is_short_and_a_complete_walk_states_a_count() -> None:
    listed = {f"{ROOT}post-{n}/" for n in range(100)}
    evidence = SectionEvidence(rest_total=120, rest_listed=listed, found=set(listed))
    assert evidence.shortfall(full=True) == (
        "the REST API counts 120 posts in the section, its pages listed 100"
    )
    assert evidence.expected == 120
    complete = ArchiveEvidence(ROOT, {1: 10, 2: 3}, 2, "last page", links=13)
    assert SectionEvidence(archive=complete).shortfall(full=True) is None
    assert SectionEvidence(archive=complete).expected == 13


# -- end to end: the real CLI on the replica ----------------------------------------------


def _runs(db_path: Path) -> list[dict]:
    return list(Database(db_path).query("select * from crawl_runs order by id"))


def test_a_walk_cut_short_exits_1_names_the_gap_and_is_walked_again(tmp_path: Path) -> None:
    """HTML only (no REST, no feed, no sitemap): page 3 of the archive keeps failing."""
    db_path = tmp_path / "archive.db"
    with ReplicaServer(n_europe=45, rest_api=False, feeds=False, sitemap=False) as server:
        site = server.site
        dated, pinned = site._category_listing("europe")
        pages = site._pages(dated)  # the replica's own pagination
        assert pages >= 4
        server.faults = Faults(server_error={"/news/category/europe/page/3/": 1000})
        start = f"{server.base_url}/news/category/europe/"
        args = ("crawl", "--db", str(db_path), "--start-url", start, *FAST)
        first = run_cli(*args, "-s", "RETRY_TIMES=0")
        per_page = 10 + len(pinned)
        gap = (
            f"walked 2 of {pages} archive pages of category/europe/:"
            f" page 2 listed {per_page} entries, page 1 listed {per_page} entries"
        )
        assert first.returncode == 1, first.stderr
        assert f"Error: crawl incomplete: {gap}" in first.stderr.splitlines()
        (run,) = _runs(db_path)
        assert (run["status"], run["reason"]) == ("incomplete", gap)

        server.faults = None  # the site heals: the next run walks everything again
        second = run_cli(*args)
        assert second.returncode == 0, second.stderr
        live = len(site.expected_articles())
        run = _runs(db_path)[-1]
        assert (run["mode"], run["status"], run["reason"]) == ("full", "ok", None)
        assert (run["expected"], run["archived"]) == (len(dated) + len(pinned), live)

        shown = run_cli("runs", "--db", str(db_path))
        header, _rule, *rows = shown.stdout.splitlines()
        assert header.split() == RUNS_HEADER
        latest = rows[0].split()
        at = RUNS_HEADER.index("expected")
        assert latest[at : at + 2] == [str(len(dated) + len(pinned)), str(live)], shown.stdout


def test_a_rest_total_not_reached_exits_1(tmp_path: Path) -> None:
    """The REST API counts more posts than one page holds; the page budget (categories,
    then one posts page) stops there."""
    db_path = tmp_path / "archive.db"
    with ReplicaServer(n_europe=110, rest_api=True) as server:
        total = len(server.site.category_posts("europe")) - sum(
            1 for p in server.site.category_posts("europe") if p.deleted
        )
        start = f"{server.base_url}/news/category/europe/"
        done = run_cli(
            "crawl", "--db", str(db_path), "--start-url", start, *FAST,
            "-s", "IRIA_MAX_LISTING_PAGES=2",
        )  # fmt: skip
        gap = f"the REST API counts {total} posts in the section, its pages listed 100"
        assert done.returncode == 1, done.stderr
        assert f"Error: crawl incomplete: {gap}" in done.stderr.splitlines()
        (run,) = _runs(db_path)
        assert (run["status"], run["expected"], run["found"]) == ("incomplete", total, 100)


@pytest.mark.parametrize("rest_api", [True, False], ids=["rest", "html"])
def test_a_start_url_that_redirects_to_another_archive_is_a_failure(
    tmp_path: Path, rest_api: bool
) -> None:
    """`/category/europe/*` 301s to `/category/asia/*`: Asia's articles are not Europe's."""
    db_path = tmp_path / "archive.db"
    with ReplicaServer(n_europe=24, rest_api=rest_api) as server:
        server.faults = RedirectPrefix("/news/category/europe/", "/news/category/asia/")
        start = f"{server.base_url}/news/category/europe/"
        done = run_cli("crawl", "--db", str(db_path), "--start-url", start, *FAST)
        asia = f"{server.base_url}/news/category/asia/"
        reason = f"the category archive {start} redirects to another archive: {asia}"
        assert done.returncode == 1, done.stderr
        assert f"Error: crawl failed: {reason}" in done.stderr.splitlines()
        (run,) = _runs(db_path)
        assert (run["status"], run["reason"]) == ("failed", reason)
        assert Database(db_path)["articles"].count == 0
        assert Database(db_path)["article_sections"].count == 0


def test_an_incremental_run_whose_feed_redirects_to_another_category_fails(
    tmp_path: Path,
) -> None:
    """After a good run, `/category/europe/*` (its feeds included) 301s to Asia's: the
    incremental run reads the feed, and Asia's posts are not stored as Europe's."""
    db_path = tmp_path / "archive.db"
    with ReplicaServer(n_europe=24, rest_api=False) as server:
        start = f"{server.base_url}/news/category/europe/"
        assert run_cli("crawl", "--db", str(db_path), "--start-url", start, *FAST).returncode == 0
        before = set(archived(db_path))
        sections = Database(db_path)["article_sections"].count
        server.faults = RedirectPrefix("/news/category/europe/", "/news/category/asia/")
        done = run_cli("crawl", "--db", str(db_path), "--start-url", start, *FAST)
        asia = f"{server.base_url}/news/category/asia/"
        reason = f"the category archive {start} redirects to another archive: {asia}"
        assert done.returncode == 1, done.stderr
        assert f"Error: crawl failed: {reason}" in done.stderr.splitlines()
        last = _runs(db_path)[-1]
        assert (last["mode"], last["status"], last["reason"]) == ("incremental", "failed", reason)
        assert set(archived(db_path)) == before
        assert Database(db_path)["article_sections"].count == sections
