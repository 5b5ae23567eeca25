"""Metadata from the most authoritative source, on real WordPress 6.1 pages and traps.

tests/pages/wp61/ holds pages a real WordPress 6.1 rendered with its three core themes
(twentytwentyone: classic; twentytwentytwo/three: block themes), the REST API's answer
for the same posts and `truth.json`, what WordPress's own functions say of each post.
Expected values come from that truth, never from our output.
"""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest
from lxml import html as lxml_html

from iria_archive.extraction.article import extract_article
from iria_archive.model.items import SourceHints

WP61 = Path(__file__).parent / "pages" / "wp61"
THEMES = ("twentytwentyone", "twentytwentytwo", "twentytwentythree")
TRUTH = {post["url"]: post for post in json.loads((WP61 / "truth.json").read_text())["europe"]}
REST = json.loads((WP61 / "rest-posts-europe-embed.json").read_text())
ARTICLE_URL = "http://127.0.0.1:59649/news/germany-raises-defence-spending/"


def rest_hints(post: dict) -> SourceHints:
    """SourceHints as the REST API states them: local dates with the site's offset."""

    def with_offset(local: str, gmt: str) -> str:
        offset = datetime.fromisoformat(local) - datetime.fromisoformat(gmt)
        minutes = int(offset.total_seconds() // 60)
        sign = "+" if minutes >= 0 else "-"
        return f"{local}{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"

    terms = post["_embedded"]["wp:term"]
    return SourceHints(
        source="rest",
        changed=post["modified_gmt"],
        title=lxml_html.fromstring(f"<p>{post['title']['rendered']}</p>").text_content(),
        author=post["_embedded"]["author"][0]["name"],
        published=with_offset(post["date"], post["date_gmt"]),
        modified=with_offset(post["modified"], post["modified_gmt"]),
        categories=[t["name"] for t in terms[0]],
        tags=[t["name"] for t in terms[1]],
        protected=post["content"]["protected"],
    )


def page(theme: str) -> str:
    return (WP61 / f"{theme}-article.html").read_text("utf-8")


@pytest.mark.parametrize("theme", THEMES)
def test_wordpress_page_alone_gives_the_posts_truth(theme: str) -> None:
    truth = TRUTH[ARTICLE_URL]
    article = extract_article(page(theme), ARTICLE_URL)
    assert article.url == truth["url"]
    assert article.title == truth["title"]
    assert article.published == truth["published"]  # full datetime, the site's offset
    assert article.categories == truth["categories"]
    assert article.tags == truth["tags"]
    assert article.text == "\n\n".join(truth["paragraphs"])
    assert article.image_url == truth["image_url"]
    assert article.image_caption == truth["image_caption"]
    for comment in truth["comments"]:
        assert comment not in article.text
    assert truth["author_bio"] not in article.text
    assert article.disagreements == []
    # The block themes print no modification date; twentytwentyone marks its one date
    # `published updated` (hAtom), and this post was never modified: that is its date.
    assert article.modified == (truth["modified"] if theme == "twentytwentyone" else None)
    assert truth["modified"] == truth["published"]


@pytest.mark.parametrize("theme", ("twentytwentytwo", "twentytwentythree"))
def test_block_themes_byline_is_the_author(theme: str) -> None:
    assert extract_article(page(theme), ARTICLE_URL).author == TRUTH[ARTICLE_URL]["author"]


def test_the_author_bio_box_names_the_author_but_is_never_the_text() -> None:
    """twentytwentyone prints no byline when the author has a bio, only the bio box:
    `<h2 class="author-title">By Marta Hartmann</h2>` and "View all of Marta Hartmann's
    posts." (rel="author"). With no REST API, the name in them is the author."""
    truth = TRUTH[ARTICLE_URL]
    article = extract_article(page("twentytwentyone"), ARTICLE_URL)
    assert article.author == truth["author"]
    assert truth["author_bio"] not in article.text
    assert "View all of" not in article.text and "By Marta" not in article.text


@pytest.mark.parametrize("theme", THEMES)
def test_rest_hints_fill_what_the_page_does_not_say(theme: str) -> None:
    truth = TRUTH[ARTICLE_URL]
    post = next(p for p in REST if p["link"] == ARTICLE_URL)
    article = extract_article(page(theme), ARTICLE_URL, hints=rest_hints(post))
    assert (article.title, article.author, article.published, article.modified) == (
        truth["title"],
        truth["author"],
        truth["published"],
        truth["modified"],
    )
    assert (article.categories, article.tags) == (truth["categories"], truth["tags"])
    assert article.disagreements == []


# -- Source order and disagreements on hand-made pages --------------------------------

BODY = "<p>" + "The ministers met in Brussels and agreed on a common position. " * 6 + "</p>"


def post_page(head: str = "", header: str = "", extra: str = "") -> str:
    return f"""<!DOCTYPE html><html lang="en"><head><title>T</title>{head}</head>
<body class="single postid-7"><header class="site-header"><div class="top-bar">
<time datetime="2026-12-02">December 2, 2026</time></div></header>
<main><article id="post-7" class="post-7 post hentry">
<header class="entry-header"><h1 class="entry-title">The post title</h1>{header}</header>
<div class="entry-content">{BODY}</div></article>
<div class="related-posts"><article class="post"><time class="entry-date published"
 datetime="2020-01-01T00:00:00+00:00">Jan 1, 2020</time>
 <a href="/category/asia/" rel="category tag">Asia</a>
 <span class="byline"><a rel="author" href="/author/z/">Zed Related</a></span></article></div>
<div id="comments" class="comments-area"><article class="comment"><footer class="comment-meta">
<div class="comment-author vcard"><b class="fn">Carl Commenter</b></div>
<time datetime="2023-05-02T08:00:00+02:00">May 2</time></footer></article></div>
</main><aside class="widget-area"><time datetime="2019-01-01">old</time>
<a href="/tag/sidebar/" rel="tag">Sidebar</a></aside>{extra}
<footer class="site-footer"><time datetime="2018-01-01T00:00:00Z">2018</time></footer>
</body></html>"""


def json_ld(**fields: object) -> str:
    data = {"@context": "https://schema.org", "@type": "NewsArticle", **fields}
    return f'<script type="application/ld+json">{json.dumps(data)}</script>'


def test_dates_of_related_posts_comments_sidebar_and_top_bar_are_never_the_posts() -> None:
    article = extract_article(post_page(), "http://x/p/")
    assert article.published is None or not article.published.startswith(
        ("2020", "2023-05-02", "2026-12-02", "2019", "2018")
    )
    article = extract_article(
        post_page(
            header='<span class="posted-on"><time class="entry-date published"'
            ' datetime="2023-05-01T10:00:00+02:00">May 1</time><time class="updated"'
            ' datetime="2023-05-03T09:00:00+02:00">May 3</time></span>'
            ' <span class="byline">By <a href="/author/x/" rel="author">Xenia Writer</a></span>'
        ),
        "http://x/p/",
    )
    assert article.published == "2023-05-01T10:00:00+02:00"
    assert article.modified == "2023-05-03T09:00:00+02:00"
    assert article.author == "Xenia Writer"
    assert article.categories == [] and article.tags == []


def test_hints_then_json_ld_then_meta_then_markup() -> None:
    markup = '<time class="entry-date published" datetime="2023-05-01T10:00:00+02:00">x</time>'
    meta = '<meta property="article:published_time" content="2023-05-01T11:00:00+02:00">'
    ld = json_ld(datePublished="2023-05-01T12:00:00+02:00")
    hints = SourceHints(source="rest", published="2023-05-01T13:00:00+02:00")
    assert extract_article(post_page(header=markup), "http://x/p/").published == (
        "2023-05-01T10:00:00+02:00"
    )
    assert extract_article(post_page(meta, markup), "http://x/p/").published == (
        "2023-05-01T11:00:00+02:00"
    )
    article = extract_article(post_page(meta + ld, markup), "http://x/p/")
    assert article.published == "2023-05-01T12:00:00+02:00"
    assert article.disagreements == ["published"]
    article = extract_article(post_page(meta + ld, markup), "http://x/p/", hints=hints)
    assert article.published == "2023-05-01T13:00:00+02:00"
    assert article.disagreements == ["published"]


def test_the_same_instant_in_two_offsets_is_no_disagreement() -> None:
    ld = json_ld(datePublished="2023-05-01T08:00:00Z", author={"name": "Ana Author"})
    hints = SourceHints(source="rest", published="2023-05-01T10:00:00+02:00", author="Ana Author")
    article = extract_article(post_page(ld), "http://x/p/", hints=hints)
    assert article.published == "2023-05-01T10:00:00+02:00"
    assert article.author == "Ana Author"
    assert article.disagreements == []
    hints = SourceHints(source="rest", author="Bo Other", title="Another title")
    article = extract_article(post_page(ld), "http://x/p/", hints=hints)
    assert (article.author, article.title) == ("Bo Other", "Another title")
    assert article.disagreements == ["title", "author"]


def test_a_date_alone_takes_the_time_another_source_gives_for_that_day() -> None:
    markup = '<time class="entry-date published" datetime="2023-05-01T10:00:00+02:00">x</time>'
    article = extract_article(post_page(json_ld(datePublished="2023-05-01"), markup), "http://x/p/")
    assert article.published == "2023-05-01T10:00:00+02:00"
    assert article.disagreements == []
    article = extract_article(post_page(json_ld(datePublished="2023-05-01")), "http://x/p/")
    assert article.published == "2023-05-01"


def test_categories_and_tags_by_rel_wrapper_or_permalink_base() -> None:
    classic = (
        '<span class="cat-links"><a href="/news/category/europe/" rel="category tag">Europe</a>'
        '</span><span class="tags-links"><a href="/news/tag/nato/" rel="tag">NATO</a></span>'
    )
    block = (
        '<div class="taxonomy-category wp-block-post-terms"><a href="/news/topics/eu/" rel="tag">'
        'EU</a></div><div class="taxonomy-post_tag wp-block-post-terms">'
        '<a href="/news/labels/energy/" rel="tag">Energy</a></div>'
    )
    by_base = (
        '<a href="/news/category/europe/balkans/" rel="tag">Balkans</a>'
        '<a href="/news/tag/kosovo/" rel="tag">Kosovo</a>'
    )
    for markup, categories, tags in [
        (classic, ["Europe"], ["NATO"]),
        (block, ["EU"], ["Energy"]),
        (by_base, ["Balkans"], ["Kosovo"]),
    ]:
        article = extract_article(post_page(header=markup), "http://x/p/")
        assert (article.categories, article.tags) == (categories, tags)


def test_a_commenter_or_a_related_posts_author_is_never_the_author() -> None:
    assert extract_article(post_page(), "http://x/p/").author is None
