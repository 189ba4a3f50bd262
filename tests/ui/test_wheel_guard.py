"""The mouse wheel scrolls the editor; it changes a combo box, spin box or date field only
once the officer has focused it (issue 11: fields that change by themselves)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QComboBox, QWidget
from scripted_prompter import make_org
from table_cells import cell_editor, open_cell

from cimicdesk.ui.widgets.wheel_guard import pass_to_parents

UP, DOWN = 1, -1


def wheel(field: QWidget, notches: int) -> None:
    """One real wheel event over the middle of a field (UP: away from the officer)."""
    centre = QPointF(field.rect().center())
    event = QWheelEvent(
        centre,
        QPointF(field.mapToGlobal(centre.toPoint())),
        QPoint(0, 0),
        QPoint(0, 120 * notches),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(field, event)


@pytest.fixture
def short_window(open_window):
    """The main window made low enough that every editor's form must scroll."""
    window = open_window()
    window.resize(1280, 420)
    return window


def new_record_scrolled_halfway(window, key: str, qtbot):
    """A page's editor on a new record, its form scrolled halfway, the list focused."""
    page = window.show_page(key)
    page.new_record()
    bar = page.editor_scroll.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 40)
    bar.setValue(bar.maximum() // 2)
    page.table.setFocus()
    return page, bar


def wheel_over_cell(view, row: int, column: int, notches: int) -> None:
    """A wheel event from the window system over a table cell: it goes to the view's
    viewport, and what the viewport does not take goes on to its parents (as Qt does
    for the window system's events; pass_to_parents does the same)."""
    centre = QPointF(view.visualRect(view.model().index(row, column)).center())
    viewport = view.viewport()
    event = QWheelEvent(
        centre,
        QPointF(viewport.mapToGlobal(centre.toPoint())),
        QPoint(0, 0),
        QPoint(0, 120 * notches),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    event.setAccepted(True)
    QApplication.sendEvent(viewport, event)
    if not event.isAccepted():
        pass_to_parents(viewport, event)


def test_the_wheel_over_an_unfocused_killed_count_scrolls_the_incident_form(short_window, qtbot):
    page, bar = new_record_scrolled_halfway(short_window, "incidents", qtbot)
    editor = page.editor
    cell = editor.casualties.index_of("killed_civilian_men")
    flash = editor.flash_text()
    halfway = bar.value()
    wheel_over_cell(editor.ui.casualtiesTable, cell.row(), cell.column(), UP)
    assert cell.data() == "0"
    assert editor.flash_text() == flash  # no FLASH raised by the pointer passing over
    assert not editor.dirty
    assert bar.value() < halfway  # the form scrolled up instead


def test_the_wheel_over_an_unfocused_qip_category_scrolls_the_form(short_window, qtbot):
    page, bar = new_record_scrolled_halfway(short_window, "qips", qtbot)
    combo = page.editor.ui.categoryCombo
    index, halfway = combo.currentIndex(), bar.value()
    wheel(combo, DOWN)
    assert combo.currentIndex() == index
    assert not page.editor.dirty
    assert bar.value() > halfway


def test_the_wheel_over_an_unfocused_contact_sensitivity_scrolls_the_form(short_window, qtbot):
    page, bar = new_record_scrolled_halfway(short_window, "contacts", qtbot)
    combo = page.editor.ui.sensitivityCombo
    index = combo.currentIndex()
    for notches in (DOWN, UP):
        before = bar.value()
        wheel(combo, notches)
        assert combo.currentIndex() == index
        assert bar.value() != before
    assert not page.editor.dirty


def test_the_wheel_over_an_unfocused_empty_date_does_not_fill_it_in(short_window, qtbot):
    """The optional dates (not set) used to start an edit on any wheel event."""
    page, bar = new_record_scrolled_halfway(short_window, "qips", qtbot)
    field = page.editor.dates["planned_start"]
    assert field.text() == ""
    halfway = bar.value()
    wheel(field.edit, DOWN)
    assert field.text() == ""
    assert field.edit.text() == "not set"
    assert not page.editor.dirty
    assert bar.value() > halfway


def test_the_wheel_over_an_unfocused_searchable_picker_leaves_the_choice(store, open_window, qtbot):
    make_org(store, "COOPI – base de Bambari")
    make_org(store, "Norwegian Refugee Council")
    window = open_window()
    window.resize(1280, 420)
    page, _ = new_record_scrolled_halfway(window, "incidents", qtbot)
    combo = page.editor.ui.sourceOrganisationCombo
    assert combo.isEditable()
    page.editor.ui.tabs.setCurrentWidget(page.editor.ui.narrativeTab)
    page.table.setFocus()
    wheel(combo, DOWN)
    assert combo.currentIndex() == 0
    assert not page.editor.dirty


def test_a_focused_field_still_takes_the_wheel(short_window, qtbot):
    page, bar = new_record_scrolled_halfway(short_window, "incidents", qtbot)
    editor = page.editor
    cell = editor.casualties.index_of("killed_civilian_men")
    spin = open_cell(qtbot, editor.ui.casualtiesTable, cell.row(), cell.column())
    qtbot.waitUntil(spin.hasFocus)
    halfway = bar.value()
    wheel(spin, UP)
    assert spin.value() == 1
    assert cell.data() == "1"  # handed to the table as it changed
    assert editor.flash_text().startswith("FLASH (1 casualty)")
    assert editor.dirty
    assert bar.value() == halfway
    combo = editor.ui.categoryCombo
    combo.setFocus()
    qtbot.waitUntil(combo.hasFocus)
    index = combo.currentIndex()
    wheel(combo, DOWN)
    assert combo.currentIndex() == index + 1


def test_the_wheel_never_gives_a_field_the_focus(window):
    """Qt gives combo and spin boxes Qt.WheelFocus: the wheel would focus the field before
    any filter saw it, and the next notch would change it. Every one, on every page (the
    hidden tabs too), takes the focus only from a click or Tab."""
    list(window.pages.values())  # every page built (the window builds each when first shown)
    guarded = [
        widget
        for widget in window.findChildren(QWidget)
        if isinstance(widget, (QComboBox, QAbstractSpinBox))
    ]
    assert len(guarded) > 60
    wheel_focus = [w.objectName() for w in guarded if w.focusPolicy() == Qt.FocusPolicy.WheelFocus]
    assert wheel_focus == []


def test_the_wheel_leaves_the_cells_added_to_a_qip_alone(short_window, qtbot):
    """A tranche's date and amount are cells of a table now: the wheel over them scrolls
    the form, and an editor the cell's delegate made (left open, not focused) is
    guarded as it is made: scrolling the tranche list never changes an amount."""
    page, _bar = new_record_scrolled_halfway(short_window, "qips", qtbot)
    editor = page.editor
    row = editor.add_tranche(5000.0, "2026-11-02")
    table = editor.ui.tranchesTable
    page.table.setFocus()  # the officer moved on (add_tranche opens the new amount)
    qtbot.waitUntil(lambda: table.state() != table.State.EditingState)
    editor.dirty = False
    for _ in range(3):
        wheel_over_cell(table, row, editor.AMOUNT, UP)
        wheel_over_cell(table, row, editor.PAID_ON, DOWN)
    assert table.model().index(row, editor.AMOUNT).data() == "USD 5,000"
    assert table.model().index(row, editor.PAID_ON).data() == "2026-11-02"
    # Editors the delegate made, open but without the focus.
    for column in (editor.AMOUNT, editor.PAID_ON):
        table.openPersistentEditor(table.model().index(row, column))
    amount, paid_on = (
        cell_editor(table, row, editor.AMOUNT),
        cell_editor(table, row, editor.PAID_ON),
    )
    assert not amount.hasFocus() and not paid_on.hasFocus()
    for _ in range(3):
        wheel(amount, UP)
        wheel(paid_on, DOWN)
    assert amount.value() == 5000.0
    assert paid_on.date().toString("yyyy-MM-dd") == "2026-11-02"
    assert [(t.paid_on, t.amount_usd) for t in editor.tranches()] == [("2026-11-02", 5000.0)]
    assert not editor.dirty
    assert amount.focusPolicy() == paid_on.focusPolicy() == Qt.FocusPolicy.StrongFocus
