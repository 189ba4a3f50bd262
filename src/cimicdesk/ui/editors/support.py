"""The support request editor: the request, the last-resort test as part of the form, the
IASC escort criteria (for convoy escorts only), an override by higher HQ, the decision."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit

from cimicdesk.domain.enums import (
    SupportChannel,
    SupportPriority,
    SupportStatus,
    SupportType,
    UniqueAdvantage,
)
from cimicdesk.domain.errors import CimicError, FieldError, ValidationError
from cimicdesk.domain.support import APPROVING_STATUSES, SupportRequest
from cimicdesk.ui.editors.common import (
    DateField,
    TabbedEditor,
    picked,
    show_start,
    show_warnings,
    warning_text,
)
from cimicdesk.ui.editors.liaison import from_qt, this_minute, to_qt
from cimicdesk.ui.formatting import grid_display
from cimicdesk.ui.generated.ui_support_editor import Ui_SupportEditor
from cimicdesk.ui.i18n import label
from cimicdesk.ui.print_record import RecordPrinter
from cimicdesk.ui.widgets.choices import (
    make_searchable,
    masked_contact_choices,
    organisation_choices,
    refill_keeping_choice,
    select_choice,
)
from cimicdesk.ui.widgets.optional_datetime import UTC as QT_UTC

# English, marked for lupdate; shown with translate("SupportEditor", …).
NOT_SAVED = QT_TRANSLATE_NOOP("SupportEditor", "(assigned when first saved)")
NO_ORGANISATION = QT_TRANSLATE_NOOP("SupportEditor", "(no organisation)")
NO_CONTACT = QT_TRANSLATE_NOOP("SupportEditor", "(no contact)")
NOT_ANSWERED = QT_TRANSLATE_NOOP("SupportEditor", "Not answered")
translate = QCoreApplication.translate
# Escort criterion field -> the stem of its widgets in the form.
CRITERION_WIDGETS = {
    "escort_need": "escortNeed",
    "escort_authorities": "escortAuthorities",
    "escort_security": "escortSecurity",
    "escort_sustainability": "escortSustainability",
}
LAST_RESORT_FIELDS = (
    "civilian_alternatives_checked",
    "unique_advantage",
    "complementarity",
    "exit_plan",
    *CRITERION_WIDGETS,
)
COMPLETE_STYLE = "color: #1b5e20; font-weight: bold;"
GAPS_STYLE = "color: #8a5a00; font-weight: bold;"
AWAITING_STYLE = (
    "background: #fff4ce; border: 1px solid #e0c060; border-radius: 3px; padding: 1px 6px;"
)


# How the summary lines name each part of the test.
GAP_NAMES = {
    "civilian_alternatives_checked": QT_TRANSLATE_NOOP(
        "SupportEditor", "civilian alternatives checked"
    ),
    "unique_advantage": QT_TRANSLATE_NOOP("SupportEditor", "unique advantage"),
    "complementarity": QT_TRANSLATE_NOOP("SupportEditor", "complementarity"),
    "exit_plan": QT_TRANSLATE_NOOP("SupportEditor", "exit plan"),
    "escort_need": QT_TRANSLATE_NOOP("SupportEditor", "escort: need and criticality"),
    "escort_authorities": QT_TRANSLATE_NOOP("SupportEditor", "escort: authorities"),
    "escort_security": QT_TRANSLATE_NOOP("SupportEditor", "escort: safety and security"),
    "escort_sustainability": QT_TRANSLATE_NOOP("SupportEditor", "escort: sustainability"),
}


def gap_names(gaps: list[FieldError]) -> str:
    """The parts of the test still missing, named in the window's language."""
    return ", ".join(
        translate("SupportEditor", GAP_NAMES[g.field]) if g.field in GAP_NAMES else g.field
        for g in gaps
    )


class SupportEditor(TabbedEditor):
    """Edits one request for mission support.

    Attributes: advantage_checks (UniqueAdvantage -> its check box), criteria
    (criterion field -> (answer combo, note edit)), date_required / decision_date
    (DateField).
    """

    FIELDS = {
        "received_at": ("receivedEdit", "receivedError"),
        "requesting_organisation_id": ("requesterCombo", "requesterError"),
        "requesting_contact_id": ("contactCombo", "contactError"),
        "purpose": ("purposeEdit", "purposeError"),
        "from_grid": ("fromGridEdit", "fromGridError"),
        "to_grid": ("toGridEdit", "toGridError"),
        "date_required": ("dateRequiredEdit", "dateRequiredError"),
        "passengers": ("passengersSpin", "quantitiesError"),
        "tonnes": ("tonnesSpin", "quantitiesError"),
        "vehicles": ("vehiclesSpin", "quantitiesError"),
        "status": ("statusCombo", "statusError"),
        "civilian_alternatives_checked": ("civilianCheck", "civilianError"),
        "unique_advantage": ("capabilityCheck", "advantageError"),
        "complementarity": ("complementarityEdit", "complementarityError"),
        "exit_plan": ("exitPlanEdit", "exitPlanError"),
        **{field: (f"{stem}Combo", f"{stem}Error") for field, stem in CRITERION_WIDGETS.items()},
        "override_reference": ("overrideReferenceEdit", "overrideReferenceError"),
        "override_authority": ("overrideAuthorityEdit", "overrideAuthorityError"),
        "decision_date": ("decisionDateEdit", "decisionDateError"),
        "decided_by": ("decidedByEdit", "decidedByError"),
        "decision_reason": ("decisionReasonEdit", "decisionReasonError"),
        "outcome": ("outcomeEdit", "outcomeError"),
    }
    FIRST_INPUT = "receivedEdit"

    def __init__(self, store, parent=None):
        super().__init__(store, parent)
        self.ui = Ui_SupportEditor()
        self.ui.setupUi(self)
        ui = self.ui
        ui.receivedEdit.setTimeZone(QT_UTC)
        for enum, combo in (
            (SupportStatus, ui.statusCombo),
            (SupportChannel, ui.channelCombo),
            (SupportType, ui.typeCombo),
            (SupportPriority, ui.priorityCombo),
        ):
            for member in enum:
                combo.addItem(label(member), member.value)
        self.advantage_checks: dict[UniqueAdvantage, QCheckBox] = {
            UniqueAdvantage.CAPABILITY: ui.capabilityCheck,
            UniqueAdvantage.AVAILABILITY: ui.availabilityCheck,
            UniqueAdvantage.TIMELINESS: ui.timelinessCheck,
        }
        self.criteria: dict[str, tuple[QComboBox, QLineEdit]] = {}
        for field, stem in CRITERION_WIDGETS.items():
            combo = getattr(ui, f"{stem}Combo")
            combo.addItem(translate("SupportEditor", NOT_ANSWERED), "")
            combo.addItem(self.tr("Yes, met"), "yes")
            combo.addItem(self.tr("No, not met"), "no")
            self.criteria[field] = (combo, getattr(ui, f"{stem}NoteEdit"))
        self.date_required = DateField(ui.dateRequiredEdit, ui.clearDateRequiredButton)
        self.decision_date = DateField(ui.decisionDateEdit, ui.clearDecisionDateButton)
        make_searchable(ui.requesterCombo)
        make_searchable(ui.contactCombo)
        show_warnings(ui.warningLabel, [])  # hidden, its line kept
        ui.tabs.setCurrentIndex(0)
        ui.openRequesterButton.clicked.connect(
            lambda: self._open(ui.requesterCombo, "organisation")
        )
        ui.openContactButton.clicked.connect(lambda: self._open(ui.contactCombo, "contact"))
        ui.requesterCombo.currentIndexChanged.connect(self._update_links)
        ui.contactCombo.currentIndexChanged.connect(self._update_links)
        # The unique-advantage error is marked on its first box; any box clears it.
        for box in self.advantage_checks.values():
            box.toggled.connect(lambda *_: self._on_edited(ui.capabilityCheck))
        self.edited.connect(self._update_live)
        self.printer = RecordPrinter(self, "support_request")  # Print… (Ctrl+P)
        self.finish_setup()

    # RecordEditor -------------------------------------------------------------------

    def refresh_choices(self) -> None:
        with self.loading():
            refill_keeping_choice(
                self.ui.requesterCombo,
                organisation_choices(self.store),
                translate("SupportEditor", NO_ORGANISATION),
            )
            refill_keeping_choice(
                self.ui.contactCombo,
                masked_contact_choices(self.store),
                translate("SupportEditor", NO_CONTACT),
            )
        self._update_links()

    def blank(self) -> SupportRequest:
        return SupportRequest(received_at=from_qt(this_minute()))

    def fill(self, request: SupportRequest) -> None:
        ui = self.ui
        ui.numberLabel.setText(request.number or translate("SupportEditor", NOT_SAVED))
        ui.statusCombo.setCurrentIndex(ui.statusCombo.findData(request.status.value))
        ui.receivedEdit.setDateTime(
            to_qt(request.received_at) if request.received_at else this_minute()
        )
        if not select_choice(
            ui.requesterCombo, request.requesting_organisation_id
        ) or not select_choice(ui.contactCombo, request.requesting_contact_id):
            self.refresh_choices()
            select_choice(ui.requesterCombo, request.requesting_organisation_id)
            select_choice(ui.contactCombo, request.requesting_contact_id)
        for combo, value in (
            (ui.channelCombo, request.channel),
            (ui.typeCombo, request.request_type),
            (ui.priorityCombo, request.priority),
        ):
            combo.setCurrentIndex(combo.findData(value.value))
        ui.purposeEdit.setPlainText(request.purpose)
        ui.fromPlaceEdit.setText(request.from_place)
        ui.fromGridEdit.setText(grid_display(request.from_grid))
        ui.toPlaceEdit.setText(request.to_place)
        ui.toGridEdit.setText(grid_display(request.to_grid))
        self.date_required.set_text(request.date_required)
        ui.durationEdit.setText(request.duration)
        ui.passengersSpin.setValue(request.passengers)
        ui.tonnesSpin.setValue(request.tonnes)
        ui.vehiclesSpin.setValue(request.vehicles)
        ui.civilianCheck.setChecked(request.civilian_alternatives_checked)
        ui.civilianNoteEdit.setPlainText(request.civilian_alternatives_note)
        for advantage, box in self.advantage_checks.items():
            box.setChecked(advantage in request.unique_advantage)
        ui.complementarityEdit.setPlainText(request.complementarity)
        ui.exitPlanEdit.setPlainText(request.exit_plan)
        for field, (combo, note) in self.criteria.items():
            answer = getattr(request, field)
            combo.setCurrentIndex(0 if answer is None else (1 if answer else 2))
            note.setText(getattr(request, f"{field}_note"))
        ui.overrideReferenceEdit.setText(request.override_reference)
        ui.overrideAuthorityEdit.setText(request.override_authority)
        self.decision_date.set_text(request.decision_date)
        ui.decidedByEdit.setText(request.decided_by)
        ui.decisionReasonEdit.setPlainText(request.decision_reason)
        ui.executingUnitEdit.setText(request.executing_unit)
        ui.outcomeEdit.setPlainText(request.outcome)
        show_start(ui.requesterCombo, ui.contactCombo)
        self._update_live()
        self._update_links()

    def read(self, request: SupportRequest) -> SupportRequest:
        ui = self.ui
        organisation = picked(
            ui.requesterCombo, "requesting_organisation_id", "organisation", "Organisations"
        )
        contact = picked(ui.contactCombo, "requesting_contact_id", "contact", "Contacts")
        criteria = {}
        for field, (combo, note) in self.criteria.items():
            answer = combo.currentData()
            criteria[field] = None if not answer else answer == "yes"
            criteria[f"{field}_note"] = note.text().strip()
        return replace(
            request,
            status=SupportStatus(ui.statusCombo.currentData()),
            received_at=from_qt(ui.receivedEdit.dateTime()),
            requesting_organisation_id=organisation,
            requesting_contact_id=contact,
            channel=SupportChannel(ui.channelCombo.currentData()),
            request_type=SupportType(ui.typeCombo.currentData()),
            priority=SupportPriority(ui.priorityCombo.currentData()),
            purpose=ui.purposeEdit.toPlainText(),
            from_place=ui.fromPlaceEdit.text().strip(),
            from_grid=self.grid_text("from_grid"),
            to_place=ui.toPlaceEdit.text().strip(),
            to_grid=self.grid_text("to_grid"),
            date_required=self.date_required.text(),
            duration=ui.durationEdit.text().strip(),
            passengers=ui.passengersSpin.value(),
            tonnes=ui.tonnesSpin.value(),
            vehicles=ui.vehiclesSpin.value(),
            civilian_alternatives_checked=ui.civilianCheck.isChecked(),
            civilian_alternatives_note=ui.civilianNoteEdit.toPlainText(),
            unique_advantage=tuple(
                a for a, box in self.advantage_checks.items() if box.isChecked()
            ),
            complementarity=ui.complementarityEdit.toPlainText(),
            exit_plan=ui.exitPlanEdit.toPlainText(),
            **criteria,
            override_reference=ui.overrideReferenceEdit.text().strip(),
            override_authority=ui.overrideAuthorityEdit.text().strip(),
            decision_date=self.decision_date.text(),
            decided_by=ui.decidedByEdit.text().strip(),
            decision_reason=ui.decisionReasonEdit.toPlainText(),
            executing_unit=ui.executingUnitEdit.text().strip(),
            outcome=ui.outcomeEdit.toPlainText(),
        )

    def show_errors(self, error: ValidationError) -> list[FieldError]:
        """Errors at their fields; an approval refused for the last-resort test also says,
        under the status, what is missing."""
        gaps = [e for e in error.errors if e.field in LAST_RESORT_FIELDS]
        if gaps and SupportStatus(self.ui.statusCombo.currentData()) in APPROVING_STATUSES:
            missing = gap_names(gaps)
            summary = FieldError(
                "status",
                self.tr(
                    "Not approved: the last-resort test is incomplete (missing: {missing}). "
                    "Complete it on the Last resort tab, or record higher HQ's override there."
                ).format(missing=missing),
            )
            error = ValidationError([*error.errors, summary])
        return super().show_errors(error)

    # Live state ---------------------------------------------------------------------

    def _update_live(self) -> None:
        """Escort criteria shown for escorts only; the test's state; warnings."""
        ui = self.ui
        try:
            request = self.read(self.record)
        except CimicError:
            return
        ui.escortGroup.setVisible(request.is_escort)
        gaps = request.last_resort_gaps()
        if not gaps:
            ui.lastResortSummary.setText(self.tr("✓ Last-resort test complete."))
            ui.lastResortSummary.setStyleSheet(COMPLETE_STYLE)
        else:
            missing = gap_names(gaps)
            if request.has_override:
                text = self.tr("Still missing: {missing}. Higher HQ's override is recorded.")
            else:
                text = self.tr("Still missing: {missing}.")
            ui.lastResortSummary.setText(text.format(missing=missing))
            ui.lastResortSummary.setStyleSheet(GAPS_STYLE)
        awaiting = request.awaiting_decision()
        ui.awaitingLabel.setText(self.tr("awaiting decision") if awaiting else "")
        ui.awaitingLabel.setStyleSheet(AWAITING_STYLE if awaiting else "")
        ui.awaitingLabel.setVisible(awaiting)
        show_warnings(ui.warningLabel, request.warnings())
        index = ui.tabs.indexOf(ui.lastResortTab)
        ui.tabs.setTabText(index, self.tr("&Last resort") + ("" if not gaps else " ⚠"))

    def warning_text(self) -> str:
        return warning_text(self.ui.warningLabel)

    def _update_links(self) -> None:
        ui = self.ui
        ui.openRequesterButton.setEnabled(ui.requesterCombo.currentIndex() > 0)
        ui.openContactButton.setEnabled(ui.contactCombo.currentIndex() > 0)
