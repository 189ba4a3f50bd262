"""What the editors and lists ask of the gazetteer, per key typed and per list row: place
suggestions by prefix, and '12 km NE of Kaga-Bandoro' for a grid (cold: the lists keep each
answer), beside the bare R*Tree query of a 30 km box.

    python tests/bench/bench_places.py [--entries 5000] [--countries CF,TD,CM,CD,SS,CG]
        [--villages 30000]

--villages adds that many made-up hamlets across the Central African Republic, as a
GeoNames country file (CF.txt: every village and hamlet) would.

Measured, never asserted; prints one line per measure (median and worst in ms).
"""

from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from bench_keys import PASSPHRASE

from cimicdesk.demo.generate import seed_database
from cimicdesk.domain.enums import UnitLevel
from cimicdesk.domain.grid import parse_grid
from cimicdesk.reports.place_text import grid_nearby
from cimicdesk.store import places
from cimicdesk.store.database import create_database

PREFIXES = [
    *("b", "k", "m", "n", "s", "d", "g", "z"),
    *("ba", "ka", "bo", "ma", "nd", "se", "gr", "zo"),
    *("bam", "kag", "bri", "mba", "nde", "sib", "gri", "zem"),
    *("bamb", "kaga", "bria", "bang", "ndel", "obo", "paou", "birao"),
    *("v", "vi", "vil", "village 1", "village 12"),  # the made-up hamlets: many match
]


def timed(work: Callable[[], object]) -> float:
    began = time.perf_counter()
    work()
    return (time.perf_counter() - began) * 1000


def line(name: str, runs: list[float]) -> str:
    middle, worst = statistics.median(runs), max(runs)
    return f"{name:<52} median {middle:7.3f} ms   worst {worst:7.3f} ms   n={len(runs)}"


def add_villages(store, count: int) -> None:
    """Made-up hamlets (no population) spread over the Central African Republic."""
    rng = random.Random(17)
    rows = []
    for n in range(count):
        lat, lon = rng.uniform(2.3, 11.0), rng.uniform(14.5, 27.4)
        name = f"Village {n}"
        key = places.name_key(name)
        rows.append(
            (50_000_000 + n, name, name, key, key, lat, lon, "CF", "", 0, "P.PPL", "geonames")
        )
    with store.db.atomic():
        store.db.conn.executemany(places.INSERT_SQL.format(verb=""), rows)
        places.reindex(store.db.conn)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--entries", type=int, default=5000)
    parser.add_argument("--countries", default="CF,TD,CM,CD,SS,CG")
    parser.add_argument("--villages", type=int, default=30_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.sqlite"
        with create_database(
            path, "BANBAT 1", UnitLevel.BATTALION, training=True, passphrase=PASSPHRASE
        ) as store:
            seed_database(store, entries=args.entries, seed=1)
            held = places.set_mission_area(store, args.countries.split(","))
            add_villages(store, args.villages)
            print(f"{places.place_count(store):,} places ({held:,} built in) for {args.countries}")
            grids = [
                g
                for (g,) in store.db.execute(
                    "SELECT DISTINCT grid FROM incidents WHERE grid != '' UNION "
                    "SELECT DISTINCT grid FROM liaison_entries WHERE grid != '' LIMIT 2000"
                ).fetchall()
            ]
            print(f"{len(grids):,} distinct record grids")
            suggest = [timed(lambda p=p: places.suggest_places(store, p)) for p in PREFIXES]
            print(line("suggest_places, per key (1-5 letters)", suggest))
            nearby = [timed(lambda g=g: grid_nearby(store, g)) for g in grids]
            print(line("grid_nearby (relative_position), per list row, cold", nearby))
            positions = [parse_grid(g) for g in grids]
            floor = [
                timed(
                    lambda r=r: store.db.execute(
                        "SELECT geonameid FROM places_index WHERE min_lon <= ? AND max_lon >= ? "
                        "AND min_lat <= ? AND max_lat >= ?",
                        [r.lon + 0.27, r.lon - 0.27, r.lat + 0.27, r.lat - 0.27],
                    ).fetchall()
                )
                for r in positions
            ]
            print(line("floor: bare R*Tree query of a 30 km box", floor))


if __name__ == "__main__":
    main()
