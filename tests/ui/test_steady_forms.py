"""Lines that come and go (an error under a field, the QIP warning, the flash line) keep
their room: no field of the editor moves by a pixel when one appears or goes."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from cimicdesk.domain.errors import FieldError, ValidationError

INPUTS = (
    QLineEdit,
    QComboBox,
    QAbstractSpinBox,
    QPlainTextEdit,
    QAbstractItemView,
    QAbstractButton,
)


def places(editor: QWidget) -> dict[str, tuple[int, int]]:
    """Where each named input of the editor (on the tab in front) is, in the editor."""
    found = {}
    for widget in editor.findChildren(QWidget):
        name = widget.objectName()
        shown = widget.isVisibleTo(editor)
        if name and not name.startswith("qt_") and isinstance(widget, INPUTS) and shown:
            corner = widget.mapTo(editor, QPoint(0, 0))
            found[name] = (corner.x(), corner.y())
    return found


def settled(qtbot, editor: QWidget) -> dict[str, tuple[int, int]]:
    """The places once every pending layout is done (a tab brought in front resizes the
    editor a moment later)."""
    now = places(editor)
    for _ in range(50):
        qtbot.wait(10)
        then, now = now, places(editor)
        if then == now:
            break
    return now


def moved(before: dict[str, tuple[int, int]], after: dict[str, tuple[int, int]]) -> dict:
    return {name: (at, after[name]) for name, at in before.items() if after.get(name) != at}


def test_an_error_under_a_liaison_field_moves_no_field(window, qtbot):
    page = window.show_page("liaison")
    editor, ui = page.editor, page.editor.ui
    page.new_record()
    qtbot.wait(10)
    before = places(editor)
    assert {"gridEdit", "participantsList", "purposeEdit", "actionsTable"} <= before.keys()
    ui.gridEdit.setText("nonsense")
    assert not page.save_record()
    qtbot.wait(10)
    assert "is not an MGRS reference" in editor.error_text("grid")
    assert ui.gridError.isVisible()
    assert editor.is_marked("grid")
    assert moved(before, places(editor)) == {}
    # The error goes as the officer corrects the grid: nothing moves back either.
    ui.gridEdit.setFocus()
    qtbot.keyClick(ui.gridEdit, Qt.Key.Key_Backspace)
    qtbot.wait(10)
    assert editor.error_text("grid") == "" and not ui.gridError.isVisible()
    assert moved(before, places(editor)) == {}


def test_every_error_line_of_every_editor_keeps_its_room(window, qtbot):
    keys = ("liaison", "contacts", "organisations", "qips", "incidents", "support", "assessments")
    for key in keys:
        page = window.show_page(key)
        editor = page.editor
        settled(qtbot, page)  # a page shown the first time lays its columns out a moment later
        qtbot.wait(200)
        one_each = {label: field for field, (_, label) in reversed(editor.FIELDS.items())}
        for field in one_each.values():  # fields sharing a line: one of them
            error = ValidationError([FieldError(field, "A message, long " * 12)])
            editor.show_errors(error)  # its tab in front, if the editor has tabs
            editor.clear_errors()
            before = settled(qtbot, editor)
            editor.show_errors(error)
            qtbot.wait(10)
            assert moved(before, places(editor)) == {}, (key, field)
            assert editor.error_text(field).startswith("A message, long")
            editor.clear_errors()
            qtbot.wait(5)
            assert moved(before, places(editor)) == {}, (key, field)


def test_the_qip_ceiling_warning_moves_no_field(window, qtbot):
    page = window.show_page("qips")
    editor, ui = page.editor, page.editor.ui
    ui.tabs.setCurrentWidget(ui.budgetTab)
    qtbot.wait(10)
    before = places(editor)
    assert {"requestedSpin", "approvedSpin", "plannedEndEdit"} <= before.keys()
    ui.requestedSpin.setValue(60_000)
    qtbot.wait(10)
    assert ui.warningLabel.isVisible()
    assert "above the mission's ceiling of USD 50,000" in editor.warning_text()
    assert moved(before, places(editor)) == {}
    ui.requestedSpin.setValue(20_000)
    qtbot.wait(10)
    assert not ui.warningLabel.isVisible() and editor.warning_text() == ""
    assert moved(before, places(editor)) == {}


def test_the_flash_line_moves_no_field(window, qtbot):
    page = window.show_page("incidents")
    editor, ui = page.editor, page.editor.ui
    qtbot.wait(10)
    before = places(editor)
    assert {"occurredEdit", "gridEdit", "casualtiesTable"} <= before.keys()
    assert editor.flash_text().startswith("Not a flash incident")
    cell = editor.casualties.index_of("injured_civilian_women")
    editor.casualties.setData(cell, 3, Qt.ItemDataRole.EditRole)
    qtbot.wait(10)
    assert editor.flash_text() == "FLASH (3 casualties): flash report not marked sent."
    assert ui.markFlashButton.isVisible()
    after = places(editor)
    after.pop("markFlashButton")
    assert moved(before, after) == {}
    editor.casualties.setData(cell, 0, Qt.ItemDataRole.EditRole)
    qtbot.wait(10)
    assert editor.flash_text().startswith("Not a flash incident")
    assert moved(before, places(editor)) == {}


def test_a_long_error_is_cut_to_its_line_and_whole_in_its_tooltip(window, qtbot):
    page = window.show_page("liaison")
    ui = page.editor.ui
    ui.gridEdit.setText("nonsense")
    assert not page.save_record()
    qtbot.wait(10)
    whole = page.editor.error_text("grid")
    assert ui.gridError.toolTip() == whole
    assert ui.gridError.text().endswith("…") and len(ui.gridError.text()) < len(whole)
    assert whole in page.message_label.text()  # under the editor, where it moves nothing
