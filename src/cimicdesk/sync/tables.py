"""What the merge needs to know of each synced table: record type, references, derived columns.

The order of TABLES is the order of merge: every table comes after the tables its rows
refer to, so a parent is already in the receiving database when its children are checked.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from cimicdesk.domain.assessment import (
    Assessment,
    InfrastructureItem,
    RecommendedAction,
    SectorRating,
)
from cimicdesk.domain.grid import grid_or_none
from cimicdesk.domain.incident import Incident, IncidentLiaisonLink
from cimicdesk.domain.qip import Attachment, MonitoringVisit, Qip, QipTransition, Tranche
from cimicdesk.domain.records import (
    Contact,
    FollowUpAction,
    LiaisonEntry,
    Organisation,
    Participant,
    Record,
)
from cimicdesk.domain.support import SupportRequest
from cimicdesk.i18n.message import Message, msg_p
from cimicdesk.store import assessments, contacts, organisations
from cimicdesk.store.mission_settings import MissionSetting
from cimicdesk.store.narratives import Narrative
from cimicdesk.store.schema import SYNCED_TABLES

# Columns every synced row carries besides its business fields (schema._SYNC_COLUMNS).
META_COLUMNS = ("id", "origin_unit", "created_at", "updated_at", "updated_site", "deleted", "clock")
BLOBS = "blobs"
Derive = Callable[[Any], dict[str, Any]]


def _no_derived(record: Record) -> dict[str, Any]:
    return {}


def _position(grid: str, lat: str = "lat", lon: str = "lon") -> dict[str, Any]:
    ref = grid_or_none(grid)
    return {lat: ref.lat if ref else None, lon: ref.lon if ref else None}


def _grid_position(record: Any) -> dict[str, Any]:
    return _position(record.grid)


def _route_positions(record: Any) -> dict[str, Any]:
    return {
        **_position(record.from_grid, "from_lat", "from_lon"),
        **_position(record.to_grid, "to_lat", "to_lon"),
    }


@dataclass(frozen=True)
class SyncedTable:
    """One synced table.

    Attributes: name, kind (the record type's name in reports and JSON Lines), cls (the
    domain record), refs ((column, table it points to) pairs), derive (the columns a
    repository computes from the record, with no clock: position of a grid, sort key).
    """

    name: str
    kind: str
    cls: type[Record]
    refs: tuple[tuple[str, str], ...] = ()
    derive: Derive = field(default=_no_derived, compare=False)

    @property
    def fields(self) -> tuple[str, ...]:
        """The clocked fields: business fields and the tombstone."""
        return (*self.cls.business_fields(), "deleted")

    @property
    def derived_columns(self) -> tuple[str, ...]:
        return tuple(self.derive(self.cls()))

    @property
    def columns(self) -> tuple[str, ...]:
        """Every column of the table, meta first."""
        return (*META_COLUMNS, *self.cls.business_fields(), *self.derived_columns)


TABLES: tuple[SyncedTable, ...] = (
    SyncedTable(
        "organisations",
        "organisation",
        Organisation,
        refs=(("parent_id", "organisations"), ("merged_into", "organisations")),
        derive=organisations.derived_columns,
    ),
    SyncedTable(
        "contacts",
        "contact",
        Contact,
        refs=(("organisation_id", "organisations"), ("merged_into", "contacts")),
        derive=contacts.derived_columns,
    ),
    SyncedTable("liaison_entries", "liaison_entry", LiaisonEntry, derive=_grid_position),
    SyncedTable(
        "liaison_participants",
        "liaison_participant",
        Participant,
        refs=(("entry_id", "liaison_entries"),),
    ),
    SyncedTable(
        "follow_up_actions",
        "follow_up_action",
        FollowUpAction,
        refs=(("entry_id", "liaison_entries"),),
    ),
    SyncedTable("mission_settings", "mission_setting", MissionSetting),
    # Before the QIPs: a QIP names the assessment that justifies it.
    SyncedTable("assessments", "assessment", Assessment, derive=assessments.derived_columns),
    SyncedTable(
        "assessment_sectors",
        "assessment_sector",
        SectorRating,
        refs=(("assessment_id", "assessments"),),
    ),
    SyncedTable(
        "assessment_infrastructure",
        "assessment_infrastructure",
        InfrastructureItem,
        refs=(("assessment_id", "assessments"),),
        derive=assessments.infrastructure_position,
    ),
    SyncedTable(
        "assessment_actions",
        "assessment_action",
        RecommendedAction,
        refs=(("assessment_id", "assessments"),),
    ),
    SyncedTable(
        "qips",
        "qip",
        Qip,
        refs=(
            ("implementing_partner_id", "organisations"),
            ("focal_point_id", "contacts"),
            ("assessment_id", "assessments"),
        ),
        derive=_grid_position,
    ),
    SyncedTable("qip_tranches", "qip_tranche", Tranche, refs=(("qip_id", "qips"),)),
    SyncedTable("qip_visits", "qip_visit", MonitoringVisit, refs=(("qip_id", "qips"),)),
    SyncedTable("qip_transitions", "qip_transition", QipTransition, refs=(("qip_id", "qips"),)),
    SyncedTable(
        "incidents",
        "incident",
        Incident,
        refs=(("source_contact_id", "contacts"), ("source_organisation_id", "organisations")),
        derive=_grid_position,
    ),
    SyncedTable(
        "incident_liaison_links",
        "incident_liaison_link",
        IncidentLiaisonLink,
        refs=(("incident_id", "incidents"), ("entry_id", "liaison_entries")),
    ),
    SyncedTable(
        "support_requests",
        "support_request",
        SupportRequest,
        refs=(
            ("requesting_organisation_id", "organisations"),
            ("requesting_contact_id", "contacts"),
        ),
        derive=_route_positions,
    ),
    SyncedTable(
        "attachments",
        "attachment",
        Attachment,
        refs=(("sha256", BLOBS),),
    ),
    SyncedTable("narratives", "narrative", Narrative),
)
BY_NAME = {t.name: t for t in TABLES}
BY_KIND = {t.kind: t for t in TABLES}
assert set(BY_NAME) == set(SYNCED_TABLES), "every synced table needs an entry here"


@cache
def table(name: str) -> SyncedTable:
    """The synced table of that name (KeyError for any other table)."""
    return BY_NAME[name]


# Each synced table's records as people name them (in messages: '3 liaison entries').
_LABELS = {
    "organisations": msg_p("records", "organisations"),
    "contacts": msg_p("records", "contacts"),
    "liaison_entries": msg_p("records", "liaison entries"),
    "liaison_participants": msg_p("records", "participants"),
    "follow_up_actions": msg_p("records", "follow-up actions"),
    "mission_settings": msg_p("records", "mission settings"),
    "qips": msg_p("records", "qips"),
    "qip_tranches": msg_p("records", "qip tranches"),
    "qip_visits": msg_p("records", "qip visits"),
    "qip_transitions": msg_p("records", "qip transitions"),
    "incidents": msg_p("records", "incidents"),
    "incident_liaison_links": msg_p("records", "incident liaison links"),
    "support_requests": msg_p("records", "support requests"),
    "attachments": msg_p("records", "attachments"),
    "narratives": msg_p("records", "unit narratives"),
    "assessments": msg_p("records", "community assessments"),
    "assessment_sectors": msg_p("records", "assessment sector ratings"),
    "assessment_infrastructure": msg_p("records", "assessment infrastructure items"),
    "assessment_actions": msg_p("records", "assessment recommended actions"),
    BLOBS: msg_p("records", "photos"),
}


def label(name: str) -> Message | str:
    """A table's records as people name them ('liaison entries'), a Message; str() is
    its English. Any other table: its name with spaces."""
    return _LABELS.get(name, name.replace("_", " "))
