"""Bare floor of a merge: ATTACH each battalion database and INSERT…SELECT its rows,
search rows included, into the sector database, in one transaction.

    python floors/merge.py SECTOR BATTALION...   ($CIMICDESK_PASSPHRASE opens SECTOR, as the
    program's key derivation does; $BENCH_KEYS holds the battalions' raw keys, JSON by path)
"""

import json
import os
import sys

from cimicdesk.store import encryption
from cimicdesk.store.schema import SYNCED_TABLES


def main() -> None:
    sector, *units = sys.argv[1:]
    keys = json.loads(os.environ["BENCH_KEYS"])
    key = encryption.unlock(sector, os.environ["CIMICDESK_PASSPHRASE"])
    conn = encryption.connect(sector, key, isolation_level=None)
    conn.execute("BEGIN IMMEDIATE")
    for unit in units:
        conn.execute(f"ATTACH DATABASE ? AS unit KEY {keys[unit]}", [unit])
        have = {r[0] for r in conn.execute("SELECT name FROM unit.sqlite_master")}
        for table in [*SYNCED_TABLES, "blobs"]:
            if table in have:
                conn.execute(f"INSERT OR IGNORE INTO main.{table} SELECT * FROM unit.{table}")
        conn.execute(
            "INSERT OR IGNORE INTO main.search_keys (kind, record_id) "
            "SELECT kind, record_id FROM unit.search_keys"
        )
        conn.execute(
            "INSERT INTO main.search_index (rowid, kind, record_id, title, body) "
            "SELECT k.doc, s.kind, s.record_id, s.title, s.body FROM unit.search_index s "
            "JOIN unit.search_keys u ON u.doc = s.rowid "
            "JOIN main.search_keys k ON k.kind = u.kind AND k.record_id = u.record_id"
        )
        conn.execute("COMMIT")  # DETACH is refused inside a transaction
        conn.execute("DETACH DATABASE unit")
        conn.execute("BEGIN IMMEDIATE")
    conn.execute("COMMIT")
    conn.close()


if __name__ == "__main__":
    main()
