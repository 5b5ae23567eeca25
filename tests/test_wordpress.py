"""End to end against a real WordPress (issue 8): the CLI crawls its Europe section.

Debian's WordPress 6.1 runs on 127.0.0.1 (tests/wordpress), once per session; each of the
three core themes in turn renders the same posts. Every expected value comes from
WordPress's own functions (truth.php), never from the extractor's output.
"""

from __future__ import annotations

import subprocess
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from sqlite_utils import Database

from tests.conftest import FAST, archived, run_cli
from tests.wordpress import THEMES, WordPress

FIELDS = ["title", "author", "published", "modified", "categories", "tags"]
# What the three themes print around an article, besides comments and the author's bio.
BOILERPLATE = [
    "Leave a comment",
    "Leave a Reply",
    "Your email address will not be published",
    "Proudly powered by WordPress",
    "Post navigation",
    "Previous post",
    "Recent Comments",
    "View all of",
    "One response to",
]


@dataclass
class ThemeCrawl:
    """The first crawl of the Europe section while `theme` is active."""

    theme: str
    wp: WordPress
    truth: dict
    db_path: Path
    process: subprocess.CompletedProcess[str]
    requests: list[tuple[int, str, str, str | None]]

    def crawl_again(self, *args: str) -> subprocess.CompletedProcess[str]:
        """Another run on the same archive; the server's request log starts empty."""
        self.wp.clear_requests()
        return crawl(self.wp, self.db_path, *args)


def crawl(wp: WordPress, db_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return run_cli("crawl", "--db", str(db_path), "--start-url", wp.europe_url, *FAST, *args)


def article_gets(requests: list, urls: set[str]) -> list[str]:
    """Paths of the article pages among the requests, in order (one per GET)."""
    paths = {urlsplit(url).path for url in urls}
    return [
        urlsplit(uri).path
        for _status, method, uri, _location in requests
        if method == "GET" and urlsplit(uri).path in paths
    ]


# Module scope with the theme as parameter: pytest runs each theme's tests together, so
# the one WordPress of the session switches theme three times, not once per test.
@pytest.fixture(scope="module", params=THEMES)
def site(request, wordpress: WordPress, tmp_path_factory) -> ThemeCrawl:
    wordpress.switch_theme(request.param)
    truth = wordpress.truth()
    assert truth["theme"] == request.param
    db_path = tmp_path_factory.mktemp(request.param) / "archive.db"
    wordpress.clear_requests()
    process = crawl(wordpress, db_path)
    return ThemeCrawl(request.param, wordpress, truth, db_path, process, wordpress.requests)


def test_the_site_is_what_the_tests_assume(site: ThemeCrawl) -> None:
    """The fixture's own promises: a section of 15 posts over pages, a child category."""
    truth = site.truth
    assert truth["timezone"] == "Europe/Belgrade"
    assert len(truth["europe"]) == 15
    assert any(p["categories"] == ["Balkans"] for p in truth["europe"])
    assert sum(p["sticky"] for p in truth["europe"]) == 1
    assert len(truth["others"]) == 6
    assert set(truth["excluded"]) == {"draft", "private", "protected"}
    archive_page_3 = site.wp.get("/news/category/europe/page/3/").decode()
    assert "/news/category/europe/page/4/" in archive_page_3
    (renamed,) = truth["renamed"]
    status, _method, _uri, location = next(
        r for r in requests_for(site.wp, renamed["old_url"]) if r[0] != 200
    )
    assert (status, location) == (301, renamed["url"])


def requests_for(wp: WordPress, url: str) -> list:
    """Fetch `url` without following redirects; the request log lines it caused."""
    import http.client

    wp.clear_requests()
    parts = urlsplit(url)
    connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=30)
    connection.request("GET", parts.path)
    connection.getresponse().read()
    connection.close()
    return wp.requests


def test_crawl_succeeds(site: ThemeCrawl) -> None:
    assert site.process.returncode == 0, site.process.stderr
    assert "Traceback" not in site.process.stderr


def test_archives_exactly_the_section(site: ThemeCrawl) -> None:
    expected = {post["url"] for post in site.truth["europe"]}
    assert set(archived(site.db_path)) == expected


def test_each_article_is_fetched_once_and_nothing_off_section(site: ThemeCrawl) -> None:
    section = {post["url"] for post in site.truth["europe"]}
    fetched = article_gets(site.requests, section | set(site.truth["others"]))
    assert not set(fetched) & {urlsplit(url).path for url in site.truth["others"]}
    assert sorted(fetched) == sorted(urlsplit(url).path for url in section)


def test_every_field_equals_wordpress(site: ThemeCrawl) -> None:
    rows = archived(site.db_path)
    wrong = [
        f"{urlsplit(p['url']).path} {f}: stored {rows[p['url']][f]!r}, WordPress says {p[f]!r}"
        for p in site.truth["europe"]
        if p["url"] in rows
        for f in FIELDS
        if rows[p["url"]][f] != p[f]
    ]
    assert not wrong, "\n".join(wrong)


def test_body_is_the_posts_paragraphs(site: ThemeCrawl) -> None:
    rows = archived(site.db_path)
    lost = [
        f"{urlsplit(p['url']).path}: {paragraph!r}"
        for p in site.truth["europe"]
        for paragraph in p["paragraphs"]
        if paragraph not in (rows.get(p["url"], {}).get("text") or "")
    ]
    assert not lost, "missing from the text:\n" + "\n".join(lost)


def test_no_boilerplate_in_text(site: ThemeCrawl) -> None:
    rows = archived(site.db_path)
    found = []
    for post in site.truth["europe"]:
        text = rows.get(post["url"], {}).get("text") or ""
        needles = [*BOILERPLATE, *post["comments"], post["title"]]
        needles += [extra for extra in (post["author_bio"], post["image_caption"]) if extra]
        found += [f"{urlsplit(post['url']).path}: {n!r}" for n in needles if n in text]
    assert not found, "in the text:\n" + "\n".join(found)


def test_image_and_its_caption(site: ThemeCrawl) -> None:
    rows = archived(site.db_path)
    (post,) = [p for p in site.truth["europe"] if p["image_url"]]
    row = rows.get(post["url"], {})
    assert (row.get("image_url"), row.get("image_caption")) == (
        post["image_url"],
        post["image_caption"],
    )


def test_nothing_hidden_is_archived(site: ThemeCrawl) -> None:
    rows = archived(site.db_path)
    titles = {row["title"] for row in rows.values()}
    texts = "\n".join(row["text"] or "" for row in rows.values())
    for kind, post in site.truth["excluded"].items():
        assert post["url"] not in rows and post["pretty_url"] not in rows, kind
        assert post["title"] not in titles, kind
        assert post["text"] not in texts, kind
    # The protected post is listed like any other: the crawler saw it and said why it
    # kept nothing (the REST API flags it; its page would show the password form).
    protected = site.truth["excluded"]["protected"]["pretty_url"]
    recorded = Database(site.db_path)["crawl_errors"].rows_where("url = ?", [protected])
    assert [(e["kind"], e["reason"]) for e in recorded] == [
        ("protected", "password-protected post")
    ]


def test_renamed_post_is_stored_once_under_its_new_url(site: ThemeCrawl) -> None:
    rows = archived(site.db_path)
    (renamed,) = site.truth["renamed"]
    assert renamed["url"] in rows
    assert renamed["old_url"] not in rows
    aliases = list(Database(site.db_path)["aliases"].rows_where("alias = ?", [renamed["old_url"]]))
    assert all(alias["url"] == renamed["url"] for alias in aliases)


def test_a_run_with_no_change_fetches_no_article(site: ThemeCrawl) -> None:
    process = site.crawl_again()
    assert process.returncode == 0, process.stderr
    section = {post["url"] for post in site.truth["europe"]}
    assert article_gets(site.wp.requests, section) == []
    assert set(archived(site.db_path)) == section


def test_an_edit_is_picked_up_by_the_next_run(site: ThemeCrawl) -> None:
    wp = site.wp
    post = next(
        p
        for p in site.truth["europe"]
        if p["url"].endswith("/nordic-states-sign-energy-grid-pact/")
    )
    content, modified = (
        wp.post_field(post["id"], "post_content"),
        wp.post_field(post["id"], "post_modified"),
    )
    added = f"Sweden later said the pact would also cover hydrogen pipelines ({site.theme})."
    before = archived(site.db_path)[post["url"]]
    try:
        wp.update_post(
            post["id"],
            post_content=content
            + f"\n\n<!-- wp:paragraph -->\n<p>{added}</p>\n<!-- /wp:paragraph -->",
        )
        edited = next(p for p in wp.truth()["europe"] if p["id"] == post["id"])
        assert edited["modified"] != post["modified"]
        process = site.crawl_again()
        assert process.returncode == 0, process.stderr
        row = archived(site.db_path)[post["url"]]
        assert added in row["text"]
        revisions = list(Database(site.db_path)["revisions"].rows_where("url = ?", [post["url"]]))
        assert [r["content_hash"] for r in revisions] == [before["content_hash"]]
        assert article_gets(wp.requests, {p["url"] for p in site.truth["europe"]}) == [
            urlsplit(post["url"]).path
        ]
        assert {f: row[f] for f in FIELDS} == {f: edited[f] for f in FIELDS}
    finally:
        # The next theme starts from the same site.
        wp.update_post(post["id"], post_content=content)
        wp.set_modified(post["id"], modified)


def test_a_post_renamed_after_archiving_stays_one_article(site: ThemeCrawl) -> None:
    wp = site.wp
    post = next(
        p
        for p in site.truth["europe"]
        if p["url"].endswith("/moldova-referendum-narrowly-backs-eu-path/")
    )
    slug, modified = (
        wp.post_field(post["id"], "post_name"),
        wp.post_field(post["id"], "post_modified"),
    )
    new_slug = f"moldova-backs-eu-path-{site.theme}"
    try:
        wp.update_post(post["id"], post_name=new_slug)
        renamed = next(p for p in wp.truth()["europe"] if p["id"] == post["id"])
        assert renamed["url"] == f"{wp.home}/{new_slug}/"
        process = site.crawl_again()
        assert process.returncode == 0, process.stderr
        db = Database(site.db_path)
        live = [
            r["url"]
            for r in db["articles"].rows_where(
                "status = 'live' and url in (?, ?)", [post["url"], renamed["url"]]
            )
        ]
        assert live == [renamed["url"]]
        # The archive still knows the old URL, as an alias or as a row marked moved.
        alias = (
            db["aliases"].get(post["url"])["url"]
            if db["aliases"].count_where("alias = ?", [post["url"]])
            else None
        )
        old = archived(site.db_path).get(post["url"])
        moved_to = old["moved_to"] if old and old["status"] == "moved" else None
        assert renamed["url"] in (alias, moved_to)
    finally:
        wp.update_post(post["id"], post_name=slug)
        # WordPress remembers every slug a post had; the next theme starts from the same site.
        wp.php(f"delete_post_meta({post['id']}, '_wp_old_slug', '{new_slug}');")
        wp.set_modified(post["id"], modified)
