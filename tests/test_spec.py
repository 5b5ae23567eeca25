"""The article's columns and the error kinds are defined once (iria_archive/archive/columns.py,
iria_archive/model/items.py FAILURE_KINDS); the code derives from them, and the files that
describe them (README, metadata.yml) must say the same (issue 10)."""

from __future__ import annotations

import ast
import dataclasses
import re
from pathlib import Path

import pytest
import yaml
from sqlite_utils import Database

from iria_archive.archive.columns import (
    ARTICLE_SPEC,
    BOOKKEEPING_COLUMNS,
    CONTENT_COLUMNS,
    EXPORTED_COLUMNS,
)
from iria_archive.archive.schema import ensure_schema
from iria_archive.export import DEFAULT_FIELDS, field_type
from iria_archive.extraction.article import ExtractedArticle
from iria_archive.model.items import FAILURE_KINDS, FetchFailure
from tests.conftest import REPO
from tests.readme import documented_columns, readme_table

METADATA = yaml.safe_load((REPO / "iria_archive" / "metadata.yml").read_text("utf-8"))
TABLES = METADATA["databases"]["archive"]["tables"]


def test_the_readme_documents_every_column_as_the_spec_defines_it() -> None:
    expected = [
        {
            "column": c.name,
            "type": c.type,
            "exported": "yes" if c.exported else "",
            "kept": "yes" if c.bookkeeping else "",
            "meaning": c.description,
        }
        for c in ARTICLE_SPEC
    ]
    assert documented_columns() == expected


def test_the_readme_documents_every_error_kind() -> None:
    assert readme_table("### Kinds of `crawl_errors`") == [
        [kind, meaning] for kind, meaning in FAILURE_KINDS.items()
    ]


def test_datasette_describes_every_column_as_the_spec_does() -> None:
    described = TABLES["articles"]["columns"]
    assert list(described.items()) == [(c.name, c.description) for c in ARTICLE_SPEC]
    assert TABLES["crawl_errors"]["columns"]["kind"] == ", ".join(FAILURE_KINDS)


def test_every_table_of_an_archive_is_described_or_hidden_in_datasette(tmp_path: Path) -> None:
    db = Database(tmp_path / "archive.db")
    ensure_schema(db)
    tables = {t for t in db.table_names() if not t.startswith("articles_fts")}
    assert tables <= set(TABLES)
    for name in tables:
        table = TABLES[name]
        assert table.get("hidden") or table.get("description"), name


def test_a_new_archive_has_the_specs_columns_in_order_with_their_types(tmp_path: Path) -> None:
    db = Database(tmp_path / "archive.db")
    ensure_schema(db)
    columns = db["articles"].columns
    assert [(c.name, c.type) for c in columns] == [
        (c.name, "INTEGER" if c.type == "integer" else "TEXT") for c in ARTICLE_SPEC
    ]
    required = {c.name for c in columns if c.notnull}
    assert required == {c.name for c in ARTICLE_SPEC if c.required}
    defaults = {c.name: c.default_value for c in columns if c.default_value is not None}
    assert defaults == {"status": "'live'", "revision_count": "0"}


def test_an_extraction_gives_exactly_the_content_columns() -> None:
    fields = {f.name for f in dataclasses.fields(ExtractedArticle)} - {"disagreements"}
    assert fields == set(CONTENT_COLUMNS)
    assert not fields & BOOKKEEPING_COLUMNS


def test_the_exports_default_columns_and_types_come_from_the_spec() -> None:
    assert DEFAULT_FIELDS == EXPORTED_COLUMNS
    assert EXPORTED_COLUMNS[:3] == ("url", "title", "author")
    assert [
        field_type(n, "parquet") for n in ("categories", "published", "word_count", "text")
    ] == [
        "array<string>",
        "timestamp",
        "integer",
        "string",
    ]


def test_a_failure_of_an_undocumented_kind_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown failure kind 'discovery'"):
        FetchFailure(url="https://example.org/", kind="discovery", reason="x")


_SQL_KIND = re.compile(r"\bkind\s*(?:=\s*'[^']*'|in\s*\([^)]*\))")


def _kinds_in_code(path: Path) -> list[tuple[str, int]]:
    """Every kind the module names: `kind="..."` arguments, `kind == "..."` and
    `kind in (...)` comparisons, `kind = '...'` / `kind in ('...')` in SQL text."""
    found = []
    tree = ast.parse(path.read_text("utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.keyword) and node.arg == "kind":
            values = [node.value]
        elif isinstance(node, ast.Compare) and (
            getattr(node.left, "attr", None) == "kind" or getattr(node.left, "id", None) == "kind"
        ):
            values = [v for c in node.comparators for v in getattr(c, "elts", [c])]
        elif isinstance(node, ast.Constant) and isinstance(node.value, str):
            for match in _SQL_KIND.finditer(node.value):
                found += [(k, node.lineno) for k in re.findall(r"'([^']*)'", match.group(0))]
            continue
        else:
            continue
        found += [(v.value, node.lineno) for v in values if isinstance(v, ast.Constant)]
    return found


def test_the_code_writes_only_documented_kinds() -> None:
    # Where crawl errors are made: the adapters and the core (not the web's listing kinds).
    folders = ("scraper", "pipelines", "iria_archive/model", "iria_archive/extraction")
    modules = [
        p for folder in folders + ("iria_archive/archive",) for p in (REPO / folder).rglob("*.py")
    ]
    named = {
        (kind, f"{path.relative_to(REPO)}:{line}")
        for path in sorted(modules)
        for kind, line in _kinds_in_code(path)
    }
    assert {kind for kind, _ in named} >= {"listing", "article", "extraction", "held", "skipped"}
    assert [(k, where) for k, where in sorted(named) if k not in FAILURE_KINDS] == []


# -- Run facts: named once (iria_archive/model/facts.py) --------------------------------


def _product_sources() -> list[Path]:
    return [
        path
        for folder in ("scraper", "pipelines", "iria_archive")
        for path in sorted((REPO / folder).rglob("*.py"))
    ]


def test_run_facts_are_named_only_in_their_enum() -> None:
    """A stats key spelt out as a string is a fact a typo can silently lose."""
    from iria_archive.model.facts import Fact

    spelt_out = []
    for path in _product_sources():
        if path == REPO / "iria_archive" / "model" / "facts.py":
            continue
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                if node.value.startswith("iria/"):
                    spelt_out.append(f"{path.relative_to(REPO)}:{node.lineno} {node.value}")
    assert spelt_out == []
    assert all(fact.value.startswith("iria/") for fact in Fact)


def _facts_attributes(tree: ast.AST, written: bool) -> set[str]:
    """RunFacts fields assigned (written) or read in `tree`: `facts.x`, `self.facts.x`,
    `self.section.facts.x`, `run_facts(crawler).x`."""

    def on_facts(node: ast.expr) -> bool:
        if isinstance(node, ast.Name | ast.Attribute):
            return (node.id if isinstance(node, ast.Name) else node.attr) == "facts"
        return isinstance(node, ast.Call) and getattr(node.func, "id", None) == "run_facts"

    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute) and on_facts(node.value):
            if isinstance(node.ctx, ast.Store) == written:
                found.add(node.attr)
        if written and isinstance(node, ast.AugAssign) and isinstance(node.target, ast.Attribute):
            if on_facts(node.target.value):
                found.add(node.target.attr)
    return found


def test_every_fact_the_run_is_judged_by_is_written_by_a_component() -> None:
    """A fact the verdict (archive/runs.py) reads that no component writes would sit at its
    default and silently switch a failure check off."""
    runs = ast.parse((REPO / "iria_archive" / "archive" / "runs.py").read_text())
    read = _facts_attributes(runs, written=False) - {"pages_reached"}  # a sum of four
    written: set[str] = set()
    for path in _product_sources():
        written |= _facts_attributes(ast.parse(path.read_text("utf-8")), written=True)
    assert {"warc_failures", "robots_unreadable", "extraction_failures"} <= read
    assert read - written == set()


def test_every_run_fact_is_shown_under_its_stats_key() -> None:
    from dataclasses import fields

    from iria_archive.model.facts import _COUNTED, Fact, RunFacts

    shown = {f.name for f in fields(RunFacts)} - {"recorded", "mirror"}
    assert {name.upper() for name in shown} <= set(Fact.__members__)
    counted = set(_COUNTED.values()) | {Fact.FIRST_ERROR, Fact.FATAL}
    assert {Fact[name.upper()] for name in shown} | counted == set(Fact)
