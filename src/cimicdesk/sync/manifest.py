"""The manifest an export carries inside it: who, when, how many rows, and a digest of them.

The digest ("sha256-rows-v1") is the SHA-256 of this text, encoded as UTF-8:

    for each table named in the manifest's counts, in that order:
        one line  ["table", NAME, [COLUMN, ...]]        columns in the table's own order
        one line per row, ordered by the table's primary key (BINARY collation), or by
        every column when it has none:
                  [VALUE, ...]                          the row's values in column order

The tables are every table of the file but the manifest itself, SQLite's own
(sqlite_*) and virtual ones (the search index is covered through its shadow tables):
first the synced tables in merge order, then blobs, then the others by name. Each
line is compact JSON (separators "," and ":", non-ASCII kept) followed by "\n";
integers and reals as JSON numbers (reals in Python's shortest round-trip form), NULL
as null, a BLOB as {"blob": "<lower-case hex>"}. Rowids that are not a declared
INTEGER PRIMARY KEY are never hashed. Because it hashes rows, not pages, the digest
survives VACUUM and any other rewrite of the file that keeps its content, but changes
if any row, column or value is changed, added or removed anywhere in the file.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from typing import Any

from cimicdesk.domain import bounds
from cimicdesk.domain.codec import ValueRefused
from cimicdesk.i18n.message import msg
from cimicdesk.store import probes
from cimicdesk.store.database import MANIFEST_TABLE
from cimicdesk.store.encryption import sqlite3
from cimicdesk.store.schema import SYNCED_TABLES
from cimicdesk.sync.tables import BLOBS

TABLE = MANIFEST_TABLE  # store.database recognises a unit file by it
FORMAT = "cimicdesk-export-1"
DIGEST_ALGORITHM = "sha256-rows-v1"
EXCHANGE = "exchange"
HANDOVER = "handover"
_CREATE = f"""
CREATE TABLE {TABLE} (
    export_id TEXT PRIMARY KEY NOT NULL,
    format TEXT NOT NULL,
    purpose TEXT NOT NULL,
    unit_name TEXT NOT NULL,
    unit_level TEXT NOT NULL,
    unit_parent TEXT NOT NULL,
    replica_id TEXT NOT NULL,
    exported_at TEXT NOT NULL,
    schema_version INTEGER NOT NULL,
    program_version TEXT NOT NULL,
    counts TEXT NOT NULL,
    digest_algorithm TEXT NOT NULL,
    digest TEXT NOT NULL,
    handed_over_by TEXT NOT NULL DEFAULT '',
    handed_over_to TEXT NOT NULL DEFAULT '')
"""


@dataclass(frozen=True)
class Manifest:
    """What an export says of itself.

    Attributes: export_id (UUID), purpose ('exchange' or 'handover'), unit_name,
    unit_level, unit_parent, replica_id (the sending database), exported_at (UTC stamp),
    schema_version, program_version, counts (rows per table covered by the digest),
    digest (see the module docstring), handed_over_by / handed_over_to (handover only).
    """

    export_id: str
    purpose: str
    unit_name: str
    unit_level: str
    unit_parent: str
    replica_id: str
    exported_at: str
    schema_version: int
    program_version: str
    counts: dict[str, int] = field(default_factory=dict)
    digest: str = ""
    handed_over_by: str = ""
    handed_over_to: str = ""

    @property
    def records(self) -> int:
        """Rows of the synced tables: the records, tombstones included."""
        return sum(n for table, n in self.counts.items() if table in SYNCED_TABLES)


def content_tables(conn: sqlite3.Connection) -> list[str]:
    """The tables an export's manifest covers, in digest order (see the module docstring)."""
    present = probes.content_tables(conn) - {TABLE}
    first = [t for t in (*SYNCED_TABLES, BLOBS) if t in present]
    return first + sorted(present - set(first))


def count_rows(conn: sqlite3.Connection, tables: list[str]) -> dict[str, int]:
    return {t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}


def _blob(value: Any) -> dict[str, str]:
    if isinstance(value, bytes | bytearray | memoryview):
        return {"blob": bytes(value).hex()}
    raise TypeError(f"cannot digest a {type(value).__name__}")


_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), default=_blob)


def _line(value: Any) -> bytes:
    return _ENCODER.encode(value).encode("utf-8") + b"\n"


def _order(conn: sqlite3.Connection, name: str, columns: list[str]) -> str:
    info = conn.execute(f'PRAGMA table_info("{name}")').fetchall()
    keys = [row[1] for row in sorted(info, key=lambda r: r[5]) if row[5]]
    return ", ".join(f'"{c}"' for c in (keys or columns))


def digest(conn: sqlite3.Connection, tables: list[str]) -> str:
    """The sha256-rows-v1 digest of the tables (see the module docstring)."""
    h = hashlib.sha256()
    for name in tables:
        columns = [r[1] for r in conn.execute(f'PRAGMA table_info("{name}")')]
        h.update(_line(["table", name, columns]))
        listed = ", ".join(f'"{c}"' for c in columns)
        order = _order(conn, name, columns)
        cursor = conn.execute(f'SELECT {listed} FROM "{name}" ORDER BY {order}')
        while rows := cursor.fetchmany(2000):
            h.update(b"".join(_line(list(row)) for row in rows))
    return h.hexdigest()


def write_manifest(conn: sqlite3.Connection, manifest: Manifest) -> None:
    """Create the manifest table in an export and fill its one row (caller commits)."""
    conn.execute(_CREATE)
    conn.execute(
        f"INSERT INTO {TABLE} (export_id, format, purpose, unit_name, unit_level, unit_parent, "
        "replica_id, exported_at, schema_version, program_version, counts, digest_algorithm, "
        "digest, handed_over_by, handed_over_to) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            manifest.export_id,
            FORMAT,
            manifest.purpose,
            manifest.unit_name,
            manifest.unit_level,
            manifest.unit_parent,
            manifest.replica_id,
            manifest.exported_at,
            manifest.schema_version,
            manifest.program_version,
            json.dumps(manifest.counts),
            DIGEST_ALGORITHM,
            manifest.digest,
            manifest.handed_over_by,
            manifest.handed_over_to,
        ],
    )


def has_manifest(conn: sqlite3.Connection) -> bool:
    return probes.has_table(conn, TABLE)


def read_manifest(conn: sqlite3.Connection) -> Manifest | None:
    """The manifest of an export; None when the file has none, or not exactly one row.

    Raises ValueRefused (a ValueError) when the row is there but cannot be understood.
    """
    if not has_manifest(conn):
        return None
    cursor = conn.execute(f"SELECT * FROM {TABLE}")
    names = [d[0] for d in cursor.description]
    rows = cursor.fetchall()
    if len(rows) != 1:
        return None
    row = dict(zip(names, rows[0], strict=True))
    if row.get("format") != FORMAT or row.get("digest_algorithm") != DIGEST_ALGORITHM:
        raise ValueRefused(msg("unknown export format {format}", format=repr(row.get("format"))))
    text = row["counts"] if isinstance(row["counts"], str) else ""
    if bounds.json_depth_problem(text):  # json would recurse once per level
        raise ValueRefused(
            msg("the row counts are nested deeper than {n} levels", n=bounds.MAX_JSON_DEPTH)
        )
    try:
        counts = bounds.loads(text) if text else None
    except ValueError:  # not JSON: not a table of numbers either
        counts = None
    if not isinstance(counts, dict) or not all(
        isinstance(k, str) and bounds.ROW_COUNT.problem(v) is None for k, v in counts.items()
    ):
        raise ValueRefused(msg("the row counts are not a table of numbers (0 to 2^53)"))
    return Manifest(
        export_id=row["export_id"],
        purpose=row["purpose"],
        unit_name=row["unit_name"],
        unit_level=row["unit_level"],
        unit_parent=row["unit_parent"],
        replica_id=row["replica_id"],
        exported_at=row["exported_at"],
        schema_version=int(row["schema_version"]),
        program_version=row["program_version"],
        counts=counts,
        digest=row["digest"],
        handed_over_by=row["handed_over_by"],
        handed_over_to=row["handed_over_to"],
    )
