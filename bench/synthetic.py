"""A synthetic archive of realistic articles: Zipf-ranked words, log-normal lengths.

Built with the archive's own schema and article_row, so search and export are measured
on what a crawl would have written.
"""

from __future__ import annotations

import random
import sqlite3
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

# A term planted in RARE_DOCS articles: the search benchmark knows how many it must find.
RARE_TERM = "zyxoquartz"
RARE_DOCS = 12


def _vocabulary(size: int = 30_000) -> list[str]:
    """Words ranked for a Zipf law: the replica's article words, most frequent first, then
    invented ones up to `size` types, so mid- and low-frequency terms exist as in news text.
    """
    from collections import Counter

    from replica import build_site

    counts: Counter[str] = Counter()
    for article in build_site("http://bench.invalid", n_europe=200).expected_articles("europe"):
        counts.update(w.strip(".,;:!?“”\"'()").lower() for w in article["text"].split())
    words = [w for w, _ in counts.most_common() if w.isalpha()]
    rng = random.Random(1)
    # 16 syllables, 2 to 5 each: about a million possible words, far more than `size`.
    syllables = ["ka", "ro", "vel", "mi", "tan", "os", "ur", "le", "dra", "ni", "sto", "be"]
    syllables += ["quo", "ith", "pra", "zen"]
    seen = set(words)
    while len(words) < size:
        word = "".join(rng.choices(syllables, k=rng.randint(2, 5)))
        if word not in seen:
            seen.add(word)
            words.append(word)
    return words


def synthetic_rows(n: int, seed: int = 5) -> Iterator[dict[str, Any]]:
    """`n` article rows of realistic lengths (log-normal around 650 words), via article_row."""
    from iria_archive.archive.rows import article_row
    from iria_archive.extraction.article import extractor_stamp
    from iria_archive.model.profile import IRIA_PROFILE

    rng = random.Random(seed)
    words = _vocabulary()
    weights = [1 / (rank + 1) for rank in range(len(words))]
    cumulative = list(_accumulate(weights))
    rare_at = set(rng.sample(range(n), min(RARE_DOCS, n)))
    authors = [f"Author {i}" for i in range(40)] + [None]
    tags = ["Sanctions", "Energy", "NATO", "Elections", "Migration", "Trade", "Balkans"]
    for i in range(n):
        length = max(120, min(4000, int(rng.lognormvariate(6.4, 0.45))))
        body = rng.choices(words, cum_weights=cumulative, k=length)
        if i in rare_at:
            body[rng.randrange(length)] = RARE_TERM
        paragraphs = [" ".join(body[j : j + 60]).capitalize() + "." for j in range(0, length, 60)]
        text = "\n\n".join(paragraphs)
        day = f"20{10 + i % 15:02d}-{1 + i % 12:02d}-{1 + i % 28:02d}"
        fields = {
            "url": f"https://www.ir-ia.com/news/synthetic-article-{i}/",
            "title": " ".join(rng.choices(words[:2000], k=8)).capitalize(),
            "author": rng.choice(authors),
            "published": f"{day}T10:00:00+00:00",
            "modified": f"{day}T12:00:00+00:00",
            "categories": ["Europe", rng.choice(["News", "Analysis", "Balkans"])],
            "tags": rng.sample(tags, 2),
            "description": paragraphs[0][:160],
            "image_url": f"https://www.ir-ia.com/news/wp-content/uploads/{i}.jpg",
            "image_caption": "(Image Credit: Photographer/Agency)",
            "text": text,
            "markdown": text,
            "language": "en",
            "word_count": length,
            "content_hash": f"{i:064x}",
            "extractor": extractor_stamp(IRIA_PROFILE),
        }
        row = article_row(fields, fetched_at=f"{day}T12:00:00+00:00")
        yield {**row, "first_seen": row["last_fetched"], "status": "live"}


def _accumulate(values: list[float]) -> Iterator[float]:
    total = 0.0
    for value in values:
        total += value
        yield total


def build_archive(path: Path, n: int) -> dict[str, Any]:
    """The schema from iria_archive.archive.schema, rows from article_row, batched inserts.

    `upsert_article` one row at a time (one transaction each) would take too long for
    200,000 rows; insert_all in one transaction goes through the same FTS triggers.
    """
    from sqlite_utils import Database

    from iria_archive.archive.schema import ensure_schema

    db = Database(path)
    ensure_schema(db)
    began = time.perf_counter()
    with db.conn:
        db["articles"].insert_all(synthetic_rows(n), batch_size=500)
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    return {"articles": n, "build_s": time.perf_counter() - began}


def archive_size(path: Path) -> int | None:
    """Articles in a synthetic archive kept by an earlier run (--workdir), None if none."""
    if not path.is_file():
        return None
    with sqlite3.connect(path) as connection:
        try:
            return connection.execute("select count(*) from articles").fetchone()[0]
        except sqlite3.Error:
            return None
