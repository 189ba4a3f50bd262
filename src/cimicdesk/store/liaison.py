"""Repository of the liaison log: entries with their participants and follow-up actions."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from typing import Any

from cimicdesk.domain.enums import ActionStatus, ParticipantKind, Sensitivity
from cimicdesk.domain.errors import FieldError, ValidationError
from cimicdesk.domain.grid import optional_grid
from cimicdesk.domain.records import FollowUpAction, LiaisonEntry, Participant
from cimicdesk.i18n.message import Message, msg
from cimicdesk.store import search, synced
from cimicdesk.store.database import Store
from cimicdesk.store.filters import LiaisonFilter, common_query
from cimicdesk.store.paging import ListQuery, Page, count_rows, fetch_page

TABLE = "liaison_entries"
KIND = "liaison"
PARTICIPANTS = "liaison_participants"
ACTIONS = "follow_up_actions"
# Stable id of a participant link: the same link made at two sites merges into one row.
_LINK_NAMESPACE = uuid.UUID("6f0c5d3e-3b1f-4c3a-9a55-2f1d0c9e7a10")
_TARGET_TABLE = {ParticipantKind.CONTACT: "contacts", ParticipantKind.ORGANISATION: "organisations"}
# "name; name" of an entry's participants, a restricted contact by its code
# (domain.masking.restricted_code): for lists and for the entry's search text.
PARTICIPANT_NAMES_SQL = (
    "(SELECT group_concat("
    f"CASE WHEN c.sensitivity = '{Sensitivity.RESTRICTED.value}' "
    "THEN 'C-' || upper(substr(replace(c.id, '-', ''), 1, 6)) ELSE COALESCE(c.name, o.name) END"
    ", '; ') FROM liaison_participants p "
    "LEFT JOIN contacts c ON p.kind = 'contact' AND c.id = p.target_id "
    "LEFT JOIN organisations o ON p.kind = 'organisation' AND o.id = p.target_id "
    "WHERE p.entry_id = liaison_entries.id AND p.deleted = 0)"
)
_SELECT = f"*, COALESCE({PARTICIPANT_NAMES_SQL}, '') AS participant_names"
# What a list row needs: everything but the long texts (and the clock), so a list scrolled
# through a mission's 100,000 entries does not hold their reports in memory.
_LIST_SELECT = (
    'id, origin_unit, created_at, updated_at, deleted, ref, start, "end", entry_type, '
    f"place, grid, significant, COALESCE({PARTICIPANT_NAMES_SQL}, '') AS participant_names"
)
SORTS = {
    "start": "start",
    "ref": "ref",
    "entry_type": "entry_type",
    "place": "place COLLATE NOCASE",
    "origin_unit": "origin_unit",
}


def link_id(entry_id: str, kind: ParticipantKind, target_id: str) -> str:
    return str(uuid.uuid5(_LINK_NAMESPACE, f"{entry_id}:{kind.value}:{target_id}"))


def next_ref(store: Store, year: int) -> str:
    """The next reference number of this unit: UNIT-YYYY-NNNN; numbers are never reused."""
    prefix = f"{store.unit.code}-{year}-"
    row = store.db.execute(
        "SELECT max(CAST(substr(ref, ?) AS INTEGER)) FROM liaison_entries WHERE ref LIKE ?",
        [len(prefix) + 1, prefix + "%"],
    ).fetchone()
    return f"{prefix}{(row[0] or 0) + 1:04d}"


def save_liaison(store: Store, entry: LiaisonEntry) -> LiaisonEntry:
    """Validate and store an entry with its participants and actions, in one transaction."""
    entry.validate()
    ref = optional_grid(entry.grid)
    entry.grid = ref.mgrs if ref else ""
    extra = {"lat": ref.lat if ref else None, "lon": ref.lon if ref else None}
    with store.db.atomic():
        _check_participants_exist(store, entry.participants)
        if not entry.ref:
            entry.ref = next_ref(store, int(entry.start[:4]))
        stored = synced.write(store, TABLE, entry, extra)
        _save_participants(store, stored.id, entry.participants)
        _save_actions(store, stored.id, entry.actions)
        full = get_liaison(store, stored.id)
        _reindex(store, full)
    return full


def _check_participants_exist(store: Store, participants: list[Participant]) -> None:
    for p in participants:
        if not p.deleted and not synced.fetch_row(store, _TARGET_TABLE[p.kind], p.target_id):
            raise ValidationError([FieldError("participants", _unknown_participant(p))])


def _unknown_participant(p: Participant) -> Message:
    if p.kind is ParticipantKind.CONTACT:
        return msg("The contact {target_id} is unknown.", target_id=p.target_id)
    return msg("The organisation {target_id} is unknown.", target_id=p.target_id)


def _save_participants(store: Store, entry_id: str, wanted: list[Participant]) -> None:
    wanted_ids = set()
    for p in wanted:
        if p.deleted:
            continue
        link = Participant(
            id=link_id(entry_id, p.kind, p.target_id),
            entry_id=entry_id,
            kind=p.kind,
            target_id=p.target_id,
        )
        wanted_ids.add(link.id)
        synced.write(store, PARTICIPANTS, link)  # new, undeleted, or unchanged
    for existing in _children(store, PARTICIPANTS, Participant, entry_id):
        if existing.id not in wanted_ids and not existing.deleted:
            synced.set_deleted(store, PARTICIPANTS, Participant, existing.id, True)


def _save_actions(store: Store, entry_id: str, wanted: list[FollowUpAction]) -> None:
    kept = set()
    for action in wanted:
        action.entry_id = entry_id
        stored = synced.write(store, ACTIONS, action)
        kept.add(stored.id)
    for existing in _children(store, ACTIONS, FollowUpAction, entry_id):
        if existing.id not in kept and not existing.deleted:
            synced.set_deleted(store, ACTIONS, FollowUpAction, existing.id, True)


def _children(store: Store, table: str, cls: type, entry_id: str) -> list[Any]:
    cursor = store.db.execute(
        f"SELECT * FROM {table} WHERE entry_id = ? ORDER BY created_at, rowid", [entry_id]
    )
    names = [d[0] for d in cursor.description]
    return [synced.from_row(cls, dict(zip(names, r, strict=True))) for r in cursor.fetchall()]


def get_liaison(store: Store, entry_id: str) -> LiaisonEntry:
    """An entry with its live participants and actions."""
    cursor = store.db.execute(f"SELECT {_SELECT} FROM liaison_entries WHERE id = ?", [entry_id])
    names = [d[0] for d in cursor.description]
    row = cursor.fetchone()
    if row is None:
        return synced.get(store, TABLE, LiaisonEntry, entry_id)  # raises RecordNotFoundError
    entry = _from_row(dict(zip(names, row, strict=True)))
    entry.participants = [
        p for p in _children(store, PARTICIPANTS, Participant, entry_id) if not p.deleted
    ]
    entry.actions = [
        a for a in _children(store, ACTIONS, FollowUpAction, entry_id) if not a.deleted
    ]
    return entry


def _from_row(row: dict[str, Any]) -> LiaisonEntry:
    entry = synced.from_row(LiaisonEntry, row)
    entry.participant_names = row.get("participant_names") or ""
    return entry


def _reindex(store: Store, entry: LiaisonEntry) -> None:
    if entry.deleted:
        search.unindex_record(store, KIND, entry.id)
        return
    search.index_record(store, KIND, entry.id, *index_text(entry))


def index_text(entry: LiaisonEntry) -> tuple[str, str]:
    """The (title, body) of an entry in the search index; needs its names and live actions."""
    title = f"{entry.ref} {entry.entry_type.label} {entry.place}".strip()
    body = " ".join(
        [
            entry.participant_names,
            entry.grid,
            entry.purpose,
            entry.info_received,
            entry.info_passed,
            entry.issues_raised,
            entry.origin_unit,
        ]
        + [f"{a.description} {a.owner}" for a in entry.actions]
    )
    return title, body


def _query(where: LiaisonFilter | None) -> ListQuery:
    where = where or LiaisonFilter()
    query = common_query(KIND, where)
    if where.entry_type:
        query.add("entry_type = ?", where.entry_type.value)
    if where.participant_id:
        query.add(
            "id IN (SELECT entry_id FROM liaison_participants WHERE target_id = ? AND deleted = 0)",
            where.participant_id,
        )
    if where.date_from:
        query.add("start >= ?", where.date_from)
    if where.date_to:
        query.add("start < ?", where.date_to)
    return query


def list_liaison(
    store: Store,
    where: LiaisonFilter | None = None,
    *,
    order_by: str = "start",
    descending: bool = True,
    after: tuple[Any, ...] | None = None,
    limit: int = 200,
    brief: bool = False,
) -> Page[LiaisonEntry]:
    """A page of the entries the filter keeps (without children), newest first by default.

    brief=True leaves the long texts (purpose, information, issues) empty: for lists that
    show only the entries' heading and open the full record with get_liaison.
    """
    select = _LIST_SELECT if brief else _SELECT
    rows, cursor = fetch_page(
        store.db, TABLE, _query(where), SORTS[order_by], descending, after, limit, select=select
    )
    return Page([_from_row(r) for r in rows], cursor)


def count_liaison(store: Store, where: LiaisonFilter | None = None) -> int:
    return count_rows(store.db, TABLE, _query(where))


def delete_liaison(store: Store, entry_id: str) -> LiaisonEntry:
    """Tombstone an entry (its actions drop off the dashboard); restore_liaison undoes it."""
    return _set_deleted(store, entry_id, True)


def restore_liaison(store: Store, entry_id: str) -> LiaisonEntry:
    return _set_deleted(store, entry_id, False)


def _set_deleted(store: Store, entry_id: str, deleted: bool) -> LiaisonEntry:
    with store.db.atomic():
        synced.set_deleted(store, TABLE, LiaisonEntry, entry_id, deleted)
        entry = get_liaison(store, entry_id)
        _reindex(store, entry)
    return entry


@dataclass(frozen=True)
class OpenAction:
    """An open follow-up action as the dashboard shows it."""

    action: FollowUpAction
    entry_id: str
    entry_ref: str
    overdue: bool


def open_actions(store: Store, today: date, limit: int = 500) -> list[OpenAction]:
    """Open actions of live entries: overdue first, then by due date, undated last."""
    # Dated ones, then undated: two queries that each follow the actions_open index
    # (status, due_date); one ORDER BY due_date = '' sorted every open action of a sector.
    sql = (
        "SELECT a.*, e.ref AS entry_ref FROM follow_up_actions a "
        "JOIN liaison_entries e ON e.id = a.entry_id "
        "WHERE a.status = 'open' AND a.due_date {} '' AND a.deleted = 0 AND e.deleted = 0 "
        "ORDER BY {} LIMIT ?"
    )
    cursor = store.db.execute(sql.format(">", "a.due_date, e.ref"), [limit])
    names = [d[0] for d in cursor.description]
    found = cursor.fetchall()
    if len(found) < limit:
        found += store.db.execute(sql.format("=", "e.ref"), [limit - len(found)]).fetchall()
    result = []
    for values in found:
        row = dict(zip(names, values, strict=True))
        action = synced.from_row(FollowUpAction, row)
        result.append(
            OpenAction(action, action.entry_id, row["entry_ref"], action.is_overdue(today))
        )
    return result


def count_open_actions(store: Store) -> int:
    return int(
        store.db.execute(
            "SELECT count(*) FROM follow_up_actions a JOIN liaison_entries e ON e.id = a.entry_id "
            "WHERE a.status = 'open' AND a.deleted = 0 AND e.deleted = 0"
        ).fetchone()[0]
    )


def set_action_status(store: Store, action_id: str, status: ActionStatus) -> FollowUpAction:
    with store.db.atomic():
        action = synced.get(store, ACTIONS, FollowUpAction, action_id)
        action.status = status
        return synced.write(store, ACTIONS, action)
