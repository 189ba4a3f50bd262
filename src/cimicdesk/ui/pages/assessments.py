"""The Assessments page: community assessments, the latest visit first, each with its worst
severity; filters by kind, period, severity and sector."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import QComboBox, QHBoxLayout

from cimicdesk.domain.assessment import Assessment
from cimicdesk.domain.enums import AssessmentSector, CommunityKind, Severity
from cimicdesk.store import assessments
from cimicdesk.ui.editors.assessment import AssessmentEditor
from cimicdesk.ui.editors.base import fit_narrow
from cimicdesk.ui.editors.common import iso_day
from cimicdesk.ui.models.assessments import AssessmentTableModel
from cimicdesk.ui.pages.operations import OperationsPage, narrow_enum_filter
from cimicdesk.ui.pages.record_page import Nouns
from cimicdesk.ui.severity import severity_text, swatch


class AssessmentsPage(OperationsPage):
    """Community assessments (docs/assessment-fields.md); Esc in the editor drops its
    unsaved changes, after asking.

    Attributes (besides OperationsPage's): kind_combo, severity_combo (worst severity at
    least), sector_combo (a sector rated).
    """

    KEY = "assessments"
    MAP_KIND = "assessment"
    TITLE = "Assessments"
    ICON = ":/icons/assessment"
    NOUN = "assessment"
    NOUNS = "assessments"
    SPLIT = (520, 680)
    TABLE = assessments.TABLE
    DATE_WHAT = "assessments made"
    DATE_BACK = 365  # a community is assessed every few months: a year shows the last rounds
    GET = assessments.get_assessment
    SAVE = assessments.save_assessment
    DELETE = assessments.delete_assessment
    RESTORE = assessments.restore_assessment
    COUNT = assessments.count_assessments
    COUNT_TABLE = assessments.TABLE

    def nouns(self) -> Nouns:
        return Nouns(
            self.tr("assessment"),
            self.tr("assessments"),
            self.tr("New assessment"),
            self.tr("&New assessment"),
            lambda n: self.tr("%Ln assessment(s)", "", n),
        )

    def date_tooltips(self) -> tuple[str, str]:
        return (
            self.tr("Assessments made on or after this day; 'any' for no limit."),
            self.tr("Assessments made on or before this day; 'any' for no limit."),
        )

    def make_model(self) -> AssessmentTableModel:
        return AssessmentTableModel(self.store, self)

    def make_editor(self) -> AssessmentEditor:
        editor = AssessmentEditor(self.store, today=self.today)
        editor.cancel_requested.connect(self.discard_changes)
        return editor

    def build_own_filters(self, bar: QHBoxLayout) -> None:
        self.kind_combo = narrow_enum_filter(
            "kindFilter",
            self.tr("All kinds"),
            CommunityKind,
            self.tr("Show only one kind of community"),
            characters=10,
        )
        self.severity_combo = QComboBox()
        self.severity_combo.setObjectName("severityFilter")
        self.severity_combo.addItem(self.tr("Any severity"), "")
        for severity in Severity:
            self.severity_combo.addItem(
                swatch(severity),
                self.tr("{severity} or worse").format(severity=severity_text(severity)),
                severity.value,
            )
        self.severity_combo.setToolTip(
            self.tr("Show only assessments whose worst sector is at least this severe")
        )
        fit_narrow(self.severity_combo, 12)
        self.sector_combo = narrow_enum_filter(
            "sectorFilter",
            self.tr("All sectors"),
            AssessmentSector,
            self.tr("Show only assessments that rated this sector"),
        )
        for combo in (self.kind_combo, self.severity_combo, self.sector_combo):
            combo.currentIndexChanged.connect(lambda _: self.apply_filters())
            bar.addWidget(combo)

    def own_filter_values(self) -> dict[str, Any]:
        kind = self.kind_combo.currentData()
        severity = self.severity_combo.currentData()
        sector = self.sector_combo.currentData()
        return {
            "community_kind": CommunityKind(kind) if kind else None,
            "min_severity": Severity(severity) if severity else None,
            "sector": AssessmentSector(sector) if sector else None,
        }

    def date_filter_value(self, moment: QDateTime, days_after: int = 0) -> str:
        return iso_day(moment.date().addDays(days_after))

    def describe(self, record: Assessment) -> str:
        if not record.reference:
            return record.community_name or self.tr("new assessment")
        return f"{record.reference} · {record.community_name}"
