"""The enrolment commands of the command line: card, enrol, units."""

from __future__ import annotations

import argparse
from pathlib import Path

from cimicdesk.cli.reports import PROG, READS_ONLY, open_to_read
from cimicdesk.domain.errors import CimicError, ReadOnlyDatabaseError
from cimicdesk.domain.timeutil import display_stamp
from cimicdesk.i18n.message import msg
from cimicdesk.store import unit_keys
from cimicdesk.store.database import open_database
from cimicdesk.sync import enrolment
from cimicdesk.sync.cards import read_card, write_card


def add_key_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register card, enrol and units on the CLI's sub-command parser."""
    card = commands.add_parser(
        "card",
        help="show this unit's key fingerprint, and write its public card",
        description=(
            "Print the unit's name, level and key fingerprint (read it to headquarters "
            "over the radio or telephone), and with --out write the unit's public card: a "
            "small file with its public keys, for headquarters to enrol it. It holds no "
            "secret." + READS_ONLY
        ),
        epilog=f"Example: {PROG} card bn1.sqlite --out BANBAT1.card",
    )
    card.add_argument("file", metavar="DB", type=Path, help="the database")
    card.add_argument("--out", type=Path, metavar="CARD", help="the card file to write")
    card.set_defaults(handler=_card)

    enrol = commands.add_parser(
        "enrol",
        help="enrol a unit from its card, so its unit files are accepted here",
        description=(
            "Record a unit's key from its card: its unit files are then imported without "
            "asking. Check the fingerprint printed with the unit (over the radio or "
            "telephone), or give it with --fingerprint to have it checked. A unit already "
            "enrolled with another key is refused unless --replace (its database was "
            "replaced without a handover: the old key is retired)."
        ),
        epilog=(
            f"Example: {PROG} enrol sector.sqlite BANBAT1.card --fingerprint ABCD-EFGH-IJKL-MNOP"
        ),
    )
    enrol.add_argument("file", metavar="DB", type=Path, help="the receiving database")
    enrol.add_argument("card", metavar="CARD", type=Path, help="the unit's card file")
    enrol.add_argument(
        "--fingerprint", metavar="FINGERPRINT", help="the fingerprint the unit read to you"
    )
    enrol.add_argument(
        "--replace", action="store_true", help="retire the key the unit is enrolled with"
    )
    enrol.set_defaults(handler=_enrol)

    units = commands.add_parser(
        "units",
        help="list the units enrolled here, with their key fingerprints",
        description="List the units whose unit files this database accepts." + READS_ONLY,
    )
    units.add_argument("file", metavar="DB", type=Path, help="the database")
    units.add_argument("--all", action="store_true", help="list retired keys too")
    units.set_defaults(handler=_units)


def _card(options: argparse.Namespace) -> int:
    with open_to_read(options.file) as store:
        key = unit_keys.require_active_key(store.db, store.path.name)
        print(f"{store.unit.name} ({store.unit.level.label})")
        print(f"  {'fingerprint':<14}{key.fingerprint}")
        if options.out:
            write_card(store, options.out)
            print(f"  {'card':<14}{options.out}")
    print("Read the fingerprint to headquarters; they check it against your card or file.")
    return 0


def _enrol(options: argparse.Namespace) -> int:
    card = read_card(options.card)
    if options.fingerprint:
        typed = unit_keys.parse_fingerprint(options.fingerprint)
        if typed != card.fingerprint:
            raise CimicError(
                msg(
                    "{name} carries the key {fingerprint}, not {typed}: it may not be "
                    "{unit}'s card. Nothing was enrolled.",
                    name=options.card.name,
                    fingerprint=card.fingerprint,
                    typed=typed,
                    unit=card.unit_name,
                )
            )
    with open_database(options.file) as store:
        if store.read_only_reason():
            raise ReadOnlyDatabaseError(store.read_only_reason())
        row = enrolment.enrol_key(
            store.db.conn,
            store.unit.name,
            card.unit_name,
            card.unit_level,
            card.signing_key,
            card.agreement_key,
            replace_key=options.replace,
        )
    print(f"Enrolled {row.unit_name} ({row.unit_level})")
    print(f"  {'fingerprint':<14}{row.fingerprint}")
    if not options.fingerprint:
        print(f"Check this fingerprint with {row.unit_name} over the radio or telephone.")
    return 0


def _units(options: argparse.Namespace) -> int:
    with open_to_read(options.file) as store:
        own = unit_keys.active_key(store.db)
        rows = enrolment.enrolled_units(store.db.conn, retired=options.all)
        print(f"This database: {store.unit.name} ({store.unit.level.label})")
        if own is not None:
            print(f"  {'fingerprint':<14}{own.fingerprint}")
    if not rows:
        print("No unit is enrolled here.")
    for row in rows:
        state = f"retired {display_stamp(row.retired_at)}" if row.retired_at else "in use"
        print(
            f"{row.unit_name:<20} {row.unit_level:<10} {row.fingerprint}  "
            f"enrolled {display_stamp(row.enrolled_at)}, {row.how_text()}; {state}"
        )
    return 0
