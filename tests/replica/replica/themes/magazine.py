"""The magazine theme: a news-magazine PHP theme of the Newspaper (tagDiv) / JNews family.

A top bar with today's date in a `<time>` on every page; listings as JNews-style
`<article class="jeg_post">` blocks with `jeg_post_title` headings (no entry-title,
no rel="bookmark", no hentry), numbered pagination only (Newspaper's `page-nav`: the
"next" link is an icon, no text, no rel, no `<link rel="next">`); post pages with a
`jeg_post_title` heading, a meta line of author, date and categories, an inline
"Also read:" paragraph inside the content of about a quarter of the posts, a
related-posts block with dates inside the content area, and an author box ("View all
posts by X") after the article.
"""

from __future__ import annotations

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
from . import ArticleView, ListingView, Theme, category_tree, document_title, numbered_links


def _author_url(base: str, author: str) -> str:
    return f"{base}/news/author/{slugify(author)}/"


def also_read(post: Post) -> bool:
    """Whether the editors put an "Also read:" link inside this post (about one in four)."""
    return post.id % 4 == 1 and not post.password


class MagazineTheme(Theme):
    name = "magazine"
    boilerplate = (
        "Also read:",
        "View all posts by",
        "writes on European security",
        "Read more",
        "Page 1 of",
        "Trending",
    )

    def _page(self, *, title: str, head: str, body_class: str, main: str, sidebar: str) -> str:
        base, today = self.base, self.chrome.today
        shown_today = f"{today:%A}, {today:%B} {today.day}, {today.year}"
        menu = "".join(
            f'<li class="menu-item"><a href="{category_url(base, slug)}">{e(CATEGORIES[slug])}</a>'
            "</li>"
            for slug in ("europe", "asia", "middle-east", "americas")
        )
        trending = "".join(
            f'<li><a href="{post_url(base, p.slug)}">{e(p.title)}</a></li>'
            for p in self.chrome.recent[:3]
        )
        return f"""<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{e(title)}</title>
{head}
{self.head_links()}
</head>
<body class="{body_class} jeg_toggle_light jnews jsc_normal">
<div class="jeg_viewport">
<div class="jeg_header_wrapper">
<div class="jeg_topbar jeg_container normal">
<div class="jeg_nav_item jeg_top_date">
<time datetime="{today.isoformat()}">{shown_today}</time></div>
<div class="jeg_nav_item jeg_top_trending"><span>Trending</span><ul>{trending}</ul></div>
</div>
<div class="jeg_midbar"><div class="jeg_logo"><a href="{base}/news/">{e(SITE_TITLE)}</a></div></div>
<div class="jeg_bottombar"><ul class="jeg_menu jeg_main_menu">{menu}</ul></div>
</div>
<div class="jeg_main">
<div class="jeg_container">
<div class="jeg_content">
<div class="container"><div class="row">
<div class="jeg_main_content col-md-8">
{main}
</div>
<div class="jeg_sidebar col-md-4">
{sidebar}
</div>
</div></div>
</div>
</div>
</div>
<div class="footer-holder" id="footer">
<div class="jeg_footer jeg_footer_1 normal">
<div class="jeg_footer_container jeg_container">
<div class="jeg_footer_content">
<div class="footer_widget widget_jnews_about"><p>{e(ABOUT)}</p></div>
<div class="footer_widget widget_blog_subscription">
<h3 class="jeg_footer_heading">Subscribe to IRIA News</h3>{subscribe_form()}</div>
</div>
<div class="jeg_footer_bottom"><p class="copyright">{e(COPYRIGHT)}</p></div>
</div>
</div>
</div>
<div class="jscroll-to-top"><a href="#back-to-top" class="jscroll-to-top_link">Back to Top</a></div>
</div>
</body>
</html>
"""

    def _sidebar(self) -> str:
        recent = "\n".join(
            f'<li><a href="{post_url(self.base, p.slug)}">{e(p.title)}</a></li>'
            for p in self.chrome.recent
        )
        return f"""<div class="widget widget_search">{search_form(self.base)}</div>
<div class="widget widget_recent_entries"><div class="jeg_block_heading">
<h3 class="jeg_block_title"><span>Recent Posts</span></h3></div><ul>
{recent}
</ul></div>
<div class="widget widget_categories"><div class="jeg_block_heading">
<h3 class="jeg_block_title"><span>Categories</span></h3></div><ul>
{category_tree(self.base)}
</ul></div>"""

    # -- single posts -----------------------------------------------------------------

    def article(self, view: ArticleView) -> str:
        base, post = self.base, view.post
        url = post_url(base, post.slug)
        categories = " ".join(
            f'<a href="{category_url(base, slug)}" rel="category tag">{e(CATEGORIES[slug])}</a>'
            for slug in post.categories
        )
        crumbs = " / ".join(
            f'<a href="{category_url(base, slug)}">{e(CATEGORIES[slug])}</a>'
            for slug in post.categories[:1]
        )
        meta = []
        if post.author:
            meta.append(
                '<div class="jeg_meta_author"><span class="meta_text">by</span> '
                f'<a href="{_author_url(base, post.author)}">{e(post.author)}</a></div>'
            )
        meta.append(
            f'<div class="jeg_meta_date"><a href="{url}">{display_date(post.published)}</a></div>'
        )
        content = article_content(base, post)
        if also_read(post) and view.related:
            other = view.related[0]
            paragraph = (
                f'<p><strong>Also read:</strong> <a href="{post_url(base, other.slug)}">'
                f"{e(other.title)}</a></p>"
            )
            blocks = content.split("\n")
            blocks.insert(min(2, len(blocks) - 1), paragraph)
            content = "\n".join(blocks)
        related = "\n".join(
            '<article class="jeg_post jeg_pl_sm">'
            f'<h3 class="jeg_post_title"><a href="{post_url(base, other.slug)}">'
            f"{e(other.title)}</a></h3>"
            f'<div class="jeg_post_meta"><div class="jeg_meta_date">'
            f'<a href="{post_url(base, other.slug)}"><i class="fa fa-clock-o"></i> '
            f"{display_date(other.published)}</a></div></div></article>"
            for other in view.related
        )
        tags = ""
        if post.tags:
            links = "".join(
                f'<a href="{base}/news/tag/{slugify(tag)}/" rel="tag">{e(tag)}</a>'
                for tag in post.tags
            )
            tags = f'<div class="jeg_post_tags"><span>Tags:</span> {links}</div>'
        author_box = ""
        if post.author:
            author_box = f"""<div class="jeg_authorbox">
<div class="jeg_author_content">
<h3 class="jeg_author_name"><a href="{_author_url(base, post.author)}">{e(post.author)}</a></h3>
<p class="jeg_author_desc">{e(post.author)} writes on European security and foreign affairs
 for IRIA.</p>
<a class="jeg_author_link" href="{_author_url(base, post.author)}">
View all posts by {e(post.author)}</a>
</div>
</div>"""
        main = f"""<div class="jeg_inner_content">
<div class="jeg_breadcrumbs"><a href="{base}/news/">Home</a> / {crumbs}</div>
<div class="entry-header">
<div class="jeg_post_category">{categories}</div>
<h1 class="jeg_post_title">{e(shown_title(post))}</h1>
<div class="jeg_meta_container">
<div class="jeg_post_meta jeg_post_meta_1">{"".join(meta)}</div></div>
</div>
<div class="entry-content no-share">
<div class="content-inner">
{content}
</div>
<div class="jnews_related_post_container">
<div class="jeg_postblock_22 jeg_postblock">
<div class="jeg_block_heading"><h3 class="jeg_block_title"><span>Related Articles</span></h3></div>
<div class="jeg_posts">
{related}
</div>
</div>
</div>
</div>
{tags}
{author_box}
<div class="jnews_comment_container">{comments_area(base, post)}</div>
</div>"""
        return self._page(
            title=f"{shown_title(post)} – IRIA",
            head=article_head(base, post),
            body_class=f"post-template-default single single-post postid-{post.id}",
            main=main,
            sidebar=self._sidebar(),
        )

    # -- archives ---------------------------------------------------------------------

    def _entry(self, entry: ListingEntry) -> str:
        base, post = self.base, entry.post
        category = post.categories[0]
        author = ""
        if post.author:
            author = (
                '<div class="jeg_meta_author">by '
                f'<a href="{_author_url(base, post.author)}">{e(post.author)}</a></div>'
            )
        sticky = " sticky" if entry.sticky else ""
        return (
            f'<article class="jeg_post jeg_pl_lg_2 format-standard{sticky}">'
            f'<div class="jeg_thumb"><a href="{e(entry.href)}"><div class="thumbnail-container">'
            "</div></a>"
            f'<div class="jeg_post_category"><span><a href="{category_url(base, category)}"'
            f' class="category-{category}">{e(CATEGORIES[category])}</a></span></div></div>'
            '<div class="jeg_postblock_content">'
            f'<h3 class="jeg_post_title"><a href="{e(entry.href)}">{e(shown_title(post))}</a></h3>'
            f'<div class="jeg_post_meta">{author}<div class="jeg_meta_date">'
            f'<a href="{e(entry.href)}"><i class="fa fa-clock-o"></i> '
            f"{display_date(post.published)}</a></div></div>"
            f'<div class="jeg_post_excerpt"><p>{e(excerpt(post, 25))}</p>'
            f'<a href="{e(entry.more_href)}" class="jeg_readmore">Read more</a></div>'
            "</div></article>"
        )

    def listing(self, view: ListingView) -> str:
        heading = ""
        if view.category:
            heading = (
                '<div class="jeg_archive_header"><h1 class="jeg_archive_title">'
                f"{e(CATEGORIES[view.category])}</h1></div>"
            )
        numbers = []
        for n, current in numbered_links(view.first_page, view.page, view.pages):
            if n == 0:
                numbers.append('<span class="extend">...</span>')
            elif current:
                numbers.append(f'<span class="current">{n}</span>')
            else:
                href = page_url(view.first_page, n)
                numbers.append(f'<a href="{href}" class="page" title="{n}">{n}</a>')
        if view.page < view.pages:
            numbers.append(
                f'<a href="{page_url(view.first_page, view.page + 1)}">'
                '<i class="td-icon-menu-right"></i></a>'
            )
        pagination = ""
        if view.pages > 1:
            pagination = (
                f'<div class="page-nav td-pb-padding-side">{"".join(numbers)}'
                f'<span class="pages">Page {view.page} of {view.pages}</span></div>'
            )
        entries = "\n".join(self._entry(entry) for entry in view.entries)
        main = f"""{heading}
<div class="jeg_postblock_5 jeg_postblock">
<div class="jeg_posts jeg_load_more_flag">
{entries}
</div>
</div>
{pagination}"""
        return self._page(
            title=document_title(view),
            head=f'<link rel="canonical" href="{page_url(view.first_page, view.page)}">\n'
            + self.listing_feed_link(view),
            body_class=view.body_class + (f" paged paged-{view.page}" if view.page > 1 else ""),
            main=main,
            sidebar=self._sidebar(),
        )

    def not_found(self) -> str:
        main = (
            '<div class="jeg_404_content"><h1 class="jeg_archive_title">Page Not Found</h1>'
            f"<p>The page you requested does not exist.</p>{search_form(self.base)}</div>"
        )
        return self._page(
            title="Page not found – IRIA",
            head="",
            body_class="error404",
            main=main,
            sidebar=self._sidebar(),
        )
