"""The article page's extra values: its revisions with paragraph diffs, its lists, its link."""

from __future__ import annotations

import difflib
from typing import Any

from datasette.utils import tilde_decode

from iria_archive.search.request import json_list


async def article_vars(datasette: Any, database: str | None, request: Any) -> dict[str, Any]:
    """What templates/row.html shows beside an article's row."""
    db = datasette.get_database(database)
    url = request.url_vars.get("pks")
    url = tilde_decode(url) if url else None
    row = (
        await db.execute(
            "select last_fetched as fetched_at, modified, title, text, categories, tags"
            " from articles where url = :url",
            {"url": url},
        )
    ).first()
    earlier = (
        await db.execute(
            "select fetched_at, modified, title, text from revisions where url = :url"
            " order by fetched_at desc, id desc",
            {"url": url},
        )
    ).rows
    current = [{k: row[k] for k in ("fetched_at", "modified", "title", "text")}] if row else []
    versions = current + [dict(r) for r in earlier]
    revisions = []
    for newer, older in zip(versions, versions[1:], strict=False):
        revisions.append({**older, "diff": text_diff(older, newer)})
    items = {name: json_list(row[name] if row else None) for name in ("categories", "tags")}
    # Only a web link is a link: a stored javascript: URL is shown, never followed.
    original = url if url and url.lower().startswith(("http://", "https://")) else None
    return {
        "article_revisions": revisions,
        "article_items": items,
        "article_original_url": original,
        "site_title": datasette.metadata("title"),
    }


def text_diff(older: dict[str, Any], newer: dict[str, Any]) -> list[tuple[str, str]]:
    """(kind, line) pairs of a paragraph diff from `older` to `newer`: ' ', '-', '+', '@'."""
    before = [f"# {older['title']}", *(older["text"] or "").split("\n\n")]
    after = [f"# {newer['title']}", *(newer["text"] or "").split("\n\n")]
    lines = []
    for line in difflib.unified_diff(before, after, lineterm="", n=1):
        if line.startswith(("---", "+++")):
            continue
        lines.append((line[0], line[1:]))
    return lines
