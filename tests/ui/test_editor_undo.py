"""Undo and redo over an editor's fields (Ctrl+Z, Ctrl+Shift+Z, Ctrl+Y) through the
window's Edit menu; the history is that of one record, and Undo delete still works."""

from __future__ import annotations

from PySide6.QtCore import Qt
from scripted_prompter import make_contact, make_entry

from cimicdesk.domain.enums import ParticipantKind
from cimicdesk.store import liaison


def entry(store, **kw):
    return make_entry(store, contacts=[make_contact(store, f"Contact {kw['place']}")], **kw)


def press(qtbot, widget, key, modifiers) -> None:
    qtbot.keyClick(widget, key, modifiers)


def test_ctrl_z_puts_back_two_fields_and_ctrl_shift_z_changes_them_again(window, store, qtbot):
    saved = entry(store, place="Bria", purpose="Water point")
    page = window.show_page("liaison")
    page.open_record(saved.id)
    ui = page.editor.ui
    assert not window.undo_action.isEnabled()
    assert not window.redo_action.isEnabled()
    assert "&Undo" in [a.text() for a in window.ui.menuEdit.actions()]
    assert "&Redo" in [a.text() for a in window.ui.menuEdit.actions()]

    ui.placeEdit.setFocus()
    ui.placeEdit.selectAll()
    qtbot.keyClicks(ui.placeEdit, "Ndele")
    ui.purposeEdit.setFocus()  # leaving the field ends its change
    qtbot.keyClick(ui.purposeEdit, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(ui.purposeEdit, " repairs")
    assert (ui.placeEdit.text(), ui.purposeEdit.toPlainText()) == ("Ndele", "Water point repairs")
    assert window.undo_action.isEnabled() and page.editor.dirty

    press(qtbot, ui.purposeEdit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert (ui.placeEdit.text(), ui.purposeEdit.toPlainText()) == ("Ndele", "Water point")
    press(qtbot, ui.purposeEdit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert (ui.placeEdit.text(), ui.purposeEdit.toPlainText()) == ("Bria", "Water point")
    assert not page.editor.dirty  # every field back as loaded
    assert not window.undo_action.isEnabled() and window.redo_action.isEnabled()

    shift_ctrl = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    press(qtbot, ui.placeEdit, Qt.Key.Key_Z, shift_ctrl)
    assert (ui.placeEdit.text(), ui.purposeEdit.toPlainText()) == ("Ndele", "Water point")
    press(qtbot, ui.placeEdit, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert (ui.placeEdit.text(), ui.purposeEdit.toPlainText()) == ("Ndele", "Water point repairs")
    assert page.editor.dirty and not window.redo_action.isEnabled()


def test_combo_and_check_changes_are_undone_one_by_one(window, store, qtbot):
    saved = entry(store, place="Bria")
    page = window.show_page("liaison")
    page.open_record(saved.id)
    ui = page.editor.ui
    before = ui.typeCombo.currentIndex()
    ui.typeCombo.setCurrentIndex((before + 1) % ui.typeCombo.count())
    window.undo_action.trigger()
    assert ui.typeCombo.currentIndex() == before
    window.redo_action.trigger()
    assert ui.typeCombo.currentIndex() == (before + 1) % ui.typeCombo.count()


def test_undo_history_does_not_cross_records(window, store, qtbot, prompter):
    first = entry(store, place="Bria")
    second = entry(store, place="Ndele", start="2026-11-21T09:00:00.000Z")
    page = window.show_page("liaison")
    page.open_record(first.id)
    ui = page.editor.ui
    qtbot.keyClicks(ui.placeEdit, " north")
    prompter.confirm_answers = [True]  # discard the change
    assert page.open_record(second.id)
    assert ui.placeEdit.text() == "Ndele"
    assert not window.undo_action.isEnabled()
    press(qtbot, ui.placeEdit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert ui.placeEdit.text() == "Ndele"


def test_saving_clears_the_history(window, store, qtbot):
    saved = entry(store, place="Bria")
    page = window.show_page("liaison")
    page.open_record(saved.id)
    ui = page.editor.ui
    qtbot.keyClicks(ui.placeEdit, " north")
    assert page.save_record()
    assert liaison.get_liaison(store, saved.id).place == "Bria north"
    assert not window.undo_action.isEnabled()
    window.undo_action.trigger()
    assert ui.placeEdit.text() == "Bria north"


def test_undo_with_nothing_typed_brings_back_the_record_deleted(window, store, qtbot):
    saved = entry(store, place="Bria")
    page = window.show_page("liaison")
    page.open_record(saved.id)
    assert page.delete_record()
    assert window.undo_action.isEnabled()
    window.undo_action.trigger()
    assert not liaison.get_liaison(store, saved.id).deleted
    assert page.editor.record_id == saved.id


def test_participants_and_follow_up_actions_are_undone_and_redone_like_fields(window, store, qtbot):
    saved = entry(store, place="Bria")
    other = make_contact(store, "Hadjé Moustapha")
    page = window.show_page("liaison")
    page.open_record(saved.id)
    editor, ui = page.editor, page.editor.ui
    met = [p.target_id for p in editor.participants()]

    # A participant added, then a follow-up action typed into its row.
    assert editor.add_participant(ParticipantKind.CONTACT, other.id)
    row = editor.add_action()
    model = editor.actions_model
    model.setData(model.index(row, editor.ACTION), "Send the notes to OCHA")
    ui.actionsTable.setFocus()
    assert [a.description for a in editor.actions()] == ["Send the notes to OCHA"]
    assert window.undo_action.isEnabled()

    # Ctrl+Z steps back one edit at a time: the text typed, the row added, the participant.
    assert editor.undo()
    assert editor.actions() == [] and model.rowCount() == 1
    assert editor.undo()
    assert model.rowCount() == 0
    assert [p.target_id for p in editor.participants()] == [*met, other.id]
    assert editor.undo()
    assert [p.target_id for p in editor.participants()] == met
    assert not editor.dirty  # back as loaded

    # Ctrl+Shift+Z brings them back, in order.
    assert editor.redo()
    assert [p.target_id for p in editor.participants()] == [*met, other.id]
    assert editor.redo() and editor.redo() and not editor.redo()
    assert [a.description for a in editor.actions()] == ["Send the notes to OCHA"]
    page.save_record()
    kept = liaison.get_liaison(store, saved.id)
    assert other.id in [p.target_id for p in kept.participants]
    assert [a.description for a in kept.actions] == ["Send the notes to OCHA"]
