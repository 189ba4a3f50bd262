"""The exchange rules in the window: a file that would purge many records of other units
asks first (Cancel: not a byte changes), and the import report lists each change refused
with the record's unit. Real SQLite files, the main window, the scripted prompter."""

from __future__ import annotations

from pathlib import Path

import pytest
from factories import make_entry, make_incident, make_org
from scripted_prompter import ScriptedPrompter
from sync_helpers import backups_of, export, file_state, import_files, unit_db

from cimicdesk.app import build_main_window
from cimicdesk.domain.enums import UnitLevel
from cimicdesk.store import synced
from cimicdesk.store.incidents import get_incident, save_incident
from cimicdesk.store.purge import purge_record
from cimicdesk.sync.enrolment import CONFIRMED, enrolled_units

WAIT_MS = 20_000
PURGED = 25


class FilesPrompter(ScriptedPrompter):
    """ScriptedPrompter that offers `unit_files` when asked which files to import."""

    def __init__(self):
        super().__init__()
        self.unit_files: list[Path] = []

    def choose_unit_files(self, folder):
        self.asked.append(("unit_files", str(folder), ""))
        return list(self.unit_files)


@pytest.fixture
def prompter() -> FilesPrompter:
    return FilesPrompter()


@pytest.fixture
def units(tmp_path):
    """BANBAT 1 (30 liaison entries and an incident), SECTOR W and FHQ, each holding
    BANBAT 1's records; BANBAT 2 holding them through SECTOR W."""
    bn1 = unit_db(tmp_path / "bn1", "BANBAT 1")
    bn2 = unit_db(tmp_path / "bn2", "BANBAT 2")
    sector = unit_db(tmp_path / "sector", "SECTOR W", UnitLevel.SECTOR)
    force = unit_db(tmp_path / "fhq", "FHQ", UnitLevel.FHQ)
    org = make_org(bn1, "UNHCR")
    ids = [make_entry(bn1, orgs=[org], purpose=f"Meeting {n}").id for n in range(30)]
    incident = make_incident(bn1)
    import_files(sector, [export(bn1, tmp_path / "bn1.cimic"), export(bn2, tmp_path / "bn2.cimic")])
    week1 = export(sector, tmp_path / "sector-w1.cimic")
    import_files(force, [week1])
    import_files(bn2, [week1])
    stores = {"bn1": bn1, "bn2": bn2, "sector": sector, "force": force}
    yield stores, ids, incident
    for store in stores.values():
        store.close()


def _window(qtbot, store, prompter):
    window = build_main_window(store, prompter)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    return window


def _import(qtbot, window) -> None:
    window.sync_commands.import_action.trigger()
    qtbot.waitUntil(lambda: window.sync_commands.task is None, timeout=WAIT_MS)


def test_a_file_purging_many_records_of_another_unit_asks_first(qtbot, units, prompter, tmp_path):
    stores, ids, _ = units
    force = stores["force"]
    for row_id in ids[:PURGED]:
        purge_record(
            stores["sector"], "liaison_entries", row_id, reason="test", scrub_backups=False
        )
    prompter.unit_files = [export(stores["sector"], tmp_path / "sector-w2.cimic")]
    window = _window(qtbot, force, prompter)
    before, backups = file_state(force), backups_of(force)
    prompter.confirm_answers = [False]
    _import(qtbot, window)
    (question,) = prompter.questions("confirm")
    assert question[1] == "Import changes many records of other units"
    assert f"sector-w2.cimic from SECTOR W: {PURGED} records of other units" in question[2]
    assert f"• BANBAT 1: {PURGED}" in question[2]
    assert "more than 20 records" in question[2] and "Nothing has been changed yet" in question[2]
    # Cancel: nothing imported, not a byte changed, no backup, no report, no error
    assert file_state(force) == before and backups_of(force) == backups
    assert window.sync_commands.report_dialog is None
    assert prompter.questions("error") == []
    assert synced.fetch_row(force, "liaison_entries", ids[0])["purpose"] == "Meeting 0"
    # Import anyway: the purge goes through, and the report says so
    prompter.confirm_answers = [True]
    _import(qtbot, window)
    assert len(prompter.questions("confirm")) == 2
    dialog = window.sync_commands.report_dialog
    assert dialog is not None and dialog.isVisible()
    assert f"Purged at SECTOR W: {PURGED} records" in dialog.detail_labels[0].text()
    assert synced.fetch_row(force, "liaison_entries", ids[0])["purpose"] == ""
    assert synced.fetch_row(force, "liaison_entries", ids[PURGED])["purpose"] == f"Meeting {PURGED}"


def test_the_import_report_lists_each_refused_change_with_its_unit(
    qtbot, units, prompter, tmp_path
):
    stores, _, incident = units
    sector, bn2 = stores["sector"], stores["bn2"]
    edited = get_incident(bn2, incident.id)
    edited.narrative = "Nothing happened."
    save_incident(bn2, edited)
    prompter.unit_files = [export(bn2, tmp_path / "bn2-w2.cimic")]
    window = _window(qtbot, sector, prompter)
    _import(qtbot, window)
    assert prompter.questions("confirm") == []
    dialog = window.sync_commands.report_dialog
    details = dialog.detail_labels[0].text()
    assert (
        f"Refused: Incident {incident.id[:8]} of BANBAT 1: BANBAT 2 may not change a record "
        "of BANBAT 1" in details
    )
    assert "may not change records of other units" in details
    assert "refused" in dialog.summary_label.text()
    assert dialog.cell(0, "incidents", "rejected") == 1
    assert get_incident(sector, incident.id).narrative == incident.narrative


def test_a_new_units_file_with_many_changes_asks_to_enrol_then_to_allow(
    qtbot, units, prompter, tmp_path
):
    """FHQ holds BANBAT 1's entries but has not enrolled SECTOR W (its enrolment is
    dropped here, as on a database that got them otherwise): the window first asks to
    enrol SECTOR W, then to allow the mass purge; Cancel at the second changes nothing,
    not even the enrolment; Yes to both enrols SECTOR W and purges."""
    stores, ids, _ = units
    force = stores["force"]
    force.db.execute("DELETE FROM enrolled_units WHERE unit_name = 'SECTOR W'")
    force.db.conn.commit()
    for row_id in ids[:PURGED]:
        purge_record(
            stores["sector"], "liaison_entries", row_id, reason="test", scrub_backups=False
        )
    prompter.unit_files = [export(stores["sector"], tmp_path / "sector-w2.cimic")]
    window = _window(qtbot, force, prompter)
    before = file_state(force)
    prompter.confirm_answers = [True, False]
    window.sync_commands.import_action.trigger()
    qtbot.waitUntil(lambda: len(prompter.questions("confirm")) == 2, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: window.sync_commands.task is None, timeout=WAIT_MS)
    titles = [q[1] for q in prompter.questions("confirm")]
    assert titles == ["Enrol a new unit?", "Import changes many records of other units"]
    assert file_state(force) == before and enrolled_units(force.db.conn) == []
    assert window.sync_commands.report_dialog is None and prompter.questions("error") == []
    prompter.confirm_answers = [True, True]
    window.sync_commands.import_action.trigger()
    qtbot.waitUntil(lambda: window.sync_commands.report_dialog is not None, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: window.sync_commands.task is None, timeout=WAIT_MS)
    assert len(prompter.questions("confirm")) == 4
    (enrolled,) = enrolled_units(force.db.conn)
    assert (enrolled.unit_name, enrolled.how) == ("SECTOR W", CONFIRMED)
    assert synced.fetch_row(force, "liaison_entries", ids[0])["purpose"] == ""
    assert synced.fetch_row(force, "liaison_entries", ids[PURGED])["purpose"] == f"Meeting {PURGED}"
