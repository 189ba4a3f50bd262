"""The catalogue below the window: every message id and label has French, with the same
placeholders, and rendering never translates what an officer typed."""

from __future__ import annotations

import importlib.util
import string
from datetime import date
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

from cimicdesk.domain.enums import OrgType, QipStatus
from cimicdesk.i18n.catalogue import texts
from cimicdesk.i18n.message import Money, msg, msg_n

ROOT = Path(__file__).resolve().parent.parent
FRENCH_PO = ROOT / "src/cimicdesk/i18n/locale/fr/LC_MESSAGES/cimicdesk.po"


def _update_translations():
    spec = importlib.util.spec_from_file_location(
        "update_translations", ROOT / "packaging" / "update_translations.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def _french():
    with FRENCH_PO.open("rb") as handle:
        return read_po(handle)


def test_every_message_and_label_in_the_sources_has_a_finished_french_translation():
    french = _french()
    missing = []
    for message in _update_translations().extract():
        if not message.id:
            continue
        found = french.get(message.id, context=message.context)
        strings = (
            ()
            if found is None
            else (found.string if isinstance(found.string, tuple) else (found.string,))
        )
        if found is None or found.fuzzy or not strings or not all(strings):
            missing.append((message.context, message.id))
    assert missing == []


def test_every_french_translation_keeps_the_placeholders_of_its_english():
    wrong = []
    for message in _french():
        if not message.id:
            continue
        ids = message.id if isinstance(message.id, tuple) else (message.id,)
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        wanted = set().union(*(_fields(text) for text in ids))
        for text in strings:
            # A singular may leave out {n} ('un fichier'); nothing else may differ.
            if _fields(text) - wanted or (wanted - {"n"}) - _fields(text):
                wrong.append((ids[0], text))
    assert wrong == []


def test_an_officers_text_in_a_message_is_never_translated():
    # "Media" is an organisation type's label, and here the name an officer gave.
    message = msg("The organisation {name} is unknown.", name="Media")
    assert "Media" in texts("fr").render(message)
    assert texts("fr").render("Action: nothing yet") == "Action: nothing yet"


def test_labels_numbers_amounts_dates_and_plurals_follow_the_language():
    french, english = texts("fr"), texts("en")
    assert french.label(OrgType.MEDIA) == "Médias"
    assert english.label(QipStatus.APPROVED) == "Approved"
    assert english.money(12500) == "USD 12,500"
    assert french.money(12500.5).startswith("12\u202f500,50")
    assert french.date(date(2026, 11, 23)) == "23 nov. 2026"
    assert english.date(date(2026, 11, 23)) == "23 Nov 2026"
    assert str(msg("{amount} on {day}", amount=Money(3), day=date(2026, 1, 2))) == (
        "USD 3 on 2 Jan 2026"
    )
    assert str(msg_n("{n} file", "{n} files", 1)) == "1 file"
    assert str(msg_n("{n} file", "{n} files", 2)) == "2 files"
    # Plural rules: 0 takes the singular in French, the plural in English.
    bad = msg_n(
        "{name} has {n} bad line, so nothing of it was imported: {problems}.",
        "{name} has {n} bad lines, so nothing of it was imported: {problems}.",
        0,
        name="a.jsonl",
        problems="",
    )
    assert "0 ligne incorrecte," in french.render(bad)
    assert "0 bad lines," in english.render(bad)


def test_a_language_not_offered_is_refused_by_name():
    with pytest.raises(ValueError, match="de"):
        texts("de")
