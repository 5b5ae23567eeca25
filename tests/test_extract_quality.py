"""Extraction against hand-marked article bodies of real news pages (bench/data/fundus/).

The expected text is the page's truth, the body fundus's per-publisher parser reads from
the page (bench/data/fundus/README.md), never our own output. These pages are from the
dev half of the quality bench (bench/extract_quality.py), the half the second opinion
(iria_archive/extraction/second_opinion.py) was tuned on.
"""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterator
from functools import cache
from pathlib import Path

import lxml.html
import pytest

from iria_archive.extraction.article import ExtractionError, extract_article
from iria_archive.model.profile import GENERIC_PROFILE

DATA = Path(__file__).resolve().parent.parent / "bench" / "data" / "fundus"


@cache
def _truth() -> dict[str, dict[str, str]]:
    return json.loads((DATA / "truth.json").read_text("utf-8"))


def _page(name: str) -> tuple[str, str, list[str]]:
    """(html, url, the hand-marked body's paragraphs, whitespace-normalised)."""
    html = gzip.decompress((DATA / "pages" / f"{name}.html.gz").read_bytes()).decode("utf-8")
    entry = _truth()[name]
    return html, entry["url"], [" ".join(p.split()) for p in entry["body"].split("\n\n")]


def _missing_or_repeated(paragraphs: list[str], text: str) -> list[str]:
    """The body's paragraphs not in `text`, or in it twice (a sentence-long one: a short
    heading such as "Music" may well be a word of another paragraph)."""
    return [p for p in paragraphs if p not in text or (len(p.split()) >= 10 and text.count(p) > 1)]


def _extracted(name: str) -> str:
    html, url, _ = _page(name)
    return " ".join(extract_article(html, url, profile=GENERIC_PROFILE).text.split())


def test_a_body_cut_in_the_middle_is_whole_again() -> None:
    """trafilatura's precise run drops six paragraphs from the middle of this article
    (the plaques' inscriptions); every paragraph of the body is there, once."""
    _, _, paragraphs = _page("us_LATimes")
    text = _extracted("us_LATimes")
    assert _missing_or_repeated(paragraphs, text) == []


def test_paragraphs_in_wrappers_of_their_own_are_put_back() -> None:
    """Nine body paragraphs, each in a wrapper of its own, were dropped; all come back
    but one, a short line the recall run does not have between two kept paragraphs."""
    _, _, paragraphs = _page("uk_BBC")
    text = _extracted("uk_BBC")
    assert _missing_or_repeated(paragraphs, text) == [
        "It also co-ordinates military plans and carries out joint military exercises."
    ]


def test_teasers_between_paragraphs_stay_out() -> None:
    """The page's teasers to other stories are prose between the body's paragraphs too
    (the recall run keeps them): their markup is not the body's, they stay out."""
    html, _, paragraphs = _page("de_MDR")
    teasers = [
        "Eine fünfköpfige Motoradstaffel der Johanniter aus der Börde hilft auf der Autobahn 2.",
        "Nach der Hitzewelle prüft Sachsen-Anhalt noch mögliche Folgen in Pflegeheimen.",
    ]
    assert all(teaser in " ".join(html.split()) for teaser in teasers)
    text = _extracted("de_MDR")
    assert [teaser for teaser in teasers if teaser in text] == []
    assert text.startswith(paragraphs[0])


@pytest.mark.parametrize("name", ["us_VoiceOfAmerica", "uk_TheTelegraph"])
def test_a_whole_extraction_is_left_as_it_is(name: str) -> None:
    """A page whose body trafilatura reads whole: every paragraph, once."""
    _, _, paragraphs = _page(name)
    text = _extracted(name)
    assert _missing_or_repeated(paragraphs, text) == []


def test_a_thin_extraction_is_read_whole() -> None:
    """trafilatura's precise run keeps 3 of the article's 24 paragraphs; its balanced
    run reads the article whole but for two paragraphs it does not print."""
    _, _, paragraphs = _page("be_PoliticoEu")
    text = _extracted("be_PoliticoEu")
    assert [p[:40] for p in _missing_or_repeated(paragraphs, text)] == [
        "Connolly faced questioning from supporte",
        "Connolly in 2018 joined Daly and Wallace",
    ]


@pytest.mark.parametrize(
    ("name", "line"),
    [
        ("ch_ZwanzigMinuten", "Wie hältst du dich und dein Immunsystem fit"),
        ("ca_CBCNews", "WATCH | Palestinians react to Sinwar"),
        ("ch_TagesAnzeiger", "In Kürze:"),
        ("ind_TimesOfIndia", "You Can Also Check:"),
    ],
)
def test_bold_text_outside_any_paragraph_is_not_a_line_of_the_article(name: str, line: str) -> None:
    """A bold label or call to action alone in a <div> (an info box, a video's "WATCH"
    line) is not the article's: trafilatura keeps it only as bold text, which it makes
    a paragraph of its own. The body around it is all there."""
    _assert_left_out(name, line)


def _assert_left_out(name: str, line: str) -> None:
    """`line` is on the page, not in its body, not in our text; the body's end is."""
    html, _, paragraphs = _page(name)
    assert line in " ".join(html.split())
    assert all(line not in paragraph for paragraph in paragraphs)
    text = _extracted(name)
    assert line not in text
    assert paragraphs[-1] in text


def _joined_in_source(html: str) -> Iterator[tuple[str, str]]:
    """(the words as the page shows them, the same words run together) around each bold
    or italic run the page follows with a space."""
    tree = lxml.html.fromstring(html)
    for node in tree.iter("b", "strong", "i", "em"):
        before = node.text_content().split()
        tail = (node.tail or "")[:80]
        if before and tail[:1].isspace() and (after := tail.split()):
            shown = f"{before[-1]} {after[0]}"
            yield shown, shown.replace(" ", "")


def test_the_space_after_bold_or_italic_text_stays() -> None:
    """ "<b>Label:</b> Text" reads "Label: Text", never "Label:Text", on 176 real pages."""
    run_together = []
    for name in sorted(_truth()):
        html, url, _ = _page(name)
        try:
            text = extract_article(html, url, profile=GENERIC_PROFILE).text
        except ExtractionError:
            continue
        page_text = " ".join(lxml.html.fromstring(html).text_content().split())
        for shown, joined in _joined_in_source(html):
            if joined in text and joined not in page_text and shown not in text:
                run_together.append(f"{name}: {joined!r}")
    assert run_together == []


@pytest.mark.parametrize(
    ("name", "line"),
    [
        ("at_DiePresse", "Gastkommentare und Beiträge von externen Autorinnen und Autoren"),
        ("fr_LesEchos", "Lire aussi"),
        ("es_ABC", "Noticia relacionada"),
        ("jp_MainichiShimbun", "中東諸国の動きについて詳報します"),
    ],
)
def test_a_box_of_links_goes_with_its_label(name: str, line: str) -> None:
    """A "Read also" box, a disclaimer box ending in ">>> More opinion", a teaser to a
    dossier: their links tell them from the article, so their labels and notes go
    with them. The article's own paragraphs are all there."""
    _assert_left_out(name, line)


def test_a_sentence_that_is_mostly_a_link_is_the_articles() -> None:
    """ "Prince <a>Harry made a heartbreaking response … Cottage</a> last year.": a body
    paragraph whose words are mostly one link to the site is a sentence, not a
    related-link line."""
    _, _, paragraphs = _page("uk_Express")
    sentence = "Prince Harry made a heartbreaking response to King Charles after his eviction"
    assert any(paragraph.startswith(sentence) for paragraph in paragraphs)
    assert sentence in _extracted("uk_Express")


def test_a_sentence_left_loose_after_an_ad_slot_is_kept() -> None:
    """The article's last sentence sits loose after an emptied ad slot, behind a
    paragraph with bold text: trafilatura keeps it in its plain reading only. Every
    paragraph of the body is there, once."""
    _, _, paragraphs = _page("it_IlGiornale")
    assert paragraphs[-1].startswith("Questa dinamica, al momento")
    assert _missing_or_repeated(paragraphs, _extracted("it_IlGiornale")) == []


@pytest.mark.parametrize(
    ("name", "line"),
    [
        ("uk_TechRadar", "A 38-year industry veteran and award-winning journalist"),
        ("uk_TechRadar", "Sign up for breaking news, reviews, opinion"),
        ("us_Reuters", "Reuters visuals journalist Issam Abdallah takes a selfie"),
        ("us_Reuters", "Sexually transmitted infections surged across Europe"),
    ],
)
def test_captions_related_stories_newsletters_and_author_bios_stay_out(
    name: str, line: str
) -> None:
    """Boxes most news sites mark by class ("…caption…", "…related…", "…newsletter…",
    "author-bio"), on sites that are not WordPress: not the article's text."""
    _assert_left_out(name, line)
