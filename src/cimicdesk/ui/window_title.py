"""The main window's title: its parts joined once, the program's name last and only once."""

from __future__ import annotations

from collections.abc import Iterable

SEPARATOR = " — "
# The application's display name (app.py sets it): Qt appends it to a title not ending with it.
PROGRAM = "CIMIC Desk"


def compose(parts: Iterable[str]) -> str:
    """Non-empty parts, trimmed of spaces and '·', joined by ' — ', the program's name last.

    The title ends with PROGRAM, the application's display name, so Qt (which appends that
    name to a title that does not end with it) never shows it twice.
    """
    cleaned = [" ".join(part.strip(" ·").split()) for part in parts]
    name = PROGRAM
    return SEPARATOR.join([part for part in cleaned if part and part != name] + [name])
