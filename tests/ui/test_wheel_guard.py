"""The mouse wheel scrolls the editor; it changes a combo box, spin box or date field only
once the officer has focused it (issue 11: fields that change by themselves)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QComboBox, QWidget
from scripted_prompter import make_org

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


def test_the_wheel_over_an_unfocused_killed_count_scrolls_the_incident_form(short_window, qtbot):
    page, bar = new_record_scrolled_halfway(short_window, "incidents", qtbot)
    spin = page.editor.casualty_spins["killed_civilian_men"]
    flash = page.editor.flash_text()
    halfway = bar.value()
    wheel(spin, UP)
    assert spin.value() == 0
    assert page.editor.flash_text() == flash  # no FLASH raised by the pointer passing over
    assert not page.editor.dirty
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
    spin = editor.casualty_spins["killed_civilian_men"]
    spin.setFocus()
    qtbot.waitUntil(spin.hasFocus)
    halfway = bar.value()
    wheel(spin, UP)
    assert spin.value() == 1
    assert editor.flash_text().startswith("FLASH (1 casualties)")
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
    guarded = [
        widget
        for widget in window.findChildren(QWidget)
        if isinstance(widget, (QComboBox, QAbstractSpinBox))
    ]
    assert len(guarded) > 60
    wheel_focus = [w.objectName() for w in guarded if w.focusPolicy() == Qt.FocusPolicy.WheelFocus]
    assert wheel_focus == []


def test_the_wheel_leaves_the_cells_added_to_a_qip_alone(short_window, qtbot):
    """Fields made after the form (a tranche's date and amount, rows of a table) are
    guarded as they are made: scrolling the tranche list never changes an amount."""
    page, _bar = new_record_scrolled_halfway(short_window, "qips", qtbot)
    editor = page.editor
    row = editor.add_tranche(5000.0, "2026-11-02")
    table = editor.ui.tranchesTable
    amount, paid_on = table.cellWidget(row, editor.AMOUNT), table.cellWidget(row, editor.PAID_ON)
    page.table.setFocus()  # the officer moved on (add_tranche focuses the new amount)
    editor.dirty = False
    for _ in range(3):
        wheel(amount, UP)
        wheel(paid_on, DOWN)
    assert amount.value() == 5000.0
    assert paid_on.date().toString("yyyy-MM-dd") == "2026-11-02"
    assert not editor.dirty
    assert amount.focusPolicy() == paid_on.focusPolicy() == Qt.FocusPolicy.StrongFocus
