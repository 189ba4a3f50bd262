"""Where a list row's grid lies against the gazetteer ('12 km NE of Kaga-Bandoro'), looked up
once per grid and kept: a list asks for each visible row every time it paints."""

from __future__ import annotations

from cimicdesk.i18n.message import Message
from cimicdesk.reports.place_text import grid_nearby, says_more_than
from cimicdesk.store.database import Store
from cimicdesk.ui.i18n import message

MAX_KEPT = 5_000  # grids remembered; a list shows a few hundred rows at a time


class NearbyPlaces:
    """The description of each grid asked for, in the window's language ('' for none)."""

    def __init__(self, store: Store):
        self.store = store
        self._known: dict[str, Message | None] = {}

    def describe(self, grid: str, place: str = "") -> str:
        """'12 km NE of Kaga-Bandoro'; '' without a grid, a place in reach, or when it
        would only repeat the place text ('at Bria' beside 'Bria')."""
        if not grid:
            return ""
        if grid not in self._known:
            if len(self._known) >= MAX_KEPT:
                self._known.clear()
            self._known[grid] = grid_nearby(self.store, grid)
        nearby = self._known[grid]
        return message(nearby) if says_more_than(nearby, place) else ""

    def forget(self) -> None:
        """Look every grid up again (places imported, the mission area changed)."""
        self._known.clear()
