"""The sitrep's figures, each defined once: every section and annex prints these.

A figure that two places print (the summary and a section, a section and an annex) is
computed here from the gathered rows and nowhere else, so the report never gives two
numbers for one thing. The predicates (started, finished, went late, near the ceiling,
awaiting a decision) are the only definitions of those words in the reports.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from cimicdesk.domain.enums import QipStatus, SupportStatus
from cimicdesk.reports.data import (
    IncidentRow,
    Period,
    QipRow,
    RequestRow,
    SitrepData,
    UnitContent,
)

# A project whose budget is at least this share of the mission's ceiling is "near" it.
NEAR_CEILING = 0.9
# Requests nobody has decided on yet (approved ones are decided, only not yet carried out).
AWAITING_DECISION = frozenset(
    {SupportStatus.RECEIVED, SupportStatus.UNDER_REVIEW, SupportStatus.FORWARDED}
)


def started(row: QipRow) -> bool:
    """Works began in the period (it moved into implementation)."""
    return any(m.status is QipStatus.IN_IMPLEMENTATION for m in row.moves)


def finished(row: QipRow) -> bool:
    """The works were completed in the period."""
    return any(m.status is QipStatus.COMPLETED for m in row.moves)


def went_late(row: QipRow, period: Period) -> bool:
    """Late at the period's end, and its planned end fell within the period."""
    return row.late and period.contains_day(row.planned_end)


def near_ceiling(row: QipRow, ceiling: float) -> bool:
    """Its budget is at least NEAR_CEILING of the mission's QIP ceiling."""
    return ceiling > 0 and row.budget_usd >= NEAR_CEILING * ceiling


def moved(row: QipRow) -> bool:
    """Anything happened to it in the period: a status, a tranche, a visit."""
    return bool(row.moves)


def awaiting_decision(row: RequestRow) -> bool:
    return row.status in AWAITING_DECISION


def flash(row: IncidentRow) -> bool:
    """An incident that calls for a flash report (casualties or an immediate category)."""
    return row.flash is not None


@dataclass(frozen=True)
class Figures:
    """The period's figures of one unit or of several together.

    meetings / incidents and their *_before: this period and the one before. killed,
    injured, abducted (and casualties_before, the same three before). QIPs: alive (any
    project not ended before the period), moved, started, finished, late (at the period's
    end), went_late (in the period), near_ceiling; committed_usd is the approved budget of
    projects in a committed status (approved or later) at the period's end, paid_usd what
    was paid to them by then. Requests: received (in the period), open (received in the
    period or before, still open as last recorded), awaiting (no decision yet).
    """

    meetings: int
    meetings_before: int
    incidents: int
    incidents_before: int
    flash: int
    killed: int
    injured: int
    abducted: int
    casualties_before: tuple[int, int, int]
    qips_alive: int
    qips_moved: int
    qips_started: int
    qips_finished: int
    qips_late: int
    qips_went_late: int
    qips_near_ceiling: int
    committed_usd: float
    paid_usd: float
    requests_received: int
    requests_open: int
    requests_awaiting: int

    @property
    def casualties(self) -> tuple[int, int, int]:
        return (self.killed, self.injured, self.abducted)


def of_units(units: Sequence[UnitContent], period: Period, ceiling: float) -> Figures:
    """The figures of these units together."""
    qips = [q for u in units for q in u.qips]
    incidents = [r for u in units for r in u.incidents]
    requests = [r for u in units for r in u.requests]
    before = [u.previous_casualties for u in units]
    return Figures(
        meetings=sum(len(u.liaison) for u in units),
        meetings_before=sum(u.previous_meetings for u in units),
        incidents=len(incidents),
        incidents_before=sum(u.previous_incidents for u in units),
        flash=sum(1 for r in incidents if flash(r)),
        killed=sum(r.killed for r in incidents),
        injured=sum(r.injured for r in incidents),
        abducted=sum(r.abducted for r in incidents),
        casualties_before=(
            sum(b[0] for b in before),
            sum(b[1] for b in before),
            sum(b[2] for b in before),
        ),
        qips_alive=len(qips),
        qips_moved=sum(1 for q in qips if moved(q)),
        qips_started=sum(1 for q in qips if started(q)),
        qips_finished=sum(1 for q in qips if finished(q)),
        qips_late=sum(1 for q in qips if q.late),
        qips_went_late=sum(1 for q in qips if went_late(q, period)),
        qips_near_ceiling=sum(1 for q in qips if near_ceiling(q, ceiling)),
        committed_usd=committed(qips),
        paid_usd=paid(qips),
        requests_received=sum(1 for r in requests if not r.carried_over),
        requests_open=sum(1 for r in requests if r.is_open),
        requests_awaiting=sum(1 for r in requests if awaiting_decision(r)),
    )


def committed(rows: Iterable[QipRow]) -> float:
    """The approved budget of the projects in a committed status (approved or later)."""
    return sum(r.budget_usd for r in rows if r.approved)


def paid(rows: Iterable[QipRow]) -> float:
    """What was paid to the projects by the period's end (every tranche)."""
    return sum(r.disbursed_usd for r in rows)


def of_sitrep(data: SitrepData) -> Figures:
    """The figures of the whole report (every unit it covers)."""
    return of_units(data.units, data.period, data.qip_ceiling_usd)


def of_unit(data: SitrepData, unit: UnitContent) -> Figures:
    return of_units([unit], data.period, data.qip_ceiling_usd)


def trend(units: Sequence[UnitContent], name: str) -> tuple[list[str], list[int]]:
    """(ISO weeks, the count `name` of WeekCount per week) of these units together."""
    if not units or not units[0].weeks:
        return [], []
    weeks = [w.week for w in units[0].weeks]
    return weeks, [sum(getattr(u.weeks[i], name) for u in units) for i in range(len(weeks))]
