"""What each record list can be filtered by: one frozen filter per record type.

A filter says which records a list holds; the list function's own keywords say only
how to page through them (order, cursor, limit). None, '' and False mean "no filter"
for a field, so the filter built with no arguments holds every live record.
"""

from __future__ import annotations

from dataclasses import dataclass

from cimicdesk.domain.enums import (
    AssessmentSector,
    CommunityKind,
    ContactCategory,
    IncidentCategory,
    IncidentStatus,
    LiaisonType,
    OrgType,
    QipCategory,
    QipStatus,
    Sensitivity,
    Severity,
    SupportPriority,
    SupportStatus,
    SupportType,
)
from cimicdesk.store import search
from cimicdesk.store.paging import ListQuery


@dataclass(frozen=True, kw_only=True)
class RecordFilter:
    """What every list filters on: the words searched for, and whether tombstoned
    (deleted) records are kept."""

    text: str = ""
    include_deleted: bool = False


@dataclass(frozen=True, kw_only=True)
class PeriodFilter(RecordFilter):
    """A filter of a record type that reports list by unit and period: the origin unit's
    code, and date_from <= the record's date < date_to (dates or stamps; None: no bound).
    Each type says which of its dates that is."""

    unit: str | None = None
    date_from: str | None = None
    date_to: str | None = None


@dataclass(frozen=True, kw_only=True)
class OrganisationFilter(RecordFilter):
    org_type: OrgType | None = None


@dataclass(frozen=True, kw_only=True)
class ContactFilter(RecordFilter):
    """Contacts by category, sensitivity and organisation; and how the words match.

    The words match a restricted contact only by what the masked list shows of it (its
    code, organisation and category: all the search index holds of it). With
    reveal_restricted -- the officer has ticked 'Reveal restricted' on the Contacts page,
    which shows those contacts' names and phones on the screen and opens their records
    uncovered -- the words match their hidden fields too, as they match anyone else's:
    the list then confirms nothing the screen does not already show, and an officer who
    chose to see the sources can find one among hundreds by name. That text is matched in
    memory (store/contacts.py), never written to the index; global search, one box across
    every kind of record whose results any screen may show, never matches it.
    """

    category: ContactCategory | None = None
    sensitivity: Sensitivity | None = None
    organisation_id: str | None = None
    reveal_restricted: bool = False


@dataclass(frozen=True, kw_only=True)
class LiaisonFilter(PeriodFilter):
    """Entries by type, by a contact or organisation that took part, and by the time
    they started."""

    entry_type: LiaisonType | None = None
    participant_id: str | None = None


@dataclass(frozen=True, kw_only=True)
class QipFilter(PeriodFilter):
    """Projects by status, category, partner, and a period (days: a stamp counts by its
    day) that their span overlaps: from the actual (else planned, else recorded) start
    to the actual (else planned) end, both days included."""

    status: QipStatus | None = None
    category: QipCategory | None = None
    partner_id: str | None = None


@dataclass(frozen=True, kw_only=True)
class IncidentFilter(PeriodFilter):
    """Incidents by status, category, the time they occurred, a flash report still due,
    and a liaison entry they are linked to."""

    status: IncidentStatus | None = None
    category: IncidentCategory | None = None
    flash_pending: bool = False
    liaison_id: str | None = None


@dataclass(frozen=True, kw_only=True)
class SupportFilter(PeriodFilter):
    """Requests by status (or any status awaiting a decision), type, priority, requesting
    organisation and the time they were received."""

    status: SupportStatus | None = None
    request_type: SupportType | None = None
    priority: SupportPriority | None = None
    organisation_id: str | None = None
    awaiting_decision: bool = False


@dataclass(frozen=True, kw_only=True)
class AssessmentFilter(PeriodFilter):
    """Assessments by the community's kind, one community (its key), a sector rated in
    them, their worst severity (at least) and the day they were made."""

    community_kind: CommunityKind | None = None
    community_key: str | None = None
    sector: AssessmentSector | None = None
    min_severity: Severity | None = None


def common_query(kind: str, where: RecordFilter) -> ListQuery:
    """The WHERE parts every list shares: live records only, the unit, the search words."""
    query = ListQuery()
    if not where.include_deleted:
        query.add("deleted = 0")
    if isinstance(where, PeriodFilter) and where.unit:
        query.add("origin_unit = ?", where.unit)
    if fts := search.fts_query(where.text):
        query.add(search.matching_ids_sql(kind), fts)
    return query
