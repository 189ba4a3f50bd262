"""What an editor's widgets hold, as plain JSON for a crash-proof draft, and back.

widget_value gives a widget's value (UNREADABLE for a widget it does not know);
set_widget_value puts one back and ignores a value of the wrong kind (a damaged or
hand-edited drafts file must not break the editor). The kinds are listed in ui/drafts.py.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDateTimeEdit,
    QDoubleSpinBox,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from cimicdesk.ui.widgets.choices import chosen_id, select_choice
from cimicdesk.ui.widgets.optional_datetime import OptionalDateTime

UNREADABLE = object()  # widget_value of a widget no draft keeps
MISSING = object()  # a value absent from a draft or a baseline
ISO = Qt.DateFormat.ISODateWithMs
CheckRole = Qt.ItemDataRole.UserRole  # a check list's item data: what a checked item means
# The widgets a draft keeps (a button only when it is checkable, a list widget only when
# its items are check boxes; other lists are the editors' own, see draft_lists).
DRAFT_WIDGETS = (
    QLineEdit,
    QPlainTextEdit,
    QComboBox,
    QDateTimeEdit,
    QSpinBox,
    QDoubleSpinBox,
    QAbstractButton,
    QListWidget,
)


def checkable_list(widget: QListWidget) -> bool:
    """A list of check boxes (an organisation's sectors)."""
    return widget.count() > 0 and all(
        widget.item(row).flags() & Qt.ItemFlag.ItemIsUserCheckable for row in range(widget.count())
    )


def optional_of(edit: QDateTimeEdit) -> OptionalDateTime | None:
    """The OptionalDateTime that lets an edit be empty, if it has one."""
    return next((c for c in edit.children() if isinstance(c, OptionalDateTime)), None)


def _scalar(value: Any) -> bool:
    return isinstance(value, (str, int, float)) and not isinstance(value, bool)


def widget_value(widget: QWidget) -> Any:
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText()
    if isinstance(widget, QLineEdit):
        return widget.text()
    if isinstance(widget, QComboBox):
        if widget.isEditable():  # a searchable picker: the id chosen and the text typed
            try:
                record_id = chosen_id(widget)
            except LookupError:
                record_id = None
            return {"id": record_id, "text": widget.currentText()}
        data = widget.currentData()
        return data if _scalar(data) else UNREADABLE
    if isinstance(widget, QDateTimeEdit):
        optional = optional_of(widget)
        if optional is not None and optional.is_empty():
            return None
        return widget.dateTime().toUTC().toString(ISO)
    if isinstance(widget, QSpinBox):
        return widget.value()
    if isinstance(widget, QDoubleSpinBox):
        return widget.value()
    if isinstance(widget, QAbstractButton) and widget.isCheckable():
        return widget.isChecked()
    if isinstance(widget, QListWidget) and checkable_list(widget):
        return [
            widget.item(row).data(CheckRole)
            for row in range(widget.count())
            if widget.item(row).checkState() == Qt.CheckState.Checked
        ]
    return UNREADABLE


def set_widget_value(widget: QWidget, value: Any) -> None:
    if isinstance(widget, QPlainTextEdit):
        if isinstance(value, str):
            widget.setPlainText(value)
    elif isinstance(widget, QLineEdit):
        if isinstance(value, str):
            widget.setText(value)
    elif isinstance(widget, QComboBox):
        _set_combo(widget, value)
    elif isinstance(widget, QDateTimeEdit):
        _set_moment(widget, value)
    elif isinstance(widget, QSpinBox):
        if isinstance(value, int) and not isinstance(value, bool):
            widget.setValue(value)
    elif isinstance(widget, QDoubleSpinBox):
        if _scalar(value) and not isinstance(value, str):
            widget.setValue(float(value))
    elif isinstance(widget, QAbstractButton):
        if isinstance(value, bool) and widget.isCheckable():
            widget.setChecked(value)
    elif isinstance(widget, QListWidget) and isinstance(value, list):
        for row in range(widget.count()):
            item = widget.item(row)
            checked = item.data(CheckRole) in value
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)


def _set_combo(combo: QComboBox, value: Any) -> None:
    if not combo.isEditable():
        if _scalar(value):
            index = combo.findData(value)
            if index >= 0:
                combo.setCurrentIndex(index)
        return
    if not isinstance(value, dict):
        return
    record_id, text = value.get("id"), value.get("text")
    if isinstance(record_id, str) and record_id and select_choice(combo, record_id):
        return
    if not isinstance(text, str):
        return
    combo.setCurrentIndex(0)
    if text.strip() and text != combo.itemText(0):
        # A name no longer listed (deleted since) or typed half-way: kept as typed, so
        # saving says what is wrong with it.
        combo.setEditText(text)


def _set_moment(edit: QDateTimeEdit, value: Any) -> None:
    optional = optional_of(edit)
    if value is None:
        if optional is not None:
            optional.clear()
        return
    if not isinstance(value, str):
        return
    moment = QDateTime.fromString(value, ISO)
    if moment.isValid():
        edit.setDateTime(moment)


def text_in(row: dict[str, Any], key: str) -> str:
    """A text of a draft's list row ('' when missing or not a text)."""
    value = row.get(key)
    return value if isinstance(value, str) else ""


def number_in(row: dict[str, Any], key: str) -> float:
    """A number of a draft's list row (0 when missing or not a number)."""
    value = row.get(key)
    return value if _scalar(value) and not isinstance(value, str) else 0
