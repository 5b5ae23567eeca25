"""Extraction's Python twins of its XPaths select exactly what the XPaths select (issue 21).

Extraction answers some XPaths from the page's TreeIndex instead of one lxml scan each
(extraction/conventions.foreign_regions and not_own, pruning._RULES, PageSources.select,
prose_length, _shown_text). The XPaths stay the definition: on real pages from other
sites and on the replica's themes, each twin must give the XPath's own answer, node for
node.
"""

from __future__ import annotations

import tarfile
from functools import cache
from pathlib import Path

import pytest
import trafilatura
from lxml.html import HtmlElement

from iria_archive.extraction import page_sources, pruning
from iria_archive.extraction.conventions import (
    AUTHOR_XPATHS,
    BIO_BOX,
    FOREIGN,
    MODIFIED_XPATHS,
    OWN,
    PUBLISHED_XPATHS,
    TreeIndex,
    foreign_regions,
    not_own,
)
from iria_archive.extraction.page_sources import PageSources
from iria_archive.extraction.term_links import LEARN_FROM
from iria_archive.model.profile import GENERIC_PROFILE, has_class
from replica.site import build_site

REGRESSION = Path(__file__).parent / "regression" / "pages.tar.xz"


@cache
def pages() -> list[tuple[str, bytes]]:
    found = []
    with tarfile.open(REGRESSION) as archive:
        for member in sorted(archive.getmembers(), key=lambda m: m.name)[::3]:
            found.append((member.name, archive.extractfile(member).read()))
    base = "http://127.0.0.1:8000"
    for theme in ("classic", "block", "magazine", "plain", "underscores"):
        site = build_site(base, n_europe=24, theme=theme)
        for post in site.live[:2]:
            path = site.permalinks.post_path(post).removeprefix(base)
            status, _, body = site.respond("GET", path)
            assert status == 200
            found.append((f"replica-{theme}-{post.slug}", body))
    return found


@cache
def trees() -> list[tuple[str, HtmlElement]]:
    return [(name, trafilatura.load_html(html)) for name, html in pages()]


def test_foreign_regions_are_the_xpaths() -> None:
    for name, tree in trees():
        by_xpath = tree.xpath(f"//*[not(self::body) and not(self::html)][{FOREIGN}]")
        assert foreign_regions(TreeIndex(tree)) == by_xpath, name
        rejected = not_own(TreeIndex(tree))
        assert [n for n in tree.iter("*") if n in rejected] == tree.xpath(f"//*[not({OWN})]")


def test_prune_rules_are_the_xpaths() -> None:
    for name, tree in trees():
        found = pruning._rule_matches(TreeIndex(tree), GENERIC_PROFILE.prune_xpath)
        for xpath in GENERIC_PROFILE.prune_xpath:
            assert found[xpath] == tree.xpath(xpath), (name, xpath)


def test_a_sites_own_rule_still_goes_by_xpath() -> None:
    _, tree = trees()[0]
    found = pruning._rule_matches(TreeIndex(tree), ["//div[@id]"])
    assert found["//div[@id]"] == tree.xpath("//div[@id]")


LOOKUPS = [
    *AUTHOR_XPATHS,
    *PUBLISHED_XPATHS,
    *MODIFIED_XPATHS,
    f"//*[{BIO_BOX}]",
    f"//h1[{has_class('entry-title')}] | //*[{has_class('entry-title')}] | //article//h1",
    f"//article | //*[{has_class('hentry')} or {has_class('post')}]",
    f"//*[{has_class('entry-content')}]//figure//img[@src]",
    *(xpath for xpaths in LEARN_FROM.values() for xpath in xpaths),
    "//a[contains(concat(' ', normalize-space(@rel), ' '), ' tag ')]",
    "//time[@itemprop='datePublished'] | //nothing[@x]",
]


@pytest.mark.parametrize("xpath", LOOKUPS)
def test_lookups_by_class_are_the_xpaths(xpath: str) -> None:
    for name, tree in trees():
        assert PageSources(tree, "http://127.0.0.1:8000/").select(xpath) == tree.xpath(xpath), name


def test_prose_and_shown_text_are_the_xpaths() -> None:
    for name, tree in trees():
        for node in [tree, *tree.iter("div", "p", "a", "span", "li")][:400]:
            prose = sum(len(part.strip()) for part in node.xpath(pruning._PROSE))
            assert pruning.prose_length(node) == prose, name
            shown = node.xpath(f".//text()[not({page_sources._HIDDEN})]")
            assert page_sources._shown_text(node) == " ".join(" ".join(shown).split()), name
