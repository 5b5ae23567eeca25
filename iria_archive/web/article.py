"""The article page: its row, its body, its revisions with paragraph diffs, its lists.

The page is the plugin's route for an article's URL under `articles`, ahead of
Datasette's row view (whose JSON, `.json`, stays Datasette's): the row view spent ~3 ms
of a page's ~10 ms of CPU, and ten SQLite round trips, on what the article template never
shows (every column's cell, counts of rows pointing at the article, their permission
checks), and each round trip waited for the event loop behind other requests (issue 20,
item 5). Here the row and its revisions are read in one round trip, and the page is the
same template (row.html, which is _iria_article.html for articles) with the same values.

The body is bounded (issue 19, item 5): a 13.7 MB article took 33 s to render as Markdown
and held the event loop, so every other request waited. Only the first BODY_CHARS
characters are rendered, with a link to the whole text (the row's JSON); renderings are
kept by the hash of what was rendered; a long rendering and the diffs run in a worker
thread, never on the event loop.
"""

from __future__ import annotations

import asyncio
import difflib
import hashlib
import re
import time
from collections import OrderedDict
from typing import Any

import nh3
from datasette.utils import add_cors_headers, path_with_format, to_css_class, urlsafe_components
from datasette.utils.asgi import Forbidden, NotFound, Response
from linkify_it import LinkifyIt
from markdown_it import MarkdownIt
from markdown_it.rules_inline import StateInline, emphasis
from markupsafe import Markup, escape

from iria_archive.search.request import json_list
from iria_archive.web.front import resolve_database

# About 15,000 words, longer than any news article; Markdown renders at ~10 MB/s, so the
# first rendering of the longest body takes ~10 ms. The rest is in the row's JSON.
BODY_CHARS = 100_000
# Renderings kept per server process, by content hash: at most ~100 KB each.
CACHE_ENTRIES = 128
# A body up to this long (a news article's ~5,000 characters take ~0.5 ms) is rendered on
# the event loop, as the page's template is: a worker thread gains nothing on a core the
# loop keeps busy (Python runs one thread at a time), and the hand-over to it and back
# cost each article page a wait behind every other request in flight (issue 20, item 5).
INLINE_CHARS = 20_000
_rendered: OrderedDict[str, Markup] = OrderedDict()

# The row as Datasette's row view read it (`select *`, every column for the template),
# then the body as the page shows it (Markdown, else the plain text) cut to BODY_CHARS in
# SQLite, and its whole length; the revisions' texts cut the same way.
ARTICLE_SQL = """
select *,
  substr(coalesce(nullif(markdown, ''), text), 1, :chars) as _body,
  length(coalesce(nullif(markdown, ''), text)) as _body_chars
from articles where url = :url
"""
REVISIONS_SQL = """
select fetched_at, modified, title, substr(text, 1, :chars) as text from revisions
where url = :url order by fetched_at desc, id desc
"""


# An article's page; its `.json` (and any other format) is Datasette's row view's.
ROUTE = r"^/(?P<database>[^/.]+)/articles/(?P<pks>[^/.]+)$"
ROW_TEMPLATES = ("row-{database}-articles.html", "row.html")


async def article_view(datasette: Any, request: Any) -> Response:
    """/archive/articles/<url>: the article page (Datasette's row view answers its JSON)."""
    db = resolve_database(datasette, request.url_vars["database"])
    database = db.name
    visible, private = await datasette.check_visibility(
        request.actor,
        permissions=[
            ("view-table", (database, "articles")),
            ("view-database", database),
            "view-instance",
        ],
    )
    if not visible:
        raise Forbidden("You do not have permission to view this table")
    pks = urlsafe_components(request.url_vars["pks"])
    if len(pks) != 1:
        raise NotFound("Record not found")
    (url,) = pks
    began = time.perf_counter()
    row, earlier = await db.execute_fn(lambda conn: read_article(conn, url))
    query_ms = 1000 * (time.perf_counter() - began)
    if row is None:
        raise NotFound("Record not found")
    values = await article_vars(datasette, database, request.url_vars["pks"], row, earlier)
    json_url = datasette.urls.path(path_with_format(request=request, format="json"))
    alternate = datasette.absolute_url(request, json_url)
    templates = [t.format(database=to_css_class(database)) for t in ROW_TEMPLATES]
    template = datasette.jinja_env.select_template(templates)
    context = {
        "database": database,
        "table": "articles",
        "rows": [row],
        "columns": list(row),
        "private": private,
        "renderers": {"json": json_url},
        "query_ms": query_ms,
        "alternate_url_json": alternate,
        "database_color": lambda database: "ff0000",
        "select_templates": [f"{'*' if t == template.name else ''}{t}" for t in templates],
        "datasette_version": _datasette_version(),
        "settings": datasette.settings_dict(),
        # The footer's licence and source: the table's metadata, as on Datasette's row page.
        "metadata": (datasette.metadata("databases") or {})
        .get(database, {})
        .get("tables", {})
        .get("articles", {}),
        **values,
    }
    html = await datasette.render_template(template, context, request=request, view_name="row")
    response = Response.html(
        html, headers={"Link": f'{alternate}; rel="alternate"; type="application/json+datasette"'}
    )
    # The headers Datasette's row view gives its page.
    if datasette.cache_headers:
        asked = request.args.get("_ttl") or ""
        ttl = int(asked) if asked.isdigit() else datasette.setting("default_cache_ttl")
        response.headers["Cache-Control"] = f"max-age={ttl}" if ttl else "no-cache"
    response.headers["Referrer-Policy"] = "no-referrer"
    if datasette.cors:
        add_cors_headers(response.headers)
    return response


def read_article(conn: Any, url: str) -> tuple[dict[str, Any] | None, list[dict[str, Any]]]:
    """The article's row (with `_body`, `_body_chars`) and its earlier versions, newest first."""
    params = {"url": url, "chars": BODY_CHARS}
    cursor = conn.execute(ARTICLE_SQL, params)
    names = [d[0] for d in cursor.description]
    found = cursor.fetchone()
    if found is None:
        return None, []
    cursor = conn.execute(REVISIONS_SQL, params)
    revision_names = [d[0] for d in cursor.description]
    earlier = [dict(zip(revision_names, r, strict=True)) for r in cursor.fetchall()]
    return dict(zip(names, found, strict=True)), earlier


async def article_vars(
    datasette: Any, database: str, pks: str, row: dict[str, Any], earlier: list[dict[str, Any]]
) -> dict[str, Any]:
    """What templates/_iria_article.html shows beside the article's row (which loses the
    `_body` and `_body_chars` it was read with)."""
    source = row.pop("_body") or ""
    body_chars = row.pop("_body_chars") or 0
    current = {
        "fetched_at": row["last_fetched"],
        "modified": row["modified"],
        "title": row["title"],
        "text": (row["text"] or "")[:BODY_CHARS],
    }
    versions = [current, *earlier]
    revisions = await asyncio.to_thread(with_diffs, versions) if len(versions) > 1 else []
    items = {name: json_list(row[name]) for name in ("categories", "tags")}
    if body_chars > BODY_CHARS:
        # Cut at the last paragraph break, so no paragraph is rendered half.
        cut = source.rfind("\n\n")
        source = source[:cut] if cut > BODY_CHARS // 2 else source
    body = await rendered_body(source)
    if body_chars > BODY_CHARS:
        full = datasette.urls.row(database, "articles", pks, format="json")
        body += truncation_note(len(source), body_chars, full)
    # Only a web link is a link: a stored javascript: URL is shown, never followed.
    url = row["url"]
    original = url if url and url.lower().startswith(("http://", "https://")) else None
    return {
        "article_body": body,
        "article_revisions": revisions,
        "article_items": items,
        "article_original_url": original,
        "site_title": datasette.metadata("title"),
    }


def _datasette_version() -> str:
    from datasette.version import __version__

    return __version__


async def rendered_body(source: str) -> Markup:
    """`source` as sanitized HTML (render_markdown), from the cache when it has it."""
    key = hashlib.sha256(source.encode()).hexdigest()
    cached = _rendered.get(key)
    if cached is not None:
        _rendered.move_to_end(key)
        return cached
    if len(source) <= INLINE_CHARS:
        html = render_markdown(source)
    else:
        html = await asyncio.to_thread(render_markdown, source)
    _rendered[key] = html
    if len(_rendered) > CACHE_ENTRIES:
        _rendered.popitem(last=False)
    return html


# The body's Markdown as the reader sees it. It was datasette-render-markdown's
# render_markdown (Python-Markdown, then bleach), ~40% of a serving worker's CPU at ~4 ms
# per article (issue 20, item 5); markdown-it-py (the CommonMark reference's port, which
# trafilatura writes for) and nh3 (Rust's ammonia) take ~0.5 ms (bench/, 5,400 characters).
#
# Raw HTML in the Markdown is text, shown as written: the archive holds what a page said,
# never markup of its own (bleach escaped the tags it did not allow, but let an <img> or
# <a> written in the text through, live). A bare URL in the text is a link, as bleach's
# linkify made it; e-mail addresses stay text, as there.


class _Addresses(LinkifyIt):
    """linkify-it-py's finder of web addresses, with a quicker first look.

    Its pretest, one regex over each paragraph, took ~80 µs a paragraph, 1.6 ms of a news
    article's 1.9 ms (Python's re on its boundary class and list of domains). An address
    it can find has `//`, `mailto:`, `localhost`, a dot before a letter (`www.`, `.com`)
    or digits between dots (an IP's); a paragraph with none is passed over without it."""

    def pretest(self, text: str) -> bool:
        return _MAY_HOLD_AN_ADDRESS.search(text) is not None and bool(super().pretest(text))


_MAY_HOLD_AN_ADDRESS = re.compile(r"//|mailto:|localhost|\.[^\W\d_]|\.\d{1,3}\.", re.IGNORECASE)
_markdown = MarkdownIt("commonmark", {"html": False, "linkify": True}).enable("linkify")
_markdown.linkify = _Addresses(options={"fuzzy_email": False})


def _emphasis(state: StateInline, silent: bool) -> bool:
    """markdown-it's emphasis rule, with `*` runs read as Python-Markdown read them: a run
    opens unless a space follows it and closes unless a space precedes it.

    trafilatura wraps exactly the text a page emphasised (`**Q:**Answer`, `„word*“*.`),
    which CommonMark's flanking rules leave as literal asterisks; the old renderer
    showed them bold or italic, as the page did. `_` runs keep CommonMark's rules
    (trafilatura never writes them; a literal one is escaped)."""
    start, known = state.pos, len(state.delimiters)
    if not emphasis.tokenize(state, silent):
        return False
    if state.src[start] == "*":
        before = state.src[start - 1] if start > 0 else " "
        after = state.src[state.pos] if state.pos < state.posMax else " "
        for delimiter in state.delimiters[known:]:
            delimiter.open = not after.isspace()
            delimiter.close = not before.isspace()
    return True


_markdown.inline.ruler.at("emphasis", _emphasis)

# datasette-render-markdown's bleach allow-list, in nh3's terms: the same tags, a[href] and
# img[src, alt], the same URL schemes, and its max-width on images. Anything else markdown-it
# writes (hr, br, a link's title, a code block's class) is dropped, keeping its text (bleach
# showed `<hr>` and `<br>` as text); ol[start] is new, so a list numbered from 4 does not
# read 1, 2, 3.
# Links get rel="nofollow" as bleach's linkify gave them, plus nh3's noopener noreferrer.
SANITIZER = nh3.Cleaner(
    tags={"a", "abbr", "acronym", "b", "blockquote", "code", "em", "i", "li", "ol", "strong"}
    | {"ul", "pre", "p", "h1", "h2", "h3", "h4", "h5", "h6", "img"},
    # "*": none, else nh3 keeps its generic lang and title on every tag.
    attributes={"*": set(), "a": {"href"}, "img": {"src", "alt"}, "ol": {"start"}},
    url_schemes={"http", "https", "mailto"},
    link_rel="nofollow noopener noreferrer",
    set_tag_attribute_values={"img": {"style": "max-width: 100%"}},
)


def render_markdown(source: str) -> Markup:
    """An article's Markdown as sanitized HTML, in the old renderer's wrapper element."""
    html = SANITIZER.clean(_markdown.render(source))
    return Markup(f'<div style="white-space: normal">{html}</div>')


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
