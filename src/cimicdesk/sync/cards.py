"""A unit's public card: its name, level and public keys, signed by its own key, to enrol it.

The card is a small UTF-8 JSON file (FORMAT) with unit_name, unit_level, unit_parent,
signing_key and agreement_key (hex of the raw Ed25519 and X25519 public keys), made_at,
and signature: the signing key's signature (sync/signing.py, domain FORMAT) of all the
other fields. The signature binds the name, level and X25519 key to the signing key,
but says nothing of who made the card: that is what the fingerprint, checked with the
unit over the radio or telephone, is for. A card holds no secret.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import Any

from cimicdesk.domain.enums import UnitLevel
from cimicdesk.domain.errors import CimicError, FileRefusedError
from cimicdesk.domain.timeutil import now_stamp
from cimicdesk.i18n.message import msg
from cimicdesk.store import unit_keys
from cimicdesk.store.database import Store
from cimicdesk.sync import signing

FORMAT = "cimicdesk-card-1"
MAX_BYTES = 16_384  # a card is under 1 KB; anything much larger is not one
SUFFIX = ".card"


@dataclass(frozen=True)
class Card:
    """A unit's public card; see the module docstring."""

    format: str
    unit_name: str
    unit_level: str
    unit_parent: str
    signing_key: str
    agreement_key: str
    made_at: str
    signature: str = ""

    @property
    def fingerprint(self) -> str:
        return unit_keys.fingerprint(self.signing_key)

    def statement(self) -> dict[str, Any]:
        found = asdict(self)
        del found["signature"]
        return found


def card_of(store: Store) -> Card:
    """This database's card, signed with its key in use (CimicError when it has none)."""
    key = unit_keys.require_active_key(store.db, store.path.name)
    assert key.private_key is not None  # an active key has it
    unsigned = Card(
        FORMAT,
        store.unit.name,
        store.unit.level.value,
        store.unit.parent,
        key.public_key,
        key.agreement_public,
        now_stamp(),
    )
    return replace(unsigned, signature=signing.sign(key.private_key, FORMAT, unsigned.statement()))


def write_card(store: Store, path: Path) -> Card:
    """Write this database's card to `path` (replacing a file there); the card."""
    card = card_of(store)
    Path(path).write_text(json.dumps(asdict(card), indent=2) + "\n", encoding="utf-8")
    return card


def read_card(path: Path) -> Card:
    """A card from its file; FileRefusedError when it is not one, or its signature fails."""
    path = Path(path)
    try:
        with open(path, "rb") as handle:
            data = handle.read(MAX_BYTES + 1)
    except OSError as exc:
        raise FileRefusedError(
            msg("{path} cannot be read: {error}.", path=str(path), error=exc.strerror or str(exc))
        ) from exc
    try:
        found = json.loads(data.decode("utf-8")) if len(data) <= MAX_BYTES else None
    except (UnicodeDecodeError, ValueError):
        found = None
    fields = set(Card.__dataclass_fields__)
    if (
        not isinstance(found, dict)
        or set(found) != fields
        or not all(isinstance(v, str) for v in found.values())
        or found["format"] != FORMAT
    ):
        raise FileRefusedError(
            msg(
                "{name} is not a CIMIC Desk unit card (made by 'cimicdesk card'). Nothing was "
                "enrolled.",
                name=path.name,
            )
        )
    card = Card(**found)
    if not signing.verifies(card.signing_key, card.signature, FORMAT, card.statement()):
        raise FileRefusedError(
            msg(
                "{name} is not signed by the key it carries: it was changed after it was "
                "made. Ask the unit for its card again. Nothing was enrolled.",
                name=path.name,
            )
        )
    if not signing.is_hex(card.agreement_key, signing.KEY_HEX) or not card.unit_name.strip():
        raise FileRefusedError(
            msg("{name} is not a complete unit card. Nothing was enrolled.", name=path.name)
        )
    try:
        UnitLevel(card.unit_level)
    except ValueError as exc:
        raise CimicError(
            msg(
                "{name} gives a level this program does not know ({level}). Nothing was enrolled.",
                name=path.name,
                level=card.unit_level,
            )
        ) from exc
    return card
