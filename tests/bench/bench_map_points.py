"""Benchmark of issue 17 (the map's store): what one view of the situation map costs.

Run on a database built by tests/bench/data.py (the sector database of all battalions):
    python tests/bench/bench_map_points.py --keep DIR --size 250000 [--repeat 5]
Prints the median of `repeat` runs, warm (each query once before), for the whole mission
area drawn as clusters, the same area's count, points_in with its limit, a 20 km box, the
hover titles of a page of points, and the floor: the bare R*Tree query of the box.
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from bench_keys import PASSPHRASE

from cimicdesk.domain.geo import BBox
from cimicdesk.domain.map_kinds import MapKind
from cimicdesk.store import encryption
from cimicdesk.store.database import open_database
from cimicdesk.store.map_points import (
    MapFilter,
    bare_rtree_query,
    clusters_in,
    count_in,
    point_titles,
    points_in,
)


def _median_ms(work: Callable[[], object], repeat: int) -> float:
    work()  # warm: the pages in the cache, as a panning view has them
    times = []
    for _ in range(repeat):
        began = time.perf_counter()
        work()
        times.append((time.perf_counter() - began) * 1000)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--keep", type=Path, required=True)
    parser.add_argument("--size", type=int, default=250_000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    path = args.keep / f"size-{args.size}" / "sector.sqlite"
    encryption.unlock(path, PASSPHRASE)
    store = open_database(path, daily_backup=False)
    try:
        (lat0, lat1, lon0, lon1, total) = store.db.execute(
            "SELECT min(lat), max(lat), min(lon), max(lon), count(*) FROM map_index"
        ).fetchone()
        mission = BBox(lon0, lat0, lon1, lat1)
        mid_lat, mid_lon = (lat0 + lat1) / 2, (lon0 + lon1) / 2
        # 20 km square about the densest cluster of the mission
        (top,) = clusters_in(store, mission, MapFilter(), columns=20, rows=20)[:1]
        half = 10 / 111.2
        box = BBox(top.lon - half, top.lat - half, top.lon + half, top.lat + half)
        everything = MapFilter()
        shown = points_in(store, box, everything)
        keys = [(p.kind, p.record_id) for p in shown[:200]]
        print(f"{path}: {total:,} records on the map; mission box {mission}")
        held = count_in(store, box, everything)
        print(f"centre {mid_lat:.3f}, {mid_lon:.3f}; 20 km box holds {held:,}")
        grid = {"columns": 32, "rows": 24}
        last = date(1970, 1, 1) + timedelta(
            days=int(store.db.execute("SELECT max(max_day) FROM map_index").fetchone()[0])
        )
        recent = MapFilter(kinds=frozenset({MapKind.INCIDENT}), since=last - timedelta(days=90))
        one_unit = MapFilter(units=frozenset({"BANBAT 1"}))
        rows = [
            ("whole area: clusters 32x24", lambda: clusters_in(store, mission, everything, **grid)),
            ("whole area: count_in", lambda: count_in(store, mission, everything)),
            (
                "whole area: clusters, incidents of 90 days",
                lambda: clusters_in(store, mission, recent, **grid),
            ),
            (
                "whole area: clusters, one unit",
                lambda: clusters_in(store, mission, one_unit, **grid),
            ),
            ("whole area: points_in limit 2000", lambda: points_in(store, mission, everything)),
            ("20 km box: points_in", lambda: points_in(store, box, everything)),
            ("20 km box: count_in", lambda: count_in(store, box, everything)),
            ("20 km box: titles of 200 points", lambda: point_titles(store, keys)),
            ("floor: bare R*Tree, whole area", lambda: bare_rtree_query(store.db.conn, mission)),
            ("floor: bare R*Tree, 20 km box", lambda: bare_rtree_query(store.db.conn, box)),
        ]
        print("| view | median ms |")
        print("|---|---|")
        for name, work in rows:
            print(f"| {name} | {_median_ms(work, args.repeat):.1f} |")
    finally:
        store.close()


if __name__ == "__main__":
    main()
