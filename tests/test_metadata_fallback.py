"""The last-resort metadata reads what trafilatura's own metadata extraction reads.

Extraction no longer asks trafilatura for its metadata with every page: it reads the five
fields it may fall back on (title, categories, tags, description, image) only when no
source of the post states them (metadata.WholePageReading). The expected values are
trafilatura.metadata.extract_metadata's own, on real pages of 176 publishers
(bench/data/fundus) and the regression set; should trafilatura change how it reads
them, this fails before an archive changes silently.
"""

from __future__ import annotations

import gzip
import tarfile
from collections.abc import Iterator
from copy import deepcopy
from pathlib import Path

import trafilatura
from trafilatura.metadata import extract_metadata

from iria_archive.extraction.metadata import WholePageReading

REPO = Path(__file__).resolve().parent.parent
FIELDS = ("title", "categories", "tags", "description", "image")


def real_pages() -> Iterator[tuple[str, str, bytes]]:
    for path in sorted((REPO / "bench" / "data" / "fundus" / "pages").glob("*.html.gz")):
        yield path.name, f"https://fundus.example/{path.name}", gzip.decompress(path.read_bytes())
    with tarfile.open(REPO / "tests" / "regression" / "pages.tar.xz") as archive:
        for member in archive.getmembers():
            if (file := archive.extractfile(member)) is not None:
                yield member.name, f"https://regression.example/{member.name}", file.read()


def test_the_whole_page_reading_is_trafilaturas_on_real_pages() -> None:
    differences, stated = [], dict.fromkeys(FIELDS, 0)
    without_meta_title = 0
    for name, url, html in real_pages():
        tree = trafilatura.load_html(html)
        if tree is None:
            continue
        theirs = extract_metadata(deepcopy(tree), url)
        ours = WholePageReading(tree)
        for field in FIELDS:
            want, got = getattr(theirs, field) or None, getattr(ours, field) or None
            if want != got:
                differences.append(f"{name} {field}: {got!r} != trafilatura's {want!r}")
            stated[field] += bool(want)
        without_meta_title += not tree.xpath("//head/meta[@property='og:title']")
    assert differences == []
    # Every field, and the title read from the markup, are met on these pages.
    assert all(count >= 5 for count in stated.values()), stated
    assert without_meta_title >= 5
