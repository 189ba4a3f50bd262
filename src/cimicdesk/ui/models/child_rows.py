"""A record's child rows (a QIP's tranches and visits, a liaison entry's follow-up actions)
as an editable table model over their dataclasses."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from cimicdesk.ui.models.cells import NUMBER, RIGHT, TEXT, Cell, CellRole

Index = QModelIndex | QPersistentModelIndex
PLAIN = Cell(TEXT)


@dataclass(frozen=True)
class Column:
    """One column: the row field it edits, its header (English, translated in the
    model's CONTEXT), how its cells are edited, and the header's tooltip (English)."""

    field: str
    header: str
    cell: Cell = PLAIN
    tip: str = ""


class ChildRowsModel(QAbstractTableModel):
    """Rows of one kind of record, each a dataclass; a cell edit puts a copy of the row
    with the new value in its place (dataclasses.replace), so the record the editor
    loaded is never changed under it. Texts are held as typed (the editor trims them).

    Subclasses set COLUMNS and CONTEXT (the translation context of the headers).
    Signals: refused(text): a value was not taken, and why (in the window's language).
    """

    refused = Signal(str)
    COLUMNS: tuple[Column, ...] = ()
    CONTEXT = ""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._rows: list[Any] = []

    # Our API --------------------------------------------------------------------------

    def rows(self) -> list[Any]:
        """The rows as they are now (with the edits), in order."""
        return list(self._rows)

    def row(self, number: int) -> Any:
        return self._rows[number]

    def set_rows(self, rows: list[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def append(self, record: Any) -> int:
        """Add a row at the end; returns its number."""
        number = len(self._rows)
        self.beginInsertRows(QModelIndex(), number, number)
        self._rows.append(record)
        self.endInsertRows()
        return number

    def remove(self, number: int) -> bool:
        if not 0 <= number < len(self._rows):
            return False
        self.beginRemoveRows(QModelIndex(), number, number)
        del self._rows[number]
        self.endRemoveRows()
        return True

    # Qt overrides ---------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        column = self.COLUMNS[index.column()]
        record = self._rows[index.row()]
        value = getattr(record, column.field)
        if role == Qt.ItemDataRole.DisplayRole:
            return column.cell.shown(value)
        if role == Qt.ItemDataRole.EditRole:
            return value
        if role == Qt.ItemDataRole.ToolTipRole and column.cell.kind == TEXT and value:
            return str(value)  # a long finding or action, whole
        if role == Qt.ItemDataRole.TextAlignmentRole and column.cell.kind == NUMBER:
            return int(RIGHT.value)
        if role == CellRole:
            return column.cell
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        column = self.COLUMNS[index.column()]
        taken, why = column.cell.taken(value)
        if why:
            self.refused.emit(why)
            return False
        record = self._rows[index.row()]
        if getattr(record, column.field) == taken:
            return True  # an editor closed on the value it opened with: no edit
        self._rows[index.row()] = replace(record, **{column.field: taken})
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole])
        return True

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return super().flags(index) | Qt.ItemFlag.ItemIsEditable

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.COLUMNS):
            return None
        column = self.COLUMNS[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate(self.CONTEXT, column.header)
        if role == Qt.ItemDataRole.ToolTipRole and column.tip:
            return QCoreApplication.translate(self.CONTEXT, column.tip)
        return None
