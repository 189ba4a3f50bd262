"""When Qt cannot start (no display, a missing system library) the window says so in one line."""

import os
import subprocess
import sys

from robust_support import CHILD_PATH

from cimicdesk.ui import display_check

NO_SUCH = ("libxcb-nosuch-cimicdesk.so.9", "libxcb-nosuch-cimicdesk9")


def _without_display() -> dict[str, str]:
    env = {**os.environ, "PYTHONPATH": CHILD_PATH}
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        env.pop(name, None)
    return env


def test_without_a_display_the_window_says_so_and_exits_2(tmp_path):
    data = tmp_path / "data"
    done = subprocess.run(
        [sys.executable, "-m", "cimicdesk", "--data-dir", str(data)],
        env=_without_display(),
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 2, done.stderr
    lines = done.stderr.splitlines()
    assert len(lines) == 1, done.stderr
    assert lines[0].startswith("cimicdesk: error: no display:")
    assert "QT_QPA_PLATFORM=offscreen" in lines[0]
    assert "Traceback" not in done.stderr and "core dumped" not in done.stderr
    assert not data.exists()  # nothing was created


def test_the_gui_command_says_the_same(tmp_path):
    done = subprocess.run(
        [sys.executable, "-m", "cimicdesk", "gui", "--db", str(tmp_path / "none.sqlite")],
        env={**_without_display(), "QT_QPA_PLATFORM": "xcb"},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 2
    assert done.stderr.startswith("cimicdesk: error: no display:")
    assert len(done.stderr.splitlines()) == 1


def test_a_missing_library_is_named_with_its_debian_package():
    problem = display_check.startup_problem(
        {"DISPLAY": ":0"}, libraries=[("libc.so.6", "libc6"), NO_SUCH], platform="linux"
    )
    assert problem is not None
    text = str(problem)
    assert "libxcb-nosuch-cimicdesk.so.9" in text
    assert "sudo apt install libxcb-nosuch-cimicdesk9" in text
    assert "libc6" not in text  # what loads is not named


def test_the_libraries_qt_needs_are_found_here():
    assert display_check.missing_libraries([("libc.so.6", "libc6"), NO_SUCH]) == [NO_SUCH]
    assert display_check.missing_libraries() == []  # this machine runs the window tests


def test_offscreen_wayland_and_other_systems_need_no_check():
    bad = [NO_SUCH]
    check = display_check.startup_problem
    assert check({"QT_QPA_PLATFORM": "offscreen"}, bad, "linux") is None
    assert check({"WAYLAND_DISPLAY": "wayland-0"}, bad, "linux") is None
    assert check({"QT_QPA_PLATFORM": "wayland", "DISPLAY": ":0"}, bad, "linux") is None
    assert check({}, bad, "win32") is None
    assert check({"QT_QPA_PLATFORM": "xcb", "DISPLAY": ":0"}, bad, "linux") is not None
    assert str(check({"QT_QPA_PLATFORM": "xcb:foo"}, bad, "linux")).startswith("no display")
