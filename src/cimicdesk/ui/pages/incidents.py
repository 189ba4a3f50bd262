"""The Incidents page: reports newest first, flash incidents marked until their flash
report is marked sent."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QHBoxLayout

from cimicdesk.domain.enums import IncidentCategory, IncidentStatus
from cimicdesk.domain.errors import CimicError, ValidationError
from cimicdesk.domain.incident import Incident
from cimicdesk.domain.timeutil import now_stamp
from cimicdesk.store import incidents
from cimicdesk.ui.editors.incident import IncidentEditor
from cimicdesk.ui.i18n import label, message
from cimicdesk.ui.models.operations import IncidentTableModel
from cimicdesk.ui.pages.operations import OperationsPage, check_filter, narrow_enum_filter
from cimicdesk.ui.pages.record_page import Nouns


class IncidentsPage(OperationsPage):
    """Incident reports; Mark flash report sent records when the flash went.

    Attributes (besides OperationsPage's): status_combo, category_combo, flash_check
    (only flash incidents whose report is not sent).
    """

    KEY = "incidents"
    MAP_KIND = "incident"
    TITLE = "Incidents"
    ICON = ":/icons/incidents"
    NOUN = "incident"
    NOUNS = "incidents"
    SPLIT = (560, 540)
    TABLE = incidents.TABLE
    DATE_WHAT = "incidents that occurred"
    GET = incidents.get_incident
    SAVE = incidents.save_incident
    DELETE = incidents.delete_incident
    RESTORE = incidents.restore_incident
    COUNT = incidents.count_incidents
    COUNT_TABLE = incidents.TABLE

    def nouns(self) -> Nouns:
        return Nouns(
            self.tr("incident"),
            self.tr("incidents"),
            self.tr("New incident"),
            self.tr("&New incident"),
            lambda n: self.tr("%Ln incident(s)", "", n),
        )

    def date_tooltips(self) -> tuple[str, str]:
        return (
            self.tr("Incidents that occurred on or after this day (Z); 'any' for no limit."),
            self.tr("Incidents that occurred on or before this day (Z); 'any' for no limit."),
        )

    def make_model(self) -> IncidentTableModel:
        return IncidentTableModel(self.store, self)

    def make_editor(self) -> IncidentEditor:
        editor = IncidentEditor(self.store)
        editor.flash_requested.connect(self.mark_flash_sent)
        return editor

    def build_own_filters(self, bar: QHBoxLayout) -> None:
        self.status_combo = narrow_enum_filter(
            "statusFilter",
            self.tr("Open and closed"),
            IncidentStatus,
            self.tr("Show only open or closed incidents"),
            characters=10,
        )
        self.category_combo = narrow_enum_filter(
            "categoryFilter",
            self.tr("All categories"),
            IncidentCategory,
            self.tr("Show only one category"),
        )
        self.flash_check = check_filter(
            "flashFilter",
            self.tr("Flash pending"),
            self.tr(
                "Only flash incidents (casualties or an immediate category) whose flash report "
                "is not marked sent"
            ),
        )
        for combo in (self.status_combo, self.category_combo):
            combo.currentIndexChanged.connect(lambda _: self.apply_filters())
            bar.addWidget(combo)
        self.flash_check.toggled.connect(lambda _: self.apply_filters())
        bar.addWidget(self.flash_check)

    def own_filter_values(self) -> dict[str, Any]:
        status = self.status_combo.currentData()
        category = self.category_combo.currentData()
        return {
            "status": IncidentStatus(status) if status else None,
            "category": IncidentCategory(category) if category else None,
            "flash_pending": self.flash_check.isChecked() or None,
        }

    def describe(self, record: Incident) -> str:
        if not record.reference:
            return self.tr("new incident")
        if record.place:
            return self.tr("{ref} · {category} at {place}").format(
                ref=record.reference, category=label(record.category), place=record.place
            )
        return f"{record.reference} · {label(record.category)}"

    def mark_flash_sent(self) -> bool:
        """Ask when the flash report went (now by default) and record it; the incident then
        leaves the dashboard's flash list."""
        self._clear_message()
        if not self.saved_first(self.tr("mark its flash report sent")):
            return False
        incident: Incident = self.editor.record
        when = self.prompter.ask_time(
            self.tr("Flash report sent"),
            self.tr("When did the flash report on {ref} go to higher HQ (Zulu)?").format(
                ref=incident.reference
            ),
            now_stamp(),
        )
        if when is None:
            return False
        try:
            updated = incidents.mark_flash_sent(self.store, incident.id, when)
        except ValidationError as exc:
            unplaced = self.editor.show_errors(exc)
            self.message_label.setText(
                "\n".join(message(e.message) for e in unplaced)
                or self.tr("Flash report not marked: see the message above.")
            )
            return False
        except CimicError as exc:
            self.prompter.error(self.tr("Flash report not marked"), message(exc))
            return False
        self.show_updated(
            updated,
            self.tr("Flash report on {ref} marked sent.").format(ref=updated.reference),
        )
        return True
