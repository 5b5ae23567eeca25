"""Datasette over the crawled archive: search, facets, metadata; and the serve command."""

from __future__ import annotations

import asyncio
import json
import socket
import subprocess
import time
import urllib.request
from collections import Counter
from urllib.parse import urlsplit

from datasette.app import Datasette

from iria_archive.serve import SETTINGS, archive_metadata
from tests.conftest import Crawl, serving


def get_json(crawl: Crawl, path: str) -> dict:
    async def fetch() -> dict:
        datasette = Datasette(
            files=[str(crawl.db_path)],
            metadata=archive_metadata(str(crawl.db_path)),
            settings=SETTINGS,
        )
        await datasette.invoke_startup()
        response = await datasette.client.get(path)
        assert response.status_code == 200, response.text
        return response.json()

    return asyncio.run(fetch())


def test_search_finds_the_article_without_accents(crawl: Crawl, replica) -> None:
    (vucic,) = [a for a in replica.site.expected_articles("europe") if "Vučić" in a["text"]]
    data = get_json(crawl, "/archive/articles.json?_search=Vucic&_shape=array")
    assert [row["url"] for row in data] == [vucic["url"]]


def test_user_input_with_punctuation_is_not_an_fts_error(crawl: Crawl) -> None:
    data = get_json(crawl, "/archive/articles.json?_search=EU-Serbia&_shape=array")
    assert len(data) == 1


def test_table_is_newest_first_with_facets(crawl: Crawl, replica) -> None:
    data = get_json(crawl, "/archive/articles.json?_size=max")
    published = [row[data["columns"].index("published")] for row in data["rows"]]
    assert published == sorted(published, reverse=True)
    facets = data["facet_results"]
    assert {"categories", "tags", "author"} <= set(facets)
    europe = {f["value"]: f["count"] for f in facets["categories"]["results"]}
    truth = replica.site.expected_articles("europe")
    assert europe["Europe"] == sum("Europe" in a["categories"] for a in truth)
    assert europe["Balkans"] == sum("Balkans" in a["categories"] for a in truth)
    # The month facet (iria_archive/web/facets.py): newest months first, as published.
    months = [(f["value"], f["count"]) for f in facets["published"]["results"]]
    by_month = Counter(a["published"][:7] for a in truth)
    assert months == sorted(by_month.items(), reverse=True)[: len(months)] and months
    (newest, count) = months[0]
    toggle = urlsplit(facets["published"]["results"][0]["toggle_url"])
    filtered = get_json(crawl, f"{toggle.path}?{toggle.query}")
    assert filtered["filtered_table_rows_count"] == count
    assert all(
        row[data["columns"].index("published")].startswith(newest) for row in filtered["rows"]
    )


def test_metadata_describes_the_archive(crawl: Crawl) -> None:
    metadata = get_json(crawl, "/-/metadata.json")
    assert metadata["title"] == "IRIA Europe archive"
    assert "license" in metadata and "source_url" in metadata
    columns = metadata["databases"]["archive"]["tables"]["articles"]["columns"]
    assert set(columns) >= {"url", "title", "text", "published", "categories"}


def test_serve_command_answers_a_search(crawl: Crawl) -> None:
    with serving(crawl.db_path) as served:
        url = f"{served.base}/archive/articles.json?_search=Vucic&_shape=array"
        with urllib.request.urlopen(url, timeout=10) as response:
            rows = json.load(response)
    assert len(rows) == 1


def test_serve_without_archive_is_a_one_line_error(tmp_path) -> None:
    from tests.conftest import run_cli

    process = run_cli("serve", "--db", str(tmp_path / "missing.db"))
    assert process.returncode == 1
    assert process.stderr.strip().splitlines() == [
        f"Error: no archive at {tmp_path / 'missing.db'}: run `iria-archive crawl` first"
    ]


def test_serve_stops_on_sigterm_even_with_heavy_searches_in_flight(crawl: Crawl) -> None:
    """Issue 9: four searches of 3,000 `a*` terms froze every page and SIGTERM did nothing."""
    import signal
    import threading
    from urllib.parse import quote

    with serving(crawl.db_path, stderr=subprocess.PIPE) as served:
        process = served.process
        q = quote(" ".join(["a*"] * 3000))
        paths = [f"/archive/search.json?q={q}&_shape=array", f"/archive/feed.atom?q={q}"] * 2

        def ask(path: str) -> None:
            try:
                urllib.request.urlopen(f"{served.base}{path}", timeout=30).read()
            except OSError:
                pass  # the server may stop before answering: that is the point

        threads = [threading.Thread(target=ask, args=(path,), daemon=True) for path in paths]
        for thread in threads:
            thread.start()
        time.sleep(1)
        process.send_signal(signal.SIGTERM)
        _, stderr = process.communicate(timeout=20)
        assert process.returncode == 0
        assert "Traceback" not in stderr


def test_serve_on_a_busy_port_is_a_one_line_error_not_exit_3(crawl: Crawl) -> None:
    from tests.conftest import run_cli

    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        process = run_cli("serve", "--db", str(crawl.db_path), "--port", str(port), timeout=60)
    assert process.returncode == 1  # 3 means "another crawl holds the lock"
    assert process.stderr.splitlines() == [
        f"Error: cannot listen on 127.0.0.1:{port}: Address already in use"
    ]


def test_serve_on_an_impossible_port_is_a_usage_error(crawl: Crawl) -> None:
    from tests.conftest import run_cli

    process = run_cli("serve", "--db", str(crawl.db_path), "--port", "99999", timeout=60)
    assert process.returncode == 2
    # One line, as every usage error (issue 19, item 10).
    assert process.stderr.splitlines() == [
        "Error: Invalid value for '--port': 99999 is not in the range 0<=x<=65535."
    ]


def test_public_serve_searches_the_snapshot_with_its_own_index(crawl: Crawl, tmp_path) -> None:
    from iria_archive.serve import prepare_search_index, snapshot_archive

    snapshot = snapshot_archive(str(crawl.db_path), str(tmp_path))
    note = prepare_search_index(str(crawl.db_path), str(snapshot))
    assert note == "search index: copied for the snapshot"
    assert (tmp_path / "archive.db.search" / "state.json").is_file()
