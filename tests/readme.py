"""The README's tables, read as data: what the documentation says, for tests to hold
the code to it."""

from __future__ import annotations

from tests.conftest import REPO


def readme_table(heading: str) -> list[list[str]]:
    """The rows (cells stripped, backticks dropped) of the first table under `heading`."""
    lines = (REPO / "README.md").read_text("utf-8").splitlines()
    start = lines.index(heading)
    rows: list[list[str]] = []
    for line in lines[start + 1 :]:
        if line.startswith("#"):
            break
        if line.startswith("|"):
            rows.append([cell.strip().strip("`") for cell in line.strip("|").split("|")])
        elif rows:
            break
    assert rows, f"no table under {heading!r} in the README"
    return rows[2:]  # past the header and its |---| line


def documented_columns() -> list[dict[str, str]]:
    """The README's table of `articles` columns, one dict per row, by header."""
    names = ["column", "type", "exported", "kept", "meaning"]
    return [dict(zip(names, row, strict=True)) for row in readme_table("### Columns of `articles`")]


def documented_export_columns() -> list[str]:
    """The export's default columns as the README documents them, in order."""
    return [row["column"] for row in documented_columns() if row["exported"] == "yes"]
