"""Rotation handover: the outgoing contingent exports and freezes its database; the
incoming one verifies the export, installs it on local disk and takes a new replica id.

A new replica id matters: two laptops writing under one id would make clocks that are
not unique, and the merge could no longer tell their edits apart (merge-design §7.6).

The unit's identity passes on by a vouch (sync/vouching.py): the handover export holds
a new signing key for the incoming contingent, vouched for by the outgoing key, which
the outgoing database then retires and forgets. The takeover installs that key as the
new database's own. A database taken over from an exchange export (no successor key in
it) gets a key of its own that no one vouched for: headquarters refuses its files until
it is enrolled again.
"""

from __future__ import annotations

import contextlib
import os
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from cimicdesk.domain.errors import CimicError, ReadOnlyDatabaseError
from cimicdesk.domain.timeutil import now_stamp, utc_now
from cimicdesk.i18n.message import Message, msg
from cimicdesk.paths import default_database
from cimicdesk.store import encryption, file_copies, map_files, map_index_sql, probes, unit_keys
from cimicdesk.store.database import Store, open_database, write_meta
from cimicdesk.store.encryption import sqlite3
from cimicdesk.store.work_folder import work_folder
from cimicdesk.sync import errors as why
from cimicdesk.sync import manifest as mf
from cimicdesk.sync import vouching
from cimicdesk.sync.errors import PackageRefusedError
from cimicdesk.sync.export import ExportResult, export_snapshot
from cimicdesk.sync.verify import verify_package

HANDED_OVER = "handed_over"
# write_brief(store, out, paper=..., now=...) -> path written: the caller passes
# cimicdesk.reports.commands.write_handover_brief (sync and reports are independent layers).
BriefWriter = Callable[..., Path]


@dataclass(frozen=True)
class HandoverResult:
    """What a handover wrote: the export, the brief (PDF), when it was handed over, and
    the map files copied beside the export (its maps folder, `<export>.maps/`)."""

    export: ExportResult
    brief: Path
    handed_over_at: str
    maps: tuple[Path, ...] = ()


@dataclass(frozen=True)
class Rotation:
    """One handover as the rotations table records it."""

    unit_name: str
    export_id: str
    handed_over_by: str
    handed_over_to: str
    handed_over_at: str
    outgoing_replica: str
    taken_over_by: str
    taken_over_at: str
    incoming_replica: str


def _name(text: str, missing: Message) -> str:
    """The officer's name as given; CimicError(missing) when none is."""
    if not (text or "").strip():
        raise CimicError(missing)
    return text.strip()


def hand_over(
    store: Store,
    out_dir: Path | str,
    *,
    handed_over_by: str,
    to: str,
    write_brief: BriefWriter,
    handover_passphrase: str,
    paper: str = "A4",
    now: datetime | None = None,
) -> HandoverResult:
    """Write the handover export and brief into `out_dir`, then make the database read-only.

    The export is sealed with `handover_passphrase` (sync/envelope.py), which the outgoing
    officer gives the incoming one apart from the file (never on the same stick).

    write_brief is cimicdesk.reports.commands.write_handover_brief (injected: the sync
    layer does not import the reports layer).

    The export is written and fsynced first, the brief next; only then is the database
    marked handed over (with synchronous=FULL, so the mark survives a power cut) and its
    signing key retired, its private halves overwritten (secure_delete) and the -wal
    emptied into the file: the outgoing database can no longer sign a unit file. Any
    failure before that leaves the database as it was.
    """
    if store.read_only_reason():
        raise ReadOnlyDatabaseError(store.read_only_reason())
    by = _name(handed_over_by, msg("Give the name of the officer handing over."))
    to = _name(to, msg("Give the name of the officer taking over."))
    now = now or utc_now()
    folder = Path(out_dir)
    folder.mkdir(parents=True, exist_ok=True)
    day = now.date().isoformat()
    store.db.execute("PRAGMA synchronous = FULL")
    try:
        export = export_snapshot(
            store,
            folder / f"{store.unit.code}-handover-{day}.cimic",
            overwrite=True,  # a retry after a failed brief writes a fresh snapshot
            purpose=mf.HANDOVER,
            handed_over_by=by,
            handed_over_to=to,
            handover_passphrase=handover_passphrase,
        )
        brief = write_brief(
            store, folder / f"{store.unit.code}-handover-brief-{day}.pdf", paper=paper, now=now
        )
        # The map files travel beside the export, in its own maps folder: the takeover
        # finds them there by the export's name (they are public basemaps, not sealed).
        maps = tuple(map_files.copy_maps(store.path, map_files.maps_folder(export.path)))
        at = now_stamp()
        store.db.execute("PRAGMA secure_delete = ON")
        with store.db.atomic():
            store.db.execute(
                "INSERT INTO rotations (unit_name, export_id, handed_over_by, handed_over_to, "
                "handed_over_at, outgoing_replica) VALUES (?, ?, ?, ?, ?, ?)",
                [store.unit.name, export.manifest.export_id, by, to, at, store.site_id],
            )
            write_meta(store.db, state=HANDED_OVER, handed_over_at=at, handed_over_to=to)
            unit_keys.forget_private_keys(store.db, at)
        store._state = HANDED_OVER  # Store reads _meta once; keep the open one in step
        with contextlib.suppress(sqlite3.Error):  # a reader may hold it: emptied at close
            store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        store.db.execute("PRAGMA secure_delete = OFF")
        store.db.execute("PRAGMA synchronous = NORMAL")
    return HandoverResult(export, brief, at, maps)


def take_over(
    export_file: Path | str,
    install_path: Path | str | None = None,
    *,
    taken_over_by: str,
    passphrase: str | encryption.DatabaseKey,
    handover_passphrase: str | None = None,
) -> Store:
    """Verify a (handover) export, install it at `install_path`, and open it as ours.

    install_path defaults to the default database location; an existing file is never
    overwritten. The installed database keeps the unit, gets a new replica id, is
    writable again, records the rotation, and is encrypted with the incoming officer's
    `passphrase` (or key); the plain work copy it was made from is destroyed. It signs
    with the successor key the handover export holds, once its vouch is checked
    (PackageRefusedError when it is not the outgoing key's); an export without one (an
    exchange export) gets a new key no one vouched for. The map files beside the export
    (its maps folder, written by hand_over) are checked and copied into the new database's
    maps folder. Returns the opened Store.
    """
    if isinstance(passphrase, str):
        problem = encryption.passphrase_problem(passphrase, passphrase)
        if problem is not None:
            raise CimicError(problem)
        key = encryption.new_key(passphrase)
    else:
        key = passphrase
    by = _name(taken_over_by, msg("Give the name of the officer taking over."))
    target = Path(install_path) if install_path else default_database()
    if target.exists() or Path(f"{target}-wal").exists():
        raise CimicError(
            msg(
                "{path} already exists: the takeover never overwrites a database. Choose "
                "another place for it.",
                path=str(target),
            )
        )
    target.parent.mkdir(parents=True, exist_ok=True)
    temp = target.parent / f".{target.name}.{uuid.uuid4().hex[:12]}.part"
    try:
        with work_folder(target, "takeover") as work:  # beside it, not in the system's temp
            package = verify_package(export_file, work, passphrase=handover_passphrase)
            try:
                _make_ours(package.copy, package.manifest, package.sha256, by, package.source)
                # The copy is under the payload's key (kept by verify_package), or plain
                # (a file of the version before sealing): re-keyed into the officer's.
                conn = encryption.connect(package.copy)
                try:
                    file_copies.copy_with_key(conn, temp, key)
                finally:
                    conn.close()
            finally:
                encryption.wipe_file(package.copy)  # never left on the disk
        os.replace(temp, target)
        encryption.remember(target, key)
    except BaseException:
        for leftover in (temp, Path(f"{temp}-journal")):
            with contextlib.suppress(OSError):
                leftover.unlink()
        raise
    # After the database is in place: a map that fails to copy costs a map, not the takeover
    # (the maps stay beside the export, to add from the Map page).
    with contextlib.suppress(map_files.MapFileError):
        map_files.copy_maps(export_file, map_files.maps_folder(target))
    return open_database(target)


def maps_left_beside(export_file: Path | str, database: Path | str) -> list[str]:
    """The usable maps and overlays beside a handover export that the database taken over
    from it does not hold (take_over skips one it cannot copy: the takeover says which)."""
    installed = {m.file_name for m in map_files.list_maps(database)}
    installed |= {o.file_name for o in map_files.list_overlays(database)}
    beside = [m.file_name for m in map_files.list_maps(export_file) if m.problem is None]
    beside += [o.file_name for o in map_files.list_overlays(export_file) if o.problem is None]
    return [name for name in beside if name not in installed]


def _make_ours(path: Path, found: mf.Manifest, sha256: str, by: str, source: Path) -> None:
    """New replica id, writable state, the rotation recorded, the unit's key installed;
    the manifest dropped."""
    conn = encryption.connect(path, isolation_level=None)
    try:
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("BEGIN")
        replica = str(uuid.uuid4())
        at = now_stamp()
        conn.execute(f"DROP TABLE {mf.TABLE}")
        _install_key(conn, found, source)
        if probes.has_table(conn, map_index_sql.INDEX):  # derived: never taken from a file
            map_index_sql.rebuild(conn)
        conn.execute(
            "DELETE FROM _meta WHERE key IN ('state', 'handed_over_at', 'handed_over_to', "
            "'last_export_id', 'last_export_at', 'last_export_path')"
        )
        conn.executemany(
            "INSERT OR REPLACE INTO _meta (key, value) VALUES (?, ?)",
            [("replica_id", replica), ("taken_over_at", at), ("taken_over_by", by)],
        )
        handover = found.purpose == mf.HANDOVER
        conn.execute(
            "INSERT INTO rotations (unit_name, export_id, handed_over_by, handed_over_to, "
            "handed_over_at, outgoing_replica, taken_over_by, taken_over_at, incoming_replica) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                found.unit_name,
                found.export_id,
                found.handed_over_by,
                found.handed_over_to,
                found.exported_at if handover else "",
                found.replica_id,
                by,
                at,
                replica,
            ],
        )
        conn.execute(
            "INSERT OR IGNORE INTO sync_log (export_id, source_unit, source_site, exported_at, "
            "imported_at, package_sha256, counts) VALUES (?, ?, ?, ?, ?, ?, ?)",
            [
                found.export_id,
                found.unit_name,
                found.replica_id,
                found.exported_at,
                at,
                sha256,
                "{}",
            ],
        )
        conn.execute("COMMIT")
    finally:
        conn.close()


def _install_key(conn: sqlite3.Connection, found: mf.Manifest, source: Path) -> None:
    """Keep the successor key the handover vouches for, or make a key of our own."""
    successor = unit_keys.active_key(conn)
    if successor is None:
        unit_keys.insert_keys(conn, unit_keys.new_keys(), now_stamp())
        return
    try:
        vouch = vouching.from_json(successor.vouch)
    except ValueError:
        vouch = None
    if (
        vouch is None
        or vouch.old_key != found.signer_key
        or vouch.new_key != successor.public_key
        or vouch.unit_name != found.unit_name
        or vouch.export_id != found.export_id
        or not vouch.verifies
    ):
        raise PackageRefusedError(
            why.BAD_VOUCH,
            source,
            msg(
                "{name}: the key it hands to the incoming contingent is not vouched for by the "
                "outgoing contingent's key: it was not made by {unit}'s handover. Nothing was "
                "installed.",
                name=source.name,
                unit=found.unit_name,
            ),
        )


def vouched(store: Store) -> bool:
    """Whether this database signs with a key its predecessor vouched for at a handover."""
    key = unit_keys.active_key(store.db)
    return key is not None and bool(key.vouch)


def rotations(store: Store) -> list[Rotation]:
    """Every handover recorded in this database, oldest first."""
    rows = store.db.conn.execute(
        "SELECT unit_name, export_id, handed_over_by, handed_over_to, handed_over_at, "
        "outgoing_replica, taken_over_by, taken_over_at, incoming_replica "
        "FROM rotations ORDER BY seq"
    ).fetchall()
    return [Rotation(*row) for row in rows]
