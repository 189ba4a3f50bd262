"""The built-in places for the map, through store/places.py when this build has it.

store/places.py (the gazetteer: places in a box, suggestions by prefix, the mission area)
comes with issue 17's spatial store; until it is there the map draws no places and
Go to place finds none, and everything else works.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from types import ModuleType
from typing import Any

from cimicdesk.domain.geo import BBox
from cimicdesk.store.database import Store

DEFAULT_ATTRIBUTION = "GeoNames, CC BY 4.0"


@dataclass(frozen=True, slots=True)
class PlaceHit:
    """A place found: its name, position and population (0 when unknown)."""

    name: str
    lat: float
    lon: float
    population: int


def _module() -> ModuleType | None:
    try:
        return importlib.import_module("cimicdesk.store.places")
    except ImportError:
        return None


def attribution() -> str:
    module = _module()
    return str(getattr(module, "PLACES_ATTRIBUTION", DEFAULT_ATTRIBUTION))


def _hits(found: Any) -> list[PlaceHit]:
    return [
        PlaceHit(str(p.name), float(p.lat), float(p.lon), int(getattr(p, "population", 0) or 0))
        for p in found
    ]


def places_in(store: Store, box: BBox, *, limit: int) -> list[PlaceHit]:
    module = _module()
    if module is None or not hasattr(module, "places_in"):
        return []
    return _hits(module.places_in(store, box, limit=limit))


def suggest_places(store: Store, text: str, *, limit: int) -> list[PlaceHit]:
    module = _module()
    if module is None or not hasattr(module, "suggest_places"):
        return []
    return _hits(module.suggest_places(store, text, limit=limit))


def mission_area(store: Store) -> BBox | None:
    """The mission area the database keeps, when the gazetteer knows one."""
    module = _module()
    for name in ("mission_bbox", "mission_area_bbox", "mission_area"):
        function = getattr(module, name, None)
        if callable(function):
            found = function(store)
            if isinstance(found, BBox):
                return found
            bbox = getattr(found, "bbox", None)
            if isinstance(bbox, BBox):
                return bbox
    return None
