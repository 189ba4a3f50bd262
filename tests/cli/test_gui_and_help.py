"""No command opens the window through app.run; help texts name what an officer needs."""

import importlib
import os
import subprocess
import sys
import tomllib
import types
from pathlib import Path

import pytest

import cimicdesk
from cimicdesk.cli import main
from cimicdesk.cli import reports as cli_reports
from cimicdesk.reports import sitrep_annexes

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def fake_app(monkeypatch):
    """A stand-in for cimicdesk.app that records what run() was given."""
    calls: list[list[str] | None] = []
    module = types.ModuleType("cimicdesk.app")

    def run(argv=None):
        calls.append(argv)
        return 7

    module.run = run
    monkeypatch.setitem(sys.modules, "cimicdesk.app", module)
    monkeypatch.setattr(cimicdesk, "app", module, raising=False)
    return calls


@pytest.mark.parametrize(
    ("argv", "passed"),
    [
        ([], []),
        (["--db", "bn1.sqlite"], ["--db", "bn1.sqlite"]),
        (["--data-dir", "/media/usb"], ["--data-dir", "/media/usb"]),
        (["gui"], []),
        (["gui", "--db", "bn1.sqlite"], ["--db", "bn1.sqlite"]),
    ],
)
def test_the_window_gets_the_remaining_arguments(fake_app, argv, passed):
    assert main(argv) == 7
    assert fake_app == [passed]


def test_commands_do_not_start_the_window(fake_app, tmp_path):
    assert main(["check", str(tmp_path / "none.sqlite")]) == 2
    assert fake_app == []


def test_without_qt_the_window_says_so(monkeypatch, capsys):
    monkeypatch.delitem(sys.modules, "cimicdesk.app", raising=False)
    monkeypatch.delattr(cimicdesk, "app", raising=False)
    monkeypatch.setitem(sys.modules, "PySide6", None)  # importing it now fails, as if absent
    assert main([]) == 2
    err = capsys.readouterr().err
    assert err.startswith("cimicdesk: error: the program window needs Qt for Python (PySide6)")
    assert "init, seed and check work without it" in err


def test_help_lists_the_commands_and_the_window_options(capsys):
    assert main(["--help"]) == 0
    out = capsys.readouterr().out
    for words in ("init", "seed", "check", "gui", "--db FILE", "--data-dir DIR"):
        assert words in out


@pytest.mark.parametrize(
    ("command", "words"),
    [
        (
            "init",
            [
                "--unit NAME",
                "--level LEVEL",
                "battalion, sector (Sector HQ) or fhq",
                "never overwritten",
            ],
        ),
        (
            "seed",
            [
                "--entries N",
                "--seed S",
                "--start YYYY-MM-DD",
                "--days DAYS",
                "same seed",
                "training database",
                "A real database is refused",
            ],
        ),
        ("check", ["without changing it", "Exit code 0", "2"]),
    ],
)
def test_each_command_explains_itself(capsys, command, words):
    assert main([command, "--help"]) == 0
    out = " ".join(capsys.readouterr().out.split())  # argparse wraps lines
    for word in words:
        assert word in out, word


def test_version(capsys):
    assert main(["--version"]) == 0
    assert capsys.readouterr().out.strip() == f"cimicdesk {cimicdesk.__version__}"


def test_an_unknown_command_is_refused(capsys):
    assert main(["frobnicate"]) == 2
    assert "invalid choice: 'frobnicate'" in capsys.readouterr().err


def test_the_installed_command_runs_the_same_main():
    """pyproject's console script names a main that exists (cli is a package now)."""
    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["scripts"]
    module, _, name = scripts["cimicdesk"].partition(":")
    assert getattr(importlib.import_module(module), name) is main


def test_a_command_loads_the_report_writers_only_when_it_writes_a_report():
    # Every command builds the whole parser: it must not import reportlab, the report
    # modules or the demo word lists (a quarter of a second of each command's start).
    probe = (
        "import sys; from cimicdesk.cli import build_parser; build_parser(); "
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'reportlab' "
        "or m.startswith(('cimicdesk.reports.', 'cimicdesk.demo'))))"
    )
    source = str(Path(cimicdesk.__file__).resolve().parents[1])  # this tree's src
    env = {**os.environ, "PYTHONPATH": source}
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, env=env
    )
    # Only the annexes' keys (a module of one tuple, reports/annex_keys.py).
    assert done.stdout.strip() == "['cimicdesk.reports.annex_keys']"
    # The annexes the sitrep command offers are the ones the sitrep prints.
    assert cli_reports.ANNEXES == sitrep_annexes.ANNEXES
