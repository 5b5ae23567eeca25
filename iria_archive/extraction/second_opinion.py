"""A second opinion where trafilatura's precise extraction looks thin or cut.

trafilatura in its precision setting (article.py) sometimes keeps too little: the
first paragraphs of an article only (a thin extraction), or the article with whole body
paragraphs dropped from its middle (a paragraph in a wrapper of its own, a run of them
between two embeds). Its other settings keep them, but with them teasers, captions and
widgets. So another run is asked for only when the first extraction holds clearly less
than the page's prose (`_prose_words`: one pass over the page's <p>, the price every page
pays; no second extraction on a sound page), and its text is taken only where everything
says it is more of the same article:

- thin (under THIN_SHARE of the prose, shorter than THIN_MAX_CHARS): the balanced run (its
  recall escalation reads such pages again) is taken whole if it holds the first extraction,
  is GROWTH times longer, and what it adds is mostly prose printed once;
- cut (under CUT_SHARE): a paragraph of the recall run goes in where it sits between two
  paragraphs the first extraction kept (a gap, not an appendix), when it is prose
  (MIN_WORDS words or more, ending as a sentence ends, printed once, not a list item or
  heading), new (most of its 4-word shingles not in the extraction already), and marked up
  as the kept paragraphs are (the same tags and classes on it and its SIGNATURE_DEPTH
  nearest ancestors: a teaser or a widget is marked up otherwise).

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
# ... less than this share, and shorter than THIN_MAX_CHARS: a thin extraction, which
# trafilatura's balanced setting reads again (its recall escalation, trafilatura/core.py:
# ESCALATION_PAGE_SHARE and ESCALATION_MAX_LENGTH; a page it would not escalate is not
# worth the second run), taken when GROWTH times longer at least.
THIN_SHARE = 0.2
GROWTH = 1.5
THIN_MAX_CHARS = 3000
# Of the text the balanced run adds, this share at least is prose printed once.
MIN_NEW_PROSE = 0.8
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
    words, prose_words = len(extracted.split()), _prose_words(tree)
    if words >= CUT_SHARE * prose_words:
        return None  # sound: no second extraction
    if len(extracted) < THIN_MAX_CHARS and words < THIN_SHARE * prose_words:
        whole = _whole(tree, url, body, prune_xpath, extracted)
        if whole is not None:
            return whole
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


def _whole(
    tree: HtmlElement, url: str, body: _Element, prune_xpath: list[str], extracted: str
) -> _Element | None:
    """trafilatura's balanced run of the page, when it holds the thin extraction and adds
    GROWTH times its length, mostly prose printed once; else None."""
    balanced = _extract(tree, url, prune_xpath)
    if balanced is None:
        return None
    text = " ".join(balanced.itertext())
    if (
        len(text.split()) < GROWTH * len(extracted.split())
        or _seen_share(extracted, _shingles(text)) < 0.9
    ):
        return None
    kept = {_text(child) for child in body}
    new = [_text(child) for child in balanced if _text(child) not in kept]
    printed = Counter(new)
    prose = sum(len(t.split()) for t in new if printed[t] == 1 and _is_prose(t))
    if prose < MIN_NEW_PROSE * sum(len(t.split()) for t in new):
        return None
    logger.debug("second opinion: the balanced run read %s whole", url)
    return balanced


def _extract(
    tree: HtmlElement, url: str, prune_xpath: list[str], favor_recall: bool = False
) -> _Element | None:
    """trafilatura's body of the page with extraction's options, in its balanced (default)
    or recall setting."""
    document = trafilatura.bare_extraction(
        tree,
        url=url,
        prune_xpath=prune_xpath,
        with_metadata=False,
        include_comments=False,
        include_formatting=True,
        include_tables=True,
        include_images=False,
        include_links=False,
        deduplicate=False,
        favor_recall=favor_recall,
    )
    return document.body if isinstance(document, Document) else None


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
    recall = _extract(tree, url, prune_xpath, favor_recall=True)
    if recall is None:
        return None
    kept = {_text(child) for child in body}
    # kept paragraph -> the gaps after it; only a gap closed by a kept paragraph after it
    after: dict[str, list[_Element]] = {}
    previous: str | None = None
    pending: list[_Element] = []
    for child in recall:
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
