"""Bring the translation catalogues up to date with the sources (run it after changing text).

    python packaging/update_translations.py          # update, then report what is untranslated
    python packaging/update_translations.py --check  # the same, exit 1 if French is incomplete

1. Extracts every message of the layers below the window with pybabel's extractor (the
   keywords of cimicdesk.i18n.message: msg, msg_n, msg_p) and every label of the doctrine's
   lists (context: the enumeration's name) into src/cimicdesk/i18n/locale/cimicdesk.pot,
   and brings the French catalogue (fr/LC_MESSAGES/cimicdesk.po) up to date with it
   (no fuzzy guesses: a changed message is untranslated until someone translates it).
2. Runs pyside6-lupdate over src/cimicdesk/ui (not generated/), app.py and forms/*.ui into
   resources/translations/cimicdesk_en.ts (its plural forms filled in from '(s)' and
   '(y|ies)' in the source) and cimicdesk_fr.ts.

The French is written in the .po (any PO editor) and cimicdesk_fr.ts (Qt Linguist, or any
editor); packaging/build_qt.py compiles both. Strings that vanished from the sources are dropped.
"""

from __future__ import annotations

import argparse
import inspect
import io
import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir
from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parent.parent
SRC = ROOT / "src"
PACKAGE = SRC / "cimicdesk"
TS_DIR = ROOT / "resources" / "translations"
SOURCE_LANGUAGE = "en"
TARGET_LANGUAGES = {"en": "en", "fr": "fr_FR"}

LOCALE_DIR = PACKAGE / "i18n" / "locale"
DOMAIN = "cimicdesk"
TEMPLATE = LOCALE_DIR / f"{DOMAIN}.pot"
# The keywords of cimicdesk.i18n.message: msg(text), msg_n(singular, plural), msg_p(ctx, text).
KEYWORDS = {"msg": None, "msg_n": (1, 2), "msg_p": ((1, "c"), 2)}
# The window speaks through Qt's tr (lupdate); everything else through the gettext catalogue.
METHOD_MAP = [("ui/**.py", "ignore"), ("**.py", "python")]


class UpdateError(RuntimeError):
    """lupdate is missing or failed."""


# --- 1. the gettext catalogue below the window --------------------------------------------


def domain_labels() -> list[tuple[str, str]]:
    """(kind, English label) of every label shown from below ui: the kind is the context."""
    sys.path.insert(0, str(SRC))
    from cimicdesk.domain import enums, geo, incident, support
    from cimicdesk.domain.relative_place import COMPASS_KIND

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
    found += [(COMPASS_KIND, point.value) for point in geo.CompassPoint]
    return list(dict.fromkeys(found))


def extract() -> Catalog:
    """Every message of the layers below ui (pybabel's extractor) and every label."""
    template = Catalog(project="CIMIC Desk", domain=DOMAIN, charset="utf-8", fuzzy=False)
    for filename, lineno, message, comments, context in extract_from_dir(
        str(PACKAGE), METHOD_MAP, keywords=KEYWORDS, comment_tags=("TRANSLATORS:",)
    ):
        template.add(
            message,
            None,
            [(f"src/cimicdesk/{filename}", lineno)],
            auto_comments=comments,
            context=context,
        )
    for kind, text in domain_labels():
        template.add(text, None, context=kind, auto_comments=["A label: " + kind])
    return template


def _write_po(path: Path, catalogue: Catalog) -> bool:
    """Write a catalogue (no dates, widths or line numbers that churn); True if it changed."""
    buffer = io.BytesIO()
    write_po(
        buffer,
        catalogue,
        width=0,
        omit_header=False,
        sort_output=True,
        include_lineno=False,
        ignore_obsolete=True,
    )
    content = re.sub(rb'"(POT-Creation|PO-Revision)-Date: [^"]*"\n', b"", buffer.getvalue())
    if path.is_file() and path.read_bytes() == content:
        return False
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content)
    return True


def update_catalogues() -> list[Path]:
    """Write the template and bring each language's .po up to date with it."""
    template = extract()
    written = [TEMPLATE] if _write_po(TEMPLATE, template) else []
    for code in TARGET_LANGUAGES:
        if code == SOURCE_LANGUAGE:
            continue
        po = catalogue_path(code)
        if po.is_file():
            with po.open("rb") as handle:
                catalogue = read_po(handle, locale=TARGET_LANGUAGES[code])
        else:
            catalogue = Catalog(locale=TARGET_LANGUAGES[code], domain=DOMAIN)
        # No fuzzy matching: a guessed translation of a changed message reads as finished.
        catalogue.update(template, no_fuzzy_matching=True, update_header_comment=False)
        _describe(catalogue, code)
        if _write_po(po, catalogue):
            written.append(po)
    return written


# gettext's classic French rule (0 and 1 singular), not CLDR's three forms: two msgstr a
# plural, as PO editors and translators expect.
PLURAL_FORMS = {"fr": "nplurals=2; plural=(n > 1);"}


def _describe(catalogue: Catalog, code: str) -> None:
    """The catalogue's header: ours, not Babel's placeholders."""
    catalogue.project = "CIMIC Desk"
    catalogue.version = "0.1"
    catalogue.copyright_holder = "CIMIC Desk"
    catalogue.msgid_bugs_address = ""
    catalogue.last_translator = "CIMIC Desk"
    catalogue.language_team = f"{code}"
    catalogue.fuzzy = False
    catalogue.header_comment = (
        f"# {code} translation of the messages of CIMIC Desk below the window.\n"
        "# Edit msgstr here (any PO editor); packaging/update_translations.py keeps ids current."
    )
    if code in PLURAL_FORMS:
        catalogue.mime_headers = [("Plural-Forms", PLURAL_FORMS[code])]


def catalogue_path(code: str) -> Path:
    return LOCALE_DIR / code / "LC_MESSAGES" / f"{DOMAIN}.po"


def untranslated_messages(code: str) -> list[tuple[str, str]]:
    """(context, id) of every message of the catalogue with no finished translation."""
    with catalogue_path(code).open("rb") as handle:
        catalogue = read_po(handle)
    missing = []
    for message in catalogue:
        if not message.id:
            continue
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        if message.fuzzy or not all(strings):
            shown = message.id[0] if isinstance(message.id, tuple) else message.id
            missing.append((message.context or "", shown))
    return missing


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


# The window's plural forms ('%Ln record(s)') are written in the source with the English
# alternatives inline: '(s)' for a regular plural, '(y|ies)' for another ending.
_ALTERNATIVES = re.compile(r"\((\w*)\|(\w*)\)")
_REGULAR = re.compile(r"\(s\)")


def english_plural_forms(source: str) -> tuple[str, str]:
    """('%Ln record', '%Ln records') of '%Ln record(s)'."""
    one = _REGULAR.sub("", _ALTERNATIVES.sub(r"\1", source))
    many = _REGULAR.sub("s", _ALTERNATIVES.sub(r"\2", source))
    return one, many


def fill_english_plurals(ts: Path) -> int:
    """Write the English numerus forms of every plural message (Qt has no source plural)."""
    tree = ET.parse(ts)
    changed = 0
    for message in tree.getroot().iter("message"):
        if message.get("numerus") != "yes":
            continue
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        forms = english_plural_forms(message.findtext("source") or "")
        if [f.text for f in translation.findall("numerusform")] == list(forms) and not (
            translation.get("type")
        ):
            continue
        for old in list(translation):
            translation.remove(old)
        translation.attrib.pop("type", None)
        translation.text = None
        for form in forms:
            ET.SubElement(translation, "numerusform").text = form
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
        for path in update_catalogues():
            print(f"wrote {path.relative_to(ROOT).as_posix()}")
        for code, language in TARGET_LANGUAGES.items():
            ts = TS_DIR / f"cimicdesk_{code}.ts"
            print(run_lupdate(ts, language))
            if code == SOURCE_LANGUAGE and fill_english_plurals(ts):
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
    below = untranslated_messages("fr")
    print(f"{catalogue_path('fr').relative_to(ROOT).as_posix()}: {len(below)} untranslated")
    for context, source in below[:40]:
        print(f"  {context or '-'}: {source[:90]!r}")
    if len(below) > 40:
        print(f"  … and {len(below) - 40} more")
    return 1 if args.check and (missing or below) else 0


if __name__ == "__main__":
    sys.exit(main())
