"""The window in French shows what the store refuses and what validation finds in French:
the error dialogs, the messages under the fields, the page's read-only notice and the
reasons a move is refused carry no English sentence, and the officer's text as typed."""

from __future__ import annotations

import re

import pytest
from ops_support import TO_APPROVED, make_qip, move
from PySide6.QtCore import Qt

from cimicdesk.app import build_main_window
from cimicdesk.domain.enums import QipStatus
from cimicdesk.store import qips
from cimicdesk.store.database import in_use_reason, open_read_only
from cimicdesk.ui import i18n

WORD = re.compile(r"[A-Za-z]+")


@pytest.fixture
def french(qapp):
    assert i18n.install("fr") == "fr"
    yield
    i18n.uninstall()


def english_runs(shown: str, english: str, *typed: str, length: int = 3) -> list[str]:
    """Runs of `length` words of the English text still in what was shown; the texts the
    officer typed (`typed`) are shown as typed and left out."""
    for text in typed:
        english = english.replace(text, "|")
    words = WORD.findall(english)
    runs = {" ".join(words[i : i + length]) for i in range(len(words) - length + 1)}
    flat = f" {' '.join(WORD.findall(shown))} "
    return sorted(run for run in runs if f" {run} " in flat)


def test_a_store_refusal_reads_french_in_the_error_dialog(
    french, open_window, store, prompter, tmp_path
):
    qip = make_qip(store)
    window = open_window()
    page = window.show_page("qips")
    page.open_record(qip.id)
    page.editor.add_visit()
    page.save_record()
    notes = tmp_path / "Media notes.txt"  # a file named as the officer named it
    notes.write_text("not a photo")
    prompter.photo_path = notes
    assert not page.add_photo()
    [(_, title, shown)] = prompter.questions("error")
    assert title == "Photo non ajoutée"
    assert shown == (
        "«\u00a0Media notes.txt\u00a0» n'est pas une photo\u00a0: choisissez un fichier JPEG, "
        "PNG ou une autre image."
    )
    english = "'Media notes.txt' is not a photo: choose a JPEG, PNG or other image file."
    assert english_runs(shown, english, "Media notes.txt") == []


def test_the_reason_a_file_is_read_only_reads_french_on_the_page(
    french, qtbot, db_path, store, prompter
):
    store.close()
    opened = open_read_only(db_path, in_use_reason(db_path))  # another window writes it
    window = build_main_window(opened, prompter)
    qtbot.addWidget(window)
    try:
        page = window.show_page("contacts")
        shown = page.message_label.text()
        assert shown.startswith(
            "bn1.sqlite est ouvert dans une autre fenêtre de CIMIC Desk (ou par une commande)"
        )
        assert english_runs(shown, str(opened.read_only_reason())) == []
        assert not page.save_button.isEnabled()
    finally:
        window.close()
        opened.close()


def test_validation_errors_read_french_under_their_fields(french, window, store, qtbot):
    page = window.show_page("contacts")
    ui = page.editor.ui
    qtbot.keyClicks(ui.phonesEdit, "Media")  # the officer's words, never translated
    qtbot.keyClicks(ui.emailEdit, "marie@")
    qtbot.keyClicks(ui.gridEdit, "99P TM 12345 67890")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    shown = {field: page.editor.error_text(field) for field in ("name", "phones", "email", "grid")}
    assert shown == {
        "name": "Un contact doit avoir un nom.",
        "phones": "Numéro de téléphone invalide\u00a0: Media (chiffres, espaces, + - ( ))",
        "email": "«\u00a0marie@\u00a0» n'est pas une adresse électronique (nom@domaine).",
        "grid": "La zone 99 n'existe pas\u00a0: les zones vont de 1 à 60.",
    }
    english = {
        "name": "A contact needs a name.",
        "phones": "Not a phone number: Media (digits, spaces, + - ( ))",
        "email": "'marie@' is not an e-mail address (name@domain).",
        "grid": "Zone 99 does not exist: zones run from 1 to 60.",
    }
    assert {field: english_runs(shown[field], english[field]) for field in shown} == {
        field: [] for field in shown
    }


def test_every_reason_a_move_is_refused_reads_french(french, open_window, store):
    qip = move(store, make_qip(store), *TO_APPROVED[:-1])  # no partner, no approved budget
    window = open_window()
    page = window.show_page("qips")
    page.open_record(qip.id)
    tip = page.editor.transition_buttons[QipStatus.APPROVED].toolTip()
    assert "Un partenaire d'exécution est requis avant que le projet passe à" in tip
    assert "Indiquez le budget approuvé." in tip
    reasons = qips.transitions_available(store, qips.get_qip(store, qip.id))
    english = " ".join(str(r) for to, found in reasons if to is QipStatus.APPROVED for r in found)
    assert "Give the budget approved." in english
    assert english_runs(tip, english) == []
