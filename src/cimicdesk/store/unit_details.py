"""The unit's parent formation, recorded after the database was created (init --parent
records it at creation; the dashboard's first steps ask for it when it was left out)."""

from __future__ import annotations

from dataclasses import replace

from cimicdesk.domain.errors import CimicError, ReadOnlyDatabaseError
from cimicdesk.i18n.message import msg
from cimicdesk.store.database import Store, UnitInfo, write_meta

MAX_PARENT_CHARS = 120


def set_parent(store: Store, parent: str) -> UnitInfo:
    """Record the formation the unit reports to ('' clears it); the unit as it now reads.
    Refused, with nothing written, on a read-only database or a name too long."""
    if store.read_only_reason():
        raise ReadOnlyDatabaseError(store.read_only_reason())
    parent = " ".join(parent.split())
    if len(parent) > MAX_PARENT_CHARS:
        raise CimicError(
            msg(
                "The parent formation's name is too long: at most {count} characters.",
                count=MAX_PARENT_CHARS,
            )
        )
    with store.db.atomic():
        write_meta(store.db, unit_parent=parent)
    store.unit = replace(store.unit, parent=parent)
    return store.unit
