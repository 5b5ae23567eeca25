"""What every theme of the replica shares: URLs, dates, the post content, plugin output.

Every function here is pure: data in, markup out, every text escaped. What is not the
theme's to decide lives here: the post content as the block editor stored it, the SEO
plugin's head (meta, JSON-LD), Jetpack's share box and subscription form, WordPress's
password form (its comments are comments.py), and the site's boilerplate word for word,
as the seed page shows it. The themes (replica/themes/) wrap these in their own markup.
"""

from __future__ import annotations

import html
import json
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import format_datetime
from urllib.parse import quote

from .content import CATEGORIES, Block, Post, body_text, category_lineage

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

e = html.escape


# -- URLs and dates -----------------------------------------------------------


def post_url(base: str, slug: str) -> str:
    return f"{base}/news/{slug}/"


def category_url(base: str, slug: str) -> str:
    """WordPress nests child categories under their parents: /category/europe/balkans/."""
    return f"{base}/news/category/{'/'.join(category_lineage(slug))}/"


def page_url(first_page_url: str, page: int) -> str:
    return first_page_url if page == 1 else f"{first_page_url}page/{page}/"


PROTECTED_EXCERPT = "There is no excerpt because this is a protected post."


def excerpt(post: Post, words: int) -> str:
    """The first `words` words of the post text (WordPress's own excerpt of a protected
    post is a sentence saying it has none)."""
    if post.password:
        return PROTECTED_EXCERPT
    return " ".join(body_text(post).split()[:words])


def parse_date(iso: str) -> datetime:
    return datetime.fromisoformat(iso)


def display_date(iso: str) -> str:
    """ "January 9, 2024", as WordPress shows dates."""
    moment = parse_date(iso)
    return f"{moment:%B} {moment.day}, {moment.year}"


def http_date(iso: str) -> str:
    return format_datetime(parse_date(iso).astimezone(UTC), usegmt=True)


# -- Page chrome ----------------------------------------------------------------


def search_form(base: str) -> str:
    return (
        f'<form role="search" method="get" class="search-form" action="{base}/news/">'
        '<label><span class="screen-reader-text">Search for:</span>'
        '<input type="search" class="search-field" placeholder="Search &hellip;" value="" name="s">'
        "</label>"
        '<button type="submit" class="search-submit">Search</button></form>'
    )


def subscribe_form() -> str:
    return (
        '<form action="#" method="post" accept-charset="utf-8" class="jetpack-subscribe-form">'
        "<p>Enter your email address:</p>"
        '<input type="email" name="email" required placeholder="Email Address">'
        '<button type="submit" name="jetpack_subscriptions_widget">Subscribe</button></form>'
    )


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


def block_html(base: str, block: Block) -> str:
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


def figure(base: str, post: Post) -> str:
    assert post.image and post.image_caption
    alt = post.image_caption.split(" (Image Credit:")[0]
    return (
        '<figure class="wp-block-image size-large">'
        '<img loading="lazy" decoding="async" width="1024" height="683" '
        f'src="{base}{e(post.image)}" '
        f'alt="{e(alt)}" class="wp-image-{post.id + 1}">'
        f'<figcaption class="wp-element-caption">{e(post.image_caption)}</figcaption></figure>'
    )


def content_html(base: str, post: Post) -> str:
    """The post content as WordPress renders it (`the_content`): blocks, the image in them."""
    content = [block_html(base, block) for block in post.blocks]
    if post.image:
        content.insert(len(content) - 1 if len(content) >= 3 else 1, figure(base, post))
    return "\n".join(content)


def password_form(base: str, post: Post) -> str:
    """get_the_password_form(): what a protected post shows instead of its content."""
    label = f"pwbox-{post.id}"
    return (
        f'<form action="{base}/news/wp-login.php?action=postpass" class="post-password-form"'
        ' method="post">\n<p>This content is password protected. To view it please enter your'
        " password below:</p>\n"
        f'<p><label for="{label}">Password: <input name="post_password" id="{label}"'
        ' type="password" size="20" /></label> <input type="submit" name="Submit" value="Enter"'
        " /></p></form>"
    )


def shown_title(post: Post) -> str:
    """get_the_title(): "Protected: " before the title of a password-protected post."""
    return f"Protected: {post.title}" if post.password else post.title


def article_content(base: str, post: Post) -> str:
    """The entry content of a single post page: content and share box, or the password form."""
    if post.password:
        return password_form(base, post)
    return content_html(base, post) + "\n" + share_box(post_url(base, post.slug), post.title)


def share_box(url: str, title: str) -> str:
    link, text = quote(url, safe=""), quote(title, safe="")
    rel = 'rel="nofollow noopener noreferrer"'
    return f"""<div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">Share this:</h3><ul>
<li><a class="share-twitter" href="https://twitter.com/share?url={link}&amp;text={text}"
 {rel} target="_blank">Twitter</a></li>
<li><a class="share-facebook" href="https://www.facebook.com/sharer.php?u={link}&amp;t={text}"
 {rel} target="_blank">Facebook</a></li>
<li><a class="share-email" href="mailto:?subject={text}&amp;body={link}" {rel}>Email</a></li>
</ul></div>"""


# -- Listings (home, category archives) --------------------------------------------


@dataclass(frozen=True)
class ListingEntry:
    """One post on an archive page, with the links the listing uses for it."""

    post: Post
    href: str  # entry-title link (may carry tracking parameters or an old slug)
    more_href: str  # "Continue reading" link
    sticky: bool = False
