"""A liaison entry's follow-up actions, as the liaison editor's table edits them."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from cimicdesk.domain.enums import ActionStatus
from cimicdesk.ui.models.cells import CHOICE, Cell
from cimicdesk.ui.models.child_rows import ChildRowsModel, Column


class FollowUpModel(ChildRowsModel):
    """Follow-up actions (domain.records.FollowUpAction): what, who, due (typed as
    YYYY-MM-DD, or left empty: the entry's check says when it is no date), status."""

    CONTEXT = "LiaisonEditor"
    ACTION, OWNER, DUE, STATUS = range(4)
    COLUMNS = (
        Column("description", QT_TRANSLATE_NOOP("LiaisonEditor", "Action")),
        Column("owner", QT_TRANSLATE_NOOP("LiaisonEditor", "Owner")),
        Column(
            "due_date",
            QT_TRANSLATE_NOOP("LiaisonEditor", "Due"),
            tip=QT_TRANSLATE_NOOP("LiaisonEditor", "Due date, as YYYY-MM-DD"),
        ),
        Column(
            "status",
            QT_TRANSLATE_NOOP("LiaisonEditor", "Status"),
            Cell(CHOICE, choices=ActionStatus),
        ),
    )
