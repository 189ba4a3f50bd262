"""Builders for the sync tests: unit databases, imports with the units' fingerprints
confirmed, tampered (and re-signed) exports, canonical dumps, and checks of messages in
English and French."""

from __future__ import annotations

import json
import re
import uuid
from collections.abc import Iterator
from contextlib import closing, contextmanager
from pathlib import Path

from factories import (
    HANDOVER_PASSPHRASE,
    PASSPHRASE,
    SHARED_AGREEMENT_PRIVATE,
    SHARED_AGREEMENT_PUBLIC,
    raw_connect,
)

from cimicdesk.domain.enums import UnitLevel
from cimicdesk.domain.errors import CimicError
from cimicdesk.i18n.catalogue import texts
from cimicdesk.i18n.message import Message
from cimicdesk.store import encryption, file_copies, unit_keys
from cimicdesk.store.database import Store, create_database
from cimicdesk.store.encryption import sqlite3
from cimicdesk.sync import envelope, imports, signing
from cimicdesk.sync import manifest as mf
from cimicdesk.sync.export import export_snapshot
from cimicdesk.sync.report import ImportReport
from cimicdesk.sync.tables import TABLES


def unit_db(
    folder: Path,
    name: str,
    level: UnitLevel = UnitLevel.BATTALION,
    *,
    training: bool = False,
    parent: str = "",
) -> Store:
    """A new unit database; training=True for one that is seeded (or takes seeded files);
    parent: the formation it reports to."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name.replace(' ', '').lower()}.sqlite"
    return create_database(path, name, level, parent, training=training, passphrase=PASSPHRASE)


def export(store: Store, path: Path) -> Path:
    export_snapshot(store, path)
    return path


@contextmanager
def unsealed(path: Path, *, write: bool = False) -> Iterator[sqlite3.Connection]:
    """A connection to the SQLite file inside a unit or handover file (the tests' shared
    X25519 key, or the tests' handover passphrase, opens it): what its headquarters reads.
    write=True seals the changed file back in its place, for the same recipients (or with
    the same passphrase), as a forger holding the key could. A plain SQLite file (not
    sealed) is opened as it is."""
    path = Path(path)
    if not path.is_file():
        raise FileNotFoundError(path)
    if not envelope.is_envelope(path):
        with closing(raw_connect(path)) as conn:
            yield conn
            if write:
                conn.commit()
        return
    sealed = envelope.read_envelope(path)
    if sealed.mode == envelope.PASSPHRASE:
        key = envelope.key_for_passphrase(sealed, HANDOVER_PASSPHRASE)
    else:
        key = envelope.key_for_recipient(sealed, SHARED_AGREEMENT_PRIVATE)
    inner = path.with_name(f".{path.name}.{uuid.uuid4().hex[:8]}.inner")
    envelope.copy_payload(path, sealed, inner)
    try:
        with closing(encryption.connect(inner, key)) as conn:
            yield conn
            if write:
                conn.commit()
        if write:
            if sealed.mode == envelope.PASSPHRASE:
                envelope.seal_with_passphrase(inner, key, path, HANDOVER_PASSPHRASE)
            else:
                shared = envelope.Recipient(SHARED_AGREEMENT_PUBLIC, "TEST-SHARED-KEY")
                envelope.seal_for_recipients(inner, key, path, [shared])
    finally:
        for leftover in (inner, Path(f"{inner}-journal")):
            leftover.unlink(missing_ok=True)


def unsealed_copy(path: Path, out: Path) -> Path:
    """The SQLite file inside a unit file, written plain at `out` (as signed): what a
    holder of the headquarters' key could take out of it."""
    with unsealed(path) as conn:
        file_copies.copy_with_key(conn, out, None)
    return out


def fingerprint_of(path: Path) -> str | None:
    """The fingerprint of the key that signed an export (None: no readable manifest)."""
    try:
        with unsealed(path) as conn:
            row = mf.read_row(conn)
    except (sqlite3.Error, OSError, UnicodeDecodeError, CimicError, envelope.EnvelopeError):
        return None
    key = (row or {}).get("signer_key")
    try:
        return unit_keys.fingerprint(key) if isinstance(key, str) and key else None
    except ValueError:
        return None


def import_files(store: Store, paths, progress=None, **options) -> list[ImportReport]:
    """cimicdesk.sync.imports.import_files with the fingerprint of every file's signer
    confirmed, as the officer does at a unit's first import: for the tests of the merge,
    which exchange files between units that have not met before. The tests of enrolment
    call the real one."""
    paths = list(paths)
    confirmed = {fp for fp in map(fingerprint_of, paths) if fp}
    confirmed |= set(options.pop("enrol", ()))
    return imports.import_files(store, paths, progress, enrol=confirmed, **options)


def signing_key(store: Store) -> bytes:
    """The private key a unit signs its files with."""
    key = unit_keys.active_key(store.db)
    assert key is not None and key.private_key is not None
    return key.private_key


def resign(conn: sqlite3.Connection, signer: Store | bytes) -> None:
    """Sign the manifest of an export open on `conn` again, with the signer's key (its
    database, or the raw private key), as a unit that forged its own file would (the
    caller commits)."""
    row = mf.read_row(conn)  # as it is, however odd its fields: sign what is there
    assert row is not None
    key = signer if isinstance(signer, bytes) else signing_key(signer)
    unsigned = {name: value for name, value in row.items() if name != "signature"}
    signature = signing.sign(key, mf.SIGNATURE_DOMAIN, unsigned)
    conn.execute(f"UPDATE {mf.TABLE} SET signature = ?", [signature])


def canonical_dump(store: Store) -> dict[str, list[tuple]]:
    """Every synced table: id, origin, creation, business fields, tombstone and clock."""
    dump = {}
    for table in TABLES:
        columns = ["id", "origin_unit", "created_at", *table.fields, "clock"]
        listed = ", ".join(f'"{c}"' for c in columns)
        dump[table.name] = store.db.conn.execute(
            f"SELECT {listed} FROM {table.name} ORDER BY id"
        ).fetchall()
    return dump


def field_values(store: Store) -> set[tuple]:
    """(table, id, field, value) of every business field and tombstone now."""
    found = set()
    for table in TABLES:
        columns = ["id", *table.fields]
        listed = ", ".join(f'"{c}"' for c in columns)
        for row in store.db.conn.execute(f"SELECT {listed} FROM {table.name}"):
            for name, value in zip(table.fields, row[1:], strict=True):
                found.add((table.name, row[0], name, json.dumps(value)))
    return found


def field_clocks(conn: sqlite3.Connection) -> dict[tuple, tuple[int, str]]:
    """(table, id, field) -> (its clock's counter, its value as JSON), of a database or file."""
    from cimicdesk.store.synced import decode_clock

    found = {}
    for table in TABLES:
        columns = ["id", "clock", *table.fields]
        listed = ", ".join(f'"{c}"' for c in columns)
        for row in conn.execute(f"SELECT {listed} FROM {table.name}"):
            clock = decode_clock(row[1], table.fields)
            for name, value in zip(table.fields, row[2:], strict=True):
                found[(table.name, row[0], name)] = (clock[name][0], json.dumps(value))
    return found


def history_values(store: Store) -> set[tuple]:
    """(table, id, field, value) of every version kept in row_history."""
    found = set()
    names = {t.name: t.fields for t in TABLES}
    rows = store.db.conn.execute("SELECT table_name, row_id, version FROM row_history")
    for table, row_id, version in rows:
        kept = json.loads(version)
        for name in names.get(table, ()):
            if name in kept:
                found.add((table, row_id, name, json.dumps(kept[name])))
    return found


def raw_state(store: Store) -> dict[str, bytes]:
    """The database file and its -wal exactly as they are on disk (no checkpoint first)."""
    names = (store.path.name, f"{store.path.name}-wal")
    folder = store.path.parent
    return {n: (folder / n).read_bytes() for n in names if (folder / n).exists()}


def file_state(store: Store) -> dict[str, bytes]:
    """The database file and its -wal, after folding the write-ahead log into the main file
    (the -shm index is left out: SQLite rewrites it on every read)."""
    store.db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    names = (store.path.name, f"{store.path.name}-wal")
    return {
        n: (store.path.parent / n).read_bytes() for n in names if (store.path.parent / n).exists()
    }


def backups_of(store: Store) -> list[str]:
    folder = store.path.parent / "backups"
    return sorted(p.name for p in folder.iterdir()) if folder.exists() else []


def tamper(
    path: Path,
    sql: str,
    params: tuple = (),
    *,
    refresh_manifest: bool = False,
    signer: Store | bytes | None = None,
) -> None:
    """Change an export with plain SQL, as anyone with the sqlite3 shell could.

    With refresh_manifest the counts and digest are recomputed, as anyone can: the
    signature then no longer matches, unless `signer` (the unit's own database) signs
    the manifest again, as a buggy or malicious unit would: then only the row checks of
    the merge stand in the way. `signer` may be the raw private key (signing_key) instead.
    """
    with unsealed(path, write=True) as conn:
        conn.execute(sql, params)
        if refresh_manifest:
            tables = json.loads(conn.execute(f"SELECT counts FROM {mf.TABLE}").fetchone()[0])
            counts = mf.count_rows(conn, list(tables))
            digest = mf.digest(conn, list(tables))
            conn.execute(
                f"UPDATE {mf.TABLE} SET counts = ?, digest = ?", [json.dumps(counts), digest]
            )
        if signer is not None:
            resign(conn, signer)
        conn.commit()


def set_clock_field(clock_text: str, names: tuple[str, ...], field: str, entry: list) -> str:
    from cimicdesk.store.synced import decode_clock, encode_clock

    clock = decode_clock(clock_text, names)
    clock[field] = entry
    return encode_clock(clock)


# --- messages in two languages ------------------------------------------------------------

_FIELD = re.compile(r"\{\w+\}")
_BREAKS = re.compile(r"[.,:;()…'\"«»→\n]")
# Words of English sentences that French never uses: a window in French shows none of them.
ENGLISH_WORDS = re.compile(r"\b(the|was|is|not|of|and|has|does|its|it|this|from|Nothing)\b")


def english_phrases(message: Message | str) -> set[str]:
    """The fixed English phrases (three words or more) of a message and of the messages
    it holds: what must not be left when it is shown in French."""
    if not isinstance(message, Message):
        return set()
    found = set()
    for template in (message.text, message.plural or ""):
        for chunk in _FIELD.split(template):
            for phrase in _BREAKS.split(chunk):
                words = phrase.split()
                if len(words) >= 3:
                    found.add(" ".join(words))
    for value in message.params.values():
        found |= english_phrases(value)
    return found


def _officer_texts(message: Message | str) -> set[str]:
    """The text a message carries as it was given (names, paths): never translated."""
    if not isinstance(message, Message):
        return {message} if isinstance(message, str) and message else set()
    found: set[str] = set()
    for value in message.params.values():
        found |= _officer_texts(value)
    return found


def english_left(text: str, message: Message | str) -> list[str]:
    """English of `message` left in `text`: its phrases, or English words anywhere but in
    the names and paths it carries."""
    normal = " ".join(text.split())
    phrases = [phrase for phrase in english_phrases(message) if phrase in normal]
    for given in sorted(_officer_texts(message), key=len, reverse=True):
        normal = normal.replace(" ".join(given.split()), " ")
    return sorted(phrases) + ENGLISH_WORDS.findall(normal)


def assert_in_both_languages(message: Message | str, english: str) -> str:
    """The message is a Message whose English is `english` (str() of the error) and whose
    French holds no English; returns the French."""
    assert isinstance(message, Message), message
    assert texts("en").render(message) == english
    french = texts("fr").render(message)
    assert french != english
    assert english_left(french, message) == [], french
    return french
