"""What the officer starts as a process, timed from start to exit beside a bare floor process:
start the program, merge six battalion files, the weekly increment, the sector sitrep.

    python tests/bench/bench_processes.py --size 25000 --keep DIR [--repeat 5]
        [--only start merge increment sitrep]
    python tests/bench/bench_processes.py --size 25000 100000 250000 --keep DIR --only start
        (how start grows with the database: one row per size)
"""

from __future__ import annotations

import argparse
import json
import shutil
from datetime import date, timedelta
from pathlib import Path

import harness
from bench_keys import PASSPHRASE
from data import MissionData, build, delta_option, week_files
from harness import (
    DEFAULT_REPEAT,
    Row,
    alternate,
    child_env,
    cimicdesk,
    floor_script,
    print_row,
    run_process,
)

from cimicdesk.reports.data import Period
from cimicdesk.store import encryption

# `cimicdesk gui --screenshot` grabs the window 800 ms after it was shown (app.py); the bare
# window floor waits as long. Both are reported without it: the time until the window shows.
SCREENSHOT_WAIT = 0.8


def screenshot_wait() -> float:
    """The idle wait to take off a start's time (none in CPU time: waiting uses none)."""
    return SCREENSHOT_WAIT if harness.clock == "wall" else 0.0


def clock_note() -> str:
    return "" if harness.clock == "wall" else "CPU time"


def workspace(data: MissionData) -> Path:
    """A scratch folder beside the built files (the built files are never written)."""
    folder = data.folder / "run"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir()
    return folder


def fresh_copy(source: Path, folder: Path, name: str) -> Path:
    """A copy of a database in its own empty folder (its backups land there, not beside)."""
    shutil.rmtree(folder / name, ignore_errors=True)
    (folder / name).mkdir(parents=True)
    target = folder / name / source.name
    shutil.copyfile(source, target)
    wal = source.with_name(source.name + "-wal")
    if wal.exists() and wal.stat().st_size:
        shutil.copyfile(wal, target.with_name(target.name + "-wal"))
    return target


def measure_start(data: MissionData, repeat: int) -> Row:
    """The whole `cimicdesk gui --db SECTOR --screenshot` process against a bare window."""
    folder = workspace(data)
    db = fresh_copy(data.sector, folder, "start")
    shot = folder / "shot.png"

    def app() -> float:
        took = run_process(cimicdesk("gui", "--db", db, "--screenshot", shot))
        return took - screenshot_wait()

    def floor() -> float:
        return run_process(floor_script("window", folder / "bare.png")) - screenshot_wait()

    apps, floors = alternate(app, floor, repeat)
    return Row(
        f"start the program until the dashboard shows, {data.records:,} records, encrypted",
        "< 1.5 s, ≤ 3× bare",
        apps,
        floors,
        "bare QMainWindow process",
        limit=1.5,
        ratio_limit=3,
        note=clock_note(),
    )


def measure_kdf(repeat: int) -> Row:
    """The key derivation alone (part of every start and command on an encrypted file)."""
    import time

    now = time.perf_counter if harness.clock == "wall" else time.process_time

    def derive() -> float:
        began = now()
        encryption.derive(PASSPHRASE, b"0123456789abcdef")
        return now() - began

    apps, _ = alternate(derive, None, repeat, warm_up=False)
    return Row(
        f"  of which the passphrase's key derivation ({encryption.KDF_ITERATIONS:,} rounds)",
        "",
        apps,
        note=clock_note(),
    )


def _keys(paths: list[Path]) -> str:
    """The battalions' raw keys for the floors, derived once here (JSON by path)."""
    return json.dumps({str(p): encryption.unlock(p, PASSPHRASE).pragma_value() for p in paths})


def measure_merge(data: MissionData, repeat: int) -> Row:
    """`cimicdesk import EMPTY-SECTOR 6 files` against ATTACH + INSERT…SELECT of the same."""
    folder = workspace(data)
    enrol = [a for fp in data.fingerprints for a in ("--enrol", fp)]
    units = [data.battalion(n) for n in range(1, 7)]
    env = child_env(BENCH_KEYS=_keys(units))

    def app() -> float:
        db = fresh_copy(data.empty_sector, folder, "merge")
        return run_process(cimicdesk("import", db, *enrol, *data.base_files()))

    def floor() -> float:
        db = fresh_copy(data.empty_sector, folder, "merge-floor")
        return run_process(floor_script("merge", db, *units), env=env)

    apps, floors = alternate(app, floor, repeat, warm_up=False)
    return Row(
        f"merge 6 battalion files into an empty sector database ({data.records:,} records)",
        "< 10 s, ≤ 3× bare",
        apps,
        floors,
        "ATTACH + INSERT…SELECT incl. search rows",
        limit=10,
        ratio_limit=3,
        note=clock_note(),
    )


def measure_increment(data: MissionData, repeat: int) -> Row:
    """The week's six files merged into the sector database, against copying only the
    changed rows (and their search rows) from the battalions' databases."""
    folder = workspace(data)
    kind = week_files(data)
    files = data.week_files(kind)
    units = [data.week_db(n) for n in range(1, 7)]
    env = child_env(BENCH_KEYS=_keys(units))
    manifest = data.folder / "manifest.json"

    def app() -> float:
        db = fresh_copy(data.sector, folder, "week")
        return run_process(cimicdesk("import", db, *files))

    def floor() -> float:
        db = fresh_copy(data.sector, folder, "week-floor")
        return run_process(floor_script("increment", db, manifest, *units), env=env)

    apps, floors = alternate(app, floor, repeat, warm_up=False)
    size = sum(f.stat().st_size for f in files) / 1e6
    return Row(
        "weekly increment: 6 files of 2,000 changed records",
        "< 2 s",
        apps,
        floors,
        "copying only the changed rows",
        limit=2,
        note=", ".join(filter(None, [f"{kind} files, {size:,.0f} MB", clock_note()])),
    )


def last_week() -> Period:
    """The last whole ISO week (the seed's records run up to yesterday)."""
    return Period.containing_week(date.today() - timedelta(days=7))


def pdf_pages(path: Path) -> int:
    from pypdf import PdfReader

    return len(PdfReader(str(path)).pages)


def measure_sitrep(data: MissionData, repeat: int) -> list[Row]:
    """`cimicdesk sitrep --sector` for last week (whole, then body only) against bare
    reportlab writing the week's rows."""
    folder = workspace(data)
    db = fresh_copy(data.sector, folder, "sitrep")
    week = last_week()
    out, bare = folder / "sitrep.pdf", folder / "bare.pdf"
    start, end = week.start.isoformat(), (week.end + timedelta(days=1)).isoformat()
    floor_rows = ""

    def app(*extra: str) -> float:
        return run_process(
            cimicdesk("sitrep", db, "--week", week.week_label, "--sector", "--out", out, *extra)
        )

    def floor() -> float:
        nonlocal floor_rows
        printed: list[str] = []
        took = run_process(floor_script("sitrep", db, start, end, bare), output=printed)
        floor_rows = printed[0].strip()
        return took

    apps, floors = alternate(app, floor, repeat)
    whole = pdf_pages(out)
    bodies, _ = alternate(lambda: app("--no-annexes"), None, repeat)
    body = pdf_pages(out)
    return [
        Row(
            f"sector sitrep PDF for {week.week_label}, with annexes",
            "",
            apps,
            floors,
            "bare reportlab, the week's rows",
            note=", ".join(filter(None, [f"{whole} pages; floor {floor_rows}", clock_note()])),
        ),
        Row(
            f"sector sitrep PDF for {week.week_label}, body only (--no-annexes)",
            "< 3 s",
            bodies,
            limit=3,
            note=", ".join(filter(None, [f"{body} pages", clock_note()])),
        ),
    ]


MEASURES = ("start", "merge", "increment", "sitrep")


def run(data: MissionData, repeat: int, only: tuple[str, ...] = MEASURES) -> list[Row]:
    rows: list[Row] = []
    if "start" in only:
        rows.append(print_row(measure_start(data, repeat)))
        rows.append(print_row(measure_kdf(repeat)))
    if "merge" in only:
        rows.append(print_row(measure_merge(data, repeat)))
    if "increment" in only:
        rows.append(print_row(measure_increment(data, repeat)))
    if "sitrep" in only:
        for row in measure_sitrep(data, repeat):
            rows.append(print_row(row))
    shutil.rmtree(data.folder / "run", ignore_errors=True)
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, nargs="+", default=[25_000])
    parser.add_argument("--keep", type=Path, required=True)
    parser.add_argument("--repeat", type=int, default=DEFAULT_REPEAT)
    parser.add_argument("--only", nargs="+", choices=MEASURES, default=list(MEASURES))
    parser.add_argument("--clock", choices=harness.CLOCKS, default="wall")
    args = parser.parse_args()
    harness.clock = args.clock
    for size in args.size:
        data = build(args.keep, size)
        print(f"{data.label()}; delta option of cimicdesk export: {delta_option() or 'none'}")
        run(data, args.repeat, tuple(args.only))


if __name__ == "__main__":
    main()
