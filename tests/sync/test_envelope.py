"""The envelope around unit and handover files: only its recipient (or passphrase) opens it,
and no part of it can be changed unnoticed."""

from __future__ import annotations

import json
from contextlib import closing

import pytest
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat

from cimicdesk.store import encryption
from cimicdesk.sync import envelope
from cimicdesk.sync.envelope import EnvelopeError

SECRET = "Amadou Kessély, +236 75 01 02 03"


def _payload(tmp_path):
    key = encryption.random_key()
    path = tmp_path / "payload.sqlite"
    with closing(encryption.connect(path, key)) as conn:
        conn.execute("CREATE TABLE t (x TEXT)")
        conn.execute("INSERT INTO t VALUES (?)", [SECRET])
        conn.commit()
    return path, key


def _pair():
    private = X25519PrivateKey.generate()
    raw = private.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())
    return raw, envelope.public_bytes(private.public_key())


def _read_back(sealed, key, tmp_path):
    found = envelope.read_envelope(sealed)
    copy = tmp_path / "copy.sqlite"
    envelope.copy_payload(sealed, found, copy)
    with closing(encryption.connect(copy, key)) as conn:
        return conn.execute("SELECT x FROM t").fetchone()[0]


def test_only_the_recipient_opens_a_unit_file(tmp_path):
    payload, key = _payload(tmp_path)
    private, public = _pair()
    sealed = tmp_path / "BANBAT1.cimic"
    envelope.seal_for_recipient(payload, key, sealed, public, "ABCD-EFGH-IJKL-MNOP")
    assert SECRET.encode() not in sealed.read_bytes()
    assert b"Amadou" not in sealed.read_bytes()
    found = envelope.read_envelope(sealed)
    assert found.recipients == ("ABCD-EFGH-IJKL-MNOP",)
    unwrapped = envelope.key_for_recipient(found, private)
    assert unwrapped == key
    assert _read_back(sealed, unwrapped, tmp_path) == SECRET
    other_private, _ = _pair()
    with pytest.raises(EnvelopeError) as caught:
        envelope.key_for_recipient(found, other_private)
    assert caught.value.reason == EnvelopeError.NOT_FOR_US


def test_a_handover_file_opens_with_its_passphrase_only(tmp_path):
    payload, key = _payload(tmp_path)
    sealed = tmp_path / "handover.cimic"
    envelope.seal_with_passphrase(payload, key, sealed, "handover phrase 2026")
    assert SECRET.encode() not in sealed.read_bytes()
    found = envelope.read_envelope(sealed)
    assert envelope.key_for_passphrase(found, "handover phrase 2026") == key
    with pytest.raises(EnvelopeError) as caught:
        envelope.key_for_passphrase(found, "handover phrase 2025")
    assert caught.value.reason == EnvelopeError.WRONG_PASSPHRASE


def _rewrite_header(sealed, change):
    data = sealed.read_bytes()
    start = len(envelope.MAGIC)
    length = int.from_bytes(data[start : start + 4], "big")
    header = json.loads(data[start + 4 : start + 4 + length])
    change(header)
    text = json.dumps(header, sort_keys=True, separators=(",", ":")).encode()
    sealed.write_bytes(
        envelope.MAGIC + len(text).to_bytes(4, "big") + text + data[start + 4 + length :]
    )


@pytest.mark.parametrize(
    "change",
    [
        lambda h: h["recipients"][0].update(fingerprint="ZZZZ-ZZZZ-ZZZZ-ZZZZ"),
        lambda h: h.update(payload_sha256="0" * 64),
        lambda h: h.update(payload_bytes=h["payload_bytes"] - 4096),
    ],
    ids=["recipient", "payload digest", "payload size"],
)
def test_no_header_field_can_be_changed(tmp_path, change):
    payload, key = _payload(tmp_path)
    private, public = _pair()
    sealed = tmp_path / "BANBAT1.cimic"
    envelope.seal_for_recipient(payload, key, sealed, public, "ABCD-EFGH-IJKL-MNOP")
    _rewrite_header(sealed, change)
    with pytest.raises(EnvelopeError):
        envelope.key_for_recipient(envelope.read_envelope(sealed), private)


def test_a_changed_payload_is_found_while_it_is_copied(tmp_path):
    payload, key = _payload(tmp_path)
    private, public = _pair()
    sealed = tmp_path / "BANBAT1.cimic"
    envelope.seal_for_recipient(payload, key, sealed, public, "ABCD-EFGH-IJKL-MNOP")
    data = bytearray(sealed.read_bytes())
    data[-100] ^= 0xFF
    sealed.write_bytes(bytes(data))
    found = envelope.read_envelope(sealed)
    assert envelope.key_for_recipient(found, private) == key  # the header is intact
    with pytest.raises(EnvelopeError) as caught:
        envelope.copy_payload(sealed, found, tmp_path / "copy.sqlite")
    assert caught.value.reason == EnvelopeError.ALTERED


@pytest.mark.parametrize(
    "content",
    [b"", b"SQLite format 3\x00" + bytes(100), envelope.MAGIC + b"\xff\xff\xff\xff", b"x" * 50],
)
def test_what_is_no_envelope_is_said_to_be_none(tmp_path, content):
    path = tmp_path / "bad.cimic"
    path.write_bytes(content)
    with pytest.raises(EnvelopeError) as caught:
        envelope.read_envelope(path)
    assert caught.value.reason == EnvelopeError.NOT_ENVELOPE
