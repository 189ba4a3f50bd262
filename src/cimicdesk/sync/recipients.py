"""Who a unit file is sealed for: the headquarters above this unit that are enrolled here.

A unit enrols its headquarters' card (`cimicdesk enrol DB CARD`) as a headquarters enrols
its units: the card carries the headquarters' X25519 key, and every unit file this
database exports is sealed for each enrolled unit of a higher level (a battalion: its
sector HQ, and Force HQ if enrolled too). With none enrolled, an export is refused: a
unit file nobody can open would be no use, and one anybody can open would be a lost
stick's gift.
"""

from __future__ import annotations

from cimicdesk.domain.enums import UnitLevel
from cimicdesk.domain.errors import CimicError
from cimicdesk.i18n.message import msg
from cimicdesk.store.database import Store
from cimicdesk.store.unit_keys import fingerprint
from cimicdesk.sync import enrolment
from cimicdesk.sync.envelope import Recipient

_RANK = {UnitLevel.BATTALION.value: 0, UnitLevel.SECTOR.value: 1, UnitLevel.FHQ.value: 2}


class NoHeadquartersError(CimicError):
    """No headquarters above this unit is enrolled: nobody to seal a unit file for."""


def headquarters(store: Store) -> list[Recipient]:
    """The enrolled units above this one with an encryption key, as recipients."""
    own = _RANK.get(store.unit.level.value, 0)
    found = []
    for unit in enrolment.enrolled_units(store.db.conn):
        if _RANK.get(unit.unit_level, -1) > own and unit.agreement_key:
            found.append(Recipient(bytes.fromhex(unit.agreement_key), unit.fingerprint))
    return found


def recipients_for(store: Store) -> list[Recipient]:
    """headquarters(store), or NoHeadquartersError saying how to enrol one."""
    found = headquarters(store)
    if not found:
        raise NoHeadquartersError(
            msg(
                "No headquarters is enrolled in {unit}'s database, so there is nobody to "
                "seal a unit file for (a unit file opens only at the headquarters it is "
                "sent to). Ask your headquarters for its card, check its fingerprint with "
                "them over the radio, and enrol it with 'cimicdesk enrol DB CARD'. Nothing was "
                "written.",
                unit=store.unit.name,
            )
        )
    return found


def own_recipient(store: Store) -> Recipient:
    """This database as a recipient (its own X25519 key), e.g. for a copy kept at home."""
    from cimicdesk.store import unit_keys

    key = unit_keys.require_active_key(store.db.conn, store.path.name)
    return Recipient(bytes.fromhex(key.agreement_public), fingerprint(key.public_key))
