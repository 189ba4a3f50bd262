"""Benchmark of issue 16: the weekly increment as full unit files and as delta files.

Run on demand:  python tests/bench/bench_delta.py [--units 6] [--entries 10800]
                        [--changes 2000] [--repeats 3] [--keep DIR [--imports-only]]
(--imports-only: time again the imports of the files a run left in DIR.)
Six battalions (bench_merge.battalion: demo.generate.seed_database) send their full file of
week 46 to an empty sector database, which merges them. Each then edits 2,000 records
(bench_merge.week_of_edits) and writes week 47 twice: a full file and a delta since week
46. The sector (a fresh copy of its week-46 state each time, copying not timed) imports
the six full files, then the six deltas, alternately, `repeats` times: median and minimum
of each, file sizes, export times, and a check that both leave the same records.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import statistics
import tempfile
import time
from pathlib import Path

from bench_keys import PASSPHRASE
from bench_merge import battalion, week_of_edits

from cimicdesk.domain.enums import UnitLevel
from cimicdesk.store import encryption, unit_keys
from cimicdesk.store.database import create_database, open_database
from cimicdesk.store.unit_keys import fingerprint
from cimicdesk.sync.export import export_snapshot
from cimicdesk.sync.imports import import_files
from cimicdesk.sync.recipients import own_recipient
from cimicdesk.sync.tables import TABLES
from cimicdesk.sync.verify import verify_package


def _records(path: Path) -> list[tuple]:
    if not encryption.is_unlocked(path):
        encryption.unlock(path, PASSPHRASE)
    with open_database(path, daily_backup=False) as store:
        rows: list[tuple] = []
        for table in TABLES:
            rows += store.db.execute(
                f"SELECT '{table.name}', id, clock, deleted FROM {table.name} ORDER BY id"
            ).fetchall()
        return rows


def _import(baseline: Path, work: Path, files: list[Path]) -> float:
    for leftover in work.parent.glob(work.name + "*"):
        leftover.unlink()
    shutil.rmtree(work.parent / "backups", ignore_errors=True)
    shutil.copy(baseline, work)
    if not encryption.is_unlocked(work):
        encryption.unlock(work, PASSPHRASE)
    with open_database(work, daily_backup=False) as store:
        started = time.perf_counter()
        import_files(store, files)
        return time.perf_counter() - started


def run(folder: Path, units: int, entries: int, changes: int, repeats: int) -> None:
    os.environ["CIMICDESK_PASSPHRASE"] = PASSPHRASE
    print(f"Seeding {units} battalions of {entries:,} liaison entries (kept in {folder})")
    paths = [battalion(folder, n, entries) for n in range(1, units + 1)]
    sector_path = folder / "sector.sqlite"
    for leftover in folder.glob("sector.sqlite*"):
        leftover.unlink()
    sector = create_database(
        sector_path, "SECTOR W", UnitLevel.SECTOR, training=True, passphrase=PASSPHRASE
    )
    to_sector = [own_recipient(sector)]
    w46 = []
    for path in paths:
        with open_database(path, daily_backup=False) as store:
            out = folder / f"{path.stem}-w46.cimic"
            w46.append(export_snapshot(store, out, overwrite=True, recipients=to_sector))
    confirmed = [fingerprint(f.manifest.signer_key) for f in w46]
    started = time.perf_counter()
    import_files(sector, [f.path for f in w46], enrol=confirmed)
    rows = sector.db.execute("SELECT count(*) FROM liaison_entries").fetchone()[0]
    print(f"  week 46 merged in {time.perf_counter() - started:.1f} s ({rows:,} liaison entries)")
    sector.close()
    baseline = folder / "sector-w46.sqlite"
    shutil.copy(sector_path, baseline)
    total = sum(sum(f.manifest.counts.get(t.name, 0) for t in TABLES) for f in w46)
    print(f"  sector holds {total:,} synced rows, {baseline.stat().st_size / 1e6:.0f} MB")

    rng = random.Random(47)
    fulls, deltas = [], []
    for path, base in zip(paths, w46, strict=True):
        with open_database(path, daily_backup=False) as store:
            week_of_edits(store, changes, rng)
            fulls.append(
                export_snapshot(
                    store, folder / f"{path.stem}-w47.cimic", overwrite=True, recipients=to_sector
                )
            )
            deltas.append(
                export_snapshot(
                    store,
                    folder / f"{path.stem}-w47-delta.cimic",
                    overwrite=True,
                    recipients=to_sector,
                    since=base.manifest.export_id,
                )
            )
    for name, results in (("full", fulls), ("delta", deltas)):
        size = sum(r.size for r in results) / 1e6
        seconds = [r.seconds for r in results]
        records = sum(r.manifest.records for r in results)
        print(
            f"  {name:<5} export: {size:7.1f} MB in all, {records:,} records, "
            f"median {statistics.median(seconds):.2f} s per battalion (min {min(seconds):.2f})"
        )
    time_imports(folder, [r.path for r in fulls], [r.path for r in deltas], repeats)


def _verify(files: list[Path], folder: Path, keys: list[bytes]) -> float:
    started = time.perf_counter()
    for n, path in enumerate(files):
        work = folder / f"verify{n}"
        shutil.rmtree(work, ignore_errors=True)
        work.mkdir(parents=True)
        verify_package(path, work, agreement_keys=keys)
        shutil.rmtree(work)
    return time.perf_counter() - started


def _line(what: str, seconds: list[float]) -> str:
    return (
        f"  {what}: median {statistics.median(seconds):.2f} s, min {min(seconds):.2f} s "
        f"({', '.join(f'{s:.2f}' for s in seconds)})"
    )


def time_imports(folder: Path, fulls: list[Path], deltas: list[Path], repeats: int) -> None:
    """Alternate: verify the six full files, the six deltas; import the six full files
    into a fresh copy of the week-46 sector, then the six deltas; print as it goes."""
    os.environ["CIMICDESK_PASSPHRASE"] = PASSPHRASE
    baseline = folder / "sector-w46.sqlite"
    work = folder / "work" / "sector.sqlite"
    work.parent.mkdir(exist_ok=True)
    if not encryption.is_unlocked(baseline):
        encryption.unlock(baseline, PASSPHRASE)
    with open_database(baseline, daily_backup=False) as sector:
        keys = unit_keys.agreement_private_keys(sector.db.conn)
    for name, files in (("full", fulls), ("delta", deltas)):
        size = sum(f.stat().st_size for f in files) / 1e6
        print(f"  six {name:<5} files: {size:.1f} MB")
    timings: dict[str, list[float]] = {}
    after_full: list[tuple] | None = None
    for round_ in range(repeats):
        for name, files in (("full", fulls), ("delta", deltas)):
            verified = _verify(files, folder / "work", keys)
            timings.setdefault(f"verify {name}", []).append(verified)
            seconds = _import(baseline, work, files)
            timings.setdefault(f"import {name}", []).append(seconds)
            print(f"  round {round_ + 1}: {name}: verify {verified:.2f} s, import {seconds:.2f} s")
            if round_ == 0 and name == "full":
                after_full = _records(work)
            elif round_ == 0:
                same = _records(work) == after_full
                print(f"  same records after the deltas as after the full files: {same}")
    for what, seconds in timings.items():
        print(_line(what, seconds))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--units", type=int, default=6)
    parser.add_argument("--entries", type=int, default=10_800)
    parser.add_argument("--changes", type=int, default=2_000)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--keep", type=Path, help="folder to keep (and reuse) the seeded files")
    parser.add_argument("--imports-only", action="store_true")
    args = parser.parse_args()
    if args.keep and args.imports_only:
        numbers = range(1, args.units + 1)
        fulls = [args.keep / f"bn{n}-w47.cimic" for n in numbers]
        deltas = [args.keep / f"bn{n}-w47-delta.cimic" for n in numbers]
        time_imports(args.keep, fulls, deltas, args.repeats)
    elif args.keep:
        args.keep.mkdir(parents=True, exist_ok=True)
        run(args.keep, args.units, args.entries, args.changes, args.repeats)
    else:
        with tempfile.TemporaryDirectory() as folder:
            run(Path(folder), args.units, args.entries, args.changes, args.repeats)


if __name__ == "__main__":
    main()
