"""ReadOnlyTableModel and HeadedListModel: the Qt plumbing of the lists that only show rows."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

Index = QModelIndex | QPersistentModelIndex
# Made once: a view asks every cell's flags as it paints, and combining enum members in
# Python costs more than the call.
_ROW_FLAGS = (
    Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
)


class ReadOnlyTableModel(QAbstractTableModel):
    """A flat table of items, one a row, that can be selected but not edited.

    Subclasses implement row_total, column_total and item_at (the item of a row).
    """

    def row_total(self) -> int:
        raise NotImplementedError

    def column_total(self) -> int:
        raise NotImplementedError

    def item_at(self, row: int) -> Any:
        raise NotImplementedError

    def item_of(self, index: Index) -> Any:
        """The item of an index's row; None for an invalid index or a row past the end."""
        if not index.isValid() or not 0 <= index.row() < self.row_total():
            return None
        return self.item_at(index.row())

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.row_total()

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.column_total()

    def flags(self, index: Index) -> Qt.ItemFlag:
        return _ROW_FLAGS if index.isValid() else Qt.ItemFlag.NoItemFlags


class HeadedListModel(ReadOnlyTableModel):
    """A fully loaded list of items (in _items) under HEADERS: English titles marked with
    QT_TRANSLATE_NOOP("Columns", …), shown translated."""

    HEADERS: tuple[str, ...] = ()

    def __init__(self, parent=None):
        super().__init__(parent)
        self._items: list[Any] = []

    def row_total(self) -> int:
        return len(self._items)

    def column_total(self) -> int:
        return len(self.HEADERS)

    def item_at(self, row: int) -> Any:
        return self._items[row]

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
