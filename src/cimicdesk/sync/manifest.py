"""The manifest an export carries inside it: who, when, how many rows, a digest of them, and
the unit's signature over all of it.

The digest is the SHA-256 of this text, encoded as UTF-8:

    one line per entry of the file's schema (sqlite_master) but the manifest's own,
    ordered by type then name:
                  ["schema", TYPE, NAME, TABLE, SQL]
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
if any row, column, value, table, index or trigger is changed, added or removed.

The signature ("ed25519-rows-v2") is the unit's Ed25519 signature (sync/signing.py,
domain SIGNATURE_DOMAIN) of every column of the manifest's one row but the signature
itself, as canonical JSON: the digest and also the unit's name, level and parent, the
replica id, the export id and time, the counts, the signer's public keys and the chain
of handover vouches (sync/vouching.py). So no row and no field of the manifest can be
changed without the unit's private key. A file of the first format
("cimicdesk-export-1", digest "sha256-rows-v1") carries no signature and is refused.

Format "cimicdesk-export-3" adds, inside what is signed, what a delta needs (sync/delta.py):
kind ('full' or 'delta'), covered_seq (the sender's change sequence the file covers),
and for a delta base_export_id, base_replica_id and base_seq (the export it builds on,
the database that made it, and the sequence that export covered). A file of format 2
is a full file whose sequence is unknown; it still imports.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from itertools import repeat
from json import encoder as json_encoder
from typing import Any

from cimicdesk.domain import bounds
from cimicdesk.domain.codec import ValueRefused
from cimicdesk.i18n.message import msg
from cimicdesk.store import probes
from cimicdesk.store.database import MANIFEST_TABLE
from cimicdesk.store.encryption import sqlite3
from cimicdesk.store.schema import SYNCED_TABLES
from cimicdesk.sync import signing
from cimicdesk.sync.tables import BLOBS

TABLE = MANIFEST_TABLE  # store.database recognises a unit file by it
FORMAT = "cimicdesk-export-3"
FULL_FORMAT_2 = "cimicdesk-export-2"  # before deltas: no kind, no sequence; still imported
DIGEST_ALGORITHM = "ed25519-rows-v2"
UNSIGNED_FORMAT = "cimicdesk-export-1"  # digest "sha256-rows-v1", no signature: refused
SIGNATURE_DOMAIN = "cimicdesk-unit-file-2"
EXCHANGE = "exchange"
HANDOVER = "handover"
FULL = "full"
DELTA = "delta"
KINDS = (FULL, DELTA)
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
    handed_over_to TEXT NOT NULL DEFAULT '',
    signer_key TEXT NOT NULL,
    agreement_key TEXT NOT NULL,
    vouches TEXT NOT NULL DEFAULT '[]',
{{delta}}    signature TEXT NOT NULL)
"""
_DELTA_CREATE = """    kind TEXT NOT NULL,
    covered_seq INTEGER NOT NULL,
    base_export_id TEXT NOT NULL,
    base_replica_id TEXT NOT NULL,
    base_seq INTEGER NOT NULL,
"""
# The columns of the manifest, in order; the signature covers all the others.
COLUMNS = (
    "export_id",
    "format",
    "purpose",
    "unit_name",
    "unit_level",
    "unit_parent",
    "replica_id",
    "exported_at",
    "schema_version",
    "program_version",
    "counts",
    "digest_algorithm",
    "digest",
    "handed_over_by",
    "handed_over_to",
    "signer_key",
    "agreement_key",
    "vouches",
    "signature",
)
# The columns format 3 adds (before the signature, which is always last).
DELTA_COLUMNS = ("kind", "covered_seq", "base_export_id", "base_replica_id", "base_seq")
COLUMNS_3 = (*COLUMNS[:-1], *DELTA_COLUMNS, COLUMNS[-1])
_INTEGERS = ("schema_version", "covered_seq", "base_seq")


@dataclass(frozen=True)
class Manifest:
    """What an export says of itself.

    Attributes: export_id (UUID), purpose ('exchange' or 'handover'), unit_name,
    unit_level, unit_parent, replica_id (the sending database), exported_at (UTC stamp),
    schema_version, program_version, counts (rows per table covered by the digest),
    digest (see the module docstring), handed_over_by / handed_over_to (handover only),
    signer_key (hex of the Ed25519 public key that signs it), agreement_key (hex of the
    unit's X25519 public key), vouches (JSON list: the handover vouches that lead from
    the unit's first key to signer_key, sync/vouching.py), signature (hex; '' until
    signed), kind ('full' or 'delta'), covered_seq (the sender's change sequence the file
    covers; None for a file of format 2), base_export_id, base_replica_id and base_seq
    (a delta: the export it builds on; '' / '' / -1 for a full file).
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
    signer_key: str = ""
    agreement_key: str = ""
    vouches: str = "[]"
    signature: str = ""
    kind: str = FULL
    covered_seq: int | None = None
    base_export_id: str = ""
    base_replica_id: str = ""
    base_seq: int = -1

    @property
    def is_delta(self) -> bool:
        return self.kind == DELTA

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


def _row_encoder() -> Callable[[Sequence[Any], int], list[str]] | None:
    """json's C encoder made once, with _ENCODER's settings (so its text is _ENCODER's,
    byte for byte: a real as repr, non-ASCII kept, a BLOB through _blob), without the
    check for circular values (a row of SQLite values holds none); None without it."""
    make = getattr(json_encoder, "c_make_encoder", None)
    if make is None:
        return None
    encoder: Callable[[Sequence[Any], int], list[str]] = make(
        None, _blob, json_encoder.encode_basestring, None, ":", ",", False, False, True
    )
    return encoder


_ROW_ENCODER = _row_encoder()


def _lines(rows: list[Any]) -> bytes:
    """The digest's lines of these rows, as _line gives each one, in one pass.

    The rows are many (every row of a full unit file): encoding them in C, with no Python
    call per row, takes a fifth off the time verification spends on the digest
    (tests/sync/test_digest_encoding.py holds it to the format's bytes)."""
    if _ROW_ENCODER is None or not rows:
        return b"".join(_line(list(row)) for row in rows)
    text = "\n".join(map("".join, map(_ROW_ENCODER, rows, repeat(0))))
    return text.encode("utf-8") + b"\n"


def _order(conn: sqlite3.Connection, name: str, columns: list[str]) -> str:
    info = conn.execute(f'PRAGMA table_info("{name}")').fetchall()
    keys = [row[1] for row in sorted(info, key=lambda r: r[5]) if row[5]]
    return ", ".join(f'"{c}"' for c in (keys or columns))


def digest(conn: sqlite3.Connection, tables: list[str]) -> str:
    """The digest of the file's schema and of the tables' rows (see the module docstring)."""
    h = hashlib.sha256()
    schema = conn.execute(
        "SELECT type, name, tbl_name, sql FROM sqlite_master WHERE tbl_name != ? "
        "ORDER BY type, name",
        [TABLE],
    )
    h.update(b"".join(_line(["schema", *row]) for row in schema.fetchall()))
    for name in tables:
        columns = [r[1] for r in conn.execute(f'PRAGMA table_info("{name}")')]
        h.update(_line(["table", name, columns]))
        listed = ", ".join(f'"{c}"' for c in columns)
        order = _order(conn, name, columns)
        cursor = conn.execute(f'SELECT {listed} FROM "{name}" ORDER BY {order}')
        while rows := cursor.fetchmany(2000):
            h.update(_lines(rows))
    return h.hexdigest()


def row_of(manifest: Manifest) -> dict[str, Any]:
    """The manifest as its table's row: every column, in COLUMNS_3 order (COLUMNS for a
    file of format 2, which has no sequence)."""
    row = {
        "export_id": manifest.export_id,
        "format": FORMAT if manifest.covered_seq is not None else FULL_FORMAT_2,
        "purpose": manifest.purpose,
        "unit_name": manifest.unit_name,
        "unit_level": manifest.unit_level,
        "unit_parent": manifest.unit_parent,
        "replica_id": manifest.replica_id,
        "exported_at": manifest.exported_at,
        "schema_version": manifest.schema_version,
        "program_version": manifest.program_version,
        "counts": json.dumps(manifest.counts),
        "digest_algorithm": DIGEST_ALGORITHM,
        "digest": manifest.digest,
        "handed_over_by": manifest.handed_over_by,
        "handed_over_to": manifest.handed_over_to,
        "signer_key": manifest.signer_key,
        "agreement_key": manifest.agreement_key,
        "vouches": manifest.vouches,
    }
    if manifest.covered_seq is not None:
        row.update(
            kind=manifest.kind,
            covered_seq=manifest.covered_seq,
            base_export_id=manifest.base_export_id,
            base_replica_id=manifest.base_replica_id,
            base_seq=manifest.base_seq,
        )
    row["signature"] = manifest.signature
    return row


def _signed_part(row: dict[str, Any]) -> dict[str, Any]:
    return {name: value for name, value in row.items() if name != "signature"}


def sign(manifest: Manifest, private_key: bytes) -> Manifest:
    """The manifest with its signature by the unit's key (raw Ed25519 private bytes)."""
    row = row_of(manifest)
    signature = signing.sign(private_key, SIGNATURE_DOMAIN, _signed_part(row))
    return replace(manifest, signature=signature)


def signature_verifies(row: dict[str, Any]) -> bool:
    """Whether the row's signature is its signer_key's over every other column it has."""
    return signing.verifies(
        row.get("signer_key"), row.get("signature"), SIGNATURE_DOMAIN, _signed_part(row)
    )


def is_unsigned(row: dict[str, Any]) -> bool:
    """A manifest of the first format, or one whose signature or key is missing."""
    return (
        row.get("format") == UNSIGNED_FORMAT
        or not row.get("signature")
        or not row.get("signer_key")
    )


def write_manifest(conn: sqlite3.Connection, manifest: Manifest) -> None:
    """Create the manifest table in an export and fill its one row (caller commits)."""
    row = row_of(manifest)
    conn.execute(_CREATE.format(delta=_DELTA_CREATE if "kind" in row else ""))
    listed = ", ".join(row)
    marks = ", ".join("?" for _ in row)
    conn.execute(f"INSERT INTO {TABLE} ({listed}) VALUES ({marks})", list(row.values()))


def has_manifest(conn: sqlite3.Connection) -> bool:
    return probes.has_table(conn, TABLE)


def read_row(conn: sqlite3.Connection) -> dict[str, Any] | None:
    """The manifest's one row as it is, every column; None when there is none, or more."""
    if not has_manifest(conn):
        return None
    cursor = conn.execute(f"SELECT * FROM {TABLE}")
    names = [d[0] for d in cursor.description]
    rows = cursor.fetchall()
    if len(rows) != 1:
        return None
    return dict(zip(names, rows[0], strict=True))


def read_manifest(conn: sqlite3.Connection) -> Manifest | None:
    """The manifest of an export; None when the file has none, or not exactly one row.

    Raises ValueRefused (a ValueError) when the row is there but cannot be understood.
    Its signature is not checked here (signature_verifies).
    """
    row = read_row(conn)
    if row is None:
        return None
    expected = COLUMNS_3 if row.get("format") == FORMAT else COLUMNS
    if row.get("format") not in (FORMAT, FULL_FORMAT_2) or set(row) != set(expected):
        if set(row) not in (set(COLUMNS), set(COLUMNS_3)):
            raise ValueRefused(msg("its columns are not those of a manifest"))
        raise ValueRefused(msg("unknown export format {format}", format=repr(row.get("format"))))
    if not all(isinstance(row[name], str) for name in expected if name not in _INTEGERS):
        raise ValueRefused(msg("its fields are not text"))
    if row.get("digest_algorithm") != DIGEST_ALGORITHM:
        raise ValueRefused(msg("unknown export format {format}", format=repr(row.get("format"))))
    delta = _delta_fields(row) if row.get("format") == FORMAT else {}
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
        signer_key=row["signer_key"],
        agreement_key=row["agreement_key"],
        vouches=row["vouches"],
        signature=row["signature"],
        **delta,
    )


def _delta_fields(row: dict[str, Any]) -> dict[str, Any]:
    """The delta fields of a format-3 row, checked: a known kind, sequences that are
    numbers (a delta's base below what it covers), a delta naming its base."""
    kind, covered, base_seq = row["kind"], row["covered_seq"], row["base_seq"]
    if kind not in KINDS:
        raise ValueRefused(msg("unknown kind of unit file {kind}", kind=repr(kind)))
    numbers = (covered, base_seq)
    if not all(isinstance(n, int) and not isinstance(n, bool) for n in numbers):
        raise ValueRefused(msg("its change sequence is not a number"))
    if covered < 0 or bounds.ROW_COUNT.problem(covered) is not None:
        raise ValueRefused(msg("its change sequence is not a number"))
    if kind == DELTA and not (
        row["base_export_id"] and row["base_replica_id"] and 0 <= base_seq <= covered
    ):
        raise ValueRefused(msg("it is a delta that does not name the export it builds on"))
    return {
        "kind": kind,
        "covered_seq": covered,
        "base_export_id": row["base_export_id"],
        "base_replica_id": row["base_replica_id"],
        "base_seq": base_seq,
    }
