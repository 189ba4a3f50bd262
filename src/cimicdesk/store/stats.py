"""Counts of live records per type, for the status bar and `cimicdesk check`."""

from __future__ import annotations

from cimicdesk.store.database import Store
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
)


def record_counts(store: Store) -> dict[str, int]:
    """Live (not tombstoned) rows per synced table (worked out again only after a change)."""
    return dict(store.memo("record_counts", lambda: _record_counts(store)))


def _record_counts(store: Store) -> dict[str, int]:
    return {
        table: store.db.execute(f"SELECT count(*) FROM {table} WHERE deleted = 0").fetchone()[0]
        for table in SYNCED_TABLES
    }


def record_total(store: Store) -> int:
    """Live records of every type an officer saves (RECORD_TABLES)."""
    counts = record_counts(store)
    return sum(counts[table] for table in RECORD_TABLES)


def origin_units(store: Store, table: str) -> list[str]:
    """The units whose live records are in a synced table, by name (a sector file has several)."""
    if table not in SYNCED_TABLES:
        raise ValueError(f"{table} is not a synced table")
    sql = f"SELECT DISTINCT origin_unit FROM {table} WHERE deleted = 0 ORDER BY origin_unit"
    rows = store.memo(f"origin_units:{table}", lambda: store.db.execute(sql).fetchall())
    return [row[0] for row in rows if row[0]]
