"""Where a grid lies against the gazetteer ('12 km NE of Kaga-Bandoro'), the one lookup the
window's lists and the record sheets both print."""

from __future__ import annotations

from cimicdesk.domain.grid import GridReferenceError, parse_grid
from cimicdesk.domain.relative_place import relative_message
from cimicdesk.i18n.message import Message
from cimicdesk.store import places
from cimicdesk.store.database import Store


def grid_nearby(store: Store, grid: str) -> Message | None:
    """The grid told against its nearest place; None without a grid, a readable one, or a
    place near enough (no mission area, or none in reach)."""
    if not grid:
        return None
    try:
        ref = parse_grid(grid)
    except GridReferenceError:
        return None  # an odd stored text is shown as it is elsewhere; nothing to tell here
    found = places.relative_position(store, ref.lat, ref.lon)
    if found is None:
        return None
    return relative_message(found.distance_km, found.point, found.place.name)


def says_more_than(nearby: Message | None, place: str) -> bool:
    """Whether the description adds to the place text the officer wrote: 'at Bria' beside
    a place 'Bria' or 'Gobolo, Bria' says it twice ('2.7 km N of Bria' does not)."""
    if nearby is None:
        return False
    named = str(nearby.params.get("place", "")).casefold()
    return not (nearby.params.get("point") is None and named and named in place.casefold())
