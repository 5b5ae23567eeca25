"""The search page in a real headless Chromium, served by `iria-archive serve --public`."""

from __future__ import annotations

import os
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from datasette.utils import tilde_encode

from tests.conftest import HOSTILE, REPO

CHROMIUM = Path("/usr/bin/chromium")  # Debian's package; .ci/run installs it
ARTIFACTS = REPO / "test-artifacts"
# Headless and quiet: no first-run pages, no calls home (the test must stay offline).
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]

if not CHROMIUM.exists() and not os.environ.get("CI"):
    pytest.skip("no /usr/bin/chromium (apt-get install chromium)", allow_module_level=True)


def free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(hostile_archive: Path) -> Iterator[str]:
    """`iria-archive serve --public` on the archive with planted hostile HTML."""
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "iria_archive", "serve", "--public"]
        + ["--db", str(hostile_archive), "--port", str(port)],
        cwd=REPO,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(200):
            try:
                with urllib.request.urlopen(f"{base}/-/versions.json", timeout=5):
                    break
            except OSError:
                time.sleep(0.1)
        else:
            raise AssertionError("serve did not answer")
        yield base
    finally:
        process.terminate()
        process.wait(timeout=10)


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser) -> Iterator[object]:
    page = browser.new_page()
    page.dialogs = []  # every alert()/confirm() a page tries; must stay empty
    page.on("dialog", lambda dialog: (page.dialogs.append(dialog.message), dialog.dismiss()))
    yield page
    page.close()


def test_reader_searches_and_sees_the_match_highlighted(server: str, page, replica) -> None:
    vucic = replica.site.post_url(replica.site.traps["vucic"])
    page.goto(f"{server}/archive/search")
    page.fill("input[name=q]", "Vucic")
    page.press("input[name=q]", "Enter")
    page.wait_for_selector("table.rows-and-columns")
    assert page.locator("td.col-url a").all_inner_texts() == [vucic]
    assert page.locator("td.col-snippet mark").all_inner_texts() == ["Vučić"]
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "search-vucic.png"), full_page=True)
    assert page.dialogs == []


def test_the_planted_html_would_run_if_a_page_let_it_through(page) -> None:
    """The check below can fail: the same HTML, put in a page raw, does run."""
    page.set_content(f"<p>{HOSTILE}</p>")
    assert page.evaluate("window.__xss") in ("script", "img")


def test_planted_script_never_runs(server: str, page, replica) -> None:
    url = replica.site.post_url(replica.site.traps["script"])
    page.goto(f"{server}/archive/search?q=hostilemarker")
    page.wait_for_selector("td.col-snippet mark")
    assert page.locator("td.col-url a").all_inner_texts() == [url]
    assert "<script>" in page.locator("td.col-snippet").inner_text()  # shown as text
    assert page.evaluate("window.__xss") is None
    page.goto(f"{server}/archive/articles/{tilde_encode(url)}")
    markdown = page.locator("td.col-markdown")
    assert markdown.locator("p").count() > 1  # rendered, readable
    assert markdown.locator("script, img[onerror], a[href^='javascript:']").count() == 0
    for link in page.locator("a").all():
        link_href = link.get_attribute("href") or ""
        assert not link_href.lower().startswith("javascript:")
    page.screenshot(path=str(ARTIFACTS / "article-hostile.png"), full_page=True)
    assert page.evaluate("window.__xss") is None
    assert page.dialogs == []
