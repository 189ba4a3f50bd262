"""Gather a period's content from the store into plain report dataclasses (no reportlab).

Everything a report prints is decided here: which records fall in the period, how a
contact is named (or, when restricted, only referenced), what counts as running or open.
The rows hold structure, never a finished sentence: enumeration members (their labels are
translated), numbers, dates, the officers' text as str, and Messages (i18n.message) for
the phrases we compose. The layout modules render them in the report's language.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, time, timedelta
from typing import Any, TypeVar

from cimicdesk.domain.enums import (
    ContactCategory,
    IncidentCategory,
    IncidentStatus,
    LiaisonType,
    LocationPrecision,
    OrgType,
    ParticipantKind,
    QipCategory,
    QipStatus,
    Sensitivity,
    SupportPriority,
    SupportStatus,
    SupportType,
)
from cimicdesk.domain.errors import CimicError, RecordNotFoundError
from cimicdesk.domain.grid import GridReferenceError, parse_grid
from cimicdesk.domain.incident import CASUALTY_FIELDS, CASUALTY_GROUPS, CASUALTY_OUTCOMES, Incident
from cimicdesk.domain.masking import restricted_code  # re-exported: reports name it here
from cimicdesk.domain.qip import ENDED_STATES, OPEN_STATES, Qip
from cimicdesk.domain.records import Contact, FollowUpAction, LiaisonEntry, Organisation
from cimicdesk.domain.support import SupportRequest
from cimicdesk.domain.timeutil import from_stamp, to_stamp, utc_now
from cimicdesk.i18n.message import Label, Message, Text, msg
from cimicdesk.reports import bulk
from cimicdesk.reports.assessment_summary import AssessedCommunity, histories, period_rows
from cimicdesk.reports.map_source import MapSource, map_source
from cimicdesk.store import contacts as contact_repo
from cimicdesk.store import incidents as incident_repo
from cimicdesk.store import liaison as liaison_repo
from cimicdesk.store import narratives, report_drafts
from cimicdesk.store import organisations as org_repo
from cimicdesk.store import qips as qip_repo
from cimicdesk.store import support_requests as support_repo
from cimicdesk.store.database import Store, UnitInfo
from cimicdesk.store.filters import (
    IncidentFilter,
    LiaisonFilter,
    QipFilter,
    SupportFilter,
)
from cimicdesk.store.mission_settings import get_mission_settings
from cimicdesk.store.narratives import Narrative
from cimicdesk.store.paging import Page
from cimicdesk.store.report_drafts import ReportDraft
from cimicdesk.store.report_settings import ReportSettings, get_report_settings

T = TypeVar("T")
DEFAULT_MARKING = "UN RESTRICTED"
# The handling markings offered: a chosen one prints in the report's language; anything
# else the officer typed prints as typed.
MARKINGS: dict[str, Message] = {
    "UN RESTRICTED": msg("UN RESTRICTED"),
    "UNCLASSIFIED": msg("UNCLASSIFIED"),
    "UN CONFIDENTIAL": msg("UN CONFIDENTIAL"),
    "STRICTLY CONFIDENTIAL": msg("STRICTLY CONFIDENTIAL"),
}
# The date-time group keeps the English month (251430ZNOV26) in every language, as NATO
# and UN staffs write it in messages.
_MONTHS = ("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC")
_WEEK = re.compile(r"^\s*(\d{4})-?W(\d{1,2})\s*$", re.IGNORECASE)
# Counted as the organisation type of a person met on their own, with no organisation.
NO_ORGANISATION = msg("No organisation (individual)")
CASUALTY_KIND = "Casualty"  # the translation context of casualty outcomes and groups
# A person met without an organisation is counted under the type their role implies.
_CATEGORY_ORG_TYPE = {
    ContactCategory.GOVERNMENT_OFFICIAL: OrgType.GOVERNMENT,
    ContactCategory.TRADITIONAL_LEADER: OrgType.TRADITIONAL_AUTHORITY,
    ContactCategory.RELIGIOUS_LEADER: OrgType.RELIGIOUS,
    ContactCategory.WOMENS_REP: OrgType.COMMUNITY_BASED,
    ContactCategory.YOUTH_REP: OrgType.COMMUNITY_BASED,
    ContactCategory.UN_STAFF: OrgType.UNITED_NATIONS,
}
# Requests still to be decided or carried out.
OPEN_REQUEST_STATUSES = frozenset(
    {
        SupportStatus.RECEIVED,
        SupportStatus.UNDER_REVIEW,
        SupportStatus.FORWARDED,
        SupportStatus.APPROVED,
    }
)


# --- time ------------------------------------------------------------------------------


def military_dtg(moment: datetime | str) -> str:
    """A date-time group in military form, always in UTC (Zulu): '251430ZNOV26'."""
    if isinstance(moment, str):
        moment = from_stamp(moment)
    moment = moment.astimezone(UTC)
    return f"{moment:%d%H%M}Z{_MONTHS[moment.month - 1]}{moment:%y}"


def day_of(text: str) -> date | str:
    """A stored YYYY-MM-DD date as a date (printed as the report's language writes it);
    '' stays '', and text that is not a date stays as it was written."""
    if not text:
        return ""
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        return text


def marking_text(value: str) -> Text:
    """The handling marking to print: one of MARKINGS as a message, else the text typed."""
    code = (value or DEFAULT_MARKING).strip().upper()
    return MARKINGS.get(code, code)


@dataclass(frozen=True)
class Period:
    """A reporting period of whole days, start and end both included (UTC days)."""

    start: date
    end: date

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise CimicError(
                msg(
                    "The period ends ({end}) before it starts ({start}).",
                    end=self.end.isoformat(),
                    start=self.start.isoformat(),
                )
            )

    @classmethod
    def iso_week(cls, text: str) -> Period:
        """The Monday-to-Sunday week of an ISO week string like '2026-W47'."""
        match = _WEEK.match(text or "")
        if not match:
            raise CimicError(
                msg(
                    "'{text}' is not an ISO week: write the year, a W and the week number, "
                    "e.g. 2026-W47.",
                    text=text or "",
                )
            )
        year, week = int(match.group(1)), int(match.group(2))
        try:
            monday = date.fromisocalendar(year, week, 1)
        except ValueError:
            last = date(year, 12, 28).isocalendar().week
            raise CimicError(
                msg(
                    "{year} has no week {week}: its ISO weeks run from W01 to W{last}.",
                    year=str(year),
                    week=str(week),
                    last=format(last, "02d"),
                )
            ) from None
        return cls(monday, monday + timedelta(days=6))

    @classmethod
    def containing_week(cls, day: date) -> Period:
        monday = day - timedelta(days=day.weekday())
        return cls(monday, monday + timedelta(days=6))

    @property
    def week_label(self) -> str:
        """'2026-W47' when the period is exactly one ISO week, else ''."""
        iso = self.start.isocalendar()
        if self.start.weekday() == 0 and self.end == self.start + timedelta(days=6):
            return f"{iso.year}-W{iso.week:02d}"
        return ""

    @property
    def label(self) -> Message:
        """'2026-W47, 16–22 Nov 2026' or '1 Nov 2026 – 30 Nov 2026' (dates in the
        report's language)."""
        if self.start.year == self.end.year and self.start.month == self.end.month:
            # TRANSLATORS: a period within one month, '16–22 Nov 2026': first is the day.
            span = msg("{first}–{last}", first=str(self.start.day), last=self.end)
        else:
            # TRANSLATORS: a period over two months or more, '26 Oct 2026 – 1 Nov 2026'.
            span = msg("{first} – {last}", first=self.start, last=self.end)
        if not self.week_label:
            return span
        # TRANSLATORS: an ISO week and its dates, '2026-W47, 16–22 Nov 2026'.
        return msg("{week}, {dates}", week=self.week_label, dates=span)

    @property
    def code(self) -> str:
        """A compact label for reference numbers: '2026-W47' or '20261101-20261130'."""
        return self.week_label or f"{self.start:%Y%m%d}-{self.end:%Y%m%d}"

    @property
    def start_stamp(self) -> str:
        return to_stamp(datetime.combine(self.start, time(), UTC))

    @property
    def end_stamp(self) -> str:
        """The first instant after the period (exclusive bound)."""
        return to_stamp(datetime.combine(self.end + timedelta(days=1), time(), UTC))

    @property
    def days(self) -> list[date]:
        return [self.start + timedelta(days=i) for i in range((self.end - self.start).days + 1)]

    def previous(self) -> Period:
        """The period of the same length just before this one."""
        length = self.end - self.start + timedelta(days=1)
        return Period(self.start - length, self.end - length)

    def contains_stamp(self, stamp: str) -> bool:
        return bool(stamp) and self.start_stamp <= stamp < self.end_stamp

    def contains_day(self, day: str) -> bool:
        return bool(day) and self.start.isoformat() <= day[:10] <= self.end.isoformat()


# --- rows of the report --------------------------------------------------------------------


@dataclass(frozen=True)
class FollowUp:
    """An open follow-up action of a meeting: the officer's words and when it is due."""

    description: str
    due: date | str


@dataclass(frozen=True)
class Outcome:
    """What came of a meeting, each part as the officer wrote it: the information
    received, the issues raised, the follow-up actions still open."""

    info: str = ""
    issues: str = ""
    actions: tuple[FollowUp, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.info or self.issues or self.actions)


# Who a meeting was with: a name as written (str), or a phrase of ours (a restricted
# contact's reference, a sensitive one's role).
Counterpart = Text | ContactCategory
# Under which type a meeting counts: its organisation's type, or NO_ORGANISATION.
OrgTypeKey = OrgType | Message


@dataclass(frozen=True)
class LiaisonRow:
    """One meeting as the sitrep lists it."""

    ref: str
    unit: str
    start: str
    dtg: str
    entry_type: LiaisonType
    counterparts: tuple[Counterpart, ...]
    org_types: tuple[OrgTypeKey, ...]
    place: str
    grid: str
    topic: str
    outcome: Outcome
    open_actions: int
    significant: bool = False  # marked by the officer: the sitrep gives it a paragraph
    organisations: tuple[str, ...] = ()  # the organisations met (named, not restricted)


@dataclass(frozen=True)
class IncidentRow:
    """One incident: where, what, casualties (killed / injured / abducted), action taken."""

    ref: str
    unit: str
    occurred: str
    dtg: str
    day: date
    category: IncidentCategory
    subcategory: Label | None
    place: str
    grid: str
    precision: LocationPrecision
    killed: int
    injured: int
    abducted: int
    summary: str
    action_taken: str
    status: IncidentStatus
    flash: Message | None  # for an incident that calls for a flash report: sent or not
    casualties: dict[str, int]  # per outcome and group: 'killed_civilian_men' -> 2
    flash_sent: bool = False

    def casualty_counts(self) -> list[tuple[Label, list[tuple[Label, int]]]]:
        """(outcome, [(group, count), ...]) of each outcome with anyone counted."""
        found = []
        for outcome, outcome_label in CASUALTY_OUTCOMES:
            groups = [
                (Label(group_label, CASUALTY_KIND), self.casualties[f"{outcome}_{group}"])
                for group, group_label in CASUALTY_GROUPS
                if self.casualties[f"{outcome}_{group}"]
            ]
            if groups:
                found.append((Label(outcome_label, CASUALTY_KIND), groups))
        return found


@dataclass(frozen=True)
class QipMove:
    """One thing that happened to a QIP in the period: a status reached (status), a
    tranche paid (amount_usd) or a monitoring visit (percent)."""

    day: date
    status: QipStatus | None = None
    amount_usd: float = 0.0
    percent: int | None = None


@dataclass(frozen=True)
class WeekCount:
    """One ISO week's counts of a unit, for the trend over weeks."""

    week: str  # '2026-W47'
    meetings: int
    incidents: int
    flash: int = 0  # incidents that called for a flash report
    casualties: int = 0  # killed, injured and abducted together


@dataclass(frozen=True)
class QipRow:
    """One QIP: status, percent complete, budget and what comes next."""

    ref: str
    unit: str
    title: str
    category: QipCategory
    place: str
    status: QipStatus
    percent: int | None
    budget_usd: float
    approved: bool
    disbursed_usd: float
    next_milestone: Message | None  # None once there is no step left
    partner: str
    late: bool
    planned_end: str = ""  # YYYY-MM-DD, '' when none
    moves: tuple[QipMove, ...] = ()  # what happened to it in the period, oldest first
    grid: str = ""  # as officers write it ('' when none): its place on the report's map


@dataclass(frozen=True)
class RequestRow:
    """One mission support request."""

    ref: str
    unit: str
    received: str
    received_dtg: str
    carried_over: bool
    requester: Counterpart
    request_type: SupportType
    priority: SupportPriority
    status: SupportStatus
    is_open: bool
    date_required: date | str
    purpose: str
    route: str


@dataclass
class UnitContent:
    """What one unit (battalion) recorded in the period.

    Attributes: unit (its name), liaison, incidents, qips, requests (rows, in order),
    previous_meetings / previous_incidents (the period before, for trends), assessments
    (the community assessments of the period).
    """

    unit: str
    liaison: list[LiaisonRow] = field(default_factory=list)
    incidents: list[IncidentRow] = field(default_factory=list)
    qips: list[QipRow] = field(default_factory=list)
    requests: list[RequestRow] = field(default_factory=list)
    previous_meetings: int = 0
    previous_incidents: int = 0
    last_entry: str = ""
    previous_casualties: tuple[int, int, int] = (0, 0, 0)  # killed, injured, abducted
    weeks: tuple[WeekCount, ...] = ()  # the ISO weeks up to the period's, oldest first
    # The community assessments it made in the period, rises first (civil situation).
    assessments: list[AssessedCommunity] = field(default_factory=list)

    def org_type_counts(self) -> Counter[OrgTypeKey]:
        """Meetings per organisation type met (a meeting counts once per type)."""
        counts: Counter[OrgTypeKey] = Counter()
        for row in self.liaison:
            counts.update(set(row.org_types) or {NO_ORGANISATION})
        return counts

    @property
    def killed(self) -> int:
        return sum(r.killed for r in self.incidents)

    @property
    def injured(self) -> int:
        return sum(r.injured for r in self.incidents)

    @property
    def abducted(self) -> int:
        return sum(r.abducted for r in self.incidents)

    # The QIP money and the requests' counts are defined once, in reports.figures.


@dataclass(frozen=True)
class ReportHeader:
    """The message header of a report (doctrine §9, item 0). The officer's lines from
    the draft are str; the defaults, the title and the period are Messages."""

    marking: Text
    title: Message
    from_line: Text
    to_line: Text
    cc_line: Text
    report_no: str
    dtg: str
    period: Message
    location: str
    unit_label: str
    units: tuple[str, ...] = ()
    exercise: bool = False  # a training database's report: EXERCISE on every page


@dataclass
class SitrepData:
    """A unit or sector sitrep: header, the officer's text, and per-unit content.

    Attributes: header, period, draft (free text), units (one UnitContent per battalion,
    in name order), sector (True for a consolidation), qip_ceiling_usd, generated_at.
    """

    header: ReportHeader
    period: Period
    draft: ReportDraft
    units: list[UnitContent]
    sector: bool
    qip_ceiling_usd: float
    generated_at: datetime
    # The battalions' own words for the period (sector sitrep): unit -> its narrative
    # (store.narratives.Narrative); a battalion that sent none is absent.
    narratives: dict[str, Narrative] = field(default_factory=dict)
    # Where the map of the period's incidents and QIPs comes from (None: none has a grid).
    map_source: MapSource | None = None

    @property
    def liaison(self) -> list[LiaisonRow]:
        return [r for u in self.units for r in u.liaison]

    @property
    def incidents(self) -> list[IncidentRow]:
        return [r for u in self.units for r in u.incidents]

    @property
    def qips(self) -> list[QipRow]:
        return [r for u in self.units for r in u.qips]

    @property
    def requests(self) -> list[RequestRow]:
        return [r for u in self.units for r in u.requests]

    def org_type_counts(self) -> Counter[OrgTypeKey]:
        total: Counter[OrgTypeKey] = Counter()
        for unit in self.units:
            total.update(unit.org_type_counts())
        return total


# --- naming people and organisations -------------------------------------------------------


class Directory:
    """Cached look-ups of contacts and organisations, following merges, hiding tombstones.

    Attributes: store; _contacts, _orgs (caches by id; None for a missing or deleted one).
    """

    def __init__(self, store: Store):
        self.store = store
        self._contacts: dict[str, Contact | None] = {}
        self._orgs: dict[str, Organisation | None] = {}

    def prefetch(self, contact_ids: Iterable[str], org_ids: Iterable[str] = ()) -> None:
        """Read these contacts, their organisations and these organisations in a few
        queries (an id not found is remembered as missing, as a single look-up would)."""
        wanted = [i for i in dict.fromkeys(contact_ids) if i and i not in self._contacts]
        found = bulk.contacts(self.store, wanted)
        for contact_id in wanted:
            self._contacts[contact_id] = found.get(contact_id)
        employers = [c.organisation_id for c in found.values() if c.organisation_id]
        orgs = [i for i in dict.fromkeys([*org_ids, *employers]) if i and i not in self._orgs]
        found_orgs = bulk.organisations(self.store, orgs)
        for org_id in orgs:
            self._orgs[org_id] = found_orgs.get(org_id)

    def organisation(self, org_id: str | None) -> Organisation | None:
        """The live organisation (the survivor when it was merged into another)."""
        seen: set[str] = set()
        while org_id and org_id not in seen:
            seen.add(org_id)
            if org_id not in self._orgs:
                try:
                    found = org_repo.get_organisation(self.store, org_id)
                except RecordNotFoundError:
                    found = None
                self._orgs[org_id] = found
            org = self._orgs[org_id]
            if org is None:
                return None
            if org.merged_into:
                org_id = org.merged_into
                continue
            return None if org.deleted else org
        return None

    def contact(self, contact_id: str | None) -> Contact | None:
        seen: set[str] = set()
        while contact_id and contact_id not in seen:
            seen.add(contact_id)
            if contact_id not in self._contacts:
                try:
                    found = contact_repo.get_contact(self.store, contact_id)
                except RecordNotFoundError:
                    found = None
                self._contacts[contact_id] = found
            person = self._contacts[contact_id]
            if person is None:
                return None
            if person.merged_into:
                contact_id = person.merged_into
                continue
            return None if person.deleted else person
        return None

    def org_label(self, org_id: str | None) -> str:
        org = self.organisation(org_id)
        if org is None:
            return ""
        return org.acronym or org.name

    def person_label(self, person: Contact, *, names_sensitive: bool) -> Counterpart:
        """How a report names a person.

        Restricted: only the id-derived code, never a name, phone or position.
        Sensitive: named only where names_sensitive (the handover brief), else by role
        (the position written, or the contact category).
        """
        if person.sensitivity is Sensitivity.RESTRICTED:
            return msg("Restricted contact {code}", code=restricted_code(person.id))
        org = self.org_label(person.organisation_id)
        who: str | ContactCategory = person.name
        if person.sensitivity is Sensitivity.SENSITIVE and not names_sensitive:
            who = person.position or person.category
        # TRANSLATORS: a person (a name or a role) and the organisation they belong to.
        return msg("{person} ({organisation})", person=who, organisation=org) if org else who

    def person_org_type(self, person: Contact) -> OrgTypeKey:
        org = self.organisation(person.organisation_id)
        if org is not None:
            return org.org_type
        if person.sensitivity is Sensitivity.RESTRICTED:
            return NO_ORGANISATION
        return _CATEGORY_ORG_TYPE.get(person.category, NO_ORGANISATION)

    def requester(self, org_id: str | None, contact_id: str | None) -> Counterpart:
        org = self.organisation(org_id)
        if org is not None:
            return org.display_name
        person = self.contact(contact_id)
        return self.person_label(person, names_sensitive=False) if person else "—"


# --- liaison --------------------------------------------------------------------------------


def grid_text(grid: str) -> str:
    """A stored grid as officers write it: '33P TM 12345 67890' ('' when none)."""
    if not grid:
        return ""
    try:
        return parse_grid(grid).display
    except GridReferenceError:
        return grid


def _all_pages(fetch: Callable[..., Page[T]], **kwargs: Any) -> Iterator[T]:
    after: tuple[Any, str] | None = None
    while True:
        page = fetch(after=after, limit=500, **kwargs)
        yield from page.items
        if page.cursor is None:
            return
        after = page.cursor


def liaison_entries(
    store: Store, period: Period, unit: str | None = None
) -> Iterator[LiaisonEntry]:
    """Live entries that started in the period, oldest first."""
    where = LiaisonFilter(date_from=period.start_stamp, date_to=period.end_stamp, unit=unit)
    yield from _all_pages(
        lambda **kw: liaison_repo.list_liaison(store, where, **kw), descending=False
    )


def liaison_rows(
    store: Store,
    directory: Directory,
    period: Period,
    unit: str | None = None,
    *,
    outcomes: bool = True,
) -> list[LiaisonRow]:
    """The meetings of the period; with outcomes=False only the significant ones carry
    their outcome (what the body prints): the others' follow-up actions are not read."""
    entries = list(liaison_entries(store, period, unit))
    ids = [e.id for e in entries]
    links = bulk.participants(store, ids)
    every = [p for found in links.values() for p in found]
    directory.prefetch(
        (p.target_id for p in every if p.kind is ParticipantKind.CONTACT),
        (p.target_id for p in every if p.kind is not ParticipantKind.CONTACT),
    )
    detailed = [e.id for e in entries if outcomes or e.significant]
    actions = meeting_actions(store, detailed)
    rows = []
    for entry in entries:
        entry.participants = links.get(entry.id, [])
        entry.actions = actions.get(entry.id, [])
        rows.append(liaison_row(entry, directory, outcome=outcomes or entry.significant))
    return rows


def meeting_actions(store: Store, entry_ids: list[str]) -> dict[str, list[FollowUpAction]]:
    """The live follow-up actions of these meetings (Annex A's outcomes, and the
    significant meetings' in the body)."""
    return bulk.actions(store, entry_ids) if entry_ids else {}


def liaison_row(entry: LiaisonEntry, directory: Directory, *, outcome: bool = True) -> LiaisonRow:
    """One meeting (with its participants and actions read) as the sitrep lists it."""
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
    told = (
        Outcome(
            info=entry.info_received.strip(),
            issues=entry.issues_raised.strip(),
            actions=tuple(FollowUp(a.description, day_of(a.due_date)) for a in open_actions),
        )
        if outcome
        else Outcome()
    )
    return LiaisonRow(
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
        outcome=told,
        open_actions=len(open_actions),
        significant=entry.significant,
        organisations=tuple(dict.fromkeys(orgs)),
    )


def meeting_starts(store: Store, period: Period, unit: str | None = None) -> list[str]:
    """When each live meeting of the period started (the rows count_meetings counts)."""
    sql = "SELECT start FROM liaison_entries WHERE deleted = 0 AND start >= ? AND start < ?"
    params = [period.start_stamp, period.end_stamp]
    if unit:
        sql += " AND origin_unit = ?"
        params.append(unit)
    return [row[0] for row in store.db.execute(sql, params).fetchall()]


def count_meetings(store: Store, period: Period, unit: str | None = None) -> int:
    return liaison_repo.count_liaison(
        store, LiaisonFilter(date_from=period.start_stamp, date_to=period.end_stamp, unit=unit)
    )


# --- incidents ---------------------------------------------------------------------------


def incident_row(incident: Incident) -> IncidentRow:
    occurred = from_stamp(incident.occurred_at)
    flash = None
    if incident.is_flash():
        flash = (
            msg("Flash sent {dtg}", dtg=military_dtg(incident.flash_sent_at))
            if incident.flash_sent_at
            else msg("Flash report not sent")
        )
    subcategory = incident.subcategory_label
    return IncidentRow(
        ref=incident.reference,
        unit=incident.origin_unit,
        occurred=incident.occurred_at,
        dtg=military_dtg(occurred),
        day=occurred.date(),
        category=incident.category,
        subcategory=Label(subcategory, "Subcategory") if subcategory else None,
        place=incident.place,
        grid=grid_text(incident.grid),
        precision=incident.location_precision,
        killed=incident.total_for("killed"),
        injured=incident.total_for("injured"),
        abducted=incident.total_for("abducted"),
        summary=incident.narrative,
        action_taken=incident.action_taken,
        status=incident.status,
        flash=flash,
        flash_sent=bool(incident.flash_sent_at),
        casualties={name: getattr(incident, name) for name in CASUALTY_FIELDS},
    )


def incidents_in(store: Store, period: Period, unit: str | None = None) -> list[Incident]:
    """Live incidents that occurred in the period, oldest first."""
    where = IncidentFilter(date_from=period.start_stamp, date_to=period.end_stamp, unit=unit)
    return list(
        _all_pages(lambda **kw: incident_repo.list_incidents(store, where, **kw), descending=False)
    )


def count_incidents(store: Store, period: Period, unit: str | None = None) -> int:
    return incident_repo.count_incidents(
        store, IncidentFilter(date_from=period.start_stamp, date_to=period.end_stamp, unit=unit)
    )


# --- QIPs --------------------------------------------------------------------------------

# From approval on, the approved budget is committed to the project.
_COMMITTED = frozenset(
    {
        QipStatus.APPROVED,
        QipStatus.AGREEMENT_SIGNED,
        QipStatus.DISBURSED,
        QipStatus.IN_IMPLEMENTATION,
        QipStatus.COMPLETED,
        QipStatus.HANDED_OVER,
        QipStatus.CLOSED,
    }
)
# The next step of a project in each status.
_MILESTONE = {
    QipStatus.IDENTIFIED: msg("Proposal to be drafted"),
    QipStatus.PROPOSAL_DRAFTED: msg("Submission to the PRC"),
    QipStatus.SUBMITTED: msg("PRC review"),
    QipStatus.UNDER_REVIEW: msg("PRC decision"),
    QipStatus.RETURNED: msg("Proposal to be revised"),
    QipStatus.APPROVED: msg("Agreement signature"),
    QipStatus.AGREEMENT_SIGNED: msg("First tranche"),
    QipStatus.DISBURSED: msg("Start of works"),
    QipStatus.IN_IMPLEMENTATION: msg("Completion"),
    QipStatus.COMPLETED: msg("Handover to the authorities"),
    QipStatus.HANDED_OVER: msg("Final report and closure"),
}


def status_on(qip: Qip, day: date) -> tuple[QipStatus, str]:
    """(status, date it was reached) at the end of `day`, from the transitions.

    A project whose every move was recorded after that day (entered late, e.g. by
    an incoming officer) is shown with its current status.
    """
    moves = [t for t in qip.transitions if not t.deleted and t.transition_date]
    before = [t for t in moves if t.transition_date <= day.isoformat()]
    if not before:
        return qip.status, ""
    last = max(before, key=lambda t: (t.transition_date, t.seq))
    return last.to_status, last.transition_date


def next_milestone(qip: Qip, status: QipStatus) -> Message | None:
    """The project's next step (with its planned date, or the authority receiving it)."""
    step = _MILESTONE.get(status)
    if step is None:
        return None
    due = ""
    if status in (QipStatus.DISBURSED, QipStatus.AGREEMENT_SIGNED) and qip.planned_start:
        due = qip.planned_start
    elif status is QipStatus.IN_IMPLEMENTATION and qip.planned_end:
        due = qip.planned_end
    elif status is QipStatus.COMPLETED and qip.receiving_authority:
        return msg("{step}: {authority}", step=step, authority=qip.receiving_authority)
    return msg("{step}, planned {date}", step=step, date=day_of(due)) if due else step


def qip_row(qip: Qip, day: date) -> QipRow:
    """A project as it stood at the end of `day`: status, percent, money paid by then."""
    status, _ = status_on(qip, day)
    visits = [v for v in qip.visits if not v.deleted and v.visit_date <= day.isoformat()]
    percent = max(visits, key=lambda v: v.visit_date).percent_complete if visits else None
    paid = sum(t.amount_usd for t in qip.tranches if not t.deleted and t.paid_on <= day.isoformat())
    committed = status in _COMMITTED
    late = status in OPEN_STATES and bool(qip.planned_end) and qip.planned_end < day.isoformat()
    return QipRow(
        ref=qip.number,
        unit=qip.origin_unit,
        title=qip.title,
        category=qip.category,
        place=qip.place,
        status=status,
        percent=percent,
        budget_usd=qip.budget_approved_usd if committed else qip.budget(),
        approved=committed,
        disbursed_usd=round(paid, 2),
        next_milestone=next_milestone(qip, status),
        partner=qip.partner_name,
        late=late,
        planned_end=qip.planned_end,
        grid=grid_text(qip.grid),
    )


def qip_moves(qip: Qip, period: Period) -> tuple[QipMove, ...]:
    """What happened to the project in the period: statuses reached, tranches paid,
    monitoring visits, oldest first."""
    moves = [
        QipMove(date.fromisoformat(t.transition_date), status=t.to_status)
        for t in sorted(qip.transitions, key=lambda t: (t.transition_date, t.seq))
        if not t.deleted and period.contains_day(t.transition_date)
    ]
    moves += [
        QipMove(date.fromisoformat(t.paid_on), amount_usd=t.amount_usd)
        for t in qip.tranches
        if not t.deleted and period.contains_day(t.paid_on)
    ]
    moves += [
        QipMove(date.fromisoformat(v.visit_date), percent=v.percent_complete)
        for v in qip.visits
        if not v.deleted and period.contains_day(v.visit_date)
    ]
    return tuple(sorted(moves, key=lambda m: m.day))


def qips_of_period(store: Store, period: Period, unit: str | None = None) -> list[QipRow]:
    """Projects alive during the period: not ended before it began, as at its last day."""
    rows = []
    listed = _all_pages(
        lambda **kw: qip_repo.list_qips(store, QipFilter(unit=unit), **kw),
        order_by="number",
        descending=False,
    )
    for qip in bulk.with_children(store, list(listed)):
        created = min((t.transition_date for t in qip.transitions if t.transition_date), default="")
        start = qip.actual_start or qip.planned_start or created
        if start and start > period.end.isoformat() and created > period.end.isoformat():
            continue  # neither started nor known yet
        status, reached = status_on(qip, period.end)
        if status in ENDED_STATES and reached and reached < period.start.isoformat():
            continue  # ended before the period
        if status in ENDED_STATES and not reached and qip.status in ENDED_STATES:
            ended = qip.actual_end or max((t.transition_date for t in qip.transitions), default="")
            if ended and ended < period.start.isoformat():
                continue
        row = qip_row(qip, period.end)
        rows.append(replace(row, moves=qip_moves(qip, period)))
    return rows


def running_qips(store: Store, today: date, unit: str | None = None) -> list[QipRow]:
    """Projects not yet ended (any stage from identified to handed over)."""
    rows = []
    for item in _all_pages(
        lambda **kw: qip_repo.list_qips(store, QipFilter(unit=unit), **kw),
        order_by="number",
        descending=False,
    ):
        if item.status in ENDED_STATES:
            continue
        rows.append(qip_row(qip_repo.get_qip(store, item.id), today))
    return rows


# --- mission support requests --------------------------------------------------------------


def request_row(request: SupportRequest, directory: Directory, carried: bool) -> RequestRow:
    return RequestRow(
        ref=request.number,
        unit=request.origin_unit,
        received=request.received_at,
        received_dtg=military_dtg(request.received_at),
        carried_over=carried,
        requester=directory.requester(
            request.requesting_organisation_id, request.requesting_contact_id
        ),
        request_type=request.request_type,
        priority=request.priority,
        status=request.status,
        is_open=request.status in OPEN_REQUEST_STATUSES,
        date_required=day_of(request.date_required),
        purpose=request.purpose,
        route=" → ".join(p for p in (request.from_place, request.to_place) if p),
    )


def requests_of_period(
    store: Store, directory: Directory, period: Period, unit: str | None = None
) -> list[RequestRow]:
    """Requests received in the period, then older ones still open (carried over)."""
    in_period = SupportFilter(date_from=period.start_stamp, date_to=period.end_stamp, unit=unit)
    before = SupportFilter(date_to=period.start_stamp, unit=unit)
    received = list(
        _all_pages(
            lambda **kw: support_repo.list_support_requests(store, in_period, **kw),
            descending=False,
        )
    )
    carried = open_before(store, before)
    both = received + carried
    directory.prefetch(
        (r.requesting_contact_id or "" for r in both),
        (r.requesting_organisation_id or "" for r in both),
    )
    return [request_row(r, directory, False) for r in received] + [
        request_row(r, directory, True) for r in carried
    ]


def open_before(store: Store, before: SupportFilter) -> list[SupportRequest]:
    """The requests `before` keeps that are still open, in the list's order (received,
    then id): read status by status, not every older request."""
    found: list[SupportRequest] = []
    for status in OPEN_REQUEST_STATUSES:
        where = replace(before, status=status)
        found += _all_pages(
            lambda where=where, **kw: support_repo.list_support_requests(store, where, **kw),
            descending=False,
        )
    return sorted(found, key=lambda r: (r.received_at, r.id))


def open_requests(store: Store, directory: Directory, unit: str | None = None) -> list[RequestRow]:
    return [
        request_row(r, directory, False)
        for r in _all_pages(
            lambda **kw: support_repo.list_support_requests(store, SupportFilter(unit=unit), **kw),
            descending=False,
        )
        if r.status in OPEN_REQUEST_STATUSES
    ]


# --- the sitrep ----------------------------------------------------------------------------


def units_in_file(store: Store) -> list[str]:
    """Every unit with records in this file (the file's own unit when there are none)."""
    return report_drafts.units_with_records(store) or [store.unit.name]


def resolve_units(store: Store, units: Iterable[str] | None, sector: bool) -> list[str]:
    """The units a report covers: those named (checked), all (sector) or the file's own."""
    wanted = [u.strip() for u in units or () if u.strip()]
    known = units_in_file(store)
    if wanted:
        by_fold = {k.casefold(): k for k in [*known, store.unit.name]}
        unknown = [u for u in wanted if u.casefold() not in by_fold]
        if unknown:
            raise CimicError(
                msg(
                    "No records of {unknown} in {path_name}. Units in this file: {known}.",
                    unknown=", ".join(unknown),
                    path_name=store.path.name,
                    known=", ".join(known),
                )
            )
        return sorted({by_fold[u.casefold()] for u in wanted}, key=str.casefold)
    if sector:
        return known
    return [store.unit.name]


def draft_kind(sector: bool) -> str:
    return "sector_sitrep" if sector else "unit_sitrep"


def draft_units(store: Store, units: list[str], sector: bool) -> tuple[str, ...]:
    """The unit part of a draft's key: () for the file's usual report, else the names."""
    if not sector and units == [store.unit.name]:
        return ()
    if sector and units == units_in_file(store):
        return ()
    return tuple(units)


def gather_sitrep(
    store: Store,
    period: Period,
    *,
    units: Iterable[str] | None = None,
    sector: bool = False,
    now: datetime | None = None,
    marking: str | None = None,
    outcomes: bool = True,
) -> SitrepData:
    """Everything a unit sitrep (one unit) or a sector sitrep (several) shows for a period.

    outcomes=False (a sitrep without Annex A): the outcomes of meetings not marked
    significant, which only Annex A prints, are not gathered."""
    now = now or utc_now()
    names = resolve_units(store, units, sector)
    sector = sector or len(names) > 1
    draft = report_drafts.draft_or_blank(
        store,
        draft_kind(sector),
        draft_units(store, names, sector),
        period.start.isoformat(),
        period.end.isoformat(),
    )
    if not sector:
        draft = with_own_words(store, period, names[0], draft)
    directory = Directory(store)
    previous = period.previous()
    history = histories(store)  # a community two battalions assessed is read once
    content = []
    for name in names:
        before = [incident_row(i) for i in incidents_in(store, previous, name)]
        content.append(
            UnitContent(
                unit=name,
                liaison=liaison_rows(store, directory, period, name, outcomes=outcomes),
                incidents=[incident_row(i) for i in incidents_in(store, period, name)],
                qips=qips_of_period(store, period, name),
                requests=requests_of_period(store, directory, period, name),
                previous_meetings=count_meetings(store, previous, name),
                previous_incidents=len(before),
                last_entry=last_entry_start(store, name) if sector else "",
                previous_casualties=(
                    sum(r.killed for r in before),
                    sum(r.injured for r in before),
                    sum(r.abducted for r in before),
                ),
                weeks=week_counts(store, period, name),
                assessments=period_rows(store, period.start, period.end, name, history),
            )
        )
    return SitrepData(
        header=_sitrep_header(store, period, draft, names, sector, now, marking),
        period=period,
        draft=draft,
        units=content,
        sector=sector,
        qip_ceiling_usd=get_mission_settings(store).qip_ceiling_usd,
        generated_at=now,
        narratives=unit_narratives(store, period, names) if sector else {},
        map_source=map_source(
            store,
            [r.grid for u in content for r in u.incidents]
            + [r.grid for u in content for r in u.qips],
        ),
    )


def with_own_words(store: Store, period: Period, unit: str, draft: ReportDraft) -> ReportDraft:
    """The draft, or where it has none of the six texts, the unit's own narrative for
    the period (as a unit file brings it: its weekly narratives, e.g. over a month)."""
    if any(getattr(draft, name).strip() for name in narratives.TEXT_FIELDS):
        return draft
    own = unit_narratives(store, period, [unit]).get(unit)
    if own is None:
        return draft
    return replace(draft, **{name: getattr(own, name) for name in narratives.TEXT_FIELDS})


TREND_WEEKS = 8


def trend_weeks(period: Period, weeks: int = TREND_WEEKS) -> list[Period]:
    """The ISO weeks of the trend: `weeks` of them, ending with the week of the period's
    last day, oldest first."""
    last = Period.containing_week(period.end)
    return [
        Period(last.start - timedelta(weeks=n), last.end - timedelta(weeks=n))
        for n in range(weeks - 1, -1, -1)
    ]


def week_counts(store: Store, period: Period, unit: str) -> tuple[WeekCount, ...]:
    """Meetings, incidents, flash incidents and casualties of each ISO week of the trend
    (the incidents of all the weeks read in one query, then counted per week)."""
    weeks = trend_weeks(period)
    span = Period(weeks[0].start, weeks[-1].end)
    every = incidents_in(store, span, unit)
    starts = meeting_starts(store, span, unit)
    counts = []
    for week in weeks:
        low, high = week.start_stamp, week.end_stamp  # contains_stamp's bounds, made once
        found = [i for i in every if i.occurred_at and low <= i.occurred_at < high]
        counts.append(
            WeekCount(
                week.week_label,
                sum(1 for start in starts if start and low <= start < high),
                len(found),
                sum(1 for i in found if i.is_flash()),
                sum(i.total_casualties() for i in found),
            )
        )
    return tuple(counts)


def unit_narratives(store: Store, period: Period, units: list[str]) -> dict[str, Narrative]:
    """Each unit's own narrative for the period, as its file brought it (none: absent)."""
    return narratives.for_period(store, period.start, period.end, units)


def _sitrep_header(
    store: Store,
    period: Period,
    draft: ReportDraft,
    names: list[str],
    sector: bool,
    now: datetime,
    marking: str | None,
) -> ReportHeader:
    unit = store.unit
    settings = get_report_settings(store)
    defaults = sitrep_defaults(unit, period, sector, settings)
    if sector:
        title = msg("Sector CIMIC situation report")
        unit_label = unit.name
    else:
        title = (
            msg("CIMIC weekly situation report")
            if period.week_label
            else msg("CIMIC situation report")
        )
        unit_label = names[0]
    return ReportHeader(
        marking=marking_text(marking or draft.marking or settings.marking),
        title=title,
        from_line=draft.from_line or defaults.from_line,
        to_line=draft.to_line or defaults.to_line,
        cc_line=draft.cc_line or defaults.cc_line,
        report_no=draft.report_no or defaults.report_no,
        dtg=military_dtg(now),
        period=period.label,
        location=draft.location,
        unit_label=unit_label,
        units=tuple(names),
        exercise=store.training,
    )


@dataclass(frozen=True)
class HeaderDefaults:
    """The header lines a report prints where its draft leaves them empty (the Reports
    page shows them as placeholders)."""

    report_no: str
    from_line: Text
    to_line: Text
    cc_line: Text = ""
    marking: Text = MARKINGS[DEFAULT_MARKING]


def sitrep_defaults(
    unit: UnitInfo, period: Period, sector: bool, settings: ReportSettings | None = None
) -> HeaderDefaults:
    """The defaults of a unit or a sector sitrep for a period: the unit's report settings
    (marking, To, Cc: Preferences) where set, else the program's."""
    settings = settings or ReportSettings()
    code = "SECSITREP" if sector else "SITREP"
    return HeaderDefaults(
        report_no=f"{unit.code}/CIMIC/{code}/{period.code}",
        from_line=f"{unit.name} CIMIC",
        to_line=settings.to_line or default_to_line(unit, sector),
        cc_line=settings.cc_line,
        marking=marking_text(settings.marking),
    )


def default_to_line(unit: UnitInfo, sector: bool) -> Text:
    """Whom a sitrep goes to when the unit set no addressee: its parent's CIMIC cell, else
    the Sector HQ's (a unit's sitrep) or the Force HQ's (a sector's)."""
    return hq_cimic(unit.parent, msg("Force HQ CIMIC") if sector else msg("Sector HQ CIMIC"))


def hq_cimic(parent: str, default: Text) -> Text:
    """The CIMIC cell of the higher HQ: '{parent} HQ CIMIC', or `default` when the parent
    is not known. A parent already named as an HQ ('Force HQ', 'Sector West HQ') gets no
    second 'HQ'."""
    name = parent.strip()
    if not name:
        return default
    if re.search(r"\bHQ$", name, re.IGNORECASE):
        return msg("{parent} CIMIC", parent=name)
    return msg("{parent} HQ CIMIC", parent=name)


def handover_defaults(
    unit: UnitInfo, as_of: date, settings: ReportSettings | None = None
) -> HeaderDefaults:
    """The defaults of the handover brief as of a day (its marking: the unit's default)."""
    return HeaderDefaults(
        report_no=f"{unit.code}/CIMIC/HO/{as_of:%Y%m%d}",
        from_line=msg("{unit} CIMIC (outgoing)", unit=unit.name),
        to_line=msg("Incoming CIMIC officer"),
        cc_line=hq_cimic(unit.parent, ""),
        marking=marking_text((settings or ReportSettings()).marking),
    )


def per_day(rows: Iterable[IncidentRow], period: Period) -> dict[IncidentCategory, list[int]]:
    """Incidents per day of the period, by category (the layout orders them)."""
    index = {day: i for i, day in enumerate(period.days)}
    series: dict[IncidentCategory, list[int]] = defaultdict(lambda: [0] * len(index))
    for row in rows:
        if row.day in index:
            series[row.category][index[row.day]] += 1
    return dict(series)


def casualty_table(rows: Iterable[IncidentRow]) -> dict[Label, dict[Label, int]]:
    """Totals of the period: outcome -> group -> count (labels of kind 'Casualty')."""
    rows = list(rows)
    return {
        Label(label, CASUALTY_KIND): {
            Label(group_label, CASUALTY_KIND): sum(r.casualties[f"{outcome}_{group}"] for r in rows)
            for group, group_label in CASUALTY_GROUPS
        }
        for outcome, label in CASUALTY_OUTCOMES
    }


def last_entry_start(store: Store, unit: str) -> str:
    """When the unit's latest live liaison entry in this file started ('' if none)."""
    row = store.db.execute(
        "SELECT max(start) FROM liaison_entries WHERE deleted = 0 AND origin_unit = ?", [unit]
    ).fetchone()
    return (row[0] or "") if row else ""
