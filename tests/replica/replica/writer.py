"""Writes a post's text: fills the word pools' templates with a seeded random's picks."""

from __future__ import annotations

import functools
import random
import string
from collections.abc import Sequence
from typing import NamedTuple

from .content import Block
from .words import (
    ACTIONS,
    AGENCIES,
    CAPTION_PLACES,
    CAPTION_SCENES,
    FIRST_NAMES,
    HEADINGS,
    INSTITUTES,
    ISSUES,
    LAST_NAMES,
    LINK_SENTENCE,
    LIST_ITEMS,
    MONTHS,
    OFFICIALS,
    QUOTES,
    SENTENCES,
    WEEKDAYS,
    Region,
)


@functools.cache
def _parse(template: str) -> tuple[tuple[str, str | None], ...]:
    """A template as (literal text, slot name or None) pairs, parsed once."""
    return tuple((literal, name) for literal, name, _, _ in string.Formatter().parse(template))


class Writer:
    """Writes one post's text: fills templates with random picks from a region's words."""

    def __init__(
        self, rng: random.Random, region: Region, sentences: Sequence[PoolSentence] = ()
    ) -> None:
        self.rng = rng
        self.random = rng.random  # picks through random() alone: the hot path of a large build
        self.region = region
        self.sentences = sentences  # filled once per region, see sentence_pool
        self.used: set[str] = set()  # no sentence twice in one post

    def pick(self, seq: Sequence[str]) -> str:
        return seq[int(self.random() * len(seq))]

    def fill(self, template: str, slots: dict[str, str] | None = None) -> str:
        """The template with its slots filled (a slot repeated keeps its value), capitalised."""
        slots = {} if slots is None else slots
        parts = []
        for literal, name in _parse(template):
            parts.append(literal)
            if name:
                if name not in slots:
                    slots[name] = self._slot_value(name, slots)
                parts.append(slots[name])
        text = "".join(parts)
        return text[0].upper() + text[1:]

    def _slot_value(self, name: str, slots: dict[str, str]) -> str:
        region, pick, random_ = self.region, self.pick, self.random
        if name in _PAIRED_SLOTS:
            choices = region.countries if name.startswith("country") else region.cities
            value = other = slots.get(_PAIRED_SLOTS[name])
            while value == other:
                value = pick(choices)
            return value
        if name == "person":
            return f"{pick(FIRST_NAMES)} {pick(LAST_NAMES)}"
        if name == "number":
            return str(3 + int(random_() * 88))
        if name == "big":
            return f"{(2 + int(random_() * 59)) * 100:,}"
        if name == "pct":
            return str(2 + int(random_() * 39))
        if name == "money":
            return f"{(2 + int(random_() * 94)) / 10:.1f} billion {region.currency}"
        return pick(_SLOT_WORDS.get(name, region.orgs))

    def paragraph(self, last: str | None = None) -> str:
        """35-90 words of sentences, optionally ending with the given sentence.

        No sentence twice in a post, no template twice in a paragraph."""
        target = 35 + int(self.random() * 56)
        tail = [last] if last else []
        sentences: list[str] = []
        templates: set[int] = set()
        words = sum(len(s.split()) for s in tail)
        pool, size, random_ = self.sentences, len(self.sentences), self.random
        while words < target:
            sentence, count, template = pool[int(random_() * size)]
            if sentence in self.used or template in templates:
                continue
            if words + count > 90:
                break  # words > 90 - longest sentence > 35 here
            self.used.add(sentence)
            templates.add(template)
            sentences.append(sentence)
            words += count
        return " ".join(sentences + tail)

    def body(self, link_href: str | None) -> list[Block]:
        """4-9 blocks: paragraphs, sometimes a heading, a list, a quote, an internal link."""
        rng = self.rng
        blocks = [Block("p", self.paragraph()) for _ in range(rng.randint(4, 8))]
        if link_href:
            slots: dict[str, str] = {}
            sentence = self.fill(LINK_SENTENCE, slots)
            index = rng.randrange(len(blocks))
            blocks[index] = Block(
                "p", self.paragraph(last=sentence), links=((slots["issue"], link_href),)
            )
        extras = []
        if rng.random() < 0.25:
            extras.append(Block("h2", self.fill(self.pick(HEADINGS))))
        if rng.random() < 0.1:
            extras.append(Block("ul", items=tuple(self.fill(t) for t in rng.sample(LIST_ITEMS, 3))))
        if rng.random() < 0.1:
            extras.append(Block("blockquote", self.fill(self.pick(QUOTES))))
        for extra in extras:
            if len(blocks) < 9:
                blocks.insert(rng.randint(2, len(blocks) - 1), extra)
        return blocks


_PAIRED_SLOTS = {"country": "country2", "country2": "country", "city": "city2", "city2": "city"}
_SLOT_WORDS = {
    "official": OFFICIALS,
    "issue": ISSUES,
    "action": ACTIONS,
    "institute": INSTITUTES,
    "month": MONTHS,
    "weekday": WEEKDAYS,
    "scene": CAPTION_SCENES,
    "landmark": CAPTION_PLACES,
    "agency": AGENCIES,
}


class PoolSentence(NamedTuple):
    text: str
    words: int
    template: int  # index in SENTENCES


def sentence_pool(rng: random.Random, region: Region, attempts: int) -> list[PoolSentence]:
    """Distinct filled body sentences of a region.

    Paragraphs draw from this pool instead of filling templates one by one, which
    keeps a 2000-post build well under a second."""
    writer = Writer(rng, region)
    pool: dict[str, PoolSentence] = {}  # insertion-ordered, so the pool is deterministic
    for _ in range(attempts):
        template = int(writer.random() * len(SENTENCES))
        sentence = writer.fill(SENTENCES[template])
        pool.setdefault(sentence, PoolSentence(sentence, len(sentence.split()), template))
    return list(pool.values())
