"""Community assessments travel and survive like every other record (issue 18).

Through real unit files: two battalions' assessments of one village meet at sector HQ
as one community's trend; a forged file cannot change another unit's assessment or its
sector ratings; tombstones, deltas, JSON Lines, handover and purge carry them.
"""

from __future__ import annotations

import json
from types import SimpleNamespace

import pytest
from factories import (
    HANDOVER_PASSPHRASE,
    PASSPHRASE,
    TODAY,
    make_assessment,
    make_contact,
    make_org,
)
from index_contents import NOWHERE, index_holds
from sync_helpers import export, import_files, set_clock_field, tamper, unit_db

from cimicdesk.cli import main
from cimicdesk.domain.assessment import InfrastructureItem, RecommendedAction
from cimicdesk.domain.assessment_trend import community_key, rises, severity_series
from cimicdesk.domain.enums import (
    ActionAddressee,
    AssessmentSector,
    InfrastructureKind,
    InfrastructureState,
    Sensitivity,
    Severity,
    UnitLevel,
)
from cimicdesk.domain.masking import restricted_code
from cimicdesk.domain.timeutil import now_stamp
from cimicdesk.reports.commands import write_handover_brief
from cimicdesk.store import assessments, synced
from cimicdesk.store.assessments import (
    community_history,
    delete_assessment,
    get_assessment,
    save_assessment,
    sector_rating_id,
)
from cimicdesk.store.contacts import get_contact, save_contact
from cimicdesk.store.database import open_database
from cimicdesk.store.organisations import get_organisation, save_organisation
from cimicdesk.store.purge import purge_record
from cimicdesk.store.report_drafts import units_with_records
from cimicdesk.store.search import search
from cimicdesk.sync.authority import NOT_AUTHORISED
from cimicdesk.sync.errors import JsonLinesError
from cimicdesk.sync.export import LAST, export_snapshot
from cimicdesk.sync.handover import hand_over, take_over
from cimicdesk.sync.jsonl import export_records
from cimicdesk.sync.jsonl_import import import_records
from cimicdesk.sync.report import format_report
from cimicdesk.sync.tables import BY_NAME

WASH = AssessmentSector.WASH
HEALTH = AssessmentSector.HEALTH
# Two grids of Kidjigra 400 m apart, in the same 1 km MGRS square (34NDM 64 37).
GRID_BN1 = "34NDM6409037550"
GRID_BN2 = "34NDM6441037880"


@pytest.fixture
def mission(tmp_path):
    """SECTOR W and its two battalions; BANBAT 1 assessed Kidjigra, and BANBAT 2 holds
    that assessment through sector HQ's file."""
    sector = unit_db(tmp_path / "sector", "SECTOR W", UnitLevel.SECTOR)
    bn1 = unit_db(tmp_path / "bn1", "BANBAT 1", parent="Sector W")
    bn2 = unit_db(tmp_path / "bn2", "BANBAT 2", parent="Sector W")
    ngo = make_org(bn1, "Oxfam", acronym="OXFAM")
    first = make_assessment(
        bn1,
        {WASH: "3", HEALTH: "2"},
        assessed_on="2026-05-06",
        grid=GRID_BN1,
        joint_organisation_ids=(ngo.id,),
    )
    import_files(sector, [export(bn1, tmp_path / "bn1-w1.cimic")])
    import_files(bn2, [export(sector, tmp_path / "sector-w1.cimic")])
    yield SimpleNamespace(sector=sector, bn1=bn1, bn2=bn2, ngo=ngo, first=first, folder=tmp_path)
    for store in (sector, bn1, bn2):
        store.close()


def _row(store, table: str, row_id: str) -> dict | None:
    return synced.fetch_row(store, table, row_id)


def _rejected(store) -> list[tuple]:
    return store.db.conn.execute(
        "SELECT table_name, row_id, reason_id, owner_unit FROM rejected ORDER BY seq"
    ).fetchall()


def test_two_battalions_assessing_one_village_make_one_trend_at_sector_hq(mission):
    m = mission
    # BANBAT 2 goes to the same village two weeks later, from the borehole 400 m away.
    second = make_assessment(
        m.bn2,
        {WASH: "4", HEALTH: "2"},
        community_name="KIDJIGRA",  # typed otherwise: the key folds it
        assessed_on="2026-05-20",
        grid=GRID_BN2,
    )
    (report,) = import_files(m.sector, [export(m.bn2, m.folder / "bn2-w2.cimic")])
    assert report.totals.rejected == 0
    # The report's table stays a table with the longest names of record types in it.
    text = format_report(report).splitlines()
    start = next(i for i, t in enumerate(text) if t.lstrip().startswith("record type"))
    rows = [t for t in text[start:] if t.startswith("  ") and t.rstrip()[-1:].isdigit()]
    assert any("assessment sector ratings" in r for r in rows)
    assert len({len(r) for r in [text[start], *rows]}) == 1, rows
    key = community_key(get_assessment(m.sector, m.first.id)).text
    assert community_key(get_assessment(m.sector, second.id)).text == key
    history = community_history(m.sector, key)
    # Both kept, oldest first, each of its own unit, with its sectors.
    assert [(a.id, a.origin_unit) for a in history] == [
        (m.first.id, "BANBAT 1"),
        (second.id, "BANBAT 2"),
    ]
    series = severity_series(history)
    assert [p.severity for p in series[WASH]] == [Severity.SEVERE, Severity.EXTREME]
    assert [p.assessed_on for p in series[WASH]] == ["2026-05-06", "2026-05-20"]
    (rise,) = rises(history[0], history[1])
    assert (rise.sector, rise.before, rise.after, rise.steps) == (
        WASH,
        Severity.SEVERE,
        Severity.EXTREME,
        1,
    )
    # The key is the sector's own reckoning, not the file's.
    stored = m.sector.db.execute(
        "SELECT DISTINCT community_key FROM assessments WHERE id IN (?, ?)",
        [m.first.id, second.id],
    ).fetchall()
    assert stored == [(key,)]
    # BANBAT 2 has sent nothing but its assessment: a sector sitrep can still name it.
    assert units_with_records(m.sector) == ["BANBAT 1", "BANBAT 2"]


def _edit_bn1_assessment(m, store) -> None:
    record = get_assessment(store, m.first.id)
    record.summary = "Nothing to see here."
    for rating in record.sectors:
        if rating.sector is WASH:
            rating.severity = Severity.MINIMAL
    save_assessment(store, record, today=TODAY)


def test_a_battalion_cannot_change_another_battalions_assessment(mission):
    m = mission
    _edit_bn1_assessment(m, m.bn2)
    wash = sector_rating_id(m.first.id, WASH)
    before = {
        "assessments": _row(m.sector, "assessments", m.first.id),
        "assessment_sectors": _row(m.sector, "assessment_sectors", wash),
    }
    (report,) = import_files(m.sector, [export(m.bn2, m.folder / "bn2-w2.cimic")])
    refused = {(r.table, r.row_id, r.reason_id, r.owner) for r in report.refused}
    assert refused == {
        ("assessments", m.first.id, NOT_AUTHORISED, "BANBAT 1"),
        ("assessment_sectors", wash, NOT_AUTHORISED, "BANBAT 1"),
    }
    after = {
        t: _row(m.sector, t, i)
        for t, i in (("assessments", m.first.id), ("assessment_sectors", wash))
    }
    assert after == before
    assert get_assessment(m.sector, m.first.id).severity_of(WASH) is Severity.SEVERE


def test_a_forged_file_raising_the_counters_of_another_units_rating_is_refused(mission):
    """BANBAT 2 re-signs a file of its own in which BANBAT 1's WASH rating is 1 and its
    assessment's summary is rewritten, each with a counter far above BANBAT 1's."""
    m = mission
    path = export(m.bn2, m.folder / "bn2-forged.cimic")
    wash = sector_rating_id(m.first.id, WASH)
    table = BY_NAME["assessment_sectors"]
    row = _row(m.bn2, "assessment_sectors", wash)
    forged_clock = set_clock_field(row["clock"], table.fields, "severity", [50, now_stamp(), "x"])
    parent = BY_NAME["assessments"]
    top = _row(m.bn2, "assessments", m.first.id)
    parent_clock = set_clock_field(top["clock"], parent.fields, "summary", [50, now_stamp(), "x"])
    tamper(
        path,
        "UPDATE assessment_sectors SET severity = '1', clock = ? WHERE id = ?",
        (forged_clock, wash),
    )
    tamper(
        path,
        "UPDATE assessments SET summary = 'All is well', clock = ? WHERE id = ?",
        (parent_clock, m.first.id),
        refresh_manifest=True,
        signer=m.bn2,
    )
    before = (
        _row(m.sector, "assessments", m.first.id),
        _row(m.sector, "assessment_sectors", wash),
        m.sector.db.execute("SELECT count(*) FROM assessment_sectors").fetchone(),
    )
    (report,) = import_files(m.sector, [path])
    assert {(r.table, r.row_id, r.reason_id) for r in report.refused} == {
        ("assessments", m.first.id, NOT_AUTHORISED),
        ("assessment_sectors", wash, NOT_AUTHORISED),
    }
    assert before == (
        _row(m.sector, "assessments", m.first.id),
        _row(m.sector, "assessment_sectors", wash),
        m.sector.db.execute("SELECT count(*) FROM assessment_sectors").fetchone(),
    )


def test_a_forged_file_cannot_add_a_rating_to_another_units_assessment(mission):
    """A rating row of a sector BANBAT 1 did not rate, with the very id the sector's
    row would have, slipped into BANBAT 2's re-signed file: refused as an addition to
    BANBAT 1's records."""
    m = mission
    path = export(m.bn2, m.folder / "bn2-forged.cimic")
    row = _row(m.bn2, "assessment_sectors", sector_rating_id(m.first.id, WASH))
    protection = sector_rating_id(m.first.id, AssessmentSector.PROTECTION)
    row.update(id=protection, sector="protection", severity="5", origin_unit="BANBAT 2")
    columns = list(row)
    tamper(
        path,
        f"INSERT INTO assessment_sectors ({', '.join(columns)}) "
        f"VALUES ({', '.join('?' for _ in columns)})",
        tuple(row.values()),
        refresh_manifest=True,
        signer=m.bn2,
    )
    (report,) = import_files(m.sector, [path])
    assert [(r.table, r.row_id, r.reason_id) for r in report.refused] == [
        ("assessment_sectors", protection, NOT_AUTHORISED)
    ]
    assert _row(m.sector, "assessment_sectors", protection) is None
    assert get_assessment(m.sector, m.first.id).severity_of(AssessmentSector.PROTECTION) is None


def test_a_rating_whose_id_is_not_its_assessment_and_sector_is_rejected(mission):
    """BANBAT 2 rates a second WASH row of its own assessment under another id (as a
    buggy or forged file could): rejected as malformed, before any rule is asked."""
    m = mission
    own = make_assessment(m.bn2, {WASH: "2"}, grid=GRID_BN2)
    path = export(m.bn2, m.folder / "bn2-bad.cimic")
    row = _row(m.bn2, "assessment_sectors", sector_rating_id(own.id, WASH))
    stray = "0f0e0d0c-0b0a-4908-8706-050403020100"
    row.update(id=stray, severity="5")
    columns = list(row)
    tamper(
        path,
        f"INSERT INTO assessment_sectors ({', '.join(columns)}) "
        f"VALUES ({', '.join('?' for _ in columns)})",
        tuple(row.values()),
        refresh_manifest=True,
        signer=m.bn2,
    )
    (report,) = import_files(m.sector, [path])
    (rejected,) = report.rejected
    assert (rejected.table, rejected.row_id, rejected.refused) == (
        "assessment_sectors",
        stray,
        False,
    )
    assert "its id is not the one its assessment and sector make" in str(rejected.reason)
    assert get_assessment(m.sector, own.id).severity_of(WASH) is Severity.STRESSED


def test_an_organisation_unknown_to_both_files_rejects_the_assessment(mission):
    m = mission
    own = make_assessment(m.bn2, {WASH: "2"}, grid=GRID_BN2)
    path = export(m.bn2, m.folder / "bn2-bad.cimic")
    ghost = "7a7a7a7a-7a7a-4a7a-8a7a-7a7a7a7a7a7a"
    tamper(
        path,
        "UPDATE assessments SET present_organisation_ids = ? WHERE id = ?",
        (json.dumps([m.ngo.id, ghost]), own.id),
        refresh_manifest=True,
        signer=m.bn2,
    )
    (report,) = import_files(m.sector, [path])
    reasons = {(r.table, r.row_id): str(r.reason) for r in report.rejected}
    assert reasons[("assessments", own.id)] == (
        "an organisation working in the community is in neither file"
    )
    # Its ratings point to an assessment that was not taken: rejected with it.
    assert ("assessment_sectors", sector_rating_id(own.id, WASH)) in reasons
    assert _row(m.sector, "assessments", own.id) is None


def test_figures_the_domain_refuses_are_turned_away_at_import(mission):
    """Women, men and children more than the total, and a day far in the future."""
    m = mission
    own = make_assessment(m.bn2, {WASH: "2"}, grid=GRID_BN2, idps_total=100)
    later = make_assessment(m.bn2, {WASH: "2"}, grid=GRID_BN2)
    path = export(m.bn2, m.folder / "bn2-bad.cimic")
    tamper(path, "UPDATE assessments SET idps_women = 90, idps_men = 60 WHERE id = ?", (own.id,))
    tamper(
        path,
        "UPDATE assessments SET assessed_on = '2099-01-01' WHERE id = ?",
        (later.id,),
        refresh_manifest=True,
        signer=m.bn2,
    )
    (report,) = import_files(m.sector, [path])
    reasons = {r.row_id: str(r.reason) for r in report.rejected if r.table == "assessments"}
    assert reasons[own.id].startswith("idps_total: Women, men and children (150)")
    assert reasons[later.id] == "assessed_on: The assessment cannot be dated in the future."


def test_a_deleted_assessment_travels_as_a_tombstone(mission):
    m = mission
    assert search(m.sector, "Kidjigra")
    delete_assessment(m.bn1, m.first.id)
    (report,) = import_files(m.sector, [export(m.bn1, m.folder / "bn1-w2.cimic")])
    assert report.counts["assessments"].deleted == 1
    assert get_assessment(m.sector, m.first.id).deleted
    key = community_key(m.first).text
    assert community_history(m.sector, key) == []
    assert not [h for h in search(m.sector, "Kidjigra") if h.record_id == m.first.id]
    # ...and on to the other battalion through sector HQ.
    import_files(m.bn2, [export(m.sector, m.folder / "sector-w2.cimic")])
    assert get_assessment(m.bn2, m.first.id).deleted


def test_a_delta_carries_an_edited_sector_rating(tmp_path):
    bn1 = unit_db(tmp_path / "bn1", "BANBAT 1")
    sector = unit_db(tmp_path / "sector", "SECTOR W", UnitLevel.SECTOR)
    first = make_assessment(bn1, {WASH: "3", HEALTH: "2"})
    import_files(sector, [export_snapshot(bn1, tmp_path / "base.cimic").path])
    record = get_assessment(bn1, first.id)
    for rating in record.sectors:
        if rating.sector is WASH:
            rating.severity = Severity.EXTREME
            rating.key_facts = "Borehole broken again."
    save_assessment(bn1, record, today=TODAY)
    delta = export_snapshot(bn1, tmp_path / "delta.cimic", since=LAST)
    assert delta.manifest.kind == "delta"
    (report,) = import_files(sector, [delta.path])
    assert report.counts["assessment_sectors"].updated == 1
    assert report.counts["assessment_sectors"].new == 0
    there = get_assessment(sector, first.id)
    assert there.severity_of(WASH) is Severity.EXTREME
    assert there.severity_of(HEALTH) is Severity.STRESSED
    assert [h.record_id for h in search(sector, "broken again")] == [first.id]
    sector.close()
    bn1.close()


def _full(store, assessment_id: str) -> dict:
    """An assessment's business fields and its children's, as stored."""
    record = get_assessment(store, assessment_id)
    top = {n: getattr(record, n) for n in record.business_fields()}

    def children(items):
        return sorted(
            ({n: getattr(c, n) for n in type(c).business_fields()} for c in items),
            key=lambda c: json.dumps(c, default=str, sort_keys=True),
        )

    return {
        "record": {**top, "origin_unit": record.origin_unit, "deleted": record.deleted},
        "sectors": children(record.sectors),
        "infrastructure": children(record.infrastructure),
        "actions": children(record.actions),
    }


def test_json_lines_round_trip_keeps_every_field(tmp_path):
    first = unit_db(tmp_path / "a", "BANBAT 1")
    ngo = make_org(first, "Oxfam", acronym="OXFAM")
    partner = make_org(first, "Croix-Rouge centrafricaine", acronym="CRCA")
    kept = make_assessment(
        first,
        {WASH: "4", HEALTH: None},  # a sector looked at but not rated
        resident_total=850,
        resident_women=None,  # a part not known
        resident_men=210,
        idps_total=None,
        returnees_total=0,  # known: none
        joint_organisation_ids=(ngo.id,),
        present_organisation_ids=(partner.id, ngo.id),
        summary="Water first.",
        infrastructure=[
            InfrastructureItem(
                kind=InfrastructureKind.WATER_POINT,
                state=InfrastructureState.NOT_FUNCTIONAL,
                note="Pump broken",
                grid=GRID_BN2,
            ),
            InfrastructureItem(kind=InfrastructureKind.SCHOOL, state=InfrastructureState.DESTROYED),
        ],
        actions=[
            RecommendedAction(
                description="Repair the pump", addressed_to=ActionAddressee.MISSION, sector=WASH
            ),
            RecommendedAction(description="Form a water committee", sector=None),
        ],
    )
    gone = make_assessment(first, {HEALTH: "2"}, community_name="Ngakobo")
    delete_assessment(first, gone.id)
    out = tmp_path / "a.jsonl"
    export_records(first, out)
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    (health,) = [
        x
        for x in lines
        if x["type"] == "assessment_sector" and x["id"] == sector_rating_id(kept.id, HEALTH)
    ]
    assert health["severity"] is None
    second = unit_db(tmp_path / "b", "SECTOR W", UnitLevel.SECTOR)
    result = import_records(second, out)
    assert result.counts["assessment"] == 2 and result.counts["assessment_sector"] == 3
    assert _full(second, kept.id) == _full(first, kept.id)
    record = get_assessment(second, kept.id)
    assert (record.resident_women, record.idps_total, record.returnees_total) == (None, None, 0)
    assert record.severity_of(HEALTH) is None and record.origin_unit == "BANBAT 1"
    assert get_assessment(second, gone.id).deleted
    assert [h.record_id for h in search(second, "Oxfam Water")] == [kept.id]
    first.close()
    second.close()


def test_handover_and_takeover_carry_the_assessments(mission, tmp_path):
    m = mission
    result = hand_over(
        m.bn1,
        tmp_path / "stick",
        handed_over_by="Maj Rahman",
        to="Maj Haque",
        write_brief=write_handover_brief,
        handover_passphrase=HANDOVER_PASSPHRASE,
    )
    before = _full(m.bn1, m.first.id)
    with take_over(
        result.export.path,
        tmp_path / "laptop" / "banbat1.sqlite",
        taken_over_by="Maj Haque",
        passphrase=PASSPHRASE,
        handover_passphrase=HANDOVER_PASSPHRASE,
    ) as store:
        assert _full(store, m.first.id) == before
        assert [a.id for a in community_history(store, community_key(m.first).text)] == [m.first.id]
        assert [h.record_id for h in search(store, "Kidjigra")] == [m.first.id]
        # The new contingent goes on: its next assessment is numbered after the last.
        assert assessments.next_reference(store, 2026) == "BANBAT1-ASM-2026-002"


def test_an_organisation_renamed_elsewhere_renames_the_assessments_naming_it(mission):
    """Sector HQ renames the NGO of BANBAT 1's joint team; once its file is in, BANBAT 2
    finds the assessment by the new name, and no longer by the old one."""
    m = mission
    org = get_organisation(m.sector, m.ngo.id)
    org.name, org.acronym = "Intermón Solidaridad", "IMS"
    save_organisation(m.sector, org)
    assert {h.record_id for h in search(m.sector, "Intermón")} == {m.ngo.id, m.first.id}
    import_files(m.bn2, [export(m.sector, m.folder / "sector-w2.cimic")])
    assert {h.record_id for h in search(m.bn2, "Intermón")} == {m.ngo.id, m.first.id}
    assert not search(m.bn2, "Oxfam")


def test_a_purge_blanks_the_assessment_and_its_parts_everywhere(mission):
    m = mission
    purge_record(m.bn1, "assessments", m.first.id, reason="named a source")
    for store in (m.bn1,):
        row = _row(store, "assessments", m.first.id)
        assert row["deleted"] == 1 and row["reference"] == m.first.reference
        assert row["community_name"] == "" and row["joint_organisation_ids"] == "[]"
        assert row["lat"] is None
    (report,) = import_files(m.sector, [export(m.bn1, m.folder / "bn1-w2.cimic")])
    assert report.totals.rejected == 0  # a purged rating is still the row its id says
    for store in (m.bn1, m.sector):
        wash = _row(store, "assessment_sectors", sector_rating_id(m.first.id, WASH))
        assert (wash["sector"], wash["severity"], wash["key_facts"], wash["deleted"]) == (
            "wash",
            None,
            "",
            1,
        )
        assert not [h for h in search(store, "Kidjigra") if h.record_id == m.first.id]
        history = store.db.execute(
            "SELECT count(*) FROM row_history WHERE row_id = ? AND reason <> 'purged'",
            [m.first.id],
        ).fetchone()[0]
        assert history == 0
    assert m.sector.db.execute(
        "SELECT count(*) FROM assessments WHERE community_name = 'Kidjigra'"
    ).fetchone() == (0,)


def test_conflicting_edits_of_a_rating_are_listed_by_the_assessments_reference(tmp_path):
    from cimicdesk.sync.conflicts import list_conflicts

    bn1 = unit_db(tmp_path / "bn1", "BANBAT 1")
    sector = unit_db(tmp_path / "sector", "SECTOR W", UnitLevel.SECTOR)
    first = make_assessment(bn1, {WASH: "3"})
    import_files(sector, [export(bn1, tmp_path / "w1.cimic")])
    for store, summary in ((bn1, "Seen by the battalion"), (sector, "Corrected by sector")):
        record = get_assessment(store, first.id)
        record.summary = summary
        save_assessment(store, record, today=TODAY)
    import_files(sector, [export(bn1, tmp_path / "w2.cimic")])
    (conflict,) = list_conflicts(sector)
    assert (conflict.table, conflict.field, str(conflict.title)) == (
        "assessments",
        "summary",
        first.reference,
    )
    sector.close()
    bn1.close()


def test_a_key_informant_made_restricted_leaves_the_search_by_name_at_sector_hq(mission):
    """BANBAT 1 names a chief among its key informants, then marks him restricted: once
    its file is in, sector HQ finds the assessment by his code only, and its index keeps
    no trace of his name."""
    m = mission
    chief = make_contact(m.bn1, "Bruno Kettenyi")
    record = get_assessment(m.bn1, m.first.id)
    record.informant_contact_ids = (chief.id,)
    save_assessment(m.bn1, record, today=TODAY)
    import_files(m.sector, [export(m.bn1, m.folder / "bn1-w2.cimic")])
    assert {h.record_id for h in search(m.sector, "Kettenyi")} == {chief.id, m.first.id}
    chief = get_contact(m.bn1, chief.id)
    chief.sensitivity = Sensitivity.RESTRICTED
    save_contact(m.bn1, chief)
    import_files(m.sector, [export(m.bn1, m.folder / "bn1-w3.cimic")])
    assert search(m.sector, "Kettenyi") == []
    assert index_holds(m.sector, "kettenyi") == NOWHERE
    assert {h.record_id for h in search(m.sector, restricted_code(chief.id))} == {
        chief.id,
        m.first.id,
    }


def test_a_json_lines_assessment_naming_a_withheld_informant_is_a_bad_line(tmp_path):
    first = unit_db(tmp_path / "a", "BANBAT 1")
    source = make_contact(first, "Bruno Kettenyi", sensitivity=Sensitivity.RESTRICTED)
    make_assessment(first, {WASH: "3"}, informant_contact_ids=(source.id,))
    out = tmp_path / "a.jsonl"
    export_records(first, out)  # the person masked
    empty = unit_db(tmp_path / "b", "BANBAT 2")
    with pytest.raises(JsonLinesError) as caught:
        import_records(empty, out)
    ((_, problem),) = caught.value.problems
    assert str(problem).startswith(
        f"informant_contact_ids is restricted contact {restricted_code(source.id)}"
    )
    assert empty.db.execute("SELECT count(*) FROM assessments").fetchone() == (0,)
    first.close()
    empty.close()


def test_a_purged_rating_leaves_its_assessments_search_text_here_and_at_sector(mission):
    """One sector's key facts named a source: that rating alone is purged. The assessment
    stays, found no longer by those words, here or at sector HQ once the file is in."""
    m = mission
    record = get_assessment(m.bn1, m.first.id)
    for rating in record.sectors:
        if rating.sector is HEALTH:
            rating.key_facts = "The nurse Kossi Zangba says the clinic was looted."
    save_assessment(m.bn1, record, today=TODAY)
    import_files(m.sector, [export(m.bn1, m.folder / "bn1-w2.cimic")])
    assert [h.record_id for h in search(m.sector, "Zangba")] == [m.first.id]
    purge_record(m.bn1, "assessment_sectors", sector_rating_id(m.first.id, HEALTH), reason="x")
    assert search(m.bn1, "Zangba") == []
    import_files(m.sector, [export(m.bn1, m.folder / "bn1-w3.cimic")])
    for store in (m.bn1, m.sector):
        assert search(store, "Zangba") == [] and index_holds(store, "zangba") == NOWHERE
        kept = get_assessment(store, m.first.id)
        assert kept.severity_of(WASH) is Severity.SEVERE and kept.severity_of(HEALTH) is None


def test_the_purge_command_takes_an_assessment_by_its_kind(tmp_path, capsys, monkeypatch):
    store = unit_db(tmp_path / "bn1", "BANBAT 1")
    record = make_assessment(store, {WASH: "3", HEALTH: "4"}, summary="Named the source.")
    path = store.path
    store.close()
    monkeypatch.setenv("CIMICDESK_PASSPHRASE", PASSPHRASE)
    code = main(["purge", str(path), "assessment", record.id, "--reason", "source at risk"])
    out, err = capsys.readouterr()
    assert (code, err) == (0, "")
    assert f"Purged 3 record(s) from {path}" in out  # the assessment and its two ratings
    with open_database(path) as again:
        assert _row(again, "assessments", record.id)["summary"] == ""


def test_a_files_own_community_key_and_position_are_replaced_by_the_receivers(mission):
    """BANBAT 2's re-signed file puts its assessment of Kidjigra under another community's
    key and elsewhere on the map: sector HQ computes both from the fields, and the
    assessment joins Kidjigra's trend where it belongs."""
    m = mission
    own = make_assessment(m.bn2, {WASH: "4"}, assessed_on="2026-05-20", grid=GRID_BN2)
    path = export(m.bn2, m.folder / "bn2-forged.cimic")
    tamper(
        path,
        "UPDATE assessments SET community_key = 'village|34NDM0000|elsewhere', lat = 0, "
        "lon = 0 WHERE id = ?",
        (own.id,),
        refresh_manifest=True,
        signer=m.bn2,
    )
    import_files(m.sector, [path])
    key = community_key(m.first).text
    assert [a.id for a in community_history(m.sector, key)] == [m.first.id, own.id]
    stored = m.sector.db.execute(
        "SELECT community_key, lat, lon FROM assessments WHERE id = ?", [own.id]
    ).fetchone()
    assert stored == tuple(
        _row(m.bn2, "assessments", own.id)[c] for c in ("community_key", "lat", "lon")
    )
