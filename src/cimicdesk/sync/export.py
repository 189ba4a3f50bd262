"""Export: a consistent, checked snapshot of the database with its manifest, written whole.

The snapshot is `VACUUM INTO` a new temporary file beside the target (a single
rollback-journal file, header bytes 18-19 = 1,1, consistent even while another
connection writes). In the snapshot the unit's private keys are then removed, with
secure_delete on and the rollback journal kept in memory, so their bytes are neither
left in the file's free space nor written to a journal beside it: an exchange export
keeps no key at all, a handover export only the successor's (sync/vouching.py). The
manifest, signed with the unit's key, is added inside it, the file is fsynced, passes
`PRAGMA integrity_check`, and only then is renamed to its final name.

A delta (`since=`, sync/delta.py) is written instead of the snapshot: the same schema
with only the rows changed since an export this database made; its manifest names that
export, and it is signed, sealed and checked the same way. Every exchange export notes
the change sequence it covered (export_log), so a later delta can build on it. A failure at
any step leaves no file under that name. The open Store's own connection is not used
(only its path), so an export may run on another thread than the one that opened it.
"""

from __future__ import annotations

import contextlib
import os
import time
import uuid
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from cimicdesk import __version__
from cimicdesk.domain.errors import CimicError
from cimicdesk.domain.timeutil import now_stamp, utc_now
from cimicdesk.i18n.message import msg
from cimicdesk.store import encryption, file_copies, probes, unit_keys
from cimicdesk.store.database import MANIFEST_TABLE, Store, read_meta
from cimicdesk.store.durable import fsync_folder
from cimicdesk.store.encryption import sqlite3
from cimicdesk.store.schema import change_trigger_names
from cimicdesk.sync import change_log, delta, envelope, vouching
from cimicdesk.sync import manifest as mf
from cimicdesk.sync import recipients as recipient_list
from cimicdesk.sync.manifest import Manifest

SUFFIX = ".cimic"
_BUSY_MS = 30_000


@dataclass(frozen=True)
class ExportResult:
    """An export written: where, what its manifest says, its size, how long it took."""

    path: Path
    manifest: Manifest
    size: int
    seconds: float


def default_export_name(store: Store, today: date | None = None) -> str:
    """'BANBAT1-2026-W47.cimic': the unit's code and the ISO week of the export."""
    year, week, _ = (today or utc_now().date()).isocalendar()
    return f"{store.unit.code}-{year}-W{week:02d}{SUFFIX}"


def export_snapshot(
    store: Store,
    out: Path | str,
    *,
    overwrite: bool = False,
    purpose: str = mf.EXCHANGE,
    handed_over_by: str = "",
    handed_over_to: str = "",
    recipients: list[envelope.Recipient] | None = None,
    handover_passphrase: str | None = None,
    since: str | None = None,
) -> ExportResult:
    """Write a snapshot of the store's database, with its manifest, to `out`, sealed.

    An exchange export is sealed for `recipients` (by default the headquarters enrolled
    here, sync/recipients.py; NoHeadquartersError when there is none); a handover export
    with `handover_passphrase`, which the outgoing officer gives the incoming one.
    Refuses (CimicError) to write over the database itself, into a folder, or over an
    existing file unless overwrite=True. Records the export in the database's _meta
    (see last_export).

    The snapshot is an SQLCipher file under a random key from its first byte (the key
    is wrapped in the envelope, sync/envelope.py): no plain copy is ever on the disk.

    `since`: write a delta (exchange only) that builds on the export of that id made
    here, or on the latest one when `since` is LAST; CimicError when there is none.
    """
    began = time.perf_counter()
    out = Path(out)
    _check_target(store, out, overwrite)
    if purpose == mf.HANDOVER:
        phrase = handover_passphrase or ""
        problem = encryption.passphrase_problem(phrase, phrase)
        if problem is not None:
            raise CimicError(problem)
    elif recipients is None:
        recipients = recipient_list.recipients_for(store)
    base = _base(store, since) if since is not None and purpose == mf.EXCHANGE else None
    key = encryption.random_key()
    temp = out.parent / f".{out.name}.{uuid.uuid4().hex[:12]}.part"
    sealed = temp.with_name(temp.name + ".sealed")
    try:
        covered = None
        if base is not None:
            covered = delta.write_delta(Path(store.path), temp, key, base)
        else:
            _vacuum_into(store.path, temp, key)
        written = _add_manifest(
            temp, key, Path(store.path).name, purpose, handed_over_by, handed_over_to, base, covered
        )
        _fsync(temp)
        _check_snapshot(temp, key)
        if purpose == mf.HANDOVER:
            envelope.seal_with_passphrase(temp, key, sealed, handover_passphrase or "")
        else:
            envelope.seal_for_recipients(temp, key, sealed, recipients or [])
        os.replace(sealed, out)
        fsync_folder(out.parent)
    except BaseException:
        with contextlib.suppress(OSError):
            sealed.unlink()
        raise
    finally:
        for leftover in (temp, Path(f"{temp}-journal")):
            with contextlib.suppress(OSError):
                leftover.unlink()
    _record_export(store.path, written, out)
    return ExportResult(out, written, out.stat().st_size, time.perf_counter() - began)


LAST = "last"  # since=LAST: the delta builds on the latest export made here


def _base(store: Store, since: str) -> delta.Base:
    conn = store.db.conn
    if since == LAST:
        found = delta.last_base(conn)
        if found is None:
            raise delta.no_base_message()
        return found
    return delta.base_named(conn, since)


def _check_target(store: Store, out: Path, overwrite: bool) -> None:
    if store.db[MANIFEST_TABLE].exists():
        # A unit file opened as a database (read-only): its snapshot already has a manifest.
        raise CimicError(
            msg(
                "{name} is a unit file, a snapshot made to be sent to headquarters: it cannot "
                "be exported again. Import it into your database and export that. Nothing "
                "was written.",
                name=Path(store.path).name,
            )
        )
    unit_keys.require_active_key(store.db, Path(store.path).name)  # handed over: no key
    if out.is_dir():
        raise CimicError(
            msg("{path} is a folder: give the name of the export file to write.", path=str(out))
        )
    if out.exists():
        if out.resolve() == Path(store.path).resolve():
            raise CimicError(
                msg(
                    "{name} is the database itself: choose another name for the export.",
                    name=out.name,
                )
            )
        if not overwrite:
            raise CimicError(
                msg(
                    "{path} already exists: choose another name, or allow replacing it.",
                    path=str(out),
                )
            )
    if not out.parent.is_dir():
        raise CimicError(msg("The folder {path} does not exist.", path=str(out.parent)))


def _vacuum_into(source: Path, target: Path, key: encryption.DatabaseKey) -> None:
    """A consistent copy of the database as it is now; another writer may go on writing.

    The copy is written by sqlcipher_export in one read transaction (so it is consistent)
    into a new file encrypted with the unit file's own random `key`.
    """
    conn = encryption.connect(source, timeout=_BUSY_MS / 1000)
    try:
        conn.execute(f"PRAGMA busy_timeout = {_BUSY_MS}")
        file_copies.copy_with_key(conn, target, key)
    finally:
        conn.close()


def _add_manifest(
    path: Path,
    key: encryption.DatabaseKey,
    name: str,
    purpose: str,
    handed_over_by: str,
    handed_over_to: str,
    base: delta.Base | None = None,
    covered: int | None = None,
) -> Manifest:
    """Remove the private keys from the snapshot (a handover: leave the successor's) and
    its change log, count and digest its rows, and store the manifest, signed with the
    unit's key, in it (a delta: naming its `base`, and the number it `covered`)."""
    conn = encryption.connect(path, key, isolation_level=None)
    try:
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA journal_mode = MEMORY")  # no journal file holds a key, ever
        conn.execute("PRAGMA secure_delete = ON")  # no key stays in the free space
        meta = {r[0]: r[1] for r in conn.execute("SELECT key, value FROM _meta")}
        signer = unit_keys.require_active_key(conn, name)
        assert signer.private_key is not None  # an active key has it
        chain = vouching.chain_for(unit_keys.all_keys(conn), signer.public_key)
        export_id = str(uuid.uuid4())
        exported_at = now_stamp()
        conn.execute("BEGIN")
        if purpose == mf.HANDOVER:
            vouching.seal_successor(conn, signer, meta.get("unit_name", ""), export_id, exported_at)
        else:
            conn.execute(f"DELETE FROM {unit_keys.TABLE}")
        covered = _covered(conn, purpose, covered)
        if purpose == mf.EXCHANGE and probes.has_table(conn, "places"):
            # The gazetteer is the database's own (store/places.py): a handover carries it,
            # a unit file does not (its headquarters has its own mission area).
            conn.execute("DELETE FROM places")
            conn.execute("DELETE FROM places_index")
        tables = mf.content_tables(conn)
        written = Manifest(
            export_id=export_id,
            purpose=purpose,
            unit_name=meta.get("unit_name", ""),
            unit_level=meta.get("unit_level", ""),
            unit_parent=meta.get("unit_parent", ""),
            replica_id=meta.get("replica_id", ""),
            exported_at=exported_at,
            schema_version=conn.execute("PRAGMA user_version").fetchone()[0],
            program_version=__version__,
            counts=mf.count_rows(conn, tables),
            digest=mf.digest(conn, tables),
            handed_over_by=handed_over_by,
            handed_over_to=handed_over_to,
            signer_key=signer.public_key,
            agreement_key=signer.agreement_public,
            vouches=vouching.chain_to_json(chain),
            kind=mf.DELTA if base else mf.FULL,
            covered_seq=covered,
            base_export_id=base.export_id if base else "",
            base_replica_id=base.replica_id if base else "",
            base_seq=base.seq if base else -1,
        )
        written = mf.sign(written, signer.private_key)
        mf.write_manifest(conn, written)
        conn.execute("COMMIT")
    finally:
        conn.close()
    return written


def _covered(conn: sqlite3.Connection, purpose: str, known: int | None) -> int | None:
    """The change sequence the snapshot covers. An exchange file's change log (bookkeeping
    of the sender only) is emptied and its numbering triggers dropped; a handover file
    keeps both, so that the successor's deltas build on the exports made before it. None
    for an older schema."""
    if not delta.has_change_log(conn):
        return None
    covered = known if known is not None else delta.last_seq(conn)
    if purpose == mf.EXCHANGE:  # and no trigger numbers a write made to the file
        conn.execute("DELETE FROM change_log")
        for trigger in change_trigger_names():
            conn.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    return covered


def _fsync(path: Path) -> None:
    with open(path, "rb+") as handle:
        os.fsync(handle.fileno())


def _check_snapshot(path: Path, key: encryption.DatabaseKey) -> None:
    conn = encryption.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", key, uri=True)
    try:
        if conn.execute("PRAGMA journal_mode").fetchone()[0] != "delete":
            raise CimicError(
                msg("The export {name} came out in the wrong journal mode.", name=path.name)
            )
        result = [r[0] for r in conn.execute("PRAGMA integrity_check").fetchall()]
    finally:
        conn.close()
    if result != ["ok"]:
        raise CimicError(
            msg(
                "The export failed its own check ({problems}); nothing was written. Check the "
                "disk and try again.",
                problems="; ".join(result[:3]),  # SQLite's words
            )
        )


def _record_export(database: Path, written: Manifest, out: Path) -> None:
    """Note the export in _meta (the status bar shows it); never fails the export."""
    conn = encryption.connect(database, timeout=_BUSY_MS / 1000)
    values = {
        "last_export_id": written.export_id,
        "last_export_at": written.exported_at,
        "last_export_path": str(out.resolve()),
    }
    try:
        with conn:
            conn.executemany(
                "INSERT OR REPLACE INTO _meta (key, value) VALUES (?, ?)", list(values.items())
            )
            if written.purpose == mf.EXCHANGE:
                delta.record_export(conn, written, str(out.resolve()))
        if written.purpose == mf.EXCHANGE:
            with conn:  # on its own: a failure here keeps the export recorded above
                change_log.compact_if_grown(conn)
    except sqlite3.Error:
        pass
    finally:
        conn.close()


@dataclass(frozen=True)
class LastExport:
    """The latest export of a database: its id, when, and where it was written."""

    export_id: str
    exported_at: str
    path: str


def last_export(store: Store) -> LastExport | None:
    meta = read_meta(store.db)
    if "last_export_id" not in meta:
        return None
    return LastExport(
        meta["last_export_id"], meta.get("last_export_at", ""), meta.get("last_export_path", "")
    )
