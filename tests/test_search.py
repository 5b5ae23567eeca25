"""Search, browse, feeds and the public profile, through an in-process Datasette."""

from __future__ import annotations

import asyncio
import csv
import io
import re
import sqlite3
import xml.etree.ElementTree as ET
from collections import Counter
from html import escape
from pathlib import Path
from urllib.parse import quote

import httpx
import pytest
from datasette.app import Datasette
from datasette.utils import tilde_encode

from iria_archive.archive.rows import open_archive, upsert_article
from iria_archive.search.query import MATCH_NOTHING, fts_query
from iria_archive.serve import archive_metadata, archive_settings, snapshot_archive
from tests.conftest import Crawl

ATOM = "{http://www.w3.org/2005/Atom}"


def get(db_path: Path, path: str, public: bool = False, snapshot_dir: Path | None = None):
    """GET `path` from a Datasette configured as `iria-archive serve [--public]` would."""

    async def fetch() -> httpx.Response:
        if public:
            assert snapshot_dir is not None
            files = {"immutables": [str(snapshot_archive(str(db_path), str(snapshot_dir)))]}
        else:
            files = {"files": [str(db_path)]}
        datasette = Datasette(
            **files, metadata=archive_metadata(str(db_path)), settings=archive_settings(public)
        )
        await datasette.invoke_startup()
        return await datasette.client.get(path)

    return asyncio.run(fetch())


def search(db_path: Path, query: str, sort: str = "") -> list[dict]:
    response = get(
        db_path, f"/archive/search.json?q={quote(query)}&sort={sort}&_size=100&_shape=array"
    )
    assert response.status_code == 200, response.text
    return response.json()


def tokens(text: str | None) -> list[str]:
    """Words as the unicode61 tokenizer sees them (lower case; accents kept, fine here)."""
    return re.findall(r"\w+", (text or "").lower())


def matching(truth: list[dict], predicate) -> set[str]:
    fields = ("title", "description", "text", "author")
    return {a["url"] for a in truth if predicate([t for f in fields for t in tokens(a[f])])}


@pytest.fixture(scope="module")
def truth(replica) -> list[dict]:
    return replica.site.expected_articles("europe")


@pytest.fixture(scope="module")
def vucic(replica) -> str:
    return replica.site.post_url(replica.site.traps["vucic"])


@pytest.mark.parametrize(
    "query", ["Vucic", "Vučić", "Vučić's", "Vučić’s", "EU-Serbia", '"dialogue on energy and trade"']
)
def test_search_finds_the_vucic_article(crawl: Crawl, vucic: str, query: str) -> None:
    assert [row["url"] for row in search(crawl.db_path, query)] == [vucic]


def test_search_returns_the_documented_columns_with_a_highlighted_snippet(
    crawl: Crawl, vucic: str, truth: list[dict]
) -> None:
    (row,) = search(crawl.db_path, "Vucic")
    (article,) = [a for a in truth if a["url"] == vucic]
    assert list(row) == ["url", "title", "published", "author", "categories", "snippet"]
    assert row["title"] == article["title"]
    assert row["published"] == article["published"]
    assert row["author"] == article["author"]
    assert row["categories"] == article["categories"]  # a JSON array, not a string in it
    assert "<mark>Vučić</mark>" in row["snippet"]
    assert row["snippet"].replace("<mark>", "").replace("</mark>", "").strip("…") in (
        article["title"] + " " + article["text"]
    ).replace("\n", " ")


def test_prefix_query_finds_every_article_with_a_word_starting_so(
    crawl: Crawl, truth: list[dict]
) -> None:
    expected = matching(truth, lambda words: any(w.startswith("sanction") for w in words))
    assert len(expected) > 5
    rows = search(crawl.db_path, "sanction*")
    assert {row["url"] for row in rows} == expected and len(rows) == len(expected)


def test_words_must_all_match_and_newest_sort_is_by_date(crawl: Crawl, truth: list[dict]) -> None:
    expected = matching(truth, lambda words: "energy" in words and "prices" in words)
    rows = search(crawl.db_path, "energy prices", sort="newest")
    assert {row["url"] for row in rows} == expected and len(rows) == len(expected) > 1
    published = [row["published"] for row in rows]
    assert published == sorted(published, reverse=True)


def test_relevance_puts_a_title_match_first(crawl: Crawl, vucic: str) -> None:
    # "Serbia" is in the Vučić article's title and text; bm25 ranks it over text-only hits.
    rows = search(crawl.db_path, "Serbia")
    assert rows[0]["url"] == vucic


@pytest.mark.parametrize(
    "query",
    ["", "NOT", "AND OR", '"unbalanced', "(", ")", "*", "-", "a:b", "NEAR(x y", "col:", "'", "^x"],
)
def test_no_input_is_an_fts_error(crawl: Crawl, query: str) -> None:
    search(crawl.db_path, query)  # asserts 200
    response = get(crawl.db_path, f"/archive/search?q={quote(query)}")
    assert response.status_code == 200


def test_fts_query_quotes_words_and_keeps_phrases_and_prefixes() -> None:
    assert fts_query("EU-Serbia talks") == '"EU-Serbia" "talks"'
    assert fts_query('"energy and trade" sanction*') == '"energy and trade" "sanction"*'
    assert fts_query("Vučić's NOT") == '"Vučić" "NOT"'
    assert fts_query(" ") == MATCH_NOTHING


def test_search_page_highlights_the_match_and_escapes_the_rest(
    hostile_archive: Path, replica
) -> None:
    html = get(hostile_archive, "/archive/search?q=hostilemarker").text
    assert "<mark>hostilemarker</mark>" in html
    assert "&lt;script&gt;" in html
    assert "<script>window.__xss" not in html and '<img src="x"' not in html


def test_article_page_renders_markdown_sanitized(hostile_archive: Path, replica) -> None:
    url = replica.site.post_url(replica.site.traps["script"])
    response = get(hostile_archive, f"/archive/articles/{tilde_encode(url)}")
    assert response.status_code == 200
    html = response.text
    assert '<div style="white-space: normal"><p>' in html  # markdown rendered
    assert "hostilemarker" in html
    assert "<script>window.__xss" not in html
    # Shown as text (`&lt;img src="x" onerror="…"&gt;`), never an attribute of a live tag.
    assert not re.search(r"<[a-z][^<>]*\sonerror=", html)
    assert 'href="javascript:' not in html


def test_articles_facets_by_month(crawl: Crawl, truth: list[dict]) -> None:
    data = get(crawl.db_path, "/archive/articles.json?_size=0&_facet_size=max").json()
    months = {r["value"]: r["count"] for r in data["facet_results"]["published"]["results"]}
    assert months == dict(Counter(a["published"][:7] for a in truth))
    month, count = sorted(months.items())[-1]
    selected = get(crawl.db_path, f"/archive/articles.json?published__startswith={month}").json()
    assert selected["filtered_table_rows_count"] == count


def test_index_hides_the_search_index_tables(crawl: Crawl) -> None:
    data = get(crawl.db_path, "/archive.json").json()
    visible = {t["name"] for t in data["tables"] if not t["hidden"]}
    assert visible == {"articles", "revisions", "crawl_runs", "crawl_errors"}


def test_table_page_shows_column_descriptions(crawl: Crawl) -> None:
    html = get(crawl.db_path, "/archive/articles").text
    assert "Canonical URL of the article (primary key)" in html


def test_latest_and_per_month_helpers(crawl: Crawl, truth: list[dict]) -> None:
    latest = get(crawl.db_path, "/archive/latest.json?_shape=array").json()
    newest = sorted(truth, key=lambda a: (a["published"], a["url"]), reverse=True)
    assert [r["published"] for r in latest] == [a["published"] for a in newest[:50]]
    per_month = get(crawl.db_path, "/archive/articles_per_month.json?_shape=array").json()
    counts = Counter(a["published"][:7] for a in truth)
    assert per_month == [{"month": m, "articles": counts[m]} for m in sorted(counts, reverse=True)]


def test_article_revisions_helper(crawl: Crawl, vucic: str, tmp_path: Path) -> None:
    db_path = tmp_path / "archive.db"
    source = sqlite3.connect(crawl.db_path)
    source.execute(f"VACUUM INTO '{db_path}'")
    source.close()
    db = open_archive(str(db_path))
    old = db["articles"].get(vucic)
    new = {k: old[k] for k in ("url", "title", "modified", "content_hash", "markdown")}
    new |= {"text": old["text"] + "\n\nUpdate: talks postponed.", "last_fetched": "2030-01-01"}
    assert upsert_article(db, new) == "updated"
    db.close()
    rows = get(db_path, f"/archive/article_revisions.json?url={quote(vucic)}&_shape=array").json()
    assert [(r["version"], r["fetched_at"], r["text"]) for r in rows] == [
        ("earlier", old["last_fetched"], old["text"]),
        ("current", "2030-01-01", new["text"]),
    ]


def test_atom_feed_of_a_search(crawl: Crawl, replica, truth: list[dict]) -> None:
    post = replica.site.traps["date_text_only"]
    url = replica.site.post_url(post)
    (article,) = [a for a in truth if a["url"] == url]
    response = get(crawl.db_path, f"/archive/feed.atom?q={quote(chr(34) + post.title + chr(34))}")
    assert response.status_code == 200, response.text
    entries = ET.fromstring(response.content).findall(f"{ATOM}entry")
    assert url in [e.find(f"{ATOM}id").text for e in entries]
    (entry,) = [e for e in entries if e.find(f"{ATOM}id").text == url]
    assert entry.find(f"{ATOM}updated").text == (article["modified"] or article["published"])
    assert entry.find(f"{ATOM}link").get("href") == url


def test_atom_feed_of_a_search_with_no_match_yet(crawl: Crawl) -> None:
    response = get(crawl.db_path, "/archive/feed.atom?q=zzzunknown")
    assert response.status_code == 200, response.text
    (entry,) = ET.fromstring(response.content).findall(f"{ATOM}entry")
    assert entry.find(f"{ATOM}title").text == "No article matches zzzunknown yet"
    assert entry.find(f"{ATOM}author/{ATOM}name").text == "IRIA Europe archive"


def test_atom_feed_without_a_query_is_the_latest_articles_each_with_an_author(
    crawl: Crawl, replica, truth: list[dict]
) -> None:
    response = get(crawl.db_path, "/archive/feed.atom")
    assert response.status_code == 200, response.text
    entries = ET.fromstring(response.content).findall(f"{ATOM}entry")
    newest = sorted(truth, key=lambda a: (a["published"], a["url"]), reverse=True)[:50]
    assert [e.find(f"{ATOM}id").text for e in entries] == [a["url"] for a in newest]
    # RFC 4287: an entry needs an author when the feed has none; the site stands in.
    authors = {e.find(f"{ATOM}id").text: e.find(f"{ATOM}author/{ATOM}name").text for e in entries}
    assert authors == {a["url"]: a["author"] or "IRIA" for a in newest}
    no_author = replica.site.post_url(replica.site.traps["no_author"])
    assert no_author not in authors or authors[no_author] == "IRIA"


def test_datasette_streams_every_row_as_csv_and_json(crawl: Crawl, truth: list[dict]) -> None:
    response = get(crawl.db_path, "/archive/articles.csv?_stream=1&_size=max&_col=title")
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert sorted(r["url"] for r in rows) == [a["url"] for a in truth]
    response = get(crawl.db_path, "/archive/articles.json?_shape=array&_size=max&_col=title")
    assert sorted(r["url"] for r in response.json()) == [a["url"] for a in truth]


def test_public_profile_serves_a_snapshot_without_sql_or_download(
    crawl: Crawl, vucic: str, tmp_path: Path
) -> None:
    def public(path: str) -> httpx.Response:
        return get(crawl.db_path, path, public=True, snapshot_dir=tmp_path)

    assert public("/archive.db").status_code == 403
    assert public("/archive?sql=select+1").status_code == 403
    assert public("/archive/articles.json?_where=1").status_code == 403
    rows = public("/archive/search.json?q=Vucic&_shape=array").json()
    assert [r["url"] for r in rows] == [vucic]
    assert public("/archive/articles.json?_size=0").status_code == 200
    assert public("/archive/feed.atom?q=Vucic").status_code == 200
    assert public("/archive/latest.csv").status_code == 200


def test_snapshot_is_a_complete_single_file_copy(crawl: Crawl, tmp_path: Path) -> None:
    copy = snapshot_archive(str(crawl.db_path), str(tmp_path))
    assert copy == tmp_path / "archive.db"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["archive.db"]
    query = "select url, content_hash from articles order by url"
    with sqlite3.connect(crawl.db_path) as a, sqlite3.connect(copy) as b:
        assert a.execute(query).fetchall() == b.execute(query).fetchall()
        assert b.execute("pragma journal_mode").fetchone() == ("delete",)


# --- the search page: tantivy and FTS5 give the same answers ---------------------------------


def page_json(db_path: Path, args: str) -> dict:
    response = get(db_path, f"/archive/search.json?{args}&_size=100")
    assert response.status_code == 200, response.text
    return response.json()


@pytest.mark.parametrize(
    "args",
    [
        "q=Vucic",
        "q=sanction*",
        "q=energy+prices&sort=newest",
        "q=%22dialogue+on+energy+and+trade%22",
        "q=EU-Serbia",
        "q=sanctions&category=Balkans",
        "q=sanctions&since=2024-01-01&until=2024-12-31",
        "category=Balkans&sort=newest",
    ],
)
def test_both_engines_find_the_same_articles_and_counts(crawl: Crawl, args: str) -> None:
    fast, slow = page_json(crawl.db_path, args), page_json(crawl.db_path, args + "&_engine=fts5")
    assert (fast["engine"], slow["engine"]) == ("tantivy", "fts5")
    assert fast["total"] == slow["total"] == len(fast["rows"]) > 0
    assert sorted(r["url"] for r in fast["rows"]) == sorted(r["url"] for r in slow["rows"])
    assert fast["facets"] == slow["facets"]
    if "newest" in args:
        assert [r["published"] for r in fast["rows"]] == [r["published"] for r in slow["rows"]]


def test_search_page_counts_by_category_and_year_come_from_the_site(
    crawl: Crawl, truth: list[dict]
) -> None:
    urls = matching(truth, lambda words: "sanctions" in words)
    expected = [a for a in truth if a["url"] in urls]
    data = page_json(crawl.db_path, "q=sanctions")
    assert data["total"] == len(expected)
    assert data["facets"]["year"] == dict(Counter(a["published"][:4] for a in expected))
    categories = Counter(c for a in expected for c in a["categories"])
    assert data["facets"]["category"] == dict(categories)


def test_search_pages_past_the_first(crawl: Crawl, truth: list[dict]) -> None:
    expected = matching(truth, lambda words: "sanctions" in words)
    pages = []
    for page in (1, 2, 3):
        response = get(crawl.db_path, f"/archive/search.json?q=sanctions&page={page}&_shape=array")
        pages.append([r["url"] for r in response.json()])
    assert [len(p) for p in pages] == [20, len(expected) - 20, 0]
    assert sorted(pages[0] + pages[1]) == sorted(expected)


def test_search_page_html_has_cards_total_pagination_and_feeds(crawl: Crawl, vucic: str) -> None:
    html = get(crawl.db_path, "/archive/search?q=sanctions").text
    assert 'rel="next" href="/archive/search?q=sanctions&amp;page=2"' in html
    assert '<option value="newest">newest first</option>' in html
    assert 'href="/archive/search.json?q=sanctions"' in html
    assert 'href="/archive/feed.atom?q=sanctions"' in html
    html = get(crawl.db_path, "/archive/search?q=Vucic").text
    assert f'href="/archive/articles/{tilde_encode(vucic)}"' in html  # the archived copy
    assert "Custom SQL query" not in html and "Run SQL" not in html
    empty = get(crawl.db_path, "/archive/search").text
    assert "Type a word, a name" in empty and 'class="card"' not in empty
    nothing = get(crawl.db_path, "/archive/search?q=zzzunknown").text
    assert "No article matches “zzzunknown”" in nothing


def test_home_page_leads_with_the_search_box(crawl: Crawl) -> None:
    html = get(crawl.db_path, "/").text
    assert html.index('action="/archive/search"') < html.index("<h2")


def copy_archive(crawl: Crawl, tmp_path: Path) -> Path:
    db_path = tmp_path / "archive.db"
    source = sqlite3.connect(crawl.db_path)
    source.execute(f"VACUUM INTO '{db_path}'")
    source.close()
    return db_path


def test_the_crawl_leaves_the_search_index_in_step(crawl: Crawl) -> None:
    from iria_archive.search.index import IndexState, index_path
    from iria_archive.search.index_log import archive_stamp

    state = IndexState.read(index_path(crawl.db_path))
    conn = sqlite3.connect(crawl.db_path)
    assert state is not None and (state.archive_id, state.seq) == archive_stamp(conn)
    assert state.docs == conn.execute("select count(*) from articles").fetchone()[0]


def test_a_stale_index_falls_back_to_fts5_with_a_note_until_synced(
    crawl: Crawl, vucic: str, tmp_path: Path
) -> None:
    from iria_archive.search.index import index_path, sync_index

    db_path = copy_archive(crawl, tmp_path)
    data = page_json(db_path, "q=Vucic")  # a copy has no index beside it yet
    assert data["engine"] == "fts5" and "being brought up to date" in data["note"]
    assert sync_index(db_path).action == "rebuilt"
    assert page_json(db_path, "q=Vucic")["engine"] == "tantivy"
    conn = sqlite3.connect(db_path)
    with conn:
        conn.execute("update articles set title = title || ' Zyxwnewword' where url = ?", [vucic])
    conn.close()
    data = page_json(db_path, "q=Zyxwnewword")  # the index is behind: FTS5 answers
    assert (data["engine"], [r["url"] for r in data["rows"]]) == ("fts5", [vucic])
    result = sync_index(db_path)
    assert (result.action, result.changed) == ("updated", 1)
    data = page_json(db_path, "q=Zyxwnewword")
    assert (data["engine"], [r["url"] for r in data["rows"]]) == ("tantivy", [vucic])
    assert page_json(db_path, "q=Vucic")["total"] == 1  # replaced, not doubled
    conn = sqlite3.connect(db_path)
    with conn:
        conn.execute("delete from revisions where url = ?", [vucic])
        conn.execute("delete from articles where url = ?", [vucic])
    conn.close()
    sync_index(db_path)
    assert page_json(db_path, "q=Zyxwnewword")["total"] == 0
    assert index_path(db_path).is_dir()


def test_reindex_command_rebuilds_and_checks_the_index(crawl: Crawl, tmp_path: Path) -> None:
    import shutil

    from iria_archive.search.index import index_path
    from tests.conftest import run_cli

    db_path = copy_archive(crawl, tmp_path)
    checked = run_cli("reindex", "--db", str(db_path), "--check")
    assert checked.returncode == 1
    assert checked.stderr == f"search index of {db_path}: stale or missing\n"
    done = run_cli("reindex", "--db", str(db_path))
    assert done.returncode == 0, done.stderr
    count = sqlite3.connect(db_path).execute("select count(*) from articles").fetchone()[0]
    assert done.stderr.startswith(f"Search index rebuilt: {count} articles in ")
    assert run_cli("reindex", "--db", str(db_path), "--check").returncode == 0
    shutil.rmtree(index_path(db_path))
    assert run_cli("reindex", "--db", str(db_path), "--check").returncode == 1


@pytest.mark.timeout(60)
def test_thousands_of_prefix_terms_answer_at_once(crawl: Crawl) -> None:
    """Issue 9: q of 3,000 `a*` terms never answered (snippet() grew with their square)."""
    q = quote(" ".join(["a*"] * 3000))
    for path in (
        f"/archive/search.json?q={q}",
        f"/archive/search.json?q={q}&_engine=fts5",
        f"/archive/feed.atom?q={q}",
        f"/archive/search?q={q}",
    ):
        assert get(crawl.db_path, path).status_code == 200, path
    assert fts_query(" ".join(["a*"] * 3000)) == " ".join(['"a"*'] * 12)
    assert len(fts_query("x" * 5000)) == 300 + 2


def test_article_page_is_for_reading(crawl: Crawl, vucic: str, truth: list[dict]) -> None:
    (article,) = [a for a in truth if a["url"] == vucic]
    html = get(crawl.db_path, f"/archive/articles/{tilde_encode(vucic)}").text
    stored = (
        sqlite3.connect(crawl.db_path)
        .execute("select content_hash, extractor from articles where url = ?", [vucic])
        .fetchone()
    )
    assert f"<h1>{escape(article['title'])}</h1>" in html
    for internal in (*stored, "http_etag", "content_hash", "revision_count"):
        assert internal not in html
    for category in article["categories"]:  # chips lead to the reader's listing (issue 20)
        assert f'href="/archive/category/{quote(category)}">{category}</a>' in html
    assert f'<a class="original" href="{vucic}"' in html
    assert f'href="/archive/articles/{tilde_encode(vucic)}.json"' in html


def test_article_page_shows_each_revision_with_its_diff(
    crawl: Crawl, vucic: str, tmp_path: Path
) -> None:
    db_path = copy_archive(crawl, tmp_path)
    db = open_archive(str(db_path))
    old = db["articles"].get(vucic)
    new = {k: old[k] for k in ("url", "title", "modified", "content_hash", "markdown")}
    new |= {"text": old["text"] + "\n\nUpdate: talks postponed.", "last_fetched": "2030-01-01"}
    assert upsert_article(db, new) == "updated"
    db.close()
    html = get(db_path, f"/archive/articles/{tilde_encode(vucic)}").text
    assert "Earlier versions (1)" in html
    assert '<span class="ins">+ Update: talks postponed.</span>' in html


def test_table_view_shows_categories_as_lists_not_json(crawl: Crawl) -> None:
    html = get(crawl.db_path, "/archive/articles?_size=5").text
    assert "[&#34;" not in html and '["' not in html
