"""The `iria-archive` command: thin commands over the archive library.

Each command parses its options, calls the library and formats what it returns; the
archive's rules (which sections, the lock, what a run did) live in the library.
"""

from iria_archive.cli import archive, crawl, publish  # noqa: F401  (they register the commands)
from iria_archive.cli.common import cli

__all__ = ["cli"]
