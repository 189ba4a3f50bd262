"""This database's own keys: made at init, kept in the local unit_keys table, never exported.

Each database holds one active key pair of each kind: an Ed25519 signing key (it signs
every unit file, sync/manifest.py) and an X25519 key pair (others encrypt files to this
unit with its public half). Both are raw 32-byte keys of the `cryptography` package.
The table also keeps the unit's earlier signing keys, public halves only, each with the
vouch its predecessor signed at a handover (sync/vouching.py): that chain travels in the
unit's files, so headquarters can follow the unit from one contingent to the next.

unit_keys is local: an exchange export empties it (sync/export.py), and a handover
export carries only the successor's key, made for the incoming contingent.

The fingerprint of a signing key is what officers read to each other over the radio:
the first 10 bytes (80 bits) of the SHA-256 of the raw public key, in RFC 4648 base32
(A-Z and 2-7: no 0/O or 1/I to confuse), 16 characters in four groups of four:
"ABCD-EFGH-IJKL-MNOP". Typed back, case, spaces and dashes do not matter.
"""

from __future__ import annotations

import base64
import hashlib
import re
from dataclasses import dataclass
from typing import Any, TypeAlias

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from cimicdesk.domain.errors import CimicError, InvalidValueError
from cimicdesk.i18n.message import msg
from cimicdesk.store.encryption import sqlite3

TABLE = "unit_keys"
CREATE_SQL = f"""
CREATE TABLE {TABLE} (
    public_key TEXT PRIMARY KEY NOT NULL,
    private_key BLOB,
    agreement_public TEXT NOT NULL,
    agreement_private BLOB,
    created_at TEXT NOT NULL,
    retired_at TEXT NOT NULL DEFAULT '',
    vouch TEXT NOT NULL DEFAULT '')
"""
FINGERPRINT_BYTES = 10
_GROUP = 4
_FINGERPRINT = re.compile(r"^[A-Z2-7]{16}$")

Connection: TypeAlias = Any  # SQLCipher's connection (untyped) or sqlite-utils' Database


@dataclass(frozen=True)
class NewKeys:
    """A fresh signing key and agreement key pair, raw bytes (private first)."""

    signing_private: bytes
    signing_public: bytes
    agreement_private: bytes
    agreement_public: bytes


@dataclass(frozen=True)
class OwnKey:
    """One of this database's signing keys.

    Attributes: public_key (hex), private_key (raw bytes; None once retired: forgotten),
    agreement_public (hex), agreement_private (raw; None once retired), created_at,
    retired_at ('' while in use), vouch (JSON text of the predecessor's vouch; '' for a
    unit's first key).
    """

    public_key: str
    private_key: bytes | None
    agreement_public: str
    agreement_private: bytes | None
    created_at: str
    retired_at: str
    vouch: str

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.public_key)


def _raw_public(key: Ed25519PrivateKey | X25519PrivateKey) -> bytes:
    return key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)


def new_keys() -> NewKeys:
    """A new Ed25519 signing key and X25519 key pair."""
    signing = Ed25519PrivateKey.generate()
    agreement = X25519PrivateKey.generate()
    return NewKeys(
        signing.private_bytes_raw(),
        _raw_public(signing),
        agreement.private_bytes_raw(),
        _raw_public(agreement),
    )


def fingerprint(public_key: bytes | str) -> str:
    """'ABCD-EFGH-IJKL-MNOP' of a raw Ed25519 public key (bytes, or hex text)."""
    raw = bytes.fromhex(public_key) if isinstance(public_key, str) else public_key
    text = base64.b32encode(hashlib.sha256(raw).digest()[:FINGERPRINT_BYTES]).decode("ascii")
    return "-".join(text[i : i + _GROUP] for i in range(0, len(text), _GROUP))


def parse_fingerprint(text: str) -> str:
    """A fingerprint as typed ('abcd efgh-ijkl mnop') in its written form; InvalidValueError
    when it is not 16 letters A-Z and digits 2-7."""
    squeezed = "".join(ch for ch in str(text).upper() if ch not in " -\t")
    if not _FINGERPRINT.match(squeezed):
        raise InvalidValueError(
            msg(
                "{text} is not a key fingerprint: one is 16 letters and digits (2 to 7) in "
                "four groups, e.g. ABCD-EFGH-IJKL-MNOP.",
                text=repr(text),
            )
        )
    return "-".join(squeezed[i : i + _GROUP] for i in range(0, len(squeezed), _GROUP))


def insert_keys(conn: Connection, keys: NewKeys, created_at: str, vouch: str = "") -> None:
    """Store a key pair as this database's (the caller holds the transaction)."""
    conn.execute(
        f"INSERT INTO {TABLE} (public_key, private_key, agreement_public, agreement_private, "
        "created_at, vouch) VALUES (?, ?, ?, ?, ?, ?)",
        [
            keys.signing_public.hex(),
            keys.signing_private,
            keys.agreement_public.hex(),
            keys.agreement_private,
            created_at,
            vouch,
        ],
    )


_COLUMNS = (
    "public_key, private_key, agreement_public, agreement_private, created_at, retired_at, vouch"
)


def _key(row: tuple[object, ...]) -> OwnKey:
    public, private, agreement, agreement_private, created, retired, vouch = row
    return OwnKey(
        str(public),
        bytes(private) if isinstance(private, bytes | memoryview) else None,
        str(agreement),
        bytes(agreement_private) if isinstance(agreement_private, bytes | memoryview) else None,
        str(created),
        str(retired),
        str(vouch),
    )


def all_keys(conn: Connection) -> list[OwnKey]:
    """Every signing key this database has held, oldest first; [] when it has no table."""
    try:
        rows = conn.execute(f"SELECT {_COLUMNS} FROM {TABLE} ORDER BY created_at, rowid")
    except sqlite3.OperationalError:  # an older schema, or a unit file of one
        return []
    return [_key(row) for row in rows.fetchall()]


def active_key(conn: Connection) -> OwnKey | None:
    """The key this database signs with: not retired, its private half kept."""
    for key in reversed(all_keys(conn)):
        if not key.retired_at and key.private_key is not None:
            return key
    return None


def require_active_key(conn: Connection, name: str) -> OwnKey:
    """The active key; CimicError naming the database `name` when it has none (handed over)."""
    key = active_key(conn)
    if key is None:
        raise CimicError(
            msg(
                "{name} has no signing key in use: its key was retired when it was handed "
                "over, so it can no longer sign unit files. Export from the database the "
                "incoming contingent took over.",
                name=name,
            )
        )
    return key


def agreement_private_keys(conn: Connection) -> list[bytes]:
    """The X25519 private keys this database still holds (unit files are sealed for
    them): the key in use first."""
    keys = sorted(all_keys(conn), key=lambda k: (bool(k.retired_at), k.created_at))
    return [k.agreement_private for k in keys if k.agreement_private is not None]


def forget_private_keys(conn: Connection, retired_at: str) -> None:
    """Retire every key still in use and blank its private halves (caller: secure_delete on,
    in its transaction): a handed-over database can no longer sign."""
    conn.execute(
        f"UPDATE {TABLE} SET retired_at = ? WHERE retired_at = ''",
        [retired_at],
    )
    conn.execute(f"UPDATE {TABLE} SET private_key = NULL, agreement_private = NULL")


def own_public_keys(conn: Connection) -> set[str]:
    """Every signing key (hex) this database has held."""
    return {key.public_key for key in all_keys(conn)}
