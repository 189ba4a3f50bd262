"""Benchmark of issue 5: merge six battalions' files into an empty sector database, then a
week's increment of 2,000 changed records from each.

Run on demand:  python tests/bench/bench_merge.py [--units 6] [--entries 16000]
                                                  [--changes 2000] [--keep DIR]
Each battalion is seeded with demo.generate.seed_database (16,000 liaison entries give about
65,000 rows with their participants, actions, QIPs, incidents and requests). The
increment edits existing records exactly as the repositories would (clock + 1, history
kept) without going through the forms, so that seeding the week stays quick; the merge
timed is the real one (verify, back up, merge, re-index, log).
"""

from __future__ import annotations

import argparse
import random
import tempfile
import time
from pathlib import Path

from bench_keys import PASSPHRASE

from cimicdesk.demo.generate import seed_database
from cimicdesk.domain.enums import UnitLevel
from cimicdesk.domain.timeutil import now_stamp
from cimicdesk.store.database import Store, create_database, open_database
from cimicdesk.store.synced import bump_clock, fetch_row, record_history
from cimicdesk.store.unit_keys import fingerprint
from cimicdesk.sync.export import export_snapshot
from cimicdesk.sync.imports import import_files
from cimicdesk.sync.recipients import own_recipient
from cimicdesk.sync.report import ImportReport
from cimicdesk.sync.tables import table

# Share of the week's changes per table, and the field each change edits.
WEEK = (
    ("liaison_entries", 0.60, "issues_raised"),
    ("follow_up_actions", 0.20, "status"),
    ("contacts", 0.12, "position"),
    ("organisations", 0.05, "notes"),
    ("incidents", 0.03, "assessment"),
)


def battalion(folder: Path, number: int, entries: int) -> Path:
    path = folder / f"bn{number}.sqlite"
    if path.exists():
        return path
    started = time.perf_counter()
    store = create_database(
        path,
        f"BANBAT {number}",
        UnitLevel.BATTALION,
        "Sector West",
        training=True,
        passphrase=PASSPHRASE,
    )
    counts = seed_database(store, entries=entries, seed=number, days=180)
    store.close()
    print(
        f"  seeded BANBAT {number}: {sum(counts.values()):,} rows in "
        f"{time.perf_counter() - started:.1f} s ({path.stat().st_size / 1e6:.0f} MB)"
    )
    return path


def week_of_edits(store: Store, changes: int, rng: random.Random) -> int:
    """Edit `changes` existing records of the battalion as its officers would in a week."""
    stamp = now_stamp()
    done = 0
    with store.db.atomic():
        for name, share, field in WEEK:
            names = table(name).fields
            where = "deleted = 0" + (" AND status = 'open'" if field == "status" else "")
            ids = [r[0] for r in store.db.execute(f"SELECT id FROM {name} WHERE {where}")]
            for record_id in rng.sample(ids, min(len(ids), round(changes * share))):
                row = fetch_row(store, name, record_id)
                value = "done" if field == "status" else f"{row[field]} (week 47)".strip()
                record_history(store, name, row, "edited")
                store.db.execute(
                    f"UPDATE {name} SET {field} = ?, clock = ?, updated_at = ?, "
                    "updated_site = ? WHERE id = ?",
                    [
                        value,
                        bump_clock(row["clock"], names, [field], stamp, store.site_id),
                        stamp,
                        store.site_id,
                        record_id,
                    ],
                )
                done += 1
    return done


def _show(title: str, reports: list[ImportReport], seconds: float) -> None:
    totals = [r.totals for r in reports]
    print(f"\n{title}: {seconds:.1f} s for {len(reports)} files")
    for report, total in zip(reports, totals, strict=True):
        print(
            f"  {report.source_unit:<10} {report.seconds:6.1f} s   new {total.new:>7,}  "
            f"updated {total.updated:>6,}  unchanged {total.unchanged:>7,}  "
            f"conflicts {total.conflicts:>3}  rejected {total.rejected}"
        )


def run(folder: Path, units: int, entries: int, changes: int) -> None:
    print(f"Seeding {units} battalions of {entries:,} liaison entries (kept in {folder})")
    paths = [battalion(folder, n, entries) for n in range(1, units + 1)]
    sector_path = folder / "sector.sqlite"
    for leftover in folder.glob("sector.sqlite*"):
        leftover.unlink()
    sector = create_database(
        sector_path, "SECTOR W", UnitLevel.SECTOR, training=True, passphrase=PASSPHRASE
    )
    # Each battalion seals its files for the sector (as if it had enrolled the sector's card).
    to_sector = [own_recipient(sector)]
    files = []
    started = time.perf_counter()
    for path in paths:
        with open_database(path, daily_backup=False) as store:
            out = folder / f"{path.stem}-w46.cimic"
            files.append(export_snapshot(store, out, overwrite=True, recipients=to_sector))
    sizes = sum(f.size for f in files) / 1e6
    print(f"  exported {units} files ({sizes:.0f} MB) in {time.perf_counter() - started:.1f} s")

    started = time.perf_counter()
    # The sector enrols each battalion at its first file (the fingerprints confirmed).
    confirmed = [fingerprint(f.manifest.signer_key) for f in files]
    first = import_files(sector, [f.path for f in files], enrol=confirmed)
    _show("First merge into an empty sector database", first, time.perf_counter() - started)
    rows = sum(r.totals.new for r in first)
    print(f"  {rows:,} rows, {sector_path.stat().st_size / 1e6:.0f} MB")

    rng = random.Random(47)
    increments = []
    for path in paths:
        with open_database(path, daily_backup=False) as store:
            week_of_edits(store, changes, rng)
            increments.append(
                export_snapshot(
                    store, folder / f"{path.stem}-w47.cimic", overwrite=True, recipients=to_sector
                ).path
            )
    started = time.perf_counter()
    week = import_files(sector, increments)
    _show(
        f"Weekly increment ({changes:,} changed records each)", week, time.perf_counter() - started
    )
    sector.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--units", type=int, default=6)
    parser.add_argument("--entries", type=int, default=16_000)
    parser.add_argument("--changes", type=int, default=2_000)
    parser.add_argument("--keep", type=Path, help="folder to keep (and reuse) the seeded files")
    args = parser.parse_args()
    if args.keep:
        args.keep.mkdir(parents=True, exist_ok=True)
        run(args.keep, args.units, args.entries, args.changes)
    else:
        with tempfile.TemporaryDirectory() as folder:
            run(Path(folder), args.units, args.entries, args.changes)


if __name__ == "__main__":
    main()
