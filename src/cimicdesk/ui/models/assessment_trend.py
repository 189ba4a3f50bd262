"""A community's assessments side by side: a column per assessment (oldest left), a row per
sector with its severity coloured and marked ↑ or ↓, the worst severity, the population."""

from __future__ import annotations

import html
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from cimicdesk.domain.assessment import Assessment
from cimicdesk.domain.assessment_trend import (
    in_date_order,
    severity_series,
    steps_since_rated,
    worst_severity,
)
from cimicdesk.domain.enums import AssessmentSector, Severity
from cimicdesk.ui.i18n import label, number
from cimicdesk.ui.severity import background, foreground, severity_text

Index = QModelIndex | QPersistentModelIndex
NOT_RATED = "—"  # assessed but not rated (too little to go on); blank: not assessed
RISE, FALL = "↑", "↓"


def plain_tooltip(*paragraphs: str) -> str:
    """Paragraphs as a tooltip, officers' text shown as text: a tooltip that looks like
    markup is drawn as markup, so the text is escaped into paragraphs of our own."""
    return "".join(f"<p style='white-space:pre-wrap'>{html.escape(p)}</p>" for p in paragraphs if p)


@dataclass(frozen=True)
class TrendRow:
    """One row of the trend: 'worst', a sector, or a population group."""

    kind: str  # "worst" | "sector" | "population"
    sector: AssessmentSector | None = None
    group: str = ""


ROWS: tuple[TrendRow, ...] = (
    TrendRow("worst"),
    *(TrendRow("sector", sector=s) for s in AssessmentSector),
    *(TrendRow("population", group=g) for g in ("resident", "idps", "returnees")),
)


class CommunityTrendModel(QAbstractTableModel):
    """The trend of one community's assessments (oldest first), read-only.

    Attributes: assessments (in date order), series (per sector, its SeverityPoints),
    moves (per sector, steps_since_rated of its series). Roles: SeverityRole (the cell's
    Severity or None), MoveRole (how far it moved since the last rating: + rose, - fell),
    RatedRole (whether the sector was assessed that day).
    """

    SeverityRole = Qt.ItemDataRole.UserRole + 1
    MoveRole = Qt.ItemDataRole.UserRole + 2
    RatedRole = Qt.ItemDataRole.UserRole + 3

    def __init__(self, parent=None):
        super().__init__(parent)
        self.assessments: list[Assessment] = []
        self.series: dict[AssessmentSector, list] = {}
        self.moves: dict[AssessmentSector, list[int]] = {}

    def show_assessments(self, assessments: list[Assessment]) -> None:
        self.beginResetModel()
        self.assessments = in_date_order(a for a in assessments if not a.deleted)
        self.series = severity_series(self.assessments)
        self.moves = {sector: steps_since_rated(points) for sector, points in self.series.items()}
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(ROWS)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.assessments)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def row_of(self, sector: AssessmentSector) -> int:
        """The row a sector is shown in."""
        return next(i for i, row in enumerate(ROWS) if row.sector is sector)

    def row_name(self, row: TrendRow) -> str:
        if row.kind == "worst":
            return self.tr("Worst severity")
        if row.sector is not None:
            return label(row.sector)
        return {
            "resident": self.tr("Residents"),
            "idps": self.tr("IDPs"),
            "returnees": self.tr("Returnees"),
        }[row.group]

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Vertical:
            if 0 <= section < len(ROWS) and role == Qt.ItemDataRole.DisplayRole:
                return self.row_name(ROWS[section])
            return None
        if not 0 <= section < len(self.assessments):
            return None
        assessment = self.assessments[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{assessment.assessed_on}\n{assessment.reference}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip(assessment.reference, assessment.team, assessment.origin_unit)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (
            0 <= index.row() < len(ROWS) and 0 <= index.column() < len(self.assessments)
        ):
            return None
        row = ROWS[index.row()]
        assessment = self.assessments[index.column()]
        if row.kind == "population":
            return self._population(assessment, row.group, role)
        if row.kind == "worst":
            severity = worst_severity(assessment)
            return self._severity_cell(severity, True, 0, role, "")
        assert row.sector is not None
        rating = next((s for s in assessment.live_sectors() if s.sector is row.sector), None)
        severity = self.series[row.sector][index.column()].severity
        move = self.moves[row.sector][index.column()]
        tip = ""
        if rating is not None:
            tip = plain_tooltip(rating.key_facts, rating.sources)
        return self._severity_cell(severity, rating is not None, move, role, tip)

    def _severity_cell(
        self, severity: Severity | None, rated: bool, move: int, role: int, facts: str
    ) -> Any:
        if role == self.SeverityRole:
            return severity
        if role == self.MoveRole:
            return move
        if role == self.RatedRole:
            return rated
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignCenter
        if not rated:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if severity is None:
                return NOT_RATED
            mark = f" {RISE}" if move > 0 else f" {FALL}" if move < 0 else ""
            return f"{severity_text(severity)}{mark}"
        if role == Qt.ItemDataRole.BackgroundRole and severity is not None:
            return background(severity)
        if role == Qt.ItemDataRole.ForegroundRole and severity is not None:
            return foreground(severity)
        if role == Qt.ItemDataRole.ToolTipRole:
            if severity is None:
                said = self.tr("Assessed, not rated: too little to go on.")
            elif move:
                before = severity.level - move
                said = (
                    self.tr("Rose from {before} to {after}")
                    if move > 0
                    else self.tr("Fell from {before} to {after}")
                ).format(before=before, after=severity.level)
            else:
                said = severity_text(severity)
            return plain_tooltip(said) + facts
        return None

    def _population(self, assessment: Assessment, group: str, role: int) -> Any:
        total = assessment.population_total(group)
        if role == Qt.ItemDataRole.DisplayRole:
            return number(total) if total is not None else ""
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return None
