"""A QIP's tranches and monitoring visits, as the QIP editor's tables edit them."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from cimicdesk.ui.models.cells import DAY, NUMBER, Cell
from cimicdesk.ui.models.child_rows import ChildRowsModel, Column


class TrancheModel(ChildRowsModel):
    """The tranches paid (domain.qip.Tranche): day, amount in USD, reference, note."""

    CONTEXT = "QipEditor"
    PAID_ON, AMOUNT, REFERENCE, NOTE = range(4)
    COLUMNS = (
        Column("paid_on", QT_TRANSLATE_NOOP("QipEditor", "Date paid"), Cell(DAY)),
        Column(
            "amount_usd",
            QT_TRANSLATE_NOOP("QipEditor", "Amount (USD)"),
            Cell(NUMBER, "amount_usd", currency="USD"),
        ),
        Column("reference", QT_TRANSLATE_NOOP("QipEditor", "Reference")),
        Column("note", QT_TRANSLATE_NOOP("QipEditor", "Note")),
    )


class VisitModel(ChildRowsModel):
    """The monitoring visits (domain.qip.MonitoringVisit): day, percent complete, who
    visited, what they found (a visit's photos ride along in its row)."""

    CONTEXT = "QipEditor"
    VISIT_DATE, PERCENT, VISITED_BY, FINDINGS = range(4)
    COLUMNS = (
        Column("visit_date", QT_TRANSLATE_NOOP("QipEditor", "Date"), Cell(DAY)),
        Column(
            "percent_complete",
            QT_TRANSLATE_NOOP("QipEditor", "Complete"),
            Cell(NUMBER, "percent_complete", suffix=" %"),
        ),
        Column("visited_by", QT_TRANSLATE_NOOP("QipEditor", "Visited by")),
        Column("findings", QT_TRANSLATE_NOOP("QipEditor", "Findings")),
    )
