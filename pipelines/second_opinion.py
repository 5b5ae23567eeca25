"""A second opinion where trafilatura's precise extraction looks cut: paragraphs it dropped
from the middle of the article, put back.

trafilatura in its precision setting (pipelines/extract.py) sometimes drops whole body
paragraphs in the middle of an article: a paragraph in a wrapper of its own, a run of
paragraphs between two embeds. Its recall setting keeps them, but with them teasers,
captions and widgets. So the recall run is only a source of candidates, asked for only when
the first extraction holds clearly less prose than the page (`_prose_words`, one pass over
the page's <p>, no second extraction), and a candidate goes in only when everything says it is
more of the same body:

- it sits between two paragraphs the first extraction kept (a gap, not an appendix);
- it is prose: a paragraph (no list item, heading or caption), of at least
  `MIN_WORDS` words, ending as a sentence ends, printed once;
- it is new: most of its 4-word shingles are not in the first extraction already;
- its markup is the markup of the kept paragraphs: the same tags and classes on it and
  its `SIGNATURE_DEPTH` nearest ancestors (a teaser or a widget is marked up otherwise).

Measured on bench/data/fundus (bench/extract_quality.py), tuned on its dev half only.
"""

from __future__ import annotations

import logging
import re
from collections import Counter
from copy import deepcopy

import trafilatura
from lxml.etree import _Element
from lxml.html import HtmlElement
from trafilatura.settings import Document

logger = logging.getLogger(__name__)

# The first extraction holds less than this share of the page's prose: ask again.
CUT_SHARE = 0.8
# A prose paragraph: this many words at least, ending as a sentence ends.
MIN_WORDS = 10
_SENTENCE_END = tuple(".!?\"'):”“»’")
# A candidate sharing this share of its shingles with the first extraction is a repeat.
MAX_SEEN_SHARE = 0.2
# Tags and classes compared: the paragraph's own and its ancestors' up to this depth.
SIGNATURE_DEPTH = 3
_WORD = re.compile(r"\w+")


def _is_prose(text: str) -> bool:
    """A paragraph of MIN_WORDS words or more ending as a sentence ends (`text` stripped)."""
    return text.endswith(_SENTENCE_END) and len(text.split()) >= MIN_WORDS


def second_opinion(
    tree: HtmlElement, url: str, body: _Element, prune_xpath: list[str]
) -> _Element | None:
    """`body` with the body paragraphs it lost put back in place, or None when it lost
    none (see the module docstring); `tree` is the page extracted, `body` trafilatura's
    precise extraction of it."""
    extracted = " ".join(body.itertext())
    if len(extracted.split()) >= CUT_SHARE * _prose_words(tree):
        return None  # sound: no second extraction
    prose = [(p, text) for p in tree.iter("p") if _is_prose(text := _text(p))]
    gaps = _gaps(prose, {_text(child) for child in body}, extracted)
    return _fill(tree, url, body, prune_xpath, gaps) if gaps else None


def _prose_words(tree: HtmlElement) -> int:
    """Words of the page's prose paragraphs: the cheap test every page pays."""
    words = 0
    for paragraph in tree.iter("p"):
        text = paragraph.text_content().rstrip()
        if text.endswith(_SENTENCE_END) and (n := len(text.split())) >= MIN_WORDS:
            words += n
    return words


def _gaps(prose: list[tuple[HtmlElement, str]], kept: set[str], extracted: str) -> set[str]:
    """Prose paragraphs of the page between two kept ones, marked up as the kept ones,
    printed once, not in the extraction already: what the extraction may have lost."""
    at = [i for i, (_, text) in enumerate(prose) if text in kept]
    if len(at) < 2:
        return set()
    signatures = {_signature(prose[i][0]) for i in at}
    printed = Counter(text for _, text in prose)
    candidates = {
        text
        for paragraph, text in prose[at[0] + 1 : at[-1]]
        if text not in kept and printed[text] == 1 and _signature(paragraph) in signatures
    }
    if not candidates:
        return candidates
    seen = _shingles(extracted)
    return {text for text in candidates if _seen_share(text, seen) < MAX_SEEN_SHARE}


def _fill(
    tree: HtmlElement, url: str, body: _Element, prune_xpath: list[str], gaps: set[str]
) -> _Element | None:
    """The second opinion: trafilatura's recall run. A gap it prints as a paragraph
    between two paragraphs of `body` goes in after the first of them."""
    recall = trafilatura.bare_extraction(
        tree,
        url=url,
        prune_xpath=prune_xpath,
        favor_recall=True,
        with_metadata=False,
        include_comments=False,
        include_formatting=True,
        include_tables=True,
        include_images=False,
        include_links=False,
        deduplicate=False,
    )
    if not isinstance(recall, Document) or recall.body is None:
        return None
    kept = {_text(child) for child in body}
    # kept paragraph -> the gaps after it; only a gap closed by a kept paragraph after it
    after: dict[str, list[_Element]] = {}
    previous: str | None = None
    pending: list[_Element] = []
    for child in recall.body:
        text = _text(child)
        if text in kept:
            if previous is not None and pending:
                after.setdefault(previous, []).extend(pending)
            previous, pending = text, []
        elif previous is not None and child.tag == "p" and text in gaps:
            pending.append(child)
    if not after:
        return None
    logger.debug("second opinion: %d paragraphs put back on %s", sum(map(len, after.values())), url)
    merged = deepcopy(body)
    for kept_child in list(merged):  # each run of paragraphs once, after the first copy
        for child in reversed(after.pop(_text(kept_child), [])):
            kept_child.addnext(deepcopy(child))
    return merged


def _text(element: _Element) -> str:
    return " ".join("".join(element.itertext()).split())


def _shingles(text: str) -> Counter[tuple[str, ...]]:
    tokens = _WORD.findall(text)
    return Counter(tuple(tokens[i : i + 4]) for i in range(max(1, len(tokens) - 3)))


def _seen_share(text: str, seen: Counter[tuple[str, ...]]) -> float:
    own = _shingles(text)
    return sum((own & seen).values()) / max(1, sum(own.values()))


def _signature(element: HtmlElement) -> tuple[tuple[str, str], ...]:
    chain = [element, *element.iterancestors()][: SIGNATURE_DEPTH + 1]
    return tuple((str(e.tag), " ".join(sorted((e.get("class") or "").split()))) for e in chain)
