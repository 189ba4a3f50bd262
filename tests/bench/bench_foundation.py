"""Benchmark of issue 2: open the window, first liaison page, search — on 50,000 entries.

Run on demand:  python tests/bench/bench_foundation.py [--entries 50000] [--keep DIR]
Each figure is printed beside the same work done in bare SQLite (the floor).
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

from bench_keys import PASSPHRASE, raw_connect

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from cimicdesk.app import build_main_window
from cimicdesk.demo.generate import seed_database
from cimicdesk.domain.enums import UnitLevel
from cimicdesk.store.database import create_database, open_database
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


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:8.1f} ms"


def seeded_file(folder: Path, entries: int) -> Path:
    path = folder / f"bench-{entries}.sqlite"
    if path.exists():
        return path
    started = time.perf_counter()
    store = create_database(
        path,
        "BANBAT 1",
        UnitLevel.BATTALION,
        parent="Sector Centre",
        training=True,
        passphrase=PASSPHRASE,
    )
    counts = seed_database(store, entries=entries, seed=1)
    store.close()
    print(
        f"seeded {counts} in {time.perf_counter() - started:.1f} s "
        f"({path.stat().st_size / 1e6:.0f} MB)"
    )
    return path


def bench_window(path: Path) -> None:
    app = QApplication.instance() or QApplication(sys.argv)
    started = time.perf_counter()
    store = open_database(path)
    window = build_main_window(store, Prompter())
    window.show()
    app.processEvents()
    opened = time.perf_counter() - started
    print(f"open main window (database + dashboard shown): {_ms(opened)}")

    started = time.perf_counter()
    window.show_page("liaison")
    app.processEvents()
    model = window.liaison_page.model
    rows = model.rowCount()
    first_page = time.perf_counter() - started
    print(f"first page of the liaison list ({rows} rows):    {_ms(first_page)}")

    conn = raw_connect(path)
    started = time.perf_counter()
    conn.execute(
        "SELECT * FROM liaison_entries WHERE deleted = 0 ORDER BY start DESC, id DESC LIMIT 200"
    ).fetchall()
    print(
        f"   floor, bare SQLite SELECT of 200 rows:          {_ms(time.perf_counter() - started)}"
    )

    started = time.perf_counter()
    while model.canFetchMore():
        model.fetchMore()
    print(
        f"scroll to the end ({model.rowCount()} rows, all pages): "
        f"{_ms(time.perf_counter() - started)}"
    )

    timings, floors = [], []
    rng = random.Random(7)
    for _ in range(100):
        word = rng.choice(WORDS)
        started = time.perf_counter()
        search(store, word)
        timings.append(time.perf_counter() - started)
        started = time.perf_counter()
        conn.execute(
            "SELECT kind, record_id FROM search_index WHERE search_index MATCH ? "
            "ORDER BY rank LIMIT 50",
            [fts_query(word)],
        ).fetchall()
        floors.append(time.perf_counter() - started)
    print(
        f"search, median of 100 (50 hits max):            {_ms(statistics.median(timings))}"
        f"  (p95 {_ms(sorted(timings)[94]).strip()})"
    )
    print(f"   floor, bare FTS5 MATCH:                       {_ms(statistics.median(floors))}")
    conn.close()
    window.close()
    store.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--entries", type=int, default=50_000)
    parser.add_argument("--keep", type=Path, help="folder to keep (and reuse) the seeded file")
    args = parser.parse_args()
    if args.keep:
        args.keep.mkdir(parents=True, exist_ok=True)
        bench_window(seeded_file(args.keep, args.entries))
    else:
        with tempfile.TemporaryDirectory() as folder:
            bench_window(seeded_file(Path(folder), args.entries))


if __name__ == "__main__":
    main()
