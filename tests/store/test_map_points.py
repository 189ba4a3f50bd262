"""The map index (migration 014) and store/map_points.py: what the map draws in a box."""

from __future__ import annotations

from datetime import date

from factories import (
    database_before,
    make_contact,
    make_entry,
    make_incident,
    make_org,
    make_qip,
    make_request,
)

from cimicdesk.domain.enums import IncidentCategory, Sensitivity
from cimicdesk.domain.geo import BBox
from cimicdesk.domain.grid import optional_grid
from cimicdesk.domain.map_kinds import MapKind
from cimicdesk.store import database, encryption
from cimicdesk.store.database import Store
from cimicdesk.store.incidents import get_incident, save_incident
from cimicdesk.store.map_points import (
    MapFilter,
    bare_rtree_query,
    clusters_in,
    count_in,
    map_units,
    point_titles,
    points_in,
)
from cimicdesk.store.organisations import get_organisation, save_organisation
from cimicdesk.store.schema import schema_version
from cimicdesk.sync.duplicates import merge_duplicate

# Bambari (34NDM6409037550 is about 5.77 N, 20.68 E) and Kaga-Bandoro, 180 km north-west.
BAMBARI = "34NDM6409037550"
KAGA = "34NCN5396987990"
CAR = BBox(14.0, 2.0, 28.0, 11.5)
ALL = MapFilter()


def meeting(store, **kw):
    """A liaison entry with an organisation met (one with no position of its own)."""
    kw.setdefault("orgs", [make_org(store, "Mairie de Bambari")])
    return make_entry(store, **kw)


def keys(store, bbox=CAR, flt=ALL):
    return {(p.kind, p.record_id) for p in points_in(store, bbox, flt)}


def test_every_mapped_kind_is_drawn_with_its_day_style_unit_and_flash(store):
    org = make_org(store, "Mercy Corps", grid=BAMBARI)
    entry = meeting(store, purpose="Market security", grid=BAMBARI, place="Bambari")
    qip = make_qip(store)
    incident = make_incident(store, category=IncidentCategory.CRIME_BANDITRY, killed_civilian_men=1)
    request = make_request(store, from_grid=BAMBARI, to_grid=KAGA)
    points = {(p.kind, p.record_id): p for p in points_in(store, CAR, ALL)}
    assert set(points) == {
        ("organisation", org.id),
        ("liaison", entry.id),
        ("qip", qip.id),
        ("incident", incident.id),
        ("support", request.id),
    }
    drawn = points[("incident", incident.id)]
    assert (drawn.unit, drawn.day, drawn.style, drawn.flash) == (
        "BANBAT 1",
        "2026-05-30",
        "crime_banditry",
        True,  # a casualty makes it a flash incident
    )
    at = optional_grid(BAMBARI)
    assert abs(drawn.lat - at.lat) < 1e-12 and abs(drawn.lon - at.lon) < 1e-12
    assert points[("liaison", entry.id)].day == "2026-11-20"
    assert points[("support", request.id)].lat > points[("liaison", entry.id)].lat + 1  # to Kaga
    assert points[("organisation", org.id)].style == org.org_type.value
    assert points[("qip", qip.id)].style == qip.status.value
    assert not points[("liaison", entry.id)].flash


def test_contacts_and_records_without_a_position_are_not_drawn(store):
    make_contact(store, "Awa Sow", grid=BAMBARI)
    meeting(store, purpose="No grid given")
    make_request(store)  # neither end has a grid
    assert points_in(store, CAR, ALL) == []
    assert store.db.execute("SELECT count(*) FROM map_keys").fetchone()[0] == 0


def test_a_moved_deleted_or_merged_record_follows_in_the_index(store):
    incident = make_incident(store)
    far = BBox(19.0, 7.0, 20.0, 8.0)  # around Kaga-Bandoro, not Bambari
    assert keys(store, far) == set()
    incident = get_incident(store, incident.id)
    incident.grid = KAGA
    save_incident(store, incident)
    assert keys(store, far) == {("incident", incident.id)}
    incident = get_incident(store, incident.id)
    incident.deleted = True
    save_incident(store, incident)
    assert keys(store) == set()

    keep, twin = make_org(store, "UNHCR", grid=BAMBARI), make_org(store, "U.N.H.C.R.", grid=BAMBARI)
    assert keys(store) == {("organisation", keep.id), ("organisation", twin.id)}
    merge_duplicate(store, keep.id, twin.id)
    assert keys(store) == {("organisation", keep.id)}
    twin = get_organisation(store, twin.id)
    assert twin.merged_into == keep.id
    kept = get_organisation(store, keep.id)
    kept.grid = ""
    save_organisation(store, kept)
    assert keys(store) == set()
    assert store.db.execute("SELECT count(*) FROM map_keys").fetchone()[0] == 0


def test_a_request_is_drawn_where_it_goes_else_where_it_starts(store):
    only_from = make_request(store, from_grid=KAGA)
    both = make_request(store, from_grid=KAGA, to_grid=BAMBARI)
    at = {p.record_id: (p.lat, p.lon) for p in points_in(store, CAR, ALL)}
    assert at[only_from.id][0] > 6.5  # Kaga-Bandoro
    assert at[both.id][0] < 6.0  # Bambari


def test_filters_by_kind_period_and_unit(store):
    early = make_incident(store, occurred_at="2026-04-01T10:00:00.000Z")
    late = make_incident(store, occurred_at="2026-05-30T03:00:00.000Z")
    entry = meeting(store, grid=BAMBARI, start="2026-05-01T09:00:00.000Z")
    incidents = frozenset({MapKind.INCIDENT})
    assert keys(store, flt=MapFilter(kinds=incidents)) == {
        ("incident", early.id),
        ("incident", late.id),
    }
    may = MapFilter(since=date(2026, 5, 1), until=date(2026, 5, 30))
    assert keys(store, flt=may) == {("incident", late.id), ("liaison", entry.id)}
    assert keys(store, flt=MapFilter(kinds=frozenset())) == set()
    assert keys(store, flt=MapFilter(units=frozenset({"BANBAT 2"}))) == set()
    assert len(keys(store, flt=MapFilter(units=frozenset({"BANBAT 1"})))) == 3
    assert count_in(store, CAR, may) == 2
    assert map_units(store) == ["BANBAT 1"]
    # newest first; a box holding more than the limit gives that many (clusters then)
    assert [p.record_id for p in points_in(store, CAR, ALL)] == [late.id, entry.id, early.id]
    some = points_in(store, CAR, ALL, limit=2)
    assert len(some) == 2 and [p.day for p in some] == sorted((p.day for p in some), reverse=True)
    # kinds apart in the tree's order (incident 1, liaison 3, support 5): only those asked
    request = make_request(store, from_grid=BAMBARI)
    ends = MapFilter(kinds=frozenset({MapKind.INCIDENT, MapKind.SUPPORT}))
    assert keys(store, flt=ends) == {
        ("incident", early.id),
        ("incident", late.id),
        ("support", request.id),
    }
    # the period's ends are in it
    assert keys(store, flt=MapFilter(since=date(2026, 5, 30), until=date(2026, 5, 30))) == {
        ("incident", late.id)
    }


def test_clusters_group_the_box_into_cells_at_the_mean_of_their_points(store):
    for _ in range(3):
        make_incident(store)  # Bambari
    meeting(store, grid=BAMBARI)
    make_qip(store, grid=KAGA)
    clusters = clusters_in(store, CAR, ALL, columns=4, rows=4)
    assert [c.count for c in clusters] == [4, 1]
    bambari, north = clusters
    assert bambari.kinds == (("incident", 3), ("liaison", 1))
    assert north.kinds == (("qip", 1),)
    at = optional_grid(KAGA)
    # to the R*Tree's 32-bit precision: well under a metre
    assert abs(north.lat - at.lat) < 1e-5 and abs(north.lon - at.lon) < 1e-5
    assert sum(c.count for c in clusters) == count_in(store, CAR, ALL)
    assert len(clusters_in(store, CAR, ALL, columns=1, rows=1)) == 1
    assert bare_rtree_query(store.db.conn, CAR) and not bare_rtree_query(
        store.db.conn, BBox(0, 0, 1, 1)
    )


def test_titles_name_records_as_stored_never_a_restricted_participant(store):
    source = make_contact(store, "Jean-Baptiste Kettenyi", sensitivity=Sensitivity.RESTRICTED)
    entry = meeting(store, contacts=[source], grid=BAMBARI, place="Bambari market")
    org = make_org(store, "Mercy Corps", acronym="MC", grid=BAMBARI)
    incident = make_incident(store)
    titles = point_titles(
        store,
        [("liaison", entry.id), ("organisation", org.id), ("incident", incident.id), ("qip", "x")],
    )
    assert titles[("liaison", entry.id)] == f"{entry.ref} – Bambari market"
    assert titles[("organisation", org.id)] == "Mercy Corps (MC)"
    assert titles[("incident", incident.id)].startswith(incident.reference)
    assert ("qip", "x") not in titles
    assert not any("Kettenyi" in t for t in titles.values())


def test_the_index_survives_vacuum_into(store, tmp_path):
    """VACUUM INTO (every export) may renumber implicit rowids; the index is keyed on its
    own INTEGER PRIMARY KEY, so the copy draws the same records in the same places."""
    for n in range(5):
        meeting(store, grid=BAMBARI if n % 2 else KAGA)
        make_incident(store, grid=KAGA if n % 2 else BAMBARI)
    entry = meeting(store, grid=KAGA)
    entry.deleted = True
    from cimicdesk.store.liaison import save_liaison

    save_liaison(store, entry)  # a hole in the rowids
    copy = tmp_path / "copy.sqlite"
    key = encryption.key_for(store.path)
    store.db.execute(f"VACUUM INTO '{copy}'")
    conn = encryption.connect(copy, key)
    try:
        conn.execute("PRAGMA integrity_check")
        copied = set(
            conn.execute(
                "SELECT k.kind, k.record_id, m.lat, m.lon FROM map_index m "
                "JOIN map_keys k ON k.n = m.n"
            ).fetchall()
        )
    finally:
        conn.close()
    assert copied == {(p.kind, p.record_id, p.lat, p.lon) for p in points_in(store, CAR, ALL)}
    assert len(copied) == 10


def schema_13_database(path) -> Store:
    """A database as the previous version made it: migrations up to 013 only."""
    return database_before(path, "014_map")


def test_migration_014_indexes_the_records_already_there(db_path):
    old = schema_13_database(db_path)
    assert "map_index" not in old.db.table_names()
    incident = make_incident(old)
    entry = meeting(old, grid=KAGA)
    make_contact(old, "Awa Sow", grid=BAMBARI)
    old.close()
    opened = database.open_database(db_path, daily_backup=False)
    try:
        assert opened.backup_path is not None  # the file was copied aside first
        assert opened.db.execute("PRAGMA user_version").fetchone()[0] == schema_version()
        assert keys(opened) == {("incident", incident.id), ("liaison", entry.id)}
        make_qip(opened)  # and the triggers keep it from now on
        assert len(keys(opened)) == 3
    finally:
        opened.close()
