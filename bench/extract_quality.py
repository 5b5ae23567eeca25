"""Extraction quality: our body text against hand-marked bodies of news pages we never tuned on.

    uv run python bench/extract_quality.py              # both halves, per-page losses listed
    uv run python bench/extract_quality.py --split dev  # the half rules may be tuned on
    uv run python bench/run.py --only quality           # the bench stage (extract.f1 ...)

The pages: bench/data/fundus/ (176 news pages of 176 publishers in 30 countries, from the
fundus project's parser tests, MIT; see its README). Each page's truth is the article body
fundus's hand-written, per-publisher parser reads from it (section headlines and
paragraphs; the teaser/summary is left out). The pages are split in two halves by a hash
of their name: `dev` (rules may be tuned on it) and `held-out` (scored only to report).

The score is the one of Zyte's article-extraction-benchmark, written down here:

    tokens(t)    = re.findall(r"\\w+", t)                (case kept, Unicode word chars)
    shingles(t)  = multiset of the 4-grams of tokens(t)  (a text of < 4 tokens: 1 shingle)
    tp = |S_true ∩ S_pred|, fp = |S_pred - S_true|, fn = |S_true - S_pred|  (multisets)
    per page:    P = tp / (tp + fp),  R = tp / (tp + fn)  (P = R = 1 when fp = fn = 0;
                 0 when tp = 0; an empty extraction counts as P = R = 0 here)
    F1           = 2 * mean(P) * mean(R) / (mean(P) + mean(R))   (means over pages)

A page's own F1 (2PR / (P + R)) decides whether ours is "worse than trafilatura" there
(by more than 0.001, so float noise is no loss).

Extractors: ours (`pipelines.extract.extract_article`, generic profile), trafilatura 2.3.1
in its three settings (default, favor_precision, favor_recall; "best" = the best on the
dev half, also used for the per-page comparison), and readability (trafilatura's port of
readability-lxml, `trafilatura.readability_lxml.Document(tree).summary()`, as text).
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import re
import statistics
import sys
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))  # `python bench/extract_quality.py` from anywhere

DATA = REPO / "bench" / "data" / "fundus"
_TOKEN = re.compile(r"\w+")


@dataclass(frozen=True)
class Page:
    name: str
    url: str
    html: str
    truth: str

    @property
    def split(self) -> str:
        """`dev` or `held-out`, by a hash of the name (stable, independent of the rules)."""
        return "dev" if hashlib.sha1(self.name.encode()).digest()[0] % 2 == 0 else "held-out"


def load_pages(folder: Path = DATA) -> list[Page]:
    truth = json.loads((folder / "truth.json").read_text("utf-8"))
    pages = []
    for name, entry in sorted(truth.items()):
        raw = gzip.decompress((folder / "pages" / f"{name}.html.gz").read_bytes())
        pages.append(Page(name, entry["url"], raw.decode("utf-8", "replace"), entry["body"]))
    return pages


# -- the score ---------------------------------------------------------------------------


def _shingles(text: str, n: int = 4) -> Counter[tuple[str, ...]]:
    tokens = _TOKEN.findall(text)
    if len(tokens) < n:
        return Counter([tuple(tokens)] if tokens else [])
    return Counter(tuple(tokens[i : i + n]) for i in range(len(tokens) - n + 1))


def precision_recall(truth: str, predicted: str) -> tuple[float, float]:
    """One page's shingle precision and recall (the formula in the module docstring)."""
    true, pred = _shingles(truth), _shingles(predicted)
    tp = sum((true & pred).values())
    fp = sum((pred - true).values())
    fn = sum((true - pred).values())
    if fp == fn == 0:
        return 1.0, 1.0
    return (tp / (tp + fp) if tp else 0.0), (tp / (tp + fn) if tp else 0.0)


def page_f1(truth: str, predicted: str) -> float:
    p, r = precision_recall(truth, predicted)
    return 2 * p * r / (p + r) if p + r else 0.0


def corpus_f1(pairs: list[tuple[str, str]]) -> dict[str, float]:
    """F1 of mean precision and mean recall over pages, as article-extraction-benchmark."""
    scores = [precision_recall(truth, predicted) for truth, predicted in pairs]
    p = statistics.mean(s[0] for s in scores)
    r = statistics.mean(s[1] for s in scores)
    return {"f1": 2 * p * r / (p + r) if p + r else 0.0, "precision": p, "recall": r}


# -- the extractors -----------------------------------------------------------------------

Extractor = Callable[[Page], str]


def ours(page: Page) -> str:
    from iria_archive.extraction.article import ExtractionError, extract_article
    from iria_archive.model.profile import GENERIC_PROFILE

    try:
        return extract_article(page.html, page.url, profile=GENERIC_PROFILE).text
    except ExtractionError:
        return ""


def trafilatura_setting(setting: str) -> Extractor:
    """trafilatura.extract with the options extraction uses, in one of its settings."""

    def run(page: Page) -> str:
        import trafilatura

        options: dict[str, Any] = dict(include_comments=False, include_tables=True)
        if setting != "default":
            options[setting] = True
        return trafilatura.extract(page.html, url=page.url, **options) or ""

    return run


def readability(page: Page) -> str:
    import lxml.html
    from trafilatura import load_html
    from trafilatura.readability_lxml import Document

    try:
        summary = Document(load_html(page.html)).summary()
    except Exception:  # readability gives up on some pages (no candidates): nothing found
        return ""
    tree = lxml.html.fromstring(summary)
    for block in tree.iter("p", "div", "li", "h1", "h2", "h3", "h4", "br", "tr"):
        block.tail = "\n" + (block.tail or "")  # words of adjacent blocks stay apart
    return tree.text_content()


TRAFILATURA_SETTINGS = ("default", "favor_precision", "favor_recall")


def run_all(pages: list[Page]) -> dict[str, dict[str, str]]:
    """Every extractor's text of every page: {extractor: {page name: text}}."""
    extractors: dict[str, Extractor] = {"ours": ours, "readability": readability}
    for setting in TRAFILATURA_SETTINGS:
        extractors[f"trafilatura/{setting}"] = trafilatura_setting(setting)
    return {label: {p.name: run(p) for p in pages} for label, run in extractors.items()}


def bench_quality(pages: list[Page] | None = None) -> dict[str, Any]:
    """F1 of ours, trafilatura (best setting on dev) and readability, on each half."""
    pages = load_pages() if pages is None else pages
    outputs = run_all(pages)
    halves = {s: [p for p in pages if p.split == s] for s in ("dev", "held-out")}

    def f1(label: str, half: list[Page]) -> float:
        return corpus_f1([(p.truth, outputs[label][p.name]) for p in half])["f1"]

    tuned_on = halves["dev"] or pages
    best = max(TRAFILATURA_SETTINGS, key=lambda s: f1(f"trafilatura/{s}", tuned_on))
    figures: dict[str, Any] = {"pages": len(pages), "trafilatura_best_setting": best}
    for split, half in (("all", pages), *halves.items()):
        if not half:
            continue
        suffix = "" if split == "all" else f"_{split.replace('-', '_')}"
        figures[f"f1{suffix}"] = f1("ours", half)
        figures[f"f1_trafilatura{suffix}"] = f1(f"trafilatura/{best}", half)
        figures[f"f1_readability{suffix}"] = f1("readability", half)
        for setting in TRAFILATURA_SETTINGS:
            figures[f"f1_trafilatura_{setting}{suffix}"] = f1(f"trafilatura/{setting}", half)
        losses = [
            p.name
            for p in half
            if page_f1(p.truth, outputs["ours"][p.name])
            < page_f1(p.truth, outputs[f"trafilatura/{best}"][p.name]) - 0.001
        ]
        figures[f"pages_worse_than_trafilatura{suffix}"] = len(losses)
        if split == "all":
            figures["worse_than_trafilatura"] = ", ".join(losses)
    return figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=["dev", "held-out"], help="score one half only")
    parser.add_argument("--pages", action="store_true", help="print every page's F1")
    args = parser.parse_args(argv)
    pages = load_pages()
    if args.split:
        pages = [p for p in pages if p.split == args.split]
    if args.pages:
        outputs = run_all(pages)
        for p in pages:
            row = {k: round(page_f1(p.truth, v[p.name]), 3) for k, v in outputs.items()}
            print(p.name, p.split, json.dumps(row))
        return 0
    for key, value in bench_quality(pages).items():
        print(
            f"quality.{key} {value:.4f}" if isinstance(value, float) else f"quality.{key} {value}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
