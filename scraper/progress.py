"""A live progress line on the terminal while crawling; silent when not on a terminal."""

from __future__ import annotations

import sys
from typing import Any, TextIO

from scrapy import signals
from scrapy.exceptions import NotConfigured
from twisted.internet.task import LoopingCall

from iria_archive.model.facts import RunFacts
from scraper.run_facts import run_facts


class Progress:
    """Redraws `pages · articles · errors` on stderr once a second."""

    def __init__(self, stats: Any, facts: RunFacts, stream: TextIO) -> None:
        self.stats = stats  # Scrapy's own: the responses
        self.facts = facts
        self.stream = stream
        self.loop = LoopingCall(self.draw)

    @classmethod
    def from_crawler(cls, crawler: Any) -> Progress:
        wanted = crawler.settings.get("IRIA_PROGRESS")
        enabled = (
            sys.stderr.isatty() if wanted is None else crawler.settings.getbool("IRIA_PROGRESS")
        )
        if not enabled:
            raise NotConfigured
        extension = cls(crawler.stats, run_facts(crawler), sys.stderr)
        crawler.signals.connect(extension.opened, signal=signals.spider_opened)
        crawler.signals.connect(extension.closed, signal=signals.spider_closed)
        return extension

    def opened(self, spider: Any) -> None:
        self.loop.start(1.0, now=True)

    def closed(self, spider: Any, reason: str) -> None:
        if self.loop.running:
            self.loop.stop()
        self.draw()
        self.stream.write("\n")
        self.stream.flush()

    def draw(self) -> None:
        counts = self.facts.recorded
        line = (
            f"pages {self.stats.get_value('downloader/response_count', 0)}"
            f" · articles {counts.stored}"
            f" (new {counts.new}, updated {counts.updated}, unchanged {counts.unchanged})"
            f" · errors {counts.errors}"
        )
        self.stream.write("\r\x1b[K" + line)
        self.stream.flush()
