"""The site's permalink settings: the public URLs of posts and archives, and back.

The replica renders every page with its own internal addresses (`/news/<slug>/`,
`/news/category/europe/page/2/`, `/news/category/europe/feed/`), which are the public
ones under WordPress's `/%postname%/` structure. Any other setting is a rewrite, as
WordPress's own rewrite rules are: `Permalinks.outbound` turns the internal addresses of
a response into the public ones, `Permalinks.inbound` a public request into the internal
target. The structures WordPress offers (Settings > Permalinks):

- "postname": `/news/<slug>/`, archives `/news/category/europe/page/2/` (the default);
- "plain": `/news/?p=123`, archives `?cat=3&paged=2` (and `?paged=2&cat=3`, the
  order `paginate_links()` writes), feeds `?cat=3&feed=rss2`; with no rewrite rules,
  any other path under the install shows the home page;
- "category": `/%category%/%postname%/`, a post under its first category's path
  (nested: `/news/europe/balkans/<slug>/`), the first being the lowest term id.

`category_base` renames `/category/` (WordPress's "Category base" setting).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from urllib.parse import parse_qsl, urlencode

from .content import Post, category_lineage
from .rest_items import CATEGORY_IDS

STRUCTURES = ("postname", "plain", "category")
_FEED_KINDS = {"rss2": "feed/", "atom": "feed/atom/"}
_NUMBER_TEXT = re.compile(r"[^<>]*>\s*\d+\s*</a>")


class Permalinks:
    """Public URLs of one site's posts and archives under a permalink structure."""

    def __init__(
        self,
        base_url: str,
        posts: Iterable[Post],
        structure: str = "postname",
        category_base: str = "category",
    ) -> None:
        if structure not in STRUCTURES:
            raise ValueError(f"unknown permalink structure {structure!r}: {', '.join(STRUCTURES)}")
        self.structure = structure
        self.category_base = category_base
        self.news = f"{base_url}/news/"
        self._by_slug: dict[str, Post] = {}
        for post in posts:  # the deleted post too: its link answers 404, as WordPress's does
            self._by_slug.setdefault(post.slug, post)
            if post.old_slug:
                self._by_slug.setdefault(post.old_slug, post)
        self._by_id = {p.id: p for p in self._by_slug.values()}
        self._slug_of_category = {cid: slug for slug, cid in CATEGORY_IDS.items()}
        self._internal = re.compile(re.escape(self.news) + r"([\w.~%/-]*)(\?[^\s\"'<>#]*)?")

    @property
    def rewrites(self) -> bool:
        """Whether any public URL differs from the internal one."""
        return (self.structure, self.category_base) != ("postname", "category")

    def post_path(self, post: Post, slug: str | None = None) -> str:
        """The public URL of `post` (at `slug`, an old slug, when given)."""
        slug = slug or post.slug
        if self.structure == "plain":
            return f"{self.news}?p={post.id}"
        if self.structure == "category":
            first = min(post.categories, key=CATEGORY_IDS.__getitem__)
            return f"{self.news}{'/'.join(category_lineage(first))}/{slug}/"
        return f"{self.news}{slug}/"

    def category(self, slug: str) -> str:
        """The public first page of a category archive."""
        return self.outbound(f"{self.news}category/{'/'.join(category_lineage(slug))}/")

    # -- internal -> public ----------------------------------------------------------

    def outbound(self, text: str, escape: str = "&") -> str:
        """`text` (a page, a feed, a header) with every internal URL made public.

        `escape` is how a query's `&` is written there: `&#038;` in HTML (esc_url),
        `&amp;` in XML, `&` in JSON and headers."""
        if not self.rewrites:
            return text

        def public(match: re.Match[str]) -> str:
            tag_start = text.rfind("<", 0, match.start())
            in_tag = text[tag_start : match.start()] if tag_start >= 0 else ""
            # paginate_links()'s numbers: `class="page-numbers"`, or a link reading "2".
            number_link = (
                "page-numbers" in in_tag and not re.search(r"\b(next|prev)\b", in_tag)
            ) or bool(_NUMBER_TEXT.match(text, match.end()))
            path, query = self._public(match.group(1), number_link)
            query = query.replace("&", escape)
            rest = (match.group(2) or "")[1:]  # as the page wrote it, escaped already
            if rest:
                query = f"{query}{escape}{rest}" if query else rest
            return f"{path}?{query}" if query else path

        return self._internal.sub(public, text)

    def _public(self, rest: str, number_link: bool) -> tuple[str, str]:
        """(public path, query with `&` separators) of the internal `/news/<rest>`."""
        segments = [s for s in rest.split("/") if s]
        internal = self.news + rest
        if not segments:
            return internal, ""
        if segments[0] == "category":
            lineage, suffix = _split_suffix(segments[1:])
            if self.structure != "plain":
                path = f"{self.news}{self.category_base}/{'/'.join(lineage)}/"
                return path + "/".join(suffix) + ("/" if suffix else ""), ""
            query = {"cat": str(CATEGORY_IDS.get(lineage[-1], 0))} if lineage else {}
            return self.news, _plain_query(query, suffix, number_link)
        if self.structure == "plain":
            if segments[0] in ("page", "feed"):
                _lineage, suffix = _split_suffix(segments)
                return self.news, _plain_query({}, suffix, number_link)
            if len(segments) == 1 and segments[0] in self._by_slug:
                return self.news, f"p={self._by_slug[segments[0]].id}"
            return internal, ""
        if len(segments) == 1 and segments[0] in self._by_slug:
            return self.post_path(self._by_slug[segments[0]], segments[0]), ""
        return internal, ""

    # -- public -> internal ----------------------------------------------------------

    def inbound(self, target: str) -> str:
        """The internal target (path and query) of a public request `target`."""
        if not self.rewrites:
            return target
        path, _, query = target.partition("#")[0].partition("?")
        if not path.startswith("/news/") or "." in path.rsplit("/", 1)[-1]:
            return target  # robots.txt, /news, uploads, sitemaps: the same under any setting
        segments = [s for s in path[len("/news/") :].split("/") if s]
        if self.structure == "plain":
            return self._plain_inbound(segments, query)
        if segments[:1] == [self.category_base]:
            return "/news/" + "/".join(["category", *segments[1:]]) + "/" + _q(query)
        if segments[:1] == ["category"]:
            return "/news/-/"  # not a route any more: 404
        if self.structure == "category" and segments and segments[-1] in self._by_slug:
            post = self._by_slug[segments[-1]]
            if self.post_path(post, segments[-1]) == f"{self.news}{'/'.join(segments)}/":
                return f"/news/{segments[-1]}/{_q(query)}"
            # Another category path, or a bare slug: WordPress redirects to the permalink.
            return f"/news/{segments[-1]}{_q(query)}"
        if self.structure == "category" and len(segments) == 1:
            return "/news/-/"  # /%category%/%postname%/ has no one-segment post URL
        return target

    def _plain_inbound(self, segments: list[str], query: str) -> str:
        if segments[:1] in (["wp-content"], ["wp-json"]):
            return "/news/" + "/".join(segments) + "/" + _q(query)
        params = dict(parse_qsl(query))
        post_id = params.pop("p", "")
        if post_id.isdigit():
            post = self._by_id.get(int(post_id))
            return f"/news/{post.slug}/" if post else "/news/-/"
        path = "/news/"
        cat = params.pop("cat", "")
        category = self._slug_of_category.get(int(cat)) if cat.isdigit() else None
        if category:
            path += f"category/{'/'.join(category_lineage(category))}/"
        feed = params.pop("feed", None)
        if feed:
            path += _FEED_KINDS.get(feed, "feed/")
        else:
            paged = params.pop("paged", "1")
            if paged.isdigit() and int(paged) > 1:
                path += f"page/{paged}/"
        return path + _q(urlencode(params))


def _split_suffix(segments: list[str]) -> tuple[list[str], list[str]]:
    """(category lineage or [], `page/N` or `feed[/atom]` suffix) of path segments."""
    if len(segments) >= 2 and segments[-2] == "page":
        return segments[:-2], segments[-2:]
    if segments[-2:] == ["feed", "atom"]:
        return segments[:-2], segments[-2:]
    if segments[-1:] == ["feed"]:
        return segments[:-1], segments[-1:]
    return segments, []


def _plain_query(query: dict[str, str], suffix: list[str], number_link: bool) -> str:
    """Plain permalinks' archive query: get_pagenum_link() appends `paged` to the
    archive's own query, paginate_links() puts it first (`?paged=2&cat=3`)."""
    if suffix[:1] == ["page"]:
        paged = {"paged": suffix[1]}
        query = {**paged, **query} if number_link else {**query, **paged}
    elif suffix[:1] == ["feed"]:
        query = {**query, "feed": "atom" if suffix[-1] == "atom" else "rss2"}
    return urlencode(query)


def _q(query: str) -> str:
    return f"?{query}" if query else ""
