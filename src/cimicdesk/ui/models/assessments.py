"""The assessments list: newest first, each with its worst severity in the scale's colour."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QBrush

from cimicdesk.domain.assessment import Assessment
from cimicdesk.domain.assessment_trend import worst_severity
from cimicdesk.domain.enums import CommunityKind, Severity
from cimicdesk.store import assessments
from cimicdesk.store.filters import AssessmentFilter
from cimicdesk.ui.i18n import label
from cimicdesk.ui.models.lazy import Column, LazyRecordModel
from cimicdesk.ui.severity import background, foreground, severity_text
from cimicdesk.ui.widgets.column_fit import REF, TEXT


def where_text(assessment: Assessment) -> str:
    """'Nana-Grébizi / Mbrès' (one of them alone when the other is not given)."""
    return " / ".join(part for part in (assessment.adm1, assessment.adm2) if part)


class AssessmentTableModel(LazyRecordModel):
    """Community assessments, the latest visit first; the Worst column shows the highest
    severity rated as '4 · Extreme' on its colour, empty when no sector is rated."""

    REFERENCE, ASSESSED_ON, COMMUNITY, KIND, WHERE, TEAM, WORST, UNIT = range(8)
    COLUMNS = (
        Column(
            QT_TRANSLATE_NOOP("Columns", "Reference"),
            "reference",
            "BANBAT1-ASM-2026-000",
            REF,
            drop=5,
        ),
        Column(QT_TRANSLATE_NOOP("Columns", "Date"), "assessed_on", "2026-11-25"),
        Column(QT_TRANSLATE_NOOP("Columns", "Community"), "community", 16, TEXT),
        Column(QT_TRANSLATE_NOOP("Columns", "Kind"), "kind", CommunityKind.TOWN_QUARTER, drop=3),
        Column(QT_TRANSLATE_NOOP("Columns", "Prefecture / sub-prefecture"), None, 20, TEXT, drop=2),
        Column(QT_TRANSLATE_NOOP("Columns", "Team"), None, 16, TEXT, drop=1),
        Column(QT_TRANSLATE_NOOP("Columns", "Worst"), "worst", Severity.CATASTROPHIC),
        Column(QT_TRANSLATE_NOOP("Columns", "Unit"), None, 10, REF, drop=4),
    )
    DEFAULT_SORT = (ASSESSED_ON, Qt.SortOrder.DescendingOrder)
    FILTER = AssessmentFilter
    LIST_RECORDS = staticmethod(assessments.list_assessments)
    GET_RECORD = staticmethod(assessments.get_assessment)

    def display(self, record: Assessment, column: int) -> str:
        if column == self.REFERENCE:
            return record.reference
        if column == self.ASSESSED_ON:
            return record.assessed_on
        if column == self.COMMUNITY:
            return record.community_name
        if column == self.KIND:
            return label(record.community_kind)
        if column == self.WHERE:
            return where_text(record)
        if column == self.TEAM:
            return record.team
        if column == self.WORST:
            worst = worst_severity(record)
            return severity_text(worst) if worst is not None else ""
        if column == self.UNIT:
            return record.origin_unit
        return ""

    def tooltip(self, record: Assessment, column: int) -> str | None:
        if column == self.WORST:
            rated = [s for s in record.live_sectors() if s.severity is not None]
            if not rated:
                return self.tr("No sector rated.")
            return "\n".join(
                f"{label(s.sector)}: {severity_text(s.severity)}"
                for s in rated
                if s.severity is not None
            )
        return None

    def record_data(self, record: Assessment, column: int, role: int) -> Any:
        if column == self.WORST and role in (
            Qt.ItemDataRole.BackgroundRole,
            Qt.ItemDataRole.ForegroundRole,
        ):
            worst = worst_severity(record)
            if worst is None:
                return None
            colour = background(worst) if role == Qt.ItemDataRole.BackgroundRole else None
            return QBrush(colour if colour is not None else foreground(worst))
        return super().record_data(record, column, role)
