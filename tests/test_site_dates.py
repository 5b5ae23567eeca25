"""Dates as the site prints them, compared as instants (issue 18, item 5).

A feed states every date in UTC (WordPress writes `<published>` and `pubDate` from
post_date_gmt), Yoast's JSON-LD too; the site shows its readers its own time and
offset. An article is stored with the day and time the site prints, whatever source
found it, and the store compares dates as moments, never as strings.
"""

from __future__ import annotations

import json

import pytest

from iria_archive.archive.guard import date_order, soft_error
from iria_archive.archive.rows import article_row, open_archive, upsert_article
from iria_archive.extraction.article import extract_article
from iria_archive.model.items import SourceHints

URL = "https://news.example.org/news/a/"
BODY = "<p>" + "The ministers met in Brussels and agreed on a common position. " * 6 + "</p>"


def page(head: str = "", header: str = "") -> str:
    return (
        f"<!DOCTYPE html><html><head><title>T</title>{head}</head><body class='single postid-7'>"
        "<main><article id='post-7' class='post-7 post type-post hentry'>"
        f"<header class='entry-header'><h1 class='entry-title'>T</h1>{header}</header>"
        f"<div class='entry-content'>{BODY}</div></article></main></body></html>"
    )


def meta(kind: str, value: str) -> str:
    return f'<meta property="article:{kind}_time" content="{value}">'


def time_tag(value: str, kind: str = "entry-date published") -> str:
    return f'<time class="{kind}" datetime="{value}">x</time>'


def ld(**fields: str) -> str:
    data = {"@context": "https://schema.org", "@type": "BlogPosting", **fields}
    return f'<script type="application/ld+json">{json.dumps(data)}</script>'


def feed(published: str, modified: str | None = None) -> SourceHints:
    """What WordPress's Atom feed says: UTC (feedparser's struct_time, as ISO 8601)."""
    return SourceHints(source="feed", changed=modified, published=published, modified=modified)


@pytest.mark.parametrize(
    ("feed_utc", "head", "header", "site"),
    [
        # Central Europe in winter, across the day and a leap day: the page's meta tag.
        (
            "2024-02-29T23:30:00+00:00",
            meta("published", "2024-03-01T00:30:00+01:00"),
            "",
            "2024-03-01T00:30:00+01:00",
        ),
        # Summer time, the theme's <time datetime> alone.
        (
            "2023-06-30T22:15:00+00:00",
            "",
            time_tag("2023-07-01T00:15:00+02:00"),
            "2023-07-01T00:15:00+02:00",
        ),
        # West of Greenwich: the UTC day is the next one.
        (
            "2024-03-01T03:30:00+00:00",
            ld(datePublished="2024-02-29T22:30:00-05:00"),
            "",
            "2024-02-29T22:30:00-05:00",
        ),
        # Yoast's JSON-LD in UTC too, the theme's markup in the site's offset.
        (
            "2023-12-31T23:45:00+00:00",
            ld(datePublished="2023-12-31T23:45:00+00:00"),
            time_tag("2024-01-01T00:45:00+01:00"),
            "2024-01-01T00:45:00+01:00",
        ),
        # Half-hour offsets (India) on a month boundary.
        (
            "2024-04-30T19:00:00+00:00",
            meta("published", "2024-05-01T00:30:00+05:30"),
            "",
            "2024-05-01T00:30:00+05:30",
        ),
        # A theme printing the site's clock without an offset: the offset is the difference.
        (
            "2024-02-29T23:30:00+00:00",
            "",
            time_tag("2024-03-01T00:30:00"),
            "2024-03-01T00:30:00+01:00",
        ),
    ],
    ids=["cet-leap-day", "cest-markup", "est-json-ld", "yoast-utc", "ist", "wall-clock"],
)
def test_a_feeds_utc_date_is_stored_as_the_site_prints_it(
    feed_utc: str, head: str, header: str, site: str
) -> None:
    article = extract_article(page(head, header), URL, hints=feed(feed_utc))
    assert article.published == site


def test_a_date_only_in_utc_takes_the_offset_the_page_shows_for_its_other_date() -> None:
    """The page states only its modification time (+01:00); the feed's UTC publication
    date is written in that offset: the same instant, the site's day."""
    head = meta("modified", "2024-03-02T10:00:00+01:00")
    hints = feed("2024-02-29T23:30:00+00:00", "2024-03-02T09:00:00+00:00")
    article = extract_article(page(head), URL, hints=hints)
    assert (article.published, article.modified) == (
        "2024-03-01T00:30:00+01:00",
        "2024-03-02T10:00:00+01:00",
    )


def comment(stamp: str) -> str:
    return (
        '<div id="comments" class="comments-area"><article class="comment"><footer'
        f' class="comment-meta"><time datetime="{stamp}">then</time></footer><p>Good.</p>'
        "</article></div>"
    )


def test_the_sites_clock_from_any_datetime_the_page_prints() -> None:
    """A theme printing the post's day only (twentytwenty): a comment's time, printed
    in the site's time zone like every date WordPress prints, shows the offset."""
    body = page().replace("</main>", comment("2024-03-02T08:00:00+01:00") + "</main>")
    article = extract_article(body, URL, hints=feed("2024-02-29T23:30:00+00:00"))
    assert article.published == "2024-03-01T00:30:00+01:00"


@pytest.mark.parametrize(
    ("feed_utc", "site"),
    [
        # Europe's change to summer time: 30 March 2025, 01:00 UTC.
        ("2025-03-30T00:30:00+00:00", "2025-03-30T01:30:00+01:00"),
        ("2025-03-30T01:30:00+00:00", "2025-03-30T03:30:00+02:00"),
        # And back: 26 October 2025, 01:00 UTC.
        ("2025-10-26T00:30:00+00:00", "2025-10-26T02:30:00+02:00"),
        ("2025-10-26T01:30:00+00:00", "2025-10-26T02:30:00+01:00"),
    ],
)
def test_the_sites_time_zone_from_its_dates_in_both_seasons(feed_utc: str, site: str) -> None:
    """The page prints a winter and a summer date (comments, related posts): only Central
    European zones fit both, and they agree on the offset at the post's moment, on
    either side of a daylight-saving change."""
    tiles = (
        '<div class="related-posts"><time datetime="2023-12-18T17:20:00+01:00">Dec</time>'
        '<time datetime="2024-08-08T07:00:00+02:00">Aug</time></div>'
    )
    body = page().replace("</main>", tiles + "</main>")
    assert extract_article(body, URL, hints=feed(feed_utc)).published == site


def test_a_site_whose_pages_state_no_offset_keeps_the_utc_instant() -> None:
    article = extract_article(page(), URL, hints=feed("2024-02-29T23:30:00+00:00"))
    assert article.published == "2024-02-29T23:30:00+00:00"


def test_rest_dates_already_in_the_sites_offset_stay() -> None:
    hints = SourceHints(source="rest", published="2024-03-01T00:30:00+01:00")
    head = ld(datePublished="2024-02-29T23:30:00+00:00")
    assert extract_article(page(head), URL, hints=hints).published == "2024-03-01T00:30:00+01:00"


# -- compared as instants ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("first", "second", "order"),
    [
        ("2024-03-01T09:30:00+00:00", "2024-03-01T10:00:00+01:00", 1),
        ("2024-03-01T08:30:00+00:00", "2024-03-01T10:00:00+01:00", -1),
        ("2024-02-29T23:30:00+00:00", "2024-03-01T00:30:00+01:00", 0),
        ("2024-02-29T22:30:00-05:00", "2024-03-01T00:30:00+01:00", 1),
        ("2024-03-01", "2024-03-01T10:00:00+00:00", 0),
        ("2024-03-02", "2024-03-01T10:00:00+00:00", 1),
    ],
)
def test_dates_are_compared_as_instants(first: str, second: str, order: int) -> None:
    assert date_order(first, second) == order
    assert date_order(second, first) == -order


TEXT_A = " ".join(f"word{i}" for i in range(40))
TEXT_B = " ".join(f"other{i}" for i in range(40))


def stored(modified: str, text: str = TEXT_A) -> dict:
    return {"modified": modified, "published": "2024-02-01T10:00:00+01:00", "text": text}


def test_an_edit_stated_in_utc_is_not_held_as_older() -> None:
    """The archive holds 10:00+01:00; the edit's page says 09:30 UTC, half an hour
    later: a real edit, written over the archive (as strings it looked older)."""
    existing = stored("2024-03-01T10:00:00+01:00")
    assert soft_error(existing, stored("2024-03-01T09:30:00+00:00", TEXT_B)) is None
    # Half an hour earlier, or the same moment in another offset: no newer date.
    assert soft_error(existing, stored("2024-03-01T08:30:00+00:00", TEXT_B))
    assert soft_error(existing, stored("2024-03-01T09:00:00+00:00", TEXT_B))


def fields(modified: str, text: str = "Talks on grain resume.", content_hash: str = "h1") -> dict:
    return {
        "url": URL,
        "title": "Talks resume",
        "published": "2024-02-01T10:00:00+01:00",
        "modified": modified,
        "categories": [],
        "tags": [],
        "text": text,
        "markdown": text,
        "content_hash": content_hash,
        "word_count": len(text.split()),
        "extractor": "trafilatura / rules",
    }


def test_reprocess_takes_a_page_whose_utc_date_is_the_later_moment(tmp_path) -> None:
    db = open_archive(str(tmp_path / "archive.db"))
    assert upsert_article(db, article_row(fields("2024-03-01T10:00:00+01:00"), "t1")) == "new"
    newer = fields("2024-03-01T09:30:00+00:00", "Talks on wheat resume.", "h2")
    assert upsert_article(db, article_row(newer, "t2"), reprocessing=True) == "updated"
    older = fields("2024-03-01T08:30:00+00:00", "Talks on rye resume.", "h3")
    assert upsert_article(db, article_row(older, "t3"), reprocessing=True) == "older"


def test_the_same_moment_in_the_sites_offset_is_a_correction_not_a_revision(tmp_path) -> None:
    """An article first stored from a feed in UTC, then in the site's offset."""
    db = open_archive(str(tmp_path / "archive.db"))
    utc = fields("2024-02-29T23:30:00+00:00")
    assert upsert_article(db, article_row(utc, "2024-03-02T10:00:00+00:00")) == "new"
    local = fields("2024-03-01T00:30:00+01:00")
    assert upsert_article(db, article_row(local, "2024-03-03T10:00:00+00:00")) == "updated"
    row = db["articles"].get(URL)
    assert (row["modified"], row["revision_count"], db["revisions"].count) == (
        "2024-03-01T00:30:00+01:00",
        0,
        0,
    )
