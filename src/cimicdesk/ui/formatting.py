"""How values read on screen: grid references, times in Zulu, counts."""

from __future__ import annotations

from functools import lru_cache

from cimicdesk.domain.grid import GridReferenceError, parse_grid
from cimicdesk.domain.timeutil import display_stamp
from cimicdesk.ui.i18n import is_singular, number


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


def plural(count: int, one: str, many: str | None = None) -> str:
    """'1 contact', '3 contacts', '12,400 liaison entries' — in French '0 contact',
    '12 400 entrées'. Give the words already translated: plural(n, tr("contact"),
    tr("contacts"))."""
    word = one if is_singular(count) else (many or one + "s")
    return f"{number(count)} {word}"
