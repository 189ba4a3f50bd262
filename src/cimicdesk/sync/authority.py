"""Who may change what at import: whether a file's sender may change, add or purge a row.

The rule (docs/exchange-rules.md): a unit's own records (liaison log, QIPs, incidents,
support requests, community assessments, mission settings, its narratives, and their
parts and photos) are changed, added to and purged only by that unit or a headquarters
above it; the shared directory (organisations, contacts) may be changed by any enrolled
unit, each change attributed to it, but a directory record is purged only by its own
unit or a headquarters above it.
The sender is the unit named in the file's (signed) manifest; "above" is decided by
what this database knows of the units (sync/units.py).
"""

from __future__ import annotations

from dataclasses import dataclass

from cimicdesk.i18n.message import Message, msg
from cimicdesk.sync.units import UnitRegistry, unit_code

DIRECTORY = frozenset({"organisations", "contacts"})
# Why a row was refused, as rejected.reason_id (the ids the rules give).
NOT_AUTHORISED = "not_authorised"
PURGE_NOT_AUTHORISED = "purge_not_authorised"
REFUSALS = frozenset({NOT_AUTHORISED, PURGE_NOT_AUTHORISED})


@dataclass(frozen=True)
class Refusal:
    """A change the sender may not make: the reason's id, the unit owning the record, why."""

    reason_id: str
    owner: str
    reason: Message


class Authority:
    """Decides for one file: its sender against what this database knows of the units.

    Attributes: units (the UnitRegistry, having learned this file), sender (the unit
    name the file's manifest gives).
    """

    def __init__(self, units: UnitRegistry, sender: str):
        self.units = units
        self.sender = sender

    def speaks_for(self, owner: str) -> bool:
        """Whether the sender is the owning unit or a headquarters above it."""
        mine, theirs = unit_code(self.sender), unit_code(owner)
        return mine == theirs or self.units.is_above(mine, theirs)

    def refusal(
        self, table: str, owners: set[str], *, purge: bool = False, new: bool = False
    ) -> Refusal | None:
        """None when the sender may make this change to a row of `table` owned by each of
        `owners` (the row as stored and as it would be); otherwise why not.

        purge: the row arrives purged; new: the receiving database does not hold it."""
        for owner in sorted(owners):
            if self.speaks_for(owner):
                continue
            if purge and not new:
                return Refusal(
                    PURGE_NOT_AUTHORISED,
                    owner,
                    msg(
                        "{sender} may not purge a record of {owner}: only {owner} or a "
                        "headquarters above it may",
                        sender=self.sender,
                        owner=owner,
                    ),
                )
            if table in DIRECTORY:
                continue
            if new:
                return Refusal(
                    NOT_AUTHORISED,
                    owner,
                    msg(
                        "{sender} may not add to the records of {owner}: only {owner} or a "
                        "headquarters above it may",
                        sender=self.sender,
                        owner=owner,
                    ),
                )
            return Refusal(
                NOT_AUTHORISED,
                owner,
                msg(
                    "{sender} may not change a record of {owner}: only {owner} or a "
                    "headquarters above it may",
                    sender=self.sender,
                    owner=owner,
                ),
            )
        return None
