"""Serve the archive with Datasette, with the project's metadata."""

from __future__ import annotations

import json
import tempfile
from importlib.resources import files
from pathlib import Path
from typing import Any

import yaml

SETTINGS = {
    "sql_time_limit_ms": 3000,
    "max_returned_rows": 1000,
    "facet_time_limit_ms": 500,
}


def archive_metadata(db_path: str) -> dict[str, Any]:
    """The repo's Datasette metadata, keyed by the database name Datasette will use."""
    metadata = yaml.safe_load(files("iria_archive").joinpath("metadata.yml").read_text("utf-8"))
    metadata["databases"] = {Path(db_path).stem: metadata["databases"]["archive"]}
    return metadata


def serve_archive(db_path: str, host: str = "127.0.0.1", port: int = 8001) -> None:
    """Run Datasette on the archive until interrupted."""
    from datasette.cli import cli as datasette_cli

    with tempfile.TemporaryDirectory() as tmp:
        metadata_file = Path(tmp, "metadata.json")
        metadata_file.write_text(json.dumps(archive_metadata(db_path)), "utf-8")
        args = [
            "serve",
            db_path,
            "--metadata",
            str(metadata_file),
            "--host",
            host,
            "--port",
            str(port),
        ]
        for name, value in SETTINGS.items():
            args += ["--setting", name, str(value)]
        datasette_cli.main(args=args, prog_name="iria-archive serve")
