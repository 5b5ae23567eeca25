"""Serve the archive with Datasette, with the project's metadata and plugin."""

from __future__ import annotations

import functools
import logging
import os
import signal
import socket
import sqlite3
import sys
import tempfile
from html import escape
from importlib.resources import files
from pathlib import Path
from typing import TYPE_CHECKING, Any

import yaml

if TYPE_CHECKING:
    from iria_archive.config import ArchiveConfig

logger = logging.getLogger(__name__)
# Seconds in-flight requests get to finish once the server is told to stop.
GRACE_S = 3

# Datasette reads only; these bound what one visitor's request can cost.
SETTINGS: dict[str, Any] = {
    "sql_time_limit_ms": 3000,
    "max_returned_rows": 1000,
    "facet_time_limit_ms": 500,
    # Table pages show the first characters of a cell (an article's text is ~10 KB, and
    # can be 16 MB): the row page's JSON has it whole (issue 19, item 5).
    "truncate_cells_html": 300,
}
# For publishing: no arbitrary SQL, no database download, no whole-table CSV stream.
# These settings are what makes the profile public: with SQL and download off, the
# plugin serves only its allow-list (iria_archive/web/public.py), whichever way the
# Datasette was started (`serve --public`, `datasette publish` with these settings).
PUBLIC_SETTINGS: dict[str, Any] = {
    **SETTINGS,
    "default_allow_sql": False,
    "allow_download": False,
    "allow_csv_stream": False,
}


ABOUT_KEYS = (
    *("title", "description", "description_html", "source", "source_url"),
    *("license", "license_url"),
)


def archive_metadata(db_path: str, config: ArchiveConfig | None = None) -> dict[str, Any]:
    """The Datasette metadata, keyed by the database name Datasette will use.

    metadata.yml is the base. With a config file, the title, description, source and
    licence are the config's (`archive_about`), and the plugin learns the config's sites
    and sections, to name them on the search page and the table's section facet. With no
    file (None, or the built-in config) the about keys are metadata.yml's: IRIA's.
    """
    from iria_archive.web.sections import PLUGIN, plugin_config

    metadata = yaml.safe_load(files("iria_archive").joinpath("metadata.yml").read_text("utf-8"))
    database = metadata["databases"]["archive"]
    metadata["databases"] = {Path(db_path).stem: database}
    if config is None:
        return metadata
    metadata["plugins"][PLUGIN].update(plugin_config(config))
    if config.path is None:
        return metadata
    about = archive_about(config)
    for key in ABOUT_KEYS:
        metadata.pop(key, None)
    metadata.update(about)
    database["queries"]["feed"]["title"] = f"{about['title']} feed"
    author = about.get("source") if len(config.sites) == 1 else about["title"]
    # The feed query reads these through the plugin's magic parameters (web/hooks.py).
    metadata["plugins"][PLUGIN].update(
        feed_title=about["title"],
        feed_author=author or about["title"],
        feed_link=config.sections[0].url,
    )
    return metadata


def archive_about(config: ArchiveConfig) -> dict[str, str]:
    """Title, description, source and licence of a configured archive.

    The [archive] table's keys win; the rest are the site's when there is one, else a
    title naming the sites and a description listing each with its source and licence.
    """
    if len(config.sites) == 1:
        (site,) = config.sites
        about = {
            "title": site.about.get("title", site.name),
            "source": site.about.get("source", site.about.get("title", site.name)),
            "source_url": site.about.get("source_url", site.base_url),
            **{k: v for k, v in site.about.items() if k not in ("title", "source", "source_url")},
        }
        if "description" not in about:
            sections = ", ".join(section.name for section in site.sections)
            about["description"] = f"A searchable archive of {about['title']} ({sections})."
    else:
        titles = [site.about.get("title", site.name) for site in config.sites]
        about = {
            "title": "Archive of " + ", ".join(titles[:-1]) + " and " + titles[-1],
            "description_html": _sites_html(config),
        }
    if "description" in config.about:
        about.pop("description_html", None)
    return {**about, **config.about}


def _sites_html(config: ArchiveConfig) -> str:
    """One list item per site: its title, description, source and licence (all escaped)."""

    def link(text: str, url: str | None) -> str:
        return f'<a href="{escape(url)}">{escape(text)}</a>' if url else escape(text)

    items = []
    for site in config.sites:
        about = site.about
        parts = [f"<strong>{escape(about.get('title', site.name))}</strong>"]
        if about.get("description"):
            parts.append(escape(about["description"]))
        source = about.get("source", site.base_url)
        parts.append("Source: " + link(source, about.get("source_url", site.base_url)) + ".")
        if about.get("license"):
            parts.append("Licence: " + link(about["license"], about.get("license_url")) + ".")
        items.append("<li>" + " ".join(parts) + "</li>")
    return f"<p>One archive of {len(config.sites)} sites:</p><ul>" + "".join(items) + "</ul>"


def archive_settings(public: bool = False) -> dict[str, Any]:
    """Datasette settings for a local (`public=False`) or a published archive."""
    return dict(PUBLIC_SETTINGS if public else SETTINGS)


def snapshot_archive(db_path: str, directory: str) -> Path:
    """Copy the archive consistently (SQLite backup API) into `directory`, same file name.

    Immutable mode lets Datasette skip locking and cache counts, which is only true of
    a file nobody writes: a crawl may be writing the live archive, never its snapshot.
    """
    target = Path(directory, Path(db_path).name)
    source = sqlite3.connect(f"file:{Path(db_path).resolve()}?mode=ro", uri=True)
    copy = sqlite3.connect(target)
    try:
        with copy:
            source.backup(copy)
        # A snapshot is a single file: no -wal beside it for an immutable reader to miss.
        copy.execute("PRAGMA journal_mode = DELETE")
    finally:
        copy.close()
        source.close()
    return target


class ServeError(Exception):
    """Serving cannot start as asked (the port is taken, the interface does not exist)."""


def listen(host: str, port: int) -> socket.socket:
    """The server's listening socket, bound now so a busy port is a clear error, not a log."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE)
        family, kind, proto, _, address = infos[0]
        sock = socket.socket(family, kind, proto)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(address)
        sock.listen(2048)
    except OSError as error:
        reason = error.strerror or str(error)
        raise ServeError(f"cannot listen on {host}:{port}: {reason}") from None
    sock.set_inheritable(True)
    return sock


class PortShare(socket.socket):
    """The port `serve --workers` holds: bound with SO_REUSEPORT, never listening; each
    worker process receives it as a listening socket of its own on the same address.

    With one socket shared by every worker, one worker's event loop accepts a burst of
    connections whole, and keep-alive connections stay where they were accepted: at 16
    clients one worker held all of them while the other idled (issue 20, item 5). Each
    worker's own socket in one SO_REUSEPORT group lets the kernel spread connections by
    their address, as in uvicorn's proposed socket-load-balance (Kludex/uvicorn#2472).
    uvicorn hands its workers the sockets by pickling, so pickling makes the listener.
    """

    def __reduce__(self) -> tuple[Any, tuple[Any, ...]]:
        return reuse_port_listener, (self.family, self.proto, self.getsockname())


def reuse_port_listener(family: int, proto: int, address: Any) -> socket.socket:
    """A socket bound to `address` in the SO_REUSEPORT group of serve's PortShare.

    It listens (joins the group's share of connections) once the worker's server starts
    serving it (asyncio's create_server), not while the worker is still loading.
    """
    sock = socket.socket(family, socket.SOCK_STREAM, proto)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
    sock.bind(address)
    return sock


def share_port(sock: socket.socket) -> socket.socket:
    """The port `sock` (listening, port already resolved) holds, as a PortShare for workers.

    `sock` proved the port free (a plain bind fails on a port anyone holds, another
    `serve` included); the PortShare keeps it, so a restarted worker can bind again. Where
    the system has no SO_REUSEPORT the workers share `sock` itself.
    """
    if not hasattr(socket, "SO_REUSEPORT"):
        return sock
    address = sock.getsockname()
    family, proto = sock.family, sock.proto
    sock.close()
    share = PortShare(family, socket.SOCK_STREAM, proto)
    try:
        share.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        share.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
        share.bind(address)
    except OSError as error:
        share.close()
        raise ServeError(f"cannot listen on {address[0]}:{address[1]}: {error.strerror}") from None
    return share


def prepare_search_index(db_path: str, served_path: str) -> str:
    """Bring the search index of `served_path` in step with it; say what was done.

    The local server serves the archive itself, so its own index is synced. The public
    one serves a snapshot: the live index (synced first) is copied beside the snapshot
    when it mirrors the snapshot exactly, else built for it. When neither can be done the
    search page falls back to FTS5 and says so: results are never of another state.
    """
    from iria_archive.search.index import IndexState, copy_index, index_path, sync_index
    from iria_archive.search.index_log import archive_stamp

    errors = (sqlite3.Error, OSError, ValueError)
    try:
        live = sync_index(db_path)
    except errors as error:
        live = None
        logger.warning("search index of %s not synced: %s", db_path, error)
    if served_path != db_path:
        try:
            conn = sqlite3.connect(served_path)
            stamp = archive_stamp(conn)
            conn.close()
            state = IndexState.read(index_path(db_path))
            if stamp is not None and state is not None and (state.archive_id, state.seq) == stamp:
                copy_index(index_path(db_path), index_path(served_path))
                return "search index: copied for the snapshot"
            result = sync_index(served_path)
            return f"search index: {result.action} for the snapshot ({result.docs:,} articles)"
        except errors as error:
            return f"search index unavailable ({error}): search uses FTS5"
    if live is None:
        return "search index could not be synced: search uses FTS5 until it is"
    if live.action == "fresh":
        return ""
    return f"search index {live.action}: {live.changed:,} articles in {live.seconds:.1f} s"


def default_workers() -> int:
    """One server process per core, at most 4: each holds its own Datasette (~100 MB)."""
    return max(1, min(os.cpu_count() or 1, 4))


def datasette_app(
    databases: dict[str, Any], metadata: dict[str, Any], settings: dict[str, Any]
) -> Any:
    """The ASGI app serving the archive: Datasette with the project's metadata and plugin."""
    from datasette.app import Datasette

    return Datasette(**databases, metadata=metadata, settings=settings).app()


def worker_app(
    databases: dict[str, Any], metadata: dict[str, Any], settings: dict[str, Any]
) -> Any:
    """`datasette_app` for a worker process, which ends once it has shut down.

    uvicorn's workers return from serving and then wait for every thread, and a query
    thread stuck in SQLite would keep the worker (and so `serve`) from ever exiting: the
    worker leaves as soon as the app has finished its shutdown, as one process does.
    """
    app = datasette_app(databases, metadata, settings)

    async def exit_after_shutdown(scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "lifespan":
            await app(scope, receive, send)
            return

        async def sending(message: dict[str, Any]) -> None:
            await send(message)
            if message["type"] == "lifespan.shutdown.complete":
                sys.stdout.flush()
                sys.stderr.flush()
                os._exit(0)

        await app(scope, receive, sending)

    return exit_after_shutdown


def serve_archive(
    db_path: str,
    host: str = "127.0.0.1",
    port: int = 8001,
    public: bool = False,
    config: ArchiveConfig | None = None,
    workers: int = 1,
) -> None:
    """Run Datasette on the archive (or, `public`, on a snapshot of it) until interrupted.

    `workers` > 1 runs that many server processes on the one listening socket (uvicorn's
    supervisor restarts one that dies): Datasette answers a request on one core, and the
    archive is only read. Stops on SIGINT/SIGTERM: in-flight requests get GRACE_S
    seconds, then each process exits even if a query thread is still busy.
    """
    import uvicorn
    from uvicorn.supervisors import Multiprocess

    sock = listen(host, port)
    with tempfile.TemporaryDirectory(prefix="iria-archive-") as tmp:
        if public:
            served = str(snapshot_archive(db_path, tmp))
            databases: dict[str, Any] = {"immutables": [served]}
        else:
            served = db_path
            databases = {"files": [db_path]}
        note = prepare_search_index(db_path, served)
        if note:
            print(note, file=sys.stderr)
        app = (databases, archive_metadata(db_path, config), archive_settings(public))
        options: dict[str, Any] = {
            "log_level": "warning",
            "lifespan": "on",
            "timeout_graceful_shutdown": GRACE_S,
        }
        bound = sock.getsockname()
        print(f"Serving the archive at http://{host}:{bound[1]}/ (Ctrl-C to stop)", file=sys.stderr)
        if workers > 1:
            # Each worker is a fresh (spawned) process that builds its own Datasette.
            server_config = uvicorn.Config(
                functools.partial(worker_app, *app), factory=True, workers=workers, **options
            )
            # The supervisor takes SIGINT/SIGTERM, stops the workers and returns.
            Multiprocess(server_config, sockets=[share_port(sock)]).run()
        else:
            server_config = uvicorn.Config(datasette_app(*app), **options)
            # uvicorn re-raises the stopping signal once it has shut down, to the handler it
            # found: ours ignores it, so the snapshot is cleaned up and the exit status is 0.
            for sig in (signal.SIGINT, signal.SIGTERM):
                signal.signal(sig, lambda signum, frame: None)
            uvicorn.Server(server_config).run(sockets=[sock])
    sys.stdout.flush()
    sys.stderr.flush()
    # A query thread stuck in SQLite would keep the interpreter from exiting (it joins
    # its worker threads); the server has stopped, so nothing is left to finish.
    os._exit(0)
