"""The QIP editor: the project, its lifecycle (status, moves, history), budget and dates,
tranches under the approved budget, monitoring visits with their photos."""

from __future__ import annotations

from contextlib import suppress
from dataclasses import replace
from datetime import date
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QListWidgetItem,
    QPushButton,
    QTableWidgetItem,
    QWidget,
)

from cimicdesk.domain.enums import QipCategory, QipStatus
from cimicdesk.domain.errors import CimicError, FieldError
from cimicdesk.domain.qip import MonitoringVisit, Qip, Tranche, available_transitions
from cimicdesk.domain.timeutil import utc_now
from cimicdesk.i18n.message import Message
from cimicdesk.store import attachments, qips
from cimicdesk.store.mission_settings import get_mission_settings
from cimicdesk.ui.editors.common import DateField, TabbedEditor, picked, show_start, warning_text
from cimicdesk.ui.editors.common import show_warnings as show_warning_line
from cimicdesk.ui.editors.draft_fields import number_in, text_in
from cimicdesk.ui.editors.field_tips import budget_tip, joined
from cimicdesk.ui.editors.qip_assessment import AssessmentLink
from cimicdesk.ui.formatting import grid_display
from cimicdesk.ui.generated.ui_qip_editor import Ui_QipEditor
from cimicdesk.ui.i18n import label, message, number, usd
from cimicdesk.ui.models.qip_children import TrancheModel, VisitModel
from cimicdesk.ui.print_record import RecordPrinter
from cimicdesk.ui.widgets.child_table import RowKeys, edit_cell, set_up_child_table
from cimicdesk.ui.widgets.choices import (
    make_searchable,
    masked_contact_choices,
    organisation_choices,
    refill_keeping_choice,
    select_choice,
)

# English, marked for lupdate; shown with translate("QipEditor", …).
NOT_SAVED = QT_TRANSLATE_NOOP("QipEditor", "(assigned when first saved)")
NO_PARTNER = QT_TRANSLATE_NOOP("QipEditor", "(no partner yet)")
NO_FOCAL_POINT = QT_TRANSLATE_NOOP("QipEditor", "(no focal point)")
translate = QCoreApplication.translate
PhotoRole = Qt.ItemDataRole.UserRole
THUMB_SIDE = 128
S = QipStatus
# The main line of the lifecycle, as the stages label shows it.
MAIN_LINE = (
    S.IDENTIFIED,
    S.PROPOSAL_DRAFTED,
    S.SUBMITTED,
    S.UNDER_REVIEW,
    S.APPROVED,
    S.AGREEMENT_SIGNED,
    S.DISBURSED,
    S.IN_IMPLEMENTATION,
    S.COMPLETED,
    S.HANDED_OVER,
    S.CLOSED,
)
# What the button for a move to each stage says (context 'QipMoves': a verb, not a label).
VERBS = {
    S.PROPOSAL_DRAFTED: QT_TRANSLATE_NOOP("QipMoves", "Proposal drafted"),
    S.SUBMITTED: QT_TRANSLATE_NOOP("QipMoves", "Submit"),
    S.UNDER_REVIEW: QT_TRANSLATE_NOOP("QipMoves", "To PRC review"),
    S.APPROVED: QT_TRANSLATE_NOOP("QipMoves", "Approve"),
    S.RETURNED: QT_TRANSLATE_NOOP("QipMoves", "Return"),
    S.REJECTED: QT_TRANSLATE_NOOP("QipMoves", "Reject"),
    S.AGREEMENT_SIGNED: QT_TRANSLATE_NOOP("QipMoves", "Agreement signed"),
    S.DISBURSED: QT_TRANSLATE_NOOP("QipMoves", "Disbursed"),
    S.IN_IMPLEMENTATION: QT_TRANSLATE_NOOP("QipMoves", "Start work"),
    S.COMPLETED: QT_TRANSLATE_NOOP("QipMoves", "Complete"),
    S.HANDED_OVER: QT_TRANSLATE_NOOP("QipMoves", "Hand over"),
    S.CLOSED: QT_TRANSLATE_NOOP("QipMoves", "Close"),
    S.CANCELLED: QT_TRANSLATE_NOOP("QipMoves", "Cancel project"),
}
STATUS_COLOURS = {
    S.REJECTED: "#b00020",
    S.CANCELLED: "#7a7a7a",
    S.RETURNED: "#8a5a00",
    S.COMPLETED: "#1b6e20",
    S.HANDED_OVER: "#1b6e20",
    S.CLOSED: "#1b6e20",
}
REFUSED_STYLE = "QPushButton { color: #8a8a8a; }"
LATE_STYLE = "color: #b00020;"


def valid_day(text: str) -> str:
    """A YYYY-MM-DD day as it is, '' for anything else (a row then shows today)."""
    try:
        return date.fromisoformat(text).isoformat() if len(text) == 10 else ""
    except ValueError:
        return ""


def verb(status: QipStatus) -> str:
    """What the button moving a project to `status` says, in the window's language."""
    return translate("QipMoves", VERBS[status]) if status in VERBS else label(status)


def stages_html(qip: Qip) -> str:
    """The lifecycle's main line: stages passed ticked, the current one bold, an off-line
    end (returned, rejected, cancelled) shown after the last stage reached."""
    reached = {t.to_status for t in qip.transitions} | {qip.status}
    parts = []
    for stage in MAIN_LINE:
        if stage is qip.status:
            parts.append(f"<b>● {label(stage)}</b>")
        elif stage in reached:
            parts.append(f"<span style='color:#1b6e20'>✓ {label(stage)}</span>")
        else:
            parts.append(f"<span style='color:#8a8a8a'>{label(stage)}</span>")
    text = " › ".join(parts)
    if qip.status not in MAIN_LINE:
        colour = STATUS_COLOURS.get(qip.status, "#000000")
        text += f"<br><b style='color:{colour}'>● {label(qip.status)}</b>"
    return text


class QipEditor(TabbedEditor):
    """Edits one QIP. Its status changes only through the move buttons, which the page
    handles (they ask date, recorder and note through the prompter).

    Attributes: transition_buttons (status -> its button), refusals (status -> why the
    move is refused now, empty when allowed), dates (field -> DateField), thumbnails
    (attachment id -> QPixmap, made once), today (the date lateness is measured against),
    moves_note (what the move row says when there is no move to offer), tranches_model
    and visits_model (the rows of the two tables, as edited).
    """

    transition_requested = Signal(object)  # the QipStatus to move to
    photo_requested = Signal()  # add a photo to the selected visit
    photo_removal_requested = Signal(str)  # attachment id
    settings_requested = Signal()  # change the mission's QIP rules

    FIELDS = {
        "title": ("titleEdit", "titleError"),
        "objective": ("objectiveEdit", "objectiveError"),
        "grid": ("gridEdit", "gridError"),
        "implementing_partner_id": ("partnerCombo", "partnerError"),
        "focal_point_id": ("focalPointCombo", "focalPointError"),
        "duplication_check": ("duplicationEdit", "duplicationError"),
        "targeted_men": ("targetedMenSpin", "beneficiariesError"),
        "targeted_women": ("targetedWomenSpin", "beneficiariesError"),
        "targeted_children": ("targetedChildrenSpin", "beneficiariesError"),
        "reached_men": ("reachedMenSpin", "beneficiariesError"),
        "reached_women": ("reachedWomenSpin", "beneficiariesError"),
        "reached_children": ("reachedChildrenSpin", "beneficiariesError"),
        "budget_requested_usd": ("requestedSpin", "requestedError"),
        "budget_approved_usd": ("approvedSpin", "approvedError"),
        "local_currency": ("currencyEdit", "currencyError"),
        "exchange_rate": ("rateSpin", "currencyError"),
        "community_contribution": ("communityEdit", "communityError"),
        "community_contribution_usd": ("communityValueSpin", "communityValueError"),
        "review_date": ("reviewDateEdit", "reviewDateError"),
        "planned_start": ("plannedStartEdit", "plannedStartError"),
        "planned_end": ("plannedEndEdit", "plannedEndError"),
        "actual_start": ("actualStartEdit", "actualStartError"),
        "actual_end": ("actualEndEdit", "actualEndError"),
        "handover_date": ("handoverDateEdit", "handoverDateError"),
        "receiving_authority": ("receivingAuthorityEdit", "receivingAuthorityError"),
        "final_report_ref": ("finalReportEdit", "finalReportError"),
        "tranches": ("tranchesTable", "tranchesError"),
        "visits": ("visitsTable", "visitsError"),
        "status": ("statusLabel", "statusError"),
        "note": ("statusLabel", "statusError"),
        "transition_date": ("statusLabel", "statusError"),
    }
    FIRST_INPUT = "titleEdit"
    DATE_WIDGETS = {
        "review_date": ("reviewDateEdit", "clearReviewDateButton"),
        "planned_start": ("plannedStartEdit", "clearPlannedStartButton"),
        "planned_end": ("plannedEndEdit", "clearPlannedEndButton"),
        "actual_start": ("actualStartEdit", "clearActualStartButton"),
        "actual_end": ("actualEndEdit", "clearActualEndButton"),
        "handover_date": ("handoverDateEdit", "clearHandoverDateButton"),
    }
    PAID_ON, AMOUNT, REFERENCE = TrancheModel.PAID_ON, TrancheModel.AMOUNT, TrancheModel.REFERENCE
    TRANCHE_NOTE = TrancheModel.NOTE
    VISIT_DATE, PERCENT = VisitModel.VISIT_DATE, VisitModel.PERCENT
    VISITED_BY, FINDINGS = VisitModel.VISITED_BY, VisitModel.FINDINGS
    COUNTS = (
        ("targeted_men", "targetedMenSpin"),
        ("targeted_women", "targetedWomenSpin"),
        ("targeted_children", "targetedChildrenSpin"),
        ("reached_men", "reachedMenSpin"),
        ("reached_women", "reachedWomenSpin"),
        ("reached_children", "reachedChildrenSpin"),
    )

    def __init__(self, store, parent=None, today=lambda: utc_now().date()):
        super().__init__(store, parent)
        self.today = today
        self.ui = Ui_QipEditor()
        self.ui.setupUi(self)
        self.transition_buttons: dict[QipStatus, QPushButton] = {}
        self.refusals: dict[QipStatus, tuple[Message | str, ...]] = {}
        self.thumbnails: dict[str, QPixmap] = {}
        ui = self.ui
        for category in QipCategory:
            ui.categoryCombo.addItem(
                f"{label(category)} ({category.cluster.value})", category.value
            )
        self.dates = {
            name: DateField(getattr(ui, edit), getattr(ui, button))
            for name, (edit, button) in self.DATE_WIDGETS.items()
        }
        make_searchable(ui.partnerCombo)
        make_searchable(ui.focalPointCombo)
        # The assessment that justifies the project, just above the duplication check.
        self.assessment_link = AssessmentLink(store, self, ui.formLayout, ui.duplicationEdit)
        link = self.assessment_link
        self.add_error_label("assessment_id", link.combo, link.row)
        QWidget.setTabOrder(ui.proposingUnitEdit, link.combo)
        QWidget.setTabOrder(link.combo, link.open_button)
        QWidget.setTabOrder(link.open_button, ui.duplicationEdit)
        show_warning_line(ui.warningLabel, [])  # hidden, its line kept
        self._budget_whats = {spin: spin.toolTip() for spin in (ui.requestedSpin, ui.approvedSpin)}
        self.moves_note = QLabel()
        self.moves_note.setObjectName("movesNote")
        self.moves_note.setStyleSheet("color: #5a5a5a;")
        ui.transitionLayout.insertWidget(0, self.moves_note)
        ui.tabs.setCurrentIndex(0)
        self._set_up_tables()
        ui.openPartnerButton.clicked.connect(lambda: self._open(ui.partnerCombo, "organisation"))
        ui.openFocalPointButton.clicked.connect(lambda: self._open(ui.focalPointCombo, "contact"))
        link.open_button.clicked.connect(lambda: self._open(link.combo, "assessment"))
        ui.partnerCombo.currentIndexChanged.connect(self._update_links)
        ui.focalPointCombo.currentIndexChanged.connect(self._update_links)
        self.assessment_link.combo.currentIndexChanged.connect(self._show_assessment)
        ui.categoryCombo.currentIndexChanged.connect(self._show_assessment)
        for edit in (ui.placeEdit, ui.gridEdit):  # the assessments near them come first
            edit.editingFinished.connect(self._order_assessments)
        ui.changeSettingsButton.clicked.connect(self.settings_requested)
        ui.addTrancheButton.clicked.connect(lambda: self.add_tranche())
        ui.removeTrancheButton.clicked.connect(self._remove_tranche)
        ui.addVisitButton.clicked.connect(lambda: self.add_visit())
        ui.removeVisitButton.clicked.connect(self._remove_visit)
        ui.addPhotoButton.clicked.connect(self.photo_requested)
        ui.removePhotoButton.clicked.connect(self._remove_photo)
        ui.visitsTable.selectionModel().selectionChanged.connect(self._show_selected_photos)
        ui.visitsTable.selectionModel().currentRowChanged.connect(self._show_selected_photos)
        self.visits_model.dataChanged.connect(self._show_selected_photos)  # the visit's day
        for _, name in self.COUNTS:
            getattr(ui, name).valueChanged.connect(self._update_totals)
        self.edited.connect(self._update_live)
        self.printer = RecordPrinter(self, "qip")  # Print… (Ctrl+P)
        self.finish_setup()

    def _set_up_tables(self) -> None:
        ui = self.ui
        self.tranches_model = TrancheModel(self)
        self.visits_model = VisitModel(self)
        set_up_child_table(
            ui.tranchesTable,
            self.tranches_model,
            widths={
                self.PAID_ON: "2026-11-25 ▾",
                self.AMOUNT: "USD 50,000.00 ▴▾",
                self.REFERENCE: "PV-20261108-0412",
            },
            stretch=self.TRANCHE_NOTE,
        )
        set_up_child_table(
            ui.visitsTable,
            self.visits_model,
            widths={
                self.VISIT_DATE: "2026-11-25 ▾",
                self.PERCENT: "100 % ▴▾",
                self.VISITED_BY: "CIMIC team 2",
            },
            stretch=self.FINDINGS,
        )
        RowKeys(ui.tranchesTable, lambda: self.add_tranche(), self._remove_tranche)
        RowKeys(ui.visitsTable, lambda: self.add_visit(), self._remove_visit)
        self.watch_rows(self.tranches_model, "tranches")
        self.watch_rows(self.visits_model, "visits")
        for table, widths, stretch in (
            (
                ui.historyTable,
                {
                    0: "2026-11-25",
                    1: label(QipStatus.UNDER_REVIEW),
                    2: label(QipStatus.AGREEMENT_SIGNED),
                    3: "Capt. Rahman",
                },
                4,
            ),
        ):
            header = table.horizontalHeader()
            header.setStretchLastSection(False)
            metrics = table.fontMetrics()
            for column, sample in widths.items():
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
                header.resizeSection(column, metrics.horizontalAdvance(sample) + 24)
            header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
            table.setWordWrap(False)
            table.verticalHeader().setDefaultSectionSize(metrics.height() + 12)
        ui.historyTable.setMinimumHeight(220)
        ui.photosHeading.setWordWrap(True)  # the visit's date and count: never widen the form

    # RecordEditor -------------------------------------------------------------------

    def refresh_choices(self) -> None:
        with self.loading():
            refill_keeping_choice(
                self.ui.partnerCombo,
                organisation_choices(self.store),
                translate("QipEditor", NO_PARTNER),
            )
            refill_keeping_choice(
                self.ui.focalPointCombo,
                masked_contact_choices(self.store),
                translate("QipEditor", NO_FOCAL_POINT),
            )
            record = self.record
            if record is not None:
                self.assessment_link.refresh(record.grid, record.place)
            else:
                self.assessment_link.refresh()
        self._update_links()
        self._show_assessment()

    def blank(self) -> Qip:
        return Qip()

    def fill(self, qip: Qip) -> None:
        ui = self.ui
        ui.numberLabel.setText(qip.number or translate("QipEditor", NOT_SAVED))
        ui.titleEdit.setText(qip.title)
        ui.categoryCombo.setCurrentIndex(ui.categoryCombo.findData(qip.category.value))
        ui.objectiveEdit.setPlainText(qip.objective)
        ui.placeEdit.setText(qip.place)
        ui.gridEdit.setText(grid_display(qip.grid))
        if not select_choice(ui.partnerCombo, qip.implementing_partner_id) or not select_choice(
            ui.focalPointCombo, qip.focal_point_id
        ):
            self.refresh_choices()
            select_choice(ui.partnerCombo, qip.implementing_partner_id)
            select_choice(ui.focalPointCombo, qip.focal_point_id)
        ui.proposingUnitEdit.setText(qip.proposing_unit)
        ui.proposingUnitEdit.setPlaceholderText(
            self.tr("{unit} when left empty").format(unit=self.store.unit.name)
        )
        ui.duplicationEdit.setPlainText(qip.duplication_check)
        self.assessment_link.refresh(qip.grid, qip.place, keep=qip.assessment_id or "")
        self._show_assessment()
        for field, name in self.COUNTS:
            getattr(ui, name).setValue(getattr(qip, field))
        ui.requestedSpin.setValue(qip.budget_requested_usd)
        ui.approvedSpin.setValue(qip.budget_approved_usd)
        ui.currencyEdit.setText(qip.local_currency)
        ui.rateSpin.setValue(qip.exchange_rate)
        ui.communityEdit.setText(qip.community_contribution)
        ui.communityValueSpin.setValue(qip.community_contribution_usd)
        ui.reviewDecisionEdit.setText(qip.review_decision)
        ui.reviewRefEdit.setText(qip.review_ref)
        for name, field in self.dates.items():
            field.set_text(getattr(qip, name))
        ui.receivingAuthorityEdit.setText(qip.receiving_authority)
        ui.finalReportEdit.setText(qip.final_report_ref)
        selected_visit = self.selected_visit()
        self.tranches_model.set_rows([self._dated(t) for t in qip.live_tranches()])
        live_visits = sorted((v for v in qip.visits if not v.deleted), key=lambda v: v.visit_date)
        self.visits_model.set_rows([self._dated(v) for v in live_visits])
        show_start(ui.partnerCombo, ui.focalPointCombo, self.assessment_link.combo)
        self._fill_history(qip)
        self._fill_status(qip)
        self._update_totals()
        self._update_live()
        keep = selected_visit.id if selected_visit is not None and selected_visit.id else ""
        self.select_visit(keep if any(v.id == keep for v in qip.visits) else None)

    def read(self, qip: Qip) -> Qip:
        ui = self.ui
        partner = picked(
            ui.partnerCombo, "implementing_partner_id", "organisation", "Organisations"
        )
        focal_point = picked(ui.focalPointCombo, "focal_point_id", "contact", "Contacts")
        assessment = picked(
            self.assessment_link.combo, "assessment_id", "assessment", "Assessments"
        )
        return replace(
            qip,
            title=ui.titleEdit.text().strip(),
            category=QipCategory(ui.categoryCombo.currentData()),
            objective=ui.objectiveEdit.toPlainText(),
            place=ui.placeEdit.text().strip(),
            grid=self.grid_text("grid"),
            implementing_partner_id=partner,
            focal_point_id=focal_point,
            assessment_id=assessment,
            proposing_unit=ui.proposingUnitEdit.text().strip(),
            duplication_check=ui.duplicationEdit.toPlainText(),
            **{field: getattr(ui, name).value() for field, name in self.COUNTS},
            budget_requested_usd=ui.requestedSpin.value(),
            budget_approved_usd=ui.approvedSpin.value(),
            local_currency=ui.currencyEdit.text().strip().upper(),
            exchange_rate=ui.rateSpin.value(),
            community_contribution=ui.communityEdit.text().strip(),
            community_contribution_usd=ui.communityValueSpin.value(),
            review_decision=ui.reviewDecisionEdit.text().strip(),
            review_ref=ui.reviewRefEdit.text().strip(),
            **{name: field.text() for name, field in self.dates.items()},
            receiving_authority=ui.receivingAuthorityEdit.text().strip(),
            final_report_ref=ui.finalReportEdit.text().strip(),
            tranches=self.tranches(),
            visits=self.visits(),
        )

    def draft_lists(self) -> dict[str, list[Any]]:
        """Tranche and visit rows as typed, each with its id ('' for a new row)."""
        return {
            "tranches": [
                {
                    "id": tranche.id,
                    "paid_on": tranche.paid_on,
                    "amount_usd": tranche.amount_usd,
                    "reference": tranche.reference,
                    "note": tranche.note,
                }
                for tranche in self.tranches_model.rows()
            ],
            "visits": [
                {
                    "id": visit.id,
                    "visit_date": visit.visit_date,
                    "percent_complete": visit.percent_complete,
                    "visited_by": visit.visited_by,
                    "findings": visit.findings,
                }
                for visit in self.visits_model.rows()
            ],
        }

    def apply_draft_lists(self, lists: dict[str, Any]) -> None:
        """Rows back in the tables; a row of a stored tranche or visit keeps what the draft
        does not hold (a visit's photos)."""
        tranches, visits = lists.get("tranches"), lists.get("visits")
        if isinstance(tranches, list):
            stored = {t.id: t for t in self.record.tranches if t.id}
            rows = []
            for row in (r for r in tranches if isinstance(r, dict)):
                original = stored.get(text_in(row, "id")) or Tranche(
                    id=text_in(row, "id"), qip_id=self.record_id
                )
                rows.append(
                    replace(
                        original,
                        paid_on=valid_day(text_in(row, "paid_on")),
                        amount_usd=float(number_in(row, "amount_usd")),
                        reference=text_in(row, "reference"),
                        note=text_in(row, "note"),
                    )
                )
            self.tranches_model.set_rows([self._dated(t) for t in rows])
        if isinstance(visits, list):
            selected = self.selected_visit()
            stored_visits = {v.id: v for v in self.record.visits if v.id}
            rows = []
            for row in (r for r in visits if isinstance(r, dict)):
                original = stored_visits.get(text_in(row, "id")) or MonitoringVisit(
                    id=text_in(row, "id"), qip_id=self.record_id
                )
                rows.append(
                    replace(
                        original,
                        visit_date=valid_day(text_in(row, "visit_date")),
                        percent_complete=int(number_in(row, "percent_complete")),
                        visited_by=text_in(row, "visited_by"),
                        findings=text_in(row, "findings"),
                    )
                )
            self.visits_model.set_rows([self._dated(v) for v in rows])
            self.select_visit(selected.id if selected is not None else None)

    # Lifecycle ----------------------------------------------------------------------

    def _fill_status(self, qip: Qip) -> None:
        ui = self.ui
        ui.statusLabel.setText(label(qip.status))
        colour = STATUS_COLOURS.get(qip.status, "")
        ui.statusLabel.setStyleSheet(f"color: {colour};" if colour else "")
        ui.stagesLabel.setText(stages_html(qip))
        self._rebuild_transition_buttons(qip)

    def _rebuild_transition_buttons(self, qip: Qip) -> None:
        layout = self.ui.transitionLayout
        for button in self.transition_buttons.values():
            layout.removeWidget(button)
            button.deleteLater()
        self.transition_buttons = {}
        if self.is_new:
            self.refusals = {}
            self.moves_note.setText(self.tr("Save the project to start its lifecycle."))
            self.moves_note.show()
            return
        self.refusals = dict(qips.transitions_available(self.store, qip))
        if not self.refusals:
            self.moves_note.setText(
                self.tr("None: the project is {status}.").format(status=label(qip.status).lower())
            )
            self.moves_note.show()
            return
        self.moves_note.hide()
        for index, status in enumerate(self.refusals):
            button = QPushButton(verb(status))
            button.setObjectName(f"move_{status.value}")
            button.setAutoDefault(False)
            button.clicked.connect(lambda _=False, s=status: self.transition_requested.emit(s))
            layout.insertWidget(index + 1, button)
            self.transition_buttons[status] = button
        self._style_transition_buttons()

    def _style_transition_buttons(self) -> None:
        for status, button in self.transition_buttons.items():
            reasons = self.refusals.get(status)
            if reasons:
                button.setStyleSheet(REFUSED_STYLE)
                button.setToolTip(
                    self.tr("Not yet possible: {reason}\nClick to see where.").format(
                        reason=" ".join(message(reason) for reason in reasons)
                    )
                )
            else:
                button.setStyleSheet("")
                button.setToolTip(
                    self.tr("Move the project to “{status}”.").format(status=label(status))
                )

    def _update_live(self) -> None:
        """Warnings, refusals and the disbursed total as the officer types."""
        try:
            qip = self.read(self.record)
        except CimicError:
            return
        self.show_warnings(qips.qip_warnings(self.store, qip))
        if self.transition_buttons:
            settings = get_mission_settings(self.store)
            self.refusals = dict(available_transitions(qip, settings))
            self._style_transition_buttons()
        self._update_disbursed(qip)
        self._update_settings_label()

    def show_warnings(self, warnings: list[FieldError]) -> None:
        warnings = list(warnings)
        if not self.is_new and self.record.is_late(self.today()):
            late_days = (self.today() - date.fromisoformat(self.record.planned_end)).days
            warnings.insert(
                0,
                FieldError(
                    "planned_end",
                    self.tr(
                        "Late: the planned end ({date}) passed {days} ago and the project is "
                        "still {status}."
                    ).format(
                        date=self.record.planned_end,
                        days=self.tr("%Ln day(s)", "", late_days),
                        status=label(self.record.status).lower(),
                    ),
                ),
            )
        show_warning_line(self.ui.warningLabel, warnings)

    def warning_text(self) -> str:
        return warning_text(self.ui.warningLabel)

    def _update_settings_label(self) -> None:
        settings = get_mission_settings(self.store)
        for spin, what in self._budget_whats.items():  # the rule, with its numbers
            spin.setToolTip(joined(what, budget_tip(settings)))
        self.ui.settingsLabel.setText(
            self.tr(
                "Mission rules: at most {ceiling} approved per project, finished within "
                "{months} months of the first disbursement."
            ).format(ceiling=usd(settings.qip_ceiling_usd), months=settings.qip_max_months)
        )

    def settings_changed(self) -> None:
        """The mission's rules changed: re-check warnings and moves."""
        self._update_live()

    def _fill_history(self, qip: Qip) -> None:
        table = self.ui.historyTable
        table.setRowCount(0)
        for transition in sorted(qip.transitions, key=lambda t: t.seq):
            row = table.rowCount()
            table.insertRow(row)
            values = (
                transition.transition_date,
                label(transition.from_status) if transition.from_status else "—",
                label(transition.to_status),
                transition.recorded_by,
                transition.note,
            )
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setToolTip(value)
                table.setItem(row, column, item)

    # Tranches -------------------------------------------------------------------------

    def tranches(self) -> list[Tranche]:
        """The tranches in the table, their texts trimmed."""
        return [
            replace(t, reference=t.reference.strip(), note=t.note.strip())
            for t in self.tranches_model.rows()
        ]

    def _dated(self, row: Any) -> Any:
        """A tranche or visit without a valid day shows (and keeps) today."""
        field = "paid_on" if isinstance(row, Tranche) else "visit_date"
        if valid_day(getattr(row, field)):
            return row
        return replace(row, **{field: self.today().isoformat()})

    def add_tranche(self, amount: float = 0.0, paid_on: str = "") -> int:
        """Append a tranche row (today, or the date given) and start editing its amount;
        returns the row."""
        tranche = Tranche(qip_id=self.record_id, paid_on=paid_on, amount_usd=amount)
        row = self.tranches_model.append(self._dated(tranche))
        edit_cell(self.ui.tranchesTable, row, self.AMOUNT)
        return row

    def _remove_tranche(self) -> None:
        row = self.ui.tranchesTable.currentIndex().row()
        if row >= 0:
            self.tranches_model.remove(row)

    def _update_disbursed(self, qip: Qip) -> None:
        paid = qip.total_disbursed()
        line = self.ui.disbursedLabel
        if qip.budget_approved_usd:
            share = round(100 * paid / qip.budget_approved_usd)
            line.setText(
                self.tr("Paid {paid} of {approved} approved ({share} %)").format(
                    paid=usd(paid), approved=usd(qip.budget_approved_usd), share=share
                )
            )
        else:
            line.setText(self.tr("Paid {paid}; no approved budget yet").format(paid=usd(paid)))
        over = qip.budget_approved_usd and round(paid * 100) > round(qip.budget_approved_usd * 100)
        line.setStyleSheet(LATE_STYLE if over else "")

    # Visits and photos -------------------------------------------------------------------

    def visits(self) -> list[MonitoringVisit]:
        """The visits in the table, their texts trimmed (each keeps its photos)."""
        return [self._trimmed_visit(v) for v in self.visits_model.rows()]

    @staticmethod
    def _trimmed_visit(visit: MonitoringVisit) -> MonitoringVisit:
        return replace(visit, visited_by=visit.visited_by.strip(), findings=visit.findings.strip())

    def add_visit(self) -> int:
        """Append a visit row dated today (percent as at the last visit); returns the row."""
        rows = self.visits_model.rows()
        last = rows[-1].percent_complete if rows else 0
        visit = MonitoringVisit(qip_id=self.record_id, percent_complete=last)
        row = self.visits_model.append(self._dated(visit))
        self.select_visit_row(row)
        return row

    def _remove_visit(self) -> None:
        row = self.ui.visitsTable.currentIndex().row()
        if row >= 0:
            self.visits_model.remove(row)
            self._show_selected_photos()

    def select_visit_row(self, row: int) -> None:
        table = self.ui.visitsTable
        table.setCurrentIndex(self.visits_model.index(row, self.FINDINGS))
        table.selectRow(row)
        self._show_selected_photos()

    def select_visit(self, visit_id: str | None) -> None:
        """Select a visit by id (None: the latest), which shows its photos."""
        visits = self.visits_model.rows()
        rows = [r for r, visit in enumerate(visits) if visit.id == visit_id]
        if rows:
            self.select_visit_row(rows[0])
        elif visits:
            self.select_visit_row(len(visits) - 1)
        else:
            self._show_selected_photos()

    def selected_visit(self) -> MonitoringVisit | None:
        row = self.ui.visitsTable.currentIndex().row()
        if not 0 <= row < self.visits_model.rowCount():
            return None
        return self._trimmed_visit(self.visits_model.row(row))

    def thumbnail(self, attachment_id: str) -> QPixmap:
        """A photo's thumbnail, read from the database once."""
        if attachment_id not in self.thumbnails:
            pixmap = QPixmap()
            # A photo missing from this file shows as an empty frame.
            with suppress(CimicError):
                pixmap.loadFromData(
                    attachments.photo_thumbnail(self.store, attachment_id, THUMB_SIDE)
                )
            self.thumbnails[attachment_id] = pixmap
        return self.thumbnails[attachment_id]

    def _show_selected_photos(self) -> None:
        listed = self.ui.photosList
        listed.clear()
        visit = self.selected_visit()
        ui = self.ui
        if visit is None:
            ui.photosHeading.setText(self.tr("Photos of the selected visit"))
        else:
            when = visit.visit_date or self.tr("the new visit")
            count = len(visit.photos)
            ui.photosHeading.setText(
                self.tr("Photos of the visit of {when} ({photos})").format(
                    when=when, photos=self.tr("%Ln photo(s)", "", count)
                )
            )
            for photo in visit.photos:
                text = photo.caption or photo.filename or self.tr("photo")
                item = QListWidgetItem(QIcon(self.thumbnail(photo.id)), text)
                item.setData(PhotoRole, photo.id)
                item.setToolTip(f"{text} · {photo.width}×{photo.height} px")
                listed.addItem(item)
        ui.addPhotoButton.setEnabled(visit is not None)
        ui.removePhotoButton.setEnabled(listed.count() > 0)

    def forget_photo(self, attachment_id: str) -> None:
        """A photo was removed from the database: drop it from the visits shown."""
        for visit in self.visits_model.rows():
            visit.photos = [p for p in visit.photos if p.id != attachment_id]
        self._show_selected_photos()

    def _remove_photo(self) -> None:
        item = self.ui.photosList.currentItem()
        if item is not None:
            self.photo_removal_requested.emit(item.data(PhotoRole))

    # Links and totals ---------------------------------------------------------------------

    def _order_assessments(self) -> None:
        with self.loading():
            self.assessment_link.refresh(self.ui.gridEdit.text(), self.ui.placeEdit.text())

    def _show_assessment(self) -> None:
        """What the linked assessment says, for the category chosen."""
        category = QipCategory(self.ui.categoryCombo.currentData() or QipCategory.OTHER.value)
        self.assessment_link.show(category)

    def _update_links(self) -> None:
        ui = self.ui
        ui.openPartnerButton.setEnabled(ui.partnerCombo.currentIndex() > 0)
        ui.openFocalPointButton.setEnabled(ui.focalPointCombo.currentIndex() > 0)

    def _update_totals(self) -> None:
        ui = self.ui
        for stem in ("targeted", "reached"):
            total = sum(getattr(ui, f"{stem}{g}Spin").value() for g in ("Men", "Women", "Children"))
            getattr(ui, f"{stem}TotalLabel").setText(number(total))
