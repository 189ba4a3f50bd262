"""The liaison editor's 'Significant' check box: ticked, saved, read back, and shown again."""

from __future__ import annotations

from PySide6.QtCore import Qt
from scripted_prompter import make_contact, make_entry

from cimicdesk.store import liaison, synced


def test_ticking_significant_saves_it_as_a_clocked_edit(open_window, store, qtbot):
    marie = make_contact(store, "Marie Ndoumba")
    entry = make_entry(store, contacts=[marie], purpose="Coordination meeting, water")
    window = open_window()
    page = window.show_page("liaison")
    ui = page.editor.ui
    assert page.editor.record_id == entry.id
    assert ui.significantCheck.text() == ("Signi&ficant — its own paragraph in the sitrep")
    assert not ui.significantCheck.isChecked()
    qtbot.mouseClick(ui.significantCheck, Qt.MouseButton.LeftButton)
    assert page.is_dirty()
    window.save_action.trigger()
    assert not page.is_dirty()
    stored = liaison.get_liaison(store, entry.id)
    assert stored.significant is True and stored.purpose == entry.purpose
    row = synced.fetch_row(store, "liaison_entries", entry.id)
    assert row["significant"] == 1
    clock = synced.row_clock(row, type(stored))
    assert clock["significant"][0] == 2 and clock["purpose"][0] == 1  # only it was edited
    # shown again when the entry is read afresh, and unticked the same way
    ui.significantCheck.setChecked(False)
    page.editor.load(liaison.get_liaison(store, entry.id))
    assert ui.significantCheck.isChecked()
    qtbot.mouseClick(ui.significantCheck, Qt.MouseButton.LeftButton)
    window.save_action.trigger()
    assert liaison.get_liaison(store, entry.id).significant is False
