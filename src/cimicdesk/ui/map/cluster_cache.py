"""Clusters of a view read tile by tile (tiles of the world at the view's zoom) and kept
while the file is unchanged, so a pan reads only the tiles it brings into view."""

from __future__ import annotations

import math
from collections import OrderedDict
from dataclasses import dataclass

from cimicdesk.domain.geo import BBox, to_world, world_bbox
from cimicdesk.store.database import Store
from cimicdesk.store.map_points import MapFilter, clusters_in

CELLS = 4  # a tile is cut into CELLS x CELLS cells (64–128 px on screen): one cluster each
KEEP_TILES = 1024
MAX_TILES = 120  # a view needing more tiles than this is read as one box


@dataclass(frozen=True, slots=True)
class Cluster:
    """Records grouped at one spot: mean position, how many, the kinds among them."""

    lat: float
    lon: float
    count: int
    kinds: tuple[str, ...]


class ClusterCache:
    """Reads clusters for views of one store. read: tiles read from the file so far."""

    def __init__(self, store: Store):
        self.store = store
        self._tiles: OrderedDict[tuple[object, ...], list[Cluster]] = OrderedDict()
        self._version: object = None
        self.read = 0

    def clear(self) -> None:
        self._tiles.clear()

    def clusters(self, box: BBox, zoom: float, flt: MapFilter) -> list[Cluster]:
        """The clusters of the records in the tiles covering the box, at the view's zoom."""
        version = self.store.data_version()
        if version != self._version:  # something was written: every tile read again
            self._tiles.clear()
            self._version = version
        z = max(0, math.floor(zoom))
        n = 2**z
        x0, y0 = to_world(box.north, box.west)
        x1, y1 = to_world(box.south, box.east)
        columns = range(max(0, int(x0 * n)), min(n - 1, int(x1 * n)) + 1)
        rows = range(max(0, int(y0 * n)), min(n - 1, int(y1 * n)) + 1)
        if len(columns) * len(rows) > MAX_TILES:
            return self._read(box, flt, CELLS * 4, CELLS * 3)
        found: list[Cluster] = []
        for x in columns:
            for y in rows:
                key = (z, x, y, flt)
                tile = self._tiles.get(key)
                if tile is None:
                    tile_box = world_bbox(x / n, y / n, (x + 1) / n, (y + 1) / n)
                    tile = self._read(tile_box, flt, CELLS, CELLS)
                    self._tiles[key] = tile
                    if len(self._tiles) > KEEP_TILES:
                        self._tiles.popitem(last=False)
                else:
                    self._tiles.move_to_end(key)
                found.extend(tile)
        return found

    def read_box(self, box: BBox, flt: MapFilter, columns: int, rows: int) -> list[Cluster]:
        """The clusters of one box in one read (close in, where a view's tiles are many
        and each holds few records), not kept."""
        return self._read(box, flt, columns, rows)

    def _read(self, box: BBox, flt: MapFilter, columns: int, rows: int) -> list[Cluster]:
        self.read += 1
        return [
            Cluster(c.lat, c.lon, c.count, tuple(str(kind) for kind, _n in c.kinds))
            for c in clusters_in(self.store, box, flt, columns=columns, rows=rows)
        ]
