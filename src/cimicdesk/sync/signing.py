"""Ed25519 signatures over canonical JSON: what a unit file's manifest and a vouch are signed as.

A statement (a dict of text and integer values) is signed as the bytes of
`DOMAIN + "\\n" + canonical JSON`: keys sorted, separators "," and ":", non-ASCII kept,
UTF-8. DOMAIN names what is signed ("cimicdesk-unit-file-2", "cimicdesk-vouch-1"), so a
signature made for one kind of statement never passes for another. The crypto is the
`cryptography` package's Ed25519 (RFC 8032); keys and signatures are kept as lower-case
hex text.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)

KEY_HEX = 64  # a raw Ed25519 public key (32 bytes) as hex
SIGNATURE_HEX = 128  # an Ed25519 signature (64 bytes) as hex


def canonical(domain: str, statement: Mapping[str, Any]) -> bytes:
    """The bytes a statement is signed as (see the module docstring)."""
    text = json.dumps(dict(statement), sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return f"{domain}\n{text}".encode()


def sign(private_key: bytes, domain: str, statement: Mapping[str, Any]) -> str:
    """The signature (hex) of a statement by a raw Ed25519 private key."""
    key = Ed25519PrivateKey.from_private_bytes(private_key)
    return key.sign(canonical(domain, statement)).hex()


def is_hex(text: object, length: int) -> bool:
    return (
        isinstance(text, str)
        and len(text) == length
        and all(ch in "0123456789abcdef" for ch in text)
    )


def verifies(
    public_key: object, signature: object, domain: str, statement: Mapping[str, Any]
) -> bool:
    """Whether `signature` (hex) is the key's (hex) signature of the statement; False for
    anything that is not a key and a signature in hex."""
    if not isinstance(public_key, str) or not isinstance(signature, str):
        return False
    if not is_hex(public_key, KEY_HEX) or not is_hex(signature, SIGNATURE_HEX):
        return False
    try:
        key = Ed25519PublicKey.from_public_bytes(bytes.fromhex(public_key))
        key.verify(bytes.fromhex(signature), canonical(domain, statement))
    except (InvalidSignature, ValueError):
        return False
    return True
