"""Copies of a database under another key: plain to encrypted and back, and the one-time
conversion of a plain database from an earlier CIMIC Desk.

SQLite's backup API copies only between files of one key, so a copy that changes the key
goes through SQLCipher's sqlcipher_export() into an attached file, which copies schema and
rows but not the header's user_version and application_id (set here after it).
"""

from __future__ import annotations

import contextlib
import os
import uuid
from pathlib import Path
from typing import Any

from cimicdesk.domain.errors import CimicError, FileRefusedError
from cimicdesk.i18n.message import msg
from cimicdesk.store import backups, editor_drafts, encryption, writer_lock
from cimicdesk.store.durable import fsync_folder
from cimicdesk.store.encryption import DatabaseKey, sqlite3

BEFORE_ENCRYPTION = "before-encryption"


def copy_with_key(conn: Any, target: Path, key: DatabaseKey | None) -> None:
    """Write everything on `conn`'s main database into the new file `target`, encrypted
    with `key` (plain when None); one self-contained file (rollback journal), fsynced."""
    target = Path(target)
    if target.exists():
        raise FileExistsError(target)
    version = conn.execute("PRAGMA main.user_version").fetchone()[0]
    application_id = conn.execute("PRAGMA main.application_id").fetchone()[0]
    conn.execute(
        f"ATTACH DATABASE ? AS copy_target {encryption.attach_key_clause(key)}", [str(target)]
    )
    try:
        # One transaction: the copy is of one moment while another program writes.
        conn.execute("BEGIN")
        try:
            conn.execute("SELECT sqlcipher_export('copy_target')").fetchall()
            conn.execute(f"PRAGMA copy_target.user_version = {int(version)}")
            conn.execute(f"PRAGMA copy_target.application_id = {int(application_id)}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
    finally:
        conn.execute("DETACH DATABASE copy_target")
    with open(target, "rb+") as handle:
        os.fsync(handle.fileno())


def convert_database(path: Path, passphrase: str) -> DatabaseKey:
    """Encrypt a plain database from an earlier version in place, once, with `passphrase`.

    1. The encrypted copy is written beside it and checked (integrity, same rows).
    2. It is also kept as a backup ('before-encryption'), so nothing is lost whatever
       happens next.
    3. It replaces the plain file in one step (os.replace), and the plain file's bytes,
       its -wal and its plain backups are overwritten and deleted (the backups first
       copied encrypted under the same key).

    Holds the writer lock throughout: refused while another program has the file open.
    Returns the new key, kept in this process (encryption.remember).
    """
    path = Path(path)
    if not encryption.is_plain(path):
        raise CimicError(msg("{path_name} is already encrypted.", path_name=path.name))
    lock = writer_lock.acquire(path)
    try:
        key = encryption.new_key(passphrase)
        encrypted = path.with_name(f".{path.name}.encrypting-{uuid.uuid4().hex[:8]}")
        conn = encryption.connect(path, plain=True, timeout=10)
        try:
            # Fold the -wal into the file: its content must be in the copy, and the -wal
            # itself is plain text to destroy afterwards.
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            counts = _row_counts(conn)
            copy_with_key(conn, encrypted, key)
        finally:
            conn.close()
        try:
            _check_copy(encrypted, key, counts, path)
            _keep_as_backup(encrypted, key, path)
        except BaseException:
            encryption.wipe_file(encrypted)
            raise
        old = path.with_name(f".{path.name}.plain-{uuid.uuid4().hex[:8]}")
        linked = _link(path, old)
        if not linked:
            # No hard links on this disk (FAT): the checked encrypted copy and its backup
            # are safe on disk, so the plain bytes can be destroyed before the switch.
            encryption.wipe_file(path)
        os.replace(encrypted, path)
        fsync_folder(path.resolve().parent)
        if linked:
            encryption.wipe_file(old)  # the same bytes the plain database had
        for side in (Path(f"{path}-wal"), Path(f"{path}-journal")):
            encryption.wipe_file(side)
        with contextlib.suppress(FileNotFoundError):
            Path(f"{path}-shm").unlink()
        encryption.remember(path, key)
        _encrypt_plain_backups(path, key)
        editor_drafts.seal_plain_drafts(path, key)
        return key
    finally:
        lock.release()


def _row_counts(conn: Any) -> dict[str, int]:
    names = [
        row[0]
        for row in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "AND sql NOT LIKE 'CREATE VIRTUAL%'"
        )
    ]
    return {name: conn.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0] for name in names}


def _check_copy(copy: Path, key: DatabaseKey, counts: dict[str, int], source: Path) -> None:
    conn = encryption.connect(copy, key)
    try:
        ok = [r[0] for r in conn.execute("PRAGMA integrity_check").fetchall()] == ["ok"]
        same = ok and _row_counts(conn) == counts
    finally:
        conn.close()
    if not same:
        raise FileRefusedError(
            msg(
                "{path_name} could not be encrypted: the encrypted copy did not come out "
                "whole. The file was not changed; check the disk and try again.",
                path_name=source.name,
            )
        )


def _keep_as_backup(encrypted: Path, key: DatabaseKey, database: Path) -> None:
    conn = encryption.connect(encrypted, key)
    try:
        backups.take_backup(conn, database, BEFORE_ENCRYPTION, key=key)
    finally:
        conn.close()


def _encrypt_plain_backups(database: Path, key: DatabaseKey) -> None:
    """Each plain backup of the database becomes an encrypted one of the same name; the
    plain bytes are destroyed. A backup too damaged to copy is destroyed as well: it
    would otherwise lie on the disk in plain text."""
    found = [f for f in backups.backup_folders(database) if f.is_dir()]
    for backup in sorted(p for folder in found for p in folder.iterdir()):
        if not backup.is_file() or not encryption.is_plain(backup):
            continue
        temporary = backup.with_name(f".{backup.name}.encrypting")
        with contextlib.suppress(FileNotFoundError):
            temporary.unlink()
        try:
            conn = encryption.connect(backup, plain=True, timeout=5)
            try:
                copy_with_key(conn, temporary, key)
            finally:
                conn.close()
        except (sqlite3.Error, OSError):
            encryption.wipe_file(temporary)
            encryption.wipe_file(backup)
            continue
        old = backup.with_name(f".{backup.name}.plain")
        if _link(backup, old):
            os.replace(temporary, backup)
            encryption.wipe_file(old)
        else:
            encryption.wipe_file(backup)
            os.replace(temporary, backup)


def _link(path: Path, link: Path) -> bool:
    try:
        os.link(path, link)
    except OSError:
        return False
    return True
