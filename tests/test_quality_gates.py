"""The house rules run with the tests: ruff, import-linter's layer contracts, no network code."""

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _tool(name: str) -> str:
    found = Path(sys.executable).parent / name
    return str(found) if found.exists() else shutil.which(name) or name


def test_ruff_finds_nothing():
    result = subprocess.run(
        [_tool("ruff"), "check", "src", "tests", "packaging"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_layers_and_qt_boundaries_hold():
    result = subprocess.run(
        [_tool("lint-imports"), "--no-cache"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Contracts: 3 kept, 0 broken." in result.stdout


def test_no_module_reaches_for_the_network():
    forbidden = (
        "import socket",
        "import urllib.request",
        "import requests",
        "import http.client",
        "from urllib.request",
        "QNetworkAccessManager",
    )
    offenders = [
        f"{path.relative_to(ROOT)}: {word}"
        for path in (ROOT / "src").rglob("*.py")
        if "generated" not in path.parts
        for word in forbidden
        if word in path.read_text(encoding="utf-8")
    ]
    assert offenders == []


@pytest.mark.slow
def test_the_non_gui_loop_leaves_out_every_widget_test():
    """`pytest -m "not gui"` (README) selects no test under tests/ui."""
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "--collect-only", "-q", "-m", "not gui", "tests/ui"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 5, result.stdout + result.stderr  # 5: no test selected
    assert "deselected" in result.stdout
