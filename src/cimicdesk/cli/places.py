"""The gazetteer command of the command line: places (mission area, GeoNames file)."""

from __future__ import annotations

import argparse
from pathlib import Path

from cimicdesk.cli.reports import PROG, open_to_read
from cimicdesk.store.database import Store, open_database


def mission_area_codes(text: str) -> tuple[str, ...]:
    """--mission-area CF,TD: the codes checked against the built-in country list."""
    from cimicdesk.domain.errors import CimicError
    from cimicdesk.store.places import checked_area

    try:
        return checked_area(text.replace(";", ",").split(","))
    except CimicError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def add_place_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register places on the CLI's sub-command parser."""
    places = commands.add_parser(
        "places",
        help="show or set the mission area, and import a GeoNames country file",
        description=(
            "The places the map labels and the editors suggest. Without options, print the "
            "mission area and how many places the database holds (it is only read). "
            "--mission-area sets the countries of the mission and copies their built-in "
            "places (GeoNames, villages of 500 people or more) into the database; "
            "--import adds a GeoNames country file a GIS section hands out (e.g. CF.txt "
            "from CF.zip): every populated place, hill, river and spot. A bad file is "
            "refused, naming the line, and nothing is imported."
        ),
        epilog=f"Example: {PROG} places bn1.sqlite --mission-area CF --import CF.txt",
    )
    places.add_argument("file", metavar="DB", type=Path, help="the database")
    places.add_argument(
        "--mission-area",
        type=mission_area_codes,
        metavar="CODES",
        help="the mission's country codes, comma-separated, e.g. CF or CF,TD",
    )
    places.add_argument(
        "--import",
        dest="geonames",
        type=Path,
        metavar="FILE",
        help="a GeoNames country file (tab-separated, as geonames.org publishes it)",
    )
    places.set_defaults(handler=_places)


def _places(options: argparse.Namespace) -> int:
    from cimicdesk.domain.errors import ReadOnlyDatabaseError
    from cimicdesk.store import places

    if options.mission_area is None and options.geonames is None:
        with open_to_read(options.file) as store:
            _print_area(store)
        return 0
    with open_database(options.file) as store:
        if store.read_only_reason():
            raise ReadOnlyDatabaseError(store.read_only_reason())
        if options.mission_area is not None:
            count = places.set_mission_area(store, options.mission_area)
            print(f"Mission area set; {count:,} built-in places copied in.")
        if options.geonames is not None:
            count = places.import_geonames_file(store, options.geonames)
            print(f"Imported {count:,} places from {options.geonames.name}.")
        _print_area(store)
    return 0


def _print_area(store: Store) -> None:
    from cimicdesk.store import places

    names = {c.code: c.name for c in places.countries()}
    area = places.mission_area(store)
    shown = ", ".join(f"{code} ({names.get(code, code)})" for code in area) or "not set"
    print(f"  {'mission area':<14}{shown}")
    print(f"  {'places':<14}{places.place_count(store):,}")
    print(f"  {'source':<14}{places.PLACES_ATTRIBUTION}")
