"""The block theme: Twenty Twenty-Three, as WordPress 6.1 renders its templates.

Template parts instead of a sidebar; `wp-block-post-title` titles (linked without
rel="bookmark" in listings), `wp-block-post-date` `<time>`s, the post meta (date,
categories, author, tags) after the content as `wp-block-post-terms` whose links all
say rel="tag" (categories too); listings as a `wp-block-query` loop of `<li>` posts;
pagination by `wp-block-query-pagination-next` / "-previous" links only ("Older
Posts →"), no `<link rel="next">`; a second query loop ("Related Articles") on every
post page; the comments block instead of comments.php.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..comments import comment_form, comments
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
    shown_title,
    subscribe_form,
)
from . import ArticleView, ListingView, Theme, document_title


def _post_classes(post: Post, sticky: bool = False) -> str:
    """post_class(), which the post-template block puts on each <li>."""
    classes = ["wp-block-post", f"post-{post.id}", "post", "type-post", "status-publish"]
    classes.append("format-standard")
    if post.image:
        classes.append("has-post-thumbnail")
    if sticky:
        classes.append("sticky")
    classes.append("hentry")
    classes += [f"category-{slug}" for slug in post.categories]
    classes += [f"tag-{slugify(tag)}" for tag in post.tags]
    return " ".join(classes)


def _date_block(post: Post, link: str | None = None) -> str:
    """core/post-date: get_the_date('c') in datetime (only the day when the page, as the
    date-in-text trap wants, tells nothing more precise than the day)."""
    machine = post.published if (post.meta_dates or post.json_ld) else post.published[:10]
    shown = display_date(post.published)
    inner = f'<a href="{e(link)}">{shown}</a>' if link else shown
    return f'<div class="wp-block-post-date"><time datetime="{machine}">{inner}</time></div>'


def _terms_block(base: str, taxonomy: str, links: Sequence[tuple[str, str]]) -> str:
    """core/post-terms: get_the_term_list(), every link rel="tag" whatever the taxonomy."""
    separator = '<span class="wp-block-post-terms__separator">, </span>'
    items = separator.join(f'<a href="{href}" rel="tag">{e(name)}</a>' for name, href in links)
    return f'<div class="taxonomy-{taxonomy} wp-block-post-terms">{items}</div>'


class BlockTheme(Theme):
    name = "block"
    rest_api = True
    timezone = "+01:00"
    boilerplate = ("Older Posts", "Newer Posts", "Posted", "Responses to")

    def _page(self, *, title: str, head: str, body_class: str, main: str) -> str:
        base = self.base
        menu = "".join(
            '<li class="wp-block-navigation-item wp-block-navigation-link">'
            f'<a class="wp-block-navigation-item__content" href="{category_url(base, slug)}">'
            f'<span class="wp-block-navigation-item__label">{e(CATEGORIES[slug])}</span></a></li>'
            for slug in ("europe", "asia", "middle-east", "americas")
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
<body class="{body_class} wp-embed-responsive">
<a class="skip-link screen-reader-text" href="#wp--skip-link--target">Skip to content</a>
<div class="wp-site-blocks">
<header class="wp-block-template-part">
<div class="wp-block-group is-layout-flex">
<p class="wp-block-site-title">
<a href="{base}/news/" target="_self" rel="home">{e(SITE_TITLE)}</a></p>
<nav class="is-responsive items-justified-right wp-block-navigation" aria-label="Menu">
<ul class="wp-block-navigation__container">{menu}</ul></nav>
</div>
</header>
<main class="wp-block-group is-layout-constrained" id="wp--skip-link--target">
{main}
</main>
<footer class="wp-block-template-part">
<div class="wp-block-group has-global-padding is-layout-constrained">
<div class="wp-block-jetpack-subscriptions">
<h2 class="wp-block-heading">Subscribe to IRIA News</h2>{subscribe_form()}</div>
<p class="has-small-font-size">{e(ABOUT)}</p>
<div class="wp-block-group is-layout-flex">
<p class="has-small-font-size">{e(COPYRIGHT)}</p>
<p class="has-text-align-right has-small-font-size">
<a href="#wp--skip-link--target">Back to Top</a></p>
</div>
</div>
</footer>
</div>
</body>
</html>
"""

    # -- single posts ---------------------------------------------------------------

    def article(self, view: ArticleView) -> str:
        base, post = self.base, view.post
        url = post_url(base, post.slug)
        categories = [(CATEGORIES[s], category_url(base, s)) for s in post.categories]
        tags = [(t, f"{base}/news/tag/{slugify(t)}/") for t in post.tags]
        author = ""
        if post.author:
            author = (
                '<div class="wp-block-group is-layout-flex"><p>by</p>'
                '<div class="wp-block-post-author"><div class="wp-block-post-author__content">'
                f'<p class="wp-block-post-author__name">{e(post.author)}</p></div></div></div>'
            )
        tag_group = ""
        if tags:
            tag_group = (
                '<div class="wp-block-group is-layout-flex is-vertical"><p>Tags:</p>'
                f"{_terms_block(base, 'post_tag', tags)}</div>"
            )
        navigation = ""
        if view.older:
            navigation += (
                '<div class="post-navigation-link-previous wp-block-post-navigation-link">'
                f'<a href="{post_url(base, view.older.slug)}" rel="prev">'
                f"{e(view.older.title)}</a></div>"
            )
        if view.newer:
            navigation += (
                '<div class="post-navigation-link-next wp-block-post-navigation-link">'
                f'<a href="{post_url(base, view.newer.slug)}" rel="next">'
                f"{e(view.newer.title)}</a></div>"
            )
        related = "\n".join(
            f'<li class="{_post_classes(other)}"><h3 class="wp-block-post-title">'
            f'<a href="{post_url(base, other.slug)}" target="_self">{e(other.title)}</a></h3>'
            f"{_date_block(other, post_url(base, other.slug))}</li>"
            for other in view.related
        )
        main = f"""<div class="wp-block-group has-global-padding is-layout-constrained">
<h1 class="wp-block-post-title">{e(shown_title(post))}</h1>
</div>
<div class="entry-content wp-block-post-content has-global-padding is-layout-constrained">
{article_content(base, post)}
</div>
<div class="wp-block-template-part">
<div class="wp-block-spacer" style="height:0" aria-hidden="true"></div>
<div class="wp-block-group has-global-padding is-layout-constrained">
<hr class="wp-block-separator alignwide has-css-opacity is-style-wide">
<div class="wp-block-columns alignwide has-small-font-size">
<div class="wp-block-column">
<div class="wp-block-group is-layout-flex"><p>Posted</p>{_date_block(post)}<p>in</p>
{_terms_block(base, "category", categories)}</div>
{author}
</div>
<div class="wp-block-column">{tag_group}</div>
</div>
</div>
</div>
<nav class="wp-block-group is-layout-flex" aria-label="Posts">{navigation}</nav>
<div class="wp-block-group has-global-padding is-layout-constrained">
<h2 class="wp-block-heading">Related Articles</h2>
<div class="wp-block-query"><ul class="wp-block-post-template">
{related}
</ul></div>
</div>
{self._comments(post, url)}"""
        return self._page(
            title=f"{shown_title(post)} – IRIA",
            head=article_head(base, post),
            body_class=f"post-template-default single single-post postid-{post.id}",
            main=main,
        )

    def _comments(self, post: Post, url: str) -> str:
        """The comments block (hidden-comments pattern): no comments.php, no <article>."""
        parts = ['<section class="wp-block-template-part">', '<div class="wp-block-comments">']
        if post.comments:
            count = len(post.comments)
            label = "One response" if count == 1 else f"{count} responses"
            parts.append(
                f'<h2 class="wp-block-comments-title">{label} to &ldquo;{e(post.title)}&rdquo;</h2>'
            )
            parts.append('<ol class="wp-block-comment-template">')
            for c in comments(post):
                parts.append(
                    f'<li id="comment-{c.id}" class="comment even thread-even depth-1">'
                    '<div class="wp-block-columns"><div class="wp-block-column">'
                    f'<div class="wp-block-comment-author-name">{e(c.name)}</div>'
                    f'<div class="wp-block-comment-date"><time datetime="{c.when}">'
                    f'<a href="{url}#comment-{c.id}">{c.shown}</a></time></div>'
                    f'<div class="wp-block-comment-content"><p>{e(c.text)}</p></div>'
                    '<div class="wp-block-comment-reply-link"><a class="comment-reply-link"'
                    ' href="#">Reply</a></div></div></div></li>'
                )
            parts.append("</ol>")
        parts.append(
            '<div class="wp-block-post-comments-form">' + comment_form(self.base, post) + "</div>"
        )
        parts += ["</div>", "</section>"]
        return "\n".join(parts)

    # -- archives ---------------------------------------------------------------------

    def _entry(self, entry: ListingEntry) -> str:
        post = entry.post
        image = ""
        if post.image:
            image = (
                '<figure class="alignwide wp-block-post-featured-image">'
                f'<a href="{e(entry.href)}" target="_self"><img width="1024" height="683"'
                f' src="{self.base}{e(post.image)}" class="attachment-post-thumbnail'
                ' size-post-thumbnail wp-post-image" alt="" decoding="async"></a></figure>'
            )
        return (
            f'<li class="{_post_classes(post, entry.sticky)}">{image}'
            '<h2 class="wp-block-post-title">'
            f'<a href="{e(entry.href)}" target="_self">{e(shown_title(post))}</a></h2>'
            '<div class="wp-block-post-excerpt"><p class="wp-block-post-excerpt__excerpt">'
            f"{e(excerpt(post, 25))}&hellip; </p></div>"
            f"{_date_block(post, entry.href)}"
            '<div style="height:var(--wp--preset--spacing--50)" aria-hidden="true"'
            ' class="wp-block-spacer"></div></li>'
        )

    def listing(self, view: ListingView) -> str:
        heading = ""
        if view.category:
            heading = (
                '<h1 class="alignwide wp-block-query-title">'
                f"Category: <span>{e(CATEGORIES[view.category])}</span></h1>"
            )
        navigation = []
        if view.page > 1:
            navigation.append(
                f'<a href="{page_url(view.first_page, view.page - 1)}"'
                ' class="wp-block-query-pagination-previous"><span class="wp-block-query-'
                'pagination-previous-arrow is-arrow-arrow" aria-hidden="true">←</span>'
                "Newer Posts</a>"
            )
        if view.page < view.pages:
            navigation.append(
                f'<a href="{page_url(view.first_page, view.page + 1)}"'
                ' class="wp-block-query-pagination-next">Older Posts<span class="wp-block-query-'
                'pagination-next-arrow is-arrow-arrow" aria-hidden="true">→</span></a>'
            )
        entries = "\n".join(self._entry(entry) for entry in view.entries)
        main = f"""{heading}
<div class="wp-block-query alignwide">
<ul class="wp-block-post-template is-flex-container columns-3">
{entries}
</ul>
<nav class="wp-block-query-pagination is-content-justification-space-between is-layout-flex"
 aria-label="Pagination">{"".join(navigation)}</nav>
</div>"""
        return self._page(
            title=document_title(view),
            head=f'<link rel="canonical" href="{page_url(view.first_page, view.page)}">\n'
            + self.listing_feed_link(view),
            body_class=view.body_class + (f" paged paged-{view.page}" if view.page > 1 else ""),
            main=main,
        )

    def not_found(self) -> str:
        main = (
            '<h1 class="has-text-align-center wp-block-heading">404</h1>'
            "<p>This page could not be found.</p>"
        )
        return self._page(title="Page not found – IRIA", head="", body_class="error404", main=main)
