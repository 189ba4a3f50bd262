"""The units a database knows, with the level and parent of each, learned from signed files.

The receiving database trusts three things (docs/exchange-rules.md):

* itself: its own unit, level and parent, set by its officer when it was created;
* what a unit says of itself in the manifest of a file it signed: its name, its level and
  the formation it reports to. A unit enrolled here (sync/enrolment.py) has the level it
  was enrolled at, whatever its files say; a level, once known here, is never raised by a
  later file (a battalion's key cannot make it a headquarters); a unit that sends its files here
  and ranks below this database, without naming another headquarters known here, is
  taken to report to this database (its parent name may be spelt otherwise);
* what a headquarters says of the units below it: its file carries its own known_units
  (the file is signed whole), and an entry is taken from it only for a unit whose chain
  of parents in that file leads to the sender, that ranks below the sender, and that
  this database has not heard of otherwise (a unit's own word, or an earlier
  headquarters' word, is never overridden).

Names are compared by their letters and digits only ('Sector West' = 'SECTOR-WEST').
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, replace

from cimicdesk.domain.enums import UnitLevel
from cimicdesk.domain.timeutil import now_stamp
from cimicdesk.store import probes
from cimicdesk.store.database import UnitInfo
from cimicdesk.store.encryption import sqlite3
from cimicdesk.sync import enrolment
from cimicdesk.sync.manifest import Manifest

TABLE = "known_units"
RANKS = {UnitLevel.BATTALION.value: 1, UnitLevel.SECTOR.value: 2, UnitLevel.FHQ.value: 3}
_LOWEST = 1
_DEEPEST = 8  # a chain of parents longer than this is a loop or a forgery: not followed


@functools.lru_cache(maxsize=1024)  # a few unit names, compared for every row merged
def unit_code(name: str) -> str:
    """A unit's name as compared: its letters and digits, upper case ('' for none)."""
    return "".join(ch for ch in (name or "").upper() if ch.isalnum())


def rank(level: str) -> int:
    """1 battalion, 2 sector HQ, 3 Force HQ; a level no program writes ranks lowest."""
    return RANKS.get(level, _LOWEST)


@dataclass(frozen=True)
class KnownUnit:
    """One unit as this database knows it.

    Attributes: name (as it signs), level, parent (the name of the formation it reports
    to, '' when not known), vouched_by (the code of the unit whose word this is: '' for
    the unit's own, this database's code when it sends its files here), export_id (of
    the file it was learned from).
    """

    name: str
    level: str
    parent: str = ""
    vouched_by: str = ""
    export_id: str = ""

    @property
    def code(self) -> str:
        return unit_code(self.name)


def read_units(conn: sqlite3.Connection, schema: str = "main") -> dict[str, KnownUnit]:
    """The known_units of a database or of an attached file ({} when it has none)."""
    if schema == "main":
        present = probes.has_table(conn, TABLE)
    else:
        found = conn.execute(
            f"SELECT 1 FROM {schema}.sqlite_master WHERE type = 'table' AND name = ?", [TABLE]
        ).fetchone()
        present = found is not None
    if not present:
        return {}
    rows = conn.execute(
        f"SELECT name, level, parent, vouched_by, export_id FROM {schema}.{TABLE}"
    ).fetchall()
    units = {}
    for name, level, parent, vouched_by, export_id in rows:
        if all(isinstance(v, str) for v in (name, level, parent, vouched_by, export_id)):
            unit = KnownUnit(name, level, parent, unit_code(vouched_by), export_id)
            if unit.code:
                units[unit.code] = unit
    return units


def enrolled_levels(conn: sqlite3.Connection) -> dict[str, str]:
    """The level each unit enrolled here was enrolled at, by code ({} before migration 008)."""
    if not probes.has_table(conn, enrolment.TABLE):
        return {}
    return {unit_code(u.unit_name): u.unit_level for u in enrolment.enrolled_units(conn)}


class UnitRegistry:
    """What the receiving database knows of the units, kept in memory during an import.

    Attributes: receiver (this database's UnitInfo), units (code -> KnownUnit),
    enrolled (code -> the level a unit was enrolled at here), changed (codes to write
    back by save).
    """

    def __init__(
        self,
        receiver: UnitInfo,
        units: dict[str, KnownUnit] | None = None,
        enrolled: dict[str, str] | None = None,
    ):
        self.receiver = receiver
        self.units = dict(units or {})
        self.enrolled = dict(enrolled or {})
        self.changed: set[str] = set()

    @classmethod
    def load(cls, conn: sqlite3.Connection, receiver: UnitInfo) -> UnitRegistry:
        return cls(receiver, read_units(conn), enrolled_levels(conn))

    @property
    def own_code(self) -> str:
        return unit_code(self.receiver.name)

    # --- what is known ---------------------------------------------------------------

    def rank_of(self, code: str) -> int:
        if code == self.own_code:
            return rank(self.receiver.level.value)
        known = self.units.get(code)
        return rank(known.level) if known else _LOWEST

    def parent_of(self, code: str) -> str:
        """The code of the formation a unit reports to, as known here ('' if unknown).

        This database's own parent is the one its officer set, when that names a unit
        known here or no headquarters has vouched for this database; otherwise the
        headquarters whose file listed this database under it."""
        if code == self.own_code:
            configured = unit_code(self.receiver.parent)
            vouched = self.units.get(code)
            if configured and (configured in self.units or vouched is None):
                return configured
            return unit_code(vouched.parent) if vouched else ""
        known = self.units.get(code)
        return unit_code(known.parent) if known else ""

    def chain(self, code: str) -> list[str]:
        """The codes of the formations above a unit, nearest first (loops cut)."""
        found: list[str] = []
        current = code
        for _ in range(_DEEPEST):
            current = self.parent_of(current)
            if not current or current == code or current in found:
                break
            found.append(current)
        return found

    def is_above(self, upper: str, lower: str) -> bool:
        """Whether unit `upper` is a headquarters above unit `lower` (codes): it is in
        lower's chain of parents and ranks above it."""
        if not upper or upper == lower:
            return False
        return upper in self.chain(lower) and self.rank_of(upper) > self.rank_of(lower)

    def name_of(self, code: str) -> str:
        if code == self.own_code:
            return self.receiver.name
        known = self.units.get(code)
        return known.name if known else code

    # --- learning from a file --------------------------------------------------------

    def learn(self, manifest: Manifest, vouched: dict[str, KnownUnit]) -> None:
        """What a signed file says: of its sender (the manifest), and of the units below
        it (`vouched`: the known_units inside the file)."""
        self._learn_sender(manifest)
        self._adopt(manifest, vouched)

    def _put(self, unit: KnownUnit) -> None:
        if self.units.get(unit.code) != unit:
            self.units[unit.code] = unit
            self.changed.add(unit.code)

    def _learn_sender(self, manifest: Manifest) -> None:
        code = unit_code(manifest.unit_name)
        if not code or code == self.own_code:
            return
        known = self.units.get(code)
        level = self.enrolled.get(code) or manifest.unit_level  # enrolment pins it
        level = level if level in RANKS else UnitLevel.BATTALION.value
        if known is not None and rank(known.level) < rank(level):
            level = known.level  # never raised by a later file
        declared = manifest.unit_parent.strip()
        named = unit_code(declared)
        if rank(level) < self.rank_of(self.own_code) and (
            not named or named == self.own_code or named not in self.units
        ):
            # It sends its files here and ranks below: this database is its headquarters.
            parent, vouched_by = self.receiver.name, self.own_code
        elif named:
            parent, vouched_by = declared, ""
        elif known is not None:
            parent, vouched_by = known.parent, known.vouched_by
        else:
            parent, vouched_by = "", ""
        self._put(KnownUnit(manifest.unit_name, level, parent, vouched_by, manifest.export_id))

    def _adopt(self, manifest: Manifest, vouched: dict[str, KnownUnit]) -> None:
        sender = unit_code(manifest.unit_name)
        if not sender or sender == self.own_code:
            return
        top = self.rank_of(sender)
        for code, entry in vouched.items():
            if code == sender or not _leads_to(vouched, code, sender):
                continue
            if rank(entry.level) >= top:
                continue
            known = self.units.get(code)
            if code == self.own_code:
                # This database, listed under the sender: its parent when its officer
                # named none, or named one no file has shown here.
                if unit_code(entry.parent) != sender:
                    continue
            elif known is not None and known.vouched_by != sender:
                continue  # a unit's own word, or another headquarters' earlier word
            self._put(replace(entry, vouched_by=sender, export_id=manifest.export_id))

    def save(self, conn: sqlite3.Connection) -> None:
        """Write what changed into the database's known_units (caller's transaction)."""
        stamp = now_stamp()
        for code in sorted(self.changed):
            unit = self.units[code]
            conn.execute(
                f"INSERT OR REPLACE INTO {TABLE} (code, name, level, parent, vouched_by, "
                "export_id, learned_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                [code, unit.name, unit.level, unit.parent, unit.vouched_by, unit.export_id, stamp],
            )
        self.changed.clear()


def _leads_to(units: dict[str, KnownUnit], code: str, target: str) -> bool:
    """Whether a unit's chain of parents, in `units`, reaches `target`."""
    seen = {code}
    current = code
    for _ in range(_DEEPEST):
        known = units.get(current)
        if known is None:
            return False
        current = unit_code(known.parent)
        if current == target:
            return True
        if not current or current in seen:
            return False
        seen.add(current)
    return False
