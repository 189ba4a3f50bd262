"""Tab follows the form: from the first field, Tab visits every field of every editor (each
tab of a tabbed one) top to bottom, left to right, and a date field lets it go at once."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QComboBox, QLineEdit, QWidget

from cimicdesk.ui.widgets.field_tabs import takes_tab

EDITORS = ("liaison", "contacts", "organisations", "qips", "incidents", "support")
ROW = 8  # fields whose tops are this close are on one row


def fields(area: QWidget, editor: QWidget) -> list[QWidget]:
    """The widgets Tab may stop on in `area` (as shown now), in the form's reading order:
    rows top to bottom, each row left to right."""
    found = []
    for widget in area.findChildren(QWidget):
        inner = isinstance(widget, QLineEdit) and isinstance(
            widget.parentWidget(), (QComboBox, QAbstractSpinBox)
        )
        if not inner and takes_tab(widget, editor.window()) and widget.isVisibleTo(editor):
            found.append(widget)
    placed = sorted(
        ((w.mapTo(editor, QPoint(0, 0)).y(), w.mapTo(editor, QPoint(0, 0)).x(), w) for w in found),
        key=lambda item: (item[0], item[1]),
    )
    rows: list[list[tuple[int, int, QWidget]]] = []
    for item in placed:
        if rows and item[0] - rows[-1][0][0] <= ROW:
            rows[-1].append(item)
        else:
            rows.append([item])
    return [w for row in rows for _, _, w in sorted(row, key=lambda item: item[1])]


def tabbed_through(qtbot, first: QWidget, area: QWidget, expected: list[QWidget]) -> list:
    """The fields of `area` the focus visits, pressing Tab on the focused widget from
    `first`, until it leaves the area (or has gone round)."""
    first.setFocus(Qt.FocusReason.TabFocusReason)
    visited = []
    for _ in range(6 * len(expected) + 10):
        focused = QApplication.focusWidget()
        owner = next((w for w in expected if w is focused or w.isAncestorOf(focused)), None)
        if owner is None or (visited and owner is visited[0] and len(visited) > 1):
            break
        if not visited or visited[-1] is not owner:
            visited.append(owner)
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
    return visited


def names(widgets: list[QWidget]) -> list[str]:
    return [w.objectName() or type(w).__name__ for w in widgets]


@pytest.mark.parametrize("key", EDITORS)
def test_tab_visits_every_field_in_the_order_of_the_form(window, qtbot, key):
    page = window.show_page(key)
    editor = page.editor
    tabs = getattr(editor.ui, "tabs", None)
    pages = [tabs.widget(i) for i in range(tabs.count())] if tabs is not None else [editor]
    for area in pages:
        if tabs is not None:
            tabs.setCurrentWidget(area)
        qtbot.wait(20)
        expected = fields(area, editor)
        assert expected, (key, area.objectName())
        if len(expected) == 1:
            continue  # a tab holding one table (the QIP's history)
        visited = tabbed_through(qtbot, expected[0], area, expected)
        assert names(visited) == names(expected), (key, area.objectName())


def test_the_header_fields_lead_to_the_tabs(window, qtbot):
    """Above the tabs (status), Tab goes on to the tab bar, then into the tab in front."""
    for key in ("incidents", "support"):
        editor = window.show_page(key).editor
        editor.ui.tabs.setCurrentIndex(0)
        qtbot.wait(20)
        editor.ui.statusCombo.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.keyClick(editor.ui.statusCombo, Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is editor.ui.tabs.tabBar()
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        first = fields(editor.ui.tabs.widget(0), editor)[0]
        assert QApplication.focusWidget() is first, key


def test_tab_leaves_a_date_at_once_even_an_empty_one(window, qtbot):
    editor = window.show_page("incidents").editor
    ui = editor.ui
    ui.tabs.setCurrentIndex(0)
    assert editor.occurred.is_empty()  # 'not given': Qt's edit kept the focus for ever
    ui.occurredEdit.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(ui.occurredEdit, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is ui.reportedEdit
    qtbot.keyClick(ui.reportedEdit, Qt.Key.Key_Tab)  # a date and time: not its 5 sections
    assert QApplication.focusWidget() is ui.categoryCombo
    qtbot.keyClick(ui.categoryCombo, Qt.Key.Key_Backtab)
    assert QApplication.focusWidget() is ui.reportedEdit
    assert editor.occurred.is_empty() and not editor.dirty  # passing through changes nothing
