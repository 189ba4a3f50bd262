"""Delta unit files, the receiving side: a delta is merged only on top of its base.

The database records each export it imported whole (applied_exports, beside sync_log):
its unit, the database that made it, and the change sequence it covered. A delta
(sync/delta.py) is refused before anything changes unless this database imported the
export it builds on (the same id, from the same unit and database, covering the sequence
the delta says), or an earlier file of the same batch is that export. So a delta cannot
be merged over a gap, another unit's export cannot stand as its base, and a replayed
delta is 'already imported' as any file is.

A later export of the same database does not stand for a missing base: after a restore
from backup the sender's change numbers start again from the backup's, so a later
number of the old timeline says nothing of the changes in the new one.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from cimicdesk.domain.timeutil import now_stamp
from cimicdesk.i18n.message import msg
from cimicdesk.store import probes
from cimicdesk.store.encryption import sqlite3
from cimicdesk.sync.errors import PackageRefusedError
from cimicdesk.sync.manifest import Manifest
from cimicdesk.sync.verify import VerifiedPackage

MISSING_BASE = "missing_base"  # a delta whose base export was not imported here
WRONG_BASE = "wrong_base"  # a delta that says its base covered what it did not


@dataclass(frozen=True)
class _Applied:
    export_id: str
    unit_name: str
    replica_id: str
    seq: int | None


def refuse_missing_bases(
    conn: sqlite3.Connection, packages: Iterable[VerifiedPackage], skipped: set[str]
) -> None:
    """PackageRefusedError for the first delta of the batch whose base is not here (nor
    earlier in the batch); `skipped`: export ids already imported, which change nothing."""
    batch: list[_Applied] = []
    for package in packages:
        found = package.manifest
        if found.is_delta and found.export_id not in skipped:
            _check(conn, package, batch)
        batch.append(_applied_of(found))


def _applied_of(found: Manifest) -> _Applied:
    return _Applied(found.export_id, found.unit_name, found.replica_id, found.covered_seq)


def _imported(conn: sqlite3.Connection, unit: str, replica: str) -> list[_Applied]:
    """The exports of that unit's database imported here, with the sequence each covered
    (None: a file of the format before deltas)."""
    tracked = probes.has_table(conn, "applied_exports")
    join = "LEFT JOIN applied_exports a ON a.export_id = s.export_id" if tracked else ""
    seq = "a.seq" if tracked else "NULL"
    rows = conn.execute(
        f"SELECT s.export_id, {seq} FROM sync_log s {join} "
        "WHERE s.source_unit = ? AND s.source_site = ?",
        [unit, replica],
    ).fetchall()
    return [_Applied(r[0], unit, replica, r[1]) for r in rows]


def _check(conn: sqlite3.Connection, package: VerifiedPackage, batch: list[_Applied]) -> None:
    found = package.manifest
    replica = found.base_replica_id
    candidates = _imported(conn, found.unit_name, replica) + [
        a for a in batch if a.unit_name == found.unit_name and a.replica_id == replica
    ]
    for applied in candidates:
        if applied.export_id == found.base_export_id:
            if applied.seq is not None and applied.seq != found.base_seq:
                raise PackageRefusedError(
                    WRONG_BASE,
                    package.source,
                    msg(
                        "{name} says it builds on the export {base} of {unit}, but that "
                        "export, imported here, covered other changes: the file does not "
                        "build on it. Ask {unit} for a full unit file (an export that is "
                        "not a delta). Nothing was changed.",
                        name=package.source.name,
                        base=found.base_export_id,
                        unit=found.unit_name,
                    ),
                )
            return
    raise PackageRefusedError(
        MISSING_BASE,
        package.source,
        msg(
            "{name} is a delta: it holds only what {unit} changed since its export {base}, "
            "which this database has not imported. Ask {unit} for a full unit file (an "
            "export that is not a delta), or import the missing export first. Nothing was "
            "changed.",
            name=package.source.name,
            unit=found.unit_name,
            base=found.base_export_id,
        ),
    )


def record_applied(conn: sqlite3.Connection, found: Manifest) -> None:
    """Note that the export was imported whole, with the sequence it covered (inside the
    import's transaction)."""
    if not probes.has_table(conn, "applied_exports"):
        return
    conn.execute(
        "INSERT OR REPLACE INTO applied_exports (export_id, unit_name, replica_id, kind, seq, "
        "base_export_id, applied_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
        [
            found.export_id,
            found.unit_name,
            found.replica_id,
            found.kind,
            found.covered_seq,
            found.base_export_id,
            now_stamp(),
        ],
    )
