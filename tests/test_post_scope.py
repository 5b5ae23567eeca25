"""Every page signal read from the post's own region (issue 18, item 3).

The pages mirror markup measured on real WordPress sites and themes: related-post tiles
printed with post_class() (a protected post's among them), a sidebar categories widget
beside a category link without rel, hashtag-styled tags, themes with no WordPress
classes at all whose terms and byline are plain links under the site's bases, a
headline printed inside the post above its content. Expected values are what the site
states of its post (its own links and texts), never our output.
"""

from __future__ import annotations

import dataclasses
from types import SimpleNamespace

import pytest
from scrapy.utils.test import get_crawler

from iria_archive.extraction.article import (
    ProtectedPostError,
    extract_article,
    extractor_stamp,
)
from iria_archive.model.items import SourceHints
from iria_archive.model.profile import GENERIC_PROFILE
from pipelines.extract_pipeline import ExtractPipeline

SITE = "https://news.example.org"
HOME = f"{SITE}/news"
URL = f"{HOME}/ministers-agree-on-grain-corridor/"
PARAGRAPHS = [
    "The foreign ministers agreed on Tuesday to reopen the grain corridor through the"
    " Black Sea, after three weeks of talks in Istanbul.",
    "Shipping insurers said they would resume cover for vessels on the route within days,"
    " and the first convoy is expected to leave Odesa next week.",
    "The agreement still needs the approval of the two parliaments, which are expected to"
    " vote on it before the end of the month.",
]
BODY = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
TEXT = "\n\n".join(PARAGRAPHS)
TITLE = "Ministers agree on grain corridor"
HEAD = (
    f'<link rel="https://api.w.org/" href="{HOME}/wp-json/">'
    f"<link rel='stylesheet' href='{HOME}/wp-includes/css/dist/block-library/style.min.css'>"
)


def html(body: str, body_class: str = "single single-post postid-42", head: str = HEAD) -> str:
    return (
        f"<!DOCTYPE html><html lang='en'><head><title>{TITLE} – News</title>{head}</head>"
        f"<body class='{body_class}'>{body}</body></html>"
    )


def tile(post_id: int, title: str, protected: bool = False, form: bool = False) -> str:
    """A related post's tile as themes print it: post_class() markup, date, byline."""
    classes = f"post-{post_id} post type-post status-publish format-standard hentry"
    classes += " post-password-required" if protected else ""
    summary = (
        f'<form action="{HOME}/wp-login.php?action=postpass" class="post-password-form"'
        ' method="post"><p>This content is password protected.</p>'
        '<input name="post_password" type="password"></form>'
        if form
        else "<p>There is no excerpt because this is a protected post.</p>"
        if protected
        else "<p>An older story from the archive.</p>"
    )
    return (
        f'<article id="post-{post_id}" class="{classes}"><h3 class="entry-title">'
        f'<a href="{HOME}/story-{post_id}/" rel="bookmark">{title}</a></h3>'
        '<div class="entry-meta"><time class="entry-date published"'
        ' datetime="2019-05-05T09:00:00+02:00">May 5, 2019</time>'
        f' <span class="byline"><a rel="author" href="{HOME}/author/zed/">Zed Tile</a></span>'
        f' <a href="{HOME}/category/asia/" rel="category tag">Asia</a></div>'
        f'<div class="entry-summary">{summary}</div></article>'
    )


def post(inner_after: str = "", post_id: int = 42) -> str:
    return (
        f'<article id="post-{post_id}" class="post-{post_id} post type-post status-publish'
        ' format-standard hentry category-europe">'
        f'<header class="entry-header"><h1 class="entry-title">{TITLE}</h1>'
        '<div class="entry-meta"><time class="entry-date published"'
        ' datetime="2024-03-01T00:30:00+01:00">March 1, 2024</time>'
        f' <span class="byline">by <a rel="author" href="{HOME}/author/ana/">Ana Novak</a>'
        f'</span> <a href="{HOME}/category/europe/" rel="category tag">Europe</a></div></header>'
        f'<div class="entry-content">{BODY}</div>{inner_after}</article>'
    )


TILES = (
    '<section class="jeg_postblock more-stories"><h3>You may also like</h3>'
    + tile(77, "Protected: Cabinet papers", protected=True)
    + tile(78, "Harbour reopens")
    + "</section>"
)
TILES_WITH_FORM = (
    '<div class="post-carousel">'
    + tile(77, "Protected: Cabinet papers", protected=True, form=True)
    + "</div>"
)


@pytest.mark.parametrize(
    "page",
    [
        # Tiles under the article, the body's postid-42 naming the post.
        html(f"<main>{post()}{TILES}</main>"),
        # Tiles inside the article, after its content.
        html(f"<main>{post(TILES)}</main>"),
        # Tiles appended to the content (a plugin's the_content filter).
        html(f"<main>{post().replace('</p></div>', '</p>' + TILES + '</div>')}</main>"),
        # A tile printing the protected post's password form (a full-content carousel).
        html(f"<main>{post()}{TILES_WITH_FORM}</main>"),
        # No body class: the shortlink names the post.
        html(
            f"<main>{post()}{TILES}</main>",
            body_class="",
            head=HEAD + f"<link rel='shortlink' href='{HOME}/?p=42'>",
        ),
        # No id anywhere, the tiles printed first: the article holding the content.
        html(f"<div class='trending'>{TILES}</div><main>{post()}</main>", body_class=""),
    ],
    ids=["after", "inside", "in-content", "form-in-tile", "shortlink", "tiles-first"],
)
def test_a_protected_posts_tile_does_not_make_the_page_protected(page: str) -> None:
    article = extract_article(page, URL)
    assert article.text == TEXT
    assert (article.title, article.author, article.published) == (
        TITLE,
        "Ana Novak",
        "2024-03-01T00:30:00+01:00",
    )
    assert article.categories == ["Europe"]
    assert "Cabinet papers" not in article.text and "older story" not in article.text


def test_the_rest_apis_post_id_names_the_post_among_tiles() -> None:
    page = html(f"<main>{tile(77, 'Protected: Cabinet papers', True)}{post()}</main>", "")
    article = extract_article(page, URL, hints=SourceHints(source="rest", post_id=42))
    assert (article.text, article.author, article.post_id) == (TEXT, "Ana Novak", 42)


@pytest.mark.parametrize("body_class", ["single postid-42", ""], ids=["postid", "no-id"])
def test_a_block_theme_prints_no_element_for_the_post_only_for_the_tiles(body_class: str) -> None:
    """twentytwentytwo's single template: title and content blocks, no <article> for
    the post; the related posts' tiles are the page's only post_class() elements."""
    page = html(
        f'<main class="wp-block-group"><h1 class="wp-block-post-title">{TITLE}</h1>'
        '<div class="wp-block-post-date"><time datetime="2024-03-01T00:30:00+01:00">March 1'
        f'</time></div><div class="entry-content wp-block-post-content">{BODY}{TILES}</div>'
        "</main>",
        body_class=body_class,
    )
    article = extract_article(page, URL)
    assert (article.title, article.text) == (TITLE, TEXT)
    assert (article.published, article.author, article.categories) == (
        "2024-03-01T00:30:00+01:00",
        None,
        [],
    )


def protected_post(post_id: int = 42, body_class: bool = True, post_class: bool = True) -> str:
    classes = f"post-{post_id} post type-post hentry"
    classes += " post-password-required" if post_class else ""
    form = (
        f'<form action="{HOME}/wp-login.php?action=postpass" class="post-password-form"'
        ' method="post"><p>This content is password protected. To view it please enter your'
        ' password below:</p><input name="post_password" type="password"></form>'
    )
    article = (
        f'<article id="post-{post_id}" class="{classes}"><h1 class="entry-title">Protected:'
        f' Cabinet papers</h1><div class="entry-content">{form}</div></article>'
    )
    body = "single postid-42" + (" post-password-required" if body_class else "")
    return html(f"<main>{article}{TILES.replace('post-77', 'post-79')}</main>", body)


@pytest.mark.parametrize(
    "page",
    [
        protected_post(),
        protected_post(body_class=False),
        protected_post(body_class=False, post_class=False),
    ],
    ids=["body-class", "post-class", "form-only"],
)
def test_the_protected_post_itself_is_still_never_archived(page: str) -> None:
    with pytest.raises(ProtectedPostError):
        extract_article(page, URL)


# -- terms from the post's own region ---------------------------------------------------

CATEGORIES = ["Americas", "Asia", "Balkans", "Europe", "News", "Uncategorized"]
WIDGET = (
    '<section id="categories-2" class="widget_categories"><h4>Categories</h4><ul>'
    + "".join(
        f'<li class="cat-item cat-item-{i}"><a href="{HOME}/category/{n.lower()}/">{n}</a></li>'
        for i, n in enumerate(CATEGORIES, 2)
    )
    + "</ul></section>"
)
HASHTAGS = (
    '<div class="post-tags">'
    f'<a href="{HOME}/tag/diplomacy/" rel="tag">#Diplomacy</a> '
    f'<a href="{HOME}/tag/sanctions/" rel="tag">#Sanctions</a></div>'
)


@pytest.mark.parametrize(
    "main",
    [
        # post_class() markup on the post.
        f'<article id="post-42" class="post-42 post type-post hentry"><div class="post-cat">'
        f'<a href="{HOME}/category/balkans/">Balkans</a></div><h1 class="post-title">{TITLE}'
        f'</h1><div class="post-body">{BODY}</div>{HASHTAGS}</article>',
        # No post markup at all: the heading and the body in a plain wrapper.
        f'<div class="single-wrap"><div class="post-cat"><a href="{HOME}/category/balkans/">'
        f"Balkans</a></div><h1>{TITLE}</h1><div class='post-body'>{BODY}</div>{HASHTAGS}</div>",
    ],
    ids=["post-markup", "no-post-markup"],
)
def test_a_category_link_without_rel_beside_a_categories_widget(main: str) -> None:
    page = html(
        f'<div class="container"><div class="row"><div class="col-md-8">{main}</div>'
        f'<div class="col-md-4">{WIDGET}</div></div></div>'
    )
    article = extract_article(page, URL)
    assert (article.categories, article.tags) == (["Balkans"], ["Diplomacy", "Sanctions"])
    assert article.text == TEXT


def plain_theme(head: str = HEAD, category_base: str = "category", tag_base: str = "tag") -> str:
    """A theme without WordPress's classes or rels: terms and byline are plain links."""
    return html(
        f'<div><a href="{HOME}/">News</a><ul><li><a href="{HOME}/{category_base}/europe/">'
        f'Europe</a></li><li><a href="{HOME}/{category_base}/asia/">Asia</a></li></ul></div>'
        f"<div><div><h1>{TITLE}</h1>"
        f'<div>By <a href="{HOME}/author/dsimic/">Dragana Šimić</a> in'
        f' <a href="{HOME}/{category_base}/europe/balkans/">Balkans</a></div>'
        f"<div>{BODY}<p>Read more on our coverage of"
        f' <a href="{HOME}/{tag_base}/energy/">energy policy</a> and the markets that follow'
        " it closely, week after week, in our weekly newsletter for subscribers.</p></div>"
        f'<div>Tags: <a href="{HOME}/{tag_base}/sanctions/">Sanctions</a>,'
        f' <a href="{HOME}/{tag_base}/eu-enlargement/">EU enlargement</a></div></div>'
        f'<div><h3>More stories</h3><ul><li><a href="{HOME}/other-story/">Other story</a> by'
        f' <a href="{HOME}/author/jokafor/">James Okafor</a> in'
        f' <a href="{HOME}/{tag_base}/migration/">Migration</a></li></ul></div></div>',
        body_class="",
        head=head,
    )


def test_terms_and_author_by_wordpress_url_conventions() -> None:
    article = extract_article(plain_theme(), URL, GENERIC_PROFILE)
    assert article.author == "Dragana Šimić"
    assert (article.categories, article.tags) == (["Balkans"], ["Sanctions", "EU enlargement"])
    assert article.text.startswith(PARAGRAPHS[0])
    assert "Tags:" not in article.text and "More stories" not in article.text


def test_breadcrumbs_are_not_the_posts_categories() -> None:
    """Yoast's breadcrumbs name the category's parent (Europe) above the title."""
    crumbs = (
        f'<p id="breadcrumbs"><span><a href="{HOME}/">Home</a> » <a href="{HOME}/category/'
        f'europe/">Europe</a> » <a href="{HOME}/category/europe/balkans/">Balkans</a> »'
        f" <span>{TITLE}</span></span></p>"
    )
    page = plain_theme().replace(
        f"<div><div><h1>{TITLE}</h1>", f"<div><div>{crumbs}<h1>{TITLE}</h1>"
    )
    assert crumbs in page
    article = extract_article(page, URL, GENERIC_PROFILE)
    assert (article.categories, article.tags) == (["Balkans"], ["Sanctions", "EU enlargement"])


def test_custom_bases_learnt_from_the_sites_own_term_markup() -> None:
    """Settings > Permalinks moved the bases: the tag cloud and the categories widget
    (WordPress's own markup, in the footer) show them."""
    widgets = (
        '<footer><div class="tagcloud"><a class="tag-cloud-link tag-link-3"'
        f' href="{HOME}/labels/nato/">NATO</a></div><ul><li class="cat-item cat-item-9">'
        f'<a href="{HOME}/topics/asia/">Asia</a></li></ul></footer>'
    )
    page = plain_theme(category_base="topics", tag_base="labels").replace(
        "</body>", widgets + "</body>"
    )
    article = extract_article(page, URL, GENERIC_PROFILE)
    assert (article.categories, article.tags) == (["Balkans"], ["Sanctions", "EU enlargement"])


def test_a_custom_category_base_from_the_sections_start_url() -> None:
    """A page showing no term markup at all: the section's start URL, a category
    archive, shows the site's category base."""
    profile = dataclasses.replace(GENERIC_PROFILE, category_archives=(f"{HOME}/topics/europe/",))
    page = plain_theme(category_base="topics")
    article = extract_article(page, URL, profile)
    assert (article.categories, article.tags) == (["Balkans"], ["Sanctions", "EU enlargement"])
    assert extract_article(page, URL, GENERIC_PROFILE).categories == []


def test_plain_permalinks_name_terms_and_authors_by_query() -> None:
    page = (
        plain_theme()
        .replace(f"{HOME}/author/dsimic/", f"{HOME}/?author=3")
        .replace(f"{HOME}/category/europe/balkans/", f"{HOME}/?cat=7")
        .replace(f"{HOME}/tag/sanctions/", f"{HOME}/?tag=sanctions")
        .replace(f"{HOME}/tag/eu-enlargement/", f"{HOME}/?tag=eu-enlargement")
    )
    article = extract_article(page, URL, GENERIC_PROFILE)
    assert article.author == "Dragana Šimić"
    assert (article.categories, article.tags) == (["Balkans"], ["Sanctions", "EU enlargement"])


# -- the headline is the title, not the text ----------------------------------------------


@pytest.mark.parametrize(
    "main",
    [
        # A classic theme's post div: the headline and the entry in one wrapper.
        f'<div id="wrapper"><div class="post" id="post-42"><div class="post-title-top">'
        f'<h2 class="post-title">{TITLE}</h2><div class="entry">{BODY}</div></div></div></div>',
        # An <article> with a bare <h1> above its text block.
        f'<div class="content-col"><article id="article-42"><h1>{TITLE}</h1>'
        f'<div class="textblock">{BODY}</div></article></div>',
    ],
    ids=["post-div", "article"],
)
def test_a_headline_printed_inside_the_post_is_not_the_texts_first_line(main: str) -> None:
    article = extract_article(html(main), URL)
    assert article.title == TITLE
    assert article.text == TEXT
    assert article.markdown == TEXT


def test_the_headline_is_known_whatever_its_quotes_and_markup() -> None:
    """JSON-LD states the title with a straight quote, the theme prints it typographic
    and bold in a paragraph of its own."""
    ld = (
        '<script type="application/ld+json">{"@context": "https://schema.org", "@type":'
        ' "NewsArticle", "headline": "Ministers\' grain corridor deal"}</script>'
    )
    page = html(
        '<div id="wrapper"><div class="post" id="post-42"><div class="post-title-top">'
        "<p><strong>Ministers’ grain corridor deal</strong></p>"
        f'<div class="entry">{BODY}</div></div></div></div>',
        head=HEAD + ld,
    )
    article = extract_article(page, URL)
    assert article.title == "Ministers' grain corridor deal"
    assert (article.text, article.markdown) == (TEXT, TEXT)


def test_a_first_paragraph_that_only_begins_like_the_title_stays() -> None:
    first = f"{TITLE} after a night of talks, the ministers said on Wednesday."
    page = html(
        f'<main><article id="post-42" class="post-42 post type-post hentry">'
        f'<h1 class="entry-title">{TITLE}</h1><div class="entry-content"><p>{first}</p>'
        f"{BODY}</div></article></main>"
    )
    assert extract_article(page, URL).text == "\n\n".join([first, *PARAGRAPHS])


def test_the_crawls_extractor_knows_its_sections_start_url() -> None:
    crawler = get_crawler(settings_dict={"IRIA_SITE_PROFILE": GENERIC_PROFILE})
    crawler.spider = SimpleNamespace(start_url=f"{HOME}/topics/europe/")
    pipeline = ExtractPipeline.from_crawler(crawler)
    assert pipeline.profile.category_archives == (f"{HOME}/topics/europe/",)
    assert extractor_stamp(pipeline.profile) == extractor_stamp(GENERIC_PROFILE)


def test_screen_reader_text_is_not_part_of_a_name() -> None:
    """twentysixteen's entry footer: "Author", "Posted on", "Categories" for screen
    readers only; one `published updated` date for a post never modified."""
    footer = (
        '<footer class="entry-footer"><span class="byline"><span class="author vcard">'
        '<img alt="" src="https://secure.gravatar.com/avatar/x?s=49" class="avatar">'
        '<span class="screen-reader-text">Author </span> <a class="url fn n"'
        f' href="{HOME}/author/dsimic/">Dragana Šimić</a></span></span>'
        '<span class="posted-on"><span class="screen-reader-text">Posted on </span>'
        f'<a href="{URL}" rel="bookmark"><time class="entry-date published updated"'
        ' datetime="2024-03-01T00:30:00+01:00">March 1, 2024</time></a></span>'
        '<span class="cat-links"><span class="screen-reader-text">Categories </span>'
        f'<a href="{HOME}/category/europe/" rel="category tag">Europe</a></span></footer>'
    )
    page = html(
        '<main><article id="post-42" class="post-42 post type-post hentry">'
        f'<header class="entry-header"><h1 class="entry-title">{TITLE}</h1></header>'
        f'<div class="entry-content">{BODY}</div>{footer}</article></main>'
    )
    article = extract_article(page, URL)
    assert (article.author, article.categories) == ("Dragana Šimić", ["Europe"])
    assert article.published == article.modified == "2024-03-01T00:30:00+01:00"
    assert article.text == TEXT
