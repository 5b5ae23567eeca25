"""A real WordPress's article pages read alone, as with its REST API off (issue 18).

Debian's WordPress 6.1 (tests/wordpress) renders each article with each core theme; the
pages are fetched over HTTP and extracted with no discovery hints, or with what its
Atom feed says (dates in UTC). A plugin installed by this module prints related posts
under each article with WordPress's own post_class() markup, the password-protected
post's tile among them, as popular themes do. Every expected value comes from
WordPress's own functions (truth.php).
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit

import feedparser
import pytest

from iria_archive.archive.guard import date_order
from iria_archive.extraction.article import ProtectedPostError, extract_article
from scraper.discovery.feed import entry_hints
from tests.wordpress import THEMES, WordPress

FIELDS = ("title", "author", "published", "categories", "tags")
# Printed under every single post: the protected post's tile, then two public posts',
# as get_post_class() marks them (post-N, hentry, post-password-required).
TILES_PLUGIN = r"""<?php
/* Plugin Name: IRIA test related tiles */
add_filter('the_content', function ($content) {
    if (!is_singular('post') || !in_the_loop() || !is_main_query()) {
        return $content;
    }
    $current = get_the_ID();
    $posts = array_merge(
        get_posts(['has_password' => true, 'posts_per_page' => 1]),
        get_posts(['has_password' => false, 'posts_per_page' => 2, 'post__not_in' => [$current]])
    );
    $tiles = '';
    foreach ($posts as $p) {
        $excerpt = post_password_required($p)
            ? __('There is no excerpt because this is a protected post.')
            : wp_trim_words(wp_strip_all_tags($p->post_content), 12);
        $tiles .= sprintf(
            '<article id="post-%d" class="%s"><h3 class="entry-title">'
            . '<a href="%s" rel="bookmark">%s</a></h3><div class="entry-meta">'
            . '<time class="entry-date published" datetime="%s">%s</time> <span class="byline">'
            . '<a class="url fn n" rel="author" href="%s">%s</a></span> %s</div>'
            . '<div class="entry-summary"><p>%s</p></div></article>',
            $p->ID, esc_attr(implode(' ', get_post_class('', $p))), get_permalink($p),
            get_the_title($p), get_the_date('c', $p), get_the_date('', $p),
            get_author_posts_url($p->post_author),
            get_the_author_meta('display_name', $p->post_author),
            get_the_category_list(', ', '', $p->ID), esc_html($excerpt)
        );
    }
    return $content . '<section class="more-stories"><h2>More stories</h2>' . $tiles . '</section>';
}, 20);
"""


@pytest.fixture(scope="module")
def tiles(wordpress: WordPress):
    """The related-tiles plugin, active for this module's tests only."""
    folder = wordpress.abspath / "wp-content" / "plugins"
    if folder.is_symlink() or not folder.is_dir():
        pytest.skip("the fixture's plugins folder is not its own")
    plugin = folder / "iria-test-tiles.php"
    plugin.write_text(TILES_PLUGIN)
    admin = "require_once ABSPATH . 'wp-admin/includes/plugin.php';"
    wordpress.php(admin + "activate_plugin('iria-test-tiles.php');")
    try:
        yield plugin
    finally:
        wordpress.php(admin + "deactivate_plugins('iria-test-tiles.php');")
        plugin.unlink()


@pytest.fixture(scope="module", params=THEMES)
def site(request, wordpress: WordPress, tiles: Path) -> dict:
    wordpress.switch_theme(request.param)
    return wordpress.truth()


def page(wp: WordPress, url: str) -> str:
    return wp.get(urlsplit(url).path).decode("utf-8")


def test_every_article_page_alone_gives_wordpress_truth(wordpress: WordPress, site: dict) -> None:
    wrong = []
    for post in site["europe"]:
        article = extract_article(page(wordpress, post["url"]), post["url"])
        wrong += [
            f"{urlsplit(post['url']).path} {f}: {getattr(article, f)!r}, WordPress says {post[f]!r}"
            for f in FIELDS
            if getattr(article, f) != post[f]
        ]
        text = article.text
        wrong += [f"{post['url']}: lost {p!r}" for p in post["paragraphs"] if p not in text]
        # The related tiles, the author's bio box, the title: never the text.
        protected = site["excluded"]["protected"]["title"]
        needles = [protected, "There is no excerpt", "More stories", "View all of"]
        needles += [post["author_bio"]] if post["author_bio"] else []
        wrong += [f"{post['url']}: {n!r} in the text" for n in needles if n in text]
        if text.startswith(post["title"]):
            wrong.append(f"{post['url']}: the text starts with the title")
    assert not wrong, "\n".join(wrong)


def test_the_protected_posts_own_page_is_still_refused(wordpress: WordPress, site: dict) -> None:
    protected = site["excluded"]["protected"]
    with pytest.raises(ProtectedPostError):
        extract_article(page(wordpress, protected["url"]), protected["url"])


def test_feed_dates_in_utc_are_stored_in_the_sites_offset(wordpress: WordPress, site: dict) -> None:
    """The Atom feed states every date in UTC; the stored date is the page's own, in
    the site's offset (Europe/Belgrade: +01:00 in winter, +02:00 in summer)."""
    feed = feedparser.parse(wordpress.get("/news/category/europe/feed/atom/"))
    hints = {entry.link: entry_hints(entry) for entry in feed.entries}
    truth = {post["url"]: post for post in site["europe"]}
    checked = 0
    for url, hint in hints.items():
        if url not in truth:
            continue
        assert hint.published.endswith("+00:00")
        article = extract_article(page(wordpress, url), url, hints=hint)
        assert article.published == truth[url]["published"]
        # No core theme prints the modification date: the feed's instant, in the
        # offset the page shows (the same as WordPress's unless DST lies between).
        assert date_order(article.modified, truth[url]["modified"]) == 0
        checked += 1
    assert checked >= 5
