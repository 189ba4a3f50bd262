"""What the dashboard shows of operations: QIPs late or near the ceiling, flash incidents
waiting for their flash report, support requests waiting for a decision."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import Enum

from cimicdesk.domain.enums import IncidentStatus
from cimicdesk.domain.incident import Incident
from cimicdesk.domain.qip import ENDED_STATES, NEAR_CEILING_SHARE, OPEN_STATES, Qip
from cimicdesk.domain.support import AWAITING_DECISION, SupportRequest
from cimicdesk.store import incidents, liaison, qips, support_requests
from cimicdesk.store.database import Store
from cimicdesk.store.filters import IncidentFilter, SupportFilter
from cimicdesk.store.liaison import OpenAction
from cimicdesk.store.mission_settings import get_mission_settings
from cimicdesk.store.paging import ListQuery, fetch_page


@dataclass(frozen=True)
class QipAlert:
    """A project the dashboard flags, and why (either or both)."""

    qip: Qip
    late: bool
    near_ceiling: bool
    days_late: int


def _in(column: str, values: frozenset[Enum]) -> tuple[str, list[str]]:
    ordered = sorted(v.value for v in values)
    return f"{column} IN ({', '.join('?' for _ in ordered)})", ordered


QIP_ALERTS_LIMIT = 500  # the dashboard lists at most this many projects
FLASH_LIMIT = 200  # and as many flash incidents


def qip_alerts(store: Store, today: date, limit: int = QIP_ALERTS_LIMIT) -> list[QipAlert]:
    """Live projects past their planned end while open, or budgeted at >= 90 % of the
    ceiling while not ended; by planned end, earliest first (undated ones first)."""
    settings = get_mission_settings(store)
    open_sql, open_values = _in("status", OPEN_STATES)
    ended_sql, ended_values = _in("status", ENDED_STATES)
    query = ListQuery()
    query.add("deleted = 0")
    query.add(
        f"(({open_sql}) AND planned_end != '' AND planned_end < ?) OR "
        f"(NOT ({ended_sql}) AND round({qips.BUDGET_SQL} * 100) >= round(? * 100))",
        *open_values,
        today.isoformat(),
        *ended_values,
        NEAR_CEILING_SHARE * settings.qip_ceiling_usd,
    )
    rows, _ = fetch_page(
        store.db, qips.TABLE, query, "planned_end", False, None, limit, select=qips.LIST_SELECT
    )
    alerts = []
    for row in rows:
        qip = qips.from_list_row(row)
        late = qip.is_late(today)
        days = (today - date.fromisoformat(qip.planned_end)).days if late else 0
        alerts.append(QipAlert(qip, late, qip.is_near_ceiling(settings), days))
    return alerts


def late_qips(store: Store, today: date) -> list[Qip]:
    """Open projects past their planned end."""
    return [a.qip for a in qip_alerts(store, today) if a.late]


def qips_near_ceiling(store: Store, today: date) -> list[Qip]:
    """Projects not ended whose budget is at or above 90 % of the mission's ceiling."""
    return [a.qip for a in qip_alerts(store, today) if a.near_ceiling]


def open_flash_incidents(store: Store, limit: int = FLASH_LIMIT) -> list[Incident]:
    """Flash incidents whose flash report is not marked sent, oldest first."""
    return incidents.open_flash_incidents(store, limit)


def support_awaiting_decision(store: Store, limit: int = 200) -> list[SupportRequest]:
    """Requests received, under review or forwarded: most urgent first, then by date needed."""
    sql, values = _in("status", AWAITING_DECISION)
    cursor = store.db.execute(
        f"SELECT {support_requests.LIST_SELECT} FROM support_requests WHERE deleted = 0 AND {sql} "
        f"ORDER BY {support_requests.PRIORITY_SQL}, date_required = '', date_required, "
        "received_at LIMIT ?",
        [*values, limit],
    )
    names = [d[0] for d in cursor.description]
    return [support_requests.from_list_row(dict(zip(names, r, strict=True))) for r in cursor]


@dataclass(frozen=True)
class OperationsSummary:
    """Counts for the dashboard's tiles."""

    qips_active: int
    qips_late: int
    qips_near_ceiling: int
    flash_pending: int
    incidents_open: int
    support_awaiting: int


def operations_summary(
    store: Store,
    today: date,
    *,
    alerts: list[QipAlert] | None = None,
    flash_pending: int | None = None,
) -> OperationsSummary:
    """The tiles' counts. alerts: every one of qip_alerts(store, today), when the caller
    read them all (the dashboard's list, shorter than its limit), and flash_pending: how
    many open flash incidents there are, when known: each is read again otherwise (a
    sector file's projects and incidents, read twice to open the dashboard)."""
    if alerts is None:
        alerts = qip_alerts(store, today, limit=100_000)
    open_sql, open_values = _in("status", OPEN_STATES)
    active = store.db.execute(
        f"SELECT count(*) FROM qips WHERE deleted = 0 AND {open_sql}", open_values
    ).fetchone()[0]
    return OperationsSummary(
        qips_active=active,
        qips_late=sum(a.late for a in alerts),
        qips_near_ceiling=sum(a.near_ceiling for a in alerts),
        flash_pending=(
            incidents.count_incidents(store, IncidentFilter(flash_pending=True))
            if flash_pending is None
            else flash_pending
        ),
        incidents_open=incidents.count_incidents(store, IncidentFilter(status=IncidentStatus.OPEN)),
        support_awaiting=support_requests.count_support_requests(
            store, SupportFilter(awaiting_decision=True)
        ),
    )


# The tables the dashboard reads: on a file where they hold many rows, the window reads the
# dashboard on a worker (ui/pages/dashboard.py).
DASHBOARD_TABLES = ("follow_up_actions", "qips", "incidents", "support_requests")


@dataclass(frozen=True)
class DashboardLists:
    """Everything the dashboard lists and counts, read in one go for one day."""

    actions: list[OpenAction]
    qip_alerts: list[QipAlert]
    flash: list[Incident]
    support: list[SupportRequest]
    summary: OperationsSummary


def read_dashboard(store: Store, today: date) -> DashboardLists:
    """The dashboard's four lists and its counts (what a worker reads on a large file)."""
    alerts = qip_alerts(store, today)
    flash = open_flash_incidents(store)
    summary = operations_summary(
        store,
        today,
        alerts=alerts if len(alerts) < QIP_ALERTS_LIMIT else None,
        flash_pending=len(flash) if len(flash) < FLASH_LIMIT else None,
    )
    return DashboardLists(
        liaison.open_actions(store, today),
        alerts,
        flash,
        support_awaiting_decision(store),
        summary,
    )
