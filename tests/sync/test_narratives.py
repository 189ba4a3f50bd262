"""A unit's written sitrep sections travel with its unit file: merged at sector HQ, and
from the sector's file at Force HQ; only the unit (or a headquarters above it) may
change them, and no forged file can take their place."""

from __future__ import annotations

import json
from datetime import date
from types import SimpleNamespace

import pytest
from sync_helpers import export, file_state, import_files, tamper, unit_db

from cimicdesk.domain.enums import UnitLevel
from cimicdesk.store import narratives, synced
from cimicdesk.store.report_drafts import ReportDraft, save_draft
from cimicdesk.sync import errors as why
from cimicdesk.sync.authority import NOT_AUTHORISED
from cimicdesk.sync.conflicts import list_conflicts
from cimicdesk.sync.errors import JsonLinesError
from cimicdesk.sync.jsonl_import import import_records

START, END = "2026-11-30", "2026-12-06"  # ISO week 2026-W49
WEEK = (date(2026, 11, 30), date(2026, 12, 6))


def _draft(kind="unit_sitrep", units=(), **texts) -> ReportDraft:
    return ReportDraft(kind=kind, units=units, period_start=START, period_end=END, **texts)


BN1_WORDS = {
    "key_points": "Water point at Kidjigra repaired\nCRCA asks for an escort to Bria",
    "civil_situation": "Calm in Bambari; displaced families return to Kidjigra.",
    "protection_gender": "Women's committee met at Kidjigra.",
    "assessment": "Returns will continue while the road stays open.",
    "planned_activities": "Visit the borehole with CRCA",
    "issues_for_hq": "Escort to Bria on 5 December",
    "marking": "UN RESTRICTED",  # the draft's own header: never travels
}


@pytest.fixture
def mission(tmp_path):
    sector = unit_db(tmp_path / "sector", "SECTOR W", UnitLevel.SECTOR)
    bn1 = unit_db(tmp_path / "bn1", "BANBAT 1", parent="Sector W")
    bn2 = unit_db(tmp_path / "bn2", "BANBAT 2", parent="Sector W")
    yield SimpleNamespace(sector=sector, bn1=bn1, bn2=bn2, folder=tmp_path)
    for store in (sector, bn1, bn2):
        store.close()


def _row(store, unit: str) -> dict | None:
    return synced.fetch_row(store, narratives.TABLE, narratives.narrative_id(unit, START, END))


def _history(store) -> int:
    return store.db.execute(
        "SELECT count(*) FROM row_history WHERE table_name = 'narratives'"
    ).fetchone()[0]


def test_a_battalions_narrative_reaches_sector_and_re_import_changes_nothing(mission):
    m = mission
    save_draft(m.bn1, _draft(**BN1_WORDS))
    (report,) = import_files(m.sector, [export(m.bn1, m.folder / "bn1-w49.cimic")])
    assert report.counts["narratives"].new == 1 and report.rejected == []
    found = narratives.for_period(m.sector, *WEEK, ["BANBAT 1", "BANBAT 2"])
    assert list(found) == ["BANBAT 1"]  # BANBAT 2 sent nothing
    words = found["BANBAT 1"]
    assert words.origin_unit == "BANBAT 1" and (words.period_start, words.period_end) == (
        START,
        END,
    )
    assert words.key_point_list == [
        "Water point at Kidjigra repaired",
        "CRCA asks for an escort to Bria",
    ]
    assert words.issues_for_hq == "Escort to Bria on 5 December"
    assert _row(m.sector, "BANBAT 1") == _row(m.bn1, "BANBAT 1")  # the same row, clocks too
    # the same file again, and a new file with nothing changed: nothing moves
    before, history = _row(m.sector, "BANBAT 1"), _history(m.sector)
    (again,) = import_files(m.sector, [m.folder / "bn1-w49.cimic"])
    assert again.already_imported
    (fresh,) = import_files(m.sector, [export(m.bn1, m.folder / "bn1-w49b.cimic")])
    assert fresh.counts["narratives"].unchanged == 1 and fresh.counts["narratives"].updated == 0
    assert _row(m.sector, "BANBAT 1") == before and _history(m.sector) == history


def test_an_edit_at_the_battalion_updates_sector_and_keeps_the_old_words(mission):
    m = mission
    save_draft(m.bn1, _draft(**BN1_WORDS))
    import_files(m.sector, [export(m.bn1, m.folder / "bn1-a.cimic")])
    save_draft(m.bn1, _draft(**{**BN1_WORDS, "assessment": "Returns have stopped."}))
    (report,) = import_files(m.sector, [export(m.bn1, m.folder / "bn1-b.cimic")])
    assert report.counts["narratives"].updated == 1
    words = narratives.for_period(m.sector, *WEEK, [])["BANBAT 1"]
    assert words.assessment == "Returns have stopped."
    assert words.civil_situation == BN1_WORDS["civil_situation"]
    (old,) = synced.history(m.sector, narratives.TABLE, words.id)
    assert old["assessment"] == BN1_WORDS["assessment"]


def test_emptying_the_sections_withdraws_the_narrative_everywhere(mission):
    m = mission
    save_draft(m.bn1, _draft(**BN1_WORDS))
    import_files(m.sector, [export(m.bn1, m.folder / "bn1-a.cimic")])
    save_draft(m.bn1, _draft(marking="UN RESTRICTED"))  # every section cleared
    (report,) = import_files(m.sector, [export(m.bn1, m.folder / "bn1-b.cimic")])
    assert report.counts["narratives"].deleted == 1
    assert narratives.for_period(m.sector, *WEEK, ["BANBAT 1"]) == {}
    assert _row(m.sector, "BANBAT 1")["deleted"] == 1
    (kept,) = synced.history(m.sector, narratives.TABLE, _row(m.sector, "BANBAT 1")["id"])
    assert kept["key_points"] == BN1_WORDS["key_points"]  # the words stay in history


def test_another_battalion_cannot_change_a_battalions_words(mission):
    """BANBAT 2 holds BANBAT 1's narrative through sector HQ's file and rewrites it:
    refused at sector HQ, whose row stays as it was."""
    m = mission
    save_draft(m.bn1, _draft(**BN1_WORDS))
    import_files(m.sector, [export(m.bn1, m.folder / "bn1-a.cimic")])
    import_files(m.bn2, [export(m.sector, m.folder / "sector-a.cimic")])
    assert narratives.for_period(m.bn2, *WEEK, ["BANBAT 1"])  # relayed by sector HQ
    narratives.publish(m.bn2, "BANBAT 1", START, END, key_points="All quiet, nothing to report")
    before = _row(m.sector, "BANBAT 1")
    (report,) = import_files(m.sector, [export(m.bn2, m.folder / "bn2-a.cimic")])
    assert [(r.table, r.reason_id, r.owner) for r in report.refused] == [
        ("narratives", NOT_AUTHORISED, "BANBAT 1")
    ]
    assert _row(m.sector, "BANBAT 1") == before


def test_a_forged_file_cannot_write_in_another_battalions_name(mission):
    """BANBAT 2 forges its own (validly signed) file: its narrative made out to be BANBAT
    1's is refused as an addition to BANBAT 1's records; one that keeps its own name but
    takes the id of BANBAT 1's narrative (to squat it before the real one arrives) is
    rejected; BANBAT 1's own words then go in untouched."""
    m = mission
    save_draft(m.bn2, _draft(key_points="Kidjigra water point poisoned"))
    forged_id = narratives.narrative_id("BANBAT 1", START, END)
    own_id = narratives.narrative_id("BANBAT 2", START, END)
    in_their_name = export(m.bn2, m.folder / "bn2-forged.cimic")
    tamper(
        in_their_name,
        "UPDATE narratives SET origin_unit = 'BANBAT 1', id = ? WHERE id = ?",
        (forged_id, own_id),
        refresh_manifest=True,
        signer=m.bn2,
    )
    (report,) = import_files(m.sector, [in_their_name])
    assert [(r.row_id, r.reason_id, r.owner) for r in report.refused] == [
        (forged_id, NOT_AUTHORISED, "BANBAT 1")
    ]
    squat = export(m.bn2, m.folder / "bn2-squat.cimic")
    tamper(
        squat,
        "UPDATE narratives SET id = ? WHERE id = ?",
        (forged_id, own_id),
        refresh_manifest=True,
        signer=m.bn2,
    )
    (report,) = import_files(m.sector, [squat])
    (rejected,) = report.rejected
    assert rejected.row_id == forged_id and not rejected.refused
    assert "its id is not the one its unit and period make" in str(rejected.reason)
    assert _row(m.sector, "BANBAT 1") is None
    save_draft(m.bn1, _draft(**BN1_WORDS))
    (report,) = import_files(m.sector, [export(m.bn1, m.folder / "bn1-a.cimic")])
    assert report.rejected == []
    assert (
        narratives.for_period(m.sector, *WEEK, [])["BANBAT 1"].key_points
        == (BN1_WORDS["key_points"])
    )


def test_words_over_the_length_limit_are_rejected(mission):
    m = mission
    save_draft(m.bn1, _draft(**BN1_WORDS))
    out = export(m.bn1, m.folder / "bn1-long.cimic")
    tamper(
        out,
        "UPDATE narratives SET assessment = ?",
        ("x" * 20_001,),
        refresh_manifest=True,
        signer=m.bn1,
    )
    (report,) = import_files(m.sector, [out])
    (rejected,) = report.rejected
    assert rejected.reason_id == why.DOMAIN_RULE and "assessment" in str(rejected.reason)
    assert _row(m.sector, "BANBAT 1") is None


def test_a_sectors_own_narrative_and_its_battalions_reach_force_hq(mission):
    m = mission
    force = unit_db(m.folder / "fhq", "FHQ", UnitLevel.FHQ)
    try:
        save_draft(m.bn1, _draft(**BN1_WORDS))
        import_files(m.sector, [export(m.bn1, m.folder / "bn1-a.cimic")])
        synthesis = "Sector calm; returns to Kidjigra continue."
        save_draft(m.sector, _draft("sector_sitrep", civil_situation=synthesis))
        (report,) = import_files(force, [export(m.sector, m.folder / "sector-a.cimic")])
        assert report.counts["narratives"].new == 2 and report.rejected == []
        found = narratives.for_period(force, *WEEK, ["SECTOR W", "BANBAT 1", "SECTOR E"])
        assert sorted(found) == ["BANBAT 1", "SECTOR W"]
        assert found["SECTOR W"].civil_situation == synthesis
        assert found["BANBAT 1"].assessment == BN1_WORDS["assessment"]
    finally:
        force.close()


def test_sector_may_correct_a_battalions_words_and_a_concurrent_edit_is_listed(mission):
    """Sector HQ is above BANBAT 1: its correction is allowed; made while BANBAT 1 edited
    the same section, it is a conflict listed under the unit and the period."""
    m = mission
    save_draft(m.bn1, _draft(**BN1_WORDS))
    import_files(m.sector, [export(m.bn1, m.folder / "bn1-a.cimic")])
    narratives.publish(m.sector, "BANBAT 1", START, END, **{**_texts(), "assessment": "Sector"})
    save_draft(m.bn1, _draft(**{**BN1_WORDS, "assessment": "Battalion"}))
    (report,) = import_files(m.sector, [export(m.bn1, m.folder / "bn1-b.cimic")])
    assert report.refused == [] and report.counts["narratives"].conflicts == 1
    (conflict,) = list_conflicts(m.sector)
    assert conflict.table == "narratives" and conflict.field == "assessment"
    assert conflict.title == f"BANBAT 1 {START} – {END}"
    assert {conflict.kept_value, conflict.other_value} == {"Sector", "Battalion"}
    (down,) = import_files(m.bn1, [export(m.sector, m.folder / "sector-b.cimic")])
    assert down.refused == []  # sector HQ's correction reaches the battalion


def _texts() -> dict[str, str]:
    return {name: BN1_WORDS[name] for name in narratives.TEXT_FIELDS}


def test_json_lines_narratives_are_found_by_unit_and_period(mission, tmp_path):
    m = mission
    path = tmp_path / "words.jsonl"
    line = {"type": "narrative", "period_start": START, "period_end": END, "assessment": "Calm"}
    path.write_text(json.dumps(line) + "\n", encoding="utf-8")
    import_records(m.bn1, path)  # no id, no unit: this unit's narrative for the period
    path.write_text(json.dumps({**line, "assessment": "Tense"}) + "\n", encoding="utf-8")
    import_records(m.bn1, path)  # the same unit and period: an edit of the same record
    (words,) = narratives.within(m.bn1, *WEEK, []).values()
    assert [(n.origin_unit, n.assessment) for n in words] == [("BANBAT 1", "Tense")]
    assert words[0].id == narratives.narrative_id("BANBAT 1", START, END)
    wrong = {**line, "id": narratives.narrative_id("BANBAT 2", START, END)}
    path.write_text(json.dumps(wrong) + "\n", encoding="utf-8")
    before = file_state(m.bn1)
    with pytest.raises(JsonLinesError, match=r"line 1: .*narrative .* is .*, not "):
        import_records(m.bn1, path)
    assert file_state(m.bn1) == before
