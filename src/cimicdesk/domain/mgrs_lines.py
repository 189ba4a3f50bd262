"""MGRS grid lines in a latitude/longitude box: 100 km squares, 10 km and 1 km lines.

A grid line is a line of constant UTM easting or northing inside one UTM zone: on the
Web Mercator map it is slightly curved, so each line is sampled as a polyline. Zone
boundaries (meridians every 6°) are lines too: the 100 km squares stop there. The
conversions are the `mgrs` package's (UTM <-> MGRS <-> latitude/longitude), as every
grid reference in the program; the Norway and Svalbard zone exceptions are not drawn.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from enum import StrEnum

import mgrs

from cimicdesk.domain.geo import BBox, LatLon

_CONVERTER = mgrs.MGRS()
SPACINGS_M = (100_000, 10_000, 1_000)
# UTM is defined between 80°S and 84°N; the MGRS library refuses eastings outside this.
MIN_LAT, MAX_LAT = -80.0, 84.0
MIN_EASTING, MAX_EASTING = 100_000.0, 899_999.0
SOUTH_FALSE_NORTHING = 10_000_000.0
MAX_LINES = 400  # a box needing more lines than this at a spacing gets none (zoom in)
SAMPLES = 24  # points per line: the curvature of a line across one view is gentle


class LineKind(StrEnum):
    """What a grid line follows: a constant easting, a constant northing, a zone edge."""

    EASTING = "easting"
    NORTHING = "northing"
    ZONE = "zone"


@dataclass(frozen=True, slots=True)
class GridLine:
    """One drawn grid line: what it follows, its value in metres (or the zone number for a
    zone edge), the spacing it belongs to and its points in order."""

    kind: LineKind
    value: int
    spacing_m: int
    points: tuple[LatLon, ...]


def zone_of(lon: float) -> int:
    """The UTM zone number (1–60) of a longitude."""
    return min(60, max(1, math.floor((lon + 180.0) / 6.0) + 1))


def zone_west(zone: int) -> float:
    return -180.0 + 6.0 * (zone - 1)


def to_utm(lat: float, lon: float, zone: int) -> tuple[float, float]:
    """Easting and northing of a position in a given zone (lon must lie in that zone)."""
    west = zone_west(zone)
    # The MGRS library picks the zone from the longitude: keep it strictly inside.
    lon = min(max(lon, west + 1e-7), west + 6.0 - 1e-7)
    text = _CONVERTER.toMGRS(lat, lon, MGRSPrecision=5)
    _zone, hemisphere, easting, northing = _CONVERTER.MGRSToUTM(text)
    if hemisphere == "S":
        northing -= SOUTH_FALSE_NORTHING
    return easting - 0.5, northing - 0.5  # the library gives the 1 m cell's centre


def from_utm(zone: int, easting: float, northing: float) -> LatLon:
    """The position of a UTM point (northing negative south of the equator)."""
    hemisphere = "N" if northing >= 0 else "S"
    stored = northing if northing >= 0 else northing + SOUTH_FALSE_NORTHING
    easting = min(max(easting, MIN_EASTING), MAX_EASTING)
    text = _CONVERTER.UTMToMGRS(zone, hemisphere, easting, stored, 5)
    lat, lon = _CONVERTER.toLatLon(text)
    return LatLon(lat, lon)


def spacings_for(metres_per_pixel: float) -> tuple[int, ...]:
    """The spacings drawn at a ground resolution: 100 km always; 10 km once its lines are
    at least 40 px apart; 1 km likewise."""
    return tuple(s for s in SPACINGS_M if s == 100_000 or s / metres_per_pixel >= 40)


def grid_lines(box: BBox, spacing_m: int) -> list[GridLine]:
    """Every grid line of one spacing crossing the box (with the zone edges for 100 km),
    clipped to the box and to each line's zone. Empty when the box would need more than
    MAX_LINES lines at that spacing."""
    south, north = max(box.south, MIN_LAT), min(box.north, MAX_LAT)
    if south >= north or box.west >= box.east:
        return []
    lines: list[GridLine] = []
    for zone in range(zone_of(box.west), zone_of(min(box.east, 179.9999999)) + 1):
        west = max(box.west, zone_west(zone))
        east = min(box.east, zone_west(zone) + 6.0)
        if west >= east:
            continue
        if spacing_m == SPACINGS_M[0] and zone_west(zone) > box.west:
            points = (LatLon(south, zone_west(zone)), LatLon(north, zone_west(zone)))
            lines.append(GridLine(LineKind.ZONE, zone, spacing_m, points))
        for part_south, part_north in _hemispheres(south, north):
            part = BBox(west, part_south, east, part_north)
            found = _zone_lines(zone, part, spacing_m)
            if found is None:
                return []
            lines.extend(found)
    return lines


def _hemispheres(south: float, north: float) -> list[tuple[float, float]]:
    """The box's latitudes cut at the equator (northings restart there)."""
    if south < 0 < north:
        return [(south, 0.0), (0.0, north)]
    return [(south, north)]


def _zone_lines(zone: int, part: BBox, spacing: int) -> list[GridLine] | None:
    """The lines of one zone inside a box that lies in that zone and one hemisphere."""
    edge = [
        to_utm(lat, lon, zone)
        for i in range(5)
        for lat, lon in (
            (part.south + (part.north - part.south) * i / 4, part.west),
            (part.south + (part.north - part.south) * i / 4, part.east),
            (part.south, part.west + (part.east - part.west) * i / 4),
            (part.north, part.west + (part.east - part.west) * i / 4),
        )
    ]
    e_min, e_max = min(e for e, _ in edge), max(e for e, _ in edge)
    n_min, n_max = min(n for _, n in edge), max(n for _, n in edge)
    eastings = _multiples(max(e_min, MIN_EASTING), min(e_max, MAX_EASTING), spacing)
    northings = _multiples(n_min, n_max, spacing)
    if len(eastings) + len(northings) > MAX_LINES:
        return None
    lines: list[GridLine] = []
    for easting in eastings:
        samples = [
            from_utm(zone, easting, n_min + (n_max - n_min) * i / (SAMPLES - 1))
            for i in range(SAMPLES)
        ]
        lines.extend(_clipped(LineKind.EASTING, easting, spacing, samples, part))
    for northing in northings:
        low, high = max(e_min, MIN_EASTING), min(e_max, MAX_EASTING)
        samples = [
            from_utm(zone, low + (high - low) * i / (SAMPLES - 1), northing) for i in range(SAMPLES)
        ]
        lines.extend(_clipped(LineKind.NORTHING, northing, spacing, samples, part))
    return lines


def _multiples(low: float, high: float, spacing: int) -> list[int]:
    first = math.ceil(low / spacing) * spacing
    return list(range(int(first), math.floor(high) + 1, spacing)) if high >= first else []


def _clipped(
    kind: LineKind, value: int, spacing: int, samples: list[LatLon], part: BBox
) -> list[GridLine]:
    """The runs of samples inside the part of the box (one line each), each run carried
    on to where it meets the box's edge (a line then reaches the zone edge)."""
    runs: list[list[LatLon]] = [[]]
    previous: LatLon | None = None
    for point in samples:
        if _inside(point, part):
            if not runs[-1] and previous is not None:
                runs[-1].append(_edge(point, previous, part))
            runs[-1].append(point)
        elif runs[-1]:
            runs[-1].append(_edge(runs[-1][-1], point, part))
            runs.append([])
        previous = point
    return [GridLine(kind, value, spacing, tuple(run)) for run in runs if len(run) >= 2]


def _inside(point: LatLon, part: BBox) -> bool:
    tolerance = 1e-9
    return (
        part.west - tolerance <= point.lon <= part.east + tolerance
        and part.south - tolerance <= point.lat <= part.north + tolerance
    )


def _edge(inside: LatLon, outside: LatLon, part: BBox) -> LatLon:
    """Where the straight step from a point inside to one outside leaves the box."""
    t = 1.0
    d_lon, d_lat = outside.lon - inside.lon, outside.lat - inside.lat
    for delta, start, low, high in (
        (d_lon, inside.lon, part.west, part.east),
        (d_lat, inside.lat, part.south, part.north),
    ):
        if delta > 0:
            t = min(t, (high - start) / delta)
        elif delta < 0:
            t = min(t, (low - start) / delta)
    t = max(0.0, t)
    return LatLon(inside.lat + d_lat * t, inside.lon + d_lon * t)
