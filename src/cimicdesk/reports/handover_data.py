"""Gather what the handover brief shows: people, open work and the last ISO weeks' trends.

Plain dataclasses, no reportlab: reports/handover.py turns them into a Document. The
weekly figures are counted with the same functions as the sitrep (reports.data), over
the same ISO weeks, so the brief's figure for 2026-W49 is the W49 sitrep's.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from cimicdesk.domain.enums import (
    ContactCategory,
    IncidentStatus,
    OrgType,
    ParticipantKind,
    Sensitivity,
)
from cimicdesk.domain.masking import restricted_code
from cimicdesk.domain.records import Contact
from cimicdesk.domain.timeutil import utc_now
from cimicdesk.i18n.message import msg
from cimicdesk.reports.data import (
    Directory,
    IncidentRow,
    Period,
    QipRow,
    ReportHeader,
    RequestRow,
    _all_pages,
    count_meetings,
    day_of,
    grid_text,
    handover_defaults,
    incident_row,
    incidents_in,
    liaison_entries,
    marking_text,
    military_dtg,
    open_requests,
    running_qips,
)
from cimicdesk.reports.map_source import MapSource, map_source
from cimicdesk.store import contacts as contact_repo
from cimicdesk.store import incidents as incident_repo
from cimicdesk.store import liaison as liaison_repo
from cimicdesk.store import organisations as org_repo
from cimicdesk.store import qips as qip_repo
from cimicdesk.store import report_drafts
from cimicdesk.store import support_requests as support_repo
from cimicdesk.store.database import Store
from cimicdesk.store.filters import ContactFilter, IncidentFilter, SupportFilter
from cimicdesk.store.report_drafts import ReportDraft
from cimicdesk.store.report_settings import get_report_settings

TREND_WEEKS = 8  # ISO weeks of trends, the as-of day's week the last
KEY_CONTACTS = 40
KEY_ORGANISATIONS = 30
RECENT_WEEKS = 12  # organisations ranked by meetings over this many weeks
MAX_ACTIONS = 500  # open follow-up actions listed (the most urgent first)


@dataclass(frozen=True)
class KeyContact:
    """A person for the incoming officer; restricted ones carry only their code."""

    label: str  # the name, or for a restricted contact only its code
    position: str
    organisation: str
    category: ContactCategory | None
    phones: tuple[str, ...]
    email: str
    sensitivity: Sensitivity
    last_met: date | str
    restricted: bool


@dataclass(frozen=True)
class KeyOrganisation:
    """An organisation the unit deals with, ranked by recent meetings."""

    name: str
    org_type: OrgType
    place: str
    phones: tuple[str, ...]
    email: str
    meetings: int
    last_met: date | str
    keep_distance: bool
    grid: str = ""  # the office's grid as officers write it ('' when none)


@dataclass(frozen=True)
class ActionRow:
    """An open follow-up action from the liaison log."""

    entry_ref: str
    description: str
    owner: str
    due: date | str
    overdue: bool


@dataclass(frozen=True)
class WeekTrend:
    """The counts of one ISO week, Monday to Sunday; the as-of day's week only up to it.

    week: '2026-W49'; start: its Monday; end: its Sunday, or the as-of day when the week
    is not over (partial).
    """

    week: str
    start: date
    end: date
    partial: bool
    meetings: int
    incidents: int
    killed: int
    injured: int
    abducted: int
    requests: int

    @property
    def casualties(self) -> int:
        return self.killed + self.injured + self.abducted


@dataclass
class HandoverData:
    """What the outgoing officer hands the incoming one.

    Attributes: header, as_of (date of the brief), draft (free text), contacts,
    organisations, actions (open, the most urgent first, at most MAX_ACTIONS),
    open_actions (how many are open in all), qips (running), incidents (open),
    requests (open), trends (the last ISO weeks, oldest first), totals (live records in
    the file), generated_at.
    """

    header: ReportHeader
    as_of: date
    draft: ReportDraft
    contacts: list[KeyContact]
    organisations: list[KeyOrganisation]
    actions: list[ActionRow]
    open_actions: int
    qips: list[QipRow]
    incidents: list[IncidentRow]
    requests: list[RequestRow]
    trends: list[WeekTrend]
    totals: dict[str, int]
    generated_at: datetime
    # Where the map of the offices and running QIPs comes from (None: none has a grid).
    map_source: MapSource | None = None

    @property
    def overdue(self) -> list[ActionRow]:
        return [a for a in self.actions if a.overdue]


def key_contact(directory: Directory, person: Contact) -> KeyContact:
    last = day_of(person.last_contact)
    if person.sensitivity is Sensitivity.RESTRICTED:
        return KeyContact(
            label=restricted_code(person.id),
            position="",
            organisation="",
            category=None,
            phones=(),
            email="",
            sensitivity=Sensitivity.RESTRICTED,
            last_met=last,
            restricted=True,
        )
    return KeyContact(
        label=person.name,
        position=person.position,
        organisation=directory.org_label(person.organisation_id),
        category=person.category,
        phones=tuple(person.phones),
        email=person.email,
        sensitivity=person.sensitivity,
        last_met=last,
        restricted=False,
    )


def key_contacts(store: Store, directory: Directory, limit: int = KEY_CONTACTS) -> list[KeyContact]:
    """The people met most recently (live, not merged away)."""
    page = contact_repo.list_contacts(
        store, order_by="last_contact", descending=True, limit=limit * 2
    )
    people = [p for p in page.items if not p.merged_into and p.last_contact][:limit]
    return [key_contact(directory, p) for p in people]


def key_organisations(
    store: Store, directory: Directory, as_of: date, limit: int = KEY_ORGANISATIONS
) -> list[KeyOrganisation]:
    """Organisations met in the recent weeks, most meetings first (directly or via staff)."""
    recent = Period(as_of - timedelta(weeks=RECENT_WEEKS) + timedelta(days=1), as_of)
    meetings: Counter[str] = Counter()
    last: dict[str, str] = {}
    for listed in liaison_entries(store, recent):
        entry = liaison_repo.get_liaison(store, listed.id)
        met: set[str] = set()
        for p in entry.participants:
            if p.kind is ParticipantKind.ORGANISATION:
                org = directory.organisation(p.target_id)
            else:
                person = directory.contact(p.target_id)
                org = directory.organisation(person.organisation_id) if person else None
            if org is not None:
                met.add(org.id)
        for org_id in met:
            meetings[org_id] += 1
            last[org_id] = max(last.get(org_id, ""), entry.start)
    result = []
    # Most meetings first; among equals, the one met last first.
    ranked = sorted(meetings.items(), key=lambda kv: last[kv[0]], reverse=True)
    ranked.sort(key=lambda kv: -kv[1])
    for org_id, count in ranked[:limit]:
        org = directory.organisation(org_id)
        assert org is not None
        result.append(
            KeyOrganisation(
                name=org.display_name,
                org_type=org.org_type,
                place=org.place,
                phones=tuple(org.phones),
                email=org.email,
                meetings=count,
                last_met=day_of(last[org_id]),
                keep_distance=org.keep_distance,
                grid=grid_text(org.grid),
            )
        )
    return result


def trend_weeks(as_of: date, weeks: int = TREND_WEEKS) -> list[Period]:
    """The last `weeks` ISO weeks up to the as-of day's, oldest first; the as-of day's
    week ends on the as-of day (the days after it are not counted)."""
    current = Period.containing_week(as_of)
    periods = []
    for back in range(weeks - 1, -1, -1):
        monday = current.start - timedelta(weeks=back)
        periods.append(Period(monday, min(monday + timedelta(days=6), as_of)))
    return periods


def week_trend(store: Store, period: Period) -> WeekTrend:
    """The counts of one (possibly partial) ISO week, as the sitrep counts them."""
    rows = [incident_row(i) for i in incidents_in(store, period)]
    monday = period.start
    iso = monday.isocalendar()
    return WeekTrend(
        week=f"{iso.year}-W{iso.week:02d}",
        start=monday,
        end=period.end,
        partial=period.end < monday + timedelta(days=6),
        meetings=count_meetings(store, period),
        incidents=len(rows),
        killed=sum(r.killed for r in rows),
        injured=sum(r.injured for r in rows),
        abducted=sum(r.abducted for r in rows),
        requests=support_repo.count_support_requests(
            store, SupportFilter(date_from=period.start_stamp, date_to=period.end_stamp)
        ),
    )


def week_trends(store: Store, as_of: date, weeks: int = TREND_WEEKS) -> list[WeekTrend]:
    """The counts of the last ISO weeks up to the as-of day, oldest first."""
    return [week_trend(store, period) for period in trend_weeks(as_of, weeks)]


def open_action_rows(store: Store, as_of: date, limit: int = MAX_ACTIONS) -> list[ActionRow]:
    """Open follow-up actions: overdue first (oldest due first), then by due date."""
    return [
        ActionRow(
            entry_ref=a.entry_ref,
            description=a.action.description,
            owner=a.action.owner,
            due=day_of(a.action.due_date),
            overdue=a.overdue,
        )
        for a in liaison_repo.open_actions(store, as_of, limit)
    ]


def open_incidents(store: Store) -> list[IncidentRow]:
    """Incidents still open, oldest first."""
    return [
        incident_row(i)
        for i in _all_pages(
            lambda **kw: incident_repo.list_incidents(
                store, IncidentFilter(status=IncidentStatus.OPEN), **kw
            ),
            descending=False,
        )
    ]


def _header(
    store: Store, draft: ReportDraft, as_of: date, now: datetime, marking: str | None
) -> ReportHeader:
    unit = store.unit
    settings = get_report_settings(store)
    defaults = handover_defaults(unit, as_of, settings)
    return ReportHeader(
        marking=marking_text(marking or draft.marking or settings.marking),
        title=msg("CIMIC handover brief"),
        from_line=draft.from_line or defaults.from_line,
        to_line=draft.to_line or defaults.to_line,
        cc_line=draft.cc_line or defaults.cc_line,
        report_no=draft.report_no or defaults.report_no,
        dtg=military_dtg(now),
        period=msg("as of {date}", date=as_of),
        location=draft.location,
        unit_label=unit.name,
        units=(unit.name,),
        exercise=store.training,
    )


def file_totals(store: Store) -> dict[str, int]:
    """Live records of each kind in the file (the brief's 'what the file holds')."""
    return {
        "organisations": org_repo.count_organisations(store),
        "contacts": contact_repo.count_contacts(store),
        "restricted contacts": contact_repo.count_contacts(
            store, ContactFilter(sensitivity=Sensitivity.RESTRICTED)
        ),
        "liaison entries": liaison_repo.count_liaison(store),
        "QIPs": qip_repo.count_qips(store),
        "incidents": incident_repo.count_incidents(store),
        "support requests": support_repo.count_support_requests(store),
    }


def gather_handover(
    store: Store,
    *,
    as_of: date | None = None,
    now: datetime | None = None,
    marking: str | None = None,
) -> HandoverData:
    """Everything the handover brief shows, as of a day (default: today, UTC)."""
    now = now or utc_now()
    as_of = as_of or now.date()
    directory = Directory(store)
    day = as_of.isoformat()
    draft = report_drafts.draft_or_blank(store, "handover_brief", (), day, day)
    organisations = key_organisations(store, directory, as_of)
    qips = running_qips(store, as_of)
    return HandoverData(
        header=_header(store, draft, as_of, now, marking),
        as_of=as_of,
        draft=draft,
        contacts=key_contacts(store, directory),
        organisations=organisations,
        actions=open_action_rows(store, as_of),
        open_actions=liaison_repo.count_open_actions(store),
        qips=qips,
        incidents=open_incidents(store),
        requests=open_requests(store, directory),
        trends=week_trends(store, as_of),
        totals=file_totals(store),
        generated_at=now,
        map_source=map_source(store, [o.grid for o in organisations] + [q.grid for q in qips]),
    )
