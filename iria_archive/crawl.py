"""Run one crawl in this process, with the project's settings, and judge it."""

from __future__ import annotations

import contextlib
import logging
import signal
import time
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from iria_archive.model.facts import RunFacts

if TYPE_CHECKING:
    from scrapy.settings import Settings

# Scrapy is imported where a crawl needs it: `serve`, `export` and `runs` start a
# second faster without it.

logger = logging.getLogger(__name__)

# Exit statuses of `iria-archive crawl`, for cron and systemd (documented in README).
EXIT_OK = 0
EXIT_FAILED = 1
# 2: usage error, as click exits on bad options.
EXIT_LOCKED = 3
EXIT_INTERRUPTED = 4


@dataclass
class CrawlResult:
    """What a finished crawl reports: its verdict, its facts, and Scrapy's stats (for
    display: the requests, retries and time taken)."""

    status: str
    reason: str | None
    stats: dict[str, Any]
    facts: RunFacts = field(default_factory=RunFacts)

    @property
    def exit_code(self) -> int:
        return {"ok": EXIT_OK, "interrupted": EXIT_INTERRUPTED}.get(self.status, EXIT_FAILED)


def project_settings(overrides: dict[str, Any] | None = None) -> Settings:
    """The project's settings, found without scrapy.cfg, plus command-line overrides."""
    from scrapy.settings import Settings

    settings = Settings()
    settings.setmodule("scraper.settings", priority="project")
    # The command configures logging itself (one line per message on the console).
    settings.set("LOG_INSTALL_ROOT_HANDLER", False, priority="cmdline")
    settings.setdict(overrides or {}, priority="cmdline")
    return settings


class SettingError(ValueError):
    """A `-s NAME=VALUE` that Scrapy or the project would choke on."""


# Settings the command sets from its own options: `-s` must not go around them (an
# IRIA_DB_PATH of its own would write to a file the lock and the summary do not name).
COMMAND_SETTINGS = {"IRIA_DB_PATH": "--db PATH", "IRIA_LOCK_HELD": None}


def check_setting(name: str, value: str) -> None:
    """Raise SettingError unless `value` suits the type of setting `name`'s default.

    An unknown IRIA_* name is an error (a typo would silently do nothing); other
    unknown names may belong to a Scrapy extension and pass.
    """
    import json

    if name in COMMAND_SETTINGS:
        option = COMMAND_SETTINGS[name]
        raise SettingError(f"{name} is set by the command" + (f": use {option}" if option else ""))
    settings = project_settings()
    if name not in settings:
        if name.startswith("IRIA_"):
            raise SettingError(f"unknown setting {name}")
        return
    default = settings[name]
    try:
        if isinstance(default, bool):
            if value.lower() not in ("0", "1", "true", "false", "yes", "no"):
                raise ValueError
        elif isinstance(default, int | float):
            float(value)  # Scrapy reads some int defaults with getfloat (DOWNLOAD_TIMEOUT)
        elif isinstance(default, dict) or hasattr(default, "copy_to_dict"):
            if not isinstance(json.loads(value), dict):
                raise ValueError
    except ValueError:
        if isinstance(default, bool):
            expected = "True or False"
        elif isinstance(default, int | float):
            expected = "a number"
        else:
            expected = "a JSON object"
        raise SettingError(f"{name} must be {expected}, got {value!r}") from None


def run_crawl(settings: Settings, start_url: str | None = None, full: bool = False) -> CrawlResult:
    """Crawl one category archive into the archive database; blocks until done."""
    (result,) = run_sections(settings, [SectionCrawl(start_url, {})], full=full)
    return result


@dataclass
class SectionCrawl:
    """One section to crawl: its start URL and the settings its site adds (profile,
    politeness overrides), below the command line's `-s` in priority."""

    start_url: str | None
    site_settings: dict[str, Any]


def run_sections(
    settings: Settings,
    sections: list[SectionCrawl],
    full: bool = False,
    stop_signals: StopSignals | None = None,
) -> list[CrawlResult]:
    """Crawl the sections one after the other in this process; blocks until done.

    Each section is its own run with its own crawler (its site's settings, its own
    stats). SIGINT/SIGTERM stop the running section gracefully (in-flight writes finish,
    the run is recorded as interrupted) and start no further one; a second signal stops
    at once, still without half-written rows. The results are those of the sections
    that ran, in order. `stop_signals`, installed earlier by the caller, also covers
    the time before this call: a signal received then starts no section.
    """
    from scrapy.crawler import Crawler, CrawlerProcess
    from twisted.internet import defer

    from iria_archive.archive.state import load_crawl_state
    from iria_archive.config_file import crawl_start_url
    from iria_archive.model.urls import canonical_url
    from scraper.spiders.category import CategorySpider

    process = CrawlerProcess(settings)
    # Each section that started: its crawler, or why it could not start. Judged after the
    # reactor stops: a stop signal as the last section ends may stop the reactor before
    # the code after its `yield` runs, and that section's run is recorded all the same.
    started: list[Any] = []
    signals = stop_signals
    if signals is None:
        signals = StopSignals()
        signals.install()

    @defer.inlineCallbacks
    def crawl_in_turn() -> Any:
        for index, section in enumerate(sections):
            if signals.first is not None and not started:
                break  # stopped before the crawl started
            own = settings.copy()
            own.setdict(section.site_settings, priority="spider")
            crawler = Crawler(CategorySpider, own, init_reactor=index == 0)
            given = section.start_url
            start_url = canonical_url(given) if given else crawl_start_url(own)
            # Read now, after the sections before it have written theirs.
            state = load_crawl_state(own.get("IRIA_DB_PATH"), start_url)
            started.append(crawler)
            try:
                yield process.crawl(crawler, start_url=start_url, full=full, state=state)
            except Exception as error:  # the spider could not even be made
                started[-1] = CrawlResult("failed", f"the crawl did not start: {error}", {})
                continue
            if _result(crawler, signals.first is not None).status == "interrupted":
                break  # a stop signal ends the command, not only this section

    signals.attach(process)
    crawl_in_turn()
    process.start(install_signal_handlers=False)
    stopped = signals.first is not None
    results = [
        each if isinstance(each, CrawlResult) else _result(each, stopped) for each in started
    ]
    for crawler, result in zip(started, results, strict=True):
        if result.reason == STOPPED_EARLY and result.facts.run_id is not None:
            _close_unopened_run(crawler, result.facts.run_id)
    if not results and signals.first is not None:
        results.append(CrawlResult("interrupted", STOPPED_EARLY, {}))
    return results


class StopSignals:
    """SIGINT/SIGTERM: the first stops the crawl in order, a later one stops it at once.

    The same signal again within `REPEAT_SECONDS` is the first one delivered twice, not
    a user's second request: `systemctl stop` signals the whole process group, and a
    parent such as `uv run` forwards what it gets, so the crawl received SIGTERM twice
    and Scrapy took the second for "stop now", leaving the run open (issue 19).
    """

    REPEAT_SECONDS = 2.0

    def __init__(self) -> None:
        self.process: Any = None  # the CrawlerProcess, once there is one
        self.first: tuple[int, float] | None = None

    def install(self) -> None:
        """Take over SIGINT/SIGTERM; install as early as the command starts."""
        for signum in (signal.SIGINT, signal.SIGTERM):
            signal.signal(signum, self.received)

    def attach(self, process: Any) -> None:
        """Stop `process` on the next signal (one received before is in `first`)."""
        self.process = process

    def received(self, signum: int, _frame: Any) -> None:
        now = time.monotonic()
        if self.first is None:
            self.first = (signum, now)
            if self.process is None:
                return  # no crawl yet: run_sections starts none
            from twisted.internet import reactor

            reactor.callFromThread(self._stop_in_order, signum)
        elif self.first[0] == signum and now - self.first[1] < self.REPEAT_SECONDS:
            return  # the same stop, delivered twice
        elif self.process is not None:
            from twisted.internet import reactor

            reactor.callFromThread(self._stop_now, signum)

    def _stop_in_order(self, signum: int) -> None:
        # Logged here, in the reactor's thread: never from a signal handler.
        logger.info("Received %s, stopping in order", signal.Signals(signum).name)
        self.process.stop().addBoth(_stop_reactor)

    def _stop_now(self, signum: int) -> None:
        logger.info("Received %s again, stopping now", signal.Signals(signum).name)
        _stop_reactor(None)


def _stop_reactor(_result: Any) -> None:
    from twisted.internet import reactor as installed

    reactor: Any = installed  # the module's stub types `stop` as a plain function
    with contextlib.suppress(RuntimeError):  # already stopped, or stopping
        reactor.stop()


STOPPED_EARLY = "stopped before the crawl started"


def _close_unopened_run(crawler: Any, run_id: int) -> None:
    """The store opened a run, and the stop came before Scrapy's engine ran: the spider
    was never closed, so the run row would say `running` until the next crawl."""
    from sqlite_utils import Database

    from iria_archive.archive.runs import close_unopened_run

    db = Database(crawler.settings.get("IRIA_DB_PATH"))
    try:
        close_unopened_run(db, run_id, STOPPED_EARLY)
    finally:
        db.close()


def _result(crawler: Any, stopped: bool = False) -> CrawlResult:
    """The crawler's verdict; `stopped`: a stop signal was received."""
    from scraper.run_facts import facts_learnt

    stats = crawler.stats.get_stats() if crawler.stats else {}
    facts = facts_learnt(crawler)
    if facts.status is None and stopped:  # stopped before its spider opened or closed
        return CrawlResult("interrupted", STOPPED_EARLY, stats, facts)
    if facts.status is None:  # the store never ran: the crawl could not even start
        why = stats.get("finish_reason") or "the crawl did not start"
        return CrawlResult("failed", why, stats, facts)
    return CrawlResult(facts.status, facts.status_reason, stats, facts)


class _OneLine(logging.Formatter):
    """Console lines without tracebacks: the log file keeps those."""

    def format(self, record: logging.LogRecord) -> str:
        return f"{record.levelname}: {record.getMessage()}"


def configure_logging(level: str, log_file: str | None) -> None:
    """Log to stderr at `level` (and to `log_file` at INFO when given)."""
    root = logging.getLogger()
    root.handlers.clear()
    fmt = logging.Formatter("%(asctime)s [%(name)s] %(levelname)s: %(message)s")
    console = logging.StreamHandler()
    console.setLevel(level)
    console.setFormatter(_OneLine())
    root.addHandler(console)
    root.setLevel(level)
    if log_file:
        file_handler = logging.FileHandler(log_file, encoding="utf-8")
        file_handler.setFormatter(fmt)
        file_handler.setLevel(logging.INFO)
        root.addHandler(file_handler)
        root.setLevel(min(logging.INFO, logging.getLevelName(level)))
