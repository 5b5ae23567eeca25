"""Serve the test WordPress until interrupted: `uv run python -m tests.wordpress`.

`--samples DIR` saves, for each theme, an article page and the Europe archive, plus the
REST API's Europe posts and the feeds, then exits.
"""

from __future__ import annotations

import argparse
import json
import logging
import signal
import sys
import tempfile
import time
from pathlib import Path

from .server import THEMES, WordPress, missing_requirements


def save_samples(wp: WordPress, out: Path) -> None:
    """Write one article page and the archive page per theme, the REST posts and feeds."""
    out.mkdir(parents=True, exist_ok=True)
    truth = wp.truth()
    # The richest article: image with caption, comments, an author with a biography.
    article = next(p for p in truth["europe"] if p["image_url"])
    path = article["url"].removeprefix(wp.base_url)
    for theme in THEMES:
        wp.switch_theme(theme)
        (out / f"{theme}-article.html").write_bytes(wp.get(path))
        (out / f"{theme}-category.html").write_bytes(wp.get("/news/category/europe/"))
        (out / f"{theme}-category-page-2.html").write_bytes(wp.get("/news/category/europe/page/2/"))
    ids = ",".join(str(i) for i in truth["europe_ids"])
    posts = "/news/wp-json/wp/v2/posts?per_page=100&categories="
    for name, url in {
        "rest-posts-europe-embed.json": f"{posts}{ids}&_embed",
        "rest-posts-europe-only.json": f"{posts}{truth['europe_id']}",
        "rest-categories.json": "/news/wp-json/wp/v2/categories?per_page=100",
        "category-feed.rss.xml": "/news/category/europe/feed/",
        "category-feed.atom.xml": "/news/category/europe/feed/atom/",
        "feed.rss.xml": "/news/feed/",
        "wp-sitemap.xml": "/news/wp-sitemap.xml",
        "wp-sitemap-posts-post-1.xml": "/news/wp-sitemap-posts-post-1.xml",
    }.items():
        (out / name).write_bytes(wp.get(url))
    (out / "truth.json").write_text(json.dumps(truth, indent=2, ensure_ascii=False))


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.wordpress", description=__doc__)
    parser.add_argument("--samples", type=Path, help="save sample pages here and exit")
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    # `kill` stops it as cleanly as Ctrl-C: database and server stopped, files removed.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    reason = missing_requirements()
    if reason:
        print(reason, file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory(prefix="iria-wordpress-") as root:
        with WordPress(Path(root)) as wp:
            if args.samples:
                save_samples(wp, args.samples)
                return 0
            print(f"{wp.europe_url} (Ctrl-C stops)", flush=True)
            try:
                while True:
                    time.sleep(3600)
            except KeyboardInterrupt:
                return 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
