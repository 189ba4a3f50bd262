"""Which unit owns a synced row: its own origin unit, or the owner of the record it is part of.

A record's unit is the one that created it (origin_unit, a column the merge never
changes once a row is stored). The parts of a record belong to the record's unit,
whoever added them: a liaison entry's participants and follow-up actions, a QIP's
tranches, visits and status changes, an incident's links, a community assessment's sector
ratings, infrastructure and recommended actions, the photos of any of them. So a sister
battalion cannot change a QIP by adding a tranche to it, nor an assessment by rating a
sector of it.
"""

from __future__ import annotations

from typing import Any

from cimicdesk.store.attachments import OWNER_TABLES
from cimicdesk.store.encryption import sqlite3

# Part tables: (column naming the record it is part of, that record's table).
PARTS: dict[str, tuple[str, str]] = {
    "liaison_participants": ("entry_id", "liaison_entries"),
    "follow_up_actions": ("entry_id", "liaison_entries"),
    "qip_tranches": ("qip_id", "qips"),
    "qip_visits": ("qip_id", "qips"),
    "qip_transitions": ("qip_id", "qips"),
    "incident_liaison_links": ("incident_id", "incidents"),
    "assessment_sectors": ("assessment_id", "assessments"),
    "assessment_infrastructure": ("assessment_id", "assessments"),
    "assessment_actions": ("assessment_id", "assessments"),
}
_DEEPEST = 4
# The tables a part or a photo may point to (never a name from a file put into SQL as is).
_WHOLES = frozenset({*PARTS, *(t for _, t in PARTS.values()), *OWNER_TABLES})


class Owners:
    """Finds the owning unit of rows against the receiving database (`main`).

    Attributes: conn, cache ((table, id) -> owning unit of a stored record).
    """

    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn
        self.cache: dict[tuple[str, str], str] = {}

    def owner(self, table: str, row: dict[str, Any], depth: int = 0) -> str:
        """The unit that owns a row (stored or incoming): its record's origin unit."""
        whole = self._whole(table, row)
        if whole is None or depth >= _DEEPEST:
            return str(row.get("origin_unit") or "")
        if whole not in self.cache:
            stored = self._stored(*whole)
            if stored is None:  # not here (yet): the row's own word, not kept
                return str(row.get("origin_unit") or "")
            self.cache[whole] = self.owner(whole[0], stored, depth + 1)
        return self.cache[whole]

    def record(self, table: str, row: dict[str, Any], depth: int = 0) -> tuple[str, str]:
        """The (table, id) of the whole record a row is, or is part of (a participant:
        its liaison entry; a photo of a visit: the QIP)."""
        whole = self._whole(table, row)
        if whole is None or depth >= _DEEPEST:
            return table, str(row.get("id", ""))
        stored = self._stored(*whole)
        return whole if stored is None else self.record(whole[0], stored, depth + 1)

    def _whole(self, table: str, row: dict[str, Any]) -> tuple[str, str] | None:
        """The (table, id) of the record a part row belongs to; None for a whole record."""
        if table == "attachments":
            owner_table, owner_id = row.get("owner_table"), row.get("owner_id")
            if isinstance(owner_table, str) and isinstance(owner_id, str) and owner_id:
                return owner_table, owner_id
            return None
        part = PARTS.get(table)
        if part is None or not isinstance(row.get(part[0]), str):
            return None
        return part[1], row[part[0]]

    def _stored(self, table: str, row_id: str) -> dict[str, Any] | None:
        if table not in _WHOLES:
            return None
        cursor = self.conn.execute(f"SELECT * FROM main.{table} WHERE id = ?", [row_id])
        found = cursor.fetchone()
        if found is None:
            return None
        return dict(zip([d[0] for d in cursor.description], found, strict=True))
