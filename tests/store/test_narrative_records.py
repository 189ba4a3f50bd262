"""Unit narratives: published by the unit's sitrep draft, one record per unit and period,
clocked edits with history, read back per unit for a period (migration 010)."""

from __future__ import annotations

from contextlib import closing
from datetime import date

import pytest
from factories import UNDO_015, make_entry, make_org, raw_connect

from cimicdesk.domain.enums import UnitLevel
from cimicdesk.domain.errors import ValidationError
from cimicdesk.store import map_index_sql, narratives, schema, synced
from cimicdesk.store.database import open_database
from cimicdesk.store.liaison import get_liaison, save_liaison
from cimicdesk.store.narratives import Narrative
from cimicdesk.store.report_drafts import ReportDraft, save_draft

START, END = "2026-11-30", "2026-12-06"


def _draft(kind="unit_sitrep", units=(), start=START, end=END, **texts) -> ReportDraft:
    return ReportDraft(kind=kind, units=units, period_start=start, period_end=end, **texts)


def _rows(store) -> list[tuple]:
    return store.db.execute(
        "SELECT origin_unit, period_start, period_end, key_points, deleted FROM narratives"
    ).fetchall()


def test_a_unit_sitrep_draft_publishes_the_units_narrative_once(store):
    save_draft(store, _draft(key_points="- Calm\n- Markets open", marking="UN RESTRICTED"))
    save_draft(store, _draft(units=("BANBAT 1",), key_points="- Calm\n- Markets open"))
    assert _rows(store) == [("BANBAT 1", START, END, "- Calm\n- Markets open", 0)]
    (row,) = store.db.execute("SELECT id FROM narratives").fetchall()
    assert row[0] == narratives.narrative_id("BANBAT 1", START, END)
    assert synced.history(store, narratives.TABLE, row[0]) == []  # the same words: no edit


def test_an_edit_bumps_only_the_changed_fields_clock_and_keeps_the_old_words(store):
    save_draft(store, _draft(key_points="Calm", assessment="Stable"))
    save_draft(store, _draft(key_points="Calm", assessment="Deteriorating"))
    record_id = narratives.narrative_id("BANBAT 1", START, END)
    clock = synced.row_clock(synced.fetch_row(store, narratives.TABLE, record_id), Narrative)
    assert clock["assessment"][0] == 2 and clock["key_points"][0] == 1
    assert clock["assessment"][2] == store.site_id
    (old,) = synced.history(store, narratives.TABLE, record_id)
    assert old["assessment"] == "Stable"


@pytest.mark.parametrize(
    "draft",
    [
        _draft(units=("BANBAT 2",), key_points="Their words"),  # another unit's sitrep
        _draft(units=("BANBAT 1", "BANBAT 2"), key_points="Two units"),
        _draft("sector_sitrep", key_points="A battalion does not write for sector"),
        _draft("handover_brief", key_points="Not a sitrep"),
        _draft(marking="UN RESTRICTED"),  # nothing written
    ],
)
def test_other_drafts_publish_nothing(store, draft):
    save_draft(store, draft)
    assert _rows(store) == []


def test_a_sector_sitrep_of_the_whole_file_is_the_sectors_narrative(tmp_path):
    from sync_helpers import unit_db

    sector = unit_db(tmp_path / "s", "SECTOR W", UnitLevel.SECTOR)
    try:
        save_draft(sector, _draft("sector_sitrep", key_points="Sector calm"))
        save_draft(sector, _draft("sector_sitrep", units=("BANBAT 1",), key_points="Not ours"))
        assert _rows(sector) == [("SECTOR W", START, END, "Sector calm", 0)]
    finally:
        sector.close()


def test_clearing_the_sections_tombstones_and_writing_again_restores(store):
    save_draft(store, _draft(key_points="Calm"))
    save_draft(store, _draft())
    assert _rows(store) == [("BANBAT 1", START, END, "Calm", 1)]
    assert narratives.for_period(store, date(2026, 11, 30), date(2026, 12, 6), []) == {}
    save_draft(store, _draft(key_points="Tense"))
    assert _rows(store) == [("BANBAT 1", START, END, "Tense", 0)]


def test_for_period_takes_the_exact_period_else_the_weeks_inside_newest_first(store):
    narratives.publish(store, "BANBAT 1", "2026-11-23", "2026-11-29", key_points="W48 point")
    narratives.publish(store, "BANBAT 1", START, END, key_points="W49 point", assessment="W49")
    narratives.publish(store, "BANBAT 2", START, END, key_points="Their point")
    narratives.publish(store, "BANBAT 1", "2026-11-16", "2026-11-22", assessment="")  # empty
    week = narratives.for_period(store, date(2026, 11, 30), date(2026, 12, 6), ["BANBAT 1"])
    assert list(week) == ["BANBAT 1"] and week["BANBAT 1"].key_points == "W49 point"
    spelt = narratives.for_period(store, date(2026, 11, 30), date(2026, 12, 6), ["Banbat-1"])
    assert spelt["Banbat-1"].origin_unit == "BANBAT 1"  # names compared as units are
    two = narratives.for_period(store, date(2026, 11, 23), date(2026, 12, 6), [])
    assert sorted(two) == ["BANBAT 1", "BANBAT 2"]
    both = two["BANBAT 1"]
    assert both.key_point_list == ["W49 point", "W48 point"]
    assert (both.period_start, both.period_end) == ("2026-11-23", END)
    assert both.assessment == "W49"
    assert narratives.for_period(store, date(2026, 12, 7), date(2026, 12, 13), []) == {}


def test_bad_periods_and_long_words_are_refused(store):
    with pytest.raises(ValidationError):
        narratives.publish(store, "BANBAT 1", END, START, key_points="Backwards")
    with pytest.raises(ValidationError):
        narratives.publish(store, "BANBAT 1", "2026-13-01", END, key_points="No such month")
    with pytest.raises(ValidationError):
        narratives.publish(store, "BANBAT 1", START, END, assessment="x" * 20_001)
    with pytest.raises(ValidationError):
        narratives.save_narrative(
            store,
            Narrative(
                id=narratives.narrative_id("BANBAT 2", START, END),
                period_start=START,
                period_end=END,
                key_points="x",
            ),
        )
    assert _rows(store) == []


def test_a_database_from_before_010_gets_the_table_when_opened(store):
    path = store.path
    saved = save_draft(store, _draft(key_points="Before the upgrade"))
    save_draft(store, _draft(units=("BANBAT 2",), start="2026-11-23", key_points="Theirs"))
    save_draft(store, _draft(start="2026-11-16", end="2026-11-22", key_points="Emptied"))
    save_draft(store, _draft(start="2026-11-16", end="2026-11-22"))
    entry = make_entry(store, orgs=[make_org(store, "UNHCR")], purpose="Coordination")
    site = store.site_id
    store.close()
    with closing(raw_connect(path)) as conn:
        for sql in (
            "DROP TABLE narratives",
            "ALTER TABLE liaison_entries DROP COLUMN significant",
            # ...and 012_change_log
            *(f"DROP TRIGGER IF EXISTS {t}" for t in schema.change_trigger_names()),
            "DROP TABLE change_log",
            "DROP TABLE export_log",
            "DROP TABLE applied_exports",
            *UNDO_015,  # ...and 015_assessments
            # ...and 014_map
            *(f"DROP TRIGGER IF EXISTS {t}" for t in map_index_sql.trigger_names()),
            "DROP TABLE map_index",
            "DROP TABLE map_keys",
            "DROP TABLE places_index",
            "DROP TABLE places",
            "DELETE FROM _sqlite_migrations WHERE name IN ('010_narratives', "
            "'011_liaison_significant', '012_change_log', '013_search_prefixes', "
            "'014_map')",
            "PRAGMA user_version = 9",
        ):
            conn.execute(sql)
        conn.commit()
    with open_database(path) as upgraded:
        latest = schema.schema_version()
        assert upgraded.db.execute("PRAGMA user_version").fetchone()[0] == latest
        # the unit's own drafts written before are published, as saved then, by this replica
        assert _rows(upgraded) == [("BANBAT 1", START, END, "Before the upgrade", 0)]
        (row,) = upgraded.db.execute("SELECT created_at, updated_site FROM narratives")
        assert tuple(row) == (saved.updated_at, site)
        save_draft(upgraded, _draft(key_points="After the upgrade"))
        assert _rows(upgraded) == [("BANBAT 1", START, END, "After the upgrade", 0)]
        # 011: an entry from before is not significant, and its new field merges like any
        old = get_liaison(upgraded, entry.id)
        assert old.significant is False and old.purpose == "Coordination"
        old.significant = True
        saved = save_liaison(upgraded, old)
        clock = synced.row_clock(synced.fetch_row(upgraded, "liaison_entries", entry.id), type(old))
        assert saved.significant is True and clock["significant"][0] == 2
        assert clock["purpose"][0] == 1
