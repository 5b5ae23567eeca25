"""The Python API: extract an article from a page, and read an archive, without Scrapy.

    import iria_archive
    article = iria_archive.extract(html, url)
    with iria_archive.Archive("archive.db") as archive:
        rows = archive.articles(section=..., since="2024-01-01")

An `Archive` only reads (the file is opened read-only, whatever else holds it), so a
script can run beside a crawl and never costs it a write. Rows are dicts keyed by the
columns of `articles` (README, "Columns of `articles`"; iria_archive/archive/columns.py).
"""

from __future__ import annotations

from types import TracebackType
from typing import Any

from iria_archive.archive.database import NotAnArchive, open_read_only
from iria_archive.extraction.article import ExtractedArticle, ExtractionError, extract_article
from iria_archive.model.profile import SiteProfile, profile_named

__all__ = ["Archive", "ExtractedArticle", "ExtractionError", "NotAnArchive", "extract"]


def extract(
    html: str | bytes, url: str, profile: SiteProfile | str = "generic"
) -> ExtractedArticle:
    """The article in one WordPress page, as a crawl would archive it.

    `url` is the address the page was fetched from; `profile` holds a site's own rules
    (its boilerplate lines), by name ("generic": WordPress's conventions only, "iria")
    or as a SiteProfile. Raises ExtractionError when the page holds no text, or is a
    password-protected post. It does not judge what the page is: the crawl asks only
    for article pages, and leaves error pages to their HTTP status.
    """
    rules = profile_named(profile) if isinstance(profile, str) else profile
    return extract_article(html, url, rules)


class Archive:
    """An archive made by `iria-archive crawl`, read-only.

    NotAnArchive when `path` is missing or is not such an archive; nothing is ever
    created or written.
    """

    def __init__(self, path: str) -> None:
        self.path = path
        self._db = open_read_only(path)

    def __enter__(self) -> Archive:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        self._db.close()

    def articles(
        self,
        section: str | None = None,
        since: str | None = None,
        limit: int | None = None,
        include_gone: bool = False,
    ) -> list[dict[str, Any]]:
        """The archived articles, newest first.

        `section`: a section's start URL (a category archive), as `crawl --start-url`
        names it; `since`: an ISO date, the earliest publication day; `include_gone`:
        also the articles the site no longer serves (kept, with their last text).
        """
        where = [] if include_gone else ["status = 'live'"]
        params: list[Any] = []
        if section is not None:
            where.append("url in (select url from article_sections where section = ?)")
            params.append(section)
        if since is not None:
            where.append("published >= ?")
            params.append(since)
        rows = self._db.table("articles").rows_where(
            " and ".join(where) or None,
            params,
            order_by="published desc, url",
            limit=limit,
        )
        return list(rows)

    def search(self, query: str, limit: int = 20) -> list[dict[str, Any]]:
        """Live articles matching `query` (words, as typed: no FTS syntax needed), best
        first, through the archive's full-text index."""
        rows = self._db.table("articles").search(
            query, where="status = 'live'", limit=limit, quote=True
        )
        return list(rows)

    def runs(self, limit: int = 10) -> list[dict[str, Any]]:
        """The latest crawl runs, newest first: status, reason, counts, sources."""
        return list(self._db.table("crawl_runs").rows_where(order_by="id desc", limit=limit))

    def sections(self) -> list[str]:
        """The start URLs of the sections this archive holds."""
        sql = "select distinct section from article_sections order by section"
        return [section for (section,) in self._db.execute(sql).fetchall()]
