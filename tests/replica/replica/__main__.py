"""Serve the IRIA replica in the foreground: `python -m replica [--port 0] [--theme classic]`.

Prints one line, the base URL, once listening; stops quietly on SIGINT or SIGTERM.
"""

from __future__ import annotations

import argparse
import signal
import sys
import threading

from .server import ReplicaServer
from .themes import THEMES


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m replica", description=__doc__.splitlines()[0])
    parser.add_argument(
        "--port", type=int, default=0, help="port on 127.0.0.1 (default 0: any free port)"
    )
    parser.add_argument(
        "--n-europe", type=int, default=64, help="posts on the europe archive (default 64)"
    )
    parser.add_argument(
        "--theme", default="classic", choices=THEMES, help="markup family (default classic)"
    )
    for source in ("rest-api", "sitemap", "feeds"):
        parser.add_argument(
            f"--{source}",
            choices=("on", "off"),
            help=f"serve the {source.replace('-', ' ')} or answer 404 (default: the theme's)",
        )
    args = parser.parse_args(argv)
    switches = {
        name: None if value is None else value == "on"
        for name, value in (
            ("rest_api", args.rest_api),
            ("sitemap", args.sitemap),
            ("feeds", args.feeds),
        )
    }

    stop = threading.Event()
    for signum in (signal.SIGINT, signal.SIGTERM):
        signal.signal(signum, lambda *_: stop.set())
    try:
        server = ReplicaServer(
            n_europe=args.n_europe, port=args.port, theme=args.theme, **switches
        ).start()
    except (OSError, ValueError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    try:
        print(server.base_url, flush=True)
        stop.wait()
    finally:
        server.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
