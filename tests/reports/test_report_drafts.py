"""Report drafts: the officer's text kept per (kind, units, period), with history; schema 4."""

from __future__ import annotations

import pytest
from factories import raw_connect

from cimicdesk.domain.errors import CimicError, ReadOnlyDatabaseError
from cimicdesk.store import report_drafts, schema, synced
from cimicdesk.store.database import open_database, write_meta
from cimicdesk.store.report_drafts import ReportDraft, get_draft, list_drafts, save_draft


def week_draft(**kw):
    values = {"kind": "unit_sitrep", "period_start": "2026-11-16", "period_end": "2026-11-22"}
    values.update(kw)
    return ReportDraft(**values)


def test_the_migration_adds_the_table_and_sets_version_4(store):
    assert store.db.execute("PRAGMA user_version").fetchone()[0] == schema.schema_version()
    names = [m.name for m in schema.migrations._migrations]
    assert names.index("004_report_drafts") == 3  # the fourth migration: version 4
    assert schema.schema_version() >= 4
    assert "report_drafts" in store.db.table_names()
    assert "report_drafts" not in schema.SYNCED_TABLES  # local: never merged


def test_a_draft_is_kept_and_found_by_its_key(store):
    assert get_draft(store, "unit_sitrep", (), "2026-11-16", "2026-11-22") is None
    saved = save_draft(
        store, week_draft(key_points="- Calm\n- Markets open", prepared_by="Capt Ré")
    )
    assert saved.updated_at and saved.key_point_list == ["Calm", "Markets open"]
    found = get_draft(store, "unit_sitrep", [], "2026-11-16", "2026-11-22")
    assert found == saved
    # Another period, another unit list or another kind is another draft.
    assert get_draft(store, "unit_sitrep", (), "2026-11-09", "2026-11-15") is None
    assert get_draft(store, "sector_sitrep", (), "2026-11-16", "2026-11-22") is None
    assert get_draft(store, "unit_sitrep", ("BANBAT 2",), "2026-11-16", "2026-11-22") is None


def test_saving_again_replaces_the_text_and_keeps_the_old_in_history(store):
    first = save_draft(store, week_draft(assessment="First words"))
    second = save_draft(store, week_draft(assessment="Second thoughts"))
    assert second.assessment == "Second thoughts"
    record_id = report_drafts.draft_id("unit_sitrep", (), "2026-11-16", "2026-11-22")
    [old] = synced.history(store, "report_drafts", record_id)
    assert old["assessment"] == "First words" and old["updated_at"] == first.updated_at
    save_draft(store, week_draft(assessment="Second thoughts"))  # unchanged: no new history
    assert len(synced.history(store, "report_drafts", record_id)) == 1
    assert len(list_drafts(store)) == 1


def test_units_are_keyed_in_any_order(store):
    save_draft(store, week_draft(kind="sector_sitrep", units=("BANBAT 3", "BANBAT 2")))
    found = get_draft(store, "sector_sitrep", ["BANBAT 2", "BANBAT 3"], "2026-11-16", "2026-11-22")
    assert found is not None and found.units == ("BANBAT 2", "BANBAT 3")


@pytest.mark.parametrize(
    ("draft", "message"),
    [
        (week_draft(kind="memo"), "not a kind of report"),
        (week_draft(period_end="2026-11-01"), "ends"),
        (week_draft(period_start="16/11/2026"), "YYYY-MM-DD"),
        (week_draft(civil_situation="x" * 20_001), "civil_situation"),
    ],
)
def test_bad_drafts_are_refused(store, draft, message):
    with pytest.raises(CimicError, match=message):
        save_draft(store, draft)


def test_a_handed_over_file_refuses_new_text(store):
    write_meta(store.db, state="handed_over")
    store.db.conn.commit()
    reopened = open_database(store.path)
    try:
        with pytest.raises(ReadOnlyDatabaseError):
            save_draft(reopened, week_draft())
    finally:
        reopened.close()


def test_a_schema_3_file_is_upgraded(store):
    """A file from before the drafts (version 3) gains the table when opened."""
    path = store.path
    store.db.execute("DROP TABLE report_drafts")
    store.db.execute("DELETE FROM _sqlite_migrations WHERE name = '004_report_drafts'")
    store.db.execute("PRAGMA user_version = 3")
    store.db.conn.commit()
    store.close()
    upgraded = open_database(path)
    try:
        assert upgraded.db.execute("PRAGMA user_version").fetchone()[0] == 4
        save_draft(upgraded, week_draft(assessment="After the upgrade"))
    finally:
        upgraded.close()
    conn = raw_connect(path)
    try:
        assert conn.execute("SELECT assessment FROM report_drafts").fetchall() == [
            ("After the upgrade",)
        ]
    finally:
        conn.close()
