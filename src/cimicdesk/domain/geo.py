"""Positions on the Earth: Web Mercator projection, distance, bearing and compass points.

The map (window and reports) draws in Web Mercator, the projection of every tile set a GIS
section exports (MBTiles, EPSG:3857), so tiles, places and records line up. World
coordinates here are normalised: x and y run from 0 to 1 across the whole world (x east,
y south, as tiles are numbered); a view at zoom z is that square scaled by 256 * 2**z pixels.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from enum import StrEnum

EARTH_RADIUS_M = 6_371_008.8  # mean radius (IUGG): distances in reports, not survey work
# Web Mercator stops short of the poles; tiles cover latitudes within this bound.
MAX_LATITUDE = 85.0511287798066
TILE_SIZE = 256


@dataclass(frozen=True, slots=True)
class LatLon:
    """A WGS84 position in decimal degrees."""

    lat: float
    lon: float


@dataclass(frozen=True, slots=True)
class BBox:
    """A latitude/longitude rectangle (west < east; no crossing of the antimeridian)."""

    west: float
    south: float
    east: float
    north: float

    def contains(self, lat: float, lon: float) -> bool:
        return self.south <= lat <= self.north and self.west <= lon <= self.east

    def expanded(self, degrees: float) -> BBox:
        """The box grown by a margin on every side, clamped to the world."""
        return BBox(
            max(-180.0, self.west - degrees),
            max(-90.0, self.south - degrees),
            min(180.0, self.east + degrees),
            min(90.0, self.north + degrees),
        )


def to_world(lat: float, lon: float) -> tuple[float, float]:
    """Project a position to normalised Web Mercator (x, y), each in [0, 1]."""
    lat = max(-MAX_LATITUDE, min(MAX_LATITUDE, lat))
    x = (lon + 180.0) / 360.0
    sin_lat = math.sin(math.radians(lat))
    y = 0.5 - math.log((1 + sin_lat) / (1 - sin_lat)) / (4 * math.pi)
    return x, y


def from_world(x: float, y: float) -> LatLon:
    """The position of a normalised Web Mercator point (inverse of to_world)."""
    lon = x * 360.0 - 180.0
    lat = math.degrees(math.atan(math.sinh(math.pi * (1 - 2 * y))))
    return LatLon(lat, lon)


def world_bbox(x0: float, y0: float, x1: float, y1: float) -> BBox:
    """The latitude/longitude box of a normalised world rectangle (any corner order)."""
    a, b = from_world(min(x0, x1), max(y0, y1)), from_world(max(x0, x1), min(y0, y1))
    return BBox(a.lon, a.lat, b.lon, b.lat)


def metres_per_world_unit(lat: float) -> float:
    """Ground metres per normalised world unit at a latitude (for scale bars)."""
    return 2 * math.pi * 6_378_137.0 * math.cos(math.radians(lat))


def distance_m(a: LatLon, b: LatLon) -> float:
    """Great-circle distance in metres (haversine)."""
    phi1, phi2 = math.radians(a.lat), math.radians(b.lat)
    dphi = phi2 - phi1
    dlmb = math.radians(b.lon - a.lon)
    h = math.sin(dphi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(dlmb / 2) ** 2
    return 2 * EARTH_RADIUS_M * math.asin(min(1.0, math.sqrt(h)))


def bearing_deg(a: LatLon, b: LatLon) -> float:
    """Initial bearing from a to b in degrees clockwise from true north, in [0, 360)."""
    phi1, phi2 = math.radians(a.lat), math.radians(b.lat)
    dlmb = math.radians(b.lon - a.lon)
    y = math.sin(dlmb) * math.cos(phi2)
    x = math.cos(phi1) * math.sin(phi2) - math.sin(phi1) * math.cos(phi2) * math.cos(dlmb)
    return math.degrees(math.atan2(y, x)) % 360.0


class CompassPoint(StrEnum):
    """The eight points reports use ('12 km NE of Kaga-Bandoro'); translated by the caller."""

    N = "N"
    NE = "NE"
    E = "E"
    SE = "SE"
    S = "S"
    SW = "SW"
    W = "W"
    NW = "NW"


def compass_point(bearing: float) -> CompassPoint:
    """The nearest of the eight compass points to a bearing in degrees."""
    points = list(CompassPoint)
    return points[round((bearing % 360.0) / 45.0) % 8]
