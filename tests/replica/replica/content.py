"""The replica's data model: categories, posts and their blocks, and what follows from them.

Posts are made by generate.py (from the word pools in words.py, written by writer.py);
`render` turns them into WordPress markup and `site` serves them; the expected archive
rows are derived from the same data, so the replica and its truth cannot drift apart.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

# Category slug -> display name. Balkans is a child of Europe: WordPress lists
# child-category posts on the parent's archive.
CATEGORIES: dict[str, str] = {
    "europe": "Europe",
    "balkans": "Balkans",
    "news": "News",
    "asia": "Asia",
    "middle-east": "Middle East",
    "americas": "Americas",
}
CATEGORY_PARENTS: dict[str, str] = {"balkans": "europe"}


@dataclass(frozen=True)
class Block:
    """One body element: "p", "h2", "ul", "blockquote", or "script" (never text)."""

    kind: str
    text: str = ""  # for p, h2, blockquote; the code for script
    items: tuple[str, ...] = ()  # for ul
    links: tuple[tuple[str, str], ...] = ()  # (anchor text found in text, href)


@dataclass(frozen=True)
class Post:
    """One WordPress post, as the replica renders it."""

    id: int
    slug: str
    title: str
    author: str | None
    published: str  # ISO 8601 with offset, e.g. "2023-01-09T10:15:00+00:00"
    modified: str | None  # ISO 8601 or None when never modified
    categories: tuple[str, ...]  # category slugs in page order, e.g. ("europe", "news")
    tags: tuple[str, ...]  # tag display names in page order, may be empty
    description: str
    image: str | None  # path like "/news/wp-content/uploads/2023/01/<slug>.jpg"
    image_caption: str | None  # "... (Image Credit: First Last/Agency)"
    blocks: tuple[Block, ...]
    comments: tuple[tuple[str, str], ...]  # (commenter name, comment text)
    old_slug: str | None = None  # this old slug 301-redirects to slug
    json_ld: bool = True  # page carries Yoast-style JSON-LD
    meta_dates: bool = True  # page carries article:published_time / modified_time meta
    sticky: bool = False
    deleted: bool = False  # still listed on category archives, but its page answers 404
    password: str | None = None  # password-protected: listed everywhere, never archived


def block_texts(block: Block) -> list[str]:
    """The text entries of one block: one per paragraph, heading, list, quote.

    A list is one entry, an item a line "- item" (the plain-text form trafilatura writes).
    """
    if block.kind == "ul":
        return ["\n".join(f"- {item}" for item in block.items)]
    if block.kind in ("p", "h2", "blockquote"):
        return [block.text]
    return []  # a script is code, never article text


def body_text(post: Post) -> str:
    """The article text a perfect extractor returns: block texts joined by blank lines."""
    return "\n\n".join(text for block in post.blocks for text in block_texts(block))


def category_lineage(slug: str) -> list[str]:
    """Category slugs from the root down to `slug`, e.g. ["europe", "balkans"]."""
    lineage = [slug]
    while lineage[0] in CATEGORY_PARENTS:
        lineage.insert(0, CATEGORY_PARENTS[lineage[0]])
    return lineage


def in_category(post: Post, slug: str) -> bool:
    """Whether `post` is listed on the archive of `slug` (children included)."""
    return any(slug in category_lineage(own) for own in post.categories)


def slugify(text: str) -> str:
    """A WordPress-like slug: accents folded, apostrophes dropped, dashes between words."""
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    folded = re.sub(r"['’]", "", folded.lower())
    return re.sub(r"[^a-z0-9]+", "-", folded).strip("-")


def find_traps(posts: list[Post]) -> dict[str, Post]:
    """The posts that carry each crawl/extraction trap, found from their data."""
    europe = [p for p in posts if in_category(p, "europe")]

    def only(label: str, matches: list[Post]) -> Post:
        if len(matches) != 1:
            raise AssertionError(f"expected one {label} post, found {len(matches)}")
        return matches[0]

    texts = [(p, body_text(p)) for p in europe]

    def text_has(phrase: str) -> list[Post]:
        return [p for p, text in texts if phrase in text]

    protected = [p for p in europe if p.password]
    return {
        **({"protected": only("protected", protected)} if protected else {}),
        "sticky": only("sticky", [p for p in europe if p.sticky]),
        "old_slug": only("old-slug", [p for p in europe if p.old_slug]),
        "deleted": only("deleted", [p for p in europe if p.deleted]),
        "no_author": only("author-less", [p for p in europe if p.author is None]),
        "date_text_only": only(
            "date-in-text-only", [p for p in europe if not (p.meta_dates or p.json_ld)]
        ),
        "copyright": only("copyright-trap", text_has("copyright reform")),
        "subscribe": only("subscribe-trap", text_has("subscribe to the ministry")),
        "vucic": only("Vučić", text_has("Vučić")),
        "script": only("script", [p for p in europe if any(b.kind == "script" for b in p.blocks)]),
    }
