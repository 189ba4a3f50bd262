"""Bring the translation catalogues up to date with the sources (run it after changing text).

    python packaging/update_translations.py          # update, then report what is untranslated
    python packaging/update_translations.py --check  # the same, exit 1 if French is incomplete

1. Writes src/cimicdesk/ui/translatable_labels.py: lupdate cannot see strings made at run
   time, so every domain label (enumerations, incident sub-types, casualty groups, IASC
   escort criteria) and every message the layers below ui show the officer (validation,
   refused files, report options) is listed there, as the window translates them:
   labels in context 'Labels' with the enumeration's name as disambiguation, messages in
   context 'Messages' as templates whose {placeholders} stand for the values.
2. Runs pyside6-lupdate over src/cimicdesk/ui (not generated/), app.py and forms/*.ui into
   resources/translations/cimicdesk_en.ts (the source catalogue) and cimicdesk_fr.ts.
3. Copies the French of the labels from cimicdesk.reports.i18n.LABELS (the one place they
   are written, shared with the PDF reports) into cimicdesk_fr.ts.

Everything else in cimicdesk_fr.ts is translated there (Qt Linguist, or any editor);
packaging/build_qt.py compiles it. Strings that vanished from the sources are dropped.
"""

from __future__ import annotations

import argparse
import ast
import inspect
import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SRC = ROOT / "src"
PACKAGE = SRC / "cimicdesk"
TS_DIR = ROOT / "resources" / "translations"
LABELS_MODULE = PACKAGE / "ui" / "translatable_labels.py"
SOURCE_LANGUAGE = "en"
TARGET_LANGUAGES = {"en": "en", "fr": "fr_FR"}

# Where the messages shown to the officer are raised, and with which exception classes.
MESSAGE_FILES = (
    "domain/*.py",
    "store/*.py",
    "reports/commands.py",
    "reports/data.py",
    "reports/layout.py",
)
MESSAGE_CALLS = {
    "FieldError",
    "GridReferenceError",
    "CimicError",
    "FileRefusedError",
    "RecordNotFoundError",
    "DatabaseInUseError",
    "LockFileError",
}
VALUE_ERROR_FILES = {"timeutil.py"}  # parse_date's message reaches the officer
# Values the messages are built with: they are written out, so French can agree with them.
EXTRA_MESSAGES = (
    "An organisation needs a name.",
    "A contact needs a name.",
    "The date paid is required (YYYY-MM-DD).",
    "The visit date is required (YYYY-MM-DD).",
    "The planned end is before the planned start.",
    "The actual end is before the actual start.",
    "Give when it happened (date and time).",
    "Give when it was reported (date and time).",
    "Give when the flash went (date and time).",
    "The date required '{value}' is not YYYY-MM-DD.",
    "The decision date '{value}' is not YYYY-MM-DD.",
    "The contact {target_id} is unknown.",
    "The organisation {target_id} is unknown.",
    "The start date: {message}",
    "The end date: {message}",
    "The handover date: {message}",
    # store.database: why a database is read-only (returned, not raised)
    "{path_name} was handed over to the next contingent and is kept read-only. Open the "
    "copy the incoming officer took over instead.",
    "{path_name} is on a disk or in a folder that cannot be written (a write-protected USB "
    "stick, a CD, a read-only share, or a read-only file), so it is open for reading only: "
    "nothing can be changed or added. To work in it, copy it to the laptop's own disk and "
    "open the copy.",
    "{path_name} is a unit file: a snapshot of a unit's database, made to be sent to "
    "headquarters, so it opens read-only (an edit here would fork the unit's records). To "
    "work with its records, import it into your database (File → Import unit files).",
    # sync.training: a unit file of the other kind (training vs real) refused by import
    "{source_name} comes from a training (exercise) database: its made-up records can never "
    "be imported into a real database. Nothing was changed.",
    "{source_name} comes from a real database, and this is a training (exercise) database: "
    "real records are kept out of exercise files. Nothing was changed.",
    "{path_name} is open in another CIMIC Desk window (or a command) on this computer, so "
    "it is open here for reading only: you see what was saved up to now, and nothing can "
    "be changed or added here. Close it there, then open it again here to work in it.",
)
IGNORED = {"naive datetime: give a timezone-aware moment"}  # a programming error, not a message
# Calls that only reshape a value: the placeholder is named after what they reshape.
_RESHAPING = {
    "lower",
    "upper",
    "strip",
    "isoformat",
    "capitalize",
    "join",
    "int",
    "str",
    "usd",
    "sorted",
    "replace",
    "float",
}


class UpdateError(RuntimeError):
    """lupdate is missing or failed."""


# --- 1. translatable_labels.py ---------------------------------------------------------


def domain_labels() -> list[tuple[str, str]]:
    """(kind, English label) of every label the window shows from below ui."""
    sys.path.insert(0, str(SRC))
    from cimicdesk.domain import enums, incident, support

    found: list[tuple[str, str]] = []
    for name, member in vars(enums).items():
        if (
            inspect.isclass(member)
            and issubclass(member, enums.LabelledEnum)
            and member is not enums.LabelledEnum
        ):
            found += [(name, m.label) for m in member]
    found += [("Subcategory", s.label) for subs in incident.SUBCATEGORIES.values() for s in subs]
    found += [("Casualty", label) for _, label in incident.CASUALTY_OUTCOMES]
    found += [("Casualty", label) for _, label in incident.CASUALTY_GROUPS]
    found += [("EscortCriterion", label) for _, label in support.ESCORT_CRITERIA]
    return list(dict.fromkeys(found))


def _placeholder(node: ast.expr) -> str:
    """A readable name for an f-string field: 'path_name', 'status_label', 'number'…"""
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        if node.attr in ("label", "name", "message") and not isinstance(node.value, ast.Call):
            base = _placeholder(node.value)
            return node.attr if base in ("self", "value") else f"{base}_{node.attr}"
        return node.attr
    if isinstance(node, ast.Call):
        func = node.func
        called = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
        if called in _RESHAPING:
            if called == "join" and node.args:
                return _placeholder(node.args[0])
            if isinstance(func, ast.Attribute) and called != "join":
                return _placeholder(func.value)
            if node.args:
                return _placeholder(node.args[0])
        return called or "value"
    if isinstance(node, ast.Subscript):
        return _placeholder(node.value)
    if isinstance(node, ast.BinOp):
        return "number"
    return "value"


def _template(node: ast.expr, constants: dict[str, object]) -> str | None:
    """The message an argument makes, with {placeholders}; None if it is not text."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if not isinstance(node, ast.JoinedStr):
        return None
    parts: list[str] = []
    names: dict[str, str] = {}  # placeholder -> the expression it stands for
    for value in node.values:
        if isinstance(value, ast.Constant):
            parts.append(str(value.value))
            continue
        assert isinstance(value, ast.FormattedValue)
        expr = value.value
        if isinstance(expr, ast.Name) and expr.id in constants:
            parts.append(str(constants[expr.id]))
            continue
        source = ast.unparse(expr)
        name = _placeholder(expr)
        while name in names and names[name] != source:
            name += "2"
        names[name] = source
        parts.append(f"{{{name}}}")
    return "".join(parts)


def domain_messages() -> list[str]:
    """Every message template raised below ui for the officer, plus EXTRA_MESSAGES."""
    found: list[str] = []
    for pattern in MESSAGE_FILES:
        for path in sorted(PACKAGE.glob(pattern)):
            tree = ast.parse(path.read_text(encoding="utf-8"))
            constants = {
                target.id: node.value.value
                for node in tree.body
                if isinstance(node, ast.Assign) and isinstance(node.value, ast.Constant)
                for target in node.targets
                if isinstance(target, ast.Name) and target.id.isupper()
            }
            calls = MESSAGE_CALLS | ({"ValueError"} if path.name in VALUE_ERROR_FILES else set())
            for node in ast.walk(tree):
                if not isinstance(node, ast.Call) or not node.args:
                    continue
                func = node.func
                called = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
                if called not in calls:
                    continue
                argument = node.args[1] if called == "FieldError" else node.args[0]
                if called == "FieldError" and len(node.args) < 2:
                    continue
                text = _template(argument, constants)
                if text and not re.fullmatch(r"\{\w+\}", text) and text not in IGNORED:
                    found.append(text)
    found += EXTRA_MESSAGES
    return list(dict.fromkeys(found))


def _literal(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def write_labels_module() -> bool:
    """Write translatable_labels.py; True when its content changed."""
    labels = domain_labels()
    messages = domain_messages()
    lines = [
        '"""Generated by packaging/update_translations.py — do not edit; run the script.',
        "",
        "What the window shows from the layers below it, for lupdate (which cannot see run-time",
        "strings): domain labels (context 'Labels', the enumeration's name as disambiguation)",
        "and the messages of validation and refusals (context 'Messages', {placeholders} for",
        'values). ui.i18n translates with them at display time."""',
        "",
        "# ruff: noqa: E501  (one message per line, as the sources write them)",
        "",
        "from __future__ import annotations",
        "",
        "from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication",
        "",
        "translate = QCoreApplication.translate",
        "",
        "# (kind, English label): the kinds ui.i18n.label_text disambiguates with.",
        "LABELS: tuple[tuple[str, str], ...] = (",
        *(f"    ({_literal(kind)}, {_literal(text)})," for kind, text in labels),
        ")",
        "",
        "MESSAGES: tuple[str, ...] = (",
        # One argument a line with a trailing comma: the layout ruff format keeps.
        *(
            f'    QT_TRANSLATE_NOOP(\n        "Messages",\n        {_literal(text)},\n    ),'
            for text in messages
        ),
        ")",
        "",
        "",
        "def _for_lupdate() -> None:  # never called: lupdate reads the disambiguated labels here",
        *(
            f'    translate(\n        "Labels",\n        {_literal(text)},\n'
            f"        {_literal(kind)},\n    )"
            for kind, text in labels
        ),
        "",
    ]
    content = "\n".join(lines)
    if LABELS_MODULE.is_file() and LABELS_MODULE.read_text(encoding="utf-8") == content:
        return False
    LABELS_MODULE.write_text(content, encoding="utf-8")
    return True


# --- 2. lupdate -------------------------------------------------------------------------


def find_lupdate() -> list[str]:
    exe_dir = Path(sys.executable).parent
    for directory in (exe_dir, exe_dir / "Scripts"):
        for name in ("pyside6-lupdate", "pyside6-lupdate.exe"):
            candidate = directory / name
            if candidate.is_file() and os.access(candidate, os.X_OK):
                return [str(candidate)]
    found = shutil.which("pyside6-lupdate")
    if found:
        return [found]
    raise UpdateError("cannot find pyside6-lupdate: install PySide6 into this environment")


def source_files() -> list[Path]:
    """What lupdate reads: the ui package (without generated/), app.py and the forms."""
    ui = PACKAGE / "ui"
    python = [p for p in sorted(ui.rglob("*.py")) if "generated" not in p.relative_to(ui).parts]
    return [*python, PACKAGE / "app.py", *sorted((ROOT / "forms").glob("*.ui"))]


def run_lupdate(ts: Path, language: str) -> str:
    TS_DIR.mkdir(parents=True, exist_ok=True)
    files = [str(p.relative_to(ROOT)) for p in source_files()]
    command = [
        *find_lupdate(),
        *files,
        "-ts",
        str(ts.relative_to(ROOT)),
        "-source-language",
        SOURCE_LANGUAGE,
        "-target-language",
        language,
        "-no-obsolete",
        "-locations",
        "relative",
    ]
    result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise UpdateError(f"lupdate failed on {ts.name}:\n{result.stderr or result.stdout}")
    return (result.stdout + result.stderr).strip()


# --- 3. the labels' French --------------------------------------------------------------


def fill_labels(ts: Path) -> int:
    """Copy reports.i18n.LABELS into the French catalogue's 'Labels' context."""
    from cimicdesk.reports.i18n import LABELS

    tree = ET.parse(ts)
    changed = 0
    for context in tree.getroot().iter("context"):
        if context.findtext("name") != "Labels":
            continue
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            kind = message.findtext("comment") or ""
            french = LABELS.get(kind, {}).get(source)
            translation = message.find("translation")
            if french is None or translation is None:
                continue
            if translation.text != french or translation.get("type"):
                translation.text = french
                translation.attrib.pop("type", None)
                changed += 1
    if changed:
        tree.write(ts, encoding="utf-8", xml_declaration=True)
    return changed


def unfinished(ts: Path) -> list[tuple[str, str]]:
    """(context, source) of every message with no finished translation."""
    missing = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if (
                translation is None
                or translation.get("type") == "unfinished"
                or not (translation.text or translation.findall("numerusform"))
            ):
                missing.append((name, message.findtext("source") or ""))
    return missing


def count_messages(ts: Path) -> int:
    return sum(1 for _ in ET.parse(ts).getroot().iter("message"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--check", action="store_true", help="exit 1 when a French string is left untranslated"
    )
    args = parser.parse_args(argv)
    try:
        if write_labels_module():
            print(f"wrote {LABELS_MODULE.relative_to(ROOT).as_posix()}")
        for code, language in TARGET_LANGUAGES.items():
            ts = TS_DIR / f"cimicdesk_{code}.ts"
            print(run_lupdate(ts, language))
            if code == "fr" and fill_labels(ts):
                run_lupdate(ts, language)  # back to lupdate's own layout
    except UpdateError as exc:
        print(f"update_translations: error: {exc}", file=sys.stderr)
        return 1
    french = TS_DIR / "cimicdesk_fr.ts"
    missing = unfinished(french)
    print(f"{french.name}: {count_messages(french)} strings, {len(missing)} untranslated")
    for context, source in missing[:40]:
        print(f"  {context}: {source[:90]!r}")
    if len(missing) > 40:
        print(f"  … and {len(missing) - 40} more")
    return 1 if args.check and missing else 0


if __name__ == "__main__":
    sys.exit(main())
