"""What the dashboard shows of operations: QIPs late or near the ceiling, flash incidents
waiting for their flash report, support requests waiting for a decision, communities not
assessed for too long and communities whose severity rose."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import Enum

from cimicdesk.domain.assessment import Assessment, SectorRating
from cimicdesk.domain.assessment_trend import SeverityChange, changes_since, overdue
from cimicdesk.domain.enums import AssessmentSector, CommunityKind, IncidentStatus, Severity
from cimicdesk.domain.incident import Incident
from cimicdesk.domain.qip import ENDED_STATES, NEAR_CEILING_SHARE, OPEN_STATES, Qip
from cimicdesk.domain.support import AWAITING_DECISION, SupportRequest
from cimicdesk.store import assessments, incidents, liaison, qips, support_requests
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


@dataclass(frozen=True)
class OverdueCommunity:
    """A community whose last assessment is older than the mission's interval.

    Attributes: key (the store's community key: opens its trend), name, kind, adm2 (its
    sub-prefecture, to tell two of one name apart), last_assessed (ISO day), days (since).
    """

    key: str
    name: str
    kind: CommunityKind
    adm2: str
    last_assessed: str
    days: int


@dataclass(frozen=True)
class SeverityRise:
    """A community whose last assessment rated a sector worse than before.

    Attributes: key, name, kind, adm2, assessed_on (the last assessment's day),
    previous_on (the earliest day a rise is measured from), rises (the sectors that rose,
    from -> to).
    """

    key: str
    name: str
    kind: CommunityKind
    adm2: str
    assessed_on: str
    previous_on: str
    rises: tuple[SeverityChange, ...]


REMINDER_LIMIT = 200  # the dashboard lists at most this many communities in each reminder
# Each community's assessments, newest first, numbered (1 the last): the order of
# domain.assessment_trend.in_date_order, reversed, so every unit numbers them alike.
_NUMBERED = (
    "SELECT id, community_key, community_name, community_kind, adm2, assessed_on, "
    "row_number() OVER (PARTITION BY community_key "
    "ORDER BY assessed_on DESC, created_at DESC, id DESC) AS newest "
    f"FROM {assessments.TABLE} WHERE deleted = 0"
)


def overdue_communities(
    store: Store, today: date, interval_days: int | None = None, limit: int = REMINDER_LIMIT
) -> list[OverdueCommunity]:
    """Communities whose last assessment is more than the interval (the mission's
    assessment_interval_days unless given) before today, longest ago first."""
    if interval_days is None:
        interval_days = get_mission_settings(store).assessment_interval_days
    rows = store.db.execute(
        f"SELECT community_key, community_name, community_kind, adm2, assessed_on "
        f"FROM ({_NUMBERED}) WHERE newest = 1 ORDER BY assessed_on, community_name"
    ).fetchall()
    found = []
    for key, name, kind, adm2, last in rows:
        day = date.fromisoformat(last)
        if not overdue(day, today, interval_days):
            break  # the rest were assessed later still
        found.append(
            OverdueCommunity(key, name, CommunityKind(kind), adm2, last, (today - day).days)
        )
        if len(found) >= limit:
            break
    return found


def severity_rises(store: Store, limit: int = REMINDER_LIMIT) -> list[SeverityRise]:
    """Communities whose last assessment rated a sector worse than the last earlier
    assessment that rated it (domain.assessment_trend.changes_since: the trend's rule),
    the latest assessed first."""
    rows = store.db.execute(
        "SELECT id, community_key, community_name, community_kind, adm2, assessed_on, newest "
        f"FROM (SELECT *, count(*) OVER (PARTITION BY community_key) AS visits "
        f"FROM ({_NUMBERED})) WHERE visits >= 2 ORDER BY community_key, newest DESC"
    ).fetchall()
    groups: dict[str, list[Assessment]] = {}  # oldest first
    for record_id, key, name, kind, adm2, day, _newest in rows:
        groups.setdefault(key, []).append(
            Assessment(
                id=record_id,
                community_name=name,
                community_kind=CommunityKind(kind),
                adm2=adm2,
                assessed_on=day,
            )
        )
    by_id = {a.id: a for group in groups.values() for a in group}
    ids = sorted(by_id)
    for start in range(0, len(ids), 500):
        batch = ids[start : start + 500]
        for assessment_id, sector, severity in store.db.execute(
            f"SELECT assessment_id, sector, severity FROM {assessments.SECTORS} "
            f"WHERE deleted = 0 AND assessment_id IN ({', '.join('?' * len(batch))})",
            batch,
        ):
            by_id[assessment_id].sectors.append(
                SectorRating(
                    assessment_id=assessment_id,
                    sector=AssessmentSector(sector),
                    severity=Severity(severity) if severity else None,
                )
            )
    found = []
    for key, group in groups.items():
        # The group is already in the numbered order (in_date_order), oldest first.
        last = group[-1]
        rose = [c for c in changes_since(group[:-1], last) if c.rose]
        if rose:
            found.append(
                SeverityRise(
                    key,
                    last.community_name,
                    last.community_kind,
                    last.adm2,
                    last.assessed_on,
                    min(c.before_on for c in rose),
                    tuple(rose),
                )
            )
    found.sort(key=lambda r: (r.assessed_on, r.name), reverse=True)
    return found[:limit]


# The tables the dashboard reads: on a file where they hold many rows, the window reads the
# dashboard on a worker (ui/pages/dashboard.py).
DASHBOARD_TABLES = ("follow_up_actions", "qips", "incidents", "support_requests", "assessments")


@dataclass(frozen=True)
class DashboardLists:
    """Everything the dashboard lists and counts, read in one go for one day."""

    actions: list[OpenAction]
    qip_alerts: list[QipAlert]
    flash: list[Incident]
    support: list[SupportRequest]
    summary: OperationsSummary
    overdue: list[OverdueCommunity]
    rises: list[SeverityRise]


def read_dashboard(store: Store, today: date) -> DashboardLists:
    """The dashboard's lists and its counts (what a worker reads on a large file)."""
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
        overdue_communities(store, today),
        severity_rises(store),
    )
