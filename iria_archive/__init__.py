"""iria-archive: a faithful, searchable archive of WordPress news sections.

The command-line application (`iria-archive`) over the crawl, the archive and Datasette,
and a small Python API (iria_archive.api): `extract(html, url)` and `Archive(path)`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from iria_archive.api import Archive, ExtractedArticle, ExtractionError, NotAnArchive, extract

__all__ = ["Archive", "ExtractedArticle", "ExtractionError", "NotAnArchive", "extract"]


def __getattr__(name: str) -> Any:
    # Imported on first use: the command line starts without the extraction code.
    if name in __all__:
        from iria_archive import api

        return getattr(api, name)
    raise AttributeError(f"module 'iria_archive' has no attribute {name!r}")
