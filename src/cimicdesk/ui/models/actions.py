"""Open follow-up actions for the dashboard: overdue first, highlighted, with days overdue."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from cimicdesk.store import liaison
from cimicdesk.store.liaison import OpenAction
from cimicdesk.ui.models.alerts import AlertListModel
from cimicdesk.ui.models.read_only import Index

OVERDUE_BACKGROUND = QBrush(QColor("#fbe3e4"))
OVERDUE_TEXT = QBrush(QColor("#8a1c1c"))


def days_overdue(item: OpenAction, today: date) -> int:
    if not item.overdue:
        return 0
    return (today - date.fromisoformat(item.action.due_date)).days


class OpenActionsModel(AlertListModel):
    """The open actions of live liaison entries, as liaison.open_actions orders them.

    Attributes: store, today (the date 'overdue' is measured against).
    """

    # RecordIdRole gives the action's id (no KIND: the dashboard opens its liaison entry).
    EntryIdRole = Qt.ItemDataRole.UserRole + 2  # the liaison entry's id
    DUE, OVERDUE, ACTION, OWNER, REF = range(5)
    HEADERS = (
        QT_TRANSLATE_NOOP("Columns", "Due"),
        QT_TRANSLATE_NOOP("Columns", "Overdue"),
        QT_TRANSLATE_NOOP("Columns", "Action"),
        QT_TRANSLATE_NOOP("Columns", "Owner"),
        QT_TRANSLATE_NOOP("Columns", "Liaison ref"),
    )

    def load(self) -> list[OpenAction]:
        return liaison.open_actions(self.store, self.today)

    def record_id(self, item: OpenAction) -> str:
        return item.action.id

    def overdue_count(self) -> int:
        return sum(1 for item in self._items if item.overdue)

    def remove_action(self, action_id: str) -> None:
        row = next((i for i, it in enumerate(self._items) if it.action.id == action_id), None)
        if row is None:
            return
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._items[row]
        self.endRemoveRows()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == self.EntryIdRole:
            item = self.item_of(index)
            return None if item is None else item.entry_id
        return super().data(index, role)

    def display(self, item: OpenAction, column: int) -> str:
        if column == self.DUE:
            return item.action.due_date or self.tr("no date")
        if column == self.OVERDUE:
            days = days_overdue(item, self.today)
            return self.tr("%Ln day(s)", "", days) if item.overdue else ""
        if column == self.ACTION:
            return item.action.description
        if column == self.OWNER:
            return item.action.owner
        if column == self.REF:
            return item.entry_ref
        return ""

    def background(self, item: OpenAction) -> QBrush | None:
        return OVERDUE_BACKGROUND if item.overdue else None

    def foreground(self, item: OpenAction, column: int) -> QBrush | None:
        return OVERDUE_TEXT if item.overdue else None

    def tooltip(self, item: OpenAction, column: int) -> str | None:
        if column in (self.ACTION, self.OWNER):  # text that may be cut: whole here
            return self.display(item, column) or None
        return None
