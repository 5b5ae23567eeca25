"""Serve the archive with Datasette, with the project's metadata and plugin."""

from __future__ import annotations

import json
import sqlite3
import tempfile
from importlib.resources import files
from pathlib import Path
from typing import Any

import yaml

# Datasette reads only; these bound what one visitor's request can cost.
SETTINGS: dict[str, Any] = {
    "sql_time_limit_ms": 3000,
    "max_returned_rows": 1000,
    "facet_time_limit_ms": 500,
}
# For publishing: no arbitrary SQL and no database download; canned queries, table
# views and their JSON/CSV/Atom exports keep working.
PUBLIC_SETTINGS: dict[str, Any] = {
    **SETTINGS,
    "default_allow_sql": False,
    "allow_download": False,
}


def archive_metadata(db_path: str) -> dict[str, Any]:
    """The repo's Datasette metadata, keyed by the database name Datasette will use."""
    metadata = yaml.safe_load(files("iria_archive").joinpath("metadata.yml").read_text("utf-8"))
    metadata["databases"] = {Path(db_path).stem: metadata["databases"]["archive"]}
    return metadata


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


def serve_archive(
    db_path: str, host: str = "127.0.0.1", port: int = 8001, public: bool = False
) -> None:
    """Run Datasette on the archive (or, `public`, on a snapshot of it) until interrupted."""
    from datasette.cli import cli as datasette_cli

    with tempfile.TemporaryDirectory(prefix="iria-archive-") as tmp:
        metadata_file = Path(tmp, "metadata.json")
        metadata_file.write_text(json.dumps(archive_metadata(db_path)), "utf-8")
        if public:
            database = ["-i", str(snapshot_archive(db_path, tmp))]
        else:
            database = [db_path]
        args = ["serve", *database, "--metadata", str(metadata_file)]
        args += ["--host", host, "--port", str(port)]
        for name, value in archive_settings(public).items():
            args += ["--setting", name, json.dumps(value)]  # 3000, true, false
        datasette_cli.main(args=args, prog_name="iria-archive serve")
