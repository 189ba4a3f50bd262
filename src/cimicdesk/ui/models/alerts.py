"""The dashboard's operations lists: QIPs late or near the ceiling, flash incidents whose
flash report is not sent, support requests awaiting a decision."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QBrush

from cimicdesk.domain.incident import Incident
from cimicdesk.domain.support import SupportRequest
from cimicdesk.store import dashboard_queries
from cimicdesk.store.dashboard_queries import QipAlert
from cimicdesk.store.database import Store
from cimicdesk.ui.formatting import stamp_display
from cimicdesk.ui.i18n import label, label_text, usd
from cimicdesk.ui.models.operations import (
    ALERT_BACKGROUND,
    ALERT_TEXT,
    AWAITING_BACKGROUND,
    casualty_summary,
)
from cimicdesk.ui.models.read_only import HeadedListModel, Index


class AlertListModel(HeadedListModel):
    """A short, fully loaded list of records that need attention.

    Subclasses set KIND (the record kind opened on double-click), HEADERS and implement
    load(today), record_id, display, and optionally background / foreground / tooltip.
    Attributes: store, today.
    """

    RecordIdRole = Qt.ItemDataRole.UserRole + 1
    KIND = ""

    def __init__(self, store: Store, today: date, parent=None, *, read: bool = True):
        super().__init__(parent)
        self.store = store
        self.today = today
        if read:  # else empty until show_items
            self.reload()

    def load(self) -> list[Any]:
        raise NotImplementedError

    def record_id(self, item: Any) -> str:
        raise NotImplementedError

    def display(self, item: Any, column: int) -> str:
        raise NotImplementedError

    def background(self, item: Any) -> QBrush | None:
        return None

    def foreground(self, item: Any, column: int) -> QBrush | None:
        return None

    def tooltip(self, item: Any, column: int) -> str | None:
        return None

    def reload(self, today: date | None = None) -> None:
        self.beginResetModel()
        self.today = today or self.today
        self._items = self.load()
        self.endResetModel()

    def show_items(self, items: list[Any], today: date) -> None:
        """Show items load() would give for `today`, read elsewhere (a worker)."""
        self.beginResetModel()
        self.today = today
        self._items = list(items)
        self.endResetModel()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        item = self.item_of(index)
        if item is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(item, index.column())
        if role == Qt.ItemDataRole.BackgroundRole:
            return self.background(item)
        if role == Qt.ItemDataRole.ForegroundRole:
            return self.foreground(item, index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(item, index.column())
        if role == self.RecordIdRole:
            return self.record_id(item)
        return None


class QipAlertsModel(AlertListModel):
    """QIPs late (red) or with a budget near the mission's ceiling."""

    KIND = "qip"
    TITLE, WHY, PLANNED_END = range(3)
    HEADERS = (
        QT_TRANSLATE_NOOP("Columns", "Project"),
        QT_TRANSLATE_NOOP("Columns", "Why"),
        QT_TRANSLATE_NOOP("Columns", "Planned end"),
    )

    def load(self) -> list[QipAlert]:
        return dashboard_queries.qip_alerts(self.store, self.today)

    def record_id(self, item: QipAlert) -> str:
        return item.qip.id

    def why(self, item: QipAlert) -> str:
        reasons = []
        if item.late:
            days = self.tr("%Ln day(s)", "", item.days_late)
            reasons.append(self.tr("late {days}").format(days=days))
        if item.near_ceiling:
            reasons.append(self.tr("near ceiling: {amount}").format(amount=usd(item.qip.budget())))
        return "; ".join(reasons)

    def display(self, item: QipAlert, column: int) -> str:
        if column == self.TITLE:
            return item.qip.title
        if column == self.WHY:
            return self.why(item)
        if column == self.PLANNED_END:
            return item.qip.planned_end
        return ""

    def background(self, item: QipAlert) -> QBrush | None:
        return ALERT_BACKGROUND if item.late else AWAITING_BACKGROUND

    def foreground(self, item: QipAlert, column: int) -> QBrush | None:
        return ALERT_TEXT if item.late and column == self.WHY else None

    def tooltip(self, item: QipAlert, column: int) -> str | None:
        return self.tr(
            "{number}: {title} ({status}); {why}. Double-click to open the project."
        ).format(
            number=item.qip.number,
            title=item.qip.title,
            status=label(item.qip.status),
            why=self.why(item),
        )

    def late_count(self) -> int:
        return sum(1 for item in self._items if item.late)

    def every_alert(self) -> list[QipAlert] | None:
        """Every project flagged today, when the list holds them all (None: cut short)."""
        items = list(self._items)
        return items if len(items) < dashboard_queries.QIP_ALERTS_LIMIT else None


class FlashIncidentsModel(AlertListModel):
    """Flash incidents whose flash report is not marked sent, oldest first (all red)."""

    KIND = "incident"
    OCCURRED, REFERENCE, CATEGORY, CASUALTIES, PLACE = range(5)
    HEADERS = (
        QT_TRANSLATE_NOOP("Columns", "Occurred (Z)"),
        QT_TRANSLATE_NOOP("Columns", "Reference"),
        QT_TRANSLATE_NOOP("Columns", "Category"),
        QT_TRANSLATE_NOOP("Columns", "Casualties"),
        QT_TRANSLATE_NOOP("Columns", "Place"),
    )

    def load(self) -> list[Incident]:
        return dashboard_queries.open_flash_incidents(self.store)

    def pending_count(self) -> int | None:
        """How many flash incidents wait, when the list holds them all (None: cut short)."""
        count = len(self._items)
        return count if count < dashboard_queries.FLASH_LIMIT else None

    def record_id(self, item: Incident) -> str:
        return item.id

    def display(self, item: Incident, column: int) -> str:
        if column == self.OCCURRED:
            return stamp_display(item.occurred_at)
        if column == self.REFERENCE:
            return item.reference
        if column == self.CATEGORY:
            return label(item.category)
        if column == self.PLACE:
            return item.place
        if column == self.CASUALTIES:
            total = item.total_casualties()
            return str(total) if total else ""
        return ""

    def background(self, item: Incident) -> QBrush | None:
        return ALERT_BACKGROUND

    def foreground(self, item: Incident, column: int) -> QBrush | None:
        return ALERT_TEXT

    def tooltip(self, item: Incident, column: int) -> str | None:
        if column == self.CASUALTIES:
            return casualty_summary(item) or None
        if column == self.CATEGORY and item.subcategory:
            return self.tr("{category}: {subcategory}").format(
                category=label(item.category),
                subcategory=label_text(item.subcategory_label, "Subcategory"),
            )
        return self.tr("Flash report not marked sent. Double-click to open the incident.")


class AwaitingSupportModel(AlertListModel):
    """Support requests received, under review or forwarded: most urgent first."""

    KIND = "support_request"
    PRIORITY, REQUIRED, TYPE, REQUESTER = range(4)
    HEADERS = (
        QT_TRANSLATE_NOOP("Columns", "Priority"),
        QT_TRANSLATE_NOOP("Columns", "Required"),
        QT_TRANSLATE_NOOP("Columns", "Type"),
        QT_TRANSLATE_NOOP("Columns", "Requester"),
    )

    def load(self) -> list[SupportRequest]:
        return dashboard_queries.support_awaiting_decision(self.store)

    def record_id(self, item: SupportRequest) -> str:
        return item.id

    def display(self, item: SupportRequest, column: int) -> str:
        if column == self.PRIORITY:
            return label(item.priority)
        if column == self.REQUIRED:
            return item.date_required
        if column == self.TYPE:
            return label(item.request_type)
        if column == self.REQUESTER:
            return item.requester_name
        return ""

    def background(self, item: SupportRequest) -> QBrush | None:
        return AWAITING_BACKGROUND

    def overdue(self, item: SupportRequest) -> bool:
        return bool(item.date_required) and item.date_required < self.today.isoformat()

    def foreground(self, item: SupportRequest, column: int) -> QBrush | None:
        return ALERT_TEXT if column == self.REQUIRED and self.overdue(item) else None

    def tooltip(self, item: SupportRequest, column: int) -> str | None:
        values = {
            "number": item.number,
            "type": label(item.request_type),
            "requester": item.requester_name,
            "status": label(item.status).lower(),
        }
        if item.requester_name:
            text = self.tr("{number}: {type} from {requester}, {status}.")
        else:
            text = self.tr("{number}: {type}, {status}.")
        text = text.format(**values)
        if self.overdue(item):
            text += " " + self.tr("The date required has passed.")
        return text + " " + self.tr("Double-click to open the request.")
