"""Encryption at rest: every database file is SQLCipher 4, keyed from the officer's passphrase.

The key: PBKDF2-HMAC-SHA512 over the passphrase and the database's 16-byte salt,
KDF_ITERATIONS rounds, 32 bytes (SQLCipher 4's own derivation, so the sqlcipher shell
opens a file with `PRAGMA key = 'passphrase'`). It is given to SQLCipher as a raw key
*with* its salt (`x'<key><salt>'`), so every copy of a database (backups, work copies,
the file a takeover installs) carries the same salt and opens with the same passphrase.

The process keeps the keys it was given (by unlock(), or create/convert) in memory,
by file and by salt; connect() finds a file's key there, so the layers above open files
as before and never see a passphrase. lock() forgets them all.

Every module of the program takes its SQLite module from here (`sqlite3` below is
sqlcipher3's dbapi2): two SQLite libraries in one process on one file are unsafe
(SQLite's "How To Corrupt", 2.2.1).
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import secrets
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sqlcipher3.dbapi2 as sqlite3

from cimicdesk.domain.errors import CimicError
from cimicdesk.i18n.message import Message, msg

__all__ = ["sqlite3"]

# SQLCipher 4's defaults: PBKDF2-HMAC-SHA512, 256,000 rounds, 16-byte salt, 32-byte key.
# The tests lower the rounds (tests/conftest.py); a real file is always made with these.
KDF_ITERATIONS = 256_000
SALT_BYTES = 16
KEY_BYTES = 32
MIN_PASSPHRASE_LENGTH = 10
_PLAIN_MAGIC = b"SQLite format 3\x00"
_SQLITE_NOTADB = 26


class PassphraseNeededError(CimicError):
    """The file is encrypted and no key for it was given in this process."""


class WrongPassphraseError(CimicError):
    """The passphrase does not open the file (or the file is not a database at all)."""


class PlainDatabaseError(CimicError):
    """A database from an earlier version, not encrypted yet: convert it first
    (store/file_copies.convert_database)."""


@dataclass(frozen=True)
class DatabaseKey:
    """A database's raw SQLCipher key and the salt it was derived with."""

    key: bytes
    salt: bytes

    def pragma_value(self) -> str:
        """The value for PRAGMA key / ATTACH ... KEY: a raw key with its salt."""
        return f"\"x'{self.key.hex()}{self.salt.hex()}'\""

    def __repr__(self) -> str:  # never print a key into a log or a traceback
        return "DatabaseKey(<hidden>)"


def derive(passphrase: str, salt: bytes) -> DatabaseKey:
    """The key a passphrase gives with a salt (SQLCipher 4's PBKDF2-HMAC-SHA512)."""
    key = hashlib.pbkdf2_hmac("sha512", passphrase.encode("utf-8"), salt, KDF_ITERATIONS, KEY_BYTES)
    return DatabaseKey(key, salt)


def new_key(passphrase: str) -> DatabaseKey:
    """A key for a new database: the passphrase with a fresh random salt."""
    return derive(passphrase, secrets.token_bytes(SALT_BYTES))


def random_key() -> DatabaseKey:
    """A random key, for a file no passphrase opens (a unit file's payload)."""
    return DatabaseKey(secrets.token_bytes(KEY_BYTES), secrets.token_bytes(SALT_BYTES))


def passphrase_problem(passphrase: str, repeated: str) -> Message | None:
    """Why a new passphrase cannot be used (a Message), or None when it can."""
    if passphrase != repeated:
        return msg("The two passphrases differ. Type the same passphrase twice.")
    if len(passphrase) < MIN_PASSPHRASE_LENGTH:
        return msg(
            "The passphrase is too short: use at least {minimum} characters (a few words "
            "are easy to remember and hard to guess).",
            minimum=MIN_PASSPHRASE_LENGTH,
        )
    if not passphrase.strip():
        return msg("The passphrase cannot be only spaces.")
    return None


# --- the keys this process was given -------------------------------------------------
_lock = threading.Lock()
_by_path: dict[str, DatabaseKey] = {}
_by_salt: dict[bytes, DatabaseKey] = {}


def _name(path: Path | str) -> str:
    return str(Path(path).resolve())


def remember(path: Path | str, key: DatabaseKey) -> None:
    """Keep `key` as the key of `path` (and of every file with its salt) in this process."""
    with _lock:
        _by_path[_name(path)] = key
        _by_salt[key.salt] = key


def forget(path: Path | str) -> None:
    """Drop the key kept for one file (its copies keep theirs by salt)."""
    with _lock:
        _by_path.pop(_name(path), None)


def lock() -> None:
    """Forget every key: nothing can be opened again without the passphrase."""
    with _lock:
        _by_path.clear()
        _by_salt.clear()


def is_unlocked(path: Path | str) -> bool:
    """Whether this process holds the key of `path`."""
    with _lock:
        return _name(path) in _by_path


def key_for(path: Path | str) -> DatabaseKey | None:
    """The key kept for `path`: by name, else by the salt at the start of the file (a
    backup or copy of an unlocked database). None for a plain file or an unknown key.

    The salt is read with a plain file call only when the file is not known by name, so
    never on a database this process has open (closing a descriptor drops SQLite's POSIX
    locks on the file).
    """
    with _lock:
        found = _by_path.get(_name(path))
        if found is not None:
            return found
        if not _by_salt:
            return None
    salt = file_salt(path)
    with _lock:
        return _by_salt.get(salt) if salt else None


def family_key(path: Path | str) -> DatabaseKey:
    """The key of `path` for a copy of it that is being made (a backup, a work copy)."""
    key = key_for(path)
    if key is None:
        raise PassphraseNeededError(_locked_message(Path(path)))
    return key


def file_salt(path: Path | str) -> bytes:
    """The first 16 bytes of a file (an encrypted file's salt); b'' if unreadable/short."""
    try:
        with open(path, "rb") as handle:
            head = handle.read(SALT_BYTES)
    except OSError:
        return b""
    return head if len(head) == SALT_BYTES else b""


def is_plain(path: Path | str) -> bool:
    """Whether the file is a plain (unencrypted) SQLite file. Plain file call: only for a
    file this process does not have open (see key_for)."""
    return file_salt(path) == _PLAIN_MAGIC


# --- connections ---------------------------------------------------------------------
def apply_key(conn: Any, key: DatabaseKey | None) -> None:
    """Key a new connection (before any other statement); None leaves it plain."""
    conn.execute("PRAGMA cipher_log_level = NONE")  # no SQLCipher chatter on stderr
    if key is not None:
        conn.execute(f"PRAGMA key = {key.pragma_value()}")


def connect(
    path: Path | str,
    key: DatabaseKey | None = None,
    *,
    uri: bool = False,
    plain: bool = False,
    probe: bool = True,
    **options: Any,
) -> Any:
    """A connection to `path` (a file name, or a URI with uri=True), keyed with `key` or
    the key kept for the file; plain when plain=True or no key is known.

    The key is checked at once (unless probe=False, for a caller that must set pragmas
    before SQLite first reads the file): a wrong one raises WrongPassphraseError, a file that is
    encrypted with a key this process does not hold raises PassphraseNeededError.
    """
    file = _file_of(path, uri)
    if key is None and not plain and file is not None:
        key = key_for(file)
    conn = sqlite3.connect(str(path), uri=uri, **options)
    try:
        apply_key(conn, key)
        if probe and key is not None:
            _probe(conn, file)
        elif probe and file is not None and not plain:
            _probe_plain(conn, file)
    except BaseException:
        conn.close()
        raise
    return conn


def _file_of(path: Path | str, uri: bool) -> Path | None:
    """The file a connection string names (None for an in-memory database)."""
    text = str(path)
    if uri:
        if not text.startswith("file:"):
            return None
        from urllib.parse import unquote, urlsplit

        return Path(unquote(urlsplit(text).path))
    return None if text in ("", ":memory:") else Path(text)


def _probe(conn: Any, file: Path | None) -> None:
    try:
        conn.execute("PRAGMA user_version").fetchone()
    except sqlite3.DatabaseError as exc:
        if (getattr(exc, "sqlite_errorcode", 0) & 0xFF) == _SQLITE_NOTADB:
            raise WrongPassphraseError(wrong_message(file)) from exc
        raise


def _probe_plain(conn: Any, file: Path) -> None:
    """An unkeyed connection to an existing, encrypted file: say a passphrase is needed."""
    try:
        conn.execute("PRAGMA user_version").fetchone()
    except sqlite3.DatabaseError as exc:
        if (getattr(exc, "sqlite_errorcode", 0) & 0xFF) == _SQLITE_NOTADB and _looks_encrypted(
            file
        ):
            raise PassphraseNeededError(_locked_message(file)) from exc
        raise


def _looks_encrypted(file: Path) -> bool:
    """An encrypted database is whole pages of random bytes (4096 by default)."""
    try:
        size = file.stat().st_size
    except OSError:
        return False
    salt = file_salt(file)
    if salt.startswith(b"CIMICDESK-"):  # a sealed unit file (sync/envelope.py)
        return False
    return size > 0 and size % 1024 == 0 and salt not in (_PLAIN_MAGIC, bytes(SALT_BYTES))


def unlock(path: Path | str, passphrase: str) -> DatabaseKey:
    """Check `passphrase` against the file and keep its key in this process.

    Raises WrongPassphraseError when it does not open the file (nothing is written).
    """
    path = Path(path)
    salt = file_salt(path)
    if not salt or salt == _PLAIN_MAGIC:
        raise WrongPassphraseError(wrong_message(path))
    key = derive(passphrase, salt)
    uri = f"{path.resolve().as_uri()}?mode=ro"
    # Page 1 may open with the key (a wrong one fails its HMAC: WrongPassphraseError)
    # while the file is damaged further in: the opener then says so, in its own words.
    with contextlib.suppress(sqlite3.DatabaseError):
        connect(uri, key, uri=True).close()
    remember(path, key)
    return key


def attach_key_clause(key: DatabaseKey | None) -> str:
    """The KEY clause of an ATTACH: the file's key, or KEY '' for a plain file (without
    it SQLCipher would take the main database's key for the attached file)."""
    return f"KEY {key.pragma_value()}" if key is not None else "KEY ''"


def wrong_message(path: Path | None) -> Message:
    name = path.name if path is not None else "?"
    return msg(
        "{path_name} does not open with this passphrase: either the passphrase is wrong "
        "(check the keyboard layout and Caps Lock, and try again) or the file is not a CIMIC "
        "Desk database at all (an encrypted database and a damaged or foreign file look "
        "alike). Nothing was changed.",
        path_name=name,
    )


def _locked_message(path: Path) -> Message:
    return msg(
        "{path_name} is encrypted: give its passphrase to open it (the window asks for it; "
        "the command line asks, or reads $CIMICDESK_PASSPHRASE or --passphrase-fd).",
        path_name=path.name,
    )


# --- small files sealed under a database's key (the editors' drafts) --------------------
_SEALED_MAGIC = b"CIMICDESK-SEALED-1\n"
_NONCE_BYTES = 12


def _subkey(key: DatabaseKey, purpose: bytes) -> bytes:
    """A key of its own for each use of the database key (HKDF-SHA256)."""
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    return HKDF(hashes.SHA256(), 32, salt=key.salt, info=purpose).derive(key.key)


def seal(key: DatabaseKey, purpose: bytes, data: bytes) -> bytes:
    """`data` encrypted and authenticated (AES-256-GCM) under a subkey of the database key."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    nonce = secrets.token_bytes(_NONCE_BYTES)
    sealed = AESGCM(_subkey(key, purpose)).encrypt(nonce, data, _SEALED_MAGIC + purpose)
    return _SEALED_MAGIC + nonce + sealed


def unseal(key: DatabaseKey, purpose: bytes, blob: bytes) -> bytes | None:
    """What seal() sealed; None when the key or purpose is not the one it was sealed with,
    or the bytes were changed."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    if not blob.startswith(_SEALED_MAGIC):
        return None
    body = blob[len(_SEALED_MAGIC) :]
    nonce, sealed = body[:_NONCE_BYTES], body[_NONCE_BYTES:]
    try:
        return AESGCM(_subkey(key, purpose)).decrypt(nonce, sealed, _SEALED_MAGIC + purpose)
    except (InvalidTag, ValueError):
        return None


def plain_database_message(path: Path) -> Message:
    """What to do with a plain database from an earlier CIMIC Desk."""
    return msg(
        "{path_name} is not encrypted (an earlier CIMIC Desk made it). It will be encrypted "
        "once, after a backup, and its plain copies destroyed: open it in the window, or run "
        "'cimicdesk encrypt {path}', and choose a passphrase.",
        path_name=path.name,
        path=str(path),
    )


def wipe_file(path: Path | str) -> None:
    """Overwrite a plain file's bytes with zeros, flush them to the disk, and delete it.

    Best effort on flash media (wear levelling may keep old blocks): full-disk encryption
    stays the baseline (README). A missing file is not an error.
    """
    path = Path(path)
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        return
    with open(path, "r+b") as handle:
        chunk = b"\0" * (1 << 20)
        left = size
        while left > 0:
            handle.write(chunk[: min(left, len(chunk))])
            left -= min(left, len(chunk))
        handle.flush()
        os.fsync(handle.fileno())
    path.unlink()
