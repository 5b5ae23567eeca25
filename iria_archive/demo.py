"""The offline demo: two bundled replica sites on 127.0.0.1, crawled like any config's.

The replica of IRIA (classic theme, feeds and sitemap) listens on the demo port, a second
WordPress site (block theme, REST API, other posts) on the next one; their ports are the
demo archive's own, so a second demo into one archive finds its articles again.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path
from urllib.parse import urlsplit

from iria_archive.archive.database import open_read_only
from iria_archive.config import ArchiveConfig, Section, Site
from iria_archive.model.profile import IRIA_PROFILE

DEMO_PORT = 8765
DEMO_DB = "demo.db"
DEMO_HOST = "127.0.0.1"
# name, theme, posts in Europe, content seed: one port each, from the demo port up.
DEMO_SITES = (("iria", "classic", 64, 2023), ("block", "block", 30, 2024))


class NotADemoArchive(Exception):
    """The file holds crawls of something other than the demo's sites."""


class DemoUnavailable(Exception):
    """The replica sites are not installed (the `demo` extra, or a source checkout)."""


def require_replica() -> None:
    """DemoUnavailable unless the replica (the tests' WordPress, tests/replica/, a package
    of its own) is installed: the product's wheel does not carry its test double."""
    try:
        import replica  # noqa: F401
    except ImportError:
        raise DemoUnavailable(
            "the demo's replica sites are not installed: run `uv run iria-archive demo` in"
            " a clone of the repository, or install the demo extra (iria-archive[demo])"
        ) from None


def demo_config(port: int) -> ArchiveConfig:
    """The demo's sites and sections as a config, with the demo's ports."""
    sites = []
    for offset, (name, _theme, _posts, _seed) in enumerate(DEMO_SITES):
        base = f"http://{DEMO_HOST}:{port + offset}/news/"
        sites.append(
            Site(
                name=name,
                base_url=base,
                profile=IRIA_PROFILE,  # the replica prints IRIA's boilerplate on every theme
                sections=(Section(name, "europe", f"{base}category/europe/"),),
                about={"title": f"{name} (replica)", "source": f"the bundled {name} replica"},
            )
        )
    return ArchiveConfig(
        sites=tuple(sites), about={"title": "iria-archive demo: two replica sites"}
    )


@contextmanager
def demo_sites(port: int) -> Iterator[ArchiveConfig]:
    """Serve the demo's replica sites for the block; OSError if a port is taken."""
    from replica import ReplicaServer

    with ExitStack() as stack:
        for offset, (_name, theme, posts, seed) in enumerate(DEMO_SITES):
            server = ReplicaServer(
                n_europe=posts, host=DEMO_HOST, port=port + offset, theme=theme, seed=seed
            )
            stack.enter_context(server)
        yield demo_config(port)


def demo_port(db_path: str, asked: int | None) -> int:
    """The replicas' first port for this demo archive (its own, else `asked`, else the
    default); NotADemoArchive if the file is an archive of other crawls."""
    if not Path(db_path).is_file() or Path(db_path).stat().st_size == 0:
        return asked or DEMO_PORT
    db = open_read_only(db_path)
    try:
        urls = {url for (url,) in db.execute("select distinct start_url from crawl_runs")}
        articles = db.execute("select count(*) from articles").fetchone()[0]
    finally:
        db.close()
    parts = [urlsplit(url) for url in urls]
    ports = sorted({p.port for p in parts if p.hostname == DEMO_HOST and p.port})
    own = ports[0] if ports else None
    # An earlier demo crawled the first site only; later ones crawl every demo site.
    demo_ports = {own + offset for offset in range(len(DEMO_SITES))} if own else set()
    if (articles and not urls) or len(ports) != len(parts) or not set(ports) <= demo_ports:
        raise NotADemoArchive(f"{db_path} is an archive of other crawls, not a demo archive")
    if asked and own and asked != own:
        raise NotADemoArchive(f"{db_path} is the demo archive of port {own}, not {asked}")
    return asked or own or DEMO_PORT


def demo_archive_config(db_path: str) -> ArchiveConfig | None:
    """The demo's sites as a config when `db_path` holds demo crawls, else None.

    `serve --db demo.db` names the demo's sites and sections by it (issue 20), as a
    config file would; its `path` is the archive it was read from, not the built-in one.
    """
    from dataclasses import replace

    db = open_read_only(db_path)
    try:
        crawled = db.execute("select count(*) from crawl_runs").fetchone()[0]
    finally:
        db.close()
    if not crawled:
        return None
    try:
        port = demo_port(db_path, None)
    except NotADemoArchive:
        return None
    return replace(demo_config(port), path=Path(db_path))
