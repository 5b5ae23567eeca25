"""Templates of the replica: posts as WordPress (twentyseventeen-like) HTML, RSS and sitemaps.

Every function here is pure: data in, markup out, every text escaped. The markup
follows WordPress conventions (`<article class="post-N ... hentry">`, `rel="bookmark"`
entry titles, `entry-content`, Jetpack share box, comment form, widgets) and carries
the site's boilerplate word for word, as the seed page shows it.
"""

from __future__ import annotations

import html
import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from email.utils import format_datetime
from urllib.parse import quote

from .content import CATEGORIES, Block, Post, body_text, category_lineage, slugify

SITE_TITLE = "IRIA - International Relations Insights & Analysis"
SITE_DESCRIPTION = "International Relations Insights & Analysis"
COPYRIGHT = "Copyright © 2014-2025 IRIA - International Relations Insights & Analysis"
ABOUT = (
    "IRIA is a research institute focusing on critical issues that threaten international peace "
    "& security. We investigate and conduct research on security, defense, terrorism & foreign "
    "affairs. IRIA offers client-based specialized reports, backgrounders & analyses to officials, "
    "policy-makers, and academics. To get IRIA exclusive reports contact at editor@ir-ia.com"
)

# Visible text of the page chrome. None of it may appear in an extracted article text.
BOILERPLATE_STRINGS: tuple[str, ...] = (
    "Skip to content",
    "International Relations Insights & Analysis",
    "Posted on",
    "No Comments",
    "Share this:",
    "Related Articles",
    "Previous Post",
    "Next Post",
    "thoughts on",
    "One thought on",
    "says:",
    "Leave a comment",
    "Your email address will not be published",
    "Required fields are marked",
    "Post Comment",
    "Search for:",
    "Recent Posts",
    "Subscribe to IRIA News",
    "Enter your email address:",
    "Copyright © 2014-2025",
    "IRIA is a research institute",
    "editor@ir-ia.com",
    "Back to Top",
    "Tags:",
    "Continue reading",
    "Older posts",
    "Newer posts",
)

NUMBERED_PAGINATION_PAGES = 3  # archive pages 1-3 use numbered links and <link rel="next">;
# later pages only "Older posts", as after a theme switch: crawlers must handle both.

e = html.escape


# -- URLs and dates -----------------------------------------------------------


def post_url(base: str, slug: str) -> str:
    return f"{base}/news/{slug}/"


def category_url(base: str, slug: str) -> str:
    """WordPress nests child categories under their parents: /category/europe/balkans/."""
    return f"{base}/news/category/{'/'.join(category_lineage(slug))}/"


def page_url(first_page_url: str, page: int) -> str:
    return first_page_url if page == 1 else f"{first_page_url}page/{page}/"


def excerpt(post: Post, words: int) -> str:
    return " ".join(body_text(post).split()[:words])


def _date(iso: str) -> datetime:
    return datetime.fromisoformat(iso)


def display_date(iso: str) -> str:
    """ "January 9, 2024", as WordPress shows dates."""
    moment = _date(iso)
    return f"{moment:%B} {moment.day}, {moment.year}"


def http_date(iso: str) -> str:
    return format_datetime(_date(iso), usegmt=True)


def rfc822_date(iso: str) -> str:
    return format_datetime(_date(iso))


def _cdata(text: str) -> str:
    return "<![CDATA[" + text.replace("]]>", "]]]]><![CDATA[>") + "]]>"


# -- Page chrome ----------------------------------------------------------------


def _search_form(base: str) -> str:
    return (
        f'<form role="search" method="get" class="search-form" action="{base}/news/">'
        '<label><span class="screen-reader-text">Search for:</span>'
        '<input type="search" class="search-field" placeholder="Search &hellip;" value="" name="s">'
        "</label>"
        '<button type="submit" class="search-submit">Search</button></form>'
    )


def _subscribe_form() -> str:
    return (
        '<form action="#" method="post" accept-charset="utf-8" class="jetpack-subscribe-form">'
        "<p>Enter your email address:</p>"
        '<input type="email" name="email" required placeholder="Email Address">'
        '<button type="submit" name="jetpack_subscriptions_widget">Subscribe</button></form>'
    )


class Layout:
    """The chrome every HTML page shares (header, sidebar, footer), rendered once."""

    def __init__(
        self, base: str, recent_posts: Sequence[Post], api_root: str | None = None
    ) -> None:
        self.base = base
        # WordPress announces its REST API in every page head (rest_output_link_wp_head).
        self.api_link = f'<link rel="https://api.w.org/" href="{api_root}">\n' if api_root else ""
        menu = [("Home", f"{base}/news/")]
        menu += [
            (CATEGORIES[slug], category_url(base, slug))
            for slug in ("europe", "asia", "middle-east", "americas")
        ]
        menu.append(("About", f"{base}/news/about/"))
        menu_items = "\n".join(
            f'<li class="menu-item"><a href="{href}">{e(label)}</a></li>' for label, href in menu
        )
        self.header = f"""<header id="masthead" class="site-header">
<div class="site-branding">
<p class="site-title"><a href="{base}/news/" rel="home">{e(SITE_TITLE)}</a></p>
</div>
<nav id="site-navigation" class="main-navigation" aria-label="Top Menu">
<ul id="top-menu" class="menu">
{menu_items}
</ul>
</nav>
</header>"""
        recent = "\n".join(
            f'<li><a href="{post_url(base, p.slug)}">{e(p.title)}</a></li>' for p in recent_posts
        )
        self.sidebar = f"""<aside id="secondary" class="widget-area" aria-label="Blog Sidebar">
<section id="search-2" class="widget widget_search">{_search_form(base)}</section>
<section id="recent-posts-2" class="widget widget_recent_entries">
<h2 class="widget-title">Recent Posts</h2>
<ul>
{recent}
</ul>
</section>
<section id="categories-2" class="widget widget_categories"><h2 class="widget-title">Categories</h2>
<ul>
{self._category_items(None)}
</ul>
</section>
<section id="blog_subscription-2" class="widget jetpack_subscription_widget">
<h2 class="widget-title">Subscribe to IRIA News</h2>{_subscribe_form()}</section>
</aside>"""
        self.footer = f"""<footer id="colophon" class="site-footer">
<div class="wrap">
<div class="site-info">{e(COPYRIGHT)}</div>
<div class="footer-about"><p>{e(ABOUT)}</p></div>
<div class="footer-subscribe jetpack_subscription_widget">
<h2>Subscribe to IRIA News</h2>{_subscribe_form()}</div>
<a href="#page" class="back-to-top">Back to Top</a>
</div>
</footer>"""

    def _category_items(self, parent: str | None) -> str:
        """The category tree, alphabetical by name as WordPress lists it."""
        children = sorted(
            (slug for slug in CATEGORIES if (category_lineage(slug)[-2:-1] or [None])[0] == parent),
            key=CATEGORIES.__getitem__,
        )
        items = []
        for slug in children:
            nested = self._category_items(slug)
            sub = f'\n<ul class="children">\n{nested}\n</ul>\n' if nested else ""
            items.append(
                f'<li class="cat-item cat-item-{slug}"><a href="{category_url(self.base, slug)}">'
                f"{e(CATEGORIES[slug])}</a>{sub}</li>"
            )
        return "\n".join(items)

    def page(self, *, title: str, head: str, body_class: str, main: str) -> str:
        return f"""<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{e(title)}</title>
{head}
{self.api_link}<link rel="alternate" type="application/rss+xml" title="IRIA &raquo; Feed"
 href="{self.base}/news/feed/">
</head>
<body class="{body_class}">
<div id="page" class="site">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
{self.header}
<div id="content" class="site-content">
<div id="primary" class="content-area">
<main id="main" class="site-main">
{main}
</main>
</div>
{self.sidebar}
</div>
{self.footer}
</div>
</body>
</html>
"""

    def not_found(self) -> str:
        main = f"""<section class="error-404 not-found">
<header class="page-header">
<h1 class="page-title">Oops! That page can&rsquo;t be found.</h1></header>
<div class="page-content">
<p>It looks like nothing was found at this location. Maybe try a search?</p>
{_search_form(self.base)}
</div>
</section>"""
        return self.page(title="Page not found – IRIA", head="", body_class="error404", main=main)


def post_classes(post: Post, *, sticky: bool = False) -> str:
    classes = [f"post-{post.id}", "post", "type-post", "status-publish", "format-standard"]
    if post.image:
        classes.append("has-post-thumbnail")
    if sticky:
        classes.append("sticky")
    classes.append("hentry")
    classes += [f"category-{slug}" for slug in post.categories]
    classes += [f"tag-{slugify(tag)}" for tag in post.tags]
    return " ".join(classes)


# -- Article pages ----------------------------------------------------------------


def _json_ld(base: str, post: Post) -> str:
    url = post_url(base, post.slug)
    dates = {"datePublished": post.published}
    if post.modified:
        dates["dateModified"] = post.modified
    article: dict[str, object] = {
        "@type": "NewsArticle",
        "@id": f"{url}#article",
        "isPartOf": {"@id": url},
        "headline": post.title,
        **dates,
        "mainEntityOfPage": {"@id": url},
        "articleSection": [CATEGORIES[slug] for slug in post.categories],
        "keywords": list(post.tags),
        "inLanguage": "en-US",
    }
    if post.author:
        article["author"] = {"@type": "Person", "name": post.author}
    if post.image:
        article["image"] = {"@type": "ImageObject", "url": base + post.image}
    graph = [
        {
            "@type": "WebPage",
            "@id": url,
            "url": url,
            "name": f"{post.title} – IRIA",
            "isPartOf": {"@id": f"{base}/news/#website"},
            **dates,
            "description": post.description,
            "inLanguage": "en-US",
        },
        article,
        {
            "@type": "WebSite",
            "@id": f"{base}/news/#website",
            "url": f"{base}/news/",
            "name": "IRIA",
            "description": SITE_DESCRIPTION,
            "inLanguage": "en-US",
        },
    ]
    data = json.dumps({"@context": "https://schema.org", "@graph": graph}, ensure_ascii=False)
    return (
        '<script type="application/ld+json" class="yoast-schema-graph">'
        + data.replace("</", "<\\/")
        + "</script>"
    )


def article_head(base: str, post: Post) -> str:
    url = post_url(base, post.slug)
    lines = [
        f'<link rel="canonical" href="{url}">',
        f'<link rel="shortlink" href="{base}/news/?p={post.id}">',
        f'<meta name="description" content="{e(post.description)}">',
        '<meta property="og:locale" content="en_US">',
        '<meta property="og:type" content="article">',
        f'<meta property="og:title" content="{e(post.title)}">',
        f'<meta property="og:description" content="{e(post.description)}">',
        f'<meta property="og:url" content="{url}">',
        '<meta property="og:site_name" content="IRIA">',
    ]
    if post.meta_dates:
        lines.append(f'<meta property="article:published_time" content="{post.published}">')
        if post.modified:
            lines.append(f'<meta property="article:modified_time" content="{post.modified}">')
    if post.image:
        lines.append(f'<meta property="og:image" content="{base}{e(post.image)}">')
    if post.author:
        lines.append(f'<meta name="author" content="{e(post.author)}">')
    if post.json_ld:
        lines.append(_json_ld(base, post))
    return "\n".join(lines)


def _inline(base: str, block: Block) -> str:
    """Block text with its links wrapped in <a>, everything else escaped."""
    parts, position = [], 0
    for anchor, href in block.links:
        start = block.text.index(anchor, position)
        target = base + href if href.startswith("/") else href
        parts += [e(block.text[position:start]), f'<a href="{e(target)}">{e(anchor)}</a>']
        position = start + len(anchor)
    parts.append(e(block.text[position:]))
    return "".join(parts)


def _block_html(base: str, block: Block) -> str:
    if block.kind == "p":
        return f"<p>{_inline(base, block)}</p>"
    if block.kind == "h2":
        return f'<h2 class="wp-block-heading">{e(block.text)}</h2>'
    if block.kind == "ul":
        items = "".join(f"<li>{e(item)}</li>" for item in block.items)
        return f'<ul class="wp-block-list">{items}</ul>'
    if block.kind == "blockquote":
        return f'<blockquote class="wp-block-quote"><p>{e(block.text)}</p></blockquote>'
    if block.kind == "script":
        return f"<script>{block.text}</script>"  # raw on purpose: the XSS trap
    raise ValueError(f"unknown block kind {block.kind!r}")


def _figure(base: str, post: Post) -> str:
    assert post.image and post.image_caption
    alt = post.image_caption.split(" (Image Credit:")[0]
    return (
        '<figure class="wp-block-image size-large">'
        '<img loading="lazy" decoding="async" width="1024" height="683" '
        f'src="{base}{e(post.image)}" '
        f'alt="{e(alt)}" class="wp-image-{post.id + 1}">'
        f'<figcaption class="wp-element-caption">{e(post.image_caption)}</figcaption></figure>'
    )


def _share_box(url: str, title: str) -> str:
    link, text = quote(url, safe=""), quote(title, safe="")
    rel = 'rel="nofollow noopener noreferrer"'
    return f"""<div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">Share this:</h3><ul>
<li><a class="share-twitter" href="https://twitter.com/share?url={link}&amp;text={text}"
 {rel} target="_blank">Twitter</a></li>
<li><a class="share-facebook" href="https://www.facebook.com/sharer.php?u={link}&amp;t={text}"
 {rel} target="_blank">Facebook</a></li>
<li><a class="share-email" href="mailto:?subject={text}&amp;body={link}" {rel}>Email</a></li>
</ul></div>"""


def _comments_link(url: str, post: Post) -> str:
    count = len(post.comments)
    label = {0: "No Comments", 1: "1 Comment"}.get(count, f"{count} Comments")
    anchor = "#comments" if count else "#respond"
    return (
        f'<span class="comments-link"><a href="{url}{anchor}">{label}'
        f'<span class="screen-reader-text"> on {e(post.title)}</span></a></span>'
    )


def _comments_area(base: str, post: Post) -> str:
    url = post_url(base, post.slug)
    parts = ['<div id="comments" class="comments-area">']
    if post.comments:
        count = len(post.comments)
        heading = "One thought" if count == 1 else f"{count} thoughts"
        parts.append(f'<h2 class="comments-title">{heading} on &ldquo;{e(post.title)}&rdquo;</h2>')
        parts.append('<ol class="comment-list">')
        for k, (name, text) in enumerate(post.comments):
            comment_id = post.id * 10 + k
            when = (
                _date(post.published) + timedelta(hours=3 * (k + 1), minutes=post.id % 60)
            ).isoformat()
            moment = _date(when)
            clock = f"{moment.hour % 12 or 12}:{moment:%M} {'am' if moment.hour < 12 else 'pm'}"
            shown = f"{display_date(when)} at {clock}"
            parts.append(
                f'<li id="comment-{comment_id}" class="comment depth-1">'
                f'<article id="div-comment-{comment_id}" class="comment-body">'
                '<footer class="comment-meta"><div class="comment-author vcard">'
                f'<b class="fn">{e(name)}</b> <span class="says">says:</span></div>'
                f'<div class="comment-metadata"><a href="{url}#comment-{comment_id}">'
                f'<time datetime="{when}">{shown}</time></a></div></footer>'
                f'<div class="comment-content"><p>{e(text)}</p></div>'
                '<div class="reply"><a class="comment-reply-link" href="#">Reply</a></div>'
                "</article></li>"
            )
        parts.append("</ol>")
    parts.append(f"""<div id="respond" class="comment-respond">
<h3 id="reply-title" class="comment-reply-title">Leave a comment</h3>
<form action="{base}/news/wp-comments-post.php" method="post" id="commentform" class="comment-form">
<p class="comment-notes">Your email address will not be published. Required fields are marked *</p>
<p class="comment-form-comment"><label for="comment">Comment</label>
<textarea id="comment" name="comment" cols="45" rows="8" required></textarea></p>
<p class="comment-form-author"><label for="author">Name *</label>
<input id="author" name="author" type="text" value="" size="30" required></p>
<p class="comment-form-email"><label for="email">Email *</label>
<input id="email" name="email" type="email" value="" size="30" required></p>
<p class="comment-form-url"><label for="url">Website</label>
<input id="url" name="url" type="url" value="" size="30"></p>
<p class="form-submit">
<input name="submit" type="submit" id="submit" class="submit" value="Post Comment">
<input type="hidden" name="comment_post_ID" value="{post.id}" id="comment_post_ID"></p>
</form>
</div>
</div>""")
    return "\n".join(parts)


def article_main(
    base: str, post: Post, related: Sequence[Post], older: Post | None, newer: Post | None
) -> str:
    """The <main> of a single post page, from the entry header down to the comment form."""
    url = post_url(base, post.slug)
    meta = []
    if not post.meta_dates:
        meta.append(f'<span class="posted-on">Posted on {display_date(post.published)}</span>')
    if post.author:
        meta.append(
            f'<span class="byline"> by <span class="author vcard"><a class="url fn n" '
            f'href="{base}/news/author/{slugify(post.author)}/">{e(post.author)}</a></span></span>'
        )
    categories = ", ".join(
        f'<a href="{category_url(base, slug)}" rel="category tag">{e(CATEGORIES[slug])}</a>'
        for slug in post.categories
    )
    content = [_block_html(base, block) for block in post.blocks]
    if post.image:
        content.insert(len(content) - 1 if len(content) >= 3 else 1, _figure(base, post))
    content.append(_share_box(url, post.title))
    tags = ""
    if post.tags:
        links = ", ".join(
            f'<a href="{base}/news/tag/{slugify(tag)}/" rel="tag">{e(tag)}</a>' for tag in post.tags
        )
        tags = f'<span class="tags-links">Tags: {links}</span>'
    related_items = "\n".join(
        f'<li><a href="{post_url(base, other.slug)}">{e(other.title)}</a>'
        f"<p>{e(excerpt(other, 12))}&hellip;</p></li>"
        for other in related
    )
    navigation = []
    if older:
        navigation.append(
            f'<div class="nav-previous"><a href="{post_url(base, older.slug)}" rel="prev">'
            '<span class="screen-reader-text">Previous Post</span>'
            f'<span class="nav-title">{e(older.title)}</span></a></div>'
        )
    if newer:
        navigation.append(
            f'<div class="nav-next"><a href="{post_url(base, newer.slug)}" rel="next">'
            '<span class="screen-reader-text">Next Post</span>'
            f'<span class="nav-title">{e(newer.title)}</span></a></div>'
        )
    content_html = "\n".join(content)
    navigation_html = "".join(navigation)
    return f"""<article id="post-{post.id}" class="{post_classes(post)}">
<header class="entry-header">
<div class="entry-meta">{"".join(meta)}</div>
<h1 class="entry-title">{e(post.title)}</h1>
<span class="cat-links">{categories}</span> {_comments_link(url, post)}
</header>
<div class="entry-content">
{content_html}
</div>
<footer class="entry-footer">{tags}</footer>
</article>
<div class="related-articles"><h3>Related Articles</h3>
<ul>
{related_items}
</ul>
</div>
<nav class="navigation post-navigation" aria-label="Posts">
<h2 class="screen-reader-text">Post navigation</h2>
<div class="nav-links">{navigation_html}</div>
</nav>
{_comments_area(base, post)}"""


# -- Listings (home, category archives) --------------------------------------------


@dataclass(frozen=True)
class ListingEntry:
    """One post on an archive page, with the links the listing uses for it."""

    post: Post
    href: str  # entry-title link (may carry tracking parameters or an old slug)
    more_href: str  # "Continue reading" link
    sticky: bool = False


def listing_main(heading: str, entries: Sequence[ListingEntry], navigation: str) -> str:
    articles = []
    for entry in entries:
        post = entry.post
        articles.append(
            f'<article id="post-{post.id}" class="{post_classes(post, sticky=entry.sticky)}">'
            '<header class="entry-header"><h2 class="entry-title">'
            f'<a href="{e(entry.href)}" rel="bookmark">'
            f"{e(post.title)}</a></h2></header>"
            f'<div class="entry-summary"><p>{e(excerpt(post, 25))}&hellip; '
            f'<a href="{e(entry.more_href)}" class="more-link">Continue reading'
            f'<span class="screen-reader-text"> "{e(post.title)}"</span></a></p></div>'
            "</article>"
        )
    listing = "\n".join(articles)
    return f"{heading}\n{listing}\n{navigation}"


def category_heading(name: str) -> str:
    return (
        '<header class="page-header">'
        f'<h1 class="page-title">Category: <span>{e(name)}</span></h1></header>'
    )


def listing_head(first_page_url: str, page: int, pages: int) -> str:
    """Canonical link, plus rel=prev/next on the pages that still use numbered pagination."""
    lines = [f'<link rel="canonical" href="{page_url(first_page_url, page)}">']
    if page <= NUMBERED_PAGINATION_PAGES:
        if page > 1:
            lines.append(f'<link rel="prev" href="{page_url(first_page_url, page - 1)}">')
        if page < pages:
            lines.append(f'<link rel="next" href="{page_url(first_page_url, page + 1)}">')
    return "\n".join(lines)


def pagination(first_page_url: str, page: int, pages: int) -> str:
    """Numbered `paginate_links()` on the first pages, `the_posts_navigation()` later."""
    if pages == 1:
        return ""

    def link(n: int) -> str:
        return page_url(first_page_url, n)

    if page > NUMBERED_PAGINATION_PAGES:
        parts = []
        if page < pages:
            parts.append(
                f'<div class="nav-previous"><a href="{link(page + 1)}">Older posts</a></div>'
            )
        parts.append(f'<div class="nav-next"><a href="{link(page - 1)}">Newer posts</a></div>')
        return (
            '<nav class="navigation posts-navigation" aria-label="Posts">'
            '<h2 class="screen-reader-text">Posts navigation</h2>'
            f'<div class="nav-links">{"".join(parts)}</div></nav>'
        )
    parts = []
    if page > 1:
        parts.append(f'<a class="prev page-numbers" href="{link(page - 1)}">Previous</a>')
    dots = False
    for n in range(1, pages + 1):
        if n == page:
            parts.append(f'<span aria-current="page" class="page-numbers current">{n}</span>')
        elif n in (1, pages) or abs(n - page) <= 2:  # end_size 1, mid_size 2, as WordPress
            parts.append(f'<a class="page-numbers" href="{link(n)}">{n}</a>')
            dots = False
        elif not dots:
            parts.append('<span class="page-numbers dots">&hellip;</span>')
            dots = True
    if page < pages:
        parts.append(f'<a class="next page-numbers" href="{link(page + 1)}">Next</a>')
    return (
        '<nav class="navigation pagination" aria-label="Posts">'
        '<h2 class="screen-reader-text">Posts navigation</h2>'
        f'<div class="nav-links">{"".join(parts)}</div></nav>'
    )


# -- Feeds and sitemaps -------------------------------------------------------------


def rss(base: str, *, title: str, link: str, self_url: str, posts: Sequence[Post]) -> str:
    """An RSS 2.0 feed as WordPress writes it (dc:creator, one <category> per term)."""
    items = []
    for post in posts:
        terms = [CATEGORIES[slug] for slug in post.categories] + list(post.tags)
        lines = [
            "<item>",
            f"<title>{e(post.title)}</title>",
            f"<link>{post_url(base, post.slug)}</link>",
            f"<comments>{post_url(base, post.slug)}#respond</comments>",
        ]
        if post.author:
            lines.append(f"<dc:creator>{_cdata(post.author)}</dc:creator>")
        lines.append(f"<pubDate>{rfc822_date(post.published)}</pubDate>")
        lines += [f"<category>{_cdata(term)}</category>" for term in terms]
        lines += [
            f'<guid isPermaLink="false">{base}/news/?p={post.id}</guid>',
            f"<description>{_cdata(excerpt(post, 55) + ' [&#8230;]')}</description>",
            f"<slash:comments>{len(post.comments)}</slash:comments>",
            "</item>",
        ]
        items.append("\n".join(lines))
    newest = max((p.modified or p.published for p in posts), default="2025-01-01T00:00:00+00:00")
    body = "\n".join(items)
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"
 xmlns:content="http://purl.org/rss/1.0/modules/content/"
 xmlns:dc="http://purl.org/dc/elements/1.1/"
 xmlns:atom="http://www.w3.org/2005/Atom"
 xmlns:sy="http://purl.org/rss/1.0/modules/syndication/"
 xmlns:slash="http://purl.org/rss/1.0/modules/slash/">
<channel>
<title>{e(title)}</title>
<atom:link href="{self_url}" rel="self" type="application/rss+xml" />
<link>{link}</link>
<description>{e(SITE_DESCRIPTION)}</description>
<lastBuildDate>{rfc822_date(newest)}</lastBuildDate>
<language>en-US</language>
<sy:updatePeriod>hourly</sy:updatePeriod>
<sy:updateFrequency>1</sy:updateFrequency>
{body}
</channel>
</rss>
"""


def sitemap_index(locations: Sequence[str]) -> str:
    entries = "".join(f"<sitemap><loc>{loc}</loc></sitemap>" for loc in locations)
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{entries}</sitemapindex>\n'
    )


def urlset(entries: Sequence[tuple[str, str | None]]) -> str:
    """A sitemap of (loc, lastmod or None) entries."""
    rows = "".join(
        f"<url><loc>{loc}</loc>" + (f"<lastmod>{lastmod}</lastmod>" if lastmod else "") + "</url>"
        for loc, lastmod in entries
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{rows}</urlset>\n'
    )
