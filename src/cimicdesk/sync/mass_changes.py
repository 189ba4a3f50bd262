"""The brake on a file that would purge or overwrite many records of other units at once.

Before a batch is merged (and before the backup is taken), each file is measured
against the receiving database: how many records of units other than its sender it
would purge, tombstone, or overwrite with an edit made at the sender itself (a value the
file changes whose clock names the sender's replica). Edits the sender only relays (a
sector's file bringing its battalions' own edits to Force HQ) are not counted: they are
the ordinary weekly traffic. Changes the exchange rules refuse are not counted either:
they will not be applied. Above LIMIT the import is refused with MassChangesError,
nothing changed, until the officer allows it (the window asks; the command line needs
--allow-mass-changes).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from cimicdesk.domain.errors import CimicError
from cimicdesk.i18n.message import Message, msg, msg_n
from cimicdesk.store.encryption import sqlite3
from cimicdesk.sync.authority import Authority
from cimicdesk.sync.errors import joined
from cimicdesk.sync.manifest import Manifest
from cimicdesk.sync.merge import plan_row
from cimicdesk.sync.ownership import Owners
from cimicdesk.sync.tables import TABLES, SyncedTable
from cimicdesk.sync.units import UnitRegistry, unit_code
from cimicdesk.sync.validate import RowChecker

LIMIT = 20  # records of other units one file may purge or overwrite without asking


@dataclass(frozen=True)
class MassChange:
    """What one file would do to other units' records.

    Attributes: file (as offered), sender (its unit), units (owning unit -> records
    purged or overwritten, a record counted once with its parts), purged (how many of
    them the file purges or deletes).
    """

    file: Path
    sender: str
    units: dict[str, int] = field(default_factory=dict)
    purged: int = 0

    @property
    def count(self) -> int:
        return sum(self.units.values())

    def describe(self) -> Message:
        """'BANBAT1.cimic from BANBAT 1: 300 records (300 purged or deleted) of NEPBAT 2'."""
        owners = joined([msg("{unit} ({n})", unit=u, n=n) for u, n in sorted(self.units.items())])
        return msg_n(
            "{file} from {sender}: {n} record of other units, {purged} of them purged or "
            "deleted — {units}",
            "{file} from {sender}: {n} records of other units, {purged} of them purged or "
            "deleted — {units}",
            self.count,
            file=self.file.name,
            sender=self.sender,
            purged=self.purged,
            units=owners,
        )


class MassChangesError(CimicError):
    """Files that would purge or overwrite more than LIMIT records of other units; nothing
    was changed. Attributes: changes (MassChange per such file), limit."""

    def __init__(self, changes: list[MassChange], limit: int = LIMIT):
        self.changes = list(changes)
        self.limit = limit
        super().__init__(
            msg(
                "Import stopped: {files}. That is more than {limit} records of other units "
                "from one file. Nothing was changed. If it is intended, import again and "
                "allow it ({command}).",
                files=joined([c.describe() for c in self.changes]),
                limit=limit,
                command="cimicdesk import --allow-mass-changes",
            )
        )


def measure(
    conn: sqlite3.Connection,
    source: str,
    manifest: Manifest,
    units: UnitRegistry,
    file: Path,
    now: datetime,
) -> MassChange:
    """What the file attached as `source` would purge or overwrite of other units' records,
    merged into `main` as it is now (read only; `units` has learned this file)."""
    authority = Authority(units, manifest.unit_name)
    owners = Owners(conn)
    sender = unit_code(manifest.unit_name)
    found: dict[str, set[tuple[str, str]]] = {}
    purged: set[tuple[str, str]] = set()
    for table in TABLES:
        checker = RowChecker(table, now)
        for local, incoming in _differing(conn, source, table):
            owned = {owners.owner(table.name, local), owners.owner(table.name, incoming)}
            if all(unit_code(o) == sender for o in owned) or checker.problem(incoming):
                continue
            plan = plan_row(table, local, incoming)
            if not plan.touches or authority.refusal(table.name, owned, purge=plan.purge_arrives):
                continue
            destroys = plan.purged or plan.deleted
            if destroys or (plan.changed and plan.edited_at(manifest.replica_id)):
                # Counted by record: an entry purged with its participants is one.
                record = owners.record(table.name, local)
                other = next(o for o in sorted(owned) if unit_code(o) != sender)
                found.setdefault(other, set()).add(record)
                if destroys and record == (table.name, local["id"]):
                    purged.add(record)
    counted = {owner: len(records) for owner, records in found.items()}
    return MassChange(file, manifest.unit_name, counted, len(purged))


def _differing(
    conn: sqlite3.Connection, source: str, table: SyncedTable
) -> list[tuple[dict[str, Any], dict[str, Any]]]:
    """(stored row, incoming row) of every record in both whose clocks differ."""
    columns = table.columns
    listed = ", ".join(f'm."{c}"' for c in columns) + ", " + ", ".join(f'i."{c}"' for c in columns)
    # CROSS JOIN: SQLite keeps this order, the file's rows outer, each looked up in main
    # by id; never main's whole table scanned for the file's ids (whatever statistics a
    # file holds for the planner).
    rows = conn.execute(
        f"SELECT {listed} FROM {source}.{table.name} i CROSS JOIN main.{table.name} m "
        "ON m.id = i.id WHERE m.clock IS NOT i.clock"
    ).fetchall()
    width = len(columns)
    return [
        (
            dict(zip(columns, values[:width], strict=True)),
            dict(zip(columns, values[width:], strict=True)),
        )
        for values in rows
    ]
