"""Turn one article page into the archive's fields: the one place an article is extracted.

`extract_article(html, url, profile, hints)` needs no Scrapy; the crawl's ExtractPipeline
and any re-extraction of stored pages call this very function. The page is parsed once:
the lxml tree read here for the page's own metadata (page_sources.py, metadata.py) is
the tree trafilatura extracts from, after pruning.py marked what to skip and
formatting.py made its formatting read as trafilatura's plain reading would. A site's own
rules come in a SiteProfile (iria_archive/model/profile.py); nothing here knows a particular site.
"""

from __future__ import annotations

import hashlib
import logging
import re
from dataclasses import asdict, dataclass, field
from typing import Any

import trafilatura
from lxml.html import HtmlElement
from trafilatura.settings import Document
from trafilatura.xml import xmltotxt

from iria_archive.extraction.conventions import TreeIndex, post_class_markup
from iria_archive.extraction.formatting import paragraph_loose_sentences, plain_orphan_formatting
from iria_archive.extraction.metadata import WholePageReading, read_metadata
from iria_archive.extraction.page_sources import PageSources
from iria_archive.extraction.pruning import (
    PRUNED_XPATH,
    drop_link_lines,
    link_lines,
    mark_for_pruning,
)
from iria_archive.extraction.second_opinion import second_opinion
from iria_archive.model.items import ArticlePage, FetchFailure, SourceHints
from iria_archive.model.profile import GENERIC_PROFILE, SiteProfile

logger = logging.getLogger(__name__)

# Bumped whenever the generic rules here (pruning guard, link lines, metadata order)
# change; a site profile has its own rules version. Both go into the extractor stamp.
EXTRACTION_RULES_VERSION = "8"


def extractor_stamp(profile: SiteProfile) -> str:
    """What made an article: trafilatura's version, these rules, the site profile's."""
    return (
        f"trafilatura {trafilatura.__version__} / extract {EXTRACTION_RULES_VERSION}"
        f" / {profile.name} rules {profile.rules_version}"
    )


# A page this large (a whole book pasted into a post) is read by trafilatura's own
# extraction alone: its fallbacks (readability, jusText) each copy the tree again, which
# on a 14 MB page is hundreds of MB and half a minute. No news article comes near it.
LARGE_PAGE_CHARS = 2_000_000

# trafilatura options: the best-scoring combination on news pages, comments excluded.
# Never deduplicate=True: it strips text from a page extracted a second time. Its
# metadata is read apart, when a field needs it (metadata.WholePageReading).
TRAFILATURA_OPTIONS: dict[str, Any] = dict(
    with_metadata=False,
    include_comments=False,
    favor_precision=True,
    include_formatting=True,
    include_tables=True,
    include_images=False,
    include_links=False,
    deduplicate=False,
)


@dataclass
class ExtractedArticle:
    """The fields of one article as the page (and its discovery source) give them."""

    url: str
    title: str | None
    author: str | None
    published: str | None
    modified: str | None
    categories: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    description: str | None = None
    image_url: str | None = None
    image_caption: str | None = None
    text: str = ""
    markdown: str = ""
    language: str | None = None
    word_count: int = 0
    content_hash: str = ""
    # Metadata fields whose sources disagree (hints vs JSON-LD vs meta vs markup): counted
    # in the crawl's stats, not stored.
    disagreements: list[str] = field(default_factory=list)
    post_id: int | None = None  # WordPress's id of the post (hints, else the page)
    install: str | None = None  # the install's home URL: the id is unique only there

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


class ExtractionError(ValueError):
    """The page holds no article text."""


class ProtectedPostError(ExtractionError):
    """A password-protected post: its text is not on the page, it is never archived."""


def extract_article(
    html: str | bytes,
    url: str,
    profile: SiteProfile = GENERIC_PROFILE,
    hints: SourceHints | None = None,
) -> ExtractedArticle:
    """Extract an article's text and metadata from its page; raise ExtractionError if none.

    `profile` holds the site's own rules; `hints` what the discovery source (REST API,
    feed) said about the article, preferred to anything the page's markup says.
    """
    if hints is not None and hints.protected:
        raise ProtectedPostError("password-protected post")
    tree = trafilatura.load_html(html)
    if tree is None:
        raise ExtractionError("not an HTML document")
    page = PageSources(
        tree,
        url,
        post_id=hints.post_id if hints else None,
        category_archives=profile.category_archives,
    )
    # The post's own markup only: a related post's tile may be a protected post's.
    if page.protected():
        raise ProtectedPostError("password-protected post")
    canonical = page.canonical_url()
    # Other posts' tiles as WordPress prints them (post_class()): not the article's text.
    # A bare <article> may be one part of the page's text (a CMS's content elements).
    tiles = [node for node in page.other_posts if post_class_markup(node)]
    mark_for_pruning(tree, profile, canonical, page.article_body, tiles, page.index)
    if _point_at_the_body(page.index, page.article_body):
        page.classes_changed()
    # The metadata first, from the page as served: then trafilatura's view of it changes.
    whole_page = WholePageReading(tree)
    metadata = read_metadata(page, hints, fallback=whole_page)
    article = ExtractedArticle(
        url=canonical,
        title=metadata.title,
        author=metadata.author,
        published=metadata.published,
        modified=metadata.modified,
        categories=metadata.categories,
        tags=metadata.tags,
        description=page.description() or whole_page.description,
        image_url=page.image_url() or whole_page.image,
        image_caption=page.image_caption(),
        language=page.language(),
        disagreements=metadata.disagreements,
        post_id=(hints.post_id if hints else None) or page.post_id(),
        install=(hints.install if hints else None) or page.install(),
    )
    related_links = link_lines(tree, canonical)
    plain_orphan_formatting(tree)
    paragraph_loose_sentences(tree)
    # trafilatura prunes what was marked (from its own copy of the tree).
    document = trafilatura.bare_extraction(
        tree,
        url=url,
        prune_xpath=[PRUNED_XPATH],
        fast=len(html) > LARGE_PAGE_CHARS,
        **TRAFILATURA_OPTIONS,
    )
    if not isinstance(document, Document) or document.body is None:  # None: no text found
        raise ExtractionError("no article text found")
    body = document.body
    # A precise extraction holding clearly less than the page's prose may have lost body
    # paragraphs: a second opinion (trafilatura's recall setting) puts back those that are
    # more of the same body (second_opinion.py); sound pages pay one <p> pass.
    if len(html) <= LARGE_PAGE_CHARS:
        filled = second_opinion(tree, url, body, [PRUNED_XPATH])
        body = body if filled is None else filled
    dropped = drop_link_lines(body, related_links) if related_links else 0
    text = _paragraphs(xmltotxt(body, include_formatting=False), profile, article.title)
    if not text:
        raise ExtractionError("no article text found")
    # trafilatura wrote the body with its formatting already (include_formatting).
    formatted = document.text if body is document.body and not dropped else None
    markdown = _paragraphs(
        formatted or xmltotxt(body, include_formatting=True), profile, article.title
    )
    article.text, article.markdown = text, markdown
    article.word_count = len(text.split())
    article.content_hash = hashlib.sha256(text.encode()).hexdigest()
    return article


# Where trafilatura looks first for an article body: <article>, <main>, these in a
# class, `articleBody` in an itemprop. A theme without any of these leaves it guessing,
# and its fallback algorithms drop lists and short paragraphs.
_BODY_CLASSES = ("entry-content", "post-content", "article-body")


def _names_a_body(index: TreeIndex) -> bool:
    if "article" in index.tags or "main" in index.tags or index.with_class_part(*_BODY_CLASSES):
        return True
    return bool(index.tree.xpath("//*[contains(@itemprop, 'articleBody')]"))


def _is_wordpress(tree: HtmlElement) -> bool:
    """A WordPress page: its assets, uploads, REST link or the block editor's markup."""
    for node in tree.iter("*"):
        for value in (node.get("href"), node.get("src")):
            if value and ("/wp-content/" in value or "/wp-includes/" in value):
                return True
        if (classes := node.get("class")) and ("wp-block-" in classes or "wp-image-" in classes):
            return True
        if node.tag == "link" and node.get("rel") == "https://api.w.org/":
            return True
    return False


def _point_at_the_body(index: TreeIndex, body: HtmlElement | None) -> bool:
    """Name the article body the way WordPress themes do, when the theme names it not:
    the element whose paragraphs hold the most text (iria_archive.extraction.pruning.main_content).
    True when it did."""
    if _names_a_body(index) or not _is_wordpress(index.tree):
        return False
    # Only where trafilatura's fallback is known to lose text: lists and subheadings.
    if (
        body is not None
        and body.tag not in ("body", "html")
        and body.xpath("./ul | ./ol | ./h2 | ./h3 | ./h4")
    ):
        body.set("class", f"{body.get('class', '')} entry-content".strip())
        return True
    return False


def _paragraphs(raw: str, profile: SiteProfile, title: str | None = None) -> str:
    """One block per paragraph, separated by blank lines, the site's boilerplate dropped.

    A list stays one block, an item a line ("- item", as trafilatura writes it). A first
    line that is the post's title (a theme printing the headline inside the post, above
    its content) is the title, not the text.
    """
    lines = [" ".join(line.split()) for line in raw.splitlines()]
    blocks: list[str] = []
    for line in lines:
        if not line or profile.is_boilerplate(line):
            continue
        if not blocks and title and _is_title(line, title):
            continue
        # Markdown list items stay together as one list.
        if blocks and _is_list_item(line) and _is_list_item(blocks[-1].splitlines()[-1]):
            blocks[-1] += "\n" + line
        else:
            blocks.append(line)
    return "\n\n".join(blocks)


def _is_title(line: str, title: str) -> bool:
    """The line is the title, whatever its markup (`## `, `**`), quotes or spacing."""
    return _letters(line) == _letters(title) != ""


def _letters(text: str) -> str:
    return re.sub(r"\W+", "", text.casefold())


def _is_list_item(line: str) -> bool:
    return line.startswith(("- ", "* ")) or bool(re.match(r"\d+\. ", line))


def extract_page(page: ArticlePage, profile: SiteProfile) -> dict[str, Any] | FetchFailure:
    """A fetched page -> the article's fields and fetch metadata, or why it has none.

    The crawl's pipeline and `iria-archive reprocess` both go through here. A
    password-protected post is a FetchFailure of kind "protected": never archived.
    """
    try:
        article = extract_article(
            page.body.decode(page.encoding, errors="replace"),
            page.final_url,
            profile=profile,
            hints=page.hints,
        )
    except ExtractionError as error:
        return FetchFailure(
            url=page.url,
            kind="protected" if isinstance(error, ProtectedPostError) else "extraction",
            reason=str(error),
            status=page.status,
            listing_url=page.listing_url,
            hints=page.hints,
        )
    headers = {k.lower(): v for k, v in page.headers.items()}
    return {
        **article.as_dict(),
        "requested_url": page.url,
        "final_url": page.final_url,  # after redirects: the store checks the canonical on it
        "hints": page.hints,  # the store keeps hints.changed per URL
        "fetched_at": page.fetched_at,
        "extractor": extractor_stamp(profile),
        "http_etag": headers.get("etag"),
        "http_last_modified": headers.get("last-modified"),
    }
