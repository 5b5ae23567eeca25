"""CI cannot pass having run nothing real (issue 19, item 11).

Each real component the tests drive is hidden from a real pytest run in a subprocess:
WordPress's programs by a PATH without them, Chromium by naming a binary that is not
there. With `CI` set the run fails, naming the component; without it the tests skip and
the summary says which components were not run.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO

SUMMARY = "real components not run here (CI fails without them): "


def pytest_run(test_file: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    base = {k: v for k, v in os.environ.items() if k != "CI" and not k.startswith("PYTEST_")}
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-n", "0", "-p", "no:cacheprovider", test_file],
        capture_output=True,
        text=True,
        cwd=REPO,
        env=base | env,
        timeout=600,
    )


@pytest.fixture
def no_programs(tmp_path: Path) -> dict[str, str]:
    """A PATH where php, mariadbd and the rest are not found."""
    empty = tmp_path / "bin"
    empty.mkdir()
    return {"PATH": str(empty)}


WORDPRESS_REASON = (
    "WordPress: php is not installed (apt-get install php-cli php-mysql mariadb-server)"
)


def test_missing_wordpress_fails_ci(no_programs: dict[str, str]) -> None:
    result = pytest_run("tests/test_wordpress.py", no_programs | {"CI": "true"})
    assert result.returncode == 1, result.stdout
    assert f"real component missing: {WORDPRESS_REASON} (CI runs every real component)" in (
        result.stdout
    )
    assert "skipped" not in result.stdout.splitlines()[-1]


def test_missing_wordpress_skips_locally_and_says_so(no_programs: dict[str, str]) -> None:
    result = pytest_run("tests/test_wordpress.py", no_programs)
    assert result.returncode == 0, result.stdout
    assert SUMMARY + WORDPRESS_REASON in result.stdout.splitlines()


def test_missing_chromium_fails_ci(tmp_path: Path) -> None:
    absent = tmp_path / "chromium"
    result = pytest_run("tests/test_browser.py", {"IRIA_TEST_CHROMIUM": str(absent), "CI": "1"})
    assert result.returncode == 2, result.stdout  # a collection error: pytest's "interrupted"
    assert f"real component missing: Chromium: no {absent} (apt-get install chromium)" in (
        result.stdout
    )


def test_missing_chromium_skips_locally_and_says_so(tmp_path: Path) -> None:
    absent = tmp_path / "chromium"
    result = pytest_run("tests/test_browser.py", {"IRIA_TEST_CHROMIUM": str(absent)})
    # 5: the only module was skipped whole, so no test ran (the full suite exits 0).
    assert result.returncode == 5, result.stdout
    assert result.stdout.splitlines()[-1].startswith("1 skipped in ")
    line = SUMMARY + f"Chromium: no {absent} (apt-get install chromium)"
    assert line in result.stdout.splitlines()


def test_ci_script_sets_ci() -> None:
    """.ci/run says it is CI even when its caller did not."""
    script = (REPO / ".ci" / "run").read_text()
    assert 'export CI="${CI:-true}"' in script.splitlines()
