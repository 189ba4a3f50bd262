"""Counts of live records per type, for the status bar and `cimicdesk check`."""

from __future__ import annotations

from cimicdesk.store.database import Store
from cimicdesk.store.schema import SYNCED_TABLES


def record_counts(store: Store) -> dict[str, int]:
    """Live (not tombstoned) rows per synced table."""
    return {
        table: store.db.execute(f"SELECT count(*) FROM {table} WHERE deleted = 0").fetchone()[0]
        for table in SYNCED_TABLES
    }
