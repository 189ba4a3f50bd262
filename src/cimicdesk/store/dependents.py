"""Which records' search text names another record, and their re-indexing when it changes."""

from __future__ import annotations

from typing import Any

from cimicdesk.store import probes
from cimicdesk.store.database import Store


def reindex_dependents(store: Store, changed: list[tuple[str, str]]) -> int:
    """Re-index the live records whose index text names these records, or holds their text.

    (table, id) of contacts and organisations (liaison entries meeting them, incidents,
    support requests, QIPs and assessments naming them, an organisation's people), of a
    liaison entry's participants and actions, of a project's tranches and visits. For a
    purge (the names must go) and for a contact renamed or made restricted (the index
    shows its code).
    Returns how many records were re-indexed.
    """
    # Imported here: the repositories import this module.
    from cimicdesk.store import assessments, contacts, incidents, liaison, qips, support_requests

    ids = set(changed)
    entries: set[str] = set()
    people_of: set[str] = set()
    incident_ids: set[str] = set()
    request_ids: set[str] = set()
    qip_ids: set[str] = set()
    assessment_ids: set[str] = set()
    db = store.db
    for table, row_id in ids:
        if table in ("contacts", "organisations"):
            entries |= _column_ids(db, "liaison_participants", "entry_id", "target_id", row_id)
            incident_ids |= _where(
                db,
                "incidents",
                "source_contact_id = ? OR source_organisation_id = ? "
                "OR actor_organisation_ids LIKE ?",
                [row_id, row_id, f'%"{row_id}"%'],
            )
            request_ids |= _where(
                db,
                "support_requests",
                "requesting_contact_id = ? OR requesting_organisation_id = ?",
                [row_id, row_id],
            )
            qip_ids |= _where(
                db, "qips", "implementing_partner_id = ? OR focal_point_id = ?", [row_id, row_id]
            )
            assessment_ids |= _where(
                db,
                "assessments",
                "joint_organisation_ids LIKE ? OR present_organisation_ids LIKE ? "
                "OR informant_contact_ids LIKE ?",
                [f'%"{row_id}"%'] * 3,
            )
            if table == "organisations":
                people_of.add(row_id)
        elif table in ("liaison_participants", "follow_up_actions"):
            entries |= _column_ids(db, table, "entry_id", "id", row_id)
        elif table in ("qip_tranches", "qip_visits"):
            qip_ids |= _column_ids(db, table, "qip_id", "id", row_id)
    count = 0
    for entry_id in entries - {i for t, i in ids if t == "liaison_entries"}:
        liaison._reindex(store, liaison.get_liaison(store, entry_id))
        count += 1
    for org_id in people_of:
        contacts.reindex_members(store, org_id)
        count += 1
    for incident_id in incident_ids - {i for t, i in ids if t == "incidents"}:
        incidents._reindex(store, incidents.get_incident(store, incident_id))
        count += 1
    for request_id in request_ids - {i for t, i in ids if t == "support_requests"}:
        support_requests._reindex(store, support_requests.get_support_request(store, request_id))
        count += 1
    for qip_id in qip_ids - {i for t, i in ids if t == "qips"}:
        qips._reindex(store, qips.get_qip(store, qip_id))
        count += 1
    for assessment_id in assessment_ids - {i for t, i in ids if t == "assessments"}:
        assessments.reindex(store, assessment_id)
        count += 1
    return count


def _column_ids(db: Any, table: str, wanted: str, column: str, value: str) -> set[str]:
    if not probes.has_table(db, table):  # a backup of an older schema
        return set()
    rows = db.execute(f"SELECT {wanted} FROM {table} WHERE {column} = ?", [value]).fetchall()
    return {r[0] for r in rows}


def _where(db: Any, table: str, condition: str, params: list[Any]) -> set[str]:
    if not probes.has_table(db, table):
        return set()
    rows = db.execute(f"SELECT id FROM {table} WHERE {condition}", params).fetchall()
    return {r[0] for r in rows}
