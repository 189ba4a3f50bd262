"""Gazetteer places for tests: a few towns of the Central African Republic put in the
database as an imported file puts them, and a position a given distance and bearing away."""

from __future__ import annotations

import math

from cimicdesk.domain.gazetteer import Place
from cimicdesk.domain.geo import EARTH_RADIUS_M, LatLon
from cimicdesk.store import places

KAGA_BANDORO = Place(2386043, "Kaga-Bandoro", 6.98961, 19.18744, "CF", "07", 24661, "P.PPLA")
BAMBARI = Place(2389853, "Bambari", 5.76795, 20.67565, "CF", "06", 41356, "P.PPLA")
BRIA = Place(240210, "Bria", 6.5423, 21.98631, "CF", "09", 43322, "P.PPLA")
KAGABO = Place(9000001, "Kagabo", 6.5, 19.0, "CF", "07", 0, "P.PPL")


def add_places(store, *added: Place) -> None:
    """Put these places in the database's gazetteer, with their index."""
    with store.db.atomic():
        store.db.conn.executemany(
            places.INSERT_SQL.format(verb=""),
            [
                (
                    p.geonameid,
                    p.name,
                    p.name,
                    places.name_key(p.name),
                    places.name_key(p.name),
                    p.lat,
                    p.lon,
                    p.country,
                    p.admin1,
                    p.population,
                    p.feature,
                    "test",
                )
                for p in added
            ],
        )
        places.reindex(store.db.conn)


def moved(place: Place, km: float, bearing: float) -> LatLon:
    """The position `km` from a place on `bearing` degrees (great circle)."""
    d = km * 1000 / EARTH_RADIUS_M
    phi1, lmb1, theta = math.radians(place.lat), math.radians(place.lon), math.radians(bearing)
    phi2 = math.asin(math.sin(phi1) * math.cos(d) + math.cos(phi1) * math.sin(d) * math.cos(theta))
    lmb2 = lmb1 + math.atan2(
        math.sin(theta) * math.sin(d) * math.cos(phi1),
        math.cos(d) - math.sin(phi1) * math.sin(phi2),
    )
    return LatLon(math.degrees(phi2), math.degrees(lmb2))
