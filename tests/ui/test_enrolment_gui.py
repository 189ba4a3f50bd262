"""A new unit's first file in the window: the import asks to confirm the unit, showing its
key's fingerprint; Yes enrols it and imports, No imports nothing. Real SQLite files,
the real main window, its import flow and (in one test) the real question dialog."""

from __future__ import annotations

from pathlib import Path

import pytest
from factories import PASSPHRASE
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from scripted_prompter import ScriptedPrompter, make_contact, make_org
from sync_helpers import raw_state

from cimicdesk.app import build_main_window
from cimicdesk.domain.enums import UnitLevel
from cimicdesk.store import stats, unit_keys
from cimicdesk.store.database import Store, create_database
from cimicdesk.sync.enrolment import CONFIRMED, enrolled_units
from cimicdesk.sync.export import export_snapshot
from cimicdesk.ui.prompts import Prompter

WAIT_MS = 20_000


class ImportPrompter(ScriptedPrompter):
    """ScriptedPrompter that chooses `unit_files` to import."""

    def __init__(self):
        super().__init__()
        self.unit_files: list[Path] = []

    def choose_unit_files(self, folder):
        self.asked.append(("unit_files", str(folder), ""))
        return list(self.unit_files)


class DialogPrompter(ImportPrompter):
    """Asks its yes/no questions with the real dialog (Prompter.confirm)."""

    def confirm(self, title, question, *, action=""):
        self.asked.append(("confirm", title, question))
        return Prompter.confirm(self, title, question, action=action)


@pytest.fixture
def battalion_file(tmp_path) -> tuple[Path, str]:
    """BANBAT 1's unit file (one organisation, one contact) and its key's fingerprint."""
    with create_database(
        tmp_path / "bn" / "bn1.sqlite", "BANBAT 1", UnitLevel.BATTALION, passphrase=PASSPHRASE
    ) as bn:
        make_contact(bn, "Marie Ndoumba", organisation_id=make_org(bn, "UNHCR").id)
        path = export_snapshot(bn, tmp_path / "BANBAT1.cimic").path
        key = unit_keys.active_key(bn.db)
        assert key is not None
        return path, key.fingerprint


@pytest.fixture
def sector(tmp_path):
    store = create_database(
        tmp_path / "sector" / "db.sqlite", "SECTOR WEST", UnitLevel.SECTOR, passphrase=PASSPHRASE
    )
    yield store
    store.close()


def _window(qtbot, store: Store, prompter):
    window = build_main_window(store, prompter)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    return window


def _import(qtbot, window) -> None:
    window.sync_commands.import_action.trigger()
    qtbot.waitUntil(lambda: window.sync_commands.task is None, timeout=WAIT_MS)


def test_yes_enrols_the_new_unit_and_imports_its_file(qtbot, sector, battalion_file):
    path, fingerprint = battalion_file
    prompter = ImportPrompter()
    prompter.unit_files = [path]
    prompter.confirm_answers = [True]
    window = _window(qtbot, sector, prompter)
    _import(qtbot, window)
    (asked,) = prompter.questions("confirm")
    assert asked[1] == "Enrol a new unit?"
    assert "BANBAT1.cimic comes from BANBAT 1 (Battalion)" in asked[2]
    assert f"\n\n{fingerprint}\n\n" in asked[2] and "Only if it is the same" in asked[2]
    assert prompter.questions("error") == []
    dialog = window.sync_commands.report_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.cell(0, "contacts", "new") == 1
    assert dialog.signer_labels[0].text().startswith(f"{fingerprint} (enrolled now")
    (unit,) = enrolled_units(sector.db.conn)
    assert (unit.unit_name, unit.fingerprint, unit.how) == ("BANBAT 1", fingerprint, CONFIRMED)
    # The unit is known now: its next file is imported without a question.
    _import(qtbot, window)
    assert len(prompter.questions("confirm")) == 1
    assert "Already imported" in dialog.status_labels[0].text()


def test_no_imports_nothing_and_changes_nothing(qtbot, sector, battalion_file):
    path, _ = battalion_file
    prompter = ImportPrompter()
    prompter.unit_files = [path]
    prompter.confirm_answers = [False]
    window = _window(qtbot, sector, prompter)
    before = raw_state(sector)
    _import(qtbot, window)
    assert len(prompter.questions("confirm")) == 1
    assert prompter.questions("error") == []
    assert window.sync_commands.report_dialog is None
    assert "Nothing was imported: BANBAT 1 was not enrolled" in window.statusBar().currentMessage()
    assert raw_state(sector) == before
    assert enrolled_units(sector.db.conn) == [] and stats.record_counts(sector)["contacts"] == 0
    assert not (sector.path.parent / "backups").exists()


def test_the_real_dialog_shows_the_fingerprint_and_its_button_enrols(qtbot, sector, battalion_file):
    path, fingerprint = battalion_file
    prompter = DialogPrompter()
    prompter.unit_files = [path]
    window = _window(qtbot, sector, prompter)
    prompter.set_parent(window)
    seen: list[str] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(50, answer)
            return
        seen.append(box.text())
        (enrol,) = [b for b in box.buttons() if b.text() == "Enrol and import"]
        enrol.click()

    QTimer.singleShot(0, answer)
    _import(qtbot, window)
    qtbot.waitUntil(lambda: window.sync_commands.report_dialog is not None, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: window.sync_commands.task is None, timeout=WAIT_MS)
    assert len(seen) == 1 and fingerprint in seen[0] and "BANBAT 1" in seen[0]
    assert window.sync_commands.report_dialog.cell(0, "organisations", "new") == 1
    assert [u.fingerprint for u in enrolled_units(sector.db.conn)] == [fingerprint]


def test_the_sync_page_shows_this_units_fingerprint(qtbot, sector):
    window = _window(qtbot, sector, ImportPrompter())
    page = window.show_page("sync")
    key = unit_keys.active_key(sector.db)
    assert key is not None
    assert f"This unit's key fingerprint: {key.fingerprint}." in page.fingerprint_label.text()
