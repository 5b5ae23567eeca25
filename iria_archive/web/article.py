"""The article page's extra values: its body, its revisions with paragraph diffs, its lists.

The body is bounded (issue 19, item 5): a 13.7 MB article took 33 s to render as Markdown
and held the event loop, so every other request waited. Only the first BODY_CHARS
characters are rendered, with a link to the whole text (the row's JSON); renderings are
kept by the hash of what was rendered; the rendering and the diffs run in a worker
thread, never on the event loop.
"""

from __future__ import annotations

import asyncio
import difflib
import hashlib
from collections import OrderedDict
from typing import Any

from datasette.utils import tilde_decode
from datasette_render_markdown import render_markdown
from markupsafe import Markup, escape

from iria_archive.search.request import json_list

# About 15,000 words, longer than any news article; Markdown renders at ~1 MB/s, so the
# first rendering of the longest body takes ~0.1 s. The rest is in the row's JSON.
BODY_CHARS = 100_000
# Renderings kept per server process, by content hash: at most ~100 KB each.
CACHE_ENTRIES = 128
_rendered: OrderedDict[str, Markup] = OrderedDict()

# The body as the page shows it (Markdown, else the plain text) and the revisions, each
# cut to BODY_CHARS in SQLite so a huge text never crosses into Python whole.
ARTICLE_SQL = """
select last_fetched as fetched_at, modified, title, categories, tags,
  substr(text, 1, :chars) as text,
  substr(coalesce(nullif(markdown, ''), text), 1, :chars) as body,
  length(coalesce(nullif(markdown, ''), text)) as body_chars
from articles where url = :url
"""
REVISIONS_SQL = """
select fetched_at, modified, title, substr(text, 1, :chars) as text from revisions
where url = :url order by fetched_at desc, id desc
"""


async def article_vars(datasette: Any, database: str | None, request: Any) -> dict[str, Any]:
    """What templates/_iria_article.html shows beside an article's row."""
    db = datasette.get_database(database)
    pks = request.url_vars.get("pks")
    url = tilde_decode(pks) if pks else None
    params = {"url": url, "chars": BODY_CHARS}
    row = (await db.execute(ARTICLE_SQL, params)).first()
    earlier = (await db.execute(REVISIONS_SQL, params)).rows
    current = [{k: row[k] for k in ("fetched_at", "modified", "title", "text")}] if row else []
    versions = current + [dict(r) for r in earlier]
    revisions = await asyncio.to_thread(with_diffs, versions) if len(versions) > 1 else []
    items = {name: json_list(row[name] if row else None) for name in ("categories", "tags")}
    body = Markup("")
    if row:
        source = row["body"] or ""
        if (row["body_chars"] or 0) > BODY_CHARS:
            # Cut at the last paragraph break, so no paragraph is rendered half.
            cut = source.rfind("\n\n")
            source = source[:cut] if cut > BODY_CHARS // 2 else source
        body = await rendered_body(source)
        if (row["body_chars"] or 0) > BODY_CHARS:
            full = datasette.urls.row(database, "articles", pks, format="json")
            body += truncation_note(len(source), row["body_chars"], full)
    # Only a web link is a link: a stored javascript: URL is shown, never followed.
    original = url if url and url.lower().startswith(("http://", "https://")) else None
    return {
        "article_body": body,
        "article_revisions": revisions,
        "article_items": items,
        "article_original_url": original,
        "site_title": datasette.metadata("title"),
    }


async def rendered_body(source: str) -> Markup:
    """`source` as sanitized HTML (datasette-render-markdown), from the cache when it has it."""
    key = hashlib.sha256(source.encode()).hexdigest()
    cached = _rendered.get(key)
    if cached is not None:
        _rendered.move_to_end(key)
        return cached
    html: Markup = await asyncio.to_thread(render_markdown, source)
    _rendered[key] = html
    if len(_rendered) > CACHE_ENTRIES:
        _rendered.popitem(last=False)
    return html


def truncation_note(shown: int, total: int, full_url: str) -> Markup:
    """The paragraph saying the body is cut, linking to the whole text."""
    return Markup(
        f'<p class="truncated">The first {shown:,} of {total:,} characters are shown.'
        f' The whole text: <a href="{escape(full_url)}">this article as JSON</a>.</p>'
    )


def with_diffs(versions: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Each earlier version (newest first) with its diff to the version after it."""
    return [
        {**older, "diff": text_diff(older, newer)}
        for newer, older in zip(versions, versions[1:], strict=False)
    ]


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
