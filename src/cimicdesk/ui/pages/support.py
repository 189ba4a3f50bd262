"""The Support requests page: requests for mission support, newest first, those awaiting
a decision marked; approval needs the last-resort test or higher HQ's override."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QHBoxLayout

from cimicdesk.domain.enums import SupportStatus, SupportType
from cimicdesk.domain.support import SupportRequest
from cimicdesk.store import support_requests
from cimicdesk.ui.editors.support import SupportEditor
from cimicdesk.ui.i18n import label
from cimicdesk.ui.models.operations import SupportTableModel
from cimicdesk.ui.pages.operations import OperationsPage, check_filter, narrow_enum_filter
from cimicdesk.ui.pages.record_page import Nouns


class SupportPage(OperationsPage):
    """Requests for mission support (transport, escort, engineering, medical…).

    Attributes (besides OperationsPage's): status_combo, type_combo, awaiting_check
    (only requests received, under review or forwarded).
    """

    KEY = "support"
    MAP_KIND = "support_request"
    MAP_GRIDS = ("to_grid", "from_grid")
    TITLE = "Support requests"
    ICON = ":/icons/support"
    NOUN = "support request"
    NOUNS = "support requests"
    SPLIT = (560, 540)
    TABLE = support_requests.TABLE
    DATE_WHAT = "requests received"
    GET = support_requests.get_support_request
    SAVE = support_requests.save_support_request
    DELETE = support_requests.delete_support_request
    RESTORE = support_requests.restore_support_request
    COUNT = support_requests.count_support_requests
    COUNT_TABLE = support_requests.TABLE

    def nouns(self) -> Nouns:
        return Nouns(
            self.tr("support request"),
            self.tr("support requests"),
            self.tr("New support request"),
            self.tr("&New support request"),
            lambda n: self.tr("%Ln support request(s)", "", n),
        )

    def date_tooltips(self) -> tuple[str, str]:
        return (
            self.tr("Requests received on or after this day (Z); 'any' for no limit."),
            self.tr("Requests received on or before this day (Z); 'any' for no limit."),
        )

    def make_model(self) -> SupportTableModel:
        return SupportTableModel(self.store, self)

    def make_editor(self) -> SupportEditor:
        return SupportEditor(self.store)

    def build_own_filters(self, bar: QHBoxLayout) -> None:
        self.status_combo = narrow_enum_filter(
            "statusFilter",
            self.tr("All statuses"),
            SupportStatus,
            self.tr("Show only requests with one status"),
        )
        self.type_combo = narrow_enum_filter(
            "typeFilter",
            self.tr("All types"),
            SupportType,
            self.tr("Show only one kind of support"),
        )
        self.awaiting_check = check_filter(
            "awaitingFilter",
            self.tr("Awaiting decision"),
            self.tr("Only requests received, under review or forwarded to higher HQ"),
        )
        for combo in (self.status_combo, self.type_combo):
            combo.currentIndexChanged.connect(lambda _: self.apply_filters())
            bar.addWidget(combo)
        self.awaiting_check.toggled.connect(lambda _: self.apply_filters())
        bar.addWidget(self.awaiting_check)

    def own_filter_values(self) -> dict[str, Any]:
        status = self.status_combo.currentData()
        request_type = self.type_combo.currentData()
        return {
            "status": SupportStatus(status) if status else None,
            "request_type": SupportType(request_type) if request_type else None,
            "awaiting_decision": self.awaiting_check.isChecked() or None,
        }

    def describe(self, record: SupportRequest) -> str:
        if not record.number:
            return self.tr("new support request")
        parts = (record.number, label(record.request_type), record.requester_name)
        return " · ".join(p for p in parts if p)
