"""Editing the cells of an editor's table as the officer does: the keyboard opens the
delegate's editor on a cell, the text goes into it, Enter (or Tab) hands it back."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QComboBox, QDateEdit, QWidget

EDITING = QAbstractItemView.State.EditingState


def cell_editor(view: QAbstractItemView, row: int, column: int) -> QWidget | None:
    """The delegate's editor open on a cell (None when the cell is not being edited)."""
    return view.indexWidget(view.model().index(row, column))


def wait_closed(qtbot, view: QAbstractItemView) -> None:
    """Enter commits and closes an editor on the next turn of the event loop."""
    qtbot.waitUntil(lambda: view.state() != EDITING)


def type_in_cell(qtbot, view: QAbstractItemView, row: int, column: int, text: str) -> None:
    """Go to a cell, type: the first key opens the cell's editor (and goes into it), the
    rest follow into the editor, Enter hands the value to the model."""
    view.setCurrentIndex(view.model().index(row, column))
    view.setFocus()
    qtbot.keyClick(view, text[0])
    editor = QApplication.focusWidget()
    assert view.isAncestorOf(editor), "typing on the cell opened no editor"
    qtbot.keyClicks(editor, text[1:])
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    wait_closed(qtbot, view)


def type_in_open_editor(qtbot, view: QAbstractItemView, text: str) -> None:
    """Type over the value of the editor just opened (add_tranche opens the amount's)."""
    editor = QApplication.focusWidget()
    assert view.isAncestorOf(editor), "no cell editor has the focus"
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    wait_closed(qtbot, view)


def open_cell(qtbot, view: QAbstractItemView, row: int, column: int) -> QWidget:
    """F2 on a cell: its editor, open and focused."""
    view.setCurrentIndex(view.model().index(row, column))
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_F2)
    editor = cell_editor(view, row, column)
    assert editor is not None
    return editor


def pick_day(qtbot, view: QAbstractItemView, row: int, column: int, day: str) -> None:
    """Set a day cell as the calendar would, then Enter."""
    editor = open_cell(qtbot, view, row, column)
    assert isinstance(editor, QDateEdit)
    editor.setDate(QDate.fromString(day, "yyyy-MM-dd"))
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    wait_closed(qtbot, view)


def choose_in_cell(qtbot, view: QAbstractItemView, row: int, column: int, data: str) -> None:
    """Choose an entry of a choice cell's list by its data, then Enter."""
    editor = open_cell(qtbot, view, row, column)
    assert isinstance(editor, QComboBox)
    editor.setCurrentIndex(editor.findData(data))
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    wait_closed(qtbot, view)
