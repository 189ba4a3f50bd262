"""Automatic backups beside the database: daily and before risky work, rotated; restore.

Every backup is a consistent copy made while the program runs (the checkpointed file's
encrypted bytes, store/wal_copy.py, or else SQLite's backup API), in the database's
backups folder (`backups` beside it, or the one chosen in Preferences:
store/backup_settings.py), named `<stem>.<kind>.<UTC stamp>.sqlite`:

* `daily`: the first open of a day (UTC) takes one, unless the file was created that
  day (it held nothing at the start of the day); the last keep_daily are kept (7).
* `before-…` (`before-import`, `before-schema-4-from-3`, `before-restore`, …) and
  `manual` (Back up now): taken before work that rewrites much of the file, or when
  asked; the last keep_before are kept (10).

Backups are listed (and pruned) in every folder the database's backups were written to,
so choosing another folder loses none.

A copy is written under a temporary name, switched to a single self-contained file
(rollback journal, no -wal side file) and renamed when whole, so a power cut never
leaves a half-written backup that looks whole. Restoring verifies the backup, backs up
the current file first, replaces it atomically and gives the restored file a new replica
id (merge-design pitfall 6: two copies of one file in use would clash on merge).
"""

from __future__ import annotations

import contextlib
import os
import shutil
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from cimicdesk.domain.errors import CimicError, FileRefusedError
from cimicdesk.domain.timeutil import now_stamp, to_stamp, utc_now
from cimicdesk.i18n.message import Text, msg
from cimicdesk.store import backup_settings, encryption, wal_copy, writer_lock
from cimicdesk.store.database import Store, check_file, connect_read_only, storage_error
from cimicdesk.store.durable import fsync_folder
from cimicdesk.store.encryption import sqlite3

DAILY = "daily"
MANUAL = "manual"  # File → Back up now
BEFORE_IMPORT = "before-import"
BEFORE_RESTORE = "before-restore"
KEEP_DAILY = backup_settings.DEFAULT_KEEP_DAILY  # the defaults; see backup_settings
KEEP_BEFORE = backup_settings.DEFAULT_KEEP_BEFORE
SUFFIX = ".sqlite"
_PARTIAL = ".partial"
_STAMP_FORMAT = "%Y%m%dT%H%M%S"


@dataclass(frozen=True)
class Backup:
    """One backup file: where it is, what kind, when it was taken (UTC stamp), its size."""

    path: Path
    kind: str
    taken_at: str
    size: int

    @property
    def label(self) -> str:
        """The kind as a person reads it: 'daily', 'before import', 'before schema 4 (from 3)'."""
        if self.kind.startswith("before-schema-") and "-from-" in self.kind:
            to, _, old = self.kind.removeprefix("before-schema-").partition("-from-")
            return f"before schema {to} (from {old})"
        return self.kind.replace("-", " ")


@dataclass(frozen=True)
class RestoreResult:
    """What restore_backup did: the file restored, the copy of what it replaced (None when
    there was no file), and the new replica id of the restored file."""

    target: Path
    previous: Path | None
    replica_id: str


def backup_folders(database: Path) -> list[Path]:
    """Every folder that may hold backups of a database (the one written to first)."""
    return backup_settings.read_folders(Path(database))


def _write_folder(database: Path) -> Path:
    """The folder the next backup goes to, created if need be."""
    folder = backup_settings.write_folder(Path(database))
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:  # said plainly by whoever asked: the window, a command
        raise backup_settings.folder_error(folder, exc) from exc
    return folder


def _stamp_text(moment: datetime) -> str:
    return moment.strftime(_STAMP_FORMAT) + f"{moment.microsecond // 1000:03d}Z"


def _parse(path: Path, stem: str) -> Backup | None:
    """The Backup a file name describes, when it is a whole backup of `stem`."""
    name = path.name
    if not name.endswith(SUFFIX):
        return None
    parts = name[: -len(SUFFIX)].rsplit(".", 2)
    if len(parts) != 3 or parts[0] != stem or not parts[1]:
        return None
    try:
        moment = datetime.strptime(parts[2][:-4], _STAMP_FORMAT).replace(
            microsecond=int(parts[2][-4:-1]) * 1000, tzinfo=UTC
        )
    except ValueError:
        return None
    if not parts[2].endswith("Z"):
        return None
    try:
        size = path.stat().st_size
    except OSError:
        return None
    return Backup(path, parts[1], to_stamp(moment), size)


def list_backups(database: Path) -> list[Backup]:
    """The backups of a database, newest first (an empty list when there are none)."""
    database = Path(database)
    found: list[Backup | None] = []
    for folder in backup_folders(database):
        try:
            entries = list(os.scandir(folder))
        except OSError:
            continue
        found += [_parse(Path(e.path), database.stem) for e in entries if e.is_file()]
    return sorted(
        (b for b in found if b is not None), key=lambda b: (b.taken_at, b.path.name), reverse=True
    )


def _target_name(folder: Path, stem: str, kind: str) -> Path:
    moment = utc_now()
    while True:
        target = folder / f"{stem}.{kind}.{_stamp_text(moment)}{SUFFIX}"
        if not target.exists():
            return target
        moment += timedelta(milliseconds=1)


def take_backup(
    conn: sqlite3.Connection,
    database: Path,
    kind: str,
    *,
    key: encryption.DatabaseKey | None = None,
) -> Path:
    """Copy the database open on `conn` into its backups folder as `kind`; prune old ones.

    The copy has the database's key (`key`, or the one this process holds for it).

    Raises StorageError (disk full, read-only) or OSError; no partial file is left.
    """
    if not kind or "." in kind or "/" in kind or "\\" in kind:
        raise ValueError(f"not a backup kind: {kind!r}")
    database = Path(database)
    folder = _write_folder(database)
    target = _target_name(folder, database.stem, kind)
    partial = target.with_name(target.name + _PARTIAL)
    _remove(partial)  # a torn copy of an attempt that died: it would not open with the key
    try:
        # The copy is keyed like the database (same key, same salt: one passphrase opens
        # both); SQLCipher's backup copies between files of one key only. A database whose
        # log checkpoints fully is copied as its encrypted bytes (store/wal_copy.py: no
        # page decrypted and encrypted again); otherwise, or for a copy under another
        # key, with SQLite's backup API.
        copied = key is None and wal_copy.copy_checkpointed(conn, partial)
        destination = encryption.connect(partial, key or encryption.key_for(database))
        try:
            if not copied:
                conn.backup(destination)
            # One self-contained file: no -wal beside it, safe to copy or restore as is.
            destination.execute("PRAGMA journal_mode = DELETE")
        finally:
            destination.close()
        _fsync(partial)
        os.replace(partial, target)
        fsync_folder(folder)
    except sqlite3.Error as exc:
        _remove(partial)
        problem = storage_error(exc, database)
        if problem is not None:
            raise problem from exc
        raise
    except BaseException:
        _remove(partial)
        raise
    prune_backups(database)
    return target


def backup_file(database: Path, kind: str) -> Path:
    """take_backup on a connection of its own: a worker thread can back up the file the
    window has open (the copy is consistent whatever the window writes meanwhile).

    For the GUI, which should not wait for the day's backup of a large sector file:
    open_database(path, daily_backup=False), then, when daily_backup_due(store),
    backup_file(store.path, DAILY) off the UI thread.
    """
    conn = encryption.connect(database, timeout=10)
    try:
        return take_backup(conn, database, kind)
    finally:
        conn.close()


def backup_before(store: Store, kind: str = BEFORE_IMPORT) -> Path:
    """Back up an open database before risky work (an import, a migration); returns the copy."""
    if not kind.startswith("before-"):
        kind = f"before-{kind}"
    return take_backup(store.db.conn, store.path, kind)


def prune_backups(database: Path) -> list[Path]:
    """Delete all but the last keep_daily daily and keep_before other backups (the counts
    chosen for the database, in all its folders together); return those deleted."""
    policy = backup_settings.policy_for(Path(database))
    daily: list[Backup] = []
    before: list[Backup] = []
    for backup in list_backups(database):  # newest first
        (daily if backup.kind == DAILY else before).append(backup)
    removed = [b.path for b in daily[policy.keep_daily :] + before[policy.keep_before :]]
    for path in removed:
        _remove(path)
    for folder in backup_folders(database):
        _remove_stale_partials(folder, Path(database).stem)
    return removed


def daily_backup_due(store: Store, today: str | None = None) -> bool:
    """Whether this open should take the day's backup (`today` as 'YYYY-MM-DD', UTC).

    Not when one of today exists, and not for a file created today: it held nothing at
    the start of the day, and everything typed into it today is in the file itself.
    """
    today = today or to_stamp(utc_now())[:10]
    if store.read_only_reason() or store.created_at[:10] >= today:
        return False
    return not any(b.kind == DAILY and b.taken_at[:10] == today for b in list_backups(store.path))


def take_daily_backup(store: Store) -> Path | None:
    """The day's backup, when due. Never stops the open: a failure is kept in
    store.backup_problem (the window shows it) and the program goes on."""
    if not daily_backup_due(store):
        return None
    try:
        store.daily_backup = take_backup(store.db.conn, store.path, DAILY)
    except (OSError, sqlite3.Error, CimicError) as exc:
        if isinstance(exc, CimicError):
            detail: Text = exc.message
        elif isinstance(exc, OSError) and exc.strerror:
            detail = exc.strerror
        else:
            detail = str(exc)
        store.backup_problem = msg(
            "Today's automatic backup of {path_name} could not be made ({detail}). "
            "Your work is saved as usual, but there is no new copy to go back to; free some "
            "disk space, or export the database to a USB stick.",
            path_name=store.path.name,
            detail=detail,
        )
        return None
    return store.daily_backup


def verify_backup(backup: Path) -> dict[str, str]:
    """Refuse a backup that is not a whole, sound CIMIC Desk file; return its _meta."""
    backup = Path(backup)
    check_file(backup)  # missing, foreign, cut short, newer: FileRefusedError
    try:
        conn = connect_read_only(backup)
        try:
            problems = [r[0] for r in conn.execute("PRAGMA integrity_check").fetchall()]
            meta = dict(conn.execute("SELECT key, value FROM _meta").fetchall())
        finally:
            conn.close()
    except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:  # see database.read_header
        raise FileRefusedError(
            msg(
                "The backup {backup_name} is damaged and cannot be restored ({exc}). Choose "
                "an older one.",
                backup_name=backup.name,
                exc=str(exc),
            )
        ) from exc
    if problems != ["ok"]:
        raise FileRefusedError(
            msg(
                "The backup {backup_name} is damaged ({problems}) and cannot be restored. "
                "Choose an older one; nothing was changed.",
                backup_name=backup.name,
                problems="; ".join(problems[:2]),
            )
        )
    if "replica_id" not in meta or "unit_name" not in meta:
        raise FileRefusedError(
            msg(
                "The backup {backup_name} has no unit recorded: it is not a whole CIMIC Desk "
                "database. Choose another one.",
                backup_name=backup.name,
            )
        )
    return meta


def restore_backup(backup: Path, target: Path) -> RestoreResult:
    """Put a backup in the place of a database (which must be closed), safely.

    1. The backup is verified (ours, whole, not newer, integrity ok): else nothing changes.
    2. The current file, if any, is backed up first ('before-restore'); a file too damaged
       for SQLite to copy is copied byte for byte, with its -wal, beside the backups.
    3. The backup is copied to a temporary file beside the target, given a NEW replica id
       (it is a new copy in use: merge-design pitfall 6) and renamed over the target in one
       step (os.replace), so a power cut leaves either the old file or the restored one.

    Raises FileRefusedError for a bad backup, CimicError when the database is still open
    in a program (DatabaseInUseError when one holds its writer lock), StorageError when
    the disk refuses.
    """
    backup, target = Path(backup), Path(target)
    if backup.resolve() == target.resolve():
        raise CimicError(msg("Choose a backup to restore, not the database itself."))
    verify_backup(backup)
    lock = writer_lock.acquire(target)  # the window (or a command) writing it: refused
    try:
        return _restore(backup, target)
    finally:
        lock.release()


def _restore(backup: Path, target: Path) -> RestoreResult:
    previous = _set_aside(target) if target.exists() else None
    temporary = target.with_name(f".{target.name}.restoring-{uuid.uuid4().hex[:8]}")
    replica = str(uuid.uuid4())
    try:
        source = connect_read_only(backup)
        key = encryption.key_for(backup)
        destination = encryption.connect(temporary, key)
        try:
            source.backup(destination)
            destination.execute("PRAGMA journal_mode = DELETE")
            with destination:
                destination.executemany(
                    "INSERT OR REPLACE INTO _meta (key, value) VALUES (?, ?)",
                    [
                        ("replica_id", replica),
                        ("restored_from", backup.name),
                        ("restored_at", now_stamp()),
                    ],
                )
        finally:
            destination.close()
            source.close()
        _fsync(temporary)
        for side in (Path(f"{target}-wal"), Path(f"{target}-shm")):
            _remove(side)  # a stale -wal would be replayed onto the restored file
        os.replace(temporary, target)
        fsync_folder(target.resolve().parent)
        if key is not None:
            encryption.remember(target, key)  # the restored file opens with the backup's key
    except sqlite3.Error as exc:
        _remove(temporary)
        problem = storage_error(exc, target)
        if problem is not None:
            raise problem from exc
        raise
    except BaseException:
        _remove(temporary)
        raise
    return RestoreResult(target, previous, replica)


def _set_aside(target: Path) -> Path:
    """Back up the file about to be replaced; refuse while a program has it open."""
    try:
        conn = encryption.connect(target, timeout=2)
    except (sqlite3.Error, CimicError):  # damaged, or encrypted with a key not given here
        return _raw_copy(target)
    try:
        try:
            saved = take_backup(conn, target, BEFORE_RESTORE)
        except (sqlite3.DatabaseError, UnicodeDecodeError):  # too damaged for SQLite to copy
            # Copied byte for byte only once our connection is closed: closing a plain
            # descriptor of the file would drop the locks SQLite holds on it (howtocorrupt
            # §2.2), and it must not run beside a connection of ours.
            conn.close()
            return _raw_copy(target)
        try:
            # Leaving WAL mode needs the only connection to the file: it fails while a
            # program has it open, and it folds the -wal into the file.
            conn.execute("PRAGMA journal_mode = DELETE").fetchone()
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) and "busy" not in str(exc):
                return saved
            _remove(saved)
            raise CimicError(
                msg(
                    "{target_name} is open in CIMIC Desk (or another program): close it there "
                    "first, then restore. Nothing was changed.",
                    target_name=target.name,
                )
            ) from exc
        except (sqlite3.DatabaseError, UnicodeDecodeError):
            pass  # damaged: the copy set aside holds what there was
        return saved
    finally:
        conn.close()


def _raw_copy(target: Path) -> Path:
    """A byte-for-byte copy of a file SQLite cannot back up (damaged), with its side files.

    Named '.raw' so it is never listed as a backup to restore; it is kept for rescue.
    """
    copy = _write_folder(target) / f"{target.stem}.damaged.{_stamp_text(utc_now())}{SUFFIX}.raw"
    shutil.copyfile(target, copy)
    for side in ("-wal", "-shm"):
        if Path(f"{target}{side}").exists():
            shutil.copyfile(f"{target}{side}", f"{copy}{side}")
    return copy


def _remove_stale_partials(folder: Path, stem: str) -> None:
    """Partial copies left by a power cut during a backup (older than an hour)."""
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return
    limit = utc_now().timestamp() - 3600
    for entry in entries:
        if entry.name.startswith(f"{stem}.") and entry.name.endswith(_PARTIAL):
            with contextlib.suppress(OSError):
                if entry.stat().st_mtime < limit:
                    os.remove(entry.path)


def _remove(path: Path) -> None:
    with contextlib.suppress(OSError):
        Path(path).unlink(missing_ok=True)


def _fsync(path: Path) -> None:
    descriptor = os.open(path, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def read_backup_meta(backup: Path) -> dict[str, str]:
    """The _meta of a backup (unit, replica, ...), read without changing it."""
    conn = connect_read_only(Path(backup))
    try:
        return dict(conn.execute("SELECT key, value FROM _meta").fetchall())
    finally:
        conn.close()
