"""A live progress line on the terminal while crawling; silent when not on a terminal."""

from __future__ import annotations

import sys
from typing import Any, TextIO

from scrapy import signals
from scrapy.exceptions import NotConfigured
from twisted.internet.task import LoopingCall

from iria_archive.model.facts import Fact


class Progress:
    """Redraws `pages · articles · errors` on stderr once a second."""

    def __init__(self, stats: Any, stream: TextIO) -> None:
        self.stats = stats
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
        extension = cls(crawler.stats, sys.stderr)
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
        get = self.stats.get_value
        line = (
            f"pages {get('downloader/response_count', 0)}"
            f" · articles {get(Fact.ARTICLES_STORED, 0)}"
            f" (new {get(Fact.ARTICLES_NEW, 0)}, updated {get(Fact.ARTICLES_UPDATED, 0)},"
            f" unchanged {get(Fact.ARTICLES_UNCHANGED, 0)})"
            f" · errors {get(Fact.ERRORS, 0)}"
        )
        self.stream.write("\r\x1b[K" + line)
        self.stream.flush()
