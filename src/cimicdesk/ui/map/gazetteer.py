"""The built-in places for the map (store/places.py): in a box, by name, the mission area."""

from __future__ import annotations

from cimicdesk.domain.geo import BBox
from cimicdesk.store import places
from cimicdesk.store.database import Store
from cimicdesk.ui import i18n

WORLD = BBox(-180.0, -85.0, 180.0, 85.0)
AREA_PLACES = 2000  # the largest places of the mission area: their spread is its extent


def attribution() -> str:
    """The places' licence line, shown in a corner of the map (CC BY 4.0 asks for it)."""
    return i18n.message(places.PLACES_ATTRIBUTION)


def places_in(store: Store, box: BBox, *, limit: int) -> list[places.Place]:
    return places.places_in(store, box, limit=limit)


def suggest_places(store: Store, text: str, *, limit: int) -> list[places.Place]:
    return places.suggest_places(store, text, limit=limit)


def mission_area(store: Store) -> BBox | None:
    """The extent of the mission area's places (its countries, as the database keeps
    them), or None when no mission area is set."""
    if not places.mission_area(store):
        return None
    found = places.places_in(store, WORLD, limit=AREA_PLACES)
    if not found:
        return None
    lats = sorted(p.lat for p in found)
    lons = sorted(p.lon for p in found)
    return BBox(lons[0], lats[0], lons[-1], lats[-1]).expanded(0.1)
