"""Feeds and sitemaps of the replica, as WordPress 6.1 writes them.

RSS 2.0 (`feed/`) and Atom (`feed/atom/`) with the dates in UTC, as `feed-rss2.php`
and `feed-atom.php` print them; the core sitemap index and post sitemaps, with a
Yoast-style `<lastmod>` (the modification time, in UTC).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from email.utils import format_datetime

from .content import CATEGORIES, Post
from .render import SITE_DESCRIPTION, content_html, e, excerpt, password_form, post_url
from .render import shown_title as feed_title


def _utc(iso: str) -> datetime:
    return datetime.fromisoformat(iso).astimezone(UTC)


def _cdata(text: str) -> str:
    return "<![CDATA[" + text.replace("]]>", "]]]]><![CDATA[>") + "]]>"


def _summary(post: Post) -> str:
    return excerpt(post, 55) if post.password else excerpt(post, 55) + " [&#8230;]"


def _content(base: str, post: Post) -> str:
    return password_form(base, post) if post.password else content_html(base, post)


def _terms(post: Post) -> list[str]:
    return [CATEGORIES[slug] for slug in post.categories] + list(post.tags)


def newest_change(posts: Sequence[Post]) -> str:
    """The latest modification time of `posts` (what WordPress sends as Last-Modified)."""
    stamps = [_utc(p.modified or p.published) for p in posts]
    return max(stamps, default=datetime(2025, 1, 1, tzinfo=UTC)).isoformat()


def rss(base: str, *, title: str, link: str, self_url: str, posts: Sequence[Post]) -> str:
    """An RSS 2.0 feed as WordPress writes it (dc:creator, one <category> per term)."""
    items = []
    for post in posts:
        url = post_url(base, post.slug)
        lines = ["<item>", f"<title>{e(feed_title(post))}</title>", f"<link>{url}</link>"]
        lines.append(f"<comments>{url}#respond</comments>")
        if post.author:
            lines.append(f"<dc:creator>{_cdata(post.author)}</dc:creator>")
        lines.append(f"<pubDate>{format_datetime(_utc(post.published))}</pubDate>")
        lines += [f"<category>{_cdata(term)}</category>" for term in _terms(post)]
        lines += [
            f'<guid isPermaLink="false">{base}/news/?p={post.id}</guid>',
            f"<description>{_cdata(_summary(post))}</description>",
            f"<content:encoded>{_cdata(_content(base, post))}</content:encoded>",
            f"<slash:comments>{len(post.comments)}</slash:comments>",
            "</item>",
        ]
        items.append("\n".join(lines))
    body = "\n".join(items)
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"
 xmlns:content="http://purl.org/rss/1.0/modules/content/"
 xmlns:dc="http://purl.org/dc/elements/1.1/"
 xmlns:atom="http://www.w3.org/2005/Atom"
 xmlns:sy="http://purl.org/rss/1.0/modules/syndication/"
 xmlns:slash="http://purl.org/rss/1.0/modules/slash/">
<channel>
<title>{e(title)}</title>
<atom:link href="{self_url}" rel="self" type="application/rss+xml" />
<link>{link}</link>
<description>{e(SITE_DESCRIPTION)}</description>
<lastBuildDate>{format_datetime(_utc(newest_change(posts)))}</lastBuildDate>
<language>en-US</language>
<sy:updatePeriod>hourly</sy:updatePeriod>
<sy:updateFrequency>1</sy:updateFrequency>
<generator>https://wordpress.org/?v=6.1</generator>
{body}
</channel>
</rss>
"""


def _atom_time(iso: str) -> str:
    return f"{_utc(iso):%Y-%m-%dT%H:%M:%SZ}"


def atom(base: str, *, title: str, link: str, self_url: str, posts: Sequence[Post]) -> str:
    """An Atom feed as WordPress writes it: <published>, and <updated> = the modified time."""
    entries = []
    for post in posts:
        url = post_url(base, post.slug)
        lines = [
            "<entry>",
            f"<author><name>{e(post.author or '')}</name></author>",
            f'<title type="html">{_cdata(feed_title(post))}</title>',
            f'<link rel="alternate" type="text/html" href="{url}" />',
            f"<id>{base}/news/?p={post.id}</id>",
            f"<updated>{_atom_time(post.modified or post.published)}</updated>",
            f"<published>{_atom_time(post.published)}</published>",
        ]
        lines += [f'<category scheme="{base}/news" term="{e(term)}" />' for term in _terms(post)]
        lines += [
            f'<summary type="html">{_cdata(_summary(post))}</summary>',
            f'<content type="html" xml:base="{url}">{_cdata(_content(base, post))}</content>',
            f'<link rel="replies" type="text/html" href="{url}#comments"'
            f' thr:count="{len(post.comments)}" />',
            f"<thr:total>{len(post.comments)}</thr:total>",
            "</entry>",
        ]
        entries.append("\n".join(lines))
    body = "\n".join(entries)
    return f"""<?xml version="1.0" encoding="UTF-8"?><feed
 xmlns="http://www.w3.org/2005/Atom"
 xmlns:thr="http://purl.org/syndication/thread/1.0"
 xml:lang="en-US"
 >
<title type="text">{e(title)}</title>
<subtitle type="text">{e(SITE_DESCRIPTION)}</subtitle>
<updated>{_atom_time(newest_change(posts))}</updated>
<link rel="alternate" type="text/html" href="{link}" />
<id>{self_url}</id>
<link rel="self" type="application/atom+xml" href="{self_url}" />
<generator uri="https://wordpress.org/" version="6.1">WordPress</generator>
{body}
</feed>
"""


def sitemap_index(locations: Sequence[str]) -> str:
    entries = "".join(f"<sitemap><loc>{loc}</loc></sitemap>" for loc in locations)
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{entries}</sitemapindex>\n'
    )


def urlset(entries: Sequence[tuple[str, str | None]]) -> str:
    """A sitemap of (loc, lastmod or None) entries; lastmod is written in UTC."""
    rows = "".join(
        f"<url><loc>{loc}</loc>"
        + (f"<lastmod>{_utc(lastmod).isoformat()}</lastmod>" if lastmod else "")
        + "</url>"
        for loc, lastmod in entries
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{rows}</urlset>\n'
    )
