"""Open a CIMIC Desk file safely: check it is ours and not newer, back it up, migrate it."""

from __future__ import annotations

import os
import sqlite3
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from sqlite_utils import Database

from cimicdesk.domain.enums import UnitLevel
from cimicdesk.domain.errors import CimicError, FileRefusedError, ReadOnlyDatabaseError
from cimicdesk.domain.timeutil import now_stamp
from cimicdesk.store import schema
from cimicdesk.store import training as training_mark

SQLITE_MAGIC = b"SQLite format 3\x00"
# The table a unit file (an export) carries its manifest in; sync/manifest.py writes it.
MANIFEST_TABLE = "export_manifest"
T = TypeVar("T")
# Primary result codes of the failures a full, write-protected or pulled-out disk gives.
_SQLITE_READONLY, _SQLITE_IOERR, _SQLITE_FULL, _SQLITE_CANTOPEN = 8, 10, 13, 14


class StorageError(CimicError):
    """The disk refused a write (full, read-only, gone); the transaction was rolled back."""


class DiskFullError(StorageError):
    """The disk holding the database is full."""


class ReadOnlyMediaError(StorageError, ReadOnlyDatabaseError):
    """The database sits on media that cannot be written (write-protected stick, CD, share)."""


class DiskIOError(StorageError):
    """The disk could not be read or written at all (a USB stick pulled out, a bad sector)."""


def storage_error(exc: sqlite3.Error, path: Path | None) -> StorageError | None:
    """The plain-language error for an SQLite failure caused by the disk; None for others."""
    code = getattr(exc, "sqlite_errorcode", 0) & 0xFF
    text = str(exc).lower()
    name = path.name if path else "The database"
    if code == _SQLITE_FULL or "database or disk is full" in text:
        return DiskFullError(
            f"The disk is full: free some space on the disk that holds {name} (delete or "
            "move old files, empty the recycle bin) and save again. Nothing was saved by "
            "this action; everything saved before it is safe."
        )
    if code == _SQLITE_READONLY or "readonly database" in text:
        return ReadOnlyMediaError(
            f"{name} cannot be written: the disk, USB stick or file is read-only "
            "(write-protected, or opened from a CD or a read-only share). Nothing was "
            "saved. Copy the database to the laptop's own disk and open the copy."
        )
    if code in (_SQLITE_IOERR, _SQLITE_CANTOPEN) or "disk i/o error" in text:
        return DiskIOError(
            f"{name} could not be written to the disk (was a USB stick pulled out, or is the "
            "disk failing?). Nothing was saved by this action. Put the disk back, then close "
            "and reopen the program; if it happens again, restore the last backup."
        )
    return None


class CimicDatabase(Database):
    """sqlite-utils' Database whose transactions report a full or read-only disk plainly.

    Attributes: path (the file, for the messages; None for a copy in memory).
    """

    path: Path | None = None

    @contextmanager
    def atomic(self) -> Iterator[CimicDatabase]:
        """A transaction (a savepoint when nested); a disk failure rolls it back and is
        raised as a StorageError saying what happened and that nothing was saved."""
        try:
            with super().atomic():
                yield self
        except sqlite3.OperationalError as exc:
            problem = storage_error(exc, self.path)
            if problem is None:
                raise
            raise problem from exc


@dataclass(frozen=True)
class UnitInfo:
    """The unit a database belongs to: name, level and parent formation."""

    name: str
    level: UnitLevel
    parent: str = ""

    @property
    def code(self) -> str:
        """The unit name as it appears in reference numbers: 'BANBAT 1' -> 'BANBAT1'."""
        return "".join(ch for ch in self.name.upper() if ch.isalnum() or ch == "-") or "UNIT"


class Store:
    """An open CIMIC Desk database.

    Attributes: path (the file), db (sqlite_utils.Database), site_id (this replica's
    UUID), unit (UnitInfo), created_at (stamp of the file's creation, '' if unknown),
    training (a training database: made-up records allowed, EXERCISE on every screen),
    backup_path (copy taken before a migration, if any), daily_backup (the day's first
    backup when this open took it), backup_problem (why the day's backup could not be
    taken: '' when all is well; the window shows it), purge_problem (why a purge left
    pending by a run that died could not be finished at this open: ''), _media_reason
    (why the file opened read-only because of its disk, or because it is a unit file: ''
    when it is writable).
    """

    def __init__(
        self,
        path: Path,
        db: Database,
        backup_path: Path | None = None,
        *,
        media_read_only: str = "",
    ):
        self.path = path
        self.db = db
        if isinstance(db, CimicDatabase):
            db.path = path
        self.backup_path = backup_path
        self.daily_backup: Path | None = None
        self.backup_problem = ""
        self.purge_problem = ""
        self._media_reason = media_read_only
        meta = read_meta(db)
        if not {"replica_id", "unit_name", "unit_level"} <= meta.keys():
            raise FileRefusedError(
                f"{path.name} has no unit recorded: it was not created completely. "
                "Create the database again with 'cimicdesk init'."
            )
        self.site_id = meta["replica_id"]
        self.unit = UnitInfo(
            meta["unit_name"], UnitLevel(meta["unit_level"]), meta.get("unit_parent", "")
        )
        self.created_at = meta.get("created_at", "")
        self.training = training_mark.is_training(meta)
        self._state = meta.get("state", "")
        self._memo: dict[str, tuple[tuple[int, int], Any]] = {}

    def read_only_reason(self) -> str:
        """Why this database refuses edits ('' when it accepts them)."""
        if self._state == "handed_over":
            return (
                f"{self.path.name} was handed over to the next contingent and is kept "
                "read-only. Open the copy the incoming officer took over instead."
            )
        return self._media_reason

    def data_version(self) -> tuple[int, int]:
        """A value that changes whenever the file's content may have changed: rows changed
        on this connection (total_changes) and commits by any other (data_version)."""
        other = self.db.conn.execute("PRAGMA data_version").fetchone()[0]
        return self.db.conn.total_changes, other

    def memo(self, key: str, compute: Callable[[], T]) -> T:
        """compute() once for as long as the content is unchanged (see data_version).

        For whole-table figures that several parts of the window ask for at once (record
        counts, the units present), each a scan of up to 200,000 rows at sector level.
        """
        version = self.data_version()
        found = self._memo.get(key)
        if found is not None and found[0] == version:
            return found[1]
        value = compute()
        self._memo[key] = (version, value)
        return value

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def read_header(path: Path) -> tuple[int, int]:
    """(application_id, user_version) of a file, read without changing it.

    The bytes of the header are checked first; the values are then asked of SQLite on
    a read-only connection, because in WAL mode the newest header may still sit in
    the -wal file rather than in the main file. Raises FileRefusedError for anything
    that is not a readable SQLite database.
    """
    try:
        with open(path, "rb") as handle:
            header = handle.read(100)
    except FileNotFoundError:
        raise FileRefusedError(f"{path} does not exist.") from None
    except OSError as exc:
        raise FileRefusedError(f"{path} cannot be read: {exc.strerror}.") from exc
    if len(header) < 100 or not header.startswith(SQLITE_MAGIC):
        raise FileRefusedError(
            f"{path.name} is not a CIMIC Desk database (it is not an SQLite file at all). "
            "Choose the .sqlite file the program created, or a unit export."
        )
    _refuse_truncated(path, header)
    try:
        conn = sqlite3.connect(read_only_uri(path), uri=True)
        try:
            application_id = conn.execute("PRAGMA application_id").fetchone()[0]
            user_version = conn.execute("PRAGMA user_version").fetchone()[0]
        finally:
            conn.close()
    except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:
        # UnicodeDecodeError: SQLite's own message names a garbled (non-UTF-8) schema entry.
        raise FileRefusedError(f"{path.name} is damaged and cannot be opened: {exc}.") from exc
    return application_id, user_version


def read_only_uri(path: Path) -> str:
    """The URI of a read-only connection that leaves no -wal/-shm files behind.

    With no -wal file beside it, no one has the database open and all of it is in the main
    file, so it is opened immutable (SQLite then creates no side files); otherwise it is
    opened read-only and shares the side files that are there.
    """
    uri = Path(path).resolve().as_uri()
    return f"{uri}?mode=ro" if Path(f"{path}-wal").exists() else f"{uri}?mode=ro&immutable=1"


def _refuse_truncated(path: Path, header: bytes) -> None:
    """Refuse a file shorter than the size its own header declares (a cut-off copy)."""
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(header[28:32], "big")
    # The in-header size is only trustworthy when its 'version-valid-for' matches.
    size_is_valid = header[92:96] == header[24:28] and pages > 0
    if size_is_valid and path.stat().st_size < pages * page_size:
        raise FileRefusedError(
            f"{path.name} is damaged: it is cut short ({path.stat().st_size} of "
            f"{pages * page_size} bytes). Copy it again from its source; nothing was changed."
        )


def check_file(path: Path) -> int:
    """Refuse a foreign or newer file; return its schema version."""
    application_id, user_version = read_header(path)
    if application_id != schema.APPLICATION_ID:
        raise FileRefusedError(
            f"{path.name} is an SQLite database, but not one of CIMIC Desk "
            "(its application id is not ours). Nothing was changed."
        )
    if user_version > schema.schema_version():
        raise FileRefusedError(
            f"{path.name} was written by a newer CIMIC Desk (schema {user_version}; this "
            f"program knows up to {schema.schema_version()}). Install the newer version "
            "to open it; the file was not changed."
        )
    return user_version


def _connect(path: Path) -> CimicDatabase:
    conn = sqlite3.connect(str(path), timeout=10)
    db = CimicDatabase(conn)
    db.path = Path(path)
    return db


def media_read_only_reason(path: Path) -> str:
    """Why the disk will not let us write the database ('' when it will).

    The file and its folder must both be writable: SQLite writes the -wal and -shm files
    beside the database. os.access sees a read-only mount (EROFS) even for root; for other
    users it sees the permissions too.
    """
    path = Path(path)
    folder = path.resolve().parent
    if os.access(path, os.W_OK) and os.access(folder, os.W_OK):
        return ""
    return _read_only_media_text(path)


def _read_only_media_text(path: Path) -> str:
    return (
        f"{path.name} is on a disk or in a folder that cannot be written (a write-protected "
        "USB stick, a CD, a read-only share, or a read-only file), so it is open for "
        "reading only: nothing can be changed or added. To work in it, copy it to the "
        "laptop's own disk and open the copy."
    )


def _configure(db: Database) -> None:
    """Settings for a database we will write: WAL survives power cuts, FKs keep links whole."""
    db.execute("PRAGMA journal_mode = WAL")
    db.execute("PRAGMA foreign_keys = ON")
    db.execute("PRAGMA synchronous = NORMAL")


def read_meta(db: Database) -> dict[str, str]:
    return {row[0]: row[1] for row in db.execute("SELECT key, value FROM _meta").fetchall()}


def write_meta(db: Database, **values: str) -> None:
    for key, value in values.items():
        db.execute("INSERT OR REPLACE INTO _meta (key, value) VALUES (?, ?)", [key, value])


def backup_copy(db: Database, path: Path, reason: str) -> Path:
    """A consistent copy of the open database in its backups folder (SQLite backup API).

    The copy is written under a temporary name and renamed when whole, and the oldest
    copies of the same kind are pruned (store/backups.py keeps the rotation).
    """
    from cimicdesk.store import backups  # backups builds on this module

    return backups.take_backup(db.conn, path, reason)


def create_database(
    path: Path, unit_name: str, level: UnitLevel, parent: str = "", *, training: bool = False
) -> Store:
    """Create a new, empty database for a unit; refuses to overwrite an existing file.

    training=True makes a training (exercise) database (store/training.py), for good.
    """
    if not unit_name.strip():
        raise CimicError("Give the unit's name, e.g. 'BANBAT 1'.")
    if path.exists() and path.stat().st_size > 0:
        raise CimicError(f"{path} already exists; choose another name or open it instead.")
    path.parent.mkdir(parents=True, exist_ok=True)
    db = _connect(path)
    _configure(db)
    schema.migrations.apply(db)
    with db.atomic():
        write_meta(
            db,
            replica_id=str(uuid.uuid4()),
            unit_name=unit_name.strip(),
            unit_level=UnitLevel(level).value,
            unit_parent=parent.strip(),
            created_at=now_stamp(),
            **({training_mark.KEY: "1"} if training else {}),
        )
    # Put the new header into the main file now, so even a copy taken without
    # its -wal side file is recognised as ours.
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return Store(path, db)


def open_database(path: Path, *, daily_backup: bool = True) -> Store:
    """Open an existing database: refuse foreign or newer files, back up before migrating.

    On a disk that cannot be written the file opens read-only, with the reason in
    store.read_only_reason(). The first open of a day takes the day's backup
    (store/backups.py) unless `daily_backup` is False or one was already taken.
    """
    path = Path(path)
    version = check_file(path)
    reason = unit_file_reason(path, version) or media_read_only_reason(path)
    if reason:
        return _open_on_read_only_media(path, reason)
    db = _connect(path)
    try:
        _refuse_unknown_migrations(db, path)
        _configure(db)
        backup = None
        if schema.migrations.pending(db):
            backup = backup_copy(
                db, path, f"before-schema-{schema.schema_version()}-from-{version}"
            )
            schema.migrations.apply(db)
            db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        store = Store(path, db, backup)
    except sqlite3.OperationalError as exc:
        db.close()
        problem = storage_error(exc, path)
        if isinstance(problem, ReadOnlyMediaError):
            # The permissions looked writable, but the disk said no (a locked SD card).
            return _open_on_read_only_media(path, _read_only_media_text(path))
        if problem is not None:
            raise problem from exc
        raise FileRefusedError(f"{path.name} is damaged and cannot be opened: {exc}.") from exc
    except (sqlite3.DatabaseError, ValueError) as exc:
        # ValueError: text that is not UTF-8, or a unit level no program wrote: garbled.
        db.close()
        raise FileRefusedError(f"{path.name} is damaged and cannot be opened: {exc}.") from exc
    except BaseException:
        db.close()
        raise
    from cimicdesk.store import interrupted  # builds on this module

    interrupted.finish(store)  # a dead run's work folders, pending purges; never raises
    if daily_backup:
        from cimicdesk.store import backups  # backups builds on this module

        backups.take_daily_backup(store)
    return store


def unit_file_reason(path: Path, version: int) -> str:
    """Why a unit file (an export, recognised by the manifest inside it) opens read-only;
    '' for a database. Asked of SQLite read-only, before anything could write the file.

    A unit file is a snapshot sent to headquarters that carries its unit's replica id:
    edits made in it would fork that unit's records. It is read, or imported.
    """
    try:
        conn = sqlite3.connect(read_only_uri(path), uri=True)
        try:
            found = conn.execute(
                "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?",
                [MANIFEST_TABLE],
            ).fetchone()
        finally:
            conn.close()
    except (sqlite3.DatabaseError, UnicodeDecodeError):
        return ""  # unreadable (garbled schema text...): open_database says what is wrong
    if not found:
        return ""
    if version < schema.schema_version():
        raise FileRefusedError(
            f"{path.name} is a unit file from an older CIMIC Desk: it opens read-only, so it "
            "cannot be upgraded to be read here. Import it into your database instead "
            "(File → Import unit files, or cimicdesk import DB FILE); the file was not changed."
        )
    return (
        f"{path.name} is a unit file: a snapshot of a unit's database, made to be sent to "
        "headquarters, so it opens read-only (an edit here would fork the unit's records). "
        "To work with its records, import it into your database (File → Import unit files)."
    )


def _refuse_unknown_migrations(db: Database, path: Path) -> None:
    applied = {m.name for m in schema.migrations.applied(db)}
    unknown = applied - schema.known_migration_names()
    if unknown:
        raise FileRefusedError(
            f"{path.name} has changes from a newer CIMIC Desk ({', '.join(sorted(unknown))}). "
            "Install the newer version to open it; the file was not changed."
        )


def _open_on_read_only_media(path: Path, reason: str) -> Store:
    """The database on a read-only connection, with the reason edits are refused."""
    try:
        conn = sqlite3.connect(read_only_uri(path), uri=True)
    except sqlite3.Error as exc:
        raise FileRefusedError(
            f"{reason} It could not be opened even for reading ({exc}): copy it, with the "
            "files beside it that end in -wal and -shm, to the laptop's disk first."
        ) from exc
    db = CimicDatabase(conn)
    db.path = path
    try:
        _refuse_unknown_migrations(db, path)
        if schema.migrations.pending(db):
            raise FileRefusedError(
                f"{path.name} comes from an older CIMIC Desk and must be upgraded before it "
                "can be used, which cannot be done where it is (the disk or folder cannot be "
                "written). Copy it to the laptop's own disk and open the copy; the file was "
                "not changed."
            )
        return Store(path, db, media_read_only=reason)
    except (sqlite3.DatabaseError, ValueError) as exc:
        conn.close()
        raise FileRefusedError(f"{path.name} is damaged and cannot be opened: {exc}.") from exc
    except BaseException:
        conn.close()
        raise


def integrity_problems(store: Store) -> list[str]:
    """What PRAGMA integrity_check reports; empty when the file is sound."""
    rows = [row[0] for row in store.db.execute("PRAGMA integrity_check").fetchall()]
    return [] if rows == ["ok"] else rows
