"""Site profiles: the one place a site's own extraction rules live.

The generic extractor (`extraction/article.py`) knows WordPress and trafilatura, never a
particular site. What one site adds (markup to prune, boilerplate lines its theme and
widgets print) is a `SiteProfile`, stamped with a name and a rules version on every
article it made, so a stored row says which rules produced it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# A boilerplate line is either an exact line (str) or a pattern the whole line must match.
BoilerplateLine = str | re.Pattern[str]


@dataclass(frozen=True)
class SiteProfile:
    """A site's extraction rules: markup pruned before extraction, lines dropped after.

    `prune_xpath` expressions are applied under the extractor's guard (a match that
    holds the main content is kept). `boilerplate_lines` drop a line of the extracted
    text only when the whole line is one of them, so a body paragraph that merely talks
    about copyright or subscribing stays.
    """

    name: str
    rules_version: str
    prune_xpath: tuple[str, ...] = ()
    boilerplate_lines: tuple[BoilerplateLine, ...] = ()
    # Category archive URLs of the site (its sections' start URLs): they show its
    # category base when Settings > Permalinks moved it ("/news/topics/europe/": topics),
    # for a theme whose pages show no term markup of WordPress's (extraction/term_links.py).
    category_archives: tuple[str, ...] = ()

    def is_boilerplate(self, line: str) -> bool:
        """True when this whole (whitespace-normalised) line is one of the site's."""
        for rule in self.boilerplate_lines:
            if isinstance(rule, str):
                if line == rule:
                    return True
            elif rule.fullmatch(line):
                return True
        return False


def has_class(name: str) -> str:
    """XPath predicate: the element's class attribute holds the token `name`."""
    return f"contains(concat(' ', normalize-space(@class), ' '), ' {name} ')"


# WordPress core, theme and Jetpack conventions: what trafilatura would otherwise keep on
# an article page (see ../shared/iria-site.md, "page anatomy"). No site's strings here.
# Page-wide elements (form, header, footer, aside) are not listed whole: trafilatura
# drops forms, asides and footers itself, the extractor prunes the small forms
# (comment, subscribe, search), and every rule here runs under the extractor's guard
# (a match holding the article is kept), menus (<nav>) included.
WORDPRESS_PRUNE_XPATH: tuple[str, ...] = (
    # Captions are kept apart, in image_caption ("(Image Credit: ...)").
    "//figcaption",
    f"//*[{has_class('wp-caption-text')}]",
    # Title block of the post: categories / "No Comments on <title>" line, byline, date.
    f"//*[{has_class('entry-header')}]",
    f"//*[{has_class('entry-meta')}]",
    f"//*[{has_class('entry-footer')}]",
    # Jetpack share buttons and related posts, inside entry-content.
    "//*[contains(@class, 'sharedaddy') or contains(@class, 'sd-sharing')]",
    "//*[contains(@class, 'jp-relatedposts') or contains(@class, 'related-articles')"
    " or contains(@class, 'related-posts')]",
    # Block themes' post meta (date, author, terms, with their "Posted in ... by" words):
    # the groups holding those blocks but not the post content.
    f"//*[{has_class('wp-block-group')} or {has_class('wp-block-columns')}]"
    f"[.//*[{has_class('wp-block-post-date')} or {has_class('wp-block-post-terms')}"
    f" or {has_class('wp-block-post-author')} or {has_class('wp-block-post-author-name')}]]"
    f"[not(.//*[{has_class('wp-block-post-content')}])]",
    f"//*[{has_class('wp-block-post-date')} or {has_class('wp-block-post-terms')}"
    f" or {has_class('wp-block-post-author')} or {has_class('wp-block-post-author-name')}]",
    f"//*[{has_class('wp-block-query')}]",
    # The author-bio box (twentytwentyone prints it inside the <article>).
    f"//*[{has_class('author-bio')}]",
    # Comments and the comment form, classic and block themes.
    "//*[@id='comments' or @id='respond' or contains(@class, 'comments-area')]",
    f"//*[{has_class('wp-block-comments')} or {has_class('wp-block-post-comments')}]",
    # Page chrome: the masthead, menus, widget areas, the site footer, screen-reader text.
    f"//header[{has_class('site-header')} or @id='masthead']",
    "//nav",
    f"//*[{has_class('widget-area')} or {has_class('widget')}]",
    f"//footer[{has_class('site-footer')} or @id='colophon']",
    "//*[contains(@class, 'screen-reader-text') or contains(@class, 'back-to-top')]",
)

# Boxes news sites print in and around an article, by the class names most content
# systems and themes give them, WordPress or not: image captions (an article's caption
# is kept apart, in image_caption), related-content lists and cards, newsletter
# sign-ups, the author's bio box. Under the same guard as every rule: an element holding
# the article is never cut.
NEWS_PRUNE_XPATH: tuple[str, ...] = (
    "//*[contains(@class, 'caption')]",
    "//*[contains(@class, 'related')]",
    "//*[contains(@class, 'newsletter')]",
    "//*[contains(@class, 'author-box') or contains(@class, 'about-author')"
    " or contains(@class, 'author-bio')]",
)

# A copyright notice as a line of its own: "© dpa-infocom, dpa:230428-99-483045/5",
# "Copyright © 2024 X. All rights reserved.", "<Copyright ⓒ X. All rights reserved.>",
# "Copyright: Project Syndicate, 2025". Never a sentence of an article: one about
# copyright ("Copyright claims rose by a fifth…") or a list item "(c) …" stays.
COPYRIGHT_NOTICE = re.compile(
    r"[\W_]*(?:(?:copyright\s*)?[©ⓒ]|copyright\s*(?:\(c\)|@|:|\d{4})).{0,160}"
    r"|(?=.*(?:\d{4}|copyright)).{0,160}\ball rights reserved\b.{0,80}",
    re.IGNORECASE,
)

# Lines WordPress core, its default themes and Jetpack print around every post, and the
# copyright notice a publisher prints under its articles.
WORDPRESS_BOILERPLATE_LINES: tuple[BoilerplateLine, ...] = (
    "Leave a Reply",
    "Leave a Reply Cancel reply",
    "Share this:",
    "Like this:",
    COPYRIGHT_NOTICE,
)

# No site's strings: WordPress's and news sites' conventions only.
GENERIC_PROFILE = SiteProfile(
    name="generic",
    rules_version="3",
    prune_xpath=WORDPRESS_PRUNE_XPATH + NEWS_PRUNE_XPATH,
    boilerplate_lines=WORDPRESS_BOILERPLATE_LINES,
)

# IRIA (www.ir-ia.com): the boilerplate its theme and widgets print on every article
# page, word for word as the seed page shows it (../shared/seed/iria-article-page.txt).
IRIA_PROFILE = SiteProfile(
    name="iria",
    rules_version="4",
    prune_xpath=WORDPRESS_PRUNE_XPATH + NEWS_PRUNE_XPATH,
    boilerplate_lines=(
        *WORDPRESS_BOILERPLATE_LINES,
        "Related Articles",
        "Leave a comment",
        "Back to Top",
        "Subscribe to IRIA News",
        "Enter your email address:",
        re.compile(r"Copyright ©.*IRIA.*"),
        re.compile(r"IRIA is a research institute focusing on critical issues.*"),
    ),
)

PROFILES: dict[str, SiteProfile] = {p.name: p for p in (IRIA_PROFILE, GENERIC_PROFILE)}


def profile_named(name: str) -> SiteProfile:
    """The built-in profile called `name`; ValueError naming the known ones otherwise."""
    try:
        return PROFILES[name]
    except KeyError:
        known = ", ".join(sorted(PROFILES))
        raise ValueError(f"unknown site profile {name!r} (known: {known})") from None
