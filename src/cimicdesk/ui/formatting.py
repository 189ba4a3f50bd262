"""How values read on screen: grid references, times in Zulu."""

from __future__ import annotations

from functools import lru_cache

from cimicdesk.domain.grid import GridReferenceError, parse_grid
from cimicdesk.domain.timeutil import display_stamp


@lru_cache(maxsize=4096)
def grid_display(text: str) -> str:
    """A stored grid as officers write it ('33P TM 12345 67890'); odd text shown as it is."""
    if not text:
        return ""
    try:
        return parse_grid(text).display
    except GridReferenceError:
        return text


def stamp_display(stamp: str) -> str:
    """'2026-11-25 09:30Z', or '' for no time; a malformed stamp is shown raw."""
    try:
        return display_stamp(stamp)
    except ValueError:
        return stamp


def date_part(stamp: str) -> str:
    """The YYYY-MM-DD of a stamp (lists show the day of the last contact)."""
    return stamp[:10] if stamp else ""
