"""The classic theme (the default): a twentyseventeen-like classic PHP theme.

WordPress conventions everywhere: `<article class="post-N ... hentry">`, `rel="bookmark"`
entry titles, `entry-content`, `rel="category tag"` terms, a widget sidebar, numbered
pagination with `<link rel="next">` on the first pages and only "Older posts" later.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..comments import comments_area
from ..content import CATEGORIES, Post, slugify
from ..render import (
    ABOUT,
    COPYRIGHT,
    SITE_TITLE,
    ListingEntry,
    article_content,
    article_head,
    category_url,
    display_date,
    e,
    excerpt,
    page_url,
    post_url,
    search_form,
    shown_title,
    subscribe_form,
)
from . import ArticleView, Chrome, ListingView, Theme, category_tree, document_title

NUMBERED_PAGINATION_PAGES = 3  # archive pages 1-3 use numbered links and <link rel="next">;
# later pages only "Older posts", as after a theme switch: crawlers must handle both.


class ClassicTheme(Theme):
    """Header, sidebar and footer rendered once; pages put their <main> in between."""

    name = "classic"
    protected_post = False

    def __init__(self, chrome: Chrome) -> None:
        super().__init__(chrome)
        self.layout = Layout(chrome.base, chrome.recent, self.head_links())

    def article(self, view: ArticleView) -> str:
        post = view.post
        return self.layout.page(
            title=f"{shown_title(post)} – IRIA",
            head=article_head(self.base, post),
            body_class=f"post-template-default single single-post postid-{post.id}",
            main=article_main(self.base, post, view.related, view.older, view.newer),
        )

    def listing(self, view: ListingView) -> str:
        if view.category:
            heading = category_heading(CATEGORIES[view.category])
        else:
            heading = (
                '<header class="page-header">'
                '<h2 class="page-title screen-reader-text">Posts</h2></header>'
            )
        body_class = view.body_class
        if view.page > 1:
            body_class += f" paged paged-{view.page}"
        return self.layout.page(
            title=document_title(view),
            head=listing_head(view.first_page, view.page, view.pages)
            + "\n"
            + self.listing_feed_link(view),
            body_class=body_class,
            main=listing_main(
                heading, view.entries, pagination(view.first_page, view.page, view.pages)
            ),
        )

    def not_found(self) -> str:
        return self.layout.not_found()


class Layout:
    """The chrome every HTML page shares (header, sidebar, footer), rendered once."""

    def __init__(self, base: str, recent_posts: Sequence[Post], head_links: str) -> None:
        self.base = base
        self.head_links = head_links
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
<section id="search-2" class="widget widget_search">{search_form(base)}</section>
<section id="recent-posts-2" class="widget widget_recent_entries">
<h2 class="widget-title">Recent Posts</h2>
<ul>
{recent}
</ul>
</section>
<section id="categories-2" class="widget widget_categories"><h2 class="widget-title">Categories</h2>
<ul>
{category_tree(base)}
</ul>
</section>
<section id="blog_subscription-2" class="widget jetpack_subscription_widget">
<h2 class="widget-title">Subscribe to IRIA News</h2>{subscribe_form()}</section>
</aside>"""
        self.footer = f"""<footer id="colophon" class="site-footer">
<div class="wrap">
<div class="site-info">{e(COPYRIGHT)}</div>
<div class="footer-about"><p>{e(ABOUT)}</p></div>
<div class="footer-subscribe jetpack_subscription_widget">
<h2>Subscribe to IRIA News</h2>{subscribe_form()}</div>
<a href="#page" class="back-to-top">Back to Top</a>
</div>
</footer>"""

    def page(self, *, title: str, head: str, body_class: str, main: str) -> str:
        return f"""<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{e(title)}</title>
{head}
{self.head_links}
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
{search_form(self.base)}
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


def _comments_link(url: str, post: Post) -> str:
    count = len(post.comments)
    label = {0: "No Comments", 1: "1 Comment"}.get(count, f"{count} Comments")
    anchor = "#comments" if count else "#respond"
    return (
        f'<span class="comments-link"><a href="{url}{anchor}">{label}'
        f'<span class="screen-reader-text"> on {e(post.title)}</span></a></span>'
    )


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
    navigation_html = "".join(navigation)
    return f"""<article id="post-{post.id}" class="{post_classes(post)}">
<header class="entry-header">
<div class="entry-meta">{"".join(meta)}</div>
<h1 class="entry-title">{e(shown_title(post))}</h1>
<span class="cat-links">{categories}</span> {_comments_link(url, post)}
</header>
<div class="entry-content">
{article_content(base, post)}
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
{comments_area(base, post)}"""


def listing_main(heading: str, entries: Sequence[ListingEntry], navigation: str) -> str:
    articles = []
    for entry in entries:
        post = entry.post
        articles.append(
            f'<article id="post-{post.id}" class="{post_classes(post, sticky=entry.sticky)}">'
            '<header class="entry-header"><h2 class="entry-title">'
            f'<a href="{e(entry.href)}" rel="bookmark">'
            f"{e(shown_title(post))}</a></h2></header>"
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
