"""Extraction's price: extract_article's CPU time against trafilatura.extract's, same pages.

    uv run python bench/extract_speed.py                 # extract.ratio_to_trafilatura
    uv run python bench/extract_speed.py --dump FILE     # every field of every page, as JSON
    uv run python bench/extract_speed.py --compare FILE  # same output as a dump, byte for byte?

The pages: the replica's article pages in each of its themes (the crawl bench's pages),
the regression set (tests/regression/), the saved pages of tests/pages/, and any `.html`
under `--pages DIR` (e.g. a real WordPress's article pages saved for a before/after
check). trafilatura.extract runs with the options extraction uses (TRAFILATURA_OPTIONS)
and with its metadata, as when the issue set the target: an article is text and metadata
(extraction reads trafilatura's metadata only for a field no other source states).
The ratio is the min and median of 3 runs, each interleaved page by page (ours, then
trafilatura's, on each page in turn); the CPU times are those of the run of the min.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tarfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))  # `python bench/extract_speed.py` from anywhere

Page = tuple[str, str, bytes]  # (name, url, html)
REPLICA_THEMES = ("classic", "block", "magazine", "plain", "underscores")


def replica_pages(per_theme: int = 40) -> Iterator[Page]:
    """The replica's article pages, as the crawl bench serves them, in every theme."""
    from replica.site import build_site

    base = "http://127.0.0.1:8000"
    for theme in REPLICA_THEMES:
        site = build_site(base, n_europe=per_theme, theme=theme)
        for post in site.live[:per_theme]:
            url = site.permalinks.post_path(post)
            status, _, body = site.respond("GET", url.removeprefix(base))
            if status == 200:
                yield f"replica/{theme}{url.removeprefix(base)}", url, body


def regression_pages() -> Iterator[Page]:
    with tarfile.open(REPO / "tests" / "regression" / "pages.tar.xz") as archive:
        for member in sorted(archive.getmembers(), key=lambda m: m.name):
            file = archive.extractfile(member)
            if file is not None:
                yield (
                    f"regression/{member.name}",
                    f"https://regression.example/{member.name}",
                    (file.read()),
                )


def saved_pages(folder: Path, prefix: str) -> Iterator[Page]:
    for path in sorted(folder.rglob("*.html")):
        name = path.relative_to(folder).as_posix()
        yield (
            f"{prefix}/{name}",
            f"https://saved.example/{name.removesuffix('.html')}/",
            (path.read_bytes()),
        )


def all_pages(extra: Path | None = None, per_theme: int = 40) -> list[Page]:
    pages = [*replica_pages(per_theme), *regression_pages()]
    pages += saved_pages(REPO / "tests" / "pages", "tests/pages")
    if extra is not None:
        pages += saved_pages(extra, "extra")
    return pages


# -- the golden check -------------------------------------------------------------------


def outputs(pages: list[Page]) -> dict[str, Any]:
    """Every field of every page's item, or the error it raised."""
    from iria_archive.extraction.article import ExtractionError, extract_article

    found: dict[str, Any] = {}
    for name, url, html in pages:
        try:
            found[name] = extract_article(html, url).as_dict()
        except ExtractionError as error:
            found[name] = {"error": f"{type(error).__name__}: {error}"}
    return found


def compare(golden: dict[str, Any], now: dict[str, Any]) -> list[str]:
    """The differences, field by field."""
    wrong = [f"{name}: missing now" for name in golden if name not in now]
    wrong += [f"{name}: not in the dump" for name in now if name not in golden]
    for name in golden.keys() & now.keys():
        before, after = golden[name], now[name]
        for field in sorted(before.keys() | after.keys()):
            if before.get(field) != after.get(field):
                wrong.append(f"{name} {field}: {before.get(field)!r} -> {after.get(field)!r}"[:400])
    return sorted(wrong)


# -- the speed ratio --------------------------------------------------------------------


def _paired_cpu(
    ours: Callable[[str | bytes, str], Any],
    theirs: Callable[[str | bytes, str], Any],
    pages: list[Page],
) -> tuple[float, float]:
    """CPU seconds of each over the pages, page by page in turn: the machine's other load
    (2 cores shared) weighs on both alike."""
    mine = floor = 0.0
    for _, url, html in pages:
        began = time.process_time()
        try:
            ours(html, url)
        except ValueError:  # ExtractionError: a page without text costs what it costs
            pass
        middle = time.process_time()
        theirs(html, url)
        mine, floor = mine + middle - began, floor + time.process_time() - middle
    return mine, floor


def bench_extract_speed(pages: list[Page] | None = None, rounds: int = 3) -> dict[str, Any]:
    """CPU of extract_article / CPU of trafilatura.extract (same options, same pages)."""
    import trafilatura

    from iria_archive.extraction.article import TRAFILATURA_OPTIONS, extract_article

    pages = all_pages() if pages is None else pages

    def theirs(html: str | bytes, url: str) -> Any:
        return trafilatura.extract(html, url=url, **{**TRAFILATURA_OPTIONS, "with_metadata": True})

    def ours(html: str | bytes, url: str) -> Any:
        return extract_article(html, url)

    _paired_cpu(ours, theirs, pages[:20])  # imports and first-call caches, outside the clock
    ratios, our_ms, their_ms = [], [], []
    for _ in range(rounds):
        mine, floor = _paired_cpu(ours, theirs, pages)
        ratios.append(mine / floor)
        our_ms.append(1000 * mine / len(pages))
        their_ms.append(1000 * floor / len(pages))
    best = ratios.index(min(ratios))
    return {
        "pages": len(pages),
        "ratio_to_trafilatura": min(ratios),
        "ratio_to_trafilatura_median": statistics.median(ratios),
        "cpu_ms_per_page": our_ms[best],
        "trafilatura_cpu_ms_per_page": their_ms[best],
        "target": 1.25,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=Path, help="also every .html under this folder")
    parser.add_argument("--dump", type=Path, help="write every page's item to this JSON file")
    parser.add_argument("--compare", type=Path, help="compare every page's item to this dump")
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args(argv)
    pages = all_pages(args.pages)
    if args.dump or args.compare:
        now = outputs(pages)
        if args.dump:
            args.dump.write_text(json.dumps(now, indent=1, sort_keys=True) + "\n", "utf-8")
            print(f"{len(now)} pages dumped to {args.dump}")
        if args.compare:
            wrong = compare(json.loads(args.compare.read_text("utf-8")), now)
            print("\n".join(wrong) or f"{len(now)} pages: same output, every field")
            return 1 if wrong else 0
        return 0
    figures = bench_extract_speed(pages, args.rounds)
    print(json.dumps({f"extract.{k}": v for k, v in figures.items()}, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
