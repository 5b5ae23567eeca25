"""The article page's body: the article's own words, block for block, its web addresses as
links, and nothing live.

Real pages (tests/regression/pages.tar.xz, tests/pages/) are extracted as the crawl extracts
them, stored, and their article pages read through Datasette as a reader gets them. What
the page must show comes from the article itself: its `text` column, the same extraction
without formatting, one line per paragraph, heading and list item. The body is rendered
from the `markdown` column, so this checks that what trafilatura marked up (bold around
punctuation, italic quotes, escaped characters, lists, headings) reads as the text it
marks, with no stray `*`, `\\` or lost paragraph.
"""

from __future__ import annotations

import asyncio
import re
import tarfile
from pathlib import Path

import pytest
from datasette.app import Datasette
from datasette.utils import tilde_encode
from lxml import html as lxml_html

from iria_archive.archive.rows import article_row, open_archive, upsert_article
from iria_archive.extraction.article import extract_article
from iria_archive.serve import SETTINGS, archive_metadata
from iria_archive.web.article import render_markdown
from tests.conftest import REPO

REGRESSION = REPO / "tests" / "regression" / "pages.tar.xz"
# Real pages with the structure an article has: headings of every level, bulleted and
# numbered lists, bold and italic (also around punctuation and quotes, which CommonMark's
# strict rules would leave as literal asterisks), inline code, escaped characters, and
# web addresses in the text.
REGRESSION_PAGES = [
    "adac.de.kindersitze.html",  # h1, h2, lists, bold list items
    "brigitte.de.ikigai.html",  # numbered and bulleted lists, italic
    "incurvy.de.wellness.html",  # many lists, bold and italic
    "befifty.montauk.html",  # bold around a full stop (`Montauk**.**`), web addresses
    "meedia.de.freenet.html",  # an interview: `**Name:**Answer`
    "correctiv.org.zusage.html",  # italic quotation marks (`„Extrablatt*“*.`)
    "blog.mondediplo.net.turpitude.html",  # italic French quotations
    "erp-news.info.interview.html",  # bold question marks in headings
    "modepilot.de.duschkopf.html",
    "phys.org.tool.html",  # `**More information:**Marcel`, a web address
    "franziska-elea.de.vuitton.html",  # an escaped `<` (`Sonntag \<3`)
    "moritz-meyer.net.vreni.html",  # h5 headings, a numbered list, a web address
    "stackoverflow.com.rust.html",  # inline code
    "changelog.blog.zwischenbilanz.html",  # h6 headings
]
SAVED_PAGES = [
    "seed-article.html",
    *sorted(f"wp61/{p.name}" for p in (REPO / "tests/pages/wp61").glob("*.html")),
]
BLOCKS = ("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "pre")
# A web address as a reader sees one in the text: a scheme, or www.
WEB_ADDRESS = re.compile(r"(?<![\w/.@])(?:https?://|www\.)[^\s<>\"“”]+[\w/]")


def real_pages() -> list[tuple[str, bytes]]:
    with tarfile.open(REGRESSION) as tar:
        members = {Path(m.name).name: m for m in tar.getmembers() if m.isfile()}
        pages = [(name, tar.extractfile(members[name]).read()) for name in REGRESSION_PAGES]
    return pages + [(name, (REPO / "tests/pages" / name).read_bytes()) for name in SAVED_PAGES]


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, dict]]:
    """An archive of the real pages' articles, and each stored row by page name."""
    db_path = tmp_path_factory.mktemp("render") / "archive.db"
    db = open_archive(str(db_path))
    rows = {}
    for name, html in real_pages():
        # A URL of its own: the saved WordPress pages share one canonical URL.
        url = f"https://example.org/{name.replace('/', '-')}/"
        article = {**extract_article(html, url).as_dict(), "url": url, "extractor": "test"}
        assert upsert_article(db, article_row(article, "2026-01-01T00:00:00+00:00")) == "new"
        rows[name] = db["articles"].get(url)
    db.close()
    return db_path, rows


def article_bodies(db_path: Path, urls: list[str]) -> list[lxml_html.HtmlElement]:
    """The body element of each article page, as Datasette serves it."""

    async def fetch() -> list[lxml_html.HtmlElement]:
        datasette = Datasette(
            files=[str(db_path)], metadata=archive_metadata(str(db_path)), settings=SETTINGS
        )
        await datasette.invoke_startup()
        bodies = []
        for url in urls:
            response = await datasette.client.get(f"/archive/articles/{tilde_encode(url)}")
            assert response.status_code == 200
            (body,) = lxml_html.fromstring(response.text).find_class("body")
            bodies.append(body)
        return bodies

    return asyncio.run(fetch())


def words(element: lxml_html.HtmlElement) -> str:
    return " ".join(element.text_content().split())


def blocks(body: lxml_html.HtmlElement) -> list[str]:
    """The text of each paragraph, heading, list item and code block, in order."""
    return [words(e) for e in body.iter(*BLOCKS) if not (e.tag == "li" and e.find("p") is not None)]


def text_lines(text: str) -> list[str]:
    """The article's plain text, a line per block, without the list markers it writes."""
    lines = (" ".join(line.split()) for line in text.split("\n"))
    return [re.sub(r"^([-*+]|\d+[.)]) ", "", line) for line in lines if line]


def test_the_article_page_shows_the_articles_text_block_for_block(archive) -> None:
    db_path, rows = archive
    bodies = article_bodies(db_path, [row["url"] for row in rows.values()])
    # The regression pages' Markdown has markup: the rendering is what is checked.
    assert all(rows[name]["markdown"] != rows[name]["text"] for name in REGRESSION_PAGES)
    for (name, row), body in zip(rows.items(), bodies, strict=True):
        assert blocks(body) == text_lines(row["text"]), name


def test_formatting_marks_become_bold_and_italic_not_asterisks(archive) -> None:
    db_path, rows = archive
    names = ["meedia.de.freenet.html", "befifty.montauk.html", "correctiv.org.zusage.html"]
    meedia, befifty, correctiv = article_bodies(db_path, [rows[n]["url"] for n in names])
    assert "Christoph Vilanek:" in [words(e) for e in meedia.iter("strong")]
    assert "." in [words(e) for e in befifty.iter("strong")]
    assert "“" in [words(e) for e in correctiv.iter("em")]
    for name, body in zip(names, (meedia, befifty, correctiv), strict=True):
        # Asterisks only where the article writes them (befifty's `*** mein Favorit ***`).
        assert body.text_content().count("*") == rows[name]["text"].count("*"), name


def test_web_addresses_in_the_text_are_links_to_themselves(archive) -> None:
    db_path, rows = archive
    bodies = article_bodies(db_path, [row["url"] for row in rows.values()])
    linked = 0
    for (name, row), body in zip(rows.items(), bodies, strict=True):
        written = [
            f"http://{address}" if address.startswith("www.") else address
            for address in WEB_ADDRESS.findall(row["text"])
        ]
        hrefs = [a.get("href") for a in body.iter("a")]
        assert [h for h in hrefs if h in written] == written, name
        for a in body.iter("a"):
            assert a.get("rel") == "nofollow noopener noreferrer", name
        linked += len(written)
    assert linked >= 8  # befifty's seven, moritz-meyer's one (phys.org's was its citation line)


# Markdown an article's text could hold if a hostile page got past extraction: raw HTML,
# script URLs in every Markdown link form, attributes markdown-it writes that the old
# renderer (bleach) did not allow.
HOSTILE = """<script>window.__xss = 1</script>

<img src="x" onerror="window.__xss = 2"> <iframe src="https://evil.example/"></iframe>

<p style="color: red" onclick="window.__xss = 3">styled</p>

[a link](javascript:window.__xss=4) [another](JaVaScRiPt:alert(5)) [data](data:text/html,x)

<javascript:alert(6)> [vb](vbscript:msgbox(7)) ![pic](javascript:alert(8))

[titled](https://example.org/ "a title") ![pixel](https://tracker.example/p.gif "t")

---

```html
<script>alert(9)</script>
```
"""
# bleach's allow-list in datasette-render-markdown 2.2.1, and ol[start] (a list's number).
ALLOWED_TAGS = {"a", "abbr", "acronym", "b", "blockquote", "code", "em", "i", "li", "ol"}
ALLOWED_TAGS |= {"strong", "ul", "pre", "p", "h1", "h2", "h3", "h4", "h5", "h6", "img"}
ALLOWED_ATTRIBUTES = {"a": {"href", "rel"}, "img": {"src", "alt", "style"}, "ol": {"start"}}


def test_hostile_markdown_is_shown_as_text_and_nothing_runs() -> None:
    html = str(render_markdown(HOSTILE))
    root = lxml_html.fragment_fromstring(html, create_parent="div")
    (wrapper,) = root
    assert (wrapper.tag, wrapper.attrib) == ("div", {"style": "white-space: normal"})
    for element in wrapper.iterdescendants():
        assert element.tag in ALLOWED_TAGS, element.tag
        assert set(element.attrib) <= ALLOWED_ATTRIBUTES.get(element.tag, set()), element.attrib
        for name in ("href", "src"):
            value = element.get(name)
            assert value is None or value.startswith("https://"), value
    # A web address written in the text is a link, as bleach's linkify made it; no other.
    hrefs = [a.get("href") for a in wrapper.iter("a")]
    assert hrefs == ["https://evil.example/", "https://example.org/"]
    assert [(i.get("src"), i.get("style")) for i in wrapper.iter("img")] == [
        ("https://tracker.example/p.gif", "max-width: 100%")
    ]
    shown = wrapper.text_content()
    # Raw HTML reads as what it is, as the old renderer showed it.
    for written in (
        "<script>window.__xss = 1</script>",
        '<img src="x" onerror="window.__xss = 2">',
        '<p style="color: red" onclick="window.__xss = 3">styled</p>',
        "[a link](javascript:window.__xss=4)",
        "<javascript:alert(6)>",
        "<script>alert(9)</script>",
    ):
        assert written in shown, written
