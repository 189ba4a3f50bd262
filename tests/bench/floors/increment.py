"""Bare floor of the weekly increment: copy only the changed rows (and their search rows)
of each battalion database into the sector database, in one transaction.

    python floors/increment.py SECTOR MANIFEST BATTALION...   (keys as floors/merge.py;
    MANIFEST: data.py's manifest.json, which lists the ids changed per battalion)
"""

import json
import os
import sys
from pathlib import Path

from cimicdesk.store import encryption


def main() -> None:
    sector, manifest, *units = sys.argv[1:]
    changed = json.loads(Path(manifest).read_text())["changed"]
    keys = json.loads(os.environ["BENCH_KEYS"])
    key = encryption.unlock(sector, os.environ["CIMICDESK_PASSPHRASE"])
    conn = encryption.connect(sector, key, isolation_level=None)
    for number, unit in enumerate(units, start=1):
        conn.execute(f"ATTACH DATABASE ? AS unit KEY {keys[unit]}", [unit])
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("CREATE TEMP TABLE IF NOT EXISTS ids (id TEXT PRIMARY KEY)")
        everything = []
        for table, ids in changed[f"bn{number}"].items():
            conn.execute("DELETE FROM temp.ids")
            conn.executemany("INSERT INTO temp.ids VALUES (?)", [(i,) for i in ids])
            conn.execute(
                f"INSERT OR REPLACE INTO main.{table} SELECT * FROM unit.{table} "
                "WHERE id IN (SELECT id FROM temp.ids)"
            )
            everything += ids
        conn.execute("DELETE FROM temp.ids")
        conn.executemany("INSERT OR IGNORE INTO temp.ids VALUES (?)", [(i,) for i in everything])
        conn.execute(
            "DELETE FROM main.search_index WHERE rowid IN (SELECT doc FROM main.search_keys "
            "WHERE record_id IN (SELECT id FROM temp.ids))"
        )
        conn.execute(
            "INSERT INTO main.search_index (rowid, kind, record_id, title, body) "
            "SELECT k.doc, s.kind, s.record_id, s.title, s.body FROM unit.search_index s "
            "JOIN unit.search_keys u ON u.doc = s.rowid "
            "JOIN main.search_keys k ON k.kind = u.kind AND k.record_id = u.record_id "
            "WHERE u.record_id IN (SELECT id FROM temp.ids)"
        )
        conn.execute("COMMIT")
        conn.execute("DETACH DATABASE unit")
    conn.close()


if __name__ == "__main__":
    main()
