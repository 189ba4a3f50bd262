"""How values read on screen: grid references, times in Zulu."""

from __future__ import annotations

from functools import lru_cache

from cimicdesk.domain.grid import GridReferenceError, parse_grid
from cimicdesk.domain.timeutil import display_stamp, from_stamp
from cimicdesk.ui.i18n import texts


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


def moment_display(stamp: str) -> str:
    """A time in a list, its year always there, in the window's language: '7 Dec 2026
    01:32Z' ('7 déc. 2026 01:32Z'); '' for no time; a malformed stamp is shown raw."""
    if not stamp:
        return ""
    try:
        moment = from_stamp(stamp)
    except ValueError:
        return stamp
    return f"{texts().date(moment.date())} {moment:%H:%M}Z"
