"""The dialogs behind the prompter's operations questions, filled in without exec()."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate

from cimicdesk.domain.qip import MissionSettings
from cimicdesk.ui.operation_dialogs import (
    MissionSettingsDialog,
    MomentDialog,
    TransitionAnswer,
    TransitionDialog,
)


def test_a_move_that_needs_a_note_is_not_accepted_without_one(qtbot):
    dialog = TransitionDialog(
        "Reject",
        "Reject the project?",
        default_date=date(2026, 11, 25),
        recorded_by="Capt. Rahman",
        note_required=True,
    )
    qtbot.addWidget(dialog)
    assert dialog.date_edit.maximumDate() == QDate(2026, 11, 25)  # no move in the future
    dialog._accept_if_complete()
    assert dialog.result() == 0
    assert dialog.hint.text() == "Say why: this move needs a note."
    dialog.date_edit.setDate(QDate(2026, 11, 20))
    dialog.note_edit.setPlainText("Duplicates the UNICEF latrines  ")
    dialog._accept_if_complete()
    assert dialog.result() == 1
    assert dialog.answer() == TransitionAnswer(
        date(2026, 11, 20), "Capt. Rahman", "Duplicates the UNICEF latrines"
    )


def test_the_time_dialog_answers_in_zulu(qtbot):
    dialog = MomentDialog("Flash report sent", "When?", "2026-11-25T07:17:00.000Z")
    qtbot.addWidget(dialog)
    assert dialog.edit.text() == "2026-11-25 07:17 Z"
    assert dialog.answer() == "2026-11-25T07:17:00.000Z"


def test_the_mission_rules_dialog_starts_from_the_rules_in_force(qtbot):
    dialog = MissionSettingsDialog(MissionSettings(25_000.0, 3))
    qtbot.addWidget(dialog)
    assert dialog.answer() == MissionSettings(25_000.0, 3)
    dialog.ceiling_spin.setValue(50_000)
    dialog.months_spin.setValue(6)
    assert dialog.answer() == MissionSettings(50_000.0, 6)
