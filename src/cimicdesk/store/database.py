"""Open a CIMIC Desk file safely: check it is ours and not newer, back it up, migrate it."""

from __future__ import annotations

import errno
import os
import stat
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar, cast

from sqlite_utils import Database

from cimicdesk.domain.enums import UnitLevel
from cimicdesk.domain.errors import CimicError, FileRefusedError, ReadOnlyDatabaseError
from cimicdesk.domain.timeutil import now_stamp
from cimicdesk.i18n.message import Message, Text, msg
from cimicdesk.store import encryption, probes, schema, writer_lock
from cimicdesk.store import training as training_mark
from cimicdesk.store.encryption import sqlite3

SQLITE_MAGIC = b"SQLite format 3\x00"
# The table a unit file (an export) carries its manifest in; sync/manifest.py writes it.
MANIFEST_TABLE = "export_manifest"
T = TypeVar("T")
# Primary result codes of the failures a full, write-protected or pulled-out disk gives.
_SQLITE_READONLY, _SQLITE_IOERR, _SQLITE_FULL, _SQLITE_CANTOPEN = 8, 10, 13, 14
# ... and of a file SQLite finds damaged, or not a database at all.
_SQLITE_CORRUPT, _SQLITE_NOTADB = 11, 26


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
    name: Text = path.name if path else msg("The database")
    if code == _SQLITE_FULL or "database or disk is full" in text:
        return DiskFullError(
            msg(
                "The disk is full: free some space on the disk that holds {name} (delete or "
                "move old files, empty the recycle bin) and save again. Nothing was saved by "
                "this action; everything saved before it is safe.",
                name=name,
            )
        )
    if code == _SQLITE_READONLY or "readonly database" in text:
        return ReadOnlyMediaError(
            msg(
                "{name} cannot be written: the disk, USB stick or file is read-only "
                "(write-protected, or opened from a CD or a read-only share). Nothing was "
                "saved. Copy the database to the laptop's own disk and open the copy.",
                name=name,
            )
        )
    if code in (_SQLITE_IOERR, _SQLITE_CANTOPEN) or "disk i/o error" in text:
        return DiskIOError(
            msg(
                "{name} could not be written to the disk (was a USB stick pulled out, or is "
                "the disk failing?). Nothing was saved by this action. Put the disk back, then "
                "close and reopen the program; if it happens again, restore the last backup.",
                name=name,
            )
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
    (why the file opened read-only: its disk, another program writing it, or because it
    is a unit file; '' when it is writable), writer_lock (this open's hold on the file's
    writer lock, store/writer_lock.py; None when read-only), released by close().
    The reasons and problems are messages (i18n.message), '' when there are none.
    """

    def __init__(
        self,
        path: Path,
        db: Database,
        backup_path: Path | None = None,
        *,
        media_read_only: Text = "",
    ):
        self.path = path
        self.db = db
        if isinstance(db, CimicDatabase):
            db.path = path
        self.backup_path = backup_path
        self.daily_backup: Path | None = None
        self.backup_problem: Text = ""
        self.purge_problem: Text = ""
        self._media_reason = media_read_only
        self.writer_lock: writer_lock.WriterLock | None = None
        meta = read_meta(db)
        if not {"replica_id", "unit_name", "unit_level"} <= meta.keys():
            raise FileRefusedError(
                msg(
                    "{path_name} has no unit recorded: it was not created completely. "
                    "Create the database again with 'cimicdesk init'.",
                    path_name=path.name,
                )
            )
        self.site_id = meta["replica_id"]
        self.unit = UnitInfo(
            meta["unit_name"], UnitLevel(meta["unit_level"]), meta.get("unit_parent", "")
        )
        self.created_at = meta.get("created_at", "")
        self.training = training_mark.is_training(meta)
        self._state = meta.get("state", "")
        self._memo: dict[str, tuple[tuple[int, int], Any]] = {}

    @property
    def handed_over(self) -> bool:
        """Whether the database was handed over to the next contingent (kept read-only)."""
        return self._state == "handed_over"

    def read_only_reason(self) -> Text:
        """Why this database refuses edits, a message ('' when it accepts them)."""
        if self.handed_over:
            return msg(
                "{path_name} was handed over to the next contingent and is kept "
                "read-only. Open the copy the incoming officer took over instead.",
                path_name=self.path.name,
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
            return cast(T, found[1])
        value = compute()
        self._memo[key] = (version, value)
        return value

    def close(self) -> None:
        """Close the connection, then let go of the writer lock (after SQLite's last
        checkpoint, so no other writer starts while it runs)."""
        try:
            self.db.close()
        finally:
            if self.writer_lock is not None:
                self.writer_lock.release()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def read_header(path: Path) -> tuple[int, int]:
    """(application_id, user_version) of a file, read through SQLite without changing it.

    Never with plain file calls: a worker of the window reads this while the window's own
    connection to the same file is open, and on POSIX closing any descriptor of the file
    drops every lock SQLite holds on it in this process; another program would then take
    itself for the last user and delete the -wal the window still writes into (SQLite's
    "How To Corrupt", section 2.2). A read-only connection also sees the newest header,
    which in WAL mode may still sit in the -wal file.

    SQLite judges whether the file is whole: one whose header counts more pages than it
    holds is sound when the -wal beside it holds the rest (an import stopped half-way
    through copying the -wal back by a full disk), and is refused only when SQLite says
    it is damaged. Raises FileRefusedError for anything that is not a readable SQLite
    database.
    """
    path = Path(path)
    try:
        status = path.stat()
    except FileNotFoundError:
        raise FileRefusedError(msg("{path} does not exist.", path=str(path))) from None
    except OSError as exc:
        raise FileRefusedError(
            msg("{path} cannot be read: {strerror}.", path=str(path), strerror=exc.strerror)
        ) from exc
    if stat.S_ISDIR(status.st_mode):
        raise FileRefusedError(
            msg("{path} cannot be read: it is a folder, not a file.", path=str(path))
        )
    if status.st_size == 0:
        raise _not_sqlite(path)  # SQLite would take an empty file for an empty database
    try:
        conn = connect_read_only(path)
        try:
            application_id = conn.execute("PRAGMA application_id").fetchone()[0]
            user_version = conn.execute("PRAGMA user_version").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        code = getattr(exc, "sqlite_errorcode", 0) & 0xFF
        if code == _SQLITE_NOTADB:
            raise (_sealed_unit_file(path) or _not_sqlite(path)) from exc
        if code == _SQLITE_CANTOPEN:
            raise FileRefusedError(
                msg("{path} cannot be read: {exc}.", path=str(path), exc=str(exc))
            ) from exc
        if code == _SQLITE_CORRUPT and _cut_short(path):
            raise FileRefusedError(
                msg(
                    "{path_name} is damaged: it is cut short (its header counts more pages "
                    "than the {st_size} bytes it holds). Copy it again from its source, with "
                    "the file beside it that ends in -wal if there is one; nothing was changed.",
                    path_name=path.name,
                    st_size=status.st_size,
                )
            ) from exc
        raise _damaged(path, exc) from exc
    except UnicodeDecodeError as exc:
        # SQLite's own message names a garbled (non-UTF-8) schema entry.
        raise _damaged(path, exc) from exc
    return application_id, user_version


# The first bytes of a sealed unit or handover file (sync/envelope.py writes them).
SEALED_MAGIC = b"CIMICDESK-ENVELOPE-1\n"


def _sealed_unit_file(path: Path) -> FileRefusedError | None:
    """A sealed unit or handover file, offered as a database. Its first bytes are read
    with a plain file call only once SQLite has refused it (so it is no file this process
    has open)."""
    try:
        with open(path, "rb") as handle:
            if handle.read(len(SEALED_MAGIC)) != SEALED_MAGIC:
                return None
    except OSError:
        return None
    return FileRefusedError(
        msg(
            "{path_name} is a sealed unit file (or a handover file): it opens only inside the "
            "database of the headquarters it was sent to. Import it there (File → Import unit "
            "files, or cimicdesk import DB FILE); a handover file is taken over (File → Take "
            "over). Nothing was changed.",
            path_name=path.name,
        )
    )


def _not_sqlite(path: Path) -> FileRefusedError:
    return FileRefusedError(
        msg(
            "{path_name} is not a CIMIC Desk database (it is not an SQLite file at all). "
            "Choose the .sqlite file the program created, or a unit export.",
            path_name=path.name,
        )
    )


def _damaged(path: Path, exc: BaseException) -> FileRefusedError:
    """A file SQLite cannot read as a whole database; `exc` is SQLite's own words."""
    return FileRefusedError(
        msg(
            "{path_name} is damaged and cannot be opened: {exc}.",
            path_name=path.name,
            exc=str(exc),
        )
    )


def _cut_short(path: Path) -> bool:
    """Whether SQLite refused the file only because its header counts more pages than the
    file (and its -wal) hold: with writable_schema on, SQLite reads such a file anyway."""
    try:
        conn = encryption.connect(read_only_uri(path), uri=True, probe=False)
        try:
            conn.execute("PRAGMA writable_schema = ON")
            conn.execute("PRAGMA application_id").fetchone()
        finally:
            conn.close()
    except (sqlite3.DatabaseError, UnicodeDecodeError):
        return False
    return True


def read_only_uri(path: Path) -> str:
    """The URI of a read-only connection that leaves no -wal/-shm files behind.

    With no -wal file beside it, no one has the database open and all of it is in the main
    file, so it is opened immutable (SQLite then creates no side files); otherwise it is
    opened read-only and shares the side files that are there.
    """
    uri = Path(path).resolve().as_uri()
    return f"{uri}?mode=ro" if Path(f"{path}-wal").exists() else f"{uri}?mode=ro&immutable=1"


def connect_read_only(path: Path, *, timeout: float = 10) -> sqlite3.Connection:
    """A connection that can only read the file, and leaves no side files behind
    (read_only_uri); a write on it fails with 'attempt to write a readonly database'."""
    return encryption.connect(read_only_uri(path), uri=True, timeout=timeout)


def check_file(path: Path) -> int:
    """Refuse a foreign or newer file; return its schema version."""
    path = Path(path)
    application_id, user_version = read_header(path)
    if application_id != schema.APPLICATION_ID:
        raise FileRefusedError(
            msg(
                "{path_name} is an SQLite database, but not one of CIMIC Desk "
                "(its application id is not ours). Nothing was changed.",
                path_name=path.name,
            )
        )
    newer = probes.newer_schema_error(path, user_version)
    if newer is not None:
        raise newer
    return user_version


def _connect(path: Path, key: encryption.DatabaseKey | None = None) -> CimicDatabase:
    conn = encryption.connect(path, key, timeout=10)
    db = CimicDatabase(conn)
    db.path = Path(path)
    return db


def media_read_only_reason(path: Path) -> Text:
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


def _read_only_media_text(path: Path) -> Message:
    return msg(
        "{path_name} is on a disk or in a folder that cannot be written (a write-protected "
        "USB stick, a CD, a read-only share, or a read-only file), so it is open for "
        "reading only: nothing can be changed or added. To work in it, copy it to the "
        "laptop's own disk and open the copy.",
        path_name=path.name,
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
    """A consistent copy of the open database in its backups folder (store/backups.py).

    The copy is written under a temporary name and renamed when whole, and the oldest
    copies of the same kind are pruned (store/backups.py keeps the rotation).
    """
    from cimicdesk.store import backups  # backups builds on this module

    return backups.take_backup(db.conn, path, reason)


def create_database(
    path: Path,
    unit_name: str,
    level: UnitLevel,
    parent: str = "",
    *,
    passphrase: str | encryption.DatabaseKey,
    training: bool = False,
) -> Store:
    """Create a new, empty, encrypted database for a unit; refuses to overwrite a file.

    passphrase: the officer's passphrase (a new salt is drawn), or a key already derived.
    training=True makes a training (exercise) database (store/training.py), for good.
    """
    if not unit_name.strip():
        raise CimicError(msg("Give the unit's name, e.g. 'BANBAT 1'."))
    if path.exists() and path.stat().st_size > 0:
        raise CimicError(
            msg("{path} already exists; choose another name or open it instead.", path=str(path))
        )
    path.parent.mkdir(parents=True, exist_ok=True)
    key = (
        passphrase
        if isinstance(passphrase, encryption.DatabaseKey)
        else encryption.new_key(passphrase)
    )
    lock = writer_lock.acquire(path)
    try:
        db = _connect(path, key)
        _configure(db)
        encryption.remember(path, key)
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
        store = Store(path, db)
    except BaseException:
        lock.release()
        raise
    store.writer_lock = lock
    return store


def open_database(
    path: Path, *, daily_backup: bool = True, finish_interrupted: bool = True
) -> Store:
    """Open an existing database: refuse foreign or newer files, back up before migrating.

    On a disk that cannot be written the file opens read-only, with the reason in
    store.read_only_reason(). Otherwise the store holds the file's writer lock until it
    is closed; while another program holds it, DatabaseInUseError (the window then
    offers open_read_only). The first open of a day takes the day's backup
    (store/backups.py) unless `daily_backup` is False or one was already taken. A writable
    open finishes what a run that died left (store/interrupted.py) unless
    `finish_interrupted` is False (a second connection of a process that did it already).
    """
    path = Path(path)
    version = check_file(path)
    unit_file = unit_file_reason(path, version)
    _refuse_plain_database(path, unit_file)
    reason = unit_file or media_read_only_reason(path)
    if reason:
        return _open_on_read_only_media(path, reason)
    try:
        lock = writer_lock.acquire(path)
    except writer_lock.LockFileError as exc:
        if exc.errno not in (errno.EACCES, errno.EPERM, errno.EROFS):
            raise
        # The folder looked writable, but refuses the lock file (a locked SD card).
        return _open_on_read_only_media(path, _read_only_media_text(path))
    try:
        store = _open_writable(path, version)
    except BaseException:
        lock.release()
        raise
    if store.read_only_reason() and store._media_reason:
        lock.release()  # the disk refused writes after all: open read-only, no lock
    else:
        store.writer_lock = lock
        if finish_interrupted:
            from cimicdesk.store import interrupted  # builds on this module

            interrupted.finish(store)  # dead runs' work folders, pending purges; never raises
    if daily_backup:
        from cimicdesk.store import backups  # backups builds on this module

        backups.take_daily_backup(store)
    return store


def _open_writable(path: Path, version: int) -> Store:
    """The file on a writable connection, upgraded (after a backup) when it is older."""
    db = _connect(path)
    try:
        probes.refuse_newer(db, path)
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
        raise _damaged(path, exc) from exc
    except (sqlite3.DatabaseError, ValueError) as exc:
        # ValueError: text that is not UTF-8, or a unit level no program wrote: garbled.
        db.close()
        raise _damaged(path, exc) from exc
    except BaseException:
        db.close()
        raise
    return store


def unit_file_reason(path: Path, version: int) -> Text:
    """Why a unit file (an export, recognised by the manifest inside it) opens read-only;
    '' for a database. Asked of SQLite read-only, before anything could write the file.

    A unit file is a snapshot sent to headquarters that carries its unit's replica id:
    edits made in it would fork that unit's records. It is read, or imported.
    """
    try:
        conn = connect_read_only(path)
        try:
            found = probes.has_table(conn, MANIFEST_TABLE)
        finally:
            conn.close()
    except (sqlite3.DatabaseError, UnicodeDecodeError):
        return ""  # unreadable (garbled schema text...): open_database says what is wrong
    if not found:
        return ""
    if version < schema.schema_version():
        raise FileRefusedError(
            msg(
                "{path_name} is a unit file from an older CIMIC Desk: it opens read-only, so it "
                "cannot be upgraded to be read here. Import it into your database instead "
                "(File → Import unit files, or cimicdesk import DB FILE); the file was not "
                "changed.",
                path_name=path.name,
            )
        )
    return msg(
        "{path_name} is a unit file: a snapshot of a unit's database, made to be sent to "
        "headquarters, so it opens read-only (an edit here would fork the unit's records). "
        "To work with its records, import it into your database (File → Import unit files).",
        path_name=path.name,
    )


def in_use_reason(path: Path) -> Message:
    """Why a file opened read-only because another program writes it (read_only_reason)."""
    return msg(
        "{path_name} is open in another CIMIC Desk window (or a command) on this "
        "computer, so it is open here for reading only: you see what was saved up to now, "
        "and nothing can be changed or added here. Close it there, then open it again here "
        "to work in it.",
        path_name=Path(path).name,
    )


def reading_reason(path: Path) -> Message:
    """Why a file opened only to be read (a report, a check) refuses edits."""
    return msg("{path_name} is open for reading only.", path_name=Path(path).name)


def open_read_only(path: Path, reason: Text, *, older: bool = False) -> Store:
    """Open a database on a read-only connection, edits refused with `reason`: no writer
    lock, no migration, no backup, and the file and its -wal are left as they are.

    A file from an older CIMIC Desk is refused (it cannot be upgraded here) unless
    `older` is True: then it is read as it is, for what every schema has (a check).
    """
    path = Path(path)
    version = check_file(path)
    _refuse_plain_database(path, unit_file_reason(path, version))
    return _open_on_read_only_media(path, reason, older=older)


def _refuse_plain_database(path: Path, unit_file: Text) -> None:
    """A plain file is read only when it is a unit file (a plain export); a plain database
    (an earlier version's) must be encrypted first. Asked only when this process holds no
    key for the file (so never of a file it has open: see encryption.key_for)."""
    if unit_file or encryption.key_for(path) is not None:
        return
    if encryption.is_plain(path):
        raise encryption.PlainDatabaseError(encryption.plain_database_message(path))


def open_for_reading(path: Path) -> Store:
    """Open a database only to read it (reports, exports): safe while the window has it.

    Read-only (open_read_only): it sees what was saved up to the moment it reads. A file
    from an older CIMIC Desk must be upgraded first: that is done the usual way
    (open_database: writer lock, backup, migration) when no other program has it open.
    """
    path = Path(path)
    version = check_file(path)
    if version < schema.schema_version() and not writer_lock.held_elsewhere(path):
        open_database(path, daily_backup=False).close()
    return open_read_only(path, reading_reason(path))


def _open_on_read_only_media(path: Path, reason: Text, *, older: bool = False) -> Store:
    """The database on a read-only connection, with the reason edits are refused."""
    try:
        conn = connect_read_only(path)
    except sqlite3.Error as exc:
        raise FileRefusedError(
            msg(
                "{reason} It could not be opened even for reading ({exc}): copy it, with the "
                "files beside it that end in -wal and -shm, to the laptop's disk first.",
                reason=reason,
                exc=str(exc),
            )
        ) from exc
    db = CimicDatabase(conn)
    db.path = path
    try:
        probes.refuse_newer(db, path)
        if not older and schema.migrations.pending(db):
            raise FileRefusedError(
                msg(
                    "{path_name} comes from an older CIMIC Desk and must be upgraded before it "
                    "can be used, which cannot be done where it is (the disk or folder cannot "
                    "be written). Copy it to the laptop's own disk and open the copy; the file "
                    "was not changed.",
                    path_name=path.name,
                )
            )
        return Store(path, db, media_read_only=reason)
    except (sqlite3.DatabaseError, ValueError) as exc:
        conn.close()
        raise _damaged(path, exc) from exc
    except BaseException:
        conn.close()
        raise


def integrity_problems(store: Store) -> list[str]:
    """What PRAGMA integrity_check reports; empty when the file is sound."""
    rows = [row[0] for row in store.db.execute("PRAGMA integrity_check").fetchall()]
    return [] if rows == ["ok"] else rows
