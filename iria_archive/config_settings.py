"""The setting names a crawl knows, so a typo is an error naming the closest one.

`-s DOWNLOAD_DELAI=0` or `DOWNLOAD_DELAI = 0` in a config's settings table would be
taken by Scrapy and read by nobody: the crawl would run at the default delay and say
nothing (issue 19, item 10). A name is known when it is one of Scrapy's default
settings, one of the project's (scraper/settings.py: every IRIA_* name), or a name a
configured component reads: the source of every module the settings name (extensions,
middlewares, pipelines, add-ons, download handlers, the scheduler...) is scanned for
quoted setting names, without importing it, so `-s EXTENSIONS={"x.Ext": 0}` with
`-s X_OPTION=1` is accepted when x's source reads "X_OPTION".
"""

from __future__ import annotations

import difflib
import importlib.util
import re
from collections.abc import Iterable, Mapping
from functools import cache
from pathlib import Path
from typing import Any

# A quoted name in a component's source that may be a setting it reads.
QUOTED_NAME = re.compile(r"""["']([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*)["']""")
# An import path as settings write them: "package.module.Class".
IMPORT_PATH = re.compile(r"[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)+")


class UnknownSetting(ValueError):
    """A setting name nothing reads; the message names the closest known one."""


def check_setting_names(names: Iterable[str], settings: Mapping[str, Any] | None = None) -> None:
    """Raise UnknownSetting for the first name in `names` that no one reads.

    `settings` are the ones given with the names (`-s` values, a config's settings
    table): a component they configure declares its own names too.
    """
    from iria_archive.crawl import project_settings

    # Scrapy's and the project's own names first: reading what every component reads
    # (its source) costs a second of start-up, spent only on a name they do not know.
    defined = project_settings()
    names = [name for name in names if name not in defined]
    if not names:
        return
    known = known_settings(settings or {})
    for name in names:
        if name not in known:
            close = difflib.get_close_matches(name, sorted(known), n=1, cutoff=0.6)
            hint = f": did you mean {close[0]}?" if close else ""
            raise UnknownSetting(f"unknown setting {name}{hint}")


def known_settings(settings: Mapping[str, Any]) -> frozenset[str]:
    """Scrapy's and the project's setting names, and those the configured components read."""
    from iria_archive.crawl import project_settings

    project = project_settings()
    names = set(project)
    for path in sorted(_import_paths(project) | _import_paths(settings)):
        names |= _names_read_by(path)
    return frozenset(names)


def _import_paths(settings: Mapping[str, Any]) -> set[str]:
    """Every import path a setting value names: a class path, or a key of a component map."""
    paths = set()
    for name in settings:
        value = settings[name]
        if hasattr(value, "copy_to_dict"):
            value = value.copy_to_dict()
        if isinstance(value, str) and value.startswith("{"):
            value = _json_object(value)
        values = list(value) if isinstance(value, dict) else [value]
        for item in values:
            if isinstance(item, str) and IMPORT_PATH.fullmatch(item):
                paths.add(item)
            elif isinstance(item, type):
                paths.add(f"{item.__module__}.{item.__qualname__}")
    return paths


def _json_object(text: str) -> dict[str, Any]:
    import json

    try:
        value = json.loads(text)
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


@cache
def _names_read_by(path: str) -> frozenset[str]:
    """The quoted names in the source of the module holding `path` ("module.Class").

    The module itself is not imported (only its parent packages are, to find it):
    importing would run a component's module in the command's process before the crawl,
    and a reactor module would install its reactor.
    """
    try:
        spec = importlib.util.find_spec(path.rpartition(".")[0])
    except (ImportError, ValueError, AttributeError):
        return frozenset()
    if spec is None or not spec.origin or not spec.origin.endswith(".py"):
        return frozenset()
    try:
        source = Path(spec.origin).read_text("utf-8")
    except (OSError, UnicodeDecodeError):
        return frozenset()
    return frozenset(QUOTED_NAME.findall(source))
