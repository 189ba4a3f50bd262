"""Handover vouching: the outgoing contingent's key vouches for the incoming one's.

The design. A unit is known at headquarters by its signing key (sync/enrolment.py).
At a rotation the unit's identity must pass to the incoming contingent, but the
outgoing key must not: a copy of it stays wherever the old laptop, its backups and its
old files go. So:

1. At handover the outgoing database makes a NEW key pair, the successor's, and the
   outgoing key signs a vouch for it: "unit U's key OLD hands over to NEW, in handover
   export E, at time T" (a Vouch; DOMAIN below). The successor's private keys and the
   vouch go into the handover file only (which the lead encrypts under the handover
   passphrase); the outgoing database never stores the successor's private key. The
   X25519 key pair travels on unchanged, so units that encrypt files to this unit need
   no new key.
2. Once the handover is written, the outgoing database retires its key and blanks its
   private halves (store/unit_keys.forget_private_keys): it can no longer export.
3. The takeover installs the successor key as the new database's own, after checking
   the vouch is the outgoing key's (the whole handover file is signed by that key too).
4. Every unit file the new contingent exports carries the chain of vouches from the
   unit's first key to the one that signs it, in its signed manifest. Headquarters,
   which knows an earlier key of the unit, follows the chain from that key, records the
   new key (enrolled 'vouched by' the previous one's fingerprint) and retires the old.
   From then on a file signed with a retired key (an old laptop, a backup of it) is
   refused, and so is a chain that does not start at the key headquarters knows (a vouch
   forged with any other key).

A key vouches at most once at headquarters: once it is retired there, another chain from
it (a second handover file made from the same database) is refused.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import asdict, dataclass, replace
from typing import Any

from cimicdesk.domain import bounds
from cimicdesk.i18n.message import Message, msg
from cimicdesk.store.encryption import sqlite3
from cimicdesk.store.unit_keys import (
    NewKeys,
    OwnKey,
    fingerprint,
    forget_private_keys,
    insert_keys,
    new_keys,
)
from cimicdesk.sync import signing

DOMAIN = "cimicdesk-vouch-1"
MAX_CHAIN = 64  # rotations a chain may hold: two a year for thirty years


@dataclass(frozen=True)
class Vouch:
    """One handover's vouch: `old_key` (hex) signs that `new_key` (hex) is unit_name's key
    from the handover export `export_id` on, at `vouched_at`; signature (hex)."""

    unit_name: str
    old_key: str
    new_key: str
    export_id: str
    vouched_at: str
    signature: str = ""

    def statement(self) -> dict[str, Any]:
        """What the old key signs: every field but the signature."""
        found = asdict(self)
        del found["signature"]
        return found

    def to_json(self) -> str:
        return json.dumps(asdict(self), sort_keys=True, separators=(",", ":"))

    @property
    def verifies(self) -> bool:
        return signing.verifies(self.old_key, self.signature, DOMAIN, self.statement())


def make_vouch(old: OwnKey, unit_name: str, new_key: bytes, export_id: str, at: str) -> Vouch:
    """The old key's signed vouch for a new key (raw public bytes)."""
    if old.private_key is None:
        raise ValueError("a retired key cannot vouch")
    unsigned = Vouch(unit_name, old.public_key, new_key.hex(), export_id, at)
    return replace(unsigned, signature=signing.sign(old.private_key, DOMAIN, unsigned.statement()))


def _from_dict(item: object) -> Vouch:
    if not isinstance(item, dict) or set(item) != set(Vouch.__dataclass_fields__):
        raise ValueError("not a vouch")
    if not all(isinstance(value, str) for value in item.values()):
        raise ValueError("not a vouch")
    return Vouch(**item)


def from_json(text: str) -> Vouch:
    """A vouch as stored; ValueError when it is not one."""
    return _from_dict(bounds.loads(text))


def chain_from_json(text: str) -> list[Vouch]:
    """The chain a manifest carries (a JSON list); ValueError when it is not one."""
    if bounds.json_depth_problem(text):
        raise ValueError("nested too deep")
    items = bounds.loads(text) if text else []
    if not isinstance(items, list) or len(items) > MAX_CHAIN:
        raise ValueError("not a list of vouches")
    return [_from_dict(item) for item in items]


def chain_to_json(chain: Sequence[Vouch]) -> str:
    return "[" + ",".join(v.to_json() for v in chain) + "]"


def chain_for(keys: Sequence[OwnKey], public_key: str) -> list[Vouch]:
    """The vouches that lead from the unit's first key to `public_key`, oldest first."""
    by_key = {key.public_key: key for key in keys}
    chain: list[Vouch] = []
    current = by_key.get(public_key)
    while current is not None and current.vouch and len(chain) < MAX_CHAIN:
        vouch = from_json(current.vouch)
        chain.insert(0, vouch)
        current = by_key.get(vouch.old_key)
    return chain


def chain_problem(chain: Sequence[Vouch], unit_name: str, signer_key: str) -> Message | None:
    """Why a file's chain cannot be believed; None when every vouch is signed by the key
    before it, names the file's unit, and the last leads to the key that signed the file."""
    for index, vouch in enumerate(chain):
        if vouch.unit_name != unit_name:
            return msg(
                "a vouch in it is for {other}, not for {unit}",
                other=vouch.unit_name,
                unit=unit_name,
            )
        if not vouch.verifies:
            return msg(
                "the vouch for key {key} is not signed by the key before it",
                key=_fp(vouch.new_key),
            )
        following = chain[index + 1].old_key if index + 1 < len(chain) else signer_key
        if vouch.new_key != following:
            return msg("its vouches do not lead, one to the next, to the key that signed it")
    return None


def _fp(key: str) -> str:
    try:
        return fingerprint(key)
    except ValueError:
        return "?"


def seal_successor(
    conn: sqlite3.Connection, outgoing: OwnKey, unit_name: str, export_id: str, at: str
) -> Vouch:
    """In a handover snapshot (inside its transaction, secure_delete on): retire the
    outgoing key, blank every private half, and add the successor's new signing key, with
    the outgoing key's vouch and the unit's X25519 key pair, which carries on."""
    if outgoing.agreement_private is None:
        raise ValueError("the outgoing key has no agreement key to hand on")
    fresh = new_keys()
    vouch = make_vouch(outgoing, unit_name, fresh.signing_public, export_id, at)
    forget_private_keys(conn, at)
    successor = NewKeys(
        fresh.signing_private,
        fresh.signing_public,
        outgoing.agreement_private,
        bytes.fromhex(outgoing.agreement_public),
    )
    insert_keys(conn, successor, at, vouch.to_json())
    return vouch
