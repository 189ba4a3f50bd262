"""The map index is derived data: a received file's index is never trusted (the receiver's
triggers index what it merges), and it stays right through delta files and handover."""

from __future__ import annotations

from factories import HANDOVER_PASSPHRASE, PASSPHRASE, make_incident, make_org
from sync_helpers import export, import_files, signing_key, tamper, unit_db, unsealed

from cimicdesk.domain.enums import UnitLevel
from cimicdesk.domain.geo import BBox
from cimicdesk.domain.grid import optional_grid
from cimicdesk.reports.commands import write_handover_brief
from cimicdesk.store.map_points import MapFilter, points_in
from cimicdesk.store.places import mission_area, place_count, set_mission_area, suggest_places
from cimicdesk.sync.export import LAST, export_snapshot
from cimicdesk.sync.handover import hand_over, take_over

WORLD = BBox(-180.0, -90.0, 180.0, 90.0)
BAMBARI = "34NDM6409037550"


def drawn(store) -> set[tuple[str, str, float, float]]:
    return {(p.kind, p.record_id, p.lat, p.lon) for p in points_in(store, WORLD, MapFilter())}


def test_a_forged_map_index_in_a_unit_file_does_not_reach_the_receiver(tmp_path):
    sector = unit_db(tmp_path / "sector", "SECTOR W", UnitLevel.SECTOR)
    bn = unit_db(tmp_path / "bn1", "BANBAT 1")
    incident = make_incident(bn)
    org = make_org(bn, "Caritas Bambari", grid=BAMBARI)
    set_mission_area(bn, ["CF"])
    path = export(bn, tmp_path / "bn1.cimic")
    with unsealed(path) as conn:  # the gazetteer is the unit's own: not in its unit file
        assert conn.execute("SELECT count(*) FROM places").fetchone() == (0,)
    # The unit's own file, signed again after its map index was changed: a point for a
    # record that does not exist, and its real incident moved to the Gulf of Guinea.
    for sql in (
        "INSERT INTO map_keys (n, kind, record_id) VALUES (999, 'incident', 'ghost')",
        "INSERT INTO map_index VALUES (999, 1, 1, 1, 1, 1, 1, 20000, 20000, 'BANBAT 1', "
        "'battles', 1, 1.0, 1.0)",
        "UPDATE map_index SET min_lat = 0, max_lat = 0, min_lon = 0, max_lon = 0, "
        "lat = 0, lon = 0 WHERE min_kind = 1 AND n <> 999",
    ):
        tamper(path, sql, refresh_manifest=True, signer=bn)

    import_files(sector, [path])

    at = optional_grid(BAMBARI)
    assert drawn(sector) == {
        ("incident", incident.id, at.lat, at.lon),
        ("organisation", org.id, at.lat, at.lon),
    }
    assert sector.db.execute("SELECT count(*) FROM map_keys").fetchone()[0] == 2
    sector.close()
    bn.close()


def test_a_delta_file_carries_the_map_schema_and_its_records_are_drawn(tmp_path):
    sector = unit_db(tmp_path / "sector", "SECTOR W", UnitLevel.SECTOR)
    bn = unit_db(tmp_path / "bn1", "BANBAT 1")
    first = make_incident(bn)
    import_files(sector, [export(bn, tmp_path / "full.cimic")])
    second = make_incident(bn, grid="34NCN5396987990")
    export_snapshot(bn, tmp_path / "delta.cimic", since=LAST)
    with unsealed(tmp_path / "delta.cimic") as conn:  # the entries of what it carries
        assert conn.execute("SELECT record_id FROM map_keys").fetchall() == [(second.id,)]
        assert conn.execute("SELECT count(*) FROM map_index").fetchone() == (1,)
    import_files(sector, [tmp_path / "delta.cimic"])
    assert {p[1] for p in drawn(sector)} == {first.id, second.id}
    assert drawn(sector) == drawn(bn)
    sector.close()
    bn.close()


def test_handover_carries_the_map_and_takeover_builds_its_own_index(tmp_path):
    bn = unit_db(tmp_path / "bn1", "BANBAT 1")
    incident = make_incident(bn)
    held = set_mission_area(bn, ["CF"])
    before = drawn(bn)
    outgoing_key = signing_key(bn)
    result = hand_over(
        bn,
        tmp_path / "stick",
        handed_over_by="Maj Rahman",
        to="Maj Haque",
        write_brief=write_handover_brief,
        handover_passphrase=HANDOVER_PASSPHRASE,
    )
    bn.close()
    # The handover file, signed again by the outgoing key after its index was moved.
    tamper(
        result.export.path,
        "UPDATE map_index SET lat = 0, lon = 0",
        refresh_manifest=True,
        signer=outgoing_key,
    )
    with take_over(
        result.export.path,
        tmp_path / "laptop" / "bn1.sqlite",
        taken_over_by="Maj Haque",
        passphrase=PASSPHRASE,
        handover_passphrase=HANDOVER_PASSPHRASE,
    ) as taken:
        assert drawn(taken) == before
        assert {p[1] for p in before} == {incident.id}
        # the mission area and its places go to the next contingent with the file
        assert mission_area(taken) == ("CF",) and place_count(taken) == held
        assert suggest_places(taken, "bangui")[0].name == "Bangui"
