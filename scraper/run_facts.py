"""The run's facts on the Scrapy side: one RunFacts per crawl, for every component.

Scrapy builds each component from the crawler (`from_crawler`); they all reach the same
object through `run_facts(crawler)`, whose writes are copied into the crawler's stats
for the progress line and the log (iria_archive/model/facts.py).
"""

from __future__ import annotations

from typing import Any
from weakref import WeakKeyDictionary

from iria_archive.model.facts import RunFacts

_FACTS: WeakKeyDictionary[Any, RunFacts] = WeakKeyDictionary()


def run_facts(crawler: Any) -> RunFacts:
    """The crawl's one RunFacts, made on first use."""
    facts = _FACTS.get(crawler)
    if facts is None:
        facts = _FACTS[crawler] = RunFacts(mirror=crawler.stats.set_value)
    return facts


def facts_learnt(crawler: Any) -> RunFacts:
    """What the crawl's components wrote, once it is over (nothing, if none ran)."""
    return _FACTS.get(crawler) or RunFacts()
