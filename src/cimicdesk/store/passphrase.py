"""Change a database's passphrase: the file, its backups and its drafts take the new key."""

from __future__ import annotations

from pathlib import Path

from cimicdesk.domain.errors import CimicError
from cimicdesk.store import backups, editor_drafts, encryption
from cimicdesk.store.database import Store
from cimicdesk.store.encryption import sqlite3


def change_passphrase(store: Store, current: str, new: str, repeated: str) -> list[Path]:
    """Re-key the open, writable database from `current` to `new` (typed twice).

    `current` is checked first (WrongPassphraseError; nothing changes): a laptop left
    unlocked must not let a passer-by set a passphrase the officer does not know. The
    backups that opened with the old key are re-keyed too (PRAGMA rekey, in place), so
    the new passphrase opens all of them; returns the backups that could not be
    (damaged ones), which keep the old passphrase.
    """
    problem = encryption.passphrase_problem(new, repeated)
    if problem is not None:
        raise CimicError(problem)
    reason = store.read_only_reason()
    if reason:
        raise CimicError(reason)
    old = encryption.key_for(store.path)
    if old is None or encryption.derive(current, old.salt) != old:
        raise encryption.WrongPassphraseError(encryption.wrong_message(store.path))
    key = encryption.new_key(new)
    store.db.execute(f"PRAGMA rekey = {key.pragma_value()}")
    encryption.remember(store.path, key)
    left = []
    for backup in backups.list_backups(store.path):
        if not _rekey_file(backup.path, old, key):
            left.append(backup.path)
    editor_drafts.reseal(store.path, old, key)
    return left


def _rekey_file(path: Path, old: encryption.DatabaseKey, new: encryption.DatabaseKey) -> bool:
    try:
        conn = encryption.connect(path, old, timeout=5)
    except (sqlite3.Error, CimicError):
        return False
    try:
        conn.execute(f"PRAGMA rekey = {new.pragma_value()}")
    except sqlite3.Error:
        return False
    finally:
        conn.close()
    return True
