"""Check a file offered for import or takeover, on a local copy, before anything changes.

Checks in order: the file exists and has no -wal beside it; it is not bigger than a
unit file may be (limits.py: only its size is read); it is SQLite, not cut short, ours
(application id), an export rather than a database file (rollback journal with a
manifest), not newer than this program, whole (integrity_check), signed (a manifest of
the current format, with a signature), its signature is its signer's over the whole
manifest (sync/manifest.py), the handover vouches it carries lead from one key to the
next up to its signer (sync/vouching.py), its schema and rows match the manifest's
counts and digest, its export time is not later than this laptop's clock allows
(limits.py), and every number is within its range (number_scan.py). Whether the signer
is a unit this database receives from is asked at import (sync/enrolment.py). An older
schema is then upgraded, on the copy, with the same migrations the program applies to
its own files. Each refusal is a PackageRefusedError whose reason says which check failed.
"""

from __future__ import annotations

import errno
import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlite_utils import Database

from cimicdesk.domain.errors import CimicError
from cimicdesk.domain.timeutil import utc_now
from cimicdesk.i18n.message import Message, msg
from cimicdesk.store import encryption, probes, schema
from cimicdesk.store.database import SQLITE_MAGIC, DiskFullError
from cimicdesk.store.encryption import sqlite3
from cimicdesk.store.training import is_training
from cimicdesk.store.unit_keys import fingerprint
from cimicdesk.sync import envelope, limits, vouching
from cimicdesk.sync import errors as why
from cimicdesk.sync import manifest as mf
from cimicdesk.sync.errors import PackageRefusedError
from cimicdesk.sync.manifest import Manifest
from cimicdesk.sync.number_scan import first_out_of_range

_CACHE_KIB = 64 * 1024  # the page cache while a file is checked (see verify_package)


@dataclass(frozen=True)
class VerifiedPackage:
    """An export that passed every check.

    Attributes: source (the file offered), copy (the verified local copy, upgraded to
    this program's schema), manifest, sha256 (of the file as offered), file_schema
    (its schema version before any upgrade), training (it comes from a training database:
    read from its _meta, which the digest covers).
    """

    source: Path
    copy: Path
    manifest: Manifest
    sha256: str
    file_schema: int
    training: bool = False

    @property
    def upgraded(self) -> bool:
        return self.file_schema < schema.schema_version()

    @property
    def fingerprint(self) -> str:
        """The fingerprint of the key that signed the file."""
        return fingerprint(self.manifest.signer_key)

    @property
    def vouches(self) -> list[vouching.Vouch]:
        """The handover vouches the file carries, checked: oldest first."""
        return vouching.chain_from_json(self.manifest.vouches)


def verify_package(
    path: Path | str,
    workdir: Path,
    *,
    agreement_keys: Sequence[bytes] = (),
    passphrase: str | None = None,
) -> VerifiedPackage:
    """Copy `path` into `workdir`, check the copy, upgrade it if older; refuse a bad file.

    A sealed file (sync/envelope.py) is opened with the receiving database's X25519
    private keys (`agreement_keys`) or, a handover file, with the handover `passphrase`;
    its payload is copied still encrypted, and its key kept in this process for the copy.
    """
    source = Path(path)
    name = source.name
    if not source.is_file():
        raise PackageRefusedError(
            why.MISSING,
            source,
            msg("{path} does not exist. Nothing was changed.", path=str(source)),
        )
    if Path(f"{source}-wal").exists():
        raise PackageRefusedError(
            why.LIVE_COPY,
            source,
            msg(
                "{name} has a write-ahead log ({name}-wal) beside it: this looks like a "
                "database that is open, or a copy of a database that was open, not an export. "
                "Use File → Export (or 'cimicdesk export') on the sending laptop and bring "
                "that file. Nothing was changed.",
                name=name,
            ),
        )
    too_large = limits.size_problem(source, limits.MAX_FILE_BYTES)
    if too_large:
        raise PackageRefusedError(why.TOO_LARGE, source, too_large)
    copy = workdir / f"{source.stem}.incoming.sqlite"
    if envelope.is_envelope(source):
        sha256 = _open_envelope(source, copy, agreement_keys, passphrase)
        file_schema = _check_sealed_header(copy, name, source)
    else:
        sha256 = _copy_and_hash(source, copy)
        header = _check_header(copy, name, source)
        file_schema = int.from_bytes(header[60:64], "big")
    conn = encryption.connect(f"{copy.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
    try:
        # The digest reads each table in key order, all over the file: with SQLite's 2 MiB
        # cache every page is read and decrypted again and again (a 20 MB file took twice
        # as long to check). Pages are held only as they are read: at most the file's size.
        conn.execute(f"PRAGMA cache_size = {-_CACHE_KIB}")
        found = _check_content(conn, name, source, file_schema)
        meta = dict(conn.execute("SELECT key, value FROM _meta").fetchall())
    except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:
        # A garbled schema makes SQLite quote non-UTF-8 bytes in its message, which
        # Python then cannot decode: damaged all the same.
        raise _damaged(source, str(exc)) from exc  # SQLite's words: a detail for experts
    finally:
        conn.close()
    if file_schema < schema.schema_version():
        _upgrade(copy, source)
    return VerifiedPackage(source, copy, found, sha256, file_schema, is_training(meta))


def _open_envelope(
    source: Path, copy: Path, agreement_keys: Sequence[bytes], passphrase: str | None
) -> str:
    """Unwrap the payload key, copy the payload (encrypted) and check it; its SHA-256."""
    name = source.name
    try:
        sealed = envelope.read_envelope(source)
    except OSError as exc:
        raise _unreadable(source, exc) from exc
    except envelope.EnvelopeError as exc:
        raise _not_an_export(source) from exc
    try:
        if sealed.mode == envelope.PASSPHRASE:
            if passphrase is None:
                raise PackageRefusedError(
                    why.HANDOVER_FILE,
                    source,
                    msg(
                        "{name} is a handover file: it is not imported, it is taken over by "
                        "the incoming contingent with its handover passphrase (File → Take "
                        "over, or 'cimicdesk takeover'). Nothing was changed.",
                        name=name,
                    ),
                )
            key = envelope.key_for_passphrase(sealed, passphrase)
        else:
            key = _unwrap_for_us(sealed, agreement_keys, source)
    except envelope.EnvelopeError as exc:
        if exc.reason == envelope.EnvelopeError.WRONG_PASSPHRASE:
            raise PackageRefusedError(
                why.WRONG_HANDOVER_PASSPHRASE,
                source,
                msg(
                    "The handover passphrase does not open {name}. Ask the outgoing officer "
                    "for it again (it is not your database's passphrase). Nothing was changed.",
                    name=name,
                ),
            ) from exc
        raise _tampered(source, msg("its envelope was changed")) from exc
    try:
        sha256 = envelope.copy_payload(source, sealed, copy)
    except envelope.EnvelopeError as exc:
        raise _tampered(source, msg("its content is not what was sealed")) from exc
    except OSError as exc:
        raise (
            _no_room(source, exc) if exc.errno == errno.ENOSPC else _unreadable(source, exc)
        ) from exc
    encryption.remember(copy, key)
    return sha256


def _unwrap_for_us(
    sealed: envelope.Envelope, agreement_keys: Sequence[bytes], source: Path
) -> encryption.DatabaseKey:
    for private in agreement_keys:
        try:
            return envelope.key_for_recipient(sealed, private)
        except envelope.EnvelopeError as exc:
            if exc.reason != envelope.EnvelopeError.NOT_FOR_US:
                raise
    raise PackageRefusedError(
        why.NOT_FOR_US,
        source,
        msg(
            "{name} is sealed for another headquarters (key {fingerprints}), so it cannot be "
            "opened here. Check that the unit has enrolled this headquarters' card and "
            "exports for it. Nothing was changed.",
            name=source.name,
            fingerprints=", ".join(sealed.recipients) or "?",
        ),
    )


def _check_sealed_header(copy: Path, name: str, source: Path) -> int:
    """The checks _check_header makes, asked of SQLite below the payload's encryption
    (its size and SHA-256 were checked against the sealed header already); the schema."""
    try:
        conn = encryption.connect(f"{copy.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
        try:
            application_id = conn.execute("PRAGMA application_id").fetchone()[0]
            journal = conn.execute("PRAGMA journal_mode").fetchone()[0]
            version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        finally:
            conn.close()
    except (sqlite3.DatabaseError, CimicError, UnicodeDecodeError) as exc:
        raise _damaged(source, str(exc)) from exc
    if application_id != schema.APPLICATION_ID:
        raise _foreign(source, name)
    if journal != "delete":
        raise _not_an_export(source)
    if version > schema.schema_version():
        raise _newer(source, msg("schema {version}", version=str(version)))
    return version


def _foreign(source: Path, name: str) -> PackageRefusedError:
    return PackageRefusedError(
        why.FOREIGN,
        source,
        msg(
            "{path_name} is an SQLite database, but not one of CIMIC Desk (its application "
            "id is not ours). Nothing was changed.",
            path_name=name,
        ),
    )


def _not_an_export(source: Path) -> PackageRefusedError:
    return PackageRefusedError(
        why.NOT_SQLITE,
        source,
        msg(
            "{name} is not a CIMIC Desk export: it is not an export file at all (a "
            "copy of an encrypted database, or a damaged or foreign file). Use File → "
            "Export (or 'cimicdesk export') on the sending laptop and bring that file. "
            "Nothing was changed.",
            name=source.name,
        ),
    )


def _copy_and_hash(source: Path, copy: Path) -> str:
    """Copy the incoming file to the work folder, hashing it on the way.

    Reading and writing fail for different reasons and are told apart: the copy is
    written beside the receiving database (store/work_folder.py), so a write that fails
    says that disk is full, not that the unit file cannot be read.
    """
    h = hashlib.sha256()
    try:
        reader = open(source, "rb")  # noqa: SIM115 - its errors are told from the copy's
    except OSError as exc:
        raise _unreadable(source, exc) from exc
    with reader:
        try:
            with open(copy, "wb") as writer:  # a full disk may show at close: caught too
                while True:
                    try:
                        chunk = reader.read(1 << 20)
                    except OSError as exc:
                        raise _unreadable(source, exc) from exc
                    if not chunk:
                        break
                    h.update(chunk)
                    writer.write(chunk)
        except OSError as exc:
            raise _no_room(source, exc) from exc
    return h.hexdigest()


def _unreadable(source: Path, exc: OSError) -> PackageRefusedError:
    return PackageRefusedError(
        why.MISSING,
        source,
        msg(
            "{name} cannot be read: {error}. Nothing was changed.",
            name=source.name,
            error=exc.strerror or str(exc),
        ),
    )


def _no_room(source: Path, exc: OSError) -> CimicError:
    if exc.errno == errno.ENOSPC:
        return DiskFullError(
            msg(
                "The disk that holds the database is full: there is no room for a working "
                "copy of {name} ({size} bytes) beside it. Free some space on that disk and "
                "import again. Nothing was changed.",
                name=source.name,
                size=source.stat().st_size,
            )
        )
    return CimicError(
        msg(
            "A working copy of {name} cannot be written beside the database ({error}). "
            "Nothing was changed.",
            name=source.name,
            error=exc.strerror or str(exc),
        )
    )


def _check_header(copy: Path, name: str, source: Path) -> bytes:
    with open(copy, "rb") as handle:
        header = handle.read(100)
    if len(header) < 100 or not header.startswith(SQLITE_MAGIC):
        raise _not_an_export(source)
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(header[28:32], "big")
    size = copy.stat().st_size
    if header[92:96] == header[24:28] and pages > 0 and size < pages * page_size:
        raise PackageRefusedError(
            why.TRUNCATED,
            source,
            msg(
                "{name} is damaged: it is cut short ({size} of {expected} bytes). Copy it "
                "again from its source. Nothing was changed.",
                name=name,
                size=str(size),
                expected=str(pages * page_size),
            ),
        )
    if int.from_bytes(header[68:72], "big") != schema.APPLICATION_ID:
        raise _foreign(source, name)
    if header[18:20] != b"\x01\x01":
        raise PackageRefusedError(
            why.LIVE_COPY,
            source,
            msg(
                "{name} is a CIMIC Desk database file, not an export: this looks like a copy "
                "of a database that was open, and it may lack its latest changes (they stay "
                "in the write-ahead log left behind). Use File → Export (or 'cimicdesk "
                "export') on the sending laptop and bring that file. Nothing was changed.",
                name=name,
            ),
        )
    version = int.from_bytes(header[60:64], "big")
    if version > schema.schema_version():
        raise _newer(source, msg("schema {version}", version=str(version)))
    return header


def _newer(source: Path, what: Message | str) -> PackageRefusedError:
    """A file of a newer program; `what` says what is newer (its schema, its migrations)."""
    return PackageRefusedError(
        why.NEWER,
        source,
        msg(
            "{name} was written by a newer CIMIC Desk ({what}; this program knows up to "
            "schema {version}). Install the newer version to import it. Nothing was changed.",
            name=source.name,
            what=what,
            version=str(schema.schema_version()),
        ),
    )


def _damaged(source: Path, detail: Message | str) -> PackageRefusedError:
    return PackageRefusedError(
        why.DAMAGED,
        source,
        msg(
            "{name} is damaged ({detail}). Copy it again from its source, or ask for a new "
            "export. Nothing was changed.",
            name=source.name,
            detail=detail,
        ),
    )


def _tampered(source: Path, detail: Message) -> PackageRefusedError:
    return PackageRefusedError(
        why.TAMPERED,
        source,
        msg(
            "{name} does not match its own manifest ({detail}): it was changed or damaged "
            "after it was exported. Ask for a new export. Nothing was changed.",
            name=source.name,
            detail=detail,
        ),
    )


def _check_content(conn: sqlite3.Connection, name: str, source: Path, file_schema: int) -> Manifest:
    problems = [r[0] for r in conn.execute("PRAGMA integrity_check").fetchall()]
    if problems != ["ok"]:
        raise _damaged(
            source, msg("the integrity check found: {problems}", problems="; ".join(problems[:3]))
        )
    unknown = probes.unknown_migrations(conn)
    if unknown:
        raise _newer(source, ", ".join(unknown))
    row = mf.read_row(conn)
    if row is not None and mf.is_unsigned(row):
        raise PackageRefusedError(
            why.UNSIGNED,
            source,
            msg(
                "{name} is not signed: it was written by an earlier CIMIC Desk, or its "
                "signature was taken out. Only unit files signed by their unit are imported: "
                "ask for a new export made with this version. Nothing was changed.",
                name=name,
            ),
        )
    if row is not None and not mf.signature_verifies(row):
        raise PackageRefusedError(
            why.BAD_SIGNATURE,
            source,
            msg(
                "{name} does not match its signature: its manifest (unit, replica, export "
                "id, export time, counts or digest) was changed after it was signed, or it "
                "was signed with another key than the one it names. Ask {unit} for a new "
                "export. Nothing was changed.",
                name=source.name,
                unit=str(row.get("unit_name", "")),
            ),
        )
    try:
        found = mf.read_manifest(conn)
    except (ValueError, TypeError, KeyError) as exc:
        detail = getattr(exc, "message", None) or str(exc)
        raise _tampered(
            source, msg("its manifest cannot be read: {detail}", detail=detail)
        ) from exc
    if found is None or row is None:
        raise PackageRefusedError(
            why.NO_MANIFEST,
            source,
            msg(
                "{name} is a CIMIC Desk database, not an export: it carries no manifest. This "
                "looks like a copy of a database that was open (or copied by hand), and it "
                "may lack its latest changes. Use File → Export (or 'cimicdesk export') on "
                "the sending laptop and bring that file. Nothing was changed.",
                name=name,
            ),
        )
    future = limits.export_time_problem(name, found.exported_at, utc_now())
    if future:
        raise PackageRefusedError(why.FUTURE_EXPORT, source, future)
    _check_vouches(found, source)
    if found.schema_version != file_schema:
        raise _tampered(
            source,
            msg(
                "it says schema {said}, the file is {found}",
                said=str(found.schema_version),
                found=str(file_schema),
            ),
        )
    tables = list(found.counts)
    if set(tables) != set(mf.content_tables(conn)):
        raise _tampered(source, msg("the tables it lists are not the tables the file holds"))
    actual = mf.count_rows(conn, tables)
    for table in tables:
        if actual[table] != found.counts[table]:
            raise _tampered(
                source,
                msg(
                    "it declares {declared} rows of {table}, the file holds {found}",
                    declared=str(found.counts[table]),
                    table=table,
                    found=str(actual[table]),
                ),
            )
    if mf.digest(conn, tables) != found.digest:
        raise _tampered(source, msg("the digest of its rows differs"))
    out_of_range = first_out_of_range(conn)
    if out_of_range is not None:
        raise PackageRefusedError(
            why.OUT_OF_RANGE,
            source,
            msg(
                "{name} holds a number out of range ({where}): no editor writes such a "
                "number, so the file is broken or was altered. Ask for a new export. "
                "Nothing was changed.",
                name=name,
                where=out_of_range.describe(),
            ),
        )
    return found


def _check_vouches(found: Manifest, source: Path) -> None:
    """The handover vouches the manifest carries lead, one to the next, to its signer."""
    try:
        chain = vouching.chain_from_json(found.vouches)
    except ValueError as exc:
        raise _bad_vouch(source, msg("they cannot be read")) from exc
    problem = vouching.chain_problem(chain, found.unit_name, found.signer_key)
    if problem is not None:
        raise _bad_vouch(source, problem)


def _bad_vouch(source: Path, detail: Message) -> PackageRefusedError:
    return PackageRefusedError(
        why.BAD_VOUCH,
        source,
        msg(
            "{name} carries handover vouches that cannot be believed ({detail}). Nothing was "
            "changed.",
            name=source.name,
            detail=detail,
        ),
    )


def _upgrade(copy: Path, source: Path) -> None:
    """Bring an older export to this program's schema, on the local copy only."""
    db = Database(encryption.connect(copy))
    try:
        schema.migrations.apply(db)
    except sqlite3.DatabaseError as exc:
        raise _damaged(source, msg("it could not be upgraded: {error}", error=str(exc))) from exc
    finally:
        db.close()
