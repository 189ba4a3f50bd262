"""Delta unit files, the sending side: write only the rows changed since an export.

Every write to a synced table, an edit here or a row merged in from another unit's file,
gives the row the next number of the database's change sequence (store/schema.py,
migration 012: change_log). Each exchange export records, in
export_log, the sequence it covered. A delta based on export B holds the same schema as
a full file but only the synced rows whose number is above B's, the photos those rows
name, their search entries, and the small tables the receiver reads whole (_meta,
known_units, the migrations); its manifest names B, B's database and B's sequence
(sync/manifest.py). So a delta is signed, sealed and verified like a full file, and
verifying it costs what the delta holds. The receiving side is sync/delta_bases.py.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from cimicdesk.domain.errors import CimicError
from cimicdesk.i18n.message import msg
from cimicdesk.store import encryption, map_index_sql, probes
from cimicdesk.store.encryption import sqlite3
from cimicdesk.store.schema import SYNCED_TABLES, change_trigger_names
from cimicdesk.sync.manifest import Manifest
from cimicdesk.sync.tables import BLOBS

# Tables a delta carries whole: what the receiver reads of the file besides its rows.
_WHOLE = ("_meta", "known_units", "_sqlite_migrations", "unit_keys")
_FTS_SHADOWS = ("_data", "_idx", "_content", "_docsize", "_config")
_SHADOWS = (*_FTS_SHADOWS, *map_index_sql.RTREE_SHADOWS)  # the map index's R*Tree too
SEARCH_KEYS = "search_keys"
SEARCH_INDEX = "search_index"


@dataclass(frozen=True)
class Base:
    """The export a delta builds on: its id, the database that made it, its sequence."""

    export_id: str
    replica_id: str
    seq: int


def has_change_log(conn: sqlite3.Connection) -> bool:
    return probes.has_table(conn, "export_log")


def last_base(conn: sqlite3.Connection) -> Base | None:
    """The latest exchange export made here, or None (then only a full file can go)."""
    if not has_change_log(conn):
        return None
    row = conn.execute(
        "SELECT export_id, replica_id, seq FROM export_log ORDER BY seq DESC, exported_at DESC "
        "LIMIT 1"
    ).fetchone()
    return Base(row[0], row[1], int(row[2])) if row else None


def base_named(conn: sqlite3.Connection, export_id: str) -> Base:
    """The export `export_id` made here; CimicError when this database made no such export."""
    found = None
    if has_change_log(conn):
        found = conn.execute(
            "SELECT export_id, replica_id, seq FROM export_log WHERE export_id = ?",
            [export_id.strip()],
        ).fetchone()
    if found is None:
        raise CimicError(
            msg(
                "This database made no export {export_id} that a delta can build on (only "
                "exports made with this version are listed). Export a full unit file "
                "instead. Nothing was written.",
                export_id=export_id,
            )
        )
    return Base(found[0], found[1], int(found[2]))


def no_base_message() -> CimicError:
    return CimicError(
        msg(
            "This database has made no export since it was upgraded, so there is nothing a "
            "delta could build on: export a full unit file first. Nothing was written."
        )
    )


def last_seq(conn: sqlite3.Connection, schema: str = "main") -> int:
    """The number of the latest write (0 when none was numbered yet)."""
    return int(conn.execute(f"SELECT coalesce(max(seq), 0) FROM {schema}.change_log").fetchone()[0])


def record_export(conn: sqlite3.Connection, written: Manifest, path: str) -> None:
    """Note an exchange export and the sequence it covered (caller commits)."""
    if has_change_log(conn) and written.covered_seq is not None:
        conn.execute(
            "INSERT OR REPLACE INTO export_log (export_id, kind, seq, base_export_id, "
            "replica_id, exported_at, path) VALUES (?, ?, ?, ?, ?, ?, ?)",
            [
                written.export_id,
                written.kind,
                written.covered_seq,
                written.base_export_id,
                written.replica_id,
                written.exported_at,
                path,
            ],
        )


def _schema(conn: sqlite3.Connection) -> list[tuple[str, str, str]]:
    """(type, name, sql) of every schema entry to recreate, in creation order; the shadow
    tables of a virtual table are made by it, SQLite's own tables by SQLite."""
    rows = conn.execute(
        "SELECT type, name, sql FROM main.sqlite_master WHERE sql IS NOT NULL "
        "AND name NOT LIKE 'sqlite_%' ORDER BY rowid"
    ).fetchall()
    virtual = [name for kind, name, sql in rows if sql.upper().startswith("CREATE VIRTUAL")]
    shadows = {v + suffix for v in virtual for suffix in _SHADOWS}
    return [(kind, name, sql) for kind, name, sql in rows if name not in shadows]


def write_delta(source: Path, target: Path, key: encryption.DatabaseKey, base: Base) -> int:
    """Write into the new file `target` (encrypted with `key`) the schema of `source` and
    the rows changed since `base`; the change sequence it covers. One read transaction
    of `source`, so the rows and the sequence are of one moment while others write."""
    reader = encryption.connect(source, timeout=30)
    try:
        reader.execute("PRAGMA busy_timeout = 30000")
        entries = _schema(reader)
        version = reader.execute("PRAGMA main.user_version").fetchone()[0]
        application_id = reader.execute("PRAGMA main.application_id").fetchone()[0]
        _create(target, key, [e for e in entries if e[0] == "table"], version, application_id)
        reader.execute(
            f"ATTACH DATABASE ? AS delta {encryption.attach_key_clause(key)}", [str(target)]
        )
        reader.execute("BEGIN")
        try:
            covered = last_seq(reader, "main")
            if covered < base.seq:
                raise CimicError(
                    msg(
                        "The export {export_id} covers changes this database does not have "
                        "(was it restored from a backup?): export a full unit file instead. "
                        "Nothing was written.",
                        export_id=base.export_id,
                    )
                )
            _copy_rows(reader, base.seq)
            numbering = set(change_trigger_names())  # a unit file numbers no write
            for _kind, name, sql in entries:
                if _kind != "table" and name not in numbering:
                    reader.execute(_in_delta(sql))
            reader.execute("COMMIT")
        except BaseException:
            reader.execute("ROLLBACK")
            raise
        finally:
            reader.execute("DETACH DATABASE delta")
    finally:
        reader.close()
    return covered


def _create(
    target: Path,
    key: encryption.DatabaseKey,
    tables: list[tuple[str, str, str]],
    version: int,
    application_id: int,
) -> None:
    """The new file with the source's tables, and its header's version and id."""
    if target.exists():
        raise FileExistsError(target)
    conn = encryption.connect(target, key, isolation_level=None)
    try:
        conn.execute("BEGIN")
        for _kind, _name, sql in tables:
            conn.execute(sql)
        conn.execute(f"PRAGMA user_version = {int(version)}")
        conn.execute(f"PRAGMA application_id = {int(application_id)}")
        conn.execute("COMMIT")
    finally:
        conn.close()


_HEAD = re.compile(
    r"^(\s*CREATE\s+(?:UNIQUE\s+)?(?:INDEX|TRIGGER|VIEW)\s+(?:IF\s+NOT\s+EXISTS\s+)?)",
    re.IGNORECASE,
)


def _in_delta(sql: str) -> str:
    """An index, trigger or view statement made to create its entry in the attached delta."""
    made, n = _HEAD.subn(r"\1delta.", sql, count=1)
    if n != 1:
        raise ValueError(f"cannot copy this schema entry: {sql[:60]}")
    return made


def _columns(conn: sqlite3.Connection, table: str) -> str:
    names = [r[1] for r in conn.execute(f'PRAGMA main.table_info("{table}")')]
    return ", ".join(f'"{n}"' for n in names)


def _copy_rows(conn: sqlite3.Connection, since: int) -> None:
    """The rows changed since `since`, their photos and search entries; the small tables
    the receiver reads whole."""
    present = probes.table_names(conn)
    for table in SYNCED_TABLES:
        listed = _columns(conn, table)
        conn.execute(
            f"INSERT INTO delta.{table} ({listed}) SELECT {listed} FROM main.{table} "
            f"WHERE id IN (SELECT row_id FROM main.change_log WHERE tbl = ? AND seq > ?) "
            "ORDER BY rowid",  # in the order a full file holds them (their order of writing)
            [table, since],
        )
    listed = _columns(conn, BLOBS)
    conn.execute(
        f"INSERT INTO delta.{BLOBS} ({listed}) SELECT {listed} FROM main.{BLOBS} "
        f"WHERE sha256 IN (SELECT sha256 FROM delta.attachments)"
    )
    for table in _WHOLE:
        if table in present:
            listed = _columns(conn, table)
            conn.execute(f"INSERT INTO delta.{table} ({listed}) SELECT {listed} FROM main.{table}")
    changed = " UNION ALL ".join(f"SELECT id FROM delta.{t}" for t in SYNCED_TABLES)
    conn.execute(
        f"INSERT INTO delta.{SEARCH_KEYS} (doc, kind, record_id) SELECT doc, kind, record_id "
        f"FROM main.{SEARCH_KEYS} WHERE record_id IN ({changed})"
    )
    conn.execute(
        f"INSERT INTO delta.{SEARCH_INDEX} (rowid, kind, record_id, title, body) "
        f"SELECT rowid, kind, record_id, title, body FROM main.{SEARCH_INDEX} "
        f"WHERE rowid IN (SELECT doc FROM delta.{SEARCH_KEYS})"
    )
    # The map entries of the rows carried, as a full file has them (derived data: the
    # receiver's triggers index what it merges, it never reads these).
    keys, index = map_index_sql.KEYS, map_index_sql.INDEX
    if keys in present:
        conn.execute(
            f"INSERT INTO delta.{keys} (n, kind, record_id) SELECT n, kind, record_id "
            f"FROM main.{keys} WHERE record_id IN ({changed})"
        )
        conn.execute(
            f"INSERT INTO delta.{index} SELECT * FROM main.{index} "
            f"WHERE n IN (SELECT n FROM delta.{keys})"
        )
