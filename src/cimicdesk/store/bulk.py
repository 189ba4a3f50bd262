"""Many new records written at once, row for row as the repositories write them one by one.

For the demo data (cimicdesk.demo): a training database of 250,000 liaison entries is
about 1.5 million rows. Through the repositories each record costs a look-up, a write,
a read back and a re-index (save_liaison: a millisecond or more), so a large seed would
take many minutes; here rows are built in Python (synced.new_row, the same clocks and
history versions as synced.write) and inserted in batches with their search-index text.
tests/demo/test_same_rows.py proves the rows are those the repositories would write.
"""

from __future__ import annotations

import json
from typing import Any

from cimicdesk.domain.errors import ReadOnlyDatabaseError
from cimicdesk.domain.records import Record
from cimicdesk.store import search, training
from cimicdesk.store.database import Store
from cimicdesk.store.encryption import sqlite3
from cimicdesk.store.schema import LISTED_NAME_SQL
from cimicdesk.store.synced import bump_clock, clocked_fields, new_row

_META = ("id", "origin_unit", "created_at", "updated_at", "updated_site", "deleted", "clock")


class _Pending:
    """The rows waiting for one table, as tuples in its insert order.

    Attributes: name, columns, extra (names of the derived columns), clocked (the
    fields with a clock), sql, rows, count (rows inserted so far).
    """

    def __init__(self, store: Store, name: str, cls: type[Record], extra: tuple[str, ...]):
        self.name = name
        self.columns = (*_META, *cls.business_fields(), *extra)
        self.extra = extra
        self.clocked = clocked_fields(cls)
        names = ", ".join(f'"{c}"' for c in self.columns)
        self.sql = f"INSERT INTO {name} ({names}) VALUES ({', '.join('?' * len(self.columns))})"
        # History keeps a version as synced.fetch_row reads it: in the table's column order.
        listed = [r[1] for r in store.db.execute(f"PRAGMA table_info({name})").fetchall()]
        self.table_order = [c for c in listed if c in self.columns]
        self.rows: list[tuple[Any, ...]] = []
        self.count = 0


class BulkWriter:
    """New records held as rows until flush(), inside the caller's transaction; only
    in a training database (store/training.py).

    Attributes: store; tables (name -> pending rows, in the order first used, which is
    the order they are inserted: a table referred to is filled first); history
    (row_history rows); index (search-index rows).
    """

    def __init__(self, store: Store):
        # Its rows are made up (the demo data): refused here, not only by its callers.
        training.require_training(store)
        if store.read_only_reason():
            raise ReadOnlyDatabaseError(store.read_only_reason())
        self.store = store
        self.tables: dict[str, _Pending] = {}
        self.history: list[tuple[str, str, str, str, str]] = []
        self.index: list[tuple[str, str, str, str]] = []

    def add(
        self, table: str, record: Record, stamp: str, extra: dict[str, Any] | None = None
    ) -> None:
        """A new record of this unit, created at `stamp`: every field at clock 1.

        `extra` holds the derived columns the repository would write (positions, sort
        keys), always the same names for one table.
        """
        extra = extra or {}
        pending = self.tables.get(table)
        if pending is None:
            pending = self.tables[table] = _Pending(self.store, table, type(record), tuple(extra))
        record.origin_unit = self.store.unit.name
        row = new_row(
            record, unit=self.store.unit.name, site=self.store.site_id, stamp=stamp, extra=extra
        )
        pending.rows.append(tuple(row[c] for c in pending.columns))

    def edit_last(self, table: str, stamp: str, **changes: Any) -> None:
        """Edit the record added last to `table` at `stamp`, as synced.write would: the
        changed fields' clocks move on and the version it replaces goes to history."""
        pending = self.tables[table]
        values = dict(zip(pending.columns, pending.rows[-1], strict=True))
        before = {c: values[c] for c in pending.table_order}
        clock = bump_clock(
            before["clock"], pending.clocked, list(changes), stamp, self.store.site_id
        )
        after = {
            **values,
            **changes,
            "updated_at": stamp,
            "updated_site": self.store.site_id,
            "clock": clock,
        }
        pending.rows[-1] = tuple(after[c] for c in pending.columns)
        version = json.dumps(before, ensure_ascii=False)
        self.history.append((table, before["id"], version, stamp, "edited"))

    def add_index(self, kind: str, record_id: str, text: tuple[str, str]) -> None:
        """The search-index title and body of a record added (the repository's index_text)."""
        self.index.append((kind, record_id, *text))

    def flush(self) -> None:
        """Insert every row held, table by table, then the history and the index text.

        A record already in the file (the same id) raises sqlite3.IntegrityError.
        """
        conn: sqlite3.Connection = self.store.db.conn
        for pending in self.tables.values():
            conn.executemany(pending.sql, pending.rows)
            pending.count += len(pending.rows)
            pending.rows.clear()
        conn.executemany(
            "INSERT INTO row_history (table_name, row_id, version, replaced_at, reason) "
            "VALUES (?, ?, ?, ?, ?)",
            self.history,
        )
        self.history.clear()
        search.index_many(conn, self.index)
        self.index.clear()

    def counts(self) -> dict[str, int]:
        """Rows inserted so far, by table."""
        return {name: pending.count for name, pending in self.tables.items()}


# --- what a bulk writer's caller needs to know of the records already there --------------


def unit_ids(store: Store, table: str) -> list[str]:
    """Ids of this unit's live records of a table, in the order they were written."""
    rows = store.db.execute(
        f"SELECT id FROM {table} WHERE deleted = 0 AND origin_unit = ? ORDER BY rowid",
        [store.unit.name],
    ).fetchall()
    return [r[0] for r in rows]


def organisation_names(store: Store) -> dict[str, tuple[str, str]]:
    """Name and acronym of every organisation, by id."""
    rows = store.db.execute("SELECT id, name, acronym FROM organisations").fetchall()
    return {r[0]: (r[1], r[2]) for r in rows}


def contact_names(store: Store) -> dict[str, str]:
    """Every contact's name as other records' search text gives it (a restricted one's
    code), by id."""
    rows = store.db.execute(f"SELECT id, {LISTED_NAME_SQL} FROM contacts").fetchall()
    return {r[0]: r[1] for r in rows}
