"""Lets a QDateTimeEdit or QDateEdit hold 'no value', shown as a special text."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QDate, QDateTime, QEvent, QObject, Qt, QTime, QTimeZone
from PySide6.QtWidgets import QDateTimeEdit

UTC = QTimeZone(QTimeZone.Initialization.UTC)
EMPTY = QDateTime(QDate(2000, 1, 1), QTime(0, 0), UTC)
_PASS_KEYS = {
    Qt.Key.Key_Tab,
    Qt.Key.Key_Backtab,
    Qt.Key.Key_Escape,
    Qt.Key.Key_Return,
    Qt.Key.Key_Enter,
}


class OptionalDateTime(QObject):
    """Wraps an edit: its minimum means empty; touching an empty edit fills in a default.

    Attributes: edit (the wrapped QDateTimeEdit or QDateEdit), default (gives the value
    to start from when the user begins to edit an empty field).
    """

    def __init__(self, edit: QDateTimeEdit, empty_text: str, default: Callable[[], QDateTime]):
        super().__init__(edit)
        self.edit = edit
        self.default = default
        edit.setTimeZone(UTC)
        edit.setMinimumDateTime(EMPTY)
        edit.setSpecialValueText(empty_text)
        edit.installEventFilter(self)
        self.clear()

    def is_empty(self) -> bool:
        return self.edit.dateTime() <= EMPTY

    def value(self) -> QDateTime | None:
        return None if self.is_empty() else self.edit.dateTime()

    def set_value(self, moment: QDateTime | None) -> None:
        self.edit.setDateTime(moment if moment is not None else EMPTY)

    def clear(self) -> None:
        self.edit.setDateTime(EMPTY)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        # The wheel starts an edit only in a focused field: over an unfocused one it scrolls
        # the form (ui/widgets/wheel_guard.py), and must not fill in a date on its way.
        starts_edit = (
            kind == QEvent.Type.MouseButtonPress
            or (kind == QEvent.Type.Wheel and self.edit.hasFocus())
            or (kind == QEvent.Type.KeyPress and event.key() not in _PASS_KEYS)
        )
        if watched is self.edit and starts_edit and self.is_empty():
            self.edit.setDateTime(self.default())
            if kind == QEvent.Type.KeyPress:  # typed digits write the date from its start
                self.edit.setCurrentSectionIndex(0)
                self.edit.setSelectedSection(self.edit.sectionAt(0))
        return False
