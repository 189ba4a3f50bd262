"""A record new here gets its derived columns (a grid's position, a name's sort key)
computed here, never taken from the file: a unit's file that carries other values places
nothing where its grid is not and hides no duplicate under another name key."""

from __future__ import annotations

from factories import make_contact, make_entry, make_org
from sync_helpers import canonical_dump, export, import_files, tamper, unit_db

from cimicdesk.domain.enums import UnitLevel
from cimicdesk.domain.grid import parse_grid
from cimicdesk.domain.text import fold

GRID = "34N CK 12345 67890"


def _stored(store, table, record_id, columns):
    listed = ", ".join(columns)
    return store.db.execute(f"SELECT {listed} FROM {table} WHERE id = ?", [record_id]).fetchone()


def test_a_file_s_own_derived_values_are_replaced_by_those_of_its_fields(tmp_path):
    sector = unit_db(tmp_path / "sector", "SECTOR W", UnitLevel.SECTOR)
    bn = unit_db(tmp_path / "bn1", "BANBAT 1")
    twin = make_org(sector, "Caritas Bria", place="Bria", phones=("+236 75 12 34 56",))
    org = make_org(bn, "Caritas Bria", place="Bria", grid=GRID, phones=("75123456",))
    person = make_contact(bn, "Jean Ngaïkoumon", organisation_id=org.id, grid=GRID)
    entry = make_entry(bn, contacts=[person], grid=GRID, purpose="Water tanks")
    path = export(bn, tmp_path / "bn1.cimic")
    # The unit's own file, signed by it again after its derived columns were changed (as a
    # buggy or malicious unit could): elsewhere on the map, and under another name key.
    for sql in (
        "UPDATE organisations SET lat = 0, lon = 0, name_key = 'zzz hidden'",
        "UPDATE contacts SET lat = -45, lon = 170, name_key = ''",
        "UPDATE liaison_entries SET lat = 1.5, lon = 2.5",
    ):
        tamper(path, sql, refresh_manifest=True, signer=bn)

    (report,) = import_files(sector, [path])

    ref = parse_grid(GRID)
    for table, record_id, name in (
        ("organisations", org.id, org.name),
        ("contacts", person.id, person.name),
    ):
        assert _stored(sector, table, record_id, ["lat", "lon", "name_key"]) == (
            ref.lat,
            ref.lon,
            fold(name),
        ), table
    assert _stored(sector, "liaison_entries", entry.id, ["lat", "lon"]) == (ref.lat, ref.lon)
    # The pair the forged name key would have hidden is found.
    assert [(t, {a, b}) for t, a, b in report.duplicate_pairs] == [
        ("organisations", {twin.id, org.id})
    ]
    # Everything else arrived as sent: the records equal the unit's.
    sent = canonical_dump(bn)
    got = canonical_dump(sector)
    for table in ("organisations", "contacts", "liaison_entries"):
        mine = {row[0] for row in sent[table]}
        assert [row for row in got[table] if row[0] in mine] == sent[table], table
    sector.close()
    bn.close()
