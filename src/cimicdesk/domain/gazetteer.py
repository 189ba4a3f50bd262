"""Named places and where a position lies from them ('12 km NE of Kaga-Bandoro'), as data.

The rule reports follow to name a position by a place (relative_to): a position within
AT_KM of a place is *at* it, whatever its size (the record is in that village); otherwise
it is measured from the nearest *sizeable* place (SIZEABLE_POPULATION people or more, or a
capital or administrative seat) within SIZEABLE_KM, because a reader knows a town and not
a hamlet 500 m closer; with none that near, from the nearest populated place within
FAR_KM; beyond that, from nothing (None).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from cimicdesk.domain.geo import CompassPoint, LatLon, bearing_deg, compass_point, distance_m

AT_KM = 1.0
SIZEABLE_POPULATION = 1000
SIZEABLE_KM = 30.0
FAR_KM = 100.0
# GeoNames feature codes of a populated place that is a seat of government, sizeable
# whatever its recorded population (GeoNames often records none for a CAR sub-prefecture).
SEATS = frozenset({"PPLC", "PPLA", "PPLA2", "PPLA3", "PPLG"})


@dataclass(frozen=True, slots=True)
class Place:
    """A named place of the gazetteer.

    feature is GeoNames' class and code, 'P.PPL' (a populated place), 'T.HLL' (a hill),
    'H.STM' (a stream), 'S.AIRF' (an airfield)...; the built-in places are all 'P.PPL'.
    admin1 is GeoNames' first-level division code ('' when unknown)."""

    geonameid: int
    name: str
    lat: float
    lon: float
    country: str
    admin1: str = ""
    population: int = 0
    feature: str = "P.PPL"

    @property
    def populated(self) -> bool:
        return self.feature.startswith("P.")

    @property
    def sizeable(self) -> bool:
        code = self.feature.partition(".")[2]
        return self.populated and (self.population >= SIZEABLE_POPULATION or code in SEATS)


@dataclass(frozen=True, slots=True)
class RelativePosition:
    """distance_km and compass point from place to the position; point None means at the
    place (within AT_KM). The caller renders it ('12 km NE of X', 'at X')."""

    distance_km: float
    point: CompassPoint | None
    place: Place


def relative_to(lat: float, lon: float, candidates: Iterable[Place]) -> RelativePosition | None:
    """Where (lat, lon) lies from the place the module's rule chooses among candidates
    (populated places only count); None when none is within FAR_KM."""
    here = LatLon(lat, lon)
    measured = sorted(
        (distance_m(LatLon(p.lat, p.lon), here) / 1000.0, -p.population, p.geonameid, p)
        for p in candidates
        if p.populated
    )
    if not measured:
        return None
    nearest_km, *_, nearest = measured[0]
    if nearest_km <= AT_KM:
        return RelativePosition(nearest_km, None, nearest)
    chosen = next(
        ((km, p) for km, _, _, p in measured if p.sizeable and km <= SIZEABLE_KM),
        (nearest_km, nearest) if nearest_km <= FAR_KM else None,
    )
    if chosen is None:
        return None
    km, place = chosen
    bearing = bearing_deg(LatLon(place.lat, place.lon), here)
    return RelativePosition(km, compass_point(bearing), place)
