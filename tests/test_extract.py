"""Extraction on saved pages: exact fields, boilerplate gone, trap paragraphs kept."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from iria_archive.extraction.article import ExtractionError, extract_article
from replica import build_site
from replica.render import BOILERPLATE_STRINGS

PAGES = Path(__file__).parent / "pages"
SEED_BOILERPLATE = [
    "Related Articles",
    "Leave a comment",
    "Copyright ©",
    "IRIA is a research institute",
    "editor@ir-ia.com",
    "Subscribe to IRIA News",
    "Enter your email address:",
    "Back to Top",
    "No Comments on",
    "Image Credit",
    "Skip to content",
    "Post Comment",
]
FIELDS = [
    "url",
    "title",
    "author",
    "published",
    "modified",
    "categories",
    "tags",
    "description",
    "image_url",
    "image_caption",
    "text",
    "language",
]


def test_real_article_page_gives_exactly_its_body_and_metadata() -> None:
    """tests/pages/seed-article.html carries the text of a real IRIA page (../shared/seed)."""
    expected = json.loads((PAGES / "seed-article.expected.json").read_text("utf-8"))
    html = (PAGES / "seed-article.html").read_text("utf-8")
    article = extract_article(html, expected["url"] + "?utm_source=twitter")
    assert {f: getattr(article, f) for f in FIELDS} == expected
    for needle in SEED_BOILERPLATE:
        assert needle not in article.text
    assert article.word_count == len(expected["text"].split())
    assert article.markdown == article.text  # plain paragraphs: nothing to mark up


@pytest.fixture(scope="module")
def site():
    return build_site("http://127.0.0.1:8123")


def test_every_replica_article_extracts_to_its_truth(site) -> None:
    for truth in site.expected_articles("europe", page_only=True):
        status, _headers, body = site.respond("GET", truth["url"].removeprefix(site.base_url))
        assert status == 200
        article = extract_article(body.decode("utf-8"), truth["url"])
        assert {f: getattr(article, f) for f in FIELDS} == {f: truth[f] for f in FIELDS}
        for needle in BOILERPLATE_STRINGS:
            assert needle not in article.text, (truth["url"], needle)


def test_markdown_keeps_the_structure(site) -> None:
    with_heading = next(
        p for p in site.posts if any(b.kind == "h2" for b in p.blocks) and not p.deleted
    )
    with_list = next(
        p for p in site.posts if any(b.kind == "ul" for b in p.blocks) and not p.deleted
    )
    for post, marker in [(with_heading, "## "), (with_list, "- ")]:
        url = site.post_url(post)
        _status, _headers, body = site.respond("GET", url.removeprefix(site.base_url))
        article = extract_article(body, url)
        block = next(b for b in post.blocks if b.kind in ("h2", "ul"))
        first = block.items[0] if block.kind == "ul" else block.text
        assert f"{marker}{first}" in article.markdown.split("\n")


def test_a_page_without_article_text_is_an_extraction_error() -> None:
    with pytest.raises(ExtractionError):
        extract_article("<html><body><nav><a href='/'>Home</a></nav></body></html>", "http://x/a/")
    with pytest.raises(ExtractionError):
        extract_article("", "http://x/a/")
