"""Translation is by key where text is born: no module matches English back to translate it."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = sorted(
    path
    for folder in ("src", "packaging", "tests")
    for path in (ROOT / folder).rglob("*.py")
    if "generated" not in path.parts and path != Path(__file__).resolve()
)


def test_no_module_names_the_generated_label_list_or_the_report_phrasebook():
    named = [
        str(path.relative_to(ROOT))
        for path in SOURCES
        if "translatable_labels" in path.read_text(encoding="utf-8")
        or "reports.i18n" in path.read_text(encoding="utf-8")
    ]
    assert named == []
    assert not (ROOT / "src/cimicdesk/ui/translatable_labels.py").exists()
    assert not (ROOT / "src/cimicdesk/reports/i18n.py").exists()


def test_the_windows_translation_module_matches_no_patterns():
    # ui/i18n.py once compiled the English templates into regular expressions to find the
    # message an English sentence came from; it now renders the message ids it is given.
    tree = ast.parse((ROOT / "src/cimicdesk/ui/i18n.py").read_text(encoding="utf-8"))
    imported = {
        alias.name
        for node in ast.walk(tree)
        if isinstance(node, ast.Import | ast.ImportFrom)
        for alias in node.names
    } | {node.module for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)}
    assert "re" not in imported


def test_below_the_window_messages_are_built_by_key_not_formatted_in_english():
    # An error raised with an f-string or str.format() is a finished English sentence the
    # window cannot translate; errors below ui carry msg(...) instead.
    errors = {
        "CimicError",
        "FileRefusedError",
        "RecordNotFoundError",
        "ReadOnlyDatabaseError",
        "FieldError",
        "PackageRefusedError",
        "DatabaseInUseError",
        "LockFileError",
    }
    finished = []
    for path in (ROOT / "src/cimicdesk").rglob("*.py"):
        if path.parts[-2] in ("ui", "cli", "generated") or "ui" in path.parts:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            name = getattr(node.func, "id", getattr(node.func, "attr", ""))
            if name not in errors:
                continue
            # FieldError's first argument is the field's name, not text for the officer.
            for argument in node.args[1:] if name == "FieldError" else node.args:
                if isinstance(argument, ast.JoinedStr) or (
                    isinstance(argument, ast.Constant) and isinstance(argument.value, str)
                ):
                    finished.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert finished == []
