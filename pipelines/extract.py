"""Turn one article page into the archive's fields: the one place trafilatura is called.

`extract_article(html, url)` needs no Scrapy; the crawl's ExtractPipeline and any
re-extraction of stored pages call this very function. The page is parsed once: the
lxml tree read here for the page's own metadata is the tree trafilatura extracts from.
"""

from __future__ import annotations

import hashlib
import json
import logging
import re
from dataclasses import asdict, dataclass, field
from datetime import datetime
from typing import Any
from urllib.parse import urljoin

import trafilatura
from lxml.html import HtmlElement
from trafilatura.xml import xmltotxt

from scraper.items import ArticlePage, FetchFailure
from scraper.urls import canonical_url

logger = logging.getLogger(__name__)

# Bumped whenever the rules below change, so stored articles show which rules made them.
EXTRACTION_RULES_VERSION = "1"
EXTRACTOR = f"trafilatura {trafilatura.__version__} / rules {EXTRACTION_RULES_VERSION}"

# --- The site's own rules, all of them ------------------------------------------------
# trafilatura finds the main text by itself; these remove what it would otherwise keep
# on a WordPress article page (see ../shared/iria-site.md, "page anatomy"). They go by
# WordPress/Jetpack conventions (entry-meta, sharedaddy, comment-respond, widgets).
SITE_PRUNE_XPATH = [
    # Captions are kept apart, in image_caption ("(Image Credit: ...)").
    "//figcaption",
    "//*[contains(concat(' ', normalize-space(@class), ' '), ' wp-caption-text ')]",
    # Title block: categories / "No Comments on <title>" line, byline, date.
    "//*[contains(concat(' ', normalize-space(@class), ' '), ' entry-header ')]",
    "//*[contains(concat(' ', normalize-space(@class), ' '), ' entry-meta ')]",
    "//*[contains(concat(' ', normalize-space(@class), ' '), ' entry-footer ')]",
    # Jetpack share buttons and related posts, inside entry-content.
    "//*[contains(@class, 'sharedaddy') or contains(@class, 'sd-sharing')]",
    "//*[contains(@class, 'jp-relatedposts') or contains(@class, 'related-articles')"
    " or contains(@class, 'related-posts')]",
    # Comments and the comment form; subscription boxes; page chrome.
    "//*[@id='comments' or @id='respond' or contains(@class, 'comments-area')]",
    "//form",
    "//aside | //nav | //footer | //header",
    "//*[contains(@class, 'screen-reader-text') or contains(@class, 'back-to-top')]",
]
# Whole lines that are boilerplate wherever they turn up. Matched exactly, so a body
# paragraph that merely talks about copyright or subscribing stays.
BOILERPLATE_LINES = re.compile(
    r"^(Related Articles|Leave a comment|Leave a Reply|Back to Top|Subscribe to IRIA News"
    r"|Enter your email address:|Share this:|Copyright ©.*IRIA.*"
    r"|IRIA is a research institute focusing on critical issues.*)$"
)
# -----------------------------------------------------------------------------------

# trafilatura options: the best-scoring combination on news pages, comments excluded.
# Never deduplicate=True: it strips text from a page extracted a second time.
_TRAFILATURA_OPTIONS: dict[str, Any] = dict(
    with_metadata=True,
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
    """The fields of one article as the page gives them."""

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

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


class ExtractionError(ValueError):
    """The page holds no article text."""


def extract_article(html: str | bytes, url: str) -> ExtractedArticle:
    """Extract an article's text and metadata from its page; raise ExtractionError if none."""
    tree = trafilatura.load_html(html)
    if tree is None:
        raise ExtractionError("not an HTML document")
    page = _PageMetadata(tree, url)
    image_caption = page.image_caption()  # read before the pruning removes captions

    document = trafilatura.bare_extraction(
        tree, url=url, prune_xpath=SITE_PRUNE_XPATH, **_TRAFILATURA_OPTIONS
    )
    if document is None or document.body is None:
        raise ExtractionError("no article text found")
    text = _paragraphs(xmltotxt(document.body, include_formatting=False))
    if not text:
        raise ExtractionError("no article text found")
    markdown = _paragraphs(xmltotxt(document.body, include_formatting=True))

    return ExtractedArticle(
        url=page.canonical_url(),
        title=page.title() or document.title,
        author=page.author(),
        published=page.published() or _iso(document.date),
        modified=page.modified(),
        categories=page.categories() or list(document.categories or []),
        tags=page.tags() or list(document.tags or []),
        description=page.meta("description", "og:description") or document.description,
        image_url=page.image_url() or document.image,
        image_caption=image_caption,
        text=text,
        markdown=markdown,
        language=page.language(),
        word_count=len(text.split()),
        content_hash=hashlib.sha256(text.encode()).hexdigest(),
    )


def _paragraphs(raw: str) -> str:
    """One block per paragraph, separated by blank lines, boilerplate lines dropped.

    A list stays one block, an item a line ("- item", as trafilatura writes it).
    """
    lines = [" ".join(line.split()) for line in raw.splitlines()]
    blocks: list[str] = []
    for line in lines:
        if not line or BOILERPLATE_LINES.match(line):
            continue
        # Markdown list items stay together as one list.
        if blocks and _is_list_item(line) and _is_list_item(blocks[-1].splitlines()[-1]):
            blocks[-1] += "\n" + line
        else:
            blocks.append(line)
    return "\n\n".join(blocks)


def _is_list_item(line: str) -> bool:
    return line.startswith(("- ", "* ")) or bool(re.match(r"\d+\. ", line))


def _iso(value: str | None) -> str | None:
    """Normalise an ISO 8601 date or datetime; None when it is not one."""
    if not value:
        return None
    try:
        parsed = datetime.fromisoformat(value.strip())
    except ValueError:
        return None
    if len(value.strip()) == 10:  # a date alone stays a date, no invented midnight
        return parsed.date().isoformat()
    return parsed.isoformat()


class _PageMetadata:
    """The page's own statements about itself: meta tags, JSON-LD, WordPress markup."""

    def __init__(self, tree: HtmlElement, url: str) -> None:
        self.tree = tree
        self.url = url
        self.json_ld = _json_ld_article(tree)

    def meta(self, *names: str) -> str | None:
        for name in names:
            for value in self.tree.xpath("//meta[@property=$n or @name=$n]/@content", n=name):
                if value.strip():
                    return " ".join(value.split())
        return None

    def canonical_url(self) -> str:
        href = next(iter(self.tree.xpath("//link[@rel='canonical']/@href")), None)
        return canonical_url(urljoin(self.url, href) if href else self.url)

    def title(self) -> str | None:
        headline = self.json_ld.get("headline")
        if isinstance(headline, str) and headline.strip():
            return headline.strip()
        for xpath in (
            "//*[contains(concat(' ', normalize-space(@class), ' '), ' entry-title ')]",
            "//article//h1",
        ):
            for node in self.tree.xpath(xpath):
                title = " ".join(node.text_content().split())
                if title:
                    return title
        return self.meta("og:title")

    def author(self) -> str | None:
        author = self.json_ld.get("author")
        if isinstance(author, list):
            author = author[0] if author else None
        if isinstance(author, dict):
            author = author.get("name")
        if isinstance(author, str) and author.strip():
            return author.strip()
        if author := self.meta("author", "article:author"):
            return author
        # The byline WordPress themes print (`the_author_posts_link`), never a commenter's.
        for node in self.tree.xpath(
            "//a[@rel='author' or contains(@class, 'url fn')][not(ancestor::*[@id='comments'])]"
        ):
            name = " ".join(node.text_content().split())
            if name:
                return name
        return None

    def published(self) -> str | None:
        return _iso(self.meta("article:published_time")) or _iso(
            _str(self.json_ld.get("datePublished"))
        )

    def modified(self) -> str | None:
        return _iso(self.meta("article:modified_time")) or _iso(
            _str(self.json_ld.get("dateModified"))
        )

    def categories(self) -> list[str]:
        return self._term_links("category")

    def tags(self) -> list[str]:
        return self._term_links("tag")

    def _term_links(self, rel: str) -> list[str]:
        # WordPress marks a post's terms rel="category tag" / rel="tag" in page order;
        # sidebar widgets list all categories without that rel.
        names: dict[str, None] = {}
        for node in self.tree.xpath(
            "//a[contains(concat(' ', normalize-space(@rel), ' '), $rel)]"
            "[not(ancestor::aside)][not(ancestor::*[@id='comments'])]",
            rel=f" {rel} ",
        ):
            if rel == "tag" and "category" in (node.get("rel") or ""):
                continue
            name = " ".join(node.text_content().split())
            if name:
                names.setdefault(name, None)
        return list(names)

    def image_url(self) -> str | None:
        image = self.meta("og:image")
        return urljoin(self.url, image) if image else None

    def image_caption(self) -> str | None:
        for node in self.tree.xpath(
            "//figure//figcaption[not(ancestor::aside)]"
            " | //*[contains(concat(' ', normalize-space(@class), ' '), ' wp-caption-text ')]"
        ):
            caption = " ".join(node.text_content().split())
            if caption:
                return caption
        return None

    def language(self) -> str | None:
        lang = self.tree.get("lang") or self.meta("og:locale")
        if not lang:
            return None
        return re.split(r"[-_]", lang.strip())[0].lower() or None


def _str(value: Any) -> str | None:
    return value if isinstance(value, str) else None


def _json_ld_article(tree: HtmlElement) -> dict[str, Any]:
    """The Article object of the page's JSON-LD (Yoast puts it in an @graph), or {}."""
    for script in tree.xpath("//script[@type='application/ld+json']/text()"):
        try:
            data = json.loads(script)
        except ValueError:
            continue
        nodes = data if isinstance(data, list) else [data]
        for node in list(nodes):
            if isinstance(node, dict) and isinstance(node.get("@graph"), list):
                nodes.extend(node["@graph"])
        for node in nodes:
            if not isinstance(node, dict):
                continue
            kinds = node.get("@type")
            kinds = kinds if isinstance(kinds, list) else [kinds]
            if any(
                k in ("Article", "NewsArticle", "BlogPosting", "ReportageNewsArticle")
                for k in kinds
            ):
                return node
    return {}


def extract_page(page: ArticlePage) -> dict[str, Any] | FetchFailure:
    """A fetched page -> the article's fields and fetch metadata, or why it has none.

    The crawl's pipeline and `iria-archive reprocess` both go through here.
    """
    try:
        article = extract_article(page.body.decode(page.encoding, errors="replace"), page.final_url)
    except ExtractionError as error:
        return FetchFailure(
            url=page.url,
            kind="extraction",
            reason=str(error),
            status=page.status,
            listing_url=page.listing_url,
        )
    headers = {k.lower(): v for k, v in page.headers.items()}
    return {
        **article.as_dict(),
        "requested_url": page.url,
        "final_url": page.final_url,  # after redirects: the store checks the canonical on it
        "hints": page.hints,  # the store keeps hints.changed per URL
        "fetched_at": page.fetched_at,
        "extractor": EXTRACTOR,
        "http_etag": headers.get("etag"),
        "http_last_modified": headers.get("last-modified"),
    }


class ExtractPipeline:
    """Raw article page -> a dict of the article's fields (or a FetchFailure)."""

    def __init__(self, stats: Any) -> None:
        self.stats = stats

    @classmethod
    def from_crawler(cls, crawler: Any) -> ExtractPipeline:
        return cls(crawler.stats)

    def process_item(self, item: Any) -> Any:
        if not isinstance(item, ArticlePage):
            return item
        self.stats.inc_value("iria/article_pages")
        result = extract_page(item)
        if isinstance(result, FetchFailure):
            self.stats.inc_value("iria/extraction_failures")
            logger.warning("Extraction failed for %s: %s", item.url, result.reason)
        return result
