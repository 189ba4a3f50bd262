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
from cimicdesk.ui.models.operations import IncidentTableModel
from cimicdesk.ui.pages.operations import OperationsPage, check_filter, narrow_enum_filter


class IncidentsPage(OperationsPage):
    """Incident reports; Mark flash report sent records when the flash went.

    Attributes (besides OperationsPage's): status_combo, category_combo, flash_check
    (only flash incidents whose report is not sent).
    """

    KEY = "incidents"
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

    def make_model(self) -> IncidentTableModel:
        return IncidentTableModel(self.store, self)

    def make_editor(self) -> IncidentEditor:
        editor = IncidentEditor(self.store)
        editor.flash_requested.connect(self.mark_flash_sent)
        return editor

    def build_own_filters(self, bar: QHBoxLayout) -> None:
        self.status_combo = narrow_enum_filter(
            "statusFilter",
            "Open and closed",
            IncidentStatus,
            "Show only open or closed incidents",
            characters=10,
        )
        self.category_combo = narrow_enum_filter(
            "categoryFilter", "All categories", IncidentCategory, "Show only one category"
        )
        self.flash_check = check_filter(
            "flashFilter",
            "Flash pending",
            "Only flash incidents (casualties or an immediate category) whose flash report is "
            "not marked sent",
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
            return "new incident"
        place = f" at {record.place}" if record.place else ""
        return f"{record.reference} · {record.category.label}{place}"

    def mark_flash_sent(self) -> bool:
        """Ask when the flash report went (now by default) and record it; the incident then
        leaves the dashboard's flash list."""
        self._clear_message()
        if not self.saved_first("mark its flash report sent"):
            return False
        incident: Incident = self.editor.record
        when = self.prompter.ask_time(
            "Flash report sent",
            f"When did the flash report on {incident.reference} go to higher HQ (Zulu)?",
            now_stamp(),
        )
        if when is None:
            return False
        try:
            updated = incidents.mark_flash_sent(self.store, incident.id, when)
        except ValidationError as exc:
            unplaced = self.editor.show_errors(exc)
            self.message_label.setText(
                "\n".join(e.message for e in unplaced)
                or "Flash report not marked: see the message above."
            )
            return False
        except CimicError as exc:
            self.prompter.error("Flash report not marked", str(exc))
            return False
        self.show_updated(updated, f"Flash report on {updated.reference} marked sent.")
        return True
