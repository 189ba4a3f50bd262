"""An incident's casualty counts as a table: a row per group, a column per outcome (killed,
injured, abducted), and a total row that adds them up."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont, QPalette

from cimicdesk.domain.incident import CASUALTY_FIELDS, CASUALTY_GROUPS, CASUALTY_OUTCOMES
from cimicdesk.ui.i18n import label_text
from cimicdesk.ui.models.cells import NUMBER, RIGHT, Cell, CellRole

Index = QModelIndex | QPersistentModelIndex
TOTAL = QT_TRANSLATE_NOOP("IncidentEditor", "Total")
CELL_TIP = QT_TRANSLATE_NOOP("IncidentEditor", "{outcome}: {group}")
MARKED = QColor("#fbe3e4")  # a cell an error names (the error is shown under the table)
translate = QCoreApplication.translate


class CasualtyModel(QAbstractTableModel):
    """Counts of killed, injured and abducted per group (Incident's CASUALTY_FIELDS,
    'killed_civilian_men' …). The last row is the total of each outcome (read-only).

    Signals: refused(text): a count was not taken, and why (in the window's language).
    Attributes: marked (the fields an error names; their cells are tinted).
    """

    refused = Signal(str)
    OUTCOMES = tuple(outcome for outcome, _ in CASUALTY_OUTCOMES)
    GROUPS = tuple(group for group, _ in CASUALTY_GROUPS)
    TOTAL_ROW = len(GROUPS)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._counts = dict.fromkeys(CASUALTY_FIELDS, 0)
        self.marked: set[str] = set()

    # Our API --------------------------------------------------------------------------

    def counts(self) -> dict[str, int]:
        """Field -> count, for every casualty field of an incident."""
        return dict(self._counts)

    def set_counts(self, counts: dict[str, int]) -> None:
        self.beginResetModel()
        self._counts = {name: counts.get(name, 0) for name in CASUALTY_FIELDS}
        self.marked = set()
        self.endResetModel()

    def total(self, outcome: str) -> int:
        return sum(self._counts[f"{outcome}_{group}"] for group in self.GROUPS)

    def field_at(self, index: Index) -> str | None:
        """The casualty field of a cell (None for the total row)."""
        if not index.isValid() or index.row() >= self.TOTAL_ROW:
            return None
        return f"{self.OUTCOMES[index.column()]}_{self.GROUPS[index.row()]}"

    def index_of(self, field: str) -> QModelIndex:
        outcome, group = field.split("_", 1)
        return self.index(self.GROUPS.index(group), self.OUTCOMES.index(outcome))

    def set_marked(self, fields: list[str] | set[str] | tuple[str, ...]) -> None:
        """Tint the cells of these fields (an error names them); () clears."""
        fields = {f for f in fields if f in self._counts}
        if fields == self.marked:
            return
        self.marked = fields
        last = self.index(self.TOTAL_ROW, len(self.OUTCOMES) - 1)
        self.dataChanged.emit(self.index(0, 0), last, [Qt.ItemDataRole.BackgroundRole])

    # Qt overrides ---------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.GROUPS) + 1

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.OUTCOMES)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        field = self.field_at(index)
        outcome = self.OUTCOMES[index.column()]
        count = self._counts[field] if field else self.total(outcome)
        if role == Qt.ItemDataRole.DisplayRole:
            return Cell(NUMBER, field or "killed_civilian_men").shown(count)
        if role == Qt.ItemDataRole.EditRole:
            return count
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(RIGHT.value)
        if role == Qt.ItemDataRole.FontRole and field is None:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and field is None:
            return QPalette().text()  # a total is read-only, not greyed out
        if role == Qt.ItemDataRole.BackgroundRole and field in self.marked:
            return QBrush(MARKED)
        if role == Qt.ItemDataRole.ToolTipRole and field:
            return translate("IncidentEditor", CELL_TIP).format(
                outcome=self._outcome_label(index.column()),
                group=self._group_label(index.row()),
            )
        if role == CellRole and field:
            return Cell(NUMBER, field)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        field = self.field_at(index)
        if field is None or role != Qt.ItemDataRole.EditRole:
            return False
        taken, why = Cell(NUMBER, field).taken(value)
        if why:
            self.refused.emit(why)
            return False
        if self._counts[field] == taken:
            return True
        self._counts[field] = taken
        total = self.index(self.TOTAL_ROW, index.column())
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole])
        self.dataChanged.emit(total, total, [Qt.ItemDataRole.DisplayRole])
        return True

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if self.field_at(index) is None:
            return Qt.ItemFlag.NoItemFlags  # the totals: Tab and the arrows pass them by
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.OUTCOMES):
            if role == Qt.ItemDataRole.DisplayRole:
                return self._outcome_label(section)
        elif orientation == Qt.Orientation.Vertical and 0 <= section <= self.TOTAL_ROW:
            if role == Qt.ItemDataRole.DisplayRole:
                if section == self.TOTAL_ROW:
                    return translate("IncidentEditor", TOTAL)
                return self._group_label(section)
            if role == Qt.ItemDataRole.FontRole and section == self.TOTAL_ROW:
                font = QFont()
                font.setBold(True)
                return font
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int((Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter).value)
        return None

    @staticmethod
    def _outcome_label(column: int) -> str:
        return label_text(CASUALTY_OUTCOMES[column][1], "Casualty")

    @staticmethod
    def _group_label(row: int) -> str:
        return label_text(CASUALTY_GROUPS[row][1], "Casualty")
