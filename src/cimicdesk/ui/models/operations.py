"""The operations lists: QIPs (late ones marked), incidents (pending flash reports marked)
and support requests (those awaiting a decision marked)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from cimicdesk.domain.enums import (
    IncidentCategory,
    IncidentStatus,
    QipCategory,
    QipStatus,
    SupportPriority,
    SupportStatus,
    SupportType,
)
from cimicdesk.domain.incident import CASUALTY_OUTCOMES, Incident
from cimicdesk.domain.qip import Qip
from cimicdesk.domain.support import SupportRequest
from cimicdesk.domain.timeutil import utc_now
from cimicdesk.store import incidents, qips, support_requests
from cimicdesk.store.filters import IncidentFilter, QipFilter, SupportFilter
from cimicdesk.ui.formatting import grid_display, moment_display, stamp_display
from cimicdesk.ui.i18n import label, label_text, texts
from cimicdesk.ui.models.lazy import Column, LazyRecordModel
from cimicdesk.ui.widgets.column_fit import REF, TEXT

ALERT_BACKGROUND = QBrush(QColor("#fbe3e4"))
ALERT_TEXT = QBrush(QColor("#8a1c1c"))
AWAITING_BACKGROUND = QBrush(QColor("#fff4ce"))
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def bold_font() -> QFont:
    font = QFont()
    font.setBold(True)
    return font


def utc_today() -> date:
    return utc_now().date()


def amount(value: float) -> str:
    """'25,200' (cents only when there are some; '25 200,50' in French); '' for nothing."""
    return texts().amount(value) if value else ""


def days_late(qip: Qip, today: date) -> int:
    return (today - date.fromisoformat(qip.planned_end)).days if qip.is_late(today) else 0


def casualty_summary(incident: Incident) -> str:
    """'2 killed, 5 injured' ('' when none)."""
    parts = [
        f"{incident.total_for(outcome)} {label_text(outcome_label, 'Casualty').lower()}"
        for outcome, outcome_label in CASUALTY_OUTCOMES
        if incident.total_for(outcome)
    ]
    return ", ".join(parts)


class MarkedRowsModel(LazyRecordModel):
    """A lazy list whose flagged rows (is_marked) get a background and a bold flag column,
    in alert red unless foreground says otherwise.

    Subclasses set MARK_COLUMN, MARK_BACKGROUND and implement is_marked.
    """

    MARK_COLUMN = -1
    MARK_BACKGROUND = ALERT_BACKGROUND
    RIGHT_COLUMNS: tuple[int, ...] = ()

    def is_marked(self, record: Any) -> bool:
        return False

    def foreground(self, record: Any, column: int) -> QBrush | None:
        return ALERT_TEXT if column == self.MARK_COLUMN and self.is_marked(record) else None

    def record_data(self, record: Any, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.BackgroundRole:
            return self.MARK_BACKGROUND if self.is_marked(record) else None
        if role == Qt.ItemDataRole.FontRole and column == self.MARK_COLUMN:
            return bold_font() if self.is_marked(record) else None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return RIGHT if column in self.RIGHT_COLUMNS else None
        return super().record_data(record, column, role)


class QipTableModel(MarkedRowsModel):
    """Projects, newest number first; late ones marked.

    Attributes: today (a function giving the date lateness is measured against).
    """

    NUMBER, TITLE, STATUS, LATE, DONE, PLANNED_END, APPROVED, CATEGORY, PARTNER, PLACE = range(10)
    COLUMNS = (
        Column(
            QT_TRANSLATE_NOOP("Columns", "Number"), "number", "BANBAT1-QIP-2026-000", REF, drop=7
        ),
        Column(QT_TRANSLATE_NOOP("Columns", "Title"), "title", 22, TEXT),
        Column(QT_TRANSLATE_NOOP("Columns", "Status"), "status", QipStatus.IN_IMPLEMENTATION),
        # How late outlasts the number when narrow: the record beside the list names it.
        Column(QT_TRANSLATE_NOOP("Columns", "Late"), None, "LATE 365 days", drop=8),
        Column(QT_TRANSLATE_NOOP("Columns", "Done"), None, "100 %", drop=5),
        Column(QT_TRANSLATE_NOOP("Columns", "Planned end"), "planned_end", "2026-11-25", drop=6),
        Column(QT_TRANSLATE_NOOP("Columns", "Approved USD"), "budget", "250,000", drop=4),
        Column(
            QT_TRANSLATE_NOOP("Columns", "Category"),
            "category",
            QipCategory.PUBLIC_INFRASTRUCTURE,
            TEXT,
            drop=2,
        ),
        Column(QT_TRANSLATE_NOOP("Columns", "Partner"), "partner", 20, TEXT, drop=3),
        Column(QT_TRANSLATE_NOOP("Columns", "Place"), "place", 14, TEXT, drop=1),
    )
    DEFAULT_SORT = (NUMBER, Qt.SortOrder.DescendingOrder)
    MARK_COLUMN = LATE
    PLACE_COLUMN = PLACE
    RIGHT_COLUMNS = (APPROVED, DONE)
    FILTER = QipFilter
    LIST_RECORDS = staticmethod(qips.list_qips)
    GET_RECORD = staticmethod(qips.get_qip)

    def __init__(
        self, store, parent=None, *, load: bool = True, today: Callable[[], date] = utc_today
    ):
        self.today = today
        super().__init__(store, parent, load=load)

    def is_marked(self, record: Qip) -> bool:
        return record.is_late(self.today())

    def display(self, record: Qip, column: int) -> str:
        if column == self.NUMBER:
            return record.number
        if column == self.TITLE:
            return record.title
        if column == self.STATUS:
            return label(record.status)
        if column == self.CATEGORY:
            return label(record.category)
        if column == self.PARTNER:
            return record.partner_name
        if column == self.PLACE:
            return self.place_cell(record.place, record.grid)
        if column == self.APPROVED:
            return amount(record.budget_approved_usd)
        if column == self.DONE:
            return "" if record.percent_complete is None else f"{record.percent_complete} %"
        if column == self.PLANNED_END:
            return record.planned_end
        if column == self.LATE:
            late = days_late(record, self.today())
            return self.tr("LATE {days} d").format(days=late) if late else ""
        return ""

    def tooltip(self, record: Qip, column: int) -> str | None:
        if column == self.TITLE:
            return record.title
        if column == self.LATE and self.is_marked(record):
            late = days_late(record, self.today())
            return self.tr("Planned to end on {date}, {days} days ago, and still {status}.").format(
                date=record.planned_end, days=late, status=label(record.status).lower()
            )
        if (
            column == self.APPROVED
            and not record.budget_approved_usd
            and record.budget_requested_usd
        ):
            return self.tr("Requested: USD {amount}; none approved yet.").format(
                amount=amount(record.budget_requested_usd)
            )
        if column == self.PARTNER:
            return record.partner_name or None
        if column == self.PLACE:
            return self.place_tip(record.place, record.grid)
        return None


class IncidentTableModel(MarkedRowsModel):
    """Incidents, newest first; flash incidents whose flash report is not sent are marked."""

    REFERENCE, OCCURRED, FLASH, CATEGORY, CASUALTIES, PLACE, GRID, STATUS = range(8)
    COLUMNS = (
        Column(
            QT_TRANSLATE_NOOP("Columns", "Reference"),
            "reference",
            "BANBAT1-INC-2026-0000",
            REF,
            drop=4,
        ),
        Column(QT_TRANSLATE_NOOP("Columns", "Occurred (Z)"), "occurred_at", "2026-11-24 15:50Z"),
        Column(QT_TRANSLATE_NOOP("Columns", "Flash"), None, "sent 25 Nov 2026 07:17Z"),
        Column(
            QT_TRANSLATE_NOOP("Columns", "Category"),
            "category",
            IncidentCategory.VIOLENCE_AGAINST_CIVILIANS,
            TEXT,
        ),
        Column(QT_TRANSLATE_NOOP("Columns", "Casualties"), "casualties", "999", drop=2),
        Column(QT_TRANSLATE_NOOP("Columns", "Place"), "place", 16, TEXT, drop=3),
        Column(QT_TRANSLATE_NOOP("Columns", "Grid"), None, "34N DM 12345 67890", drop=1),
        Column(QT_TRANSLATE_NOOP("Columns", "Status"), "status", IncidentStatus.CLOSED),
    )
    DEFAULT_SORT = (OCCURRED, Qt.SortOrder.DescendingOrder)
    MARK_COLUMN = FLASH
    PLACE_COLUMN = PLACE
    RIGHT_COLUMNS = (CASUALTIES,)
    FILTER = IncidentFilter
    LIST_RECORDS = staticmethod(incidents.list_incidents)
    GET_RECORD = staticmethod(incidents.get_incident)

    def is_marked(self, record: Incident) -> bool:
        return record.needs_flash()

    def display(self, record: Incident, column: int) -> str:
        if column == self.REFERENCE:
            return record.reference
        if column == self.OCCURRED:
            return stamp_display(record.occurred_at)
        if column == self.CATEGORY:
            return label(record.category)
        if column == self.PLACE:
            return self.place_cell(record.place, record.grid)
        if column == self.GRID:
            return grid_display(record.grid)
        if column == self.CASUALTIES:
            total = record.total_casualties()
            return str(total) if total else ""
        if column == self.FLASH:
            if record.needs_flash():
                return self.tr("PENDING")
            if record.flash_sent_at:
                return self.tr("sent {when}").format(when=moment_display(record.flash_sent_at))
            return ""
        if column == self.STATUS:
            return label(record.status)
        return ""

    def tooltip(self, record: Incident, column: int) -> str | None:
        if column == self.CATEGORY and record.subcategory:
            return self.tr("{category}: {subcategory}").format(
                category=label(record.category),
                subcategory=label_text(record.subcategory_label, "Subcategory"),
            )
        if column == self.CASUALTIES:
            return casualty_summary(record) or None
        if column == self.FLASH and record.needs_flash():
            return self.tr("A flash incident: its flash report is not marked sent.")
        if column == self.PLACE:
            return self.place_tip(record.place, record.grid)
        if column == self.GRID:
            return self.nearby.describe(record.grid) or None
        return None


class SupportTableModel(MarkedRowsModel):
    """Support requests, newest first; those awaiting a decision marked."""

    NUMBER, RECEIVED, STATUS, PRIORITY, TYPE, REQUIRED, REQUESTER = range(7)
    COLUMNS = (
        Column(
            QT_TRANSLATE_NOOP("Columns", "Number"), "number", "BANBAT1-MSR-2026-0000", REF, drop=3
        ),
        Column(QT_TRANSLATE_NOOP("Columns", "Received (Z)"), "received_at", "2026-11-24 15:50Z"),
        Column(QT_TRANSLATE_NOOP("Columns", "Status"), "status", SupportStatus.FORWARDED),
        Column(
            QT_TRANSLATE_NOOP("Columns", "Priority"), "priority", SupportPriority.LIFE_SUSTAINING
        ),
        Column(
            QT_TRANSLATE_NOOP("Columns", "Type"),
            "request_type",
            SupportType.SECURITY_INFORMATION,
            TEXT,
            drop=2,
        ),
        Column(QT_TRANSLATE_NOOP("Columns", "Required"), "date_required", "2026-11-25", drop=1),
        Column(QT_TRANSLATE_NOOP("Columns", "Requester"), "requester", 22, TEXT),
    )
    DEFAULT_SORT = (RECEIVED, Qt.SortOrder.DescendingOrder)
    MARK_COLUMN = STATUS
    MARK_BACKGROUND = AWAITING_BACKGROUND
    FILTER = SupportFilter
    LIST_RECORDS = staticmethod(support_requests.list_support_requests)
    GET_RECORD = staticmethod(support_requests.get_support_request)

    def is_marked(self, record: SupportRequest) -> bool:
        return record.awaiting_decision()

    def display(self, record: SupportRequest, column: int) -> str:
        if column == self.NUMBER:
            return record.number
        if column == self.RECEIVED:
            return stamp_display(record.received_at)
        if column == self.REQUESTER:
            return record.requester_name
        if column == self.TYPE:
            return label(record.request_type)
        if column == self.PRIORITY:
            return label(record.priority)
        if column == self.STATUS:
            return label(record.status)
        if column == self.REQUIRED:
            return record.date_required
        return ""

    def foreground(self, record: SupportRequest, column: int) -> QBrush | None:
        urgent = record.priority is SupportPriority.LIFESAVING and record.awaiting_decision()
        return ALERT_TEXT if column == self.PRIORITY and urgent else None

    def tooltip(self, record: SupportRequest, column: int) -> str | None:
        if column == self.STATUS and record.awaiting_decision():
            return self.tr("Awaiting a decision.")
        if column == self.REQUESTER:
            return record.requester_name or None
        if column == self.TYPE:
            return self.route_tip(record)
        return None

    def route_tip(self, record: SupportRequest) -> str:
        """The type, then where from and where to, each end told against the gazetteer
        ('Bambari · 12 km NE of Bambari')."""
        lines = [label(record.request_type)]
        for title, place, grid in (
            (self.tr("From"), record.from_place, record.from_grid),
            (self.tr("To"), record.to_place, record.to_grid),
        ):
            where = " · ".join(
                p for p in (place, grid_display(grid), self.nearby.describe(grid, place)) if p
            )
            if where:
                lines.append(f"{title}: {where}")
        return "\n".join(lines)
