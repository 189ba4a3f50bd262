"""The Map page's views: from a pan or zoom asked for until the map shows that view's
records (read, placed and painted), at whole-area, mid and close zoom, beside the bare
R*Tree query of the same box in the same run.

    python tests/bench/bench_map.py --size 25000 --keep DIR [--repeat 5]

The window is built as the officer meets it (the encrypted sector database, the real
window, the Map page shown and fitted to the whole area); each request moves the view
between two places (a pan at the whole-area zoom, two towns at mid and close zoom), so
every one reads and draws a new view. The time includes the page's rest before it reads
(REFRESH_MS after the last move: what lets a drag stay fluid) and one synchronous paint.
"""

from __future__ import annotations

import argparse
import shutil
import time
from pathlib import Path

from bench_keys import raw_connect
from bench_window import app_instance, drain, open_window, scratch
from data import MissionData, build
from harness import DEFAULT_REPEAT, Row, alternate, print_row

from cimicdesk.demo import words
from cimicdesk.store import encryption
from cimicdesk.store.map_points import bare_rtree_query
from cimicdesk.ui.pages import map as map_page

TOWNS = sorted(words.PLACES, key=lambda p: -p.weight)[:2]  # the two busiest towns
# street: close enough that every record is its own symbol (no clusters)
LEVELS = (("whole area", None), ("mid", 9.5), ("close", 13.0), ("street", 16.0))


def measure_views(data: MissionData, repeat: int) -> list[Row]:
    path = scratch(data, data.sector, "map")
    store, window = open_window(path)
    window.page_warmer.stop()  # no page built in the background inside a measure
    page = window.show_page("map")
    drain()
    page.go_home()
    drain()
    view = page.view
    shown: list[bool] = []
    page.records_shown.connect(lambda: shown.append(True))
    conn = raw_connect(path, encryption.key_for(path))
    rows: list[Row] = []
    for name, zoom in LEVELS:
        if zoom is None:  # the whole area, panned a quarter of the view and back
            page.go_home()
            drain()
            centre = view.centre()
            zoom = view.zoom
            width = view.visible_bbox().east - view.visible_bbox().west
            spots = [(centre.lat, centre.lon), (centre.lat, centre.lon + width / 4)]
        else:
            spots = [(town.lat, town.lon) for town in TOWNS]
        turn = [0]
        boxes = []
        for lat, lon in spots:  # the boxes the floor queries: the views' own
            view.centre_on(lat, lon, zoom)
            boxes.append(view.visible_bbox())
        drain()

        def app(
            spots: list[tuple[float, float]] = spots,
            zoom: float = zoom,
            turn: list[int] = turn,
            cold: bool = False,
        ) -> float:
            turn[0] += 1
            lat, lon = spots[turn[0] % 2]
            if cold:  # a view not shown since the file last changed: nothing kept
                page.cluster_cache.clear()
            shown.clear()
            began = time.perf_counter()
            view.centre_on(lat, lon, zoom)
            while not shown:
                app_instance().processEvents()
                time.sleep(0.0002)
            view.viewport().repaint()
            return time.perf_counter() - began

        def floor(boxes: list = boxes, turn: list[int] = turn) -> float:
            box = boxes[turn[0] % 2]
            began = time.perf_counter()
            bare_rtree_query(conn, box)
            return time.perf_counter() - began

        for cold, how in ((True, "a new view"), (False, "back to a view seen")):
            apps, floors = alternate(lambda cold=cold: app(cold=cold), floor, repeat)
            drawn = (
                f"{len(view.clusters)} clusters" if view.clusters else f"{len(view.points)} symbols"
            )
            rows.append(
                Row(
                    f"map at {name} zoom (z {zoom:.1f}, {drawn}), {how}: pan until its "
                    f"records show ({data.records:,} records)",
                    "< 200 ms",
                    apps,
                    floors,
                    "bare R*Tree query of the box",
                    limit=0.2,
                    note=f"incl. {map_page.REFRESH_MS} ms rest; last read "
                    f"{page.last_query_ms:.0f} ms",
                )
            )
    conn.close()
    window.close()
    store.close()
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=25_000)
    parser.add_argument("--keep", type=Path, required=True)
    parser.add_argument("--repeat", type=int, default=DEFAULT_REPEAT)
    args = parser.parse_args()
    data = build(args.keep, args.size)
    app_instance()
    try:
        for row in measure_views(data, args.repeat):
            print_row(row)
    finally:
        shutil.rmtree(data.folder / "run-window", ignore_errors=True)


if __name__ == "__main__":
    main()
