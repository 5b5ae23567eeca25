"""One crawl at a time per archive: an flock on `<archive>.lock`.

The kernel drops an flock when its process dies, however it dies, so a killed crawl
never leaves a lock that blocks the next run; the file itself may stay, harmlessly.
"""

from __future__ import annotations

import fcntl
import os
from pathlib import Path
from typing import IO


class ArchiveLocked(RuntimeError):
    """Another process is crawling into (or reprocessing) this archive."""


class ArchiveLock:
    """A non-blocking exclusive lock beside the archive file."""

    def __init__(self, db_path: str) -> None:
        self.path = Path(f"{db_path}.lock")
        self._file: IO[str] | None = None

    def acquire(self) -> None:
        """Take the lock or raise ArchiveLocked at once, naming the holder's pid."""
        lock_file = self.path.open("a+")
        try:
            fcntl.flock(lock_file, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            lock_file.seek(0)
            holder = lock_file.read().strip() or "unknown"
            lock_file.close()
            raise ArchiveLocked(
                f"another crawl is running on this archive (pid {holder}; lock {self.path})"
            ) from None
        lock_file.seek(0)
        lock_file.truncate()
        lock_file.write(f"{os.getpid()}\n")
        lock_file.flush()
        self._file = lock_file

    def release(self) -> None:
        if self._file is not None:
            fcntl.flock(self._file, fcntl.LOCK_UN)
            self._file.close()
            self._file = None

    def __enter__(self) -> ArchiveLock:
        self.acquire()
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()
