"""Writes of synced records: per-field clocks, history of overwritten versions, tombstones.

Records become rows and rows records through the one codec (domain/codec.py): from_row
and to_columns are its functions, named here for the repositories that use them.
"""

from __future__ import annotations

import json
import uuid
from typing import Any, TypeVar

from cimicdesk.domain import bounds
from cimicdesk.domain.codec import from_row as from_row  # re-exported for the repositories
from cimicdesk.domain.codec import to_columns as to_columns
from cimicdesk.domain.errors import ReadOnlyDatabaseError, RecordNotFoundError, ValidationError
from cimicdesk.domain.records import Record
from cimicdesk.domain.timeutil import now_stamp
from cimicdesk.i18n.message import msg, msg_p
from cimicdesk.store.database import Store

R = TypeVar("R", bound=Record)

# Clock of one field: [counter, stamp of the edit, site that made it] (merge-design §3).
Clock = dict[str, list[Any]]
# In the clock column, "*" holds the clock shared by every field not listed by name: most
# records are typed once and edited a little, so this keeps the column a tenth of the size
# a clock per field would take, with the same meaning.
DEFAULT_KEY = "*"


def encode_clock(clock: Clock) -> str:
    """The compact JSON of a full per-field clock: the commonest clock under "*"."""
    if not clock:
        return "{}"
    triples = [tuple(c) for c in clock.values()]
    # Ties go to the greatest clock, so equal clocks always encode to the same text.
    common = max(set(triples), key=lambda t: (triples.count(t), t))
    compact: dict[str, list[Any]] = {DEFAULT_KEY: list(common)}
    compact.update({name: c for name, c in clock.items() if tuple(c) != common})
    return json.dumps(compact, separators=(",", ":"))


def decode_clock(text: str, names: tuple[str, ...] | list[str]) -> Clock:
    """The full per-field clock of a row, for the given field names."""
    stored = json.loads(text or "{}")
    default = stored.pop(DEFAULT_KEY, [0, "", ""])
    return {name: list(stored.get(name, default)) for name in names}


def bump_clock(text: str, names: tuple[str, ...], changed: list[str], stamp: str, site: str) -> str:
    """The clock column after a local edit of `changed` fields: counter + 1, now, this site.

    A counter stays at most bounds.MAX_COUNTER (2^53), which every import accepts, so
    this database's exports stay importable everywhere. Edits cannot climb there (one a
    millisecond would take 285,000 years); only a file forged up to the bound can bring
    a counter to it. An edit at the bound keeps the counter, and with equal counters
    the merge settles it by its newer stamp, as it settles any concurrent edit.
    """
    clock = decode_clock(text, names)
    for name in changed:
        counter = clock[name][0]
        # At (or, in a file imported before the bound existed, past) the bound the
        # counter is kept: never past it, and never lowered below a copy elsewhere.
        clock[name] = [counter + 1 if counter < bounds.MAX_COUNTER else counter, stamp, site]
    return encode_clock(clock)


def row_clock(row: dict[str, Any], cls: type[Record]) -> Clock:
    """The full per-field clock of a stored row of a record type."""
    return decode_clock(row["clock"], clocked_fields(cls))


def clocked_fields(cls: type[Record]) -> tuple[str, ...]:
    """The fields of a record type that carry a clock: business fields and the tombstone."""
    return (*cls.business_fields(), "deleted")


# One record of each synced table, as a message names it ('No contact with id …').
_ONE_RECORD = {
    "organisations": msg_p("a record", "organisation"),
    "contacts": msg_p("a record", "contact"),
    "liaison_entries": msg_p("a record", "liaison entry"),
    "liaison_participants": msg_p("a record", "participant"),
    "follow_up_actions": msg_p("a record", "follow-up action"),
    "mission_settings": msg_p("a record", "mission setting"),
    "qips": msg_p("a record", "QIP"),
    "qip_tranches": msg_p("a record", "QIP tranche"),
    "qip_visits": msg_p("a record", "QIP monitoring visit"),
    "qip_transitions": msg_p("a record", "QIP status change"),
    "incidents": msg_p("a record", "incident"),
    "incident_liaison_links": msg_p("a record", "link of an incident to a liaison entry"),
    "support_requests": msg_p("a record", "support request"),
    "attachments": msg_p("a record", "photo"),
    "narratives": msg_p("a record", "unit narrative"),
    "assessments": msg_p("a record", "community assessment"),
    "assessment_sectors": msg_p("a record", "assessment sector rating"),
    "assessment_infrastructure": msg_p("a record", "assessment infrastructure item"),
    "assessment_actions": msg_p("a record", "assessment recommended action"),
}


def fetch_row(store: Store, table: str, record_id: str) -> dict[str, Any] | None:
    cursor = store.db.execute(f"SELECT * FROM {table} WHERE id = ?", [record_id])
    names = [d[0] for d in cursor.description]
    row = cursor.fetchone()
    return dict(zip(names, row, strict=True)) if row else None


def get(store: Store, table: str, cls: type[R], record_id: str) -> R:
    row = fetch_row(store, table, record_id)
    if row is None:
        kind = _ONE_RECORD.get(table, table)
        raise RecordNotFoundError(msg("No {kind} with id {id}.", kind=kind, id=record_id))
    return from_row(cls, row)


def _guard_writable(store: Store) -> None:
    if store.read_only_reason():
        raise ReadOnlyDatabaseError(store.read_only_reason())


def write(store: Store, table: str, record: R, extra: dict[str, Any] | None = None) -> R:
    """Insert or update a record inside the caller's transaction; return it as stored.

    Each changed business field gets clock [counter+1, now, this site]; the row as it
    was goes to row_history. `extra` holds derived columns (lat/lon) with no clock.
    """
    _guard_writable(store)
    out_of_range = bounds.record_errors(record, record.business_fields())
    if out_of_range:  # SQLite would refuse (or keep) a number no editor could show
        raise ValidationError(out_of_range)
    now = now_stamp()
    site = store.site_id
    columns = to_columns(record)
    existing = fetch_row(store, table, record.id) if record.id else None
    if existing is None:
        record.id = record.id or str(uuid.uuid4())
        row = new_row(record, unit=store.unit.name, site=site, stamp=now, extra=extra)
        store.db.table(table).insert(row)
    else:
        wanted = {**columns, "deleted": int(record.deleted)}
        changed = {k: v for k, v in wanted.items() if existing.get(k) != v}
        changed_extra = {k: v for k, v in (extra or {}).items() if existing.get(k) != v}
        if not changed and not changed_extra:
            return from_row(type(record), existing)
        names = clocked_fields(type(record))
        clock = bump_clock(existing["clock"], names, list(changed), now, site)
        record_history(store, table, existing, "edited")
        store.db.table(table).update(
            record.id,
            {
                **changed,
                **changed_extra,
                "updated_at": now,
                "updated_site": site,
                "clock": clock,
            },
        )
    stored = fetch_row(store, table, record.id)
    assert stored is not None
    return from_row(type(record), stored)


def new_row(
    record: Record, *, unit: str, site: str, stamp: str, extra: dict[str, Any] | None = None
) -> dict[str, Any]:
    """The row `write` inserts for a new record (id already set): every field at clock 1.

    store.bulk (the demo data) uses it to store rows exactly as a repository would.
    """
    clock: Clock = {name: [1, stamp, site] for name in clocked_fields(type(record))}
    return {
        "id": record.id,
        "origin_unit": record.origin_unit or unit,
        "created_at": stamp,
        "updated_at": stamp,
        "updated_site": site,
        "deleted": int(record.deleted),
        "clock": encode_clock(clock),
        **to_columns(record),
        **(extra or {}),
    }


def record_history(store: Store, table: str, row: dict[str, Any], reason: str) -> None:
    """Keep a version that is about to be overwritten (merge-design: nothing is lost)."""
    store.db.execute(
        "INSERT INTO row_history (table_name, row_id, version, replaced_at, reason) "
        "VALUES (?, ?, ?, ?, ?)",
        [table, row["id"], json.dumps(row, ensure_ascii=False), now_stamp(), reason],
    )


def set_deleted(store: Store, table: str, cls: type[R], record_id: str, deleted: bool) -> R:
    """Tombstone (or bring back) a record: an ordinary clocked edit of its 'deleted' field."""
    record = get(store, table, cls, record_id)
    record.deleted = deleted
    return write(store, table, record)


def history(store: Store, table: str, record_id: str) -> list[dict[str, Any]]:
    """Every overwritten version of a record, oldest first."""
    rows = store.db.execute(
        "SELECT version FROM row_history WHERE table_name = ? AND row_id = ? ORDER BY seq",
        [table, record_id],
    ).fetchall()
    return [json.loads(r[0]) for r in rows]
