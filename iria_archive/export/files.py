"""Where an export is written: never over the archive, whole or not at all, with its manifest.

Never over the archive (or its -wal/-shm, whatever the path says: compared by device
and inode); through a temporary file created exclusively (a symlink planted at its
name is never followed) and renamed into place; a FIFO, a device or /dev/stdout is
written directly instead. The manifest carries no export time, so it is as
reproducible as the file.
"""

from __future__ import annotations

import hashlib
import os
import stat
import tempfile
from collections.abc import Callable
from contextlib import closing
from dataclasses import asdict
from importlib.metadata import version
from pathlib import Path
from typing import IO, Any, TypeVar

from iria_archive.export.options import ExportError, ExportOptions, field_type
from iria_archive.export.rows import connect_read_only

Written = TypeVar("Written")  # what the write function returns


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        while chunk := f.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


def manifest_path(output: Path) -> Path:
    """Where the manifest of `output` goes: beside it, `<name>.manifest.json`."""
    return output.with_name(output.name + ".manifest.json")


def build_manifest(db_path: str, output: Path, options: ExportOptions, rows: int) -> dict[str, Any]:
    """What a published export needs to be cited and checked; no time of export, so
    the manifest is as reproducible as the file."""
    with closing(connect_read_only(db_path)) as conn:
        newest = conn.execute(
            "select url, published from articles where published is not null "
            "order by published desc, url limit 1"
        ).fetchone()
        crawl = conn.execute(
            "select id, finished, status from crawl_runs where finished is not null "
            "order by finished desc, id desc limit 1"
        ).fetchone()
        total = conn.execute("select count(*) from articles").fetchone()[0]
    return {
        "file": output.name,
        "format": options.format,
        "rows": rows,
        "bytes": output.stat().st_size,
        "sha256": sha256_of(output),
        "columns": [
            {"name": name, "type": field_type(name, options.format)} for name in options.fields
        ],
        "order": ["published", "url"],
        "options": {**asdict(options), "fields": list(options.fields)},
        "archive": {
            "articles": total,
            "newest_article": {"url": newest[0], "published": newest[1]} if newest else None,
            "last_crawl": (
                {"run_id": crawl[0], "finished": crawl[1], "status": crawl[2]} if crawl else None
            ),
        },
        "generator": f"iria-archive {version('iria-archive')}",
    }


def check_output(db_path: str, output: Path) -> None:
    """Refuse to write over the archive, its WAL or shared-memory file, by any path."""
    archive = Path(db_path)
    siblings = [
        archive.with_name(archive.name + suffix) for suffix in ("", "-wal", "-shm", "-journal")
    ]
    try:
        target = os.stat(output)
    except OSError:
        target = None
    for path in siblings:
        same_name = output.resolve() == path.resolve()
        try:
            info = os.stat(path)
            same_file = target is not None and (info.st_dev, info.st_ino) == (
                target.st_dev,
                target.st_ino,
            )
        except OSError:
            same_file = False
        if same_name or same_file:
            raise ExportError(f"refusing to write the export over the archive's file {path}")


def writes_in_place(output: Path) -> bool:
    """True for a target to write directly: a FIFO, a device, /dev/stdout (not a file)."""
    if str(output).startswith(("/dev/", "/proc/")):
        return True
    try:
        return not stat.S_ISREG(os.stat(output).st_mode)
    except OSError:
        return False  # nothing there yet: a new regular file


def _create_beside(target: Path) -> tuple[int, Path]:
    """An exclusive new temporary file beside `target` (never follows a planted symlink)."""
    fd, name = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".partial")
    umask = os.umask(0)
    os.umask(umask)
    os.fchmod(fd, 0o666 & ~umask)  # as open() would have made it, not mkstemp's 0600
    return fd, Path(name)


def write_replacing(target: Path, write: Callable[[IO[bytes]], Written]) -> Written:
    """Call `write` on a temporary file, then rename it over `target`: whole or nothing."""
    fd, partial = _create_beside(target)
    try:
        with os.fdopen(fd, "wb") as out:
            result = write(out)
        os.replace(partial, target)
    finally:
        partial.unlink(missing_ok=True)
    return result
