"""Who may change what at import (docs/exchange-rules.md), through real unit files.

A unit's records (incidents, QIPs, support requests, liaison entries, and their parts)
are changed, added to and purged only by that unit or a headquarters above it; the
directory (organisations, contacts) any unit may change, each change attributed to it;
a change from anyone else is refused, listed in the import report and in `rejected`,
and the receiving database keeps its row as it was.
"""

from __future__ import annotations

import json
from contextlib import closing
from types import SimpleNamespace

import pytest
from factories import (
    action,
    make_contact,
    make_entry,
    make_incident,
    make_org,
    make_qip,
    make_request,
    raw_connect,
)
from sync_helpers import (
    assert_in_both_languages,
    export,
    file_state,
    import_files,
    set_clock_field,
    tamper,
    unit_db,
)

from cimicdesk.domain.enums import UnitLevel
from cimicdesk.domain.qip import MonitoringVisit
from cimicdesk.domain.timeutil import now_stamp
from cimicdesk.store import synced
from cimicdesk.store.contacts import get_contact, save_contact
from cimicdesk.store.incidents import get_incident, save_incident
from cimicdesk.store.liaison import get_liaison, save_liaison
from cimicdesk.store.organisations import get_organisation
from cimicdesk.store.purge import purge_record
from cimicdesk.store.qips import get_qip, save_qip
from cimicdesk.store.support_requests import get_support_request, save_support_request
from cimicdesk.sync import errors as why
from cimicdesk.sync.authority import NOT_AUTHORISED, PURGE_NOT_AUTHORISED
from cimicdesk.sync.errors import PackageRefusedError
from cimicdesk.sync.limits import MAX_COUNTER_STEP
from cimicdesk.sync.report import format_report
from cimicdesk.sync.tables import BY_NAME
from cimicdesk.sync.units import read_units

NOW = "2026-06-01T12:00:00.000Z"


@pytest.fixture
def mission(tmp_path):
    """SECTOR W with BANBAT 1 (which names it as its parent) and BANBAT 2 (which names
    none: sector HQ receives its files, so it is under sector HQ all the same). BANBAT 1
    holds one record of each kind; BANBAT 2 has them through sector HQ's file."""
    sector = unit_db(tmp_path / "sector", "SECTOR W", UnitLevel.SECTOR)
    bn1 = unit_db(tmp_path / "bn1", "BANBAT 1", parent="Sector W")
    bn2 = unit_db(tmp_path / "bn2", "BANBAT 2")
    org = make_org(bn1, "UNHCR", place="Bambari")
    person = make_contact(bn1, "Awa Yakité", organisation_id=org.id, phones=("+236 75 12 34 56",))
    entry = make_entry(bn1, contacts=[person], actions=[action("Send water tanks")])
    qip = make_qip(bn1)
    incident = make_incident(bn1)
    request = make_request(bn1)
    import_files(
        sector, [export(bn1, tmp_path / "bn1-w1.cimic"), export(bn2, tmp_path / "bn2.cimic")]
    )
    import_files(bn2, [export(sector, tmp_path / "sector-w1.cimic")])
    yield SimpleNamespace(
        sector=sector,
        bn1=bn1,
        bn2=bn2,
        org=org,
        person=person,
        entry=entry,
        qip=qip,
        incident=incident,
        request=request,
        folder=tmp_path,
    )
    for store in (sector, bn1, bn2):
        store.close()


def _row(store, table: str, row_id: str) -> dict:
    return synced.fetch_row(store, table, row_id)


def _rejected(store) -> list[tuple]:
    return store.db.conn.execute(
        "SELECT table_name, row_id, reason_id, owner_unit, source_unit FROM rejected ORDER BY seq"
    ).fetchall()


def _edit_all_of_bn1(m, store) -> dict[str, str]:
    """Edit BANBAT 1's incident, QIP, support request, liaison entry and its follow-up
    action in `store`; (table -> id) of what was edited."""
    incident = get_incident(store, m.incident.id)
    incident.narrative = "Nothing happened."
    save_incident(store, incident)
    qip = get_qip(store, m.qip.id)
    qip.title = "Cancelled borehole"
    save_qip(store, qip)
    request = get_support_request(store, m.request.id)
    request.purpose = "Carry weapons."
    save_support_request(store, request)
    entry = get_liaison(store, m.entry.id)
    entry.purpose = "Rewritten"
    entry.actions[0].description = "Do nothing"
    save_liaison(store, entry)
    return {
        "incidents": m.incident.id,
        "qips": m.qip.id,
        "support_requests": m.request.id,
        "liaison_entries": m.entry.id,
        "follow_up_actions": entry.actions[0].id,
    }


def test_a_battalion_cannot_change_another_battalions_records(mission):
    m = mission
    edited = _edit_all_of_bn1(m, m.bn2)
    before = {t: _row(m.sector, t, i) for t, i in edited.items()}
    (report,) = import_files(m.sector, [export(m.bn2, m.folder / "bn2-w2.cimic")])
    assert {(r.table, r.row_id) for r in report.refused} == set(edited.items())
    assert {(r.reason_id, r.owner) for r in report.refused} == {(NOT_AUTHORISED, "BANBAT 1")}
    assert {t: _row(m.sector, t, i) for t, i in edited.items()} == before
    assert report.totals.updated == 0
    # listed in the report, with the record, its unit and why
    text = format_report(report)
    refusal = next(r for r in report.refused if r.table == "incidents")
    english = (
        "BANBAT 2 may not change a record of BANBAT 1: only BANBAT 1 or a headquarters above it may"
    )
    assert f"refused: incidents {m.incident.id[:8]}… of BANBAT 1: {english}" in text
    assert "5 changes refused: BANBAT 2 may not make them" in text
    assert_in_both_languages(refusal.reason, english)
    # and kept in the rejected list with its reason id and the owning unit
    assert {(t, i, r, o, s) for t, i, r, o, s in _rejected(m.sector)} == {
        (t, i, NOT_AUTHORISED, "BANBAT 1", "BANBAT 2") for t, i in edited.items()
    }


def test_a_higher_clock_counter_does_not_make_a_forged_edit_win(mission):
    """The file is forged to carry an edit with a high counter (below the sanity limit's
    jump, sync/limits.py): still not BANBAT 2's to make, and BANBAT 1's genuine correction
    afterwards is applied."""
    m = mission
    out = export(m.bn2, m.folder / "forged.cimic")
    fields = BY_NAME["incidents"].fields
    clock = _row(m.bn2, "incidents", m.incident.id)["clock"]
    high = MAX_COUNTER_STEP // 2
    forged = set_clock_field(clock, fields, "narrative", [high, now_stamp(), m.bn2.site_id])
    tamper(
        out,
        "UPDATE incidents SET narrative = 'Staged by the mission', clock = ? WHERE id = ?",
        (forged, m.incident.id),
        refresh_manifest=True,
        signer=m.bn2,  # BANBAT 2's own file, forged: validly signed
    )
    (report,) = import_files(m.sector, [out])
    assert [(r.table, r.reason_id) for r in report.refused] == [("incidents", NOT_AUTHORISED)]
    assert get_incident(m.sector, m.incident.id).narrative == m.incident.narrative
    incident = get_incident(m.bn1, m.incident.id)
    incident.narrative = "Traders robbed on the Grimari road by four armed men."
    save_incident(m.bn1, incident)
    (report,) = import_files(m.sector, [export(m.bn1, m.folder / "bn1-w2.cimic")])
    assert report.refused == [] and report.counts["incidents"].updated == 1
    assert get_incident(m.sector, m.incident.id).narrative == incident.narrative


def test_a_battalion_cannot_add_to_another_battalions_records(mission):
    """A follow-up action on BANBAT 1's entry, a tranche on its QIP, an incident made in
    its name: each refused; BANBAT 2's own new incident goes in."""
    m = mission
    entry = get_liaison(m.bn2, m.entry.id)
    entry.actions.append(action("Promise a school"))
    entry = save_liaison(m.bn2, entry)
    qip = get_qip(m.bn2, m.qip.id)
    qip.visits = [MonitoringVisit(visit_date="2026-05-02", percent_complete=30, findings="Nil")]
    qip = save_qip(m.bn2, qip)
    in_their_name = make_incident(m.bn2, narrative="A massacre that never was.")
    own = make_incident(m.bn2, narrative="A checkpoint moved to the bridge.")
    out = export(m.bn2, m.folder / "bn2-w2.cimic")
    tamper(
        out,
        "UPDATE incidents SET origin_unit = 'BANBAT 1' WHERE id = ?",
        (in_their_name.id,),
        refresh_manifest=True,
        signer=m.bn2,  # BANBAT 2's own file, forged: validly signed
    )
    (report,) = import_files(m.sector, [out])
    refused = {(r.table, r.row_id): r for r in report.refused}
    new_action = next(a for a in entry.actions if a.description == "Promise a school")
    assert set(refused) == {
        ("follow_up_actions", new_action.id),
        ("qip_visits", qip.visits[0].id),
        ("incidents", in_their_name.id),
    }
    assert str(refused[("incidents", in_their_name.id)].reason) == (
        "BANBAT 2 may not add to the records of BANBAT 1: only BANBAT 1 or a headquarters "
        "above it may"
    )
    for table, row_id in refused:
        assert _row(m.sector, table, row_id) is None
    assert get_incident(m.sector, own.id).narrative == own.narrative


def test_a_battalion_cannot_purge_another_units_records(mission):
    m = mission
    purge_record(m.bn2, "incidents", m.incident.id, reason="test")
    purge_record(m.bn2, "contacts", m.person.id, reason="test")
    (report,) = import_files(m.sector, [export(m.bn2, m.folder / "bn2-w2.cimic")])
    assert {(r.table, r.row_id, r.reason_id, r.owner) for r in report.refused} == {
        ("incidents", m.incident.id, PURGE_NOT_AUTHORISED, "BANBAT 1"),
        ("contacts", m.person.id, PURGE_NOT_AUTHORISED, "BANBAT 1"),
    }
    assert str(report.refused[0].reason).startswith("BANBAT 2 may not purge a record of BANBAT 1")
    assert report.purged == 0
    assert get_incident(m.sector, m.incident.id).narrative == m.incident.narrative
    assert get_contact(m.sector, m.person.id).name == "Awa Yakité"


def test_a_unit_changes_and_purges_its_own_records(mission):
    m = mission
    edited = _edit_all_of_bn1(m, m.bn1)
    purge_record(m.bn1, "contacts", m.person.id, reason="source threatened")
    (report,) = import_files(m.sector, [export(m.bn1, m.folder / "bn1-w2.cimic")])
    assert report.refused == [] and report.purged == 1
    assert get_incident(m.sector, m.incident.id).narrative == "Nothing happened."
    assert get_qip(m.sector, m.qip.id).title == "Cancelled borehole"
    assert get_liaison(m.sector, m.entry.id).actions[0].description == "Do nothing"
    assert _row(m.sector, "contacts", m.person.id)["name"] == ""
    assert report.counts["follow_up_actions"].updated == 1
    assert {t for t in edited if report.counts[t].updated} == set(edited)


def test_any_unit_may_change_the_directory_and_each_change_is_attributed(mission):
    m = mission
    person = get_contact(m.bn2, m.person.id)
    person.phones = ("+236 72 00 00 01",)
    save_contact(m.bn2, person)
    added = make_org(m.bn2, "Caritas", place="Bria")
    out = export(m.bn2, m.folder / "bn2-w2.cimic")
    (report,) = import_files(m.sector, [out])
    assert report.refused == []
    assert get_contact(m.sector, m.person.id).phones == ("+236 72 00 00 01",)
    assert get_organisation(m.sector, added.id).name == "Caritas"
    changes = m.sector.db.conn.execute(
        "SELECT table_name, row_id, change, fields, source_unit, export_id "
        "FROM directory_changes WHERE source_unit = 'BANBAT 2'"
    ).fetchall()
    export_id = report.export_id
    assert set(changes) == {
        ("contacts", m.person.id, "edited", json.dumps(["phones"]), "BANBAT 2", export_id),
        ("organisations", added.id, "new", "[]", "BANBAT 2", export_id),
    }
    assert report.directory_changes == 2
    assert "2 organisations and contacts added or changed, attributed to BANBAT 2" in (
        format_report(report)
    )


def test_sector_hq_changes_its_battalions_records_at_force_hq_and_another_sector_cannot(
    mission,
):
    m = mission
    force = unit_db(m.folder / "fhq", "FHQ", UnitLevel.FHQ)
    east = unit_db(m.folder / "east", "SECTOR E", UnitLevel.SECTOR, parent="FHQ")
    try:
        import_files(force, [export(m.sector, m.folder / "sector-w2.cimic")])
        import_files(east, [export(force, m.folder / "fhq-w1.cimic")])
        import_files(force, [export(east, m.folder / "east-w1.cimic")])
        # Force HQ learnt from SECTOR W's file that BANBAT 1 is under it
        assert read_units(force.db.conn)["BANBAT1"].parent == "SECTOR W"
        for store, narrative in ((m.sector, "Corrected by sector"), (east, "Changed by east")):
            incident = get_incident(store, m.incident.id)
            incident.narrative = narrative
            save_incident(store, incident)
        (west,) = import_files(force, [export(m.sector, m.folder / "sector-w3.cimic")])
        assert west.refused == [] and west.counts["incidents"].updated == 1
        assert get_incident(force, m.incident.id).narrative == "Corrected by sector"
        (other,) = import_files(force, [export(east, m.folder / "east-w2.cimic")])
        assert [(r.row_id, r.owner) for r in other.refused] == [(m.incident.id, "BANBAT 1")]
        assert get_incident(force, m.incident.id).narrative == "Corrected by sector"
        # and Force HQ, above them all, corrects it at sector HQ
        incident = get_incident(force, m.incident.id)
        incident.narrative = "Corrected by Force HQ"
        save_incident(force, incident)
        (down,) = import_files(m.sector, [export(force, m.folder / "fhq-w2.cimic")])
        assert down.refused == []
        assert get_incident(m.sector, m.incident.id).narrative == "Corrected by Force HQ"
    finally:
        force.close()
        east.close()


def test_claiming_to_be_a_headquarters_gives_no_authority(mission):
    """BANBAT 2 presents itself as Force HQ (its own laptop says so, and its file is
    signed by its key): sector HQ, where it is enrolled as a battalion, refuses the file
    whole. Back at its own level, it vouches that BANBAT 1 is under it: sector HQ knows
    BANBAT 1 from BANBAT 1 itself, so every edit of BANBAT 1's records is refused."""
    m = mission
    m.bn2.db.execute("UPDATE _meta SET value = 'fhq' WHERE key = 'unit_level'")
    m.bn2.db.conn.commit()
    m.bn2.db.execute(
        "INSERT OR REPLACE INTO known_units (code, name, level, parent, vouched_by, "
        "export_id, learned_at) VALUES ('BANBAT1', 'BANBAT 1', 'battalion', 'BANBAT 2', "
        "'', '', ?)",
        [NOW],
    )
    m.bn2.db.conn.commit()
    edited = _edit_all_of_bn1(m, m.bn2)
    before = file_state(m.sector)
    with pytest.raises(PackageRefusedError) as caught:
        import_files(m.sector, [export(m.bn2, m.folder / "bn2-fhq.cimic")])
    assert caught.value.reason == why.WRONG_LEVEL
    assert file_state(m.sector) == before
    m.bn2.db.execute("UPDATE _meta SET value = 'battalion' WHERE key = 'unit_level'")
    m.bn2.db.conn.commit()
    (report,) = import_files(m.sector, [export(m.bn2, m.folder / "bn2-w2.cimic")])
    assert {(r.table, r.row_id) for r in report.refused} == set(edited.items())
    known = read_units(m.sector.db.conn)
    assert known["BANBAT2"].level == "battalion"
    assert (known["BANBAT1"].parent, known["BANBAT1"].vouched_by) == ("SECTOR W", "SECTORW")


def test_a_new_unit_cannot_claim_a_headquarters_level_over_units_it_does_not_lead(tmp_path):
    """A unit whose very first file says it is a sector HQ is not above BANBAT 1, whose
    files sector HQ receives itself."""
    sector = unit_db(tmp_path / "sector", "SECTOR W", UnitLevel.SECTOR)
    bn1 = unit_db(tmp_path / "bn1", "BANBAT 1")
    rogue = unit_db(tmp_path / "rogue", "SECTOR X", UnitLevel.SECTOR)
    try:
        incident = make_incident(bn1)
        import_files(sector, [export(bn1, tmp_path / "bn1.cimic")])
        import_files(rogue, [export(sector, tmp_path / "sector.cimic")])
        purge_record(rogue, "incidents", incident.id, reason="test")
        (report,) = import_files(sector, [export(rogue, tmp_path / "rogue.cimic")])
        assert [(r.reason_id, r.owner) for r in report.refused] == [
            (PURGE_NOT_AUTHORISED, "BANBAT 1")
        ]
        assert get_incident(sector, incident.id).narrative == incident.narrative
    finally:
        for store in (sector, bn1, rogue):
            store.close()


def test_relayed_records_reach_the_battalions_through_their_sector(mission):
    """BANBAT 1's records and edits reach BANBAT 2 through sector HQ's file: sector HQ
    is above BANBAT 1, and says so in the units it lists."""
    m = mission
    assert get_incident(m.bn2, m.incident.id).narrative == m.incident.narrative
    incident = get_incident(m.bn1, m.incident.id)
    incident.narrative = "Updated by BANBAT 1"
    save_incident(m.bn1, incident)
    import_files(m.sector, [export(m.bn1, m.folder / "bn1-w2.cimic")])
    (report,) = import_files(m.bn2, [export(m.sector, m.folder / "sector-w2.cimic")])
    assert report.refused == []
    assert get_incident(m.bn2, m.incident.id).narrative == "Updated by BANBAT 1"
    with closing(raw_connect(m.bn2.path)) as conn:
        known = read_units(conn)
    assert (known["BANBAT1"].parent, known["BANBAT1"].vouched_by) == ("SECTOR W", "SECTORW")
