"""The replica's posts, generated deterministically from a seed: traps at known places.

Every choice goes through one `random.Random(seed)`, so two runs give the same posts.
"""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

from .content import Block, Post, slugify
from .words import (
    AUTHORS,
    CAPTION,
    COMMENTERS,
    COMMENTS,
    COPYRIGHT_PARAGRAPH,
    COPYRIGHT_TITLE,
    DESCRIPTIONS,
    REGIONS,
    SCRIPT_LINK_PARAGRAPH,
    SCRIPT_TITLE,
    SUBSCRIBE_PARAGRAPH,
    SUBSCRIBE_TITLE,
    TAGS,
    TITLES,
    VUCIC_PARAGRAPH,
    VUCIC_TITLE,
)
from .writer import Writer, sentence_pool

# The europe listing (newest first, sticky excluded) places each trap at a fixed
# index, so the traps sit on known archive pages: the deleted post on page 3.
# Index 13 keeps the date-in-text-only post out of the latest-10 category feed.
_TRAP_INDEX = {
    "vucic": 2,
    "no_author": 5,
    "script": 10,
    "old_slug": 12,
    "date_text_only": 13,
    "copyright": 15,
    "dates_in_json_ld_only": 17,
    "subscribe": 19,
    "dates_in_json_ld_only_2": 21,
    "deleted": 23,
}
_JSON_LD_DATE_TRAPS = ("dates_in_json_ld_only", "dates_in_json_ld_only_2")
MIN_EUROPE = max(_TRAP_INDEX.values()) + 1
N_OTHER = 12  # posts in asia / middle-east / americas, never part of a europe crawl

_FIRST_DAY = datetime(2023, 1, 2, tzinfo=UTC)
_LAST_DAY = datetime(2025, 12, 19, tzinfo=UTC)
_MODIFIED_CAP = datetime(2025, 12, 31, 23, 0, tzinfo=UTC)


def _timeline(rng: random.Random, count: int) -> list[datetime]:
    """`count` distinct publication times in 2023-2025, working hours, newest first."""
    minutes_per_day = 12 * 60
    days = (_LAST_DAY - _FIRST_DAY).days + 1
    slots = sorted(rng.sample(range(days * minutes_per_day), count), reverse=True)
    return [
        _FIRST_DAY + timedelta(days=s // minutes_per_day, hours=8, minutes=s % minutes_per_day)
        for s in slots
    ]


def generate_posts(n_europe: int = 64, seed: int = 2023, protected: bool = False) -> list[Post]:
    """All posts, newest first: `n_europe` live europe posts (balkans and the sticky
    included), one deleted europe post still listed on the archive, and 12 posts of
    other categories; with `protected`, also one password-protected europe post, the
    oldest of all (so no trap moves to another archive page)."""
    if n_europe < MIN_EUROPE:
        raise ValueError(f"n_europe must be at least {MIN_EUROPE} to place every trap")
    rng = random.Random(seed)
    total = n_europe + 1 + N_OTHER
    pools = {
        slug: sentence_pool(rng, region, 1500 if slug == "europe" else 400)
        for slug, region in REGIONS.items()
    }
    times = _timeline(rng, total)

    other_positions = sorted(rng.sample(range(total), N_OTHER))
    other_category = {
        pos: ("asia", "middle-east", "americas")[k % 3] for k, pos in enumerate(other_positions)
    }
    europe_positions = [pos for pos in range(total) if pos not in other_category]
    # The sticky is an older post: sticky announcements stay pinned for a long time.
    sticky_position = europe_positions[len(europe_positions) * 2 // 3]
    listing = [pos for pos in europe_positions if pos != sticky_position]
    trap_at = {listing[index]: trap for trap, index in _TRAP_INDEX.items()}
    plain = [pos for pos in listing if pos not in trap_at]
    balkans = set(rng.sample(plain, max(6, n_europe // 10) - 1)) | {listing[_TRAP_INDEX["vucic"]]}

    used_slugs: set[str] = set()

    def unique_slug(title: str) -> str:
        base = slug = slugify(title)
        suffix = 2
        while slug in used_slugs:
            slug, suffix = f"{base}-{suffix}", suffix + 1
        used_slugs.add(slug)
        return slug

    posts: list[Post] = []  # built oldest first, so body links point at earlier coverage
    linkable: list[str] = []  # slugs of the live posts built so far
    next_id = 1200
    for pos in range(total - 1, -1, -1):
        # WordPress ids grow with time, with gaps (revisions and attachments use ids too).
        next_id += rng.randint(1, 9)
        trap = trap_at.get(pos)
        if pos in other_category:
            categories: tuple[str, ...] = (other_category[pos], "news")
        elif pos in balkans:
            # Some filed under Balkans alone: their `/%category%/` permalinks nest it.
            categories = ("balkans",) if pos % 2 else ("balkans", "news")
        elif rng.random() < 0.2:
            categories = ("europe",)
        else:
            categories = ("europe", "news")
        region = REGIONS[categories[0]]
        published = times[pos]
        recent = linkable[-50:]
        link = f"/news/{rng.choice(recent)}/" if recent and rng.random() < 0.4 else None
        writer = Writer(rng, region, pools[categories[0]])
        blocks = writer.body(link)
        title = writer.fill(writer.pick(TITLES))
        if trap == "vucic":
            title = VUCIC_TITLE
            blocks[0] = Block("p", writer.fill(VUCIC_PARAGRAPH))
        elif trap == "copyright":
            title = COPYRIGHT_TITLE
            blocks[1] = Block("p", writer.fill(COPYRIGHT_PARAGRAPH))
        elif trap == "subscribe":
            title = writer.fill(SUBSCRIBE_TITLE)
            blocks[2] = Block("p", writer.fill(SUBSCRIBE_PARAGRAPH))
        elif trap == "script":
            title = writer.fill(SCRIPT_TITLE)
            blocks.insert(1, Block("script", 'alert("xss")'))
            blocks[3] = Block(
                "p", writer.fill(SCRIPT_LINK_PARAGRAPH), links=(("a link", "javascript:alert(1)"),)
            )
        slug = unique_slug(title)
        old_slug = unique_slug(writer.fill(writer.pick(TITLES))) if trap == "old_slug" else None

        modified = None
        if rng.random() < 1 / 3 and trap != "date_text_only":
            later = published + timedelta(minutes=rng.randint(90, 20 * 24 * 60))
            modified = min(later, _MODIFIED_CAP).isoformat()
        image = caption = None
        if rng.random() < 0.85:
            image = f"/news/wp-content/uploads/{published:%Y}/{published:%m}/{slug}.jpg"
            caption = writer.fill(CAPTION)
        tags = tuple(sorted(rng.sample(TAGS, rng.randint(1, 3)))) if rng.random() < 0.5 else ()
        comment_count = rng.choices((0, 1, 2, 3), weights=(35, 30, 20, 15))[0]
        if trap == "date_text_only":
            comment_count = 0  # comment <time> elements would be a second, wrong date source
        comments = tuple(
            (writer.pick(COMMENTERS), writer.fill(writer.pick(COMMENTS)))
            for _ in range(comment_count)
        )
        json_ld = rng.random() >= 0.2
        if trap in _JSON_LD_DATE_TRAPS:
            json_ld = True  # the dates are in the JSON-LD only
        elif trap == "date_text_only":
            json_ld = False  # the date is in the visible text only
        posts.append(
            Post(
                id=next_id,
                slug=slug,
                title=title,
                author=None if trap == "no_author" else writer.pick(AUTHORS),
                published=published.isoformat(),
                modified=modified,
                categories=categories,
                tags=tags,
                description=writer.fill(writer.pick(DESCRIPTIONS)),
                image=image,
                image_caption=caption,
                blocks=tuple(blocks),
                comments=comments,
                old_slug=old_slug,
                json_ld=json_ld,
                meta_dates=trap not in (*_JSON_LD_DATE_TRAPS, "date_text_only"),
                sticky=pos == sticky_position,
                deleted=trap == "deleted",
            )
        )
        if trap != "deleted":
            linkable.append(slug)
    if protected:
        posts.insert(0, _protected_post(posts[0], seed))
    posts.reverse()
    return posts


def _protected_post(oldest: Post, seed: int) -> Post:
    """A password-protected europe post a day before `oldest`, from its own random
    stream, so that adding it changes no other post."""
    rng = random.Random(seed + 1)
    writer = Writer(rng, REGIONS["europe"], sentence_pool(rng, REGIONS["europe"], 200))
    published = datetime.fromisoformat(oldest.published) - timedelta(days=1)
    title = writer.fill("Confidential briefing: {org} assessment of {issue} in {country}")
    return Post(
        id=oldest.id - 7,
        slug=slugify(title),
        title=title,
        author=AUTHORS[0],
        published=published.isoformat(),
        modified=None,
        categories=("europe", "news"),
        tags=(),
        description=writer.fill(writer.pick(DESCRIPTIONS)),
        image=None,
        image_caption=None,
        blocks=tuple(writer.body(None)),
        comments=(),
        password="iria-members",
    )
