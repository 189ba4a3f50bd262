"""Writes of synced records: per-field clocks, history of overwritten versions, tombstones."""

from __future__ import annotations

import json
import types
import typing
import uuid
from dataclasses import fields
from enum import Enum
from functools import cache
from typing import Any, TypeVar

from cimicdesk.domain.errors import ReadOnlyDatabaseError, RecordNotFoundError
from cimicdesk.domain.records import Record
from cimicdesk.domain.timeutil import now_stamp
from cimicdesk.store.database import Store

R = TypeVar("R", bound=Record)

# Clock of one field: [counter, stamp of the edit, site that made it] (merge-design §3).
Clock = dict[str, list[Any]]


@cache
def _field_types(cls: type[Record]) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def _decode(kind: Any, value: Any) -> Any:
    """A column value as the dataclass field's type."""
    origin = typing.get_origin(kind)
    if origin in (typing.Union, types.UnionType):  # "str | None"
        inner = next(a for a in typing.get_args(kind) if a is not type(None))
        return None if value is None else _decode(inner, value)
    if origin is tuple:
        item = typing.get_args(kind)[0]
        return tuple(_decode(item, v) for v in json.loads(value or "[]"))
    if kind is bool:
        return bool(value)
    if isinstance(kind, type) and issubclass(kind, Enum):
        return kind(value)
    return value


def _encode(value: Any) -> Any:
    if isinstance(value, tuple):
        return json.dumps([_encode(v) for v in value], ensure_ascii=False)
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, Enum):
        return value.value
    return value


def from_row(cls: type[R], row: dict[str, Any]) -> R:
    """Build a domain record from a table row (a dict)."""
    types_ = _field_types(cls)
    values = {
        f.name: _decode(types_[f.name], row[f.name])
        for f in fields(cls)
        if f.name in row and f.name not in cls.NOT_STORED
    }
    return cls(**values)


def to_columns(record: Record) -> dict[str, Any]:
    """The business fields of a record as column values."""
    return {name: _encode(getattr(record, name)) for name in record.business_fields()}


def fetch_row(store: Store, table: str, record_id: str) -> dict[str, Any] | None:
    cursor = store.db.execute(f"SELECT * FROM {table} WHERE id = ?", [record_id])
    names = [d[0] for d in cursor.description]
    row = cursor.fetchone()
    return dict(zip(names, row, strict=True)) if row else None


def get(store: Store, table: str, cls: type[R], record_id: str) -> R:
    row = fetch_row(store, table, record_id)
    if row is None:
        raise RecordNotFoundError(f"No {cls.__name__.lower()} with id {record_id}.")
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
    now = now_stamp()
    site = store.site_id
    columns = to_columns(record)
    existing = fetch_row(store, table, record.id) if record.id else None
    if existing is None:
        record.id = record.id or str(uuid.uuid4())
        clock: Clock = {name: [1, now, site] for name in [*columns, "deleted"]}
        row = {
            "id": record.id,
            "origin_unit": record.origin_unit or store.unit.name,
            "created_at": now,
            "updated_at": now,
            "updated_site": site,
            "deleted": int(record.deleted),
            "clock": json.dumps(clock),
            **columns,
            **(extra or {}),
        }
        store.db[table].insert(row)
    else:
        clock = json.loads(existing["clock"])
        wanted = {**columns, "deleted": int(record.deleted)}
        changed = {k: v for k, v in wanted.items() if existing.get(k) != v}
        changed_extra = {k: v for k, v in (extra or {}).items() if existing.get(k) != v}
        if not changed and not changed_extra:
            return from_row(type(record), existing)
        for name in changed:
            counter = clock.get(name, [0])[0]
            clock[name] = [counter + 1, now, site]
        record_history(store, table, existing, "edited")
        store.db[table].update(
            record.id,
            {
                **changed,
                **changed_extra,
                "updated_at": now,
                "updated_site": site,
                "clock": json.dumps(clock),
            },
        )
    stored = fetch_row(store, table, record.id)
    assert stored is not None
    return from_row(type(record), stored)


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
