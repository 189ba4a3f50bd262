"""An assessment's infrastructure seen and recommended actions, as its editor's tables edit them."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt

from cimicdesk.domain.enums import (
    ActionAddressee,
    AssessmentSector,
    InfrastructureKind,
    InfrastructureState,
)
from cimicdesk.ui.formatting import grid_display
from cimicdesk.ui.models.cells import CHOICE, Cell
from cimicdesk.ui.models.child_rows import ChildRowsModel, Column, Index


class ChoicesWhole(ChildRowsModel):
    """A table whose choice cells may be cut to their column: each shows its whole label
    as its tooltip."""

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        choice = index.isValid() and self.COLUMNS[index.column()].cell.kind == CHOICE
        if role == Qt.ItemDataRole.ToolTipRole and choice:
            return super().data(index, Qt.ItemDataRole.DisplayRole) or None
        return super().data(index, role)


class InfrastructureModel(ChoicesWhole):
    """Infrastructure seen (domain.assessment.InfrastructureItem): kind, state, note, grid."""

    CONTEXT = "AssessmentEditor"
    KIND, STATE, NOTE, GRID = range(4)
    COLUMNS = (
        Column(
            "kind",
            QT_TRANSLATE_NOOP("AssessmentEditor", "Infrastructure"),
            Cell(CHOICE, choices=InfrastructureKind),
        ),
        Column(
            "state",
            QT_TRANSLATE_NOOP("AssessmentEditor", "State"),
            Cell(CHOICE, choices=InfrastructureState),
        ),
        Column(
            "note",
            QT_TRANSLATE_NOOP("AssessmentEditor", "Note"),
            tip=QT_TRANSLATE_NOOP(
                "AssessmentEditor", "What was seen; needed when the kind is 'Other'"
            ),
        ),
        Column(
            "grid",
            QT_TRANSLATE_NOOP("AssessmentEditor", "Grid"),
            tip=QT_TRANSLATE_NOOP("AssessmentEditor", "Where it is (MGRS), if it was taken"),
        ),
    )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and index.isValid() and index.column() == self.GRID:
            return grid_display(self.row(index.row()).grid)  # '34N DM 64100 37560', as typed
        return super().data(index, role)


class RecommendedActionModel(ChoicesWhole):
    """Recommended actions (domain.assessment.RecommendedAction): what, for whom, sector."""

    CONTEXT = "AssessmentEditor"
    DESCRIPTION, ADDRESSED_TO, SECTOR = range(3)
    COLUMNS = (
        Column("description", QT_TRANSLATE_NOOP("AssessmentEditor", "Action recommended")),
        Column(
            "addressed_to",
            QT_TRANSLATE_NOOP("AssessmentEditor", "Addressed to"),
            Cell(CHOICE, choices=ActionAddressee),
            tip=QT_TRANSLATE_NOOP(
                "AssessmentEditor",
                "The mission acts itself only as a last resort (a QIP candidate); most needs "
                "go to the humanitarian partners",
            ),
        ),
        Column(
            "sector",
            QT_TRANSLATE_NOOP("AssessmentEditor", "Sector"),
            Cell(CHOICE, choices=AssessmentSector, optional=True),
            tip=QT_TRANSLATE_NOOP("AssessmentEditor", "Empty when it concerns several sectors"),
        ),
    )
