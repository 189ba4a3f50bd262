"""QIP, incident and support-request filters keep what the same filter keeps in Python."""

from dataclasses import dataclass
from datetime import date, timedelta

import pytest
from factories import (
    NOW,
    TO_APPROVED,
    make_entry,
    make_incident,
    make_org,
    make_qip,
    make_request,
    move,
)
from filter_checks import (
    OTHER_UNIT,
    SHARED_DATA,
    TEXTS,
    UNITS,
    check_filter,
    keeps_common,
    or_none,
    words_for,
)
from hypothesis import given
from hypothesis import strategies as st

from cimicdesk.domain.enums import (
    IncidentCategory,
    IncidentStatus,
    QipCategory,
    QipStatus,
    SupportPriority,
    SupportStatus,
    SupportType,
)
from cimicdesk.domain.support import AWAITING_DECISION
from cimicdesk.store import incidents, qips, support_requests
from cimicdesk.store.filters import IncidentFilter, QipFilter, SupportFilter

S = QipStatus
QIP_DAYS = ["2026-01-01", "2026-02-01", "2026-03-15", "2026-04-20", "2026-09-01", "2027-01-01"]
OPS_DAYS = ["2026-05-01", "2026-05-04", "2026-05-09T03:30:00.000Z", "2026-05-12", "2026-06-01"]
QIP_STAGES = [(), (S.PROPOSAL_DRAFTED,), TO_APPROVED[:3], TO_APPROVED]
REQUEST_STATUSES = [
    SupportStatus.RECEIVED,
    SupportStatus.UNDER_REVIEW,
    SupportStatus.FORWARDED,
    SupportStatus.REJECTED,
]
REJECTED = {
    "decision_date": "2026-05-29",
    "decided_by": "Battalion commander",
    "decision_reason": "Civilian means exist",
}


@dataclass
class Operations:
    """Stored partners, projects, incidents, entries and requests, as read back."""

    partners: list
    qips: list
    incidents: list
    entries: list
    requests: list


def _qip_dates(i: int) -> dict[str, str]:
    month = 1 + i % 6
    if i % 5 == 4:
        return {}  # no dates: the span starts when it was recorded and never ends
    dates = {"planned_start": f"2026-{month:02d}-05", "planned_end": f"2026-{month + 3:02d}-20"}
    if i % 4 == 1:
        dates["actual_start"] = f"2026-{month:02d}-15"
    if i % 8 == 1:
        dates["actual_end"] = f"2026-{month + 1:02d}-01"
    return dates


@pytest.fixture
def operations(store) -> Operations:
    partners = [make_org(store, f"Partner {i}") for i in range(2)]
    entries = [
        make_entry(store, orgs=partners, start=f"2026-05-0{i + 1}T08:00:00.000Z") for i in range(3)
    ]
    projects = []
    for i in range(16):
        partner = [None, partners[0], partners[1]][i % 3]
        qip = make_qip(
            store,
            f"Project {i}",
            category=list(QipCategory)[i % 4],
            objective=f"Project {i} {words_for(i)}",
            implementing_partner_id=partner.id if partner else None,
            budget_approved_usd=18_000.0 if partner else 0.0,
            origin_unit=OTHER_UNIT if i % 3 == 0 else "",
            **_qip_dates(i),
        )
        stages = QIP_STAGES[i % 4] if partner else ()
        projects.append(move(store, qip, *stages) if stages else qip)
    made = []
    for i in range(18):
        occurred = f"2026-05-{1 + i:02d}T{(7 * i) % 24:02d}:30:00.000Z"
        made.append(
            make_incident(
                store,
                occurred_at=occurred,
                reported_at=occurred,
                category=list(IncidentCategory)[i % 5],
                subcategory="",
                status=list(IncidentStatus)[i % 2],
                injured_civilian_men=1 if i % 4 == 1 else 0,
                flash_sent_at=occurred if i % 6 == 0 else "",
                liaison_entry_ids=tuple(e.id for e in entries[: i % 3]),
                narrative=f"Report {i} {words_for(i)}",
                origin_unit=OTHER_UNIT if i % 3 == 0 else "",
            )
        )
    requests = [
        make_request(
            store,
            received_at=f"2026-05-{1 + i:02d}T{(5 * i) % 24:02d}:30:00.000Z",
            status=REQUEST_STATUSES[i % 4],
            request_type=list(SupportType)[i % 3],
            priority=list(SupportPriority)[i % 4],
            requesting_organisation_id=[None, partners[0].id, partners[1].id][i % 3],
            purpose=f"Request {i} {words_for(i)}",
            origin_unit=OTHER_UNIT if i % 3 == 0 else "",
            **(REJECTED if i % 4 == 3 else {}),
        )
        for i in range(16)
    ]
    # Links taken off incidents leave tombstoned rows behind.
    for incident in made[2::6]:
        incident.liaison_entry_ids = incident.liaison_entry_ids[1:]
        incidents.save_incident(store, incident, now=NOW)
    for qip in projects[6::7]:
        qips.delete_qip(store, qip.id)
    for incident in made[6::7]:
        incidents.delete_incident(store, incident.id)
    for request in requests[6::7]:
        support_requests.delete_support_request(store, request.id)
    return Operations(
        partners,
        [qips.get_qip(store, q.id) for q in projects],
        [incidents.get_incident(store, i.id) for i in made],
        entries,
        [support_requests.get_support_request(store, r.id) for r in requests],
    )


def keeps_qip(qip, where: QipFilter) -> bool:
    start = qip.actual_start or qip.planned_start or qip.created_at[:10]
    end = qip.actual_end or qip.planned_end or "9999-12-31"
    return (
        keeps_common(qip, where, qip.objective)
        and where.status in (None, qip.status)
        and where.category in (None, qip.category)
        and where.partner_id in (None, qip.implementing_partner_id)
        and (not where.date_from or end >= where.date_from[:10])
        and (not where.date_to or start < where.date_to[:10])
    )


def keeps_incident(incident, where: IncidentFilter) -> bool:
    return (
        keeps_common(incident, where, incident.narrative)
        and where.status in (None, incident.status)
        and where.category in (None, incident.category)
        and (not where.date_from or incident.occurred_at >= where.date_from)
        and (not where.date_to or incident.occurred_at < where.date_to)
        and (not where.flash_pending or (incident.needs_flash() and not incident.flash_sent_at))
        and where.liaison_id in (None, *incident.liaison_entry_ids)
    )


def keeps_request(request, where: SupportFilter) -> bool:
    return (
        keeps_common(request, where, request.purpose)
        and where.status in (None, request.status)
        and (not where.awaiting_decision or request.status in AWAITING_DECISION)
        and where.request_type in (None, request.request_type)
        and where.priority in (None, request.priority)
        and where.organisation_id in (None, request.requesting_organisation_id)
        and (not where.date_from or request.received_at >= where.date_from)
        and (not where.date_to or request.received_at < where.date_to)
    )


@SHARED_DATA
@given(data=st.data())
def test_qip_filters(store, operations, data):
    # Spans run from the actual (else planned, else recorded) start to the actual (else
    # planned) end: bounds equal to those days, and others.
    qip_days = [
        day
        for q in operations.qips
        for day in (q.planned_start, q.planned_end, q.actual_start, q.actual_end, q.created_at)
        if day
    ]
    where = data.draw(
        st.builds(
            QipFilter,
            text=TEXTS,
            include_deleted=st.booleans(),
            unit=UNITS,
            status=or_none(
                [S.IDENTIFIED, S.PROPOSAL_DRAFTED, S.UNDER_REVIEW, S.APPROVED, S.CLOSED]
            ),
            category=or_none(list(QipCategory)[:5]),
            partner_id=or_none(p.id for p in operations.partners),
            date_from=or_none(QIP_DAYS + qip_days),
            date_to=or_none(QIP_DAYS + qip_days),
        )
    )
    check_filter(store, qips.list_qips, qips.count_qips, where, operations.qips, keeps_qip)


@SHARED_DATA
@given(data=st.data())
def test_incident_filters(store, operations, data):
    where = data.draw(
        st.builds(
            IncidentFilter,
            text=TEXTS,
            include_deleted=st.booleans(),
            unit=UNITS,
            status=or_none(IncidentStatus),
            category=or_none(list(IncidentCategory)[:6]),
            date_from=or_none(OPS_DAYS + [i.occurred_at for i in operations.incidents]),
            date_to=or_none(OPS_DAYS + [i.occurred_at for i in operations.incidents]),
            flash_pending=st.booleans(),
            liaison_id=or_none(e.id for e in operations.entries),
        )
    )
    check_filter(
        store,
        incidents.list_incidents,
        incidents.count_incidents,
        where,
        operations.incidents,
        keeps_incident,
    )


@SHARED_DATA
@given(data=st.data())
def test_support_request_filters(store, operations, data):
    where = data.draw(
        st.builds(
            SupportFilter,
            text=TEXTS,
            include_deleted=st.booleans(),
            unit=UNITS,
            status=or_none(SupportStatus),
            request_type=or_none(list(SupportType)[:4]),
            priority=or_none(SupportPriority),
            organisation_id=or_none(p.id for p in operations.partners),
            date_from=or_none(OPS_DAYS + [r.received_at for r in operations.requests]),
            date_to=or_none(OPS_DAYS + [r.received_at for r in operations.requests]),
            awaiting_decision=st.booleans(),
        )
    )
    check_filter(
        store,
        support_requests.list_support_requests,
        support_requests.count_support_requests,
        where,
        operations.requests,
        keeps_request,
    )


def test_each_qip_filter_field_keeps_some_projects_and_drops_others(store, operations):
    """The data is rich enough for the property test to mean something: every field,
    alone, keeps some projects and drops others."""
    projects = operations.qips
    for where in (
        QipFilter(text="quenvik"),
        QipFilter(include_deleted=True, unit="BANBAT 1"),
        QipFilter(unit=OTHER_UNIT),
        QipFilter(status=S.APPROVED),
        QipFilter(category=QipCategory.EDUCATION),
        QipFilter(partner_id=operations.partners[1].id),
        QipFilter(date_from="2026-06-01"),
        QipFilter(date_to="2026-03-01"),
    ):
        kept = qips.count_qips(store, where)
        assert 0 < kept < len(projects), where
        assert kept == sum(keeps_qip(q, where) for q in projects), where
    assert qips.count_qips(store, QipFilter(include_deleted=True)) == len(projects)
    # A span includes its first and last days: a range ending the day a project starts
    # (half-open, so not including it) does not hold it; one starting the day it ends does.
    first, last = projects[1].actual_start, projects[1].actual_end
    assert projects[1].id not in ids(qips.list_qips(store, QipFilter(date_to=first)))
    assert projects[1].id in ids(qips.list_qips(store, QipFilter(date_from=last)))
    # Actual dates win over planned ones: project 1 started late and ended early.
    late_start = projects[1]
    assert late_start.actual_start > late_start.planned_start
    assert late_start.actual_end < late_start.planned_end
    day_after = (date.fromisoformat(late_start.actual_end) + timedelta(days=1)).isoformat()
    just_after = QipFilter(date_from=day_after, date_to=late_start.planned_end)
    assert late_start.id not in ids(qips.list_qips(store, just_after))


def ids(page) -> set[str]:
    assert page.cursor is None
    return {r.id for r in page.items}
