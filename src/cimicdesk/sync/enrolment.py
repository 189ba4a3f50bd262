"""The units a headquarters receives from, by their signing keys; whether a file's signer is one.

enrolled_units (local; migration 008) holds one row per key a unit has been known by:
its unit name and level, the key and its fingerprint, when and how it was enrolled
('confirmed': the officer confirmed the fingerprint of its first file; 'card': from
the unit's card, store/unit_keys and sync/cards.py; 'vouched': a handover vouch signed
by the unit's previous key, sync/vouching.py, whose fingerprint is in vouched_by), and
when it was retired ('' while in use). A unit has one key in use at a time.

At import (Roster.admit, before anything changes) a file is accepted when its signer is
the key in use of the unit it names, or a key the unit's key in use vouched for (then the
new key is enrolled and the old retired, in the import's transaction); a file that names
this database's own unit must be signed by one of its own keys. It is refused with one
line (a PackageRefusedError whose reason says which) when the unit is unknown and its
fingerprint was not confirmed, when the key is the unit's retired key or another unit's
key or none the unit ever vouched for, or when the level differs from the enrolled one.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from cimicdesk.domain.enums import UnitLevel
from cimicdesk.domain.errors import CimicError
from cimicdesk.domain.timeutil import display_stamp, now_stamp
from cimicdesk.i18n.message import Message, Text, msg, msg_p
from cimicdesk.store import unit_keys
from cimicdesk.store.encryption import sqlite3
from cimicdesk.store.unit_keys import fingerprint
from cimicdesk.sync import errors as why
from cimicdesk.sync.errors import PackageRefusedError, UnknownUnitError
from cimicdesk.sync.manifest import Manifest
from cimicdesk.sync.vouching import Vouch

TABLE = "enrolled_units"
CONFIRMED = "confirmed"
CARD = "card"
VOUCHED = "vouched"
# What an import did to the enrolment of a file's unit (ImportReport.enrolment).
ENROLLED_NOW = "enrolled"
VOUCHED_NOW = "vouched"
_COLUMNS = (
    "public_key, unit_name, unit_level, agreement_key, fingerprint, enrolled_at, how, "
    "vouched_by, retired_at"
)


@dataclass(frozen=True)
class EnrolledUnit:
    """One key a unit is (or was) known by here; see the module docstring."""

    public_key: str
    unit_name: str
    unit_level: str
    agreement_key: str
    fingerprint: str
    enrolled_at: str
    how: str
    vouched_by: str = ""
    retired_at: str = ""

    def how_text(self) -> Message:
        """How it was enrolled, as people say it (a Message)."""
        if self.how == VOUCHED:
            return msg("vouched by {fingerprint}", fingerprint=self.vouched_by)
        if self.how == CARD:
            return msg_p("enrolment", "from its card")
        return msg_p("enrolment", "confirmed at import")


def enrolled_units(conn: sqlite3.Connection, *, retired: bool = False) -> list[EnrolledUnit]:
    """The units enrolled here, by name; their retired keys too when `retired`."""
    where = "" if retired else "WHERE retired_at = ''"
    rows = conn.execute(
        f"SELECT {_COLUMNS} FROM {TABLE} {where} ORDER BY unit_name, enrolled_at, rowid"
    ).fetchall()
    return [EnrolledUnit(*row) for row in rows]


def _insert(conn: sqlite3.Connection, unit: EnrolledUnit) -> None:
    conn.execute(
        f"INSERT INTO {TABLE} ({_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            unit.public_key,
            unit.unit_name,
            unit.unit_level,
            unit.agreement_key,
            unit.fingerprint,
            unit.enrolled_at,
            unit.how,
            unit.vouched_by,
            unit.retired_at,
        ],
    )


@dataclass
class Admission:
    """What importing one file does to the enrolments: the signer's fingerprint, when (at),
    rows to add, keys to retire, and what the report says of it (note: '', ENROLLED_NOW
    or VOUCHED_NOW)."""

    fingerprint: str
    at: str
    enrol: list[EnrolledUnit] = field(default_factory=list)
    retire: list[str] = field(default_factory=list)
    note: str = ""


class Roster:
    """The enrolments as an import batch sees them: each file admitted changes the roster
    the next file of the batch meets (a vouch retires the old key for it too)."""

    def __init__(self, rows: list[EnrolledUnit], own_unit: str, own_keys: set[str]):
        self.rows = rows
        self.own_unit = own_unit
        self.own_keys = own_keys

    @classmethod
    def load(cls, conn: sqlite3.Connection, own_unit: str) -> Roster:
        return cls(enrolled_units(conn, retired=True), own_unit, unit_keys.own_public_keys(conn))

    def admit(
        self,
        found: Manifest,
        chain: Sequence[Vouch],
        source: Path,
        confirmed: Collection[str],
        at: str,
    ) -> Admission:
        """What importing this file does to the enrolments; PackageRefusedError when its
        signer is not the unit it names (see the module docstring)."""
        unit, key = found.unit_name, found.signer_key
        admission = Admission(fingerprint(key), at)
        if unit == self.own_unit:
            if key in self.own_keys:
                return admission
            raise _wrong_key(source, unit, msg("this database's own unit"), admission.fingerprint)
        holders = [r for r in self.rows if r.public_key == key]
        if holders and holders[0].unit_name != unit:
            raise PackageRefusedError(
                why.WRONG_KEY,
                source,
                msg(
                    "{name} says it comes from {unit}, but it is signed with the key of "
                    "{other} ({fingerprint}): a unit's key signs only its own files. Nothing "
                    "was changed.",
                    name=source.name,
                    unit=unit,
                    other=holders[0].unit_name,
                    fingerprint=admission.fingerprint,
                ),
            )
        if holders and holders[0].retired_at:
            raise _retired(source, holders[0])
        current = [r for r in self.rows if r.unit_name == unit and not r.retired_at]
        if not current:
            return self._enrol(found, source, confirmed, at, admission)
        if found.unit_level != current[0].unit_level:
            raise PackageRefusedError(
                why.WRONG_LEVEL,
                source,
                msg(
                    "{name} gives {unit} the level {level}, but it is enrolled here at the "
                    "level {enrolled}. Nothing was changed.",
                    name=source.name,
                    unit=unit,
                    level=_level(found.unit_level),
                    enrolled=_level(current[0].unit_level),
                ),
            )
        if holders:
            return admission  # the unit's key in use
        return self._vouched(found, chain, source, current, at, admission)

    def _enrol(
        self,
        found: Manifest,
        source: Path,
        confirmed: Collection[str],
        at: str,
        admission: Admission,
    ) -> Admission:
        if admission.fingerprint not in confirmed:
            raise _unknown(source, found, admission.fingerprint, confirmed)
        row = EnrolledUnit(
            found.signer_key,
            found.unit_name,
            found.unit_level,
            found.agreement_key,
            admission.fingerprint,
            at,
            CONFIRMED,
        )
        self.rows.append(row)
        admission.enrol.append(row)
        admission.note = ENROLLED_NOW
        return admission

    def _vouched(
        self,
        found: Manifest,
        chain: Sequence[Vouch],
        source: Path,
        current: list[EnrolledUnit],
        at: str,
        admission: Admission,
    ) -> Admission:
        """The signer is new: accepted when the chain runs to it from the key in use."""
        in_use = {r.public_key for r in current}
        start = next((i for i, v in enumerate(chain) if v.old_key in in_use), None)
        if start is None:
            detail = (
                msg("its handover vouches do not start from that key")
                if chain
                else msg("it carries no handover vouch from that key")
            )
            raise _wrong_key(
                source, found.unit_name, current[0].fingerprint, admission.fingerprint, detail
            )
        for vouch in chain[start:]:
            last = vouch.new_key == found.signer_key
            row = EnrolledUnit(
                vouch.new_key,
                found.unit_name,
                current[0].unit_level,
                found.agreement_key if last else current[0].agreement_key,
                fingerprint(vouch.new_key),
                at,
                VOUCHED,
                fingerprint(vouch.old_key),
                "" if last else at,
            )
            admission.enrol.append(row)
            admission.retire.append(vouch.old_key)
        self.rows = [
            replace(r, retired_at=at) if r.public_key in admission.retire else r for r in self.rows
        ] + admission.enrol
        admission.note = VOUCHED_NOW
        return admission


def apply(conn: sqlite3.Connection, admissions: Sequence[Admission]) -> None:
    """Record what the batch's files did to the enrolments (in the import's transaction)."""
    for admission in admissions:
        for row in admission.enrol:
            if row.public_key not in _known_keys(conn):
                _insert(conn, row)
        for key in admission.retire:
            conn.execute(
                f"UPDATE {TABLE} SET retired_at = ? WHERE public_key = ? AND retired_at = ''",
                [admission.at, key],
            )


def _known_keys(conn: sqlite3.Connection) -> set[str]:
    return {row[0] for row in conn.execute(f"SELECT public_key FROM {TABLE}")}


def _level(value: str) -> UnitLevel | str:
    """The level as a member (its label is translated in a message); unknown: as it is."""
    try:
        return UnitLevel(value)
    except ValueError:
        return value


def _unknown(
    source: Path, found: Manifest, fp: str, confirmed: Collection[str]
) -> UnknownUnitError:
    if confirmed:
        text = msg(
            "{name} comes from {unit}, which is not enrolled here, and its key's fingerprint "
            "is {fingerprint}, not the one confirmed ({confirmed}): it may not come from "
            "{unit} at all. Check the fingerprint with {unit} again. Nothing was changed.",
            name=source.name,
            unit=found.unit_name,
            fingerprint=fp,
            confirmed=", ".join(sorted(confirmed)),
        )
    else:
        text = msg(
            "{name} comes from {unit} ({level}), which is not enrolled here. Its key's "
            "fingerprint is {fingerprint}: check it with {unit} over the radio or telephone, "
            "then import again confirming it (command line: --enrol {fingerprint}). Nothing "
            "was changed.",
            name=source.name,
            unit=found.unit_name,
            level=_level(found.unit_level),
            fingerprint=fp,
        )
    return UnknownUnitError(source, text, found.unit_name, found.unit_level, fp)


def _wrong_key(
    source: Path, unit: str, known: Text, fp: str, detail: Text = ""
) -> PackageRefusedError:
    """A known unit (or this database's own) that signs with a key it is not known by."""
    if detail:
        text = msg(
            "{name} says it comes from {unit}, but it is signed with the key {fingerprint}, "
            "and {unit} is enrolled here with the key {known} ({detail}): it was not made "
            "by {unit}'s database, or that database was replaced without a handover (then "
            "enrol {unit}'s new card, replacing the old key). Nothing was changed.",
            name=source.name,
            unit=unit,
            fingerprint=fp,
            known=known,
            detail=detail,
        )
    else:
        text = msg(
            "{name} says it comes from {unit} ({known}), but it is signed with another key "
            "({fingerprint}). Nothing was changed.",
            name=source.name,
            unit=unit,
            known=known,
            fingerprint=fp,
        )
    return PackageRefusedError(why.WRONG_KEY, source, text)


def _retired(source: Path, row: EnrolledUnit) -> PackageRefusedError:
    return PackageRefusedError(
        why.RETIRED_KEY,
        source,
        msg(
            "{name} is signed with {unit}'s old key ({fingerprint}), retired here on {date} "
            "(the unit's database was handed over, or the unit enrolled again): it comes "
            "from the old database or a copy of it, not from the unit now. Nothing was "
            "changed.",
            name=source.name,
            unit=row.unit_name,
            fingerprint=row.fingerprint,
            date=display_stamp(row.retired_at),
        ),
    )


# --- enrolment from a card ------------------------------------------------------------


def enrol_key(
    conn: sqlite3.Connection,
    own_unit: str,
    unit_name: str,
    unit_level: str,
    public_key: str,
    agreement_key: str,
    *,
    replace_key: bool = False,
) -> EnrolledUnit:
    """Enrol a unit by its key (from its card), in a transaction of its own; the row.

    CimicError for this database's own unit, a key enrolled for another unit, or a unit
    enrolled with another key unless replace_key (the old key is then retired). A unit
    enrolled with this very key is left as it is.
    """
    fp = fingerprint(public_key)
    if unit_name == own_unit:
        raise CimicError(
            msg("{unit} is this database's own unit: it needs no enrolment.", unit=unit_name)
        )
    rows = enrolled_units(conn, retired=True)
    holder = next((r for r in rows if r.public_key == public_key), None)
    if holder is not None and holder.unit_name != unit_name:
        raise CimicError(
            msg(
                "The key {fingerprint} is enrolled here for {other}, not {unit}: nothing "
                "was enrolled.",
                fingerprint=fp,
                other=holder.unit_name,
                unit=unit_name,
            )
        )
    if holder is not None and not holder.retired_at:
        return holder
    current = [r for r in rows if r.unit_name == unit_name and not r.retired_at]
    if current and not replace_key:
        raise CimicError(
            msg(
                "{unit} is already enrolled here with the key {known}; this card has the key "
                "{fingerprint}. If {unit} really has a new key (its database was replaced "
                "without a handover), enrol the card again replacing the old key. Nothing "
                "was enrolled.",
                unit=unit_name,
                known=current[0].fingerprint,
                fingerprint=fp,
            )
        )
    at = now_stamp()
    row = EnrolledUnit(public_key, unit_name, unit_level, agreement_key, fp, at, CARD)
    with conn:
        conn.execute(
            f"UPDATE {TABLE} SET retired_at = ? WHERE unit_name = ? AND retired_at = ''",
            [at, unit_name],
        )
        if holder is not None:  # a retired key enrolled again from its card
            conn.execute(f"DELETE FROM {TABLE} WHERE public_key = ?", [public_key])
        _insert(conn, row)
    return row
