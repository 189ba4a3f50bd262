"""The editor of a table cell, as its Cell says: a calendar day, a bounded number, a choice
of a list, or text; each editor made is guarded against the wheel."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QDate,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDoubleSpinBox,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from cimicdesk.ui.i18n import label, texts
from cimicdesk.ui.models.cells import CHOICE, DAY, NUMBER, RIGHT, Cell, CellRole
from cimicdesk.ui.widgets.table_focus import at_edge, leave
from cimicdesk.ui.widgets.wheel_guard import guard_wheel

Index = QModelIndex | QPersistentModelIndex


def _holds(editor: QWidget, value: Any) -> bool:
    """Whether an editor of ours already shows this value."""
    if isinstance(editor, QDateEdit):
        return editor.date().toString("yyyy-MM-dd") == value
    if isinstance(editor, QSpinBox | QDoubleSpinBox):
        return editor.value() == value
    if isinstance(editor, QComboBox):
        return editor.currentData() == getattr(value, "value", value)
    return False


class DayEdit(QDateEdit):
    """A day in a cell: focused, its year is selected, so typing 20261102 gives that day."""

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.setSelectedSection(QDateTimeEdit.Section.YearSection)


class CellDelegate(QStyledItemDelegate):
    """Makes the editor a cell's Cell (the model's CellRole) asks for. A day, number or
    choice is handed to the model as it changes, not only when the editor closes, so
    the editor's live lines (the total disbursed, the flash line) follow each step.
    Tab from the editor of the last cell (Shift+Tab from the first) closes it and goes on
    to the next field. Made with the view it serves as parent.
    """

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        cell: Cell | None = index.data(CellRole)
        kind = cell.kind if cell is not None else ""
        if cell is None or kind not in (DAY, NUMBER, CHOICE):
            editor = super().createEditor(parent, option, index)
        elif kind == DAY:
            editor = DayEdit(parent)
            editor.setDisplayFormat("yyyy-MM-dd")
            editor.setCalendarPopup(True)
            editor.dateChanged.connect(lambda *_: self.commitData.emit(editor))
        elif kind == NUMBER:
            editor = self._number_editor(parent, cell)
        else:
            editor = QComboBox(parent)
            if cell.optional:
                editor.addItem("—", "")  # none of them
            for member in cell.choices or ():
                editor.addItem(label(member), member.value)
            editor.currentIndexChanged.connect(lambda *_: self.commitData.emit(editor))
        if isinstance(editor, QAbstractSpinBox):
            editor.setFrame(False)
        guard_wheel(editor)  # an open editor the pointer passes over keeps its value
        return editor

    def _number_editor(self, parent: QWidget, cell: Cell) -> QAbstractSpinBox:
        allowed = cell.range
        if cell.decimals:
            spin: QSpinBox | QDoubleSpinBox = QDoubleSpinBox(parent)
            spin.setDecimals(cell.decimals)
            spin.setRange(allowed.low, allowed.high)
        else:
            spin = QSpinBox(parent)
            spin.setRange(int(allowed.low), int(allowed.high))
        spin.setSuffix(cell.suffix)
        if cell.currency:  # where the language writes it: 'USD 7,250.50', '7 250,50 USD'
            if texts().money(0, cell.currency).startswith(cell.currency):
                spin.setPrefix(f"{cell.currency} ")
            else:
                spin.setSuffix(f"\N{NO-BREAK SPACE}{cell.currency}")
        spin.setGroupSeparatorShown(True)
        spin.setAlignment(RIGHT)
        spin.valueChanged.connect(lambda *_: self.commitData.emit(spin))
        return spin

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        # The view calls this again each time the model takes the value the editor handed
        # it: an editor already showing that value is left alone (setValue would rewrite
        # the text under the cursor as the officer types). Quiet while it is filled: the
        # view may not know the editor yet, and the value is the model's own.
        if _holds(editor, index.data(Qt.ItemDataRole.EditRole)):
            return
        blocked = editor.blockSignals(True)
        try:
            self._fill(editor, index)
        finally:
            editor.blockSignals(blocked)

    def _fill(self, editor: QWidget, index: Index) -> None:
        value: Any = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, QDateEdit):
            day = QDate.fromString(value or "", "yyyy-MM-dd")
            editor.setDate(day if day.isValid() else QDate.currentDate())
        elif isinstance(editor, QSpinBox | QDoubleSpinBox):
            editor.setValue(value or 0)
        elif isinstance(editor, QComboBox):
            data = getattr(value, "value", value)
            editor.setCurrentIndex(max(0, editor.findData(data)))
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        if isinstance(editor, QDateEdit):
            model.setData(index, editor.date().toString("yyyy-MM-dd"))
        elif isinstance(editor, QSpinBox | QDoubleSpinBox):
            # value() follows each key typed; interpretText() here would rewrite the text
            # under the cursor as the officer types (5000.25 became 500,250.00).
            model.setData(index, editor.value())
        elif isinstance(editor, QComboBox):
            model.setData(index, editor.currentData())
        else:
            super().setModelData(editor, model, index)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        view = self.parent()
        if (
            isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)
            and isinstance(watched, QWidget)
            and isinstance(view, QAbstractItemView)
        ):
            forward = event.key() == Qt.Key.Key_Tab
            if at_edge(view, forward):
                self.commitData.emit(watched)
                self.closeEditor.emit(watched, QAbstractItemDelegate.EndEditHint.NoHint)
                leave(view, forward)
                return True
        return super().eventFilter(watched, event)
