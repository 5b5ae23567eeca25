"""The extractor's generic rules: site profiles, guarded pruning, link lines, protected posts."""

from __future__ import annotations

import ast
import json
import re
from pathlib import Path

import pytest
import trafilatura
from scrapy.utils.test import get_crawler

from iria_archive.extraction.article import (
    ProtectedPostError,
    extract_article,
    extract_page,
    extractor_stamp,
)
from iria_archive.model.items import ArticlePage, FetchFailure, SourceHints
from iria_archive.model.profile import GENERIC_PROFILE, IRIA_PROFILE, SiteProfile
from pipelines.extract_pipeline import ExtractPipeline

ROOT = Path(__file__).parent.parent
PAGES = Path(__file__).parent / "pages"
SEED = (PAGES / "seed-article.html").read_text("utf-8")
SEED_EXPECTED = json.loads((PAGES / "seed-article.expected.json").read_text("utf-8"))
WP61 = PAGES / "wp61"
# Everything that turns a page into an item, or reads a listing, for any site.
GENERIC_MODULES = (
    "iria_archive/extraction/article.py",
    "iria_archive/extraction/metadata.py",
    "iria_archive/extraction/page_sources.py",
    "iria_archive/extraction/conventions.py",
    "iria_archive/extraction/pruning.py",
    "iria_archive/extraction/check.py",
    "iria_archive/model/dates.py",
    "iria_archive/archive/guard.py",
    "scraper/listing.py",
    "scraper/listing_loop.py",
    "iria_archive/model/permalinks.py",
    "scraper/outcomes.py",
    *(str(p.relative_to(ROOT)) for p in sorted((ROOT / "scraper/discovery").glob("*.py"))),
)


def test_the_generic_extractor_holds_no_sites_strings() -> None:
    site_strings = [r if isinstance(r, str) else r.pattern for r in IRIA_PROFILE.boilerplate_lines]
    site_strings = [s for s in site_strings if s not in GENERIC_PROFILE.boilerplate_lines]
    assert site_strings  # the profile does carry the site's own lines
    for module in GENERIC_MODULES:
        source = (ROOT / module).read_text("utf-8")
        literals = [
            node.value
            for node in ast.walk(ast.parse(source))
            if isinstance(node, ast.Constant) and isinstance(node.value, str)
        ]
        for literal in literals:
            assert "IRIA" not in literal and "ir-ia" not in literal.lower(), (module, literal)
            for needle in site_strings:
                assert needle not in literal, (module, needle)


def test_the_extractor_stamp_names_trafilatura_the_profile_and_its_rules() -> None:
    assert f"trafilatura {trafilatura.__version__}" in extractor_stamp(IRIA_PROFILE)
    assert f"iria rules {IRIA_PROFILE.rules_version}" in extractor_stamp(IRIA_PROFILE)
    assert f"generic rules {GENERIC_PROFILE.rules_version}" in extractor_stamp(GENERIC_PROFILE)


def test_only_the_site_profile_drops_the_sites_own_lines() -> None:
    # The site's lines where no WordPress rule prunes them: inside the post content.
    page = SEED.replace(
        "</p>\n</div>\n</article>",
        "</p>\n<p>Subscribe to IRIA News</p><p>Back to Top</p>\n</div>\n</article>",
    )
    assert page != SEED
    assert (
        extract_article(page, SEED_EXPECTED["url"], profile=IRIA_PROFILE).text
        == SEED_EXPECTED["text"]
    )
    generic = extract_article(page, SEED_EXPECTED["url"], profile=GENERIC_PROFILE)
    assert generic.text == SEED_EXPECTED["text"] + "\n\nSubscribe to IRIA News\n\nBack to Top"


# -- The prune guard ---------------------------------------------------------------------


def test_a_prune_rule_matching_the_article_or_its_ancestors_is_not_applied() -> None:
    greedy = SiteProfile(
        name="greedy",
        rules_version="0",
        prune_xpath=(*IRIA_PROFILE.prune_xpath, "//*[@id='page']", "//main", "//article"),
        boilerplate_lines=IRIA_PROFILE.boilerplate_lines,
    )
    assert (
        extract_article(SEED, SEED_EXPECTED["url"], profile=greedy).text == (SEED_EXPECTED["text"])
    )


def test_a_page_wide_form_or_header_wrapping_the_article_is_kept() -> None:
    paragraphs = [
        f"Paragraph {n} of the report describes how the council voted on the new budget "
        f"and what the opposition said about it in the debate that followed."
        for n in range(1, 7)
    ]
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    for wrapper in ('<form id="aspnetForm" method="post">', "<header>", '<div class="widget">'):
        tag = wrapper[1:].split()[0].rstrip(">")
        page = (
            f"<html><body>{wrapper}<nav><a href='/'>Home</a></nav><div id='content'>{body}</div>"
            f"<form class='search-form'><label>Search for:</label><input name='s'></form>"
            f"</{tag}></body></html>"
        )
        profile = SiteProfile(
            name="t", rules_version="0", prune_xpath=("//form", "//header", "//*[@class='widget']")
        )
        article = extract_article(page, "http://x/a/", profile=profile)
        assert article.text == "\n\n".join(paragraphs), wrapper


# -- Inline related-link lines -------------------------------------------------------------

PROSE = (
    "The dispute has been building for months, as the institute reported in its "
    '<a href="/energy/">coverage of energy security</a> and in a '
    '<a href="/report/">longer report</a> published last spring by its research desk.'
)


@pytest.mark.parametrize(
    "line",
    [
        '<strong>Also read:</strong> <a href="/other/">NATO extends its mission another year</a>',
        'Read more: <a href="/other/">The ministers’ statement in full</a>',
        'See also <a href="/other/">Serbia and Kosovo: the talks so far</a>',
        '<a href="/other/">Related: the EU’s enlargement package explained</a>',
        '<strong>READ ANOTHER STORY HERE |</strong> <a href="/other/">Five held over the'
        " stabbing of a student</a>",
    ],
)
def test_a_short_paragraph_that_is_mostly_one_link_is_dropped(line: str) -> None:
    paragraphs = [
        "The council approved the budget on Tuesday after a long debate in the chamber.",
        "Opposition members said the plan left too little for the regions and the rail network.",
    ]
    page = (
        "<html><body><article><div class='entry-content'>"
        f"<p>{paragraphs[0]}</p><p>{line}</p><p>{PROSE}</p><p>{paragraphs[1]}</p>"
        "</div></article></body></html>"
    )
    article = extract_article(page, "http://x/a/")
    prose = re.sub(r"<[^>]+>", "", PROSE)
    expected = "\n\n".join([paragraphs[0], prose, paragraphs[1]])
    assert article.text == expected
    assert article.markdown == expected


def test_a_short_paragraph_with_a_link_in_its_prose_stays() -> None:
    paragraphs = [
        "The council approved the budget on Tuesday after a long debate in the chamber.",
        'The ministers met again in <a href="/tag/brussels/">Brussels</a> on Friday morning.',
    ]
    page = (
        "<html><body><article><div class='entry-content'>"
        + "".join(f"<p>{p}</p>" for p in paragraphs)
        + "</div></article></body></html>"
    )
    article = extract_article(page, "https://news.example/a/")
    assert article.text == "\n\n".join(re.sub(r"<[^>]+>", "", p) for p in paragraphs)


def test_a_credit_or_source_line_linking_out_stays() -> None:
    paragraphs = [
        "The council approved the budget on Tuesday after a long debate in the chamber.",
        'Photos: <a href="https://photographer.example/">Sophia Maler</a>',
        'via <a href="https://other-news.example/story">Geeks Weekly</a>',
    ]
    page = (
        "<html><body><article><div class='entry-content'>"
        + "".join(f"<p>{p}</p>" for p in paragraphs)
        + "</div></article></body></html>"
    )
    article = extract_article(page, "https://news.example/a/")
    assert article.text == "\n\n".join(re.sub(r"<[^>]+>", "", p) for p in paragraphs)


@pytest.mark.parametrize(
    "box",
    [
        '<div class="box"><h3>Read also:</h3><p><a href="/other/">NATO extends its mission'
        " another year</a></p></div>",
        '<div class="note"><h2>Note:</h2><p>Guest columns are the views of their authors,'
        ' not those of the editors.</p><p><a href="/opinion/">&gt;&gt;&gt; More guest'
        " columns</a></p></div>",
    ],
)
def test_a_box_of_links_goes_with_its_label(box: str) -> None:
    """The box's links tell it from the article: its label and note go with them."""
    paragraphs = [
        "The council approved the budget on Tuesday after a long debate in the chamber.",
        "Opposition members said the plan left too little for the regions and the rail network.",
        "The vote in the second chamber is expected next month, the speaker's office said.",
    ]
    page = (
        "<html><body><article><div class='entry-content'>"
        f"<p>{paragraphs[0]}</p><p>{paragraphs[1]}</p>{box}<p>{paragraphs[2]}</p>"
        "</div></article></body></html>"
    )
    assert extract_article(page, "https://news.example/a/").text == "\n\n".join(paragraphs)


def test_a_body_line_a_pruned_box_also_links_stays() -> None:
    """A related-posts box (pruned) links a line the body prints as its own text: the
    body's line is the article's."""
    paragraphs = [
        "The council approved the budget on Tuesday after a long debate in the chamber.",
        "Ministers quit over the border plan",
        "Opposition members said the plan left too little for the regions and the rail network.",
    ]
    related = f'<div class="related-posts"><p><a href="/quit/">{paragraphs[1]}</a></p></div>'
    page = (
        "<html><body><article><div class='entry-content'>"
        + "".join(f"<p>{p}</p>" for p in paragraphs)
        + f"</div>{related}</article></body></html>"
    )
    assert extract_article(page, "https://news.example/a/").text == "\n\n".join(paragraphs)


def test_a_sentence_that_is_mostly_one_link_stays() -> None:
    sentence = (
        'The minister <a href="/2024/05/minister-resigns/">resigned over the handling of the'
        " border crisis and the budget</a> last year."
    )
    paragraphs = [
        "The council approved the budget on Tuesday after a long debate in the chamber.",
        re.sub(r"<[^>]+>", "", sentence),
    ]
    page = (
        "<html><body><article><div class='entry-content'>"
        f"<p>{paragraphs[0]}</p><p>{sentence}</p>"
        "</div></article></body></html>"
    )
    assert extract_article(page, "https://news.example/a/").text == "\n\n".join(paragraphs)


@pytest.mark.parametrize(
    "notice",
    [
        "© dpa-infocom, dpa:230428-99-483045/5",
        "Copyright © 2024 Example News Ltd. All rights reserved.",
        "<em>© The Financial Times Ltd. 2024</em>",
        "Copyright: Project Syndicate, 2025",
    ],
)
def test_a_copyright_notice_under_the_article_is_not_its_text(notice: str) -> None:
    """A publisher's copyright notice, on any site; sentences about copyright stay."""
    paragraphs = [
        "The council approved the budget on Tuesday after a long debate in the chamber.",
        "Copyright claims rose by a fifth last year, the office said in its annual report.",
        "(c) the member states shall report on the fund each year, the text says.",
    ]
    page = (
        "<html><body><article><div class='entry-content'>"
        + "".join(f"<p>{p}</p>" for p in paragraphs)
        + f"<p>{notice}</p></div></article></body></html>"
    )
    assert extract_article(page, "https://news.example/a/").text == "\n\n".join(paragraphs)


# -- Formatting outside paragraphs --------------------------------------------------------


def test_a_bold_label_outside_paragraphs_reads_with_its_sentence() -> None:
    """ "<div><b>In short:</b> The budget …</div>" is one line of text, its space kept:
    not a bold paragraph "In short:" run into "The budget" ("In short:The budget")."""
    summary = "In short: The budget passed with a narrow majority after a night of talks."
    paragraphs = [
        "The council approved the budget on Tuesday after a long debate in the chamber.",
        summary,
        "Opposition members said the plan left too little for the regions and the rail network.",
    ]
    label, rest = summary.split(" ", 2)[:2], summary.split(" ", 2)[2]
    box = f"<div class='summary'><b>{' '.join(label)}</b> {rest}</div>"
    page = (
        "<html><body><article><div class='entry-content'>"
        f"<p>{paragraphs[0]}</p>{box}<p>{paragraphs[2]}</p>"
        "</div></article></body></html>"
    )
    article = extract_article(page, "https://news.example/a/")
    assert article.text == "\n\n".join(paragraphs)


def test_the_last_sentence_loose_after_an_ad_slot_is_kept() -> None:
    paragraphs = [
        "The council approved the budget on Tuesday after a long debate in the chamber.",
        "Beijing said it followed <b>principles of respect and cooperation</b> in the region.",
        "This, for now, reflects the ambitions of both powers and the limits of the others.",
    ]
    page = (
        "<html><body><article><div class='entry-content'>"
        f"<p>{paragraphs[0]}</p><p>{paragraphs[1]}</p>"
        f"<div class='ad-slot'><div data-slot='11'></div></div> {paragraphs[2]}<p></p>"
        "</div></article></body></html>"
    )
    article = extract_article(page, "https://news.example/a/")
    assert article.text == "\n\n".join(re.sub(r"<[^>]+>", "", p) for p in paragraphs)
    assert "**principles of respect and cooperation**" in article.markdown


# -- Password-protected posts ---------------------------------------------------------------


# The password forms as WordPress 6.1 prints them for post 28: core's
# get_the_password_form() (block themes) and twentytwentyone's the_password_form filter.
ACTION = "http://127.0.0.1:59649/news/wp-login.php?action=postpass"
CORE_FORM = f"""<form action="{ACTION}" class="post-password-form" method="post">
\t<p>This content is password protected. To view it please enter your password below:</p>
\t<p><label for="pwbox-28">Password: <input name="post_password" id="pwbox-28" type="password" \
size="20" /></label> <input type="submit" name="Submit" value="Enter" /></p></form>
\t"""
TT1_FORM = f"""<p class="post-password-message">This content is password protected. Please \
enter a password to view.</p>
\t<form action="{ACTION}" class="post-password-form" method="post">
\t<label class="post-password-form__label" for="pwbox-28">Password</label><input \
class="post-password-form__input" name="post_password" id="pwbox-28" type="password" size="20" \
/><input type="submit" class="post-password-form__submit" name="Submit" value="Enter" /></form>
\t"""


def protected_page(theme: str = "twentytwentyone") -> str:
    """A wp61 sample with its post content replaced as WordPress renders a
    password-protected post, and the title WordPress gives it ("Protected: ...")."""
    html = (WP61 / f"{theme}-article.html").read_text("utf-8")
    start = html.index(">", html.index("entry-content")) + 1
    end = html.index("</div>", start)
    form = TT1_FORM if theme == "twentytwentyone" else CORE_FORM
    html = html[:start] + form + html[end:]
    return html.replace(
        "Germany raises defence spending &#038; procurement</h1>",
        "Protected: Members-only analysis of the Danube strategy</h1>",
    )


def article_page(body: str, hints: SourceHints | None = None) -> ArticlePage:
    return ArticlePage(
        url="http://127.0.0.1:59649/news/europe-members-only-analysis/",
        final_url="http://127.0.0.1:59649/news/europe-members-only-analysis/",
        status=200,
        headers={"Content-Type": "text/html; charset=UTF-8"},
        body=body.encode("utf-8"),
        encoding="utf-8",
        listing_url=None,
        fetched_at="2026-12-02T10:00:00+00:00",
        hints=hints,
    )


@pytest.mark.parametrize("theme", ("twentytwentyone", "twentytwentythree"))
def test_a_password_protected_post_is_not_archived(theme: str) -> None:
    page = protected_page(theme)
    assert "Protected: Members-only" in page and 'class="post-password-form"' in page
    with pytest.raises(ProtectedPostError):
        extract_article(page, "http://127.0.0.1:59649/news/x/")
    result = extract_page(article_page(page), GENERIC_PROFILE)
    assert result == FetchFailure(
        url="http://127.0.0.1:59649/news/europe-members-only-analysis/",
        kind="protected",
        reason="password-protected post",
        status=200,
        listing_url=None,
    )


def test_wordpress_post_password_required_class_is_enough() -> None:
    page = SEED.replace(
        'postid-9118 single-format-standard">',
        'postid-9118 single-format-standard post-password-required">',
    )
    assert page != SEED
    with pytest.raises(ProtectedPostError):
        extract_article(page, SEED_EXPECTED["url"])


def test_hints_saying_protected_win_over_a_page_showing_text() -> None:
    seed = article_page(SEED, SourceHints(source="rest", protected=True))
    result = extract_page(seed, IRIA_PROFILE)
    assert isinstance(result, FetchFailure) and result.kind == "protected"


# -- The pipeline's counters ------------------------------------------------------------------


def test_pipeline_counts_disagreements_and_protected_posts() -> None:
    crawler = get_crawler()
    pipeline = ExtractPipeline.from_crawler(crawler)
    hints = SourceHints(source="rest", published="2023-01-11T09:00:00+00:00", author="A. Writer")
    item = pipeline.process_item(article_page(SEED, hints))
    assert item["published"] == "2023-01-11T09:00:00+00:00"
    assert item["extractor"] == extractor_stamp(IRIA_PROFILE)
    assert item["disagreements"] == ["published"]  # the seed's meta says 2023-01-10T08:52:13
    pipeline.process_item(article_page(protected_page()))
    stats = crawler.stats.get_stats()
    assert stats["iria/metadata_disagreements"] == 1
    assert stats["iria/protected_skipped"] == 1
    assert "iria/extraction_failures" not in stats
