"""Repository of incident reports, their links to liaison entries, and the flash queue."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from cimicdesk.domain.errors import FieldError, ValidationError
from cimicdesk.domain.grid import optional_grid
from cimicdesk.domain.incident import (
    CASUALTY_FIELDS,
    IMMEDIATE_CATEGORIES,
    Incident,
    IncidentLiaisonLink,
)
from cimicdesk.domain.masking import listed_name
from cimicdesk.domain.timeutil import is_stamp, now_stamp
from cimicdesk.i18n.message import Message, msg
from cimicdesk.store import search, synced
from cimicdesk.store.database import Store
from cimicdesk.store.filters import IncidentFilter, common_query
from cimicdesk.store.paging import ListQuery, Page, count_rows, fetch_page

TABLE = "incidents"
KIND = "incident"
LINKS = "incident_liaison_links"
# Stable id of a link: the same link made at two sites merges into one row.
_LINK_NAMESPACE = uuid.UUID("a4e2c9b1-7d3f-4e6a-8b5c-1f0e9d8c7b60")
# The flash rule of domain.incident, in SQL: an immediate category or any casualty.
FLASH_SQL = (
    "(category IN ("
    + ", ".join(f"'{c.value}'" for c in sorted(IMMEDIATE_CATEGORIES))
    + ") OR ("
    + " + ".join(CASUALTY_FIELDS)
    + ") > 0)"
)
SORTS = {
    "occurred_at": "occurred_at",
    "reported_at": "reported_at",
    "reference": "reference",
    "category": "category",
    "place": "place COLLATE NOCASE",
    "status": "status",
    "casualties": "(" + " + ".join(CASUALTY_FIELDS) + ")",
    "updated_at": "updated_at",
}


def link_id(incident_id: str, entry_id: str) -> str:
    return str(uuid.uuid5(_LINK_NAMESPACE, f"{incident_id}:{entry_id}"))


def next_reference(store: Store, year: int) -> str:
    """The next incident reference of this unit: UNIT-INC-YYYY-NNNN; never reused."""
    prefix = f"{store.unit.code}-INC-{year}-"
    row = store.db.execute(
        "SELECT max(CAST(substr(reference, ?) AS INTEGER)) FROM incidents WHERE reference LIKE ?",
        [len(prefix) + 1, prefix + "%"],
    ).fetchone()
    return f"{prefix}{(row[0] or 0) + 1:04d}"


def save_incident(store: Store, incident: Incident, *, now: datetime | None = None) -> Incident:
    """Validate and store an incident with its liaison links, in one transaction.

    Checks that occurred <= reported <= now, casualty counts are whole and not
    negative, the sub-category fits the category, and every linked record exists.
    """
    errors = incident.field_errors(now)
    if errors:
        raise ValidationError(errors)
    ref = optional_grid(incident.grid)
    incident.grid = ref.mgrs if ref else ""
    extra = {"lat": ref.lat if ref else None, "lon": ref.lon if ref else None}
    incident.liaison_entry_ids = tuple(dict.fromkeys(incident.liaison_entry_ids))
    with store.db.atomic():
        errors = _link_errors(store, incident)
        if errors:
            raise ValidationError(errors)
        if not incident.reference:
            incident.reference = next_reference(store, int(incident.occurred_at[:4]))
        stored = synced.write(store, TABLE, incident, extra)
        _save_links(store, stored.id, incident.liaison_entry_ids)
        full = get_incident(store, stored.id)
        _reindex(store, full)
    return full


def _link_errors(store: Store, incident: Incident) -> list[FieldError]:
    errors = []
    checks = [
        ("source_contact_id", "contacts", incident.source_contact_id),
        ("source_organisation_id", "organisations", incident.source_organisation_id),
    ]
    checks += [
        ("actor_organisation_ids", "organisations", org_id)
        for org_id in incident.actor_organisation_ids
    ]
    checks += [
        ("liaison_entry_ids", "liaison_entries", entry_id)
        for entry_id in incident.liaison_entry_ids
    ]
    for name, table, record_id in checks:
        if record_id and not synced.fetch_row(store, table, record_id):
            errors.append(FieldError(name, _unknown(table, record_id)))
    return errors


def _unknown(table: str, record_id: str) -> Message:
    if table == "contacts":
        return msg("The contact {target_id} is unknown.", target_id=record_id)
    if table == "organisations":
        return msg("The organisation {target_id} is unknown.", target_id=record_id)
    return msg("The liaison entry {target_id} is unknown.", target_id=record_id)


def _save_links(store: Store, incident_id: str, entry_ids: tuple[str, ...]) -> None:
    wanted = set()
    for entry_id in entry_ids:
        link = IncidentLiaisonLink(
            id=link_id(incident_id, entry_id), incident_id=incident_id, entry_id=entry_id
        )
        wanted.add(link.id)
        synced.write(store, LINKS, link)  # new, undeleted, or unchanged
    rows = store.db.execute(
        f"SELECT id FROM {LINKS} WHERE incident_id = ? AND deleted = 0", [incident_id]
    ).fetchall()
    for (existing,) in rows:
        if existing not in wanted:
            synced.set_deleted(store, LINKS, IncidentLiaisonLink, existing, True)


def _linked_entries(store: Store, incident_id: str) -> tuple[str, ...]:
    """Ids of the live linked entries, in the log's order (start, then reference)."""
    rows = store.db.execute(
        f"SELECT l.entry_id FROM {LINKS} l JOIN liaison_entries e ON e.id = l.entry_id "
        "WHERE l.incident_id = ? AND l.deleted = 0 ORDER BY e.start, e.ref, e.id",
        [incident_id],
    ).fetchall()
    return tuple(r[0] for r in rows)


def get_incident(store: Store, incident_id: str) -> Incident:
    """An incident with the ids of its live liaison links."""
    incident = synced.get(store, TABLE, Incident, incident_id)
    incident.liaison_entry_ids = _linked_entries(store, incident_id)
    return incident


def index_text(incident: Incident, names: str = "") -> tuple[str, str]:
    """The title and body an incident is found by; `names` are its linked records' names."""
    title = f"{incident.reference} {incident.category.label} {incident.place}".strip()
    body = " ".join(
        [
            incident.subcategory_label,
            incident.grid,
            incident.actors,
            names,
            incident.source_note,
            incident.narrative,
            incident.action_taken,
            incident.assessment,
            incident.status.label,
            incident.origin_unit,
        ]
    )
    return title, body


def _linked_names(store: Store, incident: Incident) -> str:
    """Names of the source and actor organisations and the source contact."""
    org_ids = [incident.source_organisation_id, *incident.actor_organisation_ids]
    names = []
    for org_id in filter(None, org_ids):
        row = synced.fetch_row(store, "organisations", org_id)
        names.append(f"{row['name']} {row['acronym']}" if row else "")
    if incident.source_contact_id:
        row = synced.fetch_row(store, "contacts", incident.source_contact_id)
        names.append(listed_name(row["id"], row["name"], row["sensitivity"]) if row else "")
    return " ".join(names)


def _reindex(store: Store, incident: Incident) -> None:
    if incident.deleted:
        search.unindex_record(store, KIND, incident.id)
        return
    search.index_record(
        store, KIND, incident.id, *index_text(incident, _linked_names(store, incident))
    )


def _query(where: IncidentFilter | None) -> ListQuery:
    where = where or IncidentFilter()
    query = common_query(KIND, where)
    if where.status:
        query.add("status = ?", where.status.value)
    if where.category:
        query.add("category = ?", where.category.value)
    if where.date_from:
        query.add("occurred_at >= ?", where.date_from)
    if where.date_to:
        query.add("occurred_at < ?", where.date_to)
    if where.flash_pending:
        query.add(f"flash_sent_at = '' AND {FLASH_SQL}")
    if where.liaison_id:
        query.add(
            f"id IN (SELECT incident_id FROM {LINKS} WHERE entry_id = ? AND deleted = 0)",
            where.liaison_id,
        )
    return query


def list_incidents(
    store: Store,
    where: IncidentFilter | None = None,
    *,
    order_by: str = "occurred_at",
    descending: bool = True,
    after: tuple[Any, ...] | None = None,
    limit: int = 200,
) -> Page[Incident]:
    """A page of the incidents the filter keeps (without their links), newest first by
    default."""
    rows, cursor = fetch_page(
        store.db, TABLE, _query(where), SORTS[order_by], descending, after, limit
    )
    return Page([synced.from_row(Incident, r) for r in rows], cursor)


def count_incidents(store: Store, where: IncidentFilter | None = None) -> int:
    return count_rows(store.db, TABLE, _query(where))


def open_flash_incidents(store: Store, limit: int = 200) -> list[Incident]:
    """Flash incidents (casualties or an immediate category) whose flash is not marked sent,
    oldest first: they stay on the dashboard until the flash report is marked sent."""
    query = _query(IncidentFilter(flash_pending=True))
    rows, _ = fetch_page(store.db, TABLE, query, "occurred_at", False, None, limit)
    return [synced.from_row(Incident, r) for r in rows]


def mark_flash_sent(store: Store, incident_id: str, at: str | None = None) -> Incident:
    """Record when the flash report went (now by default); the dashboard then drops it."""
    at = at or now_stamp()
    if not is_stamp(at):
        raise ValidationError(
            [FieldError("flash_sent_at", msg("'{at}' is not a valid time.", at=at))]
        )
    incident = get_incident(store, incident_id)
    incident.flash_sent_at = at
    return save_incident(store, incident)


def delete_incident(store: Store, incident_id: str) -> Incident:
    """Tombstone an incident; restore_incident undoes it."""
    return _set_deleted(store, incident_id, True)


def restore_incident(store: Store, incident_id: str) -> Incident:
    return _set_deleted(store, incident_id, False)


def _set_deleted(store: Store, incident_id: str, deleted: bool) -> Incident:
    with store.db.atomic():
        synced.set_deleted(store, TABLE, Incident, incident_id, deleted)
        incident = get_incident(store, incident_id)
        _reindex(store, incident)
    return incident
