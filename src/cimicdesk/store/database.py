"""Open a CIMIC Desk file safely: check it is ours and not newer, back it up, migrate it."""

from __future__ import annotations

import sqlite3
import uuid
from dataclasses import dataclass
from pathlib import Path

from sqlite_utils import Database

from cimicdesk.domain.enums import UnitLevel
from cimicdesk.domain.errors import CimicError, FileRefusedError
from cimicdesk.domain.timeutil import now_stamp
from cimicdesk.paths import backups_dir
from cimicdesk.store import schema

SQLITE_MAGIC = b"SQLite format 3\x00"


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
    UUID), unit (UnitInfo), backup_path (copy taken before a migration, if any).
    """

    def __init__(self, path: Path, db: Database, backup_path: Path | None = None):
        self.path = path
        self.db = db
        self.backup_path = backup_path
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
        self._state = meta.get("state", "")

    def read_only_reason(self) -> str:
        """Why this database refuses edits ('' when it accepts them)."""
        if self._state == "handed_over":
            return (
                f"{self.path.name} was handed over to the next contingent and is kept "
                "read-only. Open the copy the incoming officer took over instead."
            )
        return ""

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
    except sqlite3.DatabaseError as exc:
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


def _connect(path: Path) -> Database:
    conn = sqlite3.connect(str(path), timeout=10)
    return Database(conn)


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
    """A consistent copy of the open database in its backups folder (SQLite backup API)."""
    stamp = now_stamp().replace(":", "").replace("-", "").replace(".", "")
    target = backups_dir(path) / f"{path.stem}.{reason}.{stamp}.sqlite"
    destination = sqlite3.connect(str(target))
    try:
        db.conn.backup(destination)
    finally:
        destination.close()
    return target


def create_database(path: Path, unit_name: str, level: UnitLevel, parent: str = "") -> Store:
    """Create a new, empty database for a unit; refuses to overwrite an existing file."""
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
        )
    # Put the new header into the main file now, so even a copy taken without
    # its -wal side file is recognised as ours.
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return Store(path, db)


def open_database(path: Path) -> Store:
    """Open an existing database: refuse foreign or newer files, back up before migrating."""
    path = Path(path)
    version = check_file(path)
    db = _connect(path)
    try:
        applied = {m.name for m in schema.migrations.applied(db)}
        unknown = applied - schema.known_migration_names()
        if unknown:
            raise FileRefusedError(
                f"{path.name} has changes from a newer CIMIC Desk ({', '.join(sorted(unknown))}). "
                "Install the newer version to open it; the file was not changed."
            )
        _configure(db)
        backup = None
        if schema.migrations.pending(db):
            backup = backup_copy(
                db, path, f"before-schema-{schema.schema_version()}-from-{version}"
            )
            schema.migrations.apply(db)
            db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        store = Store(path, db, backup)
    except sqlite3.DatabaseError as exc:
        db.close()
        raise FileRefusedError(f"{path.name} is damaged and cannot be opened: {exc}.") from exc
    except BaseException:
        db.close()
        raise
    return store


def integrity_problems(store: Store) -> list[str]:
    """What PRAGMA integrity_check reports; empty when the file is sound."""
    rows = [row[0] for row in store.db.execute("PRAGMA integrity_check").fetchall()]
    return [] if rows == ["ok"] else rows
