"""Extraction is never worse than plain trafilatura on real pages from other sites.

The pages and their expected text are in tests/regression/ (see its README): snippets
the article must contain or must not contain, and the publisher's own JSON-LD
articleBody where there is one. The score is a token-level F1 over those expectations.
"""

from __future__ import annotations

import json
import re
import tarfile
from collections import Counter
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import trafilatura

from iria_archive.extraction.article import TRAFILATURA_OPTIONS, ExtractionError, extract_article

REGRESSION = Path(__file__).parent / "regression"
TOLERANCE = 0.02  # a page may score this much below plain trafilatura, no more
# Plain trafilatura: the options extraction uses, the text alone, no site profile.
PLAIN_OPTIONS = {**TRAFILATURA_OPTIONS, "with_metadata": False, "include_formatting": False}


@dataclass
class Score:
    """Token counts: found expected (tp), found unwanted (fp), missed expected (fn)."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: Score) -> None:
        self.tp, self.fp, self.fn = self.tp + other.tp, self.fp + other.fp, self.fn + other.fn

    @property
    def f1(self) -> float:
        precision = self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0
        recall = self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0
        return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def score(output: str, expected: dict) -> Score:
    """Snippets count their words; the publisher's text counts words as a bag."""
    text = " ".join(output.split())
    result = Score()
    for snippet in expected.get("with", []):
        words = len(snippet.split())
        if " ".join(snippet.split()) in text:
            result.tp += words
        else:
            result.fn += words
    for snippet in expected.get("without", []):
        if " ".join(snippet.split()) in text:
            result.fp += len(snippet.split())
    if "text" in expected:
        got, want = _bag(text), _bag(expected["text"])
        common = sum((got & want).values())
        result.add(Score(common, sum(got.values()) - common, sum(want.values()) - common))
    return result


def _bag(text: str) -> Counter[str]:
    return Counter(re.findall(r"\w+", text.lower()))


def ours(html: bytes, url: str) -> str:
    try:
        return extract_article(html, url).text
    except ExtractionError:
        return ""


def plain(html: bytes, url: str) -> str:
    return trafilatura.extract(html, url=url, **PLAIN_OPTIONS) or ""


@cache
def regression_scores() -> dict[str, tuple[Score, Score]]:
    """Per page: (our score, plain trafilatura's score)."""
    manifest = json.loads((REGRESSION / "manifest.json").read_text("utf-8"))["pages"]
    scores = {}
    with tarfile.open(REGRESSION / "pages.tar.xz") as archive:
        for member in archive.getmembers():
            html = archive.extractfile(member).read()
            url = f"https://regression.example/{member.name}"
            expected = manifest[member.name]
            scores[member.name] = (
                score(ours(html, url), expected),
                score(plain(html, url), expected),
            )
    assert set(scores) == set(manifest)
    return scores


def totals(scores: dict[str, tuple[Score, Score]]) -> tuple[Score, Score]:
    mine, theirs = Score(), Score()
    for our, their in scores.values():
        mine.add(our)
        theirs.add(their)
    return mine, theirs


def test_the_regression_set_is_whole() -> None:
    manifest = json.loads((REGRESSION / "manifest.json").read_text("utf-8"))["pages"]
    assert len(manifest) >= 95
    assert all(e.get("with") or e.get("text") for e in manifest.values())
    assert (
        (REGRESSION / "LICENSE")
        .read_text("utf-8")
        .startswith("                    GNU GENERAL PUBLIC LICENSE")
    )


def test_extraction_is_never_worse_than_plain_trafilatura() -> None:
    scores = regression_scores()
    mine, theirs = totals(scores)
    assert mine.f1 >= theirs.f1
    worse = {
        page: (round(our.f1, 3), round(their.f1, 3))
        for page, (our, their) in scores.items()
        if our.f1 < their.f1 - TOLERANCE
    }
    assert worse == {}


def test_the_score_sees_boilerplate_and_missing_text() -> None:
    expected = {"with": ["the article says this"], "without": ["Subscribe now"]}
    assert score("the article says this", expected).f1 == 1.0
    assert score("the article says this Subscribe now", expected).f1 < 1.0
    assert score("nothing", expected).f1 == 0.0


if __name__ == "__main__":
    per_page = regression_scores()
    mine, theirs = totals(per_page)
    print(f"pages: {len(per_page)}")
    print(f"overall F1: ours {mine.f1:.4f}, plain trafilatura {theirs.f1:.4f}")
    page, (our, their) = min(per_page.items(), key=lambda item: item[1][0].f1 - item[1][1].f1)
    print(f"largest gap: {page}: ours {our.f1:.4f}, plain {their.f1:.4f}")
    page, (our, their) = min(per_page.items(), key=lambda item: item[1][0].f1)
    print(f"worst page: {page}: ours {our.f1:.4f}, plain {their.f1:.4f}")
