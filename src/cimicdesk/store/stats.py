"""Counts of live records per type, for the status bar and `cimicdesk check`."""

from __future__ import annotations

import weakref
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import partial

from cimicdesk.store.database import Store
from cimicdesk.store.encryption import sqlite3
from cimicdesk.store.schema import SYNCED_TABLES

# The records an officer saves (the status bar's "N records"): the rest of the synced tables
# are their parts (participants, actions, tranches, visits, links, photos) or settings.
RECORD_TABLES = (
    "organisations",
    "contacts",
    "liaison_entries",
    "qips",
    "incidents",
    "support_requests",
    "assessments",
)


# What the window shows: the status bar's records and their follow-up actions.
WINDOW_TABLES = (*RECORD_TABLES, "follow_up_actions")


def record_counts(store: Store, tables: Sequence[str] = SYNCED_TABLES) -> dict[str, int]:
    """Live (not tombstoned) rows per synced table (of `tables`: each one counted is a scan
    of its rows, up to 200,000 at sector level).

    Counted once; then kept up to date by counters of this connection's own writes (see
    _install_counters), so a save does not recount 200,000 rows; counted again whenever
    another connection (an import, another program) has committed.
    """
    unknown = [table for table in tables if table not in SYNCED_TABLES]
    if unknown:
        raise ValueError(f"{', '.join(unknown)}: not synced tables")
    tracked = _tracked(store)
    if tracked is None:  # no counters on this connection: count after every change
        return {t: store.memo(f"record_count:{t}", partial(_count, store, t)) for t in tables}
    other = _other_commits(store)
    live = {name: value for name, _changes, value in _counter_rows(store)}
    if tracked.base_version != other:
        tracked.base = {}
        tracked.base_version = other
    for table in tables:
        if table not in tracked.base:
            tracked.base[table] = (_count(store, table), live[table])
    return {t: tracked.base[t][0] + live[t] - tracked.base[t][1] for t in tables}


def known_counts(store: Store, tables: Sequence[str]) -> dict[str, int] | None:
    """record_counts(store, tables) when it needs no scan (each table counted before and
    kept up to date since); None when some table would have to be counted."""
    tracked = _tracked(store)
    if tracked is None or tracked.base_version != _other_commits(store):
        return None
    if any(table not in tracked.base for table in tables):
        return None
    return record_counts(store, tables)


def count_mark(store: Store) -> tuple[int, int] | None:
    """What must not change while another connection counts for this one (this
    connection's writes, other commits); None when this connection cannot tell."""
    if _tracked(store) is None:
        return None
    return sum(row[1] for row in _counter_rows(store)), _other_commits(store)


def accept_counts(store: Store, counts: dict[str, int], mark: tuple[int, int] | None) -> bool:
    """Take counts another connection read (a worker thread's) as this connection's, if
    nothing was written since `mark` (count_mark before they were read); False if not."""
    tracked = _tracked(store)
    if tracked is None or mark is None or count_mark(store) != mark:
        return False
    live = {name: value for name, _changes, value in _counter_rows(store)}
    if tracked.base_version != mark[1]:
        tracked.base = {}
        tracked.base_version = mark[1]
    for table, count in counts.items():
        tracked.base[table] = (count, live[table])
    return True


def count_tables(store: Store, tables: Sequence[str]) -> dict[str, int]:
    """Live rows of each table, counted now (what a worker runs on its own connection)."""
    return {table: _count(store, table) for table in tables if table in SYNCED_TABLES}


def rows_at_most(store: Store, tables: Sequence[str]) -> int:
    """How many rows the tables hold at most (their highest rowids: no scan)."""
    return sum(
        int(store.db.execute(f"SELECT coalesce(max(rowid), 0) FROM {table}").fetchone()[0])
        for table in tables
        if table in SYNCED_TABLES
    )


def has_live(store: Store, table: str) -> bool:
    """Whether a synced table has at least one live row (without counting them all)."""
    if table not in SYNCED_TABLES:
        raise ValueError(f"{table} is not a synced table")
    sql = f"SELECT EXISTS (SELECT 1 FROM {table} WHERE deleted = 0)"
    return bool(store.db.execute(sql).fetchone()[0])


def table_version(store: Store, table: str) -> tuple[int, int] | None:
    """A value that changes whenever rows of one synced table may have changed (this
    connection's writes to it, or any commit by another connection); None when this
    connection cannot tell (then assume it changed)."""
    if table not in SYNCED_TABLES:
        raise ValueError(f"{table} is not a synced table")
    if _tracked(store) is None:
        return None
    changes = {name: count for name, count, _live in _counter_rows(store)}
    return changes[table], _other_commits(store)


def _count(store: Store, table: str) -> int:
    sql = f"SELECT count(*) FROM {table} WHERE deleted = 0"
    return int(store.db.execute(sql).fetchone()[0])


@dataclass
class _Tracked:
    """A store whose connection counts its writes: the counts as last read in full, with
    the live-row counters as they were then, and the other connections' commit mark."""

    base: dict[str, tuple[int, int]] = field(default_factory=dict)  # table: (count, live)
    base_version: int = -1


_TRACKED: weakref.WeakKeyDictionary[Store, _Tracked | None] = weakref.WeakKeyDictionary()
_COUNTERS = "cimic_table_changes"


def _tracked(store: Store) -> _Tracked | None:
    if store not in _TRACKED:
        if store.db.conn.in_transaction:
            return None  # set up between transactions only: never inside a write
        _TRACKED[store] = _Tracked() if _install_counters(store) else None
    return _TRACKED[store]


def _install_counters(store: Store) -> bool:
    """Temporary triggers on this connection only (nothing is written to the file): each
    insert, update or delete of a synced table's row adds one to that table's change
    counter and moves its live-row counter. False when they cannot be made."""
    statements = [
        f"CREATE TEMP TABLE IF NOT EXISTS {_COUNTERS} (name TEXT PRIMARY KEY, "
        "changes INTEGER NOT NULL, live INTEGER NOT NULL)"
    ]
    moves = {
        "INSERT": "(NEW.deleted = 0)",
        "UPDATE": "(NEW.deleted = 0) - (OLD.deleted = 0)",
        "DELETE": "-(OLD.deleted = 0)",
    }
    for table in SYNCED_TABLES:
        statements.append(f"INSERT OR IGNORE INTO {_COUNTERS} VALUES ('{table}', 0, 0)")
        for event, move in moves.items():
            statements.append(
                f"CREATE TEMP TRIGGER IF NOT EXISTS {_COUNTERS}_{table}_{event.lower()} "
                f"AFTER {event} ON {table} BEGIN UPDATE {_COUNTERS} SET changes = changes + 1, "
                f"live = live + {move} WHERE name = '{table}'; END"
            )
    conn = store.db.conn
    try:
        for statement in statements:
            conn.execute(statement)
        conn.commit()  # its own transaction: no snapshot is left open
    except sqlite3.DatabaseError:
        if conn.in_transaction:
            conn.rollback()
        return False
    return True


def _counter_rows(store: Store) -> list[tuple[str, int, int]]:
    return store.db.conn.execute(f"SELECT name, changes, live FROM temp.{_COUNTERS}").fetchall()


def _other_commits(store: Store) -> int:
    """PRAGMA data_version: changes when another connection commits to the file."""
    return int(store.db.conn.execute("PRAGMA data_version").fetchone()[0])


def record_total(store: Store) -> int:
    """Live records of every type an officer saves (RECORD_TABLES)."""
    return sum(record_counts(store, RECORD_TABLES).values())


def origin_units(store: Store, table: str) -> list[str]:
    """The units whose live records are in a synced table, by name (a sector file has several)."""
    if table not in SYNCED_TABLES:
        raise ValueError(f"{table} is not a synced table")
    sql = f"SELECT DISTINCT origin_unit FROM {table} WHERE deleted = 0 ORDER BY origin_unit"
    rows = store.memo(f"origin_units:{table}", lambda: store.db.execute(sql).fetchall())
    return [row[0] for row in rows if row[0]]
