"""What a report's map is drawn from, gathered with its data: map file, overlays and places.

Kept as data (a file's path, places as name/position/population) so a report's data stays
data; reports/report_maps.py draws the map when the report is built.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from cimicdesk.domain.geo import BBox
from cimicdesk.domain.grid import GridReferenceError, parse_grid
from cimicdesk.domain.overlays import Overlay
from cimicdesk.store import map_files
from cimicdesk.store.database import Store
from cimicdesk.store.places import places_in

if TYPE_CHECKING:  # map_image (Pillow, fonts) is imported when a map is made, not at start
    from cimicdesk.reports.map_image import MapPlace

MAX_PLACES = 200  # places read for one map (the largest are labelled first)


@dataclass(frozen=True)
class MapSource:
    """The map file that covers a report's area (None: a plain background), the places
    to label in it (the largest first) and the overlays drawn over it (boundaries, roads)."""

    basemap: Path | None = None
    places: tuple[MapPlace, ...] = ()
    overlays: tuple[Overlay, ...] = ()


def position(grid: str) -> tuple[float, float] | None:
    """The (lat, lon) of a grid reference as a report row holds it; None when it has none
    or it does not read (a report never fails on one bad grid)."""
    if not grid.strip():
        return None
    try:
        ref = parse_grid(grid)
    except GridReferenceError:
        return None
    return (ref.lat, ref.lon)


def places_near(store: Store, area: BBox) -> tuple[MapPlace, ...]:
    """The gazetteer's populated places in an area, the largest first (hills, streams and
    spots from an imported GeoNames file are left off a situation map)."""
    from cimicdesk.reports.map_image import MapPlace

    found = places_in(store, area, limit=MAX_PLACES)
    return tuple(MapPlace(p.name, p.lat, p.lon, p.population) for p in found if p.populated)


def map_source(store: Store, grids: Iterable[str]) -> MapSource | None:
    """Where the map of these grid references comes from; None when none has a position."""
    from cimicdesk.reports.map_image import fit_area

    area = fit_area(p for p in (position(g) for g in grids) if p is not None)
    if area is None:
        return None
    covering = map_files.map_covering(store.path, area)
    # Every usable overlay of the maps folder: which ones the Map page shows is a choice
    # of one window on one machine (its settings), while a report is the database's and
    # reads the same wherever, and however (window or command line), it is built.
    # Shapes outside the report's area are clipped away by the drawing.
    overlays = map_files.usable_overlays(store.path)
    return MapSource(covering.path if covering else None, places_near(store, area), overlays)
