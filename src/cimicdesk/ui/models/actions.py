"""Open follow-up actions for the dashboard: overdue first, highlighted, with days overdue."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from cimicdesk.store import liaison
from cimicdesk.store.database import Store
from cimicdesk.store.liaison import OpenAction

Index = QModelIndex | QPersistentModelIndex
OVERDUE_BACKGROUND = QBrush(QColor("#fbe3e4"))
OVERDUE_TEXT = QBrush(QColor("#8a1c1c"))


def days_overdue(item: OpenAction, today: date) -> int:
    if not item.overdue:
        return 0
    return (today - date.fromisoformat(item.action.due_date)).days


class OpenActionsModel(QAbstractTableModel):
    """The open actions of live liaison entries, as liaison.open_actions orders them.

    Attributes: store, today (the date 'overdue' is measured against).
    """

    RecordIdRole = Qt.ItemDataRole.UserRole + 1  # the action's id
    EntryIdRole = Qt.ItemDataRole.UserRole + 2  # the liaison entry's id
    DUE, OVERDUE, ACTION, OWNER, REF = range(5)
    HEADERS = (
        QT_TRANSLATE_NOOP("Columns", "Due"),
        QT_TRANSLATE_NOOP("Columns", "Overdue"),
        QT_TRANSLATE_NOOP("Columns", "Action"),
        QT_TRANSLATE_NOOP("Columns", "Owner"),
        QT_TRANSLATE_NOOP("Columns", "Liaison ref"),
    )

    def __init__(self, store: Store, today: date, parent=None):
        super().__init__(parent)
        self.store = store
        self.today = today
        self._items: list[OpenAction] = []
        self.reload()

    def reload(self, today: date | None = None) -> None:
        self.beginResetModel()
        self.today = today or self.today
        self._items = liaison.open_actions(self.store, self.today)
        self.endResetModel()

    def item_at(self, row: int) -> OpenAction:
        return self._items[row]

    def overdue_count(self) -> int:
        return sum(1 for item in self._items if item.overdue)

    def remove_action(self, action_id: str) -> None:
        row = next((i for i, it in enumerate(self._items) if it.action.id == action_id), None)
        if row is None:
            return
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._items[row]
        self.endRemoveRows()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item = self._items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(item, index.column())
        if role == Qt.ItemDataRole.BackgroundRole and item.overdue:
            return OVERDUE_BACKGROUND
        if role == Qt.ItemDataRole.ForegroundRole and item.overdue:
            return OVERDUE_TEXT
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == self.ACTION:
            return item.action.description
        if role == self.RecordIdRole:
            return item.action.id
        if role == self.EntryIdRole:
            return item.entry_id
        return None

    def _display(self, item: OpenAction, column: int) -> str:
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

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self.HEADERS)
        ):
            return QCoreApplication.translate("Columns", self.HEADERS[section])
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flag = Qt.ItemFlag
        return flag.ItemIsEnabled | flag.ItemIsSelectable | flag.ItemNeverHasChildren
