"""Benchmark of keeping restricted contacts out of the search index, on a big database.

Run on demand (not collected by pytest), on a copy of a database the mission-scale
benchmark built (tests/bench/bench_mission_scale.py --keep DIR):

    PYTHONPATH=src python tests/bench/bench_restricted_search.py DIR/sector-6x16000.sqlite

Prints, each beside the plain work it adds to:

* saving a contact made restricted (re-index, then 'optimize' of the whole index) beside
  saving an ordinary edit of one;
* migration 007 on the file as schema 6 left it (every restricted contact re-indexed with
  the records naming it, then 'optimize'), without the backup taken before any migration;
* the Contacts list filtered while restricted contacts are revealed (their text matched
  in memory) beside the same filter masked (the index only).
"""

from __future__ import annotations

import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

from cimicdesk.domain.enums import Sensitivity
from cimicdesk.store import contacts, schema
from cimicdesk.store.database import _connect, open_database
from cimicdesk.store.filters import ContactFilter


def _timed(work) -> float:
    began = time.perf_counter()
    work()
    return time.perf_counter() - began


def _counts(store) -> str:
    docs = store.db.execute("SELECT count(*) FROM search_keys").fetchone()[0]
    restricted = store.db.execute(
        "SELECT count(*) FROM contacts WHERE sensitivity = ?", [Sensitivity.RESTRICTED.value]
    ).fetchone()[0]
    people = store.db.execute("SELECT count(*) FROM contacts").fetchone()[0]
    return f"{docs:,} indexed records, {people:,} contacts of which {restricted:,} restricted"


def bench_saves(store) -> None:
    ids = [
        r[0]
        for r in store.db.execute(
            "SELECT id FROM contacts WHERE sensitivity = ? AND deleted = 0 LIMIT 5",
            [Sensitivity.NORMAL.value],
        )
    ]
    plain, restricted = [], []
    for contact_id in ids:
        person = contacts.get_contact(store, contact_id)
        person.position = (person.position + " (acting)").strip()
        plain.append(_timed(lambda p=person: contacts.save_contact(store, p)))
        person = contacts.get_contact(store, contact_id)
        person.sensitivity = Sensitivity.RESTRICTED
        restricted.append(_timed(lambda p=person: contacts.save_contact(store, p)))
    print(
        f"save a contact, ordinary edit:  median {statistics.median(plain) * 1000:7.0f} ms "
        f"(of {len(plain)})"
    )
    print(
        f"save a contact made restricted: median {statistics.median(restricted) * 1000:7.0f} ms "
        f"(of {len(restricted)}; re-index of the records naming it, then 'optimize')"
    )


def bench_filter(store) -> None:
    for text in ("a", "marie", "ngo"):
        masked = ContactFilter(text=text)
        revealed = ContactFilter(text=text, reveal_restricted=True)
        for name, where in (("masked", masked), ("revealed", revealed)):
            times = []
            for _ in range(5):
                store._memo.clear()  # as after an edit: the restricted texts are read again
                times.append(
                    _timed(
                        lambda w=where: (
                            contacts.count_contacts(store, w),
                            contacts.list_contacts(store, w, order_by="masked_name"),
                        )
                    )
                )
            found = contacts.count_contacts(store, where)
            print(
                f"Contacts filter {text!r:8} {name:8}: median "
                f"{statistics.median(times) * 1000:6.1f} ms for count + first page ({found:,})"
            )


def bench_migration(path: Path) -> None:
    with open_database(path, daily_backup=False) as store:
        store.db.execute("DELETE FROM _sqlite_migrations WHERE name = '007_restricted_search'")
        store.db.execute("PRAGMA user_version = 6")
    db = _connect(path)  # the connection a migration is applied on
    try:
        pending = [m.name for m in schema.migrations.pending(db)]
        took = _timed(lambda: schema.migrations.apply(db))
        print(f"migration {', '.join(pending)}: {took:.2f} s")
    finally:
        db.close()


def main() -> None:
    source = Path(sys.argv[1])
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / source.name
        shutil.copy(source, path)
        with open_database(path, daily_backup=False) as store:
            print(_counts(store))
            bench_filter(store)
            bench_saves(store)
        bench_migration(path)


if __name__ == "__main__":
    main()
