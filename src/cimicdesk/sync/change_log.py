"""Keeps the change log to each row's latest number once it has grown: all deltas need.

Every write to a synced row appends a number to change_log (store/schema.py, migration
012), and a delta based on export B carries the rows with a number above B's
(sync/delta.py). A row has a number above B's exactly when its latest number is above
it, so a row's older numbers are never read again: dropping them changes no delta, from
any base. The latest number of all stays, so numbers still only grow. Without this the
log gains a row per write for good (a sector's weekly import of 12,000 changed records
adds 12,000). Dropping is a sort of the whole log (about 1 s at 275,000 numbers), so it
runs only when the log has doubled since it last ran.
"""

from __future__ import annotations

from cimicdesk.store.encryption import sqlite3
from cimicdesk.sync import delta

KEPT_KEY = "change_log_kept"  # _meta: how many numbers the last compaction kept
LEAST_TO_COMPACT = 10_000  # a smaller log is not worth a pass


def compact_if_grown(conn: sqlite3.Connection) -> int:
    """Compact the log when it holds more than twice what the last compaction kept (and
    at least LEAST_TO_COMPACT numbers); returns how many numbers were dropped. The
    caller commits."""
    if not delta.has_change_log(conn):
        return 0
    held = int(conn.execute("SELECT count(*) FROM change_log").fetchone()[0])
    row = conn.execute("SELECT value FROM _meta WHERE key = ?", [KEPT_KEY]).fetchone()
    kept = int(row[0]) if row and str(row[0]).isdigit() else 0
    if held < max(2 * kept, LEAST_TO_COMPACT):
        return 0
    return compact(conn)


def compact(conn: sqlite3.Connection) -> int:
    """Drop every number of a row but its latest; returns how many were dropped (the
    caller commits)."""
    dropped: int = conn.execute(
        "DELETE FROM change_log WHERE seq NOT IN "
        "(SELECT max(seq) FROM change_log GROUP BY tbl, row_id)"
    ).rowcount
    held = int(conn.execute("SELECT count(*) FROM change_log").fetchone()[0])
    conn.execute("INSERT OR REPLACE INTO _meta (key, value) VALUES (?, ?)", [KEPT_KEY, str(held)])
    return dropped
