"""What a database learns of the units from signed manifests (sync/units.py): levels are
never raised, a unit's own word is never overridden, a headquarters vouches only for the
units below it, and a loop of parents is no chain."""

from __future__ import annotations

from sync_helpers import export, import_files, unit_db

from cimicdesk.domain.enums import UnitLevel
from cimicdesk.store.database import UnitInfo
from cimicdesk.sync.manifest import Manifest
from cimicdesk.sync.units import KnownUnit, UnitRegistry, enrolled_levels, unit_code

SECTOR = UnitInfo("SECTOR W", UnitLevel.SECTOR)


def manifest(name: str, level: str, parent: str = "") -> Manifest:
    return Manifest(
        export_id=f"export-{name}",
        purpose="exchange",
        unit_name=name,
        unit_level=level,
        unit_parent=parent,
        replica_id="replica",
        exported_at="2026-06-01T12:00:00.000Z",
        schema_version=1,
        program_version="test",
    )


def test_names_are_compared_by_their_letters_and_digits():
    assert unit_code("Sector West") == unit_code("SECTOR-WEST") == "SECTORWEST"
    assert unit_code("") == ""


def test_a_battalion_sending_here_is_under_this_headquarters_whatever_it_calls_it():
    units = UnitRegistry(SECTOR)
    units.learn(manifest("BANBAT 1", "battalion", "Sector West HQ"), {})
    units.learn(manifest("BANBAT 2", "battalion"), {})
    assert units.is_above("SECTORW", "BANBAT1") and units.is_above("SECTORW", "BANBAT2")
    assert not units.is_above("BANBAT1", "BANBAT2")


def test_a_level_once_known_is_never_raised_by_a_later_file():
    units = UnitRegistry(SECTOR)
    units.learn(manifest("BANBAT 1", "battalion"), {})
    units.learn(manifest("BANBAT 2", "battalion"), {})
    units.learn(manifest("BANBAT 2", "fhq"), {})
    assert units.units["BANBAT2"].level == "battalion"
    assert not units.is_above("BANBAT2", "BANBAT1")


def test_a_unit_enrolled_here_has_the_level_it_was_enrolled_at():
    """Enrolment pins the level: a file claiming more does not raise it, and one known
    higher from before its enrolment is brought down to it."""
    units = UnitRegistry(
        UnitInfo("FHQ", UnitLevel.FHQ),
        {"SECTORE": KnownUnit("SECTOR E", "sector")},
        {"BANBAT2": "battalion", "SECTORE": "battalion"},
    )
    units.learn(manifest("BANBAT 2", "sector"), {})
    units.learn(manifest("SECTOR E", "sector"), {})
    assert units.units["BANBAT2"].level == units.units["SECTORE"].level == "battalion"


def test_the_enrolled_levels_are_read_from_the_database(tmp_path):
    hq = unit_db(tmp_path / "fhq", "FHQ", UnitLevel.FHQ)
    sector = unit_db(tmp_path / "sector", "SECTOR W", UnitLevel.SECTOR)
    try:
        import_files(hq, [export(sector, tmp_path / "sector.cimic")])
        assert enrolled_levels(hq.db.conn) == {"SECTORW": "sector"}
        assert UnitRegistry.load(hq.db.conn, hq.unit).enrolled == {"SECTORW": "sector"}
    finally:
        hq.close()
        sector.close()


def test_a_headquarters_vouches_only_for_units_below_it_and_never_over_a_units_own_word():
    units = UnitRegistry(UnitInfo("FHQ", UnitLevel.FHQ))
    units.learn(manifest("SECTOR E", "sector"), {})
    units.learn(manifest("BANBAT 9", "battalion", "SECTOR E"), {})  # its own word
    vouched = {
        "BANBAT1": KnownUnit("BANBAT 1", "battalion", "SECTOR W"),
        "BANBAT9": KnownUnit("BANBAT 9", "battalion", "SECTOR W"),  # not SECTOR W's to say
        "SECTORE": KnownUnit("SECTOR E", "sector", "FHQ"),  # a sister: not below it
        "ORPHAN": KnownUnit("ORPHAN", "battalion", "NOWHERE"),  # chain does not reach it
        "BIGGER": KnownUnit("BIGGER", "fhq", "SECTOR W"),  # ranks above it
    }
    units.learn(manifest("SECTOR W", "sector"), vouched)
    assert units.is_above("SECTORW", "BANBAT1") and units.is_above("FHQ", "BANBAT1")
    assert units.units["BANBAT9"].parent == "SECTOR E"
    assert units.units["SECTORE"].vouched_by == "FHQ"  # as this database found it
    assert {"ORPHAN", "BIGGER"}.isdisjoint(units.units)


def test_a_loop_of_parents_is_no_chain():
    units = UnitRegistry(
        SECTOR,
        {
            "A": KnownUnit("A", "battalion", "B"),
            "B": KnownUnit("B", "battalion", "A"),
        },
    )
    assert units.chain("A") == ["B"]
    assert not units.is_above("B", "A")  # in its chain, but not of a higher level


def test_this_database_takes_its_parent_from_its_headquarters_only_when_it_named_none():
    units = UnitRegistry(SECTOR)
    units.learn(manifest("FHQ", "fhq"), {"SECTORW": KnownUnit("SECTOR W", "sector", "FHQ")})
    assert units.is_above("FHQ", "SECTORW")
    named = UnitRegistry(UnitInfo("SECTOR W", UnitLevel.SECTOR, "FORCE HQ"))
    named.learn(manifest("FORCE HQ", "fhq"), {})
    named.learn(manifest("ROGUE", "fhq"), {"SECTORW": KnownUnit("SECTOR W", "sector", "ROGUE")})
    assert named.is_above("FORCEHQ", "SECTORW") and not named.is_above("ROGUE", "SECTORW")
