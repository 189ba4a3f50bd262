"""Review of concurrent edits: list them, keep the other value, or confirm the one kept.

A conflict is one field edited at two sites from the same version (equal counters)
with different values. The merge already applied a winner, the same at every site
(higher stamp, then site), and kept the loser in row_history. A person settles it:
keep_other_value makes an ordinary edit (counter + 1, this site) that wins everywhere
once exported; keep_kept_value just closes it. A conflict whose field was edited again
later (anywhere) is closed by the merge as superseded.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from cimicdesk.domain.errors import CimicError, ReadOnlyDatabaseError, RecordNotFoundError
from cimicdesk.i18n.message import Message, msg
from cimicdesk.store import synced
from cimicdesk.store.database import Store
from cimicdesk.sync.reindex import reindex
from cimicdesk.sync.tables import label
from cimicdesk.sync.tables import table as synced_table

OPEN = 0
RESOLVED = 1
SUPERSEDED = 2
# A readable title of a record, per table (SQL expression over its row).
_TITLES = {
    "organisations": "name",
    "contacts": "name",
    "liaison_entries": "ref",
    "qips": "number || ' ' || title",
    "incidents": "reference",
    "support_requests": "number",
    "assessments": "reference",
    "mission_settings": "setting",
    "narratives": "origin_unit || ' ' || period_start || ' – ' || period_end",
}


@dataclass(frozen=True)
class Conflict:
    """A concurrent edit listed for review.

    Attributes: seq (its number), table, row_id, field, kept_value / other_value (column
    values; kept is the one in force), kept_clock / other_clock ([counter, stamp, site]),
    detected_at, resolved (0 open, 1 settled by a person, 2 superseded by a later edit),
    source_unit (whose file brought the other value), title (of the record: its name,
    or a Message naming its kind and id when it has none), current_value (the field's
    value now).
    """

    seq: int
    table: str
    row_id: str
    field: str
    kept_value: Any
    other_value: Any
    kept_clock: list[Any]
    other_clock: list[Any]
    detected_at: str
    resolved: int
    source_unit: str
    title: Message | str
    current_value: Any


def _title(store: Store, table: str, row_id: str) -> Message | str:
    expression = _TITLES.get(table)
    if expression:
        row = store.db.conn.execute(
            f"SELECT {expression} FROM {table} WHERE id = ?", [row_id]
        ).fetchone()
        if row and row[0]:
            return str(row[0])
    # A record with no title of its own (a follow-up action, a tranche…): its kind and id.
    return msg("{records} {id}", records=label(table), id=row_id[:8])


def _conflict(store: Store, row: tuple[Any, ...]) -> Conflict:
    seq, table, row_id, name, kept, other, kept_clock, other_clock, detected, resolved, unit = row
    current = store.db.conn.execute(f'SELECT "{name}" FROM {table} WHERE id = ?', [row_id])
    found = current.fetchone()
    return Conflict(
        seq=seq,
        table=table,
        row_id=row_id,
        field=name,
        kept_value=json.loads(kept),
        other_value=json.loads(other),
        kept_clock=json.loads(kept_clock),
        other_clock=json.loads(other_clock),
        detected_at=detected,
        resolved=resolved,
        source_unit=unit,
        title=_title(store, table, row_id),
        current_value=found[0] if found else None,
    )


_SELECT = (
    "SELECT seq, table_name, row_id, field, kept_value, other_value, kept_clock, "
    "other_clock, detected_at, resolved, source_unit FROM conflicts"
)


def list_conflicts(store: Store, resolved: bool | None = False) -> list[Conflict]:
    """Open conflicts (resolved=False), settled ones (True) or all (None), oldest first."""
    where = {False: " WHERE resolved = 0", True: " WHERE resolved <> 0", None: ""}[resolved]
    rows = store.db.conn.execute(_SELECT + where + " ORDER BY seq").fetchall()
    return [_conflict(store, row) for row in rows]


def get_conflict(store: Store, seq: int) -> Conflict:
    row = store.db.conn.execute(_SELECT + " WHERE seq = ?", [seq]).fetchone()
    if row is None:
        raise RecordNotFoundError(msg("No conflict number {seq}.", seq=str(seq)))
    return _conflict(store, row)


def keep_other_value(store: Store, conflict_seq: int) -> Conflict:
    """Put the value the merge did not keep back in force, as an edit by this unit."""
    found = _open(store, conflict_seq)
    table = synced_table(found.table)
    with store.db.atomic():
        row = synced.fetch_row(store, found.table, found.row_id)
        if row is None:
            raise RecordNotFoundError(
                msg("The record of conflict {seq} is missing.", seq=str(conflict_seq))
            )
        record = synced.from_row(table.cls, {**row, found.field: found.other_value})
        synced.write(store, found.table, record, table.derive(record))
        reindex(store, {found.table: {found.row_id}})
        _close(store, found)
    return get_conflict(store, conflict_seq)


def keep_kept_value(store: Store, conflict_seq: int) -> Conflict:
    """Confirm the value in force; it already wins everywhere, so nothing is edited."""
    found = _open(store, conflict_seq)
    with store.db.atomic():
        _close(store, found)
    return get_conflict(store, conflict_seq)


def _open(store: Store, seq: int) -> Conflict:
    found = get_conflict(store, seq)
    if found.resolved:
        raise CimicError(
            msg(
                "Conflict {seq} ({title}, {field}) is already settled.",
                seq=str(seq),
                title=found.title,
                field=found.field,
            )
        )
    if store.read_only_reason():
        raise ReadOnlyDatabaseError(store.read_only_reason())
    return found


def _close(store: Store, found: Conflict) -> None:
    store.db.execute("UPDATE conflicts SET resolved = ? WHERE seq = ?", [RESOLVED, found.seq])
    store.db.execute(
        "UPDATE conflicts SET resolved = ? WHERE resolved = 0 AND table_name = ? "
        "AND row_id = ? AND field = ?",
        [SUPERSEDED, found.table, found.row_id, found.field],
    )
