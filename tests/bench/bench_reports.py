"""Benchmark of issue 4: a sector sitrep for one week over ~250,000 records of 6 battalions.

Run on demand:  PYTHONPATH=src python tests/bench/bench_reports.py [--records 250000]
                [--battalions 6] [--keep DIR]

The sector file is seeded battalion by battalion with demo.generate (liaison log and
directory) and demo.operations (QIPs, incidents, requests), each under its own
unit name, as a sector file looks after merging the battalions' packages. It prints the
seeding time, then the time to gather the week and to lay out the PDF, and the pages
(the body's apart from the annexes').
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from bench_keys import PASSPHRASE

from cimicdesk.demo.generate import seed_database
from cimicdesk.domain.enums import UnitLevel
from cimicdesk.i18n.catalogue import texts
from cimicdesk.reports import commands
from cimicdesk.reports.data import Period, gather_sitrep
from cimicdesk.reports.pdf_render import page_ranges, write_pdf
from cimicdesk.reports.sitrep import build
from cimicdesk.store.database import UnitInfo, create_database, open_database
from cimicdesk.store.stats import record_counts

# Rows per liaison entry that seed_database and seed_operations add, all tables together
# (entry, ~2 participants, ~0.5 actions, directory, QIPs with children, incidents, ...).
ROWS_PER_ENTRY = 3.9
DAYS = 365


def _ids(store, table: str) -> list[str]:
    rows = store.db.execute(f"SELECT id FROM {table} WHERE deleted = 0 ORDER BY id")
    return [r[0] for r in rows.fetchall()]


def seed_battalion(store, name: str, entries: int, seed: int, start: date) -> int:
    """Seed one battalion's records into the sector file under its own unit name."""
    own = store.unit
    store.unit = UnitInfo(name, UnitLevel.BATTALION, own.name)
    try:
        counts = seed_database(store, entries=entries, seed=seed, start=start, days=DAYS)
        if "qips" not in counts:  # the seed that adds operations itself may come later
            from cimicdesk.demo.operations import seed_operations

            counts |= seed_operations(
                store,
                random.Random(seed),
                start=start,
                days=DAYS,
                organisations=_ids(store, "organisations"),
                contacts=_ids(store, "contacts"),
                liaison=_ids(store, "liaison_entries"),
                scale=entries,
            )
    finally:
        store.unit = own
    return sum(counts.values())


def seeded_sector(folder: Path, records: int, battalions: int) -> Path:
    path = folder / f"sector-{records}-{battalions}.sqlite"
    if path.exists():
        return path
    started = time.perf_counter()
    store = create_database(
        path, "Sector West", UnitLevel.SECTOR, training=True, passphrase=PASSPHRASE
    )
    start = date.today() - timedelta(days=DAYS)
    per_battalion = round(records / ROWS_PER_ENTRY / battalions)
    added = 0
    for index in range(battalions):
        added += seed_battalion(store, f"BANBAT {index + 1}", per_battalion, index + 1, start)
    total = sum(record_counts(store).values())
    store.close()
    print(
        f"seeded {battalions} battalions, {added:,} rows ({total:,} live synced records) in "
        f"{time.perf_counter() - started:.1f} s ({path.stat().st_size / 1e6:.0f} MB)"
    )
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=250_000)
    parser.add_argument("--battalions", type=int, default=6)
    parser.add_argument("--keep", type=Path, help="folder to keep the seeded file in")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as temp:
        folder = args.keep or Path(temp)
        folder.mkdir(parents=True, exist_ok=True)
        path = seeded_sector(folder, args.records, args.battalions)
        store = open_database(path)
        last_week = date.today() - timedelta(days=7)
        week = Period.containing_week(last_week).week_label
        period = commands.parse_week(week)

        started = time.perf_counter()
        data = gather_sitrep(store, period, sector=True)
        gathered = time.perf_counter() - started
        out = folder / f"sector-{week}.pdf"
        started = time.perf_counter()
        document = build(data, texts("en"))
        write_pdf(document, out, texts("en"))
        laid_out = time.perf_counter() - started
        body, annexes = page_ranges(document, texts("en"))

        started = time.perf_counter()
        commands.write_sitrep(store, out, week=week, sector=True)
        whole = time.perf_counter() - started
        store.close()

        from pypdf import PdfReader

        pages = len(PdfReader(str(out)).pages)
        print(
            f"sector sitrep {week}: {len(data.units)} battalions, {len(data.liaison)} meetings, "
            f"{len(data.incidents)} incidents, {len(data.qips)} QIPs, "
            f"{len(data.requests)} requests, {pages} pages: body {body}, annexes {annexes}"
        )
        print(f"  gather from the database: {gathered:6.2f} s")
        print(f"  lay out the PDF:          {laid_out:6.2f} s")
        print(f"  write_sitrep end to end:  {whole:6.2f} s")
        sys.stdout.flush()


if __name__ == "__main__":
    main()
