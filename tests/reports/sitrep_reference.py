"""The sitrep's gatherers as they were before issue 16: one query per record (get_liaison,
get_qip, get_contact, ...), every row fetched then filtered in Python. The tests write a
report with these put back and compare it, page by page, with the set-based gatherers'."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace

from cimicdesk.domain.enums import ParticipantKind, Sensitivity
from cimicdesk.domain.qip import ENDED_STATES
from cimicdesk.reports import data
from cimicdesk.reports.data import (
    Counterpart,
    Directory,
    FollowUp,
    LiaisonRow,
    OrgTypeKey,
    Outcome,
    Period,
    QipRow,
    RequestRow,
    WeekCount,
    count_meetings,
    day_of,
    grid_text,
    incidents_in,
    liaison_entries,
    military_dtg,
    qip_moves,
    qip_row,
    request_row,
    status_on,
    trend_weeks,
)
from cimicdesk.store import liaison as liaison_repo
from cimicdesk.store import qips as qip_repo
from cimicdesk.store import support_requests as support_repo
from cimicdesk.store.database import Store
from cimicdesk.store.filters import LiaisonFilter, QipFilter, SupportFilter


def liaison_rows(store, directory, period, unit=None, *, outcomes=True) -> list[LiaisonRow]:
    rows = []
    for listed in liaison_entries(store, period, unit):
        entry = liaison_repo.get_liaison(store, listed.id)
        names: list[Counterpart] = []
        types: list[OrgTypeKey] = []
        orgs: list[str] = []
        for p in entry.participants:
            if p.kind is ParticipantKind.CONTACT:
                person = directory.contact(p.target_id)
                if person is None:
                    continue
                names.append(directory.person_label(person, names_sensitive=False))
                types.append(directory.person_org_type(person))
                if person.sensitivity is not Sensitivity.RESTRICTED:
                    employer = directory.organisation(person.organisation_id)
                    if employer is not None:
                        orgs.append(employer.display_name)
            else:
                org = directory.organisation(p.target_id)
                if org is None:
                    continue
                names.append(org.display_name)
                types.append(org.org_type)
                orgs.append(org.display_name)
        open_actions = [a for a in entry.actions if a.status.value == "open"]
        outcome = Outcome(
            info=entry.info_received.strip(),
            issues=entry.issues_raised.strip(),
            actions=tuple(FollowUp(a.description, day_of(a.due_date)) for a in open_actions),
        )
        rows.append(
            LiaisonRow(
                ref=entry.ref,
                unit=entry.origin_unit,
                start=entry.start,
                dtg=military_dtg(entry.start),
                entry_type=entry.entry_type,
                counterparts=tuple(names),
                org_types=tuple(dict.fromkeys(types)),
                place=entry.place,
                grid=grid_text(entry.grid),
                topic=entry.purpose,
                outcome=outcome,
                open_actions=len(open_actions),
                significant=entry.significant,
                organisations=tuple(dict.fromkeys(orgs)),
            )
        )
    return rows


def qips_of_period(store: Store, period: Period, unit: str | None = None) -> list[QipRow]:
    rows = []
    listed = data._all_pages(
        lambda **kw: qip_repo.list_qips(store, QipFilter(unit=unit), **kw),
        order_by="number",
        descending=False,
    )
    for item in listed:
        qip = qip_repo.get_qip(store, item.id)
        created = min((t.transition_date for t in qip.transitions if t.transition_date), default="")
        start = qip.actual_start or qip.planned_start or created
        if start and start > period.end.isoformat() and created > period.end.isoformat():
            continue
        status, reached = status_on(qip, period.end)
        if status in ENDED_STATES and reached and reached < period.start.isoformat():
            continue
        if status in ENDED_STATES and not reached and qip.status in ENDED_STATES:
            ended = qip.actual_end or max((t.transition_date for t in qip.transitions), default="")
            if ended and ended < period.start.isoformat():
                continue
        row = qip_row(qip, period.end)
        rows.append(replace(row, moves=qip_moves(qip, period)))
    return rows


def requests_of_period(store, directory, period, unit=None) -> list[RequestRow]:
    in_period = SupportFilter(date_from=period.start_stamp, date_to=period.end_stamp, unit=unit)
    before = SupportFilter(date_to=period.start_stamp, unit=unit)
    received = [
        request_row(r, directory, False)
        for r in data._all_pages(
            lambda **kw: support_repo.list_support_requests(store, in_period, **kw),
            descending=False,
        )
    ]
    carried = [
        request_row(r, directory, True)
        for r in data._all_pages(
            lambda **kw: support_repo.list_support_requests(store, before, **kw),
            descending=False,
        )
        if r.status in data.OPEN_REQUEST_STATUSES
    ]
    return received + carried


def week_counts(store: Store, period: Period, unit: str) -> tuple[WeekCount, ...]:
    counts = []
    for week in trend_weeks(period):
        found = incidents_in(store, week, unit)
        counts.append(
            WeekCount(
                week.week_label,
                count_meetings(store, week, unit),
                len(found),
                sum(1 for i in found if i.is_flash()),
                sum(i.total_casualties() for i in found),
            )
        )
    return tuple(counts)


def last_entry_start(store: Store, unit: str) -> str:
    page = liaison_repo.list_liaison(store, LiaisonFilter(unit=unit), limit=1)
    return page.items[0].start if page.items else ""


class PlainDirectory(Directory):
    """The directory without reading ahead: one look-up per contact or organisation."""

    def prefetch(self, contact_ids, org_ids=()) -> None:
        list(contact_ids), list(org_ids)


@contextmanager
def gathered_as_before(monkeypatch) -> Iterator[None]:
    """Within: reports.data gathers with the per-record functions above."""
    with monkeypatch.context() as patch:
        for name in (
            "liaison_rows",
            "qips_of_period",
            "requests_of_period",
            "week_counts",
            "last_entry_start",
        ):
            patch.setattr(data, name, globals()[name])
        patch.setattr(data, "Directory", PlainDirectory)
        yield
