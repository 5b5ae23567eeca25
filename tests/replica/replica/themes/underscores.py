"""The `_s` theme: the starter theme (Underscores) most classic themes are built from.

The most ordinary archive page there is: `main#primary > article.post > h2.entry-title
> a`, each entry with a thumbnail link, an entry-meta date link and a "Continue
reading" link to the same post, an `aside.widget-area` whose "Recent Posts" widget
lists the site's newest posts, the sticky post on top of every page, numbered
`paginate_links()` on every page and no `<link rel="next">` (that is Yoast's). With
its feed off, nothing tells the crawler which posts are the section's before it reads
the archive (issue 18: a vote of known posts took the sticky for the loop on page 2).
Single pages are the classic theme's.
"""

from __future__ import annotations

from ..content import CATEGORIES
from ..render import ListingEntry, category_url, display_date, e, excerpt, page_url, shown_title
from . import ListingView, document_title, numbered_links
from .classic import ClassicTheme, category_heading, post_classes


class UnderscoresTheme(ClassicTheme):
    """Classic single pages; `_s` archive pages."""

    name = "underscores"
    protected_post = True

    def listing(self, view: ListingView) -> str:
        heading = category_heading(CATEGORIES[view.category]) if view.category else ""
        body_class = view.body_class + (f" paged paged-{view.page}" if view.page > 1 else "")
        entries = "\n".join(self._entry(entry) for entry in view.entries)
        canonical = f'<link rel="canonical" href="{page_url(view.first_page, view.page)}">'
        return self.layout.page(
            title=document_title(view),
            head=f"{canonical}\n{self.listing_feed_link(view)}",
            body_class=body_class,
            main=f"{heading}\n{entries}\n{_pagination(view.first_page, view.page, view.pages)}",
        )

    def _entry(self, entry: ListingEntry) -> str:
        post = entry.post
        thumbnail = ""
        if post.image:
            thumbnail = (
                f'<a class="post-thumbnail" href="{e(entry.href)}" aria-hidden="true"'
                f' tabindex="-1"><img width="750" height="500" src="{self.base}{e(post.image)}"'
                f' class="attachment-post-thumbnail wp-post-image" alt="{e(post.title)}"></a>'
            )
        categories = ", ".join(
            f'<a href="{category_url(self.base, slug)}" rel="category tag">'
            f"{e(CATEGORIES[slug])}</a>"
            for slug in post.categories
        )
        return (
            f'<article id="post-{post.id}" class="{post_classes(post, sticky=entry.sticky)}">'
            '<header class="entry-header">'
            f'<h2 class="entry-title"><a href="{e(entry.href)}" rel="bookmark">'
            f"{e(shown_title(post))}</a></h2>"
            '<div class="entry-meta"><span class="posted-on">Posted on '
            f'<a href="{e(entry.href)}" rel="bookmark"><time class="entry-date published"'
            f' datetime="{post.published}">{display_date(post.published)}</time></a></span>'
            "</div></header>"
            f"{thumbnail}"
            f'<div class="entry-content"><p>{e(excerpt(post, 40))}</p>'
            f'<a href="{e(entry.more_href)}" class="more-link">Continue reading'
            f'<span class="screen-reader-text"> "{e(post.title)}"</span></a></div>'
            f'<footer class="entry-footer"><span class="cat-links">Posted in {categories}'
            "</span></footer></article>"
        )


def _pagination(first_page: str, page: int, pages: int) -> str:
    """`the_posts_pagination()`: numbers, dots, Previous and Next, on every page."""
    if pages == 1:
        return ""
    parts = []
    if page > 1:
        parts.append(
            f'<a class="prev page-numbers" href="{page_url(first_page, page - 1)}">Previous</a>'
        )
    for n, current in numbered_links(first_page, page, pages):
        if n == 0:
            parts.append('<span class="page-numbers dots">&hellip;</span>')
        elif current:
            parts.append(f'<span aria-current="page" class="page-numbers current">{n}</span>')
        else:
            parts.append(f'<a class="page-numbers" href="{page_url(first_page, n)}">{n}</a>')
    if page < pages:
        parts.append(
            f'<a class="next page-numbers" href="{page_url(first_page, page + 1)}">Next</a>'
        )
    return (
        '<nav class="navigation pagination" aria-label="Posts">'
        '<h2 class="screen-reader-text">Posts navigation</h2>'
        f'<div class="nav-links">{"".join(parts)}</div></nav>'
    )
