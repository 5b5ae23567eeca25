"""The layers point one way (issue 22): the core inside iria_archive/ (the model, the
extraction, the archive, search, export and the Python API) needs no Scrapy, no
Datasette and no command line, and never reaches up into the adapters over it: the
Scrapy project (scraper/), its item pipelines (pipelines/), the web plugin, the CLI."""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CORE = ("model", "extraction", "archive", "search", "export")
# What only the adapters may bring in: the crawl framework, the server, the CLI.
ADAPTER_LIBRARIES = ("scrapy", "twisted", "parsel", "datasette", "click", "uvicorn")
ADAPTERS = ("scraper", "pipelines", "iria_archive.web", "iria_archive.cli", "iria_archive.serve")


def core_modules() -> list[str]:
    names = ["iria_archive.api"]
    for package in CORE:
        for path in sorted((ROOT / "iria_archive" / package).rglob("*.py")):
            parts = path.relative_to(ROOT).with_suffix("").parts
            names.append(".".join(parts[:-1] if parts[-1] == "__init__" else parts))
    return names


def imported_names(module: str) -> set[str]:
    path = ROOT / Path(*module.split("."))
    source = path / "__init__.py" if path.is_dir() else path.with_suffix(".py")
    names = set()
    for node in ast.walk(ast.parse(source.read_text())):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            names.add(node.module)
    return names


def test_every_core_package_is_there() -> None:
    # So that the checks below cannot pass on an empty list after a rename.
    found = core_modules()
    for package in CORE:
        assert any(name.startswith(f"iria_archive.{package}.") for name in found), package


@pytest.mark.parametrize("module", core_modules())
def test_a_core_module_never_imports_an_adapter(module: str) -> None:
    reaching_up = {
        name
        for name in imported_names(module)
        if any(name == a or name.startswith(a + ".") for a in ADAPTERS + ADAPTER_LIBRARIES)
    }
    assert not reaching_up, f"{module} imports {sorted(reaching_up)}"


def test_the_whole_core_loads_without_scrapy_datasette_or_the_cli() -> None:
    # Imports made inside functions count too: import everything, then look at what
    # Python loaded, in a fresh interpreter.
    program = (
        "import importlib, json, sys\n"
        f"for name in {core_modules()!r}:\n"
        "    importlib.import_module(name)\n"
        "import iria_archive\n"
        "iria_archive.extract('<html><body><article><h1>T</h1><p>Text.</p></article></body>"
        "</html>', 'https://example.org/2024/01/02/t/')\n"
        "print(json.dumps(sorted({m.split('.')[0] for m in sys.modules})))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", program], capture_output=True, text=True, cwd=ROOT, check=True
    )
    loaded = set(json.loads(done.stdout.splitlines()[-1]))
    # click is exempt here only: sqlite-utils itself imports it.
    adapters = set(ADAPTER_LIBRARIES + ("scraper", "pipelines")) - {"click"}
    assert not loaded & adapters, sorted(loaded & adapters)
