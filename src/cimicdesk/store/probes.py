"""What a database file holds, asked in one place: its tables, and whether it is too new.

Every question about a file's tables goes through sqlite-utils (table_names, table.exists)
on the caller's connection, plain sqlite3 or a sqlite_utils.Database: nothing else reads
sqlite_master by hand. A file a newer CIMIC Desk wrote, a schema version above this
program's or migrations it does not know, is refused here with one message wherever
it is opened.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any, TypeAlias

from sqlite_utils import Database

from cimicdesk.domain.errors import FileRefusedError
from cimicdesk.i18n.message import msg
from cimicdesk.store import schema
from cimicdesk.store.encryption import sqlite3

# An SQLCipher connection (a unit file being verified) or sqlite-utils' Database. SQLCipher's
# module has no type information, so its connection is Any to the type checker.
Connection: TypeAlias = Any


def as_database(conn: Connection) -> Database:
    """sqlite-utils' view of a connection, changing nothing on it (no pragma, no plugin)."""
    if isinstance(conn, Database):
        return conn
    return Database(conn, recursive_triggers=False, execute_plugins=False)


def table_names(conn: Connection) -> set[str]:
    """Every table of the file (FTS and SQLite's own included)."""
    return set(as_database(conn).table_names())


def has_table(conn: Connection, name: str) -> bool:
    """Whether the file has the table (an older schema may lack it)."""
    return as_database(conn).table(name).exists()


def content_tables(conn: Connection) -> set[str]:
    """The tables that hold content: not SQLite's own, not virtual (FTS) ones."""
    db = as_database(conn)
    return {
        name
        for name in db.table_names()
        if not name.startswith("sqlite_") and db.table(name).virtual_table_using is None
    }


# --- the newer-schema guard -------------------------------------------------------------


def user_version(conn: Connection) -> int:
    """The schema version the file records (PRAGMA user_version)."""
    return int(as_database(conn).execute("PRAGMA user_version").fetchone()[0])


def unknown_migrations(conn: Connection) -> list[str]:
    """Migrations applied to the file that this program does not know, sorted.

    sqlite3.DatabaseError when the file's migrations table lacks the columns sqlite-utils
    reads (a forged or damaged file): it is refused as damaged, as any SQL error on it is.
    """
    try:
        applied = {m.name for m in schema.migrations.applied(as_database(conn))}
    except KeyError as exc:  # sqlite-utils reads rows as dicts: a missing column is a KeyError
        raise sqlite3.DatabaseError(f"its migrations table has no column {exc}") from None
    return sorted(applied - schema.known_migration_names())


def newer_schema_error(
    path: Path, version: int, unknown: Iterable[str] = ()
) -> FileRefusedError | None:
    """The refusal of a file written by a newer CIMIC Desk (a schema version above this
    program's, or migrations it does not know); None when this program can read it."""
    if version > schema.schema_version():
        return FileRefusedError(
            msg(
                "{path_name} was written by a newer CIMIC Desk (schema {user_version}; this "
                "program knows up to {schema_version}). Install the newer version to open it; "
                "the file was not changed.",
                path_name=Path(path).name,
                user_version=str(version),
                schema_version=str(schema.schema_version()),
            )
        )
    unknown = sorted(unknown)
    if unknown:
        return FileRefusedError(
            msg(
                "{path_name} has changes from a newer CIMIC Desk ({unknown}). Install the "
                "newer version to open it; the file was not changed.",
                path_name=Path(path).name,
                unknown=", ".join(unknown),
            )
        )
    return None


def refuse_newer(conn: Connection, path: Path) -> None:
    """FileRefusedError when a newer CIMIC Desk wrote the file open on `conn`."""
    error = newer_schema_error(path, user_version(conn), unknown_migrations(conn))
    if error is not None:
        raise error
