"""Grid fields take a GPS position: leaving the field shows the MGRS it became with a note,
Undo gives back what was typed, saving stores the MGRS; a bad position is refused at its
field with the database untouched."""

from __future__ import annotations

from ops_support import make_request
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QApplication
from scripted_prompter import click_row, make_entry, make_org, replace_text

from cimicdesk.store import liaison, organisations, support_requests

DMS = "6°59'22.6\"N 19°11'14.6\"E"
KAGA_MGRS = "34NBN99757298"  # 10 m: what a GPS position is saved as
KAGA_SHOWN = "34N BN 9975 7298"


def leave(qtbot, edit) -> None:
    """Tab out of a field, as an officer leaves it."""
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_Tab)
    assert not edit.hasFocus()


def test_dms_typed_in_a_grid_becomes_mgrs_on_leaving_and_is_saved(open_window, store, qtbot):
    make_entry(store, orgs=[make_org(store, "Mairie de Kaga-Bandoro")])
    window = open_window()
    page = window.show_page("liaison")
    click_row(qtbot, page.table, 0)
    editor, ui = page.editor, page.editor.ui
    replace_text(qtbot, ui.gridEdit, DMS)
    assert ui.gridEdit.text() == DMS  # never changed under the officer's cursor
    assert editor.note_text("grid") == ""
    leave(qtbot, ui.gridEdit)

    assert ui.gridEdit.text() == KAGA_SHOWN
    note = editor.note_text("grid")
    assert "6°59'22.6\"N 19°11'14.6\"E" in note and "Ctrl+Z" in note
    assert not editor.is_marked("grid")  # a note, not an error
    assert ui.gridError.styleSheet() != "color: #b00020;"

    qtbot.keyClick(ui.placeEdit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    saved = liaison.get_liaison(store, editor.record_id)
    assert saved.grid == KAGA_MGRS
    window.show_page("dashboard")
    page = window.show_page("liaison")
    click_row(qtbot, page.table, 0)
    assert page.editor.ui.gridEdit.text() == KAGA_SHOWN
    assert page.editor.note_text("grid") == ""  # a record reopened carries no note


def test_undo_gives_back_what_was_typed(window, store, qtbot):
    page = window.show_page("organisations")
    editor, ui = page.editor, page.editor.ui
    qtbot.keyClicks(ui.nameEdit, "Mairie de Kaga-Bandoro")
    qtbot.keyClicks(ui.gridEdit, "6.9896, 19.1874")
    leave(qtbot, ui.gridEdit)
    assert ui.gridEdit.text() == KAGA_SHOWN
    assert editor.undo()
    assert ui.gridEdit.text() == "6.9896, 19.1874"
    assert editor.note_text("grid") == ""  # the note goes with what it explained
    assert editor.redo()
    assert ui.gridEdit.text() == KAGA_SHOWN
    assert editor.undo() and editor.undo()  # then the typing itself
    assert ui.gridEdit.text() == ""


def test_a_position_saved_without_leaving_the_field_is_stored_as_mgrs(window, store, qtbot):
    page = window.show_page("organisations")
    ui = page.editor.ui
    qtbot.keyClicks(ui.nameEdit, "Mairie de Nairobi")
    qtbot.keyClicks(ui.gridEdit, "S1.2921 E36.8219")
    qtbot.keyClick(ui.gridEdit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    [saved] = organisations.list_organisations(store).items
    assert organisations.get_organisation(store, saved.id).grid == "37MBU57635707"
    assert ui.gridEdit.text() == "37M BU 5763 5707"


def test_a_bad_position_is_refused_at_its_field_and_nothing_is_saved(window, store, qtbot):
    page = window.show_page("organisations")
    editor, ui = page.editor, page.editor.ui
    qtbot.keyClicks(ui.nameEdit, "Mairie de Bria")
    qtbot.keyClicks(ui.gridEdit, "95.1 19.18")
    leave(qtbot, ui.gridEdit)
    assert ui.gridEdit.text() == "95.1 19.18"  # kept for the officer to correct
    assert "Latitude 95.1 is beyond 90°" in editor.error_text("grid")
    assert editor.is_marked("grid")

    qtbot.keyClicks(ui.emailEdit, "not an address")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert organisations.count_organisations(store) == 0
    # The position's own message, not MGRS's, beside the record's other errors.
    assert "Latitude 95.1 is beyond 90°" in editor.error_text("grid")
    assert "not an MGRS reference" not in editor.error_text("grid")
    assert "is not an e-mail address" in editor.error_text("email")
    assert editor.is_marked("grid")

    replace_text(qtbot, ui.gridEdit, "6.9896 19.1874")
    replace_text(qtbot, ui.emailEdit, "")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    [saved] = organisations.list_organisations(store).items
    assert organisations.get_organisation(store, saved.id).grid == KAGA_MGRS


def test_the_support_requests_two_grids_each_take_a_position(open_window, store, qtbot):
    make_org(store, "World Food Programme")
    request = make_request(store)
    window = open_window()
    page = window.show_page("support")
    click_row(qtbot, page.table, 0)
    editor, ui = page.editor, page.editor.ui
    replace_text(qtbot, ui.fromGridEdit, "6 59 22.6 N 19 11 14.6 E")
    leave(qtbot, ui.fromGridEdit)
    assert ui.fromGridEdit.text() == KAGA_SHOWN
    assert "6°59'22.6\"N" in editor.note_text("from_grid")
    replace_text(qtbot, ui.toGridEdit, "6°61'N 19°11'E")
    qtbot.keyClick(ui.toGridEdit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert "Minutes 61" in editor.error_text("to_grid")
    assert editor.is_marked("to_grid")
    stored = support_requests.get_support_request(store, request.id)
    assert (stored.from_grid, stored.to_grid) == (request.from_grid, request.to_grid)

    replace_text(qtbot, ui.toGridEdit, "-1.2921, 36.8219")
    qtbot.keyClick(ui.toGridEdit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    stored = support_requests.get_support_request(store, request.id)
    assert (stored.from_grid, stored.to_grid) == (KAGA_MGRS, "37MBU57635707")


def test_leaving_the_window_to_copy_the_longitude_changes_nothing(window, store, qtbot):
    """The officer types the latitude, goes to the GPS's window for the longitude: the
    field is left as it was, no error; back in it, they finish and Tab converts it."""
    page = window.show_page("organisations")
    editor, ui = page.editor, page.editor.ui
    ui.gridEdit.setFocus()
    qtbot.keyClicks(ui.gridEdit, "6.9896,")
    away = QFocusEvent(QEvent.Type.FocusOut, Qt.FocusReason.ActiveWindowFocusReason)
    QApplication.sendEvent(ui.gridEdit, away)
    assert ui.gridEdit.text() == "6.9896,"
    assert editor.error_text("grid") == "" and not editor.is_marked("grid")
    qtbot.keyClicks(ui.gridEdit, " 19.1874")
    leave(qtbot, ui.gridEdit)
    assert ui.gridEdit.text() == KAGA_SHOWN


def test_enter_converts_too(window, store, qtbot):
    page = window.show_page("organisations")
    ui = page.editor.ui
    ui.gridEdit.setFocus()
    qtbot.keyClicks(ui.gridEdit, "6.9896 19.1874")
    qtbot.keyClick(ui.gridEdit, Qt.Key.Key_Return)
    assert ui.gridEdit.text() == KAGA_SHOWN
    assert ui.gridEdit.hasFocus()
