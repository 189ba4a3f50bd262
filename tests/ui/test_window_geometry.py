"""The window remembers its size, place, maximised state, splitters and column widths per
screen, restores them fitted to the screen, and a fresh start fits a 1366×768 laptop."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QRect

from cimicdesk.ui import window_geometry

HERE = Path(__file__).parent


def _inside(rect: QRect, available: QRect) -> bool:
    return available.contains(rect.topLeft()) and available.contains(rect.bottomRight())


def test_fitted_and_fresh_keep_a_rectangle_inside_the_available_area():
    available = QRect(0, 0, 1366, 728)
    rect = window_geometry.fitted(QRect(-300, 500, 2000, 900), available)
    assert _inside(rect, available) and rect.width() <= 1366 - window_geometry.FRAME_WIDTH
    assert window_geometry.fitted(QRect(40, 36, 1000, 600), available) == QRect(40, 36, 1000, 600)
    fresh = window_geometry.fresh(available)
    assert _inside(fresh, available) and fresh.height() <= 728 - window_geometry.FRAME_HEIGHT
    assert fresh.width() == window_geometry.PREFERRED_WIDTH


def test_the_window_on_a_1366_by_768_screen(tmp_path):
    """Runs laptop_window_cases.py (real windows, pytest-qt) on a 1366×768 offscreen screen."""
    config = tmp_path / "screen.json"
    screen = {"name": "LAPTOP", "x": 0, "y": 0, "width": 1366, "height": 768}
    config.write_text(json.dumps({"screens": [{**screen, "logicalDpi": 96, "dpr": 1}]}))
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}"}
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            "-p",
            "no:xdist",
            str(HERE / "laptop_window_cases.py"),
        ],
        capture_output=True,
        text=True,
        env=env,
        cwd=HERE.parent.parent,
        timeout=110,
        check=False,
    )
    assert done.returncode == 0, done.stdout[-4000:] + done.stderr[-2000:]
    assert re.search(r"\b8 passed\b", done.stdout), done.stdout[-2000:]
