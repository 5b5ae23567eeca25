"""One crawl at a time per archive: an flock on the archive's database file itself.

The lock belongs to the file (its device and inode), not to a path: the same archive
reached through a symlink or a hard link is the same lock. No lock file is written,
so none can be planted as a symlink to truncate another file. flock locks are apart
from the POSIX locks SQLite takes, and the kernel drops an flock when its process
dies, however it dies, so a killed crawl never leaves a lock that blocks the next run.

The descriptor is closed only after the process's own database connections are (a
close would drop SQLite's POSIX locks on the same file): `ArchiveLock` is a context
manager around the whole use of the archive.
"""

from __future__ import annotations

import fcntl
import os


class ArchiveLocked(RuntimeError):
    """Another process is crawling into (or reprocessing) this archive."""


def _holder(fd: int) -> str:
    """The pid holding an flock on the file of `fd` (from /proc/locks), or "unknown"."""
    info = os.fstat(fd)
    inode = f"{os.major(info.st_dev):02x}:{os.minor(info.st_dev):02x}:{info.st_ino}"
    try:
        with open("/proc/locks", encoding="ascii") as locks:
            for line in locks:
                fields = line.split()
                if "FLOCK" in fields and len(fields) > 5 and fields[5] == inode:
                    return fields[4]
    except OSError:
        pass
    return "unknown"


class ArchiveLock:
    """A non-blocking exclusive lock on the archive's file (created empty if missing)."""

    def __init__(self, db_path: str) -> None:
        self.path = db_path
        self._fd: int | None = None

    def acquire(self) -> None:
        """Take the lock or raise ArchiveLocked at once, naming the holder's pid."""
        # An empty file is a valid empty SQLite database: creating it gives the lock
        # an inode before the first crawl writes anything.
        fd = os.open(self.path, os.O_RDONLY | os.O_CREAT | os.O_CLOEXEC, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = _holder(fd)
            os.close(fd)
            raise ArchiveLocked(
                f"another crawl is running on this archive (pid {holder}; {self.path})"
            ) from None
        self._fd = fd

    def release(self) -> None:
        if self._fd is not None:
            os.close(self._fd)  # closing drops the flock
            self._fd = None

    def __enter__(self) -> ArchiveLock:
        self.acquire()
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()
