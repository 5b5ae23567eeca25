"""Extraction in worker processes: both cores for trafilatura while the main process
fetches (or reads WARC records) and writes. Used by the crawl's ExtractPipeline and by
`reprocess`; the archive is still written by the main process alone.

Workers are forked from a forkserver that imported the extraction code once, so a pool
starts in milliseconds and never inherits Scrapy's reactor or threads. The forkserver and
the workers ignore SIGINT and SIGTERM (forkserver.py): a stop signal reaches the
whole process group (Ctrl-C, `systemctl stop`), and the main process stops in order,
letting in-flight extractions finish. A worker that dies (a crash in C code, the OOM
killer) breaks the pool: it is replaced, and each page it took down is extracted again
alone in a fresh process, so only the page that kills its process becomes an extraction
failure. Every future the pool hands out resolves: when no process can be started at all,
it raises PoolUnavailable, whose `run_here` does the work in the caller's process.
"""

from __future__ import annotations

import multiprocessing
import os
import select
import signal
import threading
from collections.abc import Callable
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any

# Imported by the forkserver once, before it forks any worker.
PRELOAD = [
    "iria_archive.extraction.forkserver",
    "iria_archive.extraction.article",
    "iria_archive.extraction.check",
]

# What starting a worker process raises when the forkserver is gone or fork is refused.
_START_ERRORS = (BrokenProcessPool, OSError, EOFError)


class WorkerDied(RuntimeError):
    """The process extracting a page died (twice: in the pool, then alone)."""


class PoolUnavailable(RuntimeError):
    """No worker process could be started for this call; `run_here()` makes it here."""

    def __init__(self, reason: str, function: Callable[..., Any], args: tuple[Any, ...]) -> None:
        super().__init__(f"no extraction process could be started ({reason})")
        self.function = function
        self.args_ = args

    def run_here(self) -> tuple[int, Any]:
        """The call's (pid, result), made in this process."""
        return _call(self.function, self.args_)


def default_workers() -> int:
    """The pool size when none is set: one worker per core."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def _start_worker(main_pid: int) -> None:
    # The main process decides when to stop; a group-wide signal must not kill a worker
    # in the middle of a page the main process is waiting for.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    _end_with(main_pid)


def _end_with(main_pid: int) -> None:
    """End this worker when the main process ends, however it ends (kill -9 included).

    Nothing else would: a worker waits for work forever, and it keeps the forkserver
    alive (it holds the forkserver's pipe) and the main process's stderr open, so whoever
    waits for the crawl's output would wait forever too. A pidfd becomes readable when
    the process exits (Linux >= 5.3); elsewhere the worker is not watched.
    """
    try:
        pidfd = os.pidfd_open(main_pid)
    except ProcessLookupError:
        os._exit(1)
    except (AttributeError, OSError):
        return

    def watch() -> None:
        select.select([pidfd], [], [])
        os._exit(1)

    threading.Thread(target=watch, name="main-process-watch", daemon=True).start()


def _call(function: Callable[..., Any], args: tuple[Any, ...]) -> tuple[int, Any]:
    """Run in a worker: the result, with the pid that made it (a fact the caller keeps)."""
    return os.getpid(), function(*args)


class ExtractionPool:
    """A process pool for extraction that survives the death of a worker."""

    def __init__(self, workers: int) -> None:
        self.workers = workers
        self._context = multiprocessing.get_context("forkserver")
        self._context.set_forkserver_preload(PRELOAD)
        # Started by the first call: a run with nothing to extract (a no-change
        # incremental run) starts no process, not even multiprocessing's resource tracker.
        self._started: ProcessPoolExecutor | None = None
        self._swap = threading.Lock()  # the pool's own thread may replace it too

    @property
    def _pool(self) -> ProcessPoolExecutor:
        with self._swap:
            if self._started is None:
                self._started = self._new_pool(self.workers)
            return self._started

    def _new_pool(self, workers: int) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(
            workers, mp_context=self._context, initializer=_start_worker, initargs=(os.getpid(),)
        )

    def submit(self, function: Callable[..., Any], *args: Any) -> Future[tuple[int, Any]]:
        """Run `function(*args)` in a worker: a future of (the worker's pid, the result).

        `function` and its arguments go to another process: module-level functions and
        picklable values only. The future raises WorkerDied if the page killed its
        process; any exception of `function` itself comes back as raised.
        """
        outer: Future[tuple[int, Any]] = Future()
        pool = self._pool
        try:
            try:
                inner = pool.submit(_call, function, args)
            except _START_ERRORS:
                self._replace(pool)
                pool = self._pool
                inner = pool.submit(_call, function, args)
        except _START_ERRORS as error:
            outer.set_exception(PoolUnavailable(repr(error), function, args))
            return outer
        inner.add_done_callback(lambda done: self._settle(done, outer, pool, function, args))
        return outer

    def _settle(
        self,
        done: Future[tuple[int, Any]],
        outer: Future[tuple[int, Any]],
        pool: ProcessPoolExecutor,
        function: Callable[..., Any],
        args: tuple[Any, ...],
    ) -> None:
        error = done.exception()
        if not isinstance(error, BrokenProcessPool):
            _copy(done, outer)
            return
        # Which page killed the worker is unknown: each page the pool lost goes again,
        # alone in a process of its own. This runs in the pool's own thread, where an
        # exception would be logged and dropped and `outer` would never resolve.
        alone: ProcessPoolExecutor | None = None
        try:
            self._replace(pool)
            alone = self._new_pool(1)
            retry = alone.submit(_call, function, args)
        except Exception as failed:  # whatever it is, the caller must hear of it
            if alone is not None:
                alone.shutdown(wait=False)
            outer.set_exception(PoolUnavailable(repr(failed), function, args))
            return
        single = alone

        def settled(again: Future[tuple[int, Any]]) -> None:
            _copy(again, outer)
            single.shutdown(wait=False)

        retry.add_done_callback(settled)

    def _replace(self, broken: ProcessPoolExecutor) -> None:
        with self._swap:
            if self._started is broken:  # the first of the pages the pool lost replaces it
                self._started = self._new_pool(self.workers)
                broken.shutdown(wait=False)

    def close(self) -> None:
        """Wait for the work submitted, then end the workers."""
        if self._started is not None:
            self._started.shutdown(wait=True)


def _copy(source: Future[tuple[int, Any]], target: Future[tuple[int, Any]]) -> None:
    error = source.exception()
    if isinstance(error, BrokenProcessPool):
        target.set_exception(WorkerDied(f"the extraction process died ({error})"))
    elif error is not None:
        target.set_exception(error)
    else:
        target.set_result(source.result())
