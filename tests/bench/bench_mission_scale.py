"""Benchmark at mission scale: a sector database holding six battalions' records.

Run on demand (not collected by pytest):

    PYTHONPATH=src python tests/bench/bench_mission_scale.py [--entries 16000] [--units 6]
        [--keep DIR] [--profile]

Six battalion databases (BANBAT 1..6, seed_database with seeds 1..6, ENTRIES liaison
entries each) are exported and imported into one sector database with the sync
package's import (or, where it is missing, copied with ATTACH + INSERT). On it, each
figure is printed beside the same work in bare SQLite or bare Qt (the floor):

* open the program: open_database + build_main_window + show + processEvents (dashboard);
* first page of every list; scrolling every list to its end (fetchMore until done);
* search across every record type, median of 100;
* saving an edited liaison entry and an edited contact, median of 50 each;
* memory resident (VmRSS) once the window is up, and after every list was scrolled.

--keep DIR keeps (and reuses) the built databases; --profile writes a cProfile of each
measured step that missed its target to DIR (or the temp folder).
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import os
import pstats
import random
import resource
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

from bench_keys import PASSPHRASE, raw_connect

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication, QMainWindow

from cimicdesk.app import build_main_window
from cimicdesk.demo.generate import seed_database
from cimicdesk.domain.enums import UnitLevel
from cimicdesk.store import backups
from cimicdesk.store.contacts import get_contact, save_contact
from cimicdesk.store.database import create_database, open_database
from cimicdesk.store.liaison import get_liaison, save_liaison
from cimicdesk.store.purge import purge_record
from cimicdesk.store.search import fts_query, search
from cimicdesk.ui.prompts import Prompter

WORDS = [
    "water",
    "bambari",
    "escort",
    "cholera",
    "chef",
    "unhcr",
    "market",
    "school",
    "ngaikoumon",
    "road",
    "displaced",
    "bria",
    "women",
    "security",
    "msf",
    "radio",
]
LIST_PAGES = ("liaison", "contacts", "organisations", "qips", "incidents", "support")
# The bare SELECT each list's first page and full scroll are compared with.
FLOOR_SQL = {
    "liaison": "SELECT * FROM liaison_entries WHERE deleted = 0 ORDER BY start DESC, id DESC",
    "contacts": "SELECT * FROM contacts WHERE deleted = 0 ORDER BY name_key, id",
    "organisations": "SELECT * FROM organisations WHERE deleted = 0 ORDER BY name_key, id",
    "qips": "SELECT * FROM qips WHERE deleted = 0 ORDER BY updated_at DESC, id DESC",
    "incidents": "SELECT * FROM incidents WHERE deleted = 0 ORDER BY occurred_at DESC, id DESC",
    "support": "SELECT * FROM support_requests WHERE deleted = 0 ORDER BY received_at DESC",
}


@dataclass
class Figure:
    """One line of the table: what, target (seconds or MB; None: no target), measured, floor."""

    name: str
    target: float | None
    measured: float
    floor: float | None
    unit: str = "ms"

    def cells(self) -> tuple[str, str, str, str]:
        def show(value: float | None) -> str:
            if value is None:
                return "—"
            if self.unit == "MB":
                return f"{value:,.0f} MB"
            return f"{value * 1000:,.2f} ms" if value < 0.001 else f"{value * 1000:,.1f} ms"

        verdict = "" if self.target is None else ("ok" if self.measured <= self.target else "MISS")
        return show(self.target), show(self.measured), show(self.floor), verdict


FIGURES: list[Figure] = []
PROFILE_DIR: Path | None = None


def record(name: str, target: float | None, measured: float, floor: float | None, unit="ms"):
    figure = Figure(name, target, measured, floor, unit)
    FIGURES.append(figure)
    target_text, measured_text, floor_text, verdict = figure.cells()
    print(f"  {name:<46}{target_text:>12}{measured_text:>13}{floor_text:>13}  {verdict}")
    return figure


def timed(action: Callable[[], object]) -> float:
    started = time.perf_counter()
    action()
    return time.perf_counter() - started


def profiled(name: str, action: Callable[[], object]) -> None:
    """Write a cProfile of one more run of `action` (for a step that missed its target)."""
    if PROFILE_DIR is None:
        return
    profile = cProfile.Profile()
    profile.runcall(action)
    out = PROFILE_DIR / f"profile-{name.replace(' ', '_').replace('/', '_')}.txt"
    with open(out, "w") as handle:
        pstats.Stats(profile, stream=handle).sort_stats("cumulative").print_stats(40)
    print(f"    profile: {out}")


def rss_mb() -> float:
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


# --- building the sector database -------------------------------------------------------


def build(folder: Path, entries: int, units: int) -> Path:
    sector = folder / f"sector-{units}x{entries}.sqlite"
    if sector.exists():
        return sector
    began = time.perf_counter()
    unit_files = []
    for number in range(1, units + 1):
        path = folder / f"banbat{number}-{entries}.sqlite"
        if not path.exists():
            with create_database(
                path,
                f"BANBAT {number}",
                UnitLevel.BATTALION,
                parent="Sector Centre",
                training=True,
                passphrase=PASSPHRASE,
            ) as store:
                seed_database(store, entries=entries, seed=number)
        unit_files.append(path)
    print(f"seeded {units} battalions in {time.perf_counter() - began:.1f} s")
    began = time.perf_counter()
    partial = sector.with_suffix(".building")
    partial.unlink(missing_ok=True)
    with create_database(
        partial, "Sector Centre", UnitLevel.SECTOR, training=True, passphrase=PASSPHRASE
    ) as store:
        how = _combine(store, unit_files, folder)
    partial.rename(sector)
    print(f"combined them ({how}) in {time.perf_counter() - began:.1f} s")
    return sector


def _combine(store, unit_files: list[Path], folder: Path) -> str:
    try:
        from cimicdesk.store.unit_keys import fingerprint
        from cimicdesk.sync.export import export_snapshot
        from cimicdesk.sync.imports import import_files
        from cimicdesk.sync.recipients import own_recipient
    except ImportError:
        _attach_and_copy(store, unit_files)
        return "ATTACH + INSERT, no sync package"
    exports = []
    confirmed = []  # the units' fingerprints, as the sector confirms them at the first import
    for path in unit_files:
        out = folder / f"{path.stem}.cimic"
        out.unlink(missing_ok=True)
        with open_database(path, daily_backup=False) as unit:
            written = export_snapshot(unit, out, recipients=[own_recipient(store)])
        exports.append(out)
        confirmed.append(fingerprint(written.manifest.signer_key))
    import_files(store, exports, enrol=confirmed)
    return "export + import_files"


def _attach_and_copy(store, unit_files: list[Path]) -> None:
    from cimicdesk.store.schema import SYNCED_TABLES

    tables = [*SYNCED_TABLES, "blobs", "search_keys"]
    for path in unit_files:
        store.db.execute("ATTACH DATABASE ? AS unit", [str(path)])
        with store.db.atomic():
            for table in tables:
                store.db.execute(f"INSERT OR IGNORE INTO main.{table} SELECT * FROM unit.{table}")
            store.db.execute(
                "INSERT INTO search_index (rowid, kind, record_id, title, body) "
                "SELECT k.doc, s.kind, s.record_id, s.title, s.body FROM unit.search_index s "
                "JOIN unit.search_keys u ON u.doc = s.rowid "
                "JOIN main.search_keys k ON k.kind = u.kind AND k.record_id = u.record_id"
            )
        store.db.execute("DETACH DATABASE unit")


# --- the measurements ------------------------------------------------------------------


def bench(path: Path) -> None:
    with closing(raw_connect(path)) as conn:
        counts = {
            t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
            for t in (
                "organisations",
                "contacts",
                "liaison_entries",
                "liaison_participants",
                "follow_up_actions",
                "qips",
                "incidents",
                "support_requests",
            )
        }
    total = sum(counts.values())
    print(f"\n{path.name}: {path.stat().st_size / 1e6:,.0f} MB, {total:,} records")
    print("  " + ", ".join(f"{t} {n:,}" for t, n in counts.items()))

    app = QApplication.instance() or QApplication(sys.argv)
    bare = QMainWindow()
    bare.resize(1280, 800)
    floor_qt = timed(lambda: (bare.show(), app.processEvents()))
    bare.close()
    rss_floor = rss_mb()

    print(f"\n  {'':<46}{'target':>12}{'measured':>13}{'floor':>13}")
    # The first open of a day takes the day's backup (this file was made today, so its
    # open does not): its cost, measured apart.
    backup_took = timed(lambda: backups.backup_file(path, backups.DAILY))
    copy_floor = timed(lambda: _bare_copy(path))
    for backup in backups.list_backups(path):
        backup.path.unlink()

    state: dict[str, object] = {}

    def open_program() -> None:
        store = open_database(path, daily_backup=False)
        window = build_main_window(store, Prompter())
        window.resize(1280, 800)
        window.show()
        app.processEvents()
        state["store"], state["window"] = store, window

    opened = timed(open_program)
    floor_open = timed(lambda: _bare_open(path)) + floor_qt
    if record("open the program (dashboard shown)", 1.5, opened, floor_open).measured > 1.5:
        state["window"].close()
        state["store"].close()
        profiled("open", open_program)
    store, window = state["store"], state["window"]
    record("  + the day's backup, first open of a day", None, backup_took, copy_floor)
    rss_open = rss_mb()

    conn = raw_connect(path)
    models = {}
    for key in LIST_PAGES:
        if key not in window.pages:
            continue
        page = window.pages[key]

        def show(page_key=key):
            window.show_page(page_key)
            app.processEvents()

        took = timed(show)
        model = page.model
        models[key] = model
        floor = timed(lambda k=key: conn.execute(FLOOR_SQL[k] + " LIMIT 200").fetchall())
        if record(f"first page: {key} ({model.rowCount()} rows)", 0.1, took, floor).measured > 0.1:
            profiled(f"first page {key}", lambda m=model: m.reload())

    scrolled = {}
    for key, model in models.items():

        def scroll(m=model):
            while m.canFetchMore():
                m.fetchMore()
            m.index(m.rowCount() - 1, 0).data()

        scrolled[key] = timed(scroll)
    # Resident memory with every list at its end, before the bare-SQLite floors below
    # allocate their own copies of the rows.
    rss_scrolled = rss_mb()
    for key, model in models.items():
        floor = timed(lambda k=key: conn.execute(FLOOR_SQL[k]).fetchall())
        record(f"scroll to the end: {key} ({model.rowCount():,} rows)", None, scrolled[key], floor)
        # Back at the top: the first page was dropped on the way down and is read again.
        back = timed(lambda m=model: m.index(0, 0).data())
        floor = timed(lambda k=key: conn.execute(FLOOR_SQL[k] + " LIMIT 200").fetchall())
        record(f"  back to the first row: {key}", None, back, floor)

    timings, floors = [], []
    rng = random.Random(7)
    for _ in range(100):
        word = rng.choice(WORDS)
        timings.append(timed(lambda w=word: search(store, w)))
        floors.append(
            timed(
                lambda w=word: conn.execute(
                    "SELECT kind, record_id FROM search_index WHERE search_index MATCH ? "
                    "ORDER BY rank LIMIT 50",
                    [fts_query(w)],
                ).fetchall()
            )
        )
    median = statistics.median(timings)
    if (
        record("search, all kinds, median of 100", 0.03, median, statistics.median(floors)).measured
        > 0.03
    ):
        profiled("search", lambda: [search(store, w) for w in WORDS])

    entry_ids = [r[0] for r in conn.execute("SELECT id FROM liaison_entries LIMIT 2000")]
    contact_ids = [r[0] for r in conn.execute("SELECT id FROM contacts LIMIT 2000")]

    def edit_entry(n: int) -> None:
        entry = get_liaison(store, rng.choice(entry_ids))
        entry.purpose = f"{entry.purpose[:200]} edited {n}"
        save_liaison(store, entry)

    def edit_contact(n: int) -> None:
        contact = get_contact(store, rng.choice(contact_ids))
        contact.notes = f"{contact.notes[:200]} edited {n}"
        save_contact(store, contact)

    for name, edit in (("liaison entry", edit_entry), ("contact", edit_contact)):
        saves = [timed(lambda n=n, e=edit: e(n)) for n in range(50)]
        floor = statistics.median(_bare_updates(path, name))
        if (
            record(
                f"save an edited {name}, median of 50", 0.02, statistics.median(saves), floor
            ).measured
            > 0.02
        ):
            profiled(f"save {name}", lambda e=edit: [e(1000 + n) for n in range(20)])

    record("memory resident, window open", 300, rss_open, rss_floor, unit="MB")
    record("memory resident, every list scrolled to its end", 300, rss_scrolled, rss_floor, "MB")
    conn.close()
    window.close()
    store.close()
    gc.collect()
    bench_purge(path)


def bench_purge(path: Path) -> None:
    """Purge one contact from a copy of the sector file: the VACUUM is most of it."""
    with tempfile.TemporaryDirectory() as folder:
        copy = Path(folder) / "copy.sqlite"
        with closing(raw_connect(path)) as source, closing(raw_connect(copy)) as target:
            source.backup(target)
        with open_database(copy, daily_backup=False) as store:
            contact_id = store.db.execute(
                "SELECT target_id FROM liaison_participants WHERE kind = 'contact' LIMIT 1"
            ).fetchone()[0]
            took = timed(
                lambda: purge_record(store, "contacts", contact_id, reason="bench", vacuum=False)
            )
            record("purge a contact, without the VACUUM", None, took, None)
            vacuum = timed(lambda: store.db.execute("VACUUM"))
            record("  + VACUUM of the whole file", None, vacuum, None)


def _bare_open(path: Path) -> None:
    conn = raw_connect(path)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("SELECT count(*) FROM liaison_entries WHERE deleted = 0").fetchone()
    conn.close()


def _bare_copy(path: Path) -> None:
    target = Path(tempfile.gettempdir()) / "bench-bare-copy.sqlite"
    target.unlink(missing_ok=True)
    with closing(raw_connect(path)) as source, closing(raw_connect(target)) as copy:
        source.backup(copy)
    target.unlink()


def _bare_updates(path: Path, what: str) -> list[float]:
    """One-row UPDATE + commit in bare SQLite (WAL, synchronous=NORMAL), 50 times."""
    table, column = ("liaison_entries", "purpose") if "liaison" in what else ("contacts", "notes")
    timings = []
    with closing(raw_connect(path, isolation_level=None)) as conn:
        conn.execute("PRAGMA synchronous = NORMAL")
        ids = [r[0] for r in conn.execute(f"SELECT id FROM {table} LIMIT 50")]
        for n, row_id in enumerate(ids):
            started = time.perf_counter()
            conn.execute("BEGIN")
            conn.execute(f"UPDATE {table} SET {column} = ? WHERE id = ?", [f"bare {n}", row_id])
            conn.execute("COMMIT")
            timings.append(time.perf_counter() - started)
    return timings


def main() -> None:
    global PROFILE_DIR
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=16_000, help="liaison entries per unit")
    parser.add_argument("--units", type=int, default=6)
    parser.add_argument("--keep", type=Path, help="folder to keep (and reuse) the databases")
    parser.add_argument("--profile", action="store_true", help="profile steps that miss")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as temporary:
        folder = args.keep or Path(temporary)
        folder.mkdir(parents=True, exist_ok=True)
        PROFILE_DIR = folder if args.profile else None
        bench(build(folder, args.entries, args.units))


if __name__ == "__main__":
    main()
