"""A live progress line on the terminal while crawling; silent when not on a terminal."""

from __future__ import annotations

import sys
from typing import Any, TextIO

from scrapy import signals
from scrapy.exceptions import NotConfigured
from twisted.internet.task import LoopingCall


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
            f" · articles {get('iria/articles_stored', 0)}"
            f" (new {get('iria/articles_new', 0)}, updated {get('iria/articles_updated', 0)},"
            f" unchanged {get('iria/articles_unchanged', 0)})"
            f" · errors {get('iria/errors', 0)}"
        )
        self.stream.write("\r\x1b[K" + line)
        self.stream.flush()
