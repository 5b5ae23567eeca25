"""The replica's data: invented IRIA posts, generated deterministically from a seed.

Everything here is plain data. `render` turns it into WordPress markup and `site`
serves it; the expected archive rows are derived from the same data, so the
replica and its truth cannot drift apart.

Text and names are invented (countries, cities, people), except that one post
mentions "Vučić" for the search tests. The word lists are tuples and every choice
goes through one `random.Random(seed)`, so two runs give the same posts.
"""

from __future__ import annotations

import functools
import random
import re
import string
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import NamedTuple

# Category slug -> display name. Balkans is a child of Europe: WordPress lists
# child-category posts on the parent's archive.
CATEGORIES: dict[str, str] = {
    "europe": "Europe",
    "balkans": "Balkans",
    "news": "News",
    "asia": "Asia",
    "middle-east": "Middle East",
    "americas": "Americas",
}
CATEGORY_PARENTS: dict[str, str] = {"balkans": "europe"}

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


@dataclass(frozen=True)
class Block:
    """One body element: "p", "h2", "ul", "blockquote", or "script" (never text)."""

    kind: str
    text: str = ""  # for p, h2, blockquote; the code for script
    items: tuple[str, ...] = ()  # for ul
    links: tuple[tuple[str, str], ...] = ()  # (anchor text found in text, href)


@dataclass(frozen=True)
class Post:
    """One WordPress post, as the replica renders it."""

    id: int
    slug: str
    title: str
    author: str | None
    published: str  # ISO 8601 with offset, e.g. "2023-01-09T10:15:00+00:00"
    modified: str | None  # ISO 8601 or None when never modified
    categories: tuple[str, ...]  # category slugs in page order, e.g. ("europe", "news")
    tags: tuple[str, ...]  # tag display names in page order, may be empty
    description: str
    image: str | None  # path like "/news/wp-content/uploads/2023/01/<slug>.jpg"
    image_caption: str | None  # "... (Image Credit: First Last/Agency)"
    blocks: tuple[Block, ...]
    comments: tuple[tuple[str, str], ...]  # (commenter name, comment text)
    old_slug: str | None = None  # this old slug 301-redirects to slug
    json_ld: bool = True  # page carries Yoast-style JSON-LD
    meta_dates: bool = True  # page carries article:published_time / modified_time meta
    sticky: bool = False
    deleted: bool = False  # still listed on category archives, but its page answers 404
    password: str | None = None  # password-protected: listed everywhere, never archived


def block_texts(block: Block) -> list[str]:
    """The text entries of one block: one per paragraph, heading, list, quote.

    A list is one entry, an item a line "- item" (the plain-text form trafilatura writes).
    """
    if block.kind == "ul":
        return ["\n".join(f"- {item}" for item in block.items)]
    if block.kind in ("p", "h2", "blockquote"):
        return [block.text]
    return []  # a script is code, never article text


def body_text(post: Post) -> str:
    """The article text a perfect extractor returns: block texts joined by blank lines."""
    return "\n\n".join(text for block in post.blocks for text in block_texts(block))


def category_lineage(slug: str) -> list[str]:
    """Category slugs from the root down to `slug`, e.g. ["europe", "balkans"]."""
    lineage = [slug]
    while lineage[0] in CATEGORY_PARENTS:
        lineage.insert(0, CATEGORY_PARENTS[lineage[0]])
    return lineage


def in_category(post: Post, slug: str) -> bool:
    """Whether `post` is listed on the archive of `slug` (children included)."""
    return any(slug in category_lineage(own) for own in post.categories)


def slugify(text: str) -> str:
    """A WordPress-like slug: accents folded, apostrophes dropped, dashes between words."""
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    folded = re.sub(r"['’]", "", folded.lower())
    return re.sub(r"[^a-z0-9]+", "-", folded).strip("-")


def find_traps(posts: list[Post]) -> dict[str, Post]:
    """The posts that carry each crawl/extraction trap, found from their data."""
    europe = [p for p in posts if in_category(p, "europe")]

    def only(label: str, matches: list[Post]) -> Post:
        if len(matches) != 1:
            raise AssertionError(f"expected one {label} post, found {len(matches)}")
        return matches[0]

    texts = [(p, body_text(p)) for p in europe]

    def text_has(phrase: str) -> list[Post]:
        return [p for p, text in texts if phrase in text]

    protected = [p for p in europe if p.password]
    return {
        **({"protected": only("protected", protected)} if protected else {}),
        "sticky": only("sticky", [p for p in europe if p.sticky]),
        "old_slug": only("old-slug", [p for p in europe if p.old_slug]),
        "deleted": only("deleted", [p for p in europe if p.deleted]),
        "no_author": only("author-less", [p for p in europe if p.author is None]),
        "date_text_only": only(
            "date-in-text-only", [p for p in europe if not (p.meta_dates or p.json_ld)]
        ),
        "copyright": only("copyright-trap", text_has("copyright reform")),
        "subscribe": only("subscribe-trap", text_has("subscribe to the ministry")),
        "vucic": only("Vučić", text_has("Vučić")),
        "script": only("script", [p for p in europe if any(b.kind == "script" for b in p.blocks)]),
    }


# ---------------------------------------------------------------------------
# Word lists. Invented places and people; real organisations only.


def _lines(text: str) -> tuple[str, ...]:
    """One entry per non-blank line."""
    return tuple(line.strip() for line in text.strip().splitlines() if line.strip())


def _list(text: str) -> tuple[str, ...]:
    """Comma-separated entries."""
    return tuple(item.strip() for item in text.split(",") if item.strip())


@dataclass(frozen=True)
class _Region:
    countries: tuple[str, ...]
    cities: tuple[str, ...]
    orgs: tuple[str, ...]
    currency: str


_REGIONS = {
    "europe": _Region(
        _list("Norvania, Estravia, Valdoria, Lusovia, Belmarkia, Tarvonia, Merania, Kelsovia"),
        _list(
            "Korvany, Istrevo, Brackholm, Orlenburg, Kesmark, Lorvest, Velbruck, Asterna,"
            " Merrowick, Tarnis"
        ),
        _list(
            "NATO, the European Union, the European Commission, the OSCE, the Council of Europe,"
            " the United Nations"
        ),
        "euros",
    ),
    "balkans": _Region(
        _list("Drevania, Sorvenia, Montavia, Kostrava"),
        _list("Pellagrad, Dravnik, Hadrevo, Zelenpol, Vinsk, Ostrel"),
        _list("NATO, the European Union, the OSCE, the United Nations"),
        "euros",
    ),
    "asia": _Region(
        _list("Harunai, Kesang, Lanpuri, Moravay"),
        _list("Sunpao, Karimbe, Tao Vien, Hollan Bay"),
        _list("ASEAN, the United Nations"),
        "dollars",
    ),
    "middle-east": _Region(
        _list("Qasrana, Bahrat, Zafiria, Ourmia"),
        _list("Al-Mirath, Darsun, Kefra, Sahbaq"),
        _list("the Arab League, the United Nations, the Gulf Cooperation Council"),
        "dollars",
    ),
    "americas": _Region(
        _list("Vellarica, San Caldero, Nortavia, Costa Brava del Sur"),
        _list("Puerto Alvar, Santa Verin, Cordal, Rio Tamas"),
        _list("the Organization of American States, the United Nations"),
        "dollars",
    ),
}
_FIRST_NAMES = _list(
    "Marek, Ilona, Tomas, Vesna, Anders, Katrin, Luka, Petra, Jonas, Elena, Dario, Mira,"
    " Stefan, Lena, Oskar, Nadia, Viktor, Sabine, Goran, Helga, Amir, Leila, Kenji, Rosa"
)
_LAST_NAMES = _list(
    "Tolvan, Rasmark, Drezan, Velander, Korhaug, Pastrano, Lindqvar, Morvek, Sallistra,"
    " Brenholt, Okrasa, Vintersen, Dalmarov, Feyrak, Quendel, Harvik, Ostrany, Belcourt"
)
_AUTHORS = _list(
    "Clara Vintersen, Tomas Brenholt, Ilona Rasmark, Dario Pastrano, Nadia Okrasa,"
    " Jonas Velander, Mira Lindqvar, Stefan Korhaug"
)
AUTHORS = _AUTHORS  # the site's users, for the REST API
_AGENCIES = _list("Reuters, AP, AFP, EPA, Getty Images")
_TAGS = _list(
    "NATO, Sanctions, Energy Security, Migration, Elections, Defense, Diplomacy,"
    " Cyber Security, EU Enlargement, Border Security, Terrorism, Arms Control"
)
_OFFICIALS = _list(
    "Foreign Minister, Defense Minister, Prime Minister, Interior Minister, President"
)
_ISSUES = _list(
    "energy security, border management, military cooperation, the gas pipeline project,"
    " cyber defense, the sanctions regime, the peace process, migration policy,"
    " election monitoring, arms exports, air defense, the grain corridor"
)
_ACTIONS = _lines("""
    increase its military presence in the north
    suspend the agreement on visa-free travel
    expel two diplomats accused of espionage
    join the regional air defense initiative
    hold a referendum on the new security treaty
    cut its gas imports by half
""")
_INSTITUTES = _list(
    "Institute for Strategic Studies, Center for Eastern Policy, Northern Strategy Forum,"
    " Institute for Regional Security"
)
_MONTHS = _list(
    "January, February, March, April, May, June, July, August, September, October,"
    " November, December"
)
_WEEKDAYS = _list("Monday, Tuesday, Wednesday, Thursday, Friday")

TAGS = _TAGS

# Body sentences: {slot}s are filled from the lists above (see _Writer._slot_value).
_SENTENCES = _lines("""
    {official} {person} said on {weekday} that {country} would {action}.
    The decision follows weeks of negotiations between {country} and {country2} over {issue}.
    Officials in {city} said that {number} military vehicles had moved closer to {country2}.
    Analysts in {city} warned that the dispute could delay progress on {issue} for months.
    The defense ministry of {country} announced an additional budget of {money} for {issue}.
    {org} called on both sides to return to the negotiating table and to avoid escalation.
    Opposition leader {person} criticized the plan during a televised debate in {city}.
    According to local media, the talks in {city} ended late in the evening without a statement.
    The agreement is expected to be signed before the end of {month}.
    Diplomats said the proposal would require the approval of all member states.
    Several thousand people gathered in the central square of {city} to protest.
    The government of {country} has repeatedly denied any involvement in the incident.
    A spokesperson for {org} said the mission would remain in the region until further notice.
    Trade between {country} and {country2} fell by {pct} percent last year, officials said.
    Security forces increased patrols on the railway line between {city} and {city2}.
    {person}, a researcher at the {institute}, said the move reflected concern about {issue}.
    The parliament in {city} is expected to vote on the measure next week.
    Both countries have been urged by {org} to settle their differences through dialogue.
    Police detained {number} people in {city} on suspicion of planning attacks.
    The new law gives the security services broader powers to monitor foreign funding.
    Energy prices in {country} have risen since the pipeline through {country2} closed in {month}.
    {official} {person} is due to visit {city} on {weekday} to discuss {issue}.
    The ministry said that {big} soldiers would take part in the joint exercise near {city}.
    Critics argue that the measures do little to address the root causes of the crisis.
    On {weekday}, the foreign ministry of {country} described the accusations as groundless.
    Observers from {org} reported a number of irregularities at polling stations in {city}.
    The previous round of talks collapsed in {month} after both delegations left {city} early.
    Local authorities in {city2} said the situation had returned to normal by the evening.
""")
_LINK_SENTENCE = (
    "The dispute has been building for months, as IRIA reported in its coverage of {issue}."
)
_HEADINGS = _lines("""
    Reaction in {city}
    Background to the dispute
    What comes next
    Economic impact on {country}
    A fragile ceasefire
    Regional implications
    The view from {city}
""")
_LIST_ITEMS = _lines("""
    Additional funding of {money} for {issue}.
    A joint command center in {city}.
    Regular consultations with {org}.
    Stricter checks at the border with {country2}.
    New training programs for the police in {city2}.
    An independent review of {issue} by the end of {month}.
""")
_QUOTES = _lines("""
    “We will not accept any decision that threatens our security,” {person} told reporters.
    “Dialogue is the only way to resolve {issue},” a senior diplomat from {country} said.
    “The coming weeks will show whether both sides are serious about peace,” said {person}.
""")
_TITLES = _lines("""
    {country} signs defense pact with {country2}
    {org} rejects {country}’s request to deploy troops near {city}
    Protests erupt in {city} over {issue}
    {country} expels {country2} diplomats after espionage row
    {country} to raise spending on {issue}
    Talks on {issue} stall in {city}
    {country} and {country2} agree to reopen border crossing at {city}
    {country}’s interior minister resigns after {city} riots
    {org} extends its mission in {country} for another year
    {country} holds snap election amid concerns over {issue}
    {country} arrests suspects in {city} bombing plot
    {country} unveils plan to strengthen {issue}
    {country2} accuses {country} of cyberattack on {city} airport
    {org} warns {country} over {issue}
    Flooding in {city} prompts state of emergency in {country}
    {country} and {org} launch talks on {issue}
""")
_DESCRIPTIONS = _lines("""
    {country} and {country2} remain divided over {issue} as talks in {city} continue.
    An overview of the latest developments on {issue} in {country}.
    What the decision by {org} means for {issue} in the region.
    Officials in {city} respond to growing pressure over {issue}.
""")
_CAPTION = "{scene} near {landmark} in {city}, {country}. (Image Credit: {person}/{agency})"
_CAPTION_SCENES = _lines("""
    Police officers stand guard
    Soldiers patrol the area
    Protesters gather
    Delegates arrive for talks
    Rescue workers search the rubble
    Members of a peacekeeping force patrol the area
""")
_CAPTION_PLACES = _list(
    "the parliament building, the border crossing, the central railway station,"
    " the presidential palace, the harbor"
)
_COMMENTERS = _list(
    "Tomasz K., peacewatcher, D. Halloran, Marta from Velbruck, analyst_77, Sven L.,"
    " Ana Mirescu, old_diplomat"
)
# Comments: opinions, never sentences of an article body.
_COMMENTS = _lines("""
    I disagree with the analysis of {issue} in this piece.
    Thank you for the clear overview, it helped me understand what is happening in {country}.
    Does anyone know when the next round of talks is scheduled?
    The article leaves out the economic side of {issue}, which matters most to ordinary people.
    Very informative, please keep following the situation in {city}.
    I lived in {city} for six years and this matches what my former neighbours tell me.
    Interesting read, but the figures quoted seem far too optimistic to me.
    Let us hope the authorities handle this peacefully.
""")

# The trap posts' fixed text (slots filled per run). They sound like boilerplate
# (copyright, subscribing) but are article text a good extractor must keep.
_VUCIC_TITLE = "Vučić says EU-Serbia talks on energy & trade will resume next month"
_VUCIC_PARAGRAPH = (
    "Serbian President Aleksandar Vučić said on {weekday} that the EU-Serbia dialogue on energy "
    "and trade would resume next month in {city}. He told reporters that Belgrade remained "
    "committed to the talks but expected concrete guarantees on {issue}. Diplomats from {org} "
    "described the announcement as a cautious step forward."
)
_COPYRIGHT_TITLE = "European Parliament backs copyright reform for online platforms"
_COPYRIGHT_PARAGRAPH = (
    "The European Parliament voted on a copyright reform that would oblige large online platforms "
    "to pay news publishers for the use of their articles. Copyright holders in {country} welcomed "
    "the decision, while digital rights groups in {city} warned that the new rules could restrict "
    "the sharing of information. The text must now be approved by national governments before it "
    "enters into force."
)
_SUBSCRIBE_TITLE = "Floods in {city} force thousands from their homes"
_SUBSCRIBE_PARAGRAPH = (
    "After the floods in {city}, the interior ministry of {country} urged residents to prepare for "
    "further evacuations. Citizens can subscribe to the ministry's emergency alerts by sending a "
    "text message to a free national number, and local radio stations will broadcast updates "
    "every hour. Officials said more than {big} people had already registered for the service."
)
_SCRIPT_TITLE = "{country} publishes full text of security agreement with {country2}"
_SCRIPT_LINK_PARAGRAPH = (
    "Readers who want the complete statement can follow a link to the ministry archive, which "
    "publishes all official documents in three languages. The archive also holds the earlier "
    "versions of the agreement that were discussed in {city} last year."
)


@functools.cache
def _parse(template: str) -> tuple[tuple[str, str | None], ...]:
    """A template as (literal text, slot name or None) pairs, parsed once."""
    return tuple((literal, name) for literal, name, _, _ in string.Formatter().parse(template))


class _Writer:
    """Writes one post's text: fills templates with random picks from a region's words."""

    def __init__(
        self, rng: random.Random, region: _Region, sentences: Sequence[_PoolSentence] = ()
    ) -> None:
        self.rng = rng
        self.random = rng.random  # picks through random() alone: the hot path of a large build
        self.region = region
        self.sentences = sentences  # filled once per region, see _sentence_pool
        self.used: set[str] = set()  # no sentence twice in one post

    def pick(self, seq: Sequence[str]) -> str:
        return seq[int(self.random() * len(seq))]

    def fill(self, template: str, slots: dict[str, str] | None = None) -> str:
        """The template with its slots filled (a slot repeated keeps its value), capitalised."""
        slots = {} if slots is None else slots
        parts = []
        for literal, name in _parse(template):
            parts.append(literal)
            if name:
                if name not in slots:
                    slots[name] = self._slot_value(name, slots)
                parts.append(slots[name])
        text = "".join(parts)
        return text[0].upper() + text[1:]

    def _slot_value(self, name: str, slots: dict[str, str]) -> str:
        region, pick, random_ = self.region, self.pick, self.random
        if name in _PAIRED_SLOTS:
            choices = region.countries if name.startswith("country") else region.cities
            value = other = slots.get(_PAIRED_SLOTS[name])
            while value == other:
                value = pick(choices)
            return value
        if name == "person":
            return f"{pick(_FIRST_NAMES)} {pick(_LAST_NAMES)}"
        if name == "number":
            return str(3 + int(random_() * 88))
        if name == "big":
            return f"{(2 + int(random_() * 59)) * 100:,}"
        if name == "pct":
            return str(2 + int(random_() * 39))
        if name == "money":
            return f"{(2 + int(random_() * 94)) / 10:.1f} billion {region.currency}"
        return pick(_SLOT_WORDS.get(name, region.orgs))

    def paragraph(self, last: str | None = None) -> str:
        """35-90 words of sentences, optionally ending with the given sentence.

        No sentence twice in a post, no template twice in a paragraph."""
        target = 35 + int(self.random() * 56)
        tail = [last] if last else []
        sentences: list[str] = []
        templates: set[int] = set()
        words = sum(len(s.split()) for s in tail)
        pool, size, random_ = self.sentences, len(self.sentences), self.random
        while words < target:
            sentence, count, template = pool[int(random_() * size)]
            if sentence in self.used or template in templates:
                continue
            if words + count > 90:
                break  # words > 90 - longest sentence > 35 here
            self.used.add(sentence)
            templates.add(template)
            sentences.append(sentence)
            words += count
        return " ".join(sentences + tail)

    def body(self, link_href: str | None) -> list[Block]:
        """4-9 blocks: paragraphs, sometimes a heading, a list, a quote, an internal link."""
        rng = self.rng
        blocks = [Block("p", self.paragraph()) for _ in range(rng.randint(4, 8))]
        if link_href:
            slots: dict[str, str] = {}
            sentence = self.fill(_LINK_SENTENCE, slots)
            index = rng.randrange(len(blocks))
            blocks[index] = Block(
                "p", self.paragraph(last=sentence), links=((slots["issue"], link_href),)
            )
        extras = []
        if rng.random() < 0.25:
            extras.append(Block("h2", self.fill(self.pick(_HEADINGS))))
        if rng.random() < 0.1:
            extras.append(
                Block("ul", items=tuple(self.fill(t) for t in rng.sample(_LIST_ITEMS, 3)))
            )
        if rng.random() < 0.1:
            extras.append(Block("blockquote", self.fill(self.pick(_QUOTES))))
        for extra in extras:
            if len(blocks) < 9:
                blocks.insert(rng.randint(2, len(blocks) - 1), extra)
        return blocks


_PAIRED_SLOTS = {"country": "country2", "country2": "country", "city": "city2", "city2": "city"}
_SLOT_WORDS = {
    "official": _OFFICIALS,
    "issue": _ISSUES,
    "action": _ACTIONS,
    "institute": _INSTITUTES,
    "month": _MONTHS,
    "weekday": _WEEKDAYS,
    "scene": _CAPTION_SCENES,
    "landmark": _CAPTION_PLACES,
    "agency": _AGENCIES,
}


class _PoolSentence(NamedTuple):
    text: str
    words: int
    template: int  # index in _SENTENCES


def _sentence_pool(rng: random.Random, region: _Region, attempts: int) -> list[_PoolSentence]:
    """Distinct filled body sentences of a region.

    Paragraphs draw from this pool instead of filling templates one by one, which
    keeps a 2000-post build well under a second."""
    writer = _Writer(rng, region)
    pool: dict[str, _PoolSentence] = {}  # insertion-ordered, so the pool is deterministic
    for _ in range(attempts):
        template = int(writer.random() * len(_SENTENCES))
        sentence = writer.fill(_SENTENCES[template])
        pool.setdefault(sentence, _PoolSentence(sentence, len(sentence.split()), template))
    return list(pool.values())


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
        slug: _sentence_pool(rng, region, 1500 if slug == "europe" else 400)
        for slug, region in _REGIONS.items()
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
            categories = ("balkans", "news")
        elif rng.random() < 0.2:
            categories = ("europe",)
        else:
            categories = ("europe", "news")
        region = _REGIONS[categories[0]]
        published = times[pos]
        recent = linkable[-50:]
        link = f"/news/{rng.choice(recent)}/" if recent and rng.random() < 0.4 else None
        writer = _Writer(rng, region, pools[categories[0]])
        blocks = writer.body(link)
        title = writer.fill(writer.pick(_TITLES))
        if trap == "vucic":
            title = _VUCIC_TITLE
            blocks[0] = Block("p", writer.fill(_VUCIC_PARAGRAPH))
        elif trap == "copyright":
            title = _COPYRIGHT_TITLE
            blocks[1] = Block("p", writer.fill(_COPYRIGHT_PARAGRAPH))
        elif trap == "subscribe":
            title = writer.fill(_SUBSCRIBE_TITLE)
            blocks[2] = Block("p", writer.fill(_SUBSCRIBE_PARAGRAPH))
        elif trap == "script":
            title = writer.fill(_SCRIPT_TITLE)
            blocks.insert(1, Block("script", 'alert("xss")'))
            blocks[3] = Block(
                "p", writer.fill(_SCRIPT_LINK_PARAGRAPH), links=(("a link", "javascript:alert(1)"),)
            )
        slug = unique_slug(title)
        old_slug = unique_slug(writer.fill(writer.pick(_TITLES))) if trap == "old_slug" else None

        modified = None
        if rng.random() < 1 / 3 and trap != "date_text_only":
            later = published + timedelta(minutes=rng.randint(90, 20 * 24 * 60))
            modified = min(later, _MODIFIED_CAP).isoformat()
        image = caption = None
        if rng.random() < 0.85:
            image = f"/news/wp-content/uploads/{published:%Y}/{published:%m}/{slug}.jpg"
            caption = writer.fill(_CAPTION)
        tags = tuple(sorted(rng.sample(_TAGS, rng.randint(1, 3)))) if rng.random() < 0.5 else ()
        comment_count = rng.choices((0, 1, 2, 3), weights=(35, 30, 20, 15))[0]
        if trap == "date_text_only":
            comment_count = 0  # comment <time> elements would be a second, wrong date source
        comments = tuple(
            (writer.pick(_COMMENTERS), writer.fill(writer.pick(_COMMENTS)))
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
                author=None if trap == "no_author" else writer.pick(_AUTHORS),
                published=published.isoformat(),
                modified=modified,
                categories=categories,
                tags=tags,
                description=writer.fill(writer.pick(_DESCRIPTIONS)),
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
    writer = _Writer(rng, _REGIONS["europe"], _sentence_pool(rng, _REGIONS["europe"], 200))
    published = datetime.fromisoformat(oldest.published) - timedelta(days=1)
    title = writer.fill("Confidential briefing: {org} assessment of {issue} in {country}")
    return Post(
        id=oldest.id - 7,
        slug=slugify(title),
        title=title,
        author=_AUTHORS[0],
        published=published.isoformat(),
        modified=None,
        categories=("europe", "news"),
        tags=(),
        description=writer.fill(writer.pick(_DESCRIPTIONS)),
        image=None,
        image_caption=None,
        blocks=tuple(writer.body(None)),
        comments=(),
        password="iria-members",
    )
