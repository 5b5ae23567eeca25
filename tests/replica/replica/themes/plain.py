"""The plain theme: a hand-made theme that follows none of WordPress's markup conventions.

Like the bespoke themes agencies build for news sites: no `<article>`, no `entry-title`,
no `hentry`/`type-post`, no `rel="bookmark"`, `rel="next"`, `rel="category tag"` or
`rel="tag"`, no `<aside>`/`<nav>`, no `#comments`/`#respond`. Listing entries are
`<div class="x-card"><h3><a href=permalink>`; a "Recent Posts" box beside them lists
posts of the *other* sections with the same permalink shape; pagination is numbered
`/page/N/` links and a "Load more" link; dates are visible text ("January 9, 2024")
and, on post pages, whatever the SEO plugin's meta and JSON-LD say. Its site has
neither REST API nor sitemap by default: only the feeds.
"""

from __future__ import annotations

from collections.abc import Sequence
from urllib.parse import quote

from ..comments import comment_form, comments
from ..content import CATEGORIES, Post, slugify
from ..render import (
    ABOUT,
    COPYRIGHT,
    SITE_TITLE,
    ListingEntry,
    article_head,
    category_url,
    content_html,
    display_date,
    e,
    excerpt,
    page_url,
    password_form,
    post_url,
    shown_title,
)
from . import ArticleView, ListingView, Theme, document_title, numbered_links


def _subscribe() -> str:
    return (
        '<div class="x-newsletter"><h4>Subscribe to IRIA News</h4>'
        '<form action="#" method="post"><p>Enter your email address:</p>'
        '<input type="email" name="email" required placeholder="Email Address">'
        '<button type="submit">Subscribe</button></form></div>'
    )


def _share(url: str, title: str) -> str:
    link, text = quote(url, safe=""), quote(title, safe="")
    return (
        '<div class="x-share"><span>Share this:</span> '
        f'<a href="https://twitter.com/share?url={link}&amp;text={text}">Twitter</a> '
        f'<a href="https://www.facebook.com/sharer.php?u={link}">Facebook</a></div>'
    )


class PlainTheme(Theme):
    name = "plain"
    sitemap = False
    boilerplate = ("Load more", "Most read elsewhere", "Filed under", "Reply")

    def _page(self, *, title: str, head: str, main: str, elsewhere: Sequence[Post]) -> str:
        base = self.base
        menu = " ".join(
            f'<a href="{category_url(base, slug)}">{e(CATEGORIES[slug])}</a>'
            for slug in ("europe", "asia", "middle-east", "americas")
        )
        recent = "\n".join(
            f'<li><a href="{post_url(base, p.slug)}">{e(p.title)}</a>'
            f" <small>{display_date(p.published)}</small></li>"
            for p in elsewhere
        )
        return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{e(title)}</title>
{head}
{self.head_links()}
</head>
<body>
<div class="x-top">
<div class="x-logo"><a href="{base}/news/">{e(SITE_TITLE)}</a></div>
<div class="x-menu">{menu}</div>
</div>
<div class="x-wrap">
<div class="x-main">
{main}
</div>
<div class="x-side">
<div class="x-box"><h3>Recent Posts</h3>
<ul>
{recent}
</ul></div>
{_subscribe()}
</div>
</div>
<div class="x-bottom">
<p>{e(ABOUT)}</p>
<p>{e(COPYRIGHT)}</p>
<p><a href="#" class="x-up">Back to Top</a></p>
</div>
</body>
</html>
"""

    # -- single posts ---------------------------------------------------------------

    def article(self, view: ArticleView) -> str:
        base, post = self.base, view.post
        url = post_url(base, post.slug)
        filed = ", ".join(
            f'<a href="{category_url(base, slug)}">{e(CATEGORIES[slug])}</a>'
            for slug in post.categories
        )
        byline = [f"<span>{display_date(post.published)}</span>"]
        if post.author:
            byline.append(f"<span>{e(post.author)}</span>")
        if post.password:
            body = password_form(base, post)
        else:
            body = content_html(base, post) + "\n" + _share(url, post.title)
        tags = ""
        if post.tags:
            tags = (
                '<div class="x-tags">'
                + " ".join(
                    f'<a href="{base}/news/tag/{slugify(tag)}/">#{e(tag)}</a>' for tag in post.tags
                )
                + "</div>"
            )
        related = "\n".join(
            f'<li><a href="{post_url(base, other.slug)}">{e(other.title)}</a></li>'
            for other in view.related
        )
        discussion = []
        for c in comments(post):
            discussion.append(
                f'<div class="x-note" id="c{c.id}"><strong>{e(c.name)}</strong>'
                f" <em>{c.shown}</em><p>{e(c.text)}</p>"
                '<a href="#" class="x-answer">Reply</a></div>'
            )
        steps = []
        if view.newer:
            steps.append(
                f'<a href="{post_url(base, view.newer.slug)}">&larr; {e(view.newer.title)}</a>'
            )
        if view.older:
            steps.append(
                f'<a href="{post_url(base, view.older.slug)}">{e(view.older.title)} &rarr;</a>'
            )
        main = f"""<div class="x-post">
<div class="x-kicker">Filed under {filed}</div>
<h1 class="x-headline">{e(shown_title(post))}</h1>
<div class="x-byline">{" &middot; ".join(byline)}</div>
<div class="x-body">
{body}
</div>
{tags}
</div>
<div class="x-more"><h3>Related Articles</h3>
<ul>
{related}
</ul></div>
<div class="x-steps">{" ".join(steps)}</div>
<div class="x-talk">
{"".join(discussion)}
{comment_form(base, post, wordpress_ids=False)}
</div>"""
        return self._page(
            title=f"{shown_title(post)} | IRIA",
            head=article_head(base, post),
            main=main,
            elsewhere=view.elsewhere,
        )

    # -- archives ---------------------------------------------------------------------

    def _card(self, entry: ListingEntry) -> str:
        post = entry.post
        return (
            f'<div class="x-card{" x-pinned" if entry.sticky else ""}">'
            f'<h3><a href="{e(entry.href)}">{e(shown_title(post))}</a></h3>'
            f"<p>{e(excerpt(post, 25))}&hellip;</p>"
            f'<span class="x-when">{display_date(post.published)}</span></div>'
        )

    def listing(self, view: ListingView) -> str:
        heading = f"<h1>{e(CATEGORIES[view.category])}</h1>" if view.category else ""
        numbers = []
        for n, current in numbered_links(view.first_page, view.page, view.pages):
            if n == 0:
                numbers.append("<span>&hellip;</span>")
            elif current:
                numbers.append(f"<b>{n}</b>")
            else:
                numbers.append(f'<a href="{page_url(view.first_page, n)}">{n}</a>')
        more = ""
        if view.page < view.pages:
            more = (
                f'<p><a class="x-load" href="{page_url(view.first_page, view.page + 1)}">'
                "Load more</a></p>"
            )
        pages = f'<div class="x-pages">{" ".join(numbers)}</div>' if view.pages > 1 else ""
        cards = "\n".join(self._card(entry) for entry in view.entries)
        main = f'{heading}\n<div class="x-grid">\n{cards}\n</div>\n{more}\n{pages}'
        return self._page(
            title=document_title(view).replace(" – IRIA", " | IRIA"),
            head=f'<link rel="canonical" href="{page_url(view.first_page, view.page)}">\n'
            + self.listing_feed_link(view),
            main=main,
            elsewhere=view.elsewhere,
        )

    def not_found(self) -> str:
        return self._page(
            title="Not found | IRIA",
            head="",
            main="<h1>Not found</h1><p>Nothing here. Try the menu above.</p>",
            elsewhere=self.chrome.recent,
        )
