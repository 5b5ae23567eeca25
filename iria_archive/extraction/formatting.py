"""The page as trafilatura's formatting mode must see it to read what its plain mode reads.

Extraction keeps formatting (for the article's Markdown), and with it trafilatura
"repairs" a formatting element it meets outside a paragraph, a heading, a list item, a
quote or a cell into a paragraph of its own, and trims the space after it: a bold label
alone in a <div> ("Note:", "WATCH | …:", an info box's call to action) becomes a line of
the article, and "<b>Label:</b> The text" reads "Label:The text". Without formatting the
same element is plain text of its container, which trafilatura judges as it judges any
loose text of the page. So such an element is made one trafilatura strips as it cleans
the page, its text kept in place: trafilatura reads it as its plain reading does, and
the bold and italics of paragraphs, headings, lists, quotes and tables stay. Measured on
bench/data/fundus (bench/extract_quality.py): it took 5 of the 11 pages where we read
worse than trafilatura off that list, and made no page worse.

And a paragraph trafilatura rebuilds (one holding bold or a link) loses the text that
follows it, which its plain mode keeps: a last sentence left loose after an ad slot
("<p>…<b>…</b>…</p><div class=ad></div> The last sentence.") is lost. So a sentence
loose among a container's paragraphs is made a paragraph of its own.
"""

from __future__ import annotations

from lxml.html import HtmlElement

from iria_archive.extraction.pruning import PRUNE_MARK

# The tags trafilatura keeps as formatting (its REND_TAG_MAPPING).
FORMATTING_TAGS = ("b", "strong", "i", "em", "u", "kbd", "samp", "tt", "var", "sub", "sup")
# Where formatting stays in place (trafilatura's FORMATTING_PROTECTED, in HTML's names).
# A formatting element around an orphan protects nothing: both are plain text.
TEXT_BLOCKS = frozenset(
    {"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "dd", "dt", "blockquote", "q", "td", "th"}
    | {"pre", "code", "caption", "figcaption", "a"}
)
# What an orphan becomes: a tag trafilatura strips, text kept, with its first cleaning
# (trafilatura.settings.MANUALLY_STRIPPED). Dropping the tag here instead leaves the text
# loose in its container earlier than trafilatura's plain reading does, and its precision
# setting then keeps some that its plain reading drops (a "You can also check: <a>…"
# line in a <div>).
PLAIN_WRAPPER = "font"


def plain_orphan_formatting(tree: HtmlElement) -> int:
    """Turn formatting elements in no text block into plain text wrappers; the count."""
    orphans = [
        node
        for node in tree.iter(*FORMATTING_TAGS)
        if node.get(PRUNE_MARK) is None
        and not any(a.tag in TEXT_BLOCKS for a in node.iterancestors())
    ]
    for node in orphans:
        node.tag = PLAIN_WRAPPER
        node.attrib.clear()
    return len(orphans)


# Loose text this long (words) among paragraphs is a sentence of the text, not a stray
# separator ("|", "·") or a label.
LOOSE_SENTENCE_WORDS = 8


def paragraph_loose_sentences(tree: HtmlElement) -> int:
    """Wrap each sentence left loose between the paragraphs of a container (the tail of
    an element whose parent holds <p>) in a <p> of its own; the count."""
    containers = {parent for p in tree.iter("p") if (parent := p.getparent()) is not None}
    loose = [
        node
        for parent in containers
        for node in parent
        if node.tail and len(node.tail.split()) >= LOOSE_SENTENCE_WORDS
    ]
    wrapped = 0
    for node in loose:  # an element, or a comment ("<!-- ad -->") the sentence follows
        wrapper = node.getparent().makeelement("p", {})
        wrapper.text, node.tail = node.tail, None
        node.addnext(wrapper)
        wrapped += 1
    return wrapped
