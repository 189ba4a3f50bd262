"""An assessment's infrastructure seen and recommended actions, as its editor's tables edit them."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from cimicdesk.domain.enums import (
    ActionAddressee,
    AssessmentSector,
    InfrastructureKind,
    InfrastructureState,
)
from cimicdesk.ui.models.cells import CHOICE, Cell
from cimicdesk.ui.models.child_rows import ChildRowsModel, Column


class InfrastructureModel(ChildRowsModel):
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


class RecommendedActionModel(ChildRowsModel):
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
