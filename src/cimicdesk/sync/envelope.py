"""The sealed envelope around a unit file or a handover file: a lost stick reveals nothing.

A file is:

    MAGIC                            b"CIMICDESK-ENVELOPE-1\\n"
    4 bytes                          length of the header, big-endian
    header                           compact JSON, UTF-8
    payload                          an SQLCipher database under a random key

The payload's key (32 bytes) and salt (16) are wrapped with AES-256-GCM under a key
encryption key (KEK):

* a unit file ("recipient"): X25519 between a fresh ephemeral key and the receiving
  headquarters' public key, through HKDF-SHA256; only that headquarters' private key
  (inside its encrypted database) unwraps it;
* a handover file ("passphrase"): PBKDF2-HMAC-SHA512 over the handover passphrase the
  outgoing officer gives the incoming one, with a salt of its own.

A unit file may be sealed for several headquarters (the key wrapped once for each).
The wraps' associated data is the header without the wraps themselves, so no header field
(kind, size, the payload's SHA-256, the recipient) can be changed without the unwrap
failing; the payload's SHA-256 is checked while it is copied in. All of it is the
`cryptography` library's; nothing here is a cipher of ours.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import secrets
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from cimicdesk.store import encryption
from cimicdesk.store.database import SEALED_MAGIC
from cimicdesk.store.encryption import DatabaseKey

MAGIC = SEALED_MAGIC  # b"CIMICDESK-ENVELOPE-1\n"
FORMAT = "cimicdesk-envelope-1"
RECIPIENT = "recipient"
PASSPHRASE = "passphrase"
_MAX_HEADER = 64 * 1024
_INFO = b"cimicdesk unit file key v1"
_CHUNK = 1 << 20


class EnvelopeError(Exception):
    """Why an envelope cannot be opened; `reason` is one of the names below."""

    NOT_ENVELOPE = "not_envelope"
    NOT_FOR_US = "not_for_us"
    WRONG_PASSPHRASE = "wrong_passphrase"
    ALTERED = "altered"

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class Envelope:
    """An envelope's header as read (not yet opened)."""

    mode: str  # RECIPIENT or PASSPHRASE
    recipients: tuple[str, ...]  # the fingerprints of the headquarters it is sealed for
    payload_bytes: int
    payload_offset: int
    fields: dict[str, Any]


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: Any) -> bytes:
    if not isinstance(text, str):
        raise EnvelopeError(EnvelopeError.NOT_ENVELOPE)
    try:
        return base64.b64decode(text, validate=True)
    except ValueError as exc:
        raise EnvelopeError(EnvelopeError.NOT_ENVELOPE) from exc


def _canonical(fields: dict[str, Any]) -> bytes:
    return json.dumps(fields, sort_keys=True, separators=(",", ":")).encode("utf-8")


def _sealed_with(keks: list[bytes], key: DatabaseKey, fields: dict[str, Any]) -> dict[str, Any]:
    """The header: `fields`, and the payload key wrapped under each KEK in turn."""
    wraps = []
    for kek in keks:
        nonce = secrets.token_bytes(12)
        wrapped = AESGCM(kek).encrypt(nonce, key.key + key.salt, MAGIC + _canonical(fields))
        wraps.append({"nonce": _b64(nonce), "wrapped_key": _b64(wrapped)})
    return {**fields, "wraps": wraps}


def _unwrap(kek: bytes, envelope: Envelope, index: int, failure: str) -> DatabaseKey:
    fields = {k: v for k, v in envelope.fields.items() if k != "wraps"}
    wraps = envelope.fields.get("wraps")
    if (
        not isinstance(wraps, list)
        or not 0 <= index < len(wraps)
        or not isinstance(wraps[index], dict)
    ):
        raise EnvelopeError(EnvelopeError.NOT_ENVELOPE)
    try:
        raw = AESGCM(kek).decrypt(
            _unb64(wraps[index].get("nonce")),
            _unb64(wraps[index].get("wrapped_key")),
            MAGIC + _canonical(fields),
        )
    except (InvalidTag, ValueError) as exc:
        raise EnvelopeError(failure) from exc
    if len(raw) != encryption.KEY_BYTES + encryption.SALT_BYTES:
        raise EnvelopeError(EnvelopeError.ALTERED)
    return DatabaseKey(raw[: encryption.KEY_BYTES], raw[encryption.KEY_BYTES :])


def public_bytes(public: X25519PublicKey) -> bytes:
    return public.public_bytes(Encoding.Raw, PublicFormat.Raw)


def _recipient_kek(shared: bytes, ephemeral: bytes, recipient: bytes) -> bytes:
    return HKDF(hashes.SHA256(), 32, salt=ephemeral + recipient, info=_INFO).derive(shared)


def _payload_facts(payload: Path) -> dict[str, Any]:
    digest = hashlib.sha256()
    size = 0
    with open(payload, "rb") as handle:
        while chunk := handle.read(_CHUNK):
            digest.update(chunk)
            size += len(chunk)
    return {"format": FORMAT, "payload_bytes": size, "payload_sha256": digest.hexdigest()}


@dataclass(frozen=True)
class Recipient:
    """A headquarters a unit file is sealed for: its X25519 public key (raw) and the
    fingerprint people know it by."""

    public_key: bytes
    fingerprint: str


def seal_for_recipients(
    payload: Path, key: DatabaseKey, out: Path, recipients: list[Recipient]
) -> None:
    """Write `out`: the SQLCipher `payload` (under `key`) that only the holders of the
    private halves of the recipients' keys (X25519) can open."""
    if not recipients:
        raise ValueError("a unit file needs at least one recipient")
    ephemerals = [X25519PrivateKey.generate() for _ in recipients]
    listed = [
        {"fingerprint": r.fingerprint, "ephemeral": _b64(public_bytes(e.public_key()))}
        for r, e in zip(recipients, ephemerals, strict=True)
    ]
    fields = {**_payload_facts(payload), "mode": RECIPIENT, "recipients": listed}
    keks = [
        _recipient_kek(
            e.exchange(X25519PublicKey.from_public_bytes(r.public_key)),
            public_bytes(e.public_key()),
            r.public_key,
        )
        for r, e in zip(recipients, ephemerals, strict=True)
    ]
    _write(out, _sealed_with(keks, key, fields), payload)


def seal_for_recipient(
    payload: Path, key: DatabaseKey, out: Path, recipient_public: bytes, fingerprint: str
) -> None:
    """seal_for_recipients for one headquarters."""
    seal_for_recipients(payload, key, out, [Recipient(recipient_public, fingerprint)])


def seal_with_passphrase(payload: Path, key: DatabaseKey, out: Path, passphrase: str) -> None:
    """Write `out`: the SQLCipher `payload` (under `key`) that `passphrase` opens."""
    salt = secrets.token_bytes(encryption.SALT_BYTES)
    fields = {
        **_payload_facts(payload),
        "mode": PASSPHRASE,
        "kdf": "pbkdf2-sha512",
        "iterations": encryption.KDF_ITERATIONS,
        "salt": _b64(salt),
    }
    kek = encryption.derive(passphrase, salt).key
    _write(out, _sealed_with([kek], key, fields), payload)


def _write(out: Path, header: dict[str, Any], payload: Path) -> None:
    text = _canonical(header)
    with open(out, "wb") as writer, open(payload, "rb") as reader:
        writer.write(MAGIC + len(text).to_bytes(4, "big") + text)
        while chunk := reader.read(_CHUNK):
            writer.write(chunk)
        writer.flush()
        os.fsync(writer.fileno())


def is_envelope(path: Path) -> bool:
    """Whether a file begins as an envelope (plain file call: never a database)."""
    try:
        with open(path, "rb") as handle:
            return handle.read(len(MAGIC)) == MAGIC
    except OSError:
        return False


def read_envelope(path: Path) -> Envelope:
    """The header of the envelope at `path`; EnvelopeError(NOT_ENVELOPE) if it is none."""
    with open(path, "rb") as handle:
        if handle.read(len(MAGIC)) != MAGIC:
            raise EnvelopeError(EnvelopeError.NOT_ENVELOPE)
        length = int.from_bytes(handle.read(4), "big")
        if not 0 < length <= _MAX_HEADER:
            raise EnvelopeError(EnvelopeError.NOT_ENVELOPE)
        raw = handle.read(length)
    try:
        fields = json.loads(raw.decode("utf-8"))
    except ValueError as exc:
        raise EnvelopeError(EnvelopeError.NOT_ENVELOPE) from exc
    if not isinstance(fields, dict) or fields.get("format") != FORMAT:
        raise EnvelopeError(EnvelopeError.NOT_ENVELOPE)
    size = fields.get("payload_bytes")
    mode = fields.get("mode")
    if not isinstance(size, int) or size < 0 or mode not in (RECIPIENT, PASSPHRASE):
        raise EnvelopeError(EnvelopeError.NOT_ENVELOPE)
    listed = fields.get("recipients", []) if mode == RECIPIENT else []
    if not isinstance(listed, list) or not all(isinstance(r, dict) for r in listed):
        raise EnvelopeError(EnvelopeError.NOT_ENVELOPE)
    recipients = tuple(str(r.get("fingerprint", "")) for r in listed)
    return Envelope(mode, recipients, size, len(MAGIC) + 4 + length, fields)


def key_for_recipient(envelope: Envelope, private: bytes) -> DatabaseKey:
    """The payload key, unwrapped with a headquarters' X25519 private key (raw bytes)."""
    if envelope.mode != RECIPIENT:
        raise EnvelopeError(EnvelopeError.NOT_FOR_US)
    ours = X25519PrivateKey.from_private_bytes(private)
    mine = public_bytes(ours.public_key())
    for index, listed in enumerate(envelope.fields.get("recipients", [])):
        ephemeral = _unb64(listed.get("ephemeral"))
        if len(ephemeral) != 32:
            raise EnvelopeError(EnvelopeError.ALTERED)
        shared = ours.exchange(X25519PublicKey.from_public_bytes(ephemeral))
        try:
            return _unwrap(_recipient_kek(shared, ephemeral, mine), envelope, index, "")
        except EnvelopeError as exc:
            if exc.reason:
                raise
    raise EnvelopeError(EnvelopeError.NOT_FOR_US)


def key_for_passphrase(envelope: Envelope, passphrase: str) -> DatabaseKey:
    """The payload key, unwrapped with the handover passphrase."""
    if envelope.mode != PASSPHRASE:
        raise EnvelopeError(EnvelopeError.NOT_FOR_US)
    salt = _unb64(envelope.fields.get("salt"))
    iterations = envelope.fields.get("iterations")
    if not isinstance(iterations, int) or not 1 <= iterations <= 10_000_000:
        raise EnvelopeError(EnvelopeError.ALTERED)
    kek = hashlib.pbkdf2_hmac(
        "sha512", passphrase.encode("utf-8"), salt, iterations, encryption.KEY_BYTES
    )
    return _unwrap(kek, envelope, 0, EnvelopeError.WRONG_PASSPHRASE)


def copy_payload(path: Path, envelope: Envelope, target: Path) -> str:
    """Copy the (still encrypted) payload to `target`; check its size and SHA-256 against
    the header (which the unwrapped key vouches for). Returns the SHA-256 of the whole
    file at `path`. Raises EnvelopeError(ALTERED) when the payload is not the one sealed;
    OSError as the disk gives it."""
    whole = hashlib.sha256()
    digest = hashlib.sha256()
    copied = 0
    with open(path, "rb") as reader, open(target, "wb") as writer:
        whole.update(reader.read(envelope.payload_offset))
        while chunk := reader.read(_CHUNK):
            whole.update(chunk)
            digest.update(chunk)
            copied += len(chunk)
            writer.write(chunk)
    if copied != envelope.payload_bytes or digest.hexdigest() != envelope.fields.get(
        "payload_sha256"
    ):
        raise EnvelopeError(EnvelopeError.ALTERED)
    return whole.hexdigest()
