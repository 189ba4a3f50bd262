"""The exchange controller works without the main window: it gets its store, prompter,
dialog parent and opener when made, and says what happened through its own signals."""

from __future__ import annotations

from pathlib import Path

import pytest
from factories import PASSPHRASE
from PySide6.QtWidgets import QWidget
from scripted_prompter import ScriptedPrompter, make_contact, make_org

from cimicdesk.domain.enums import UnitLevel
from cimicdesk.store import stats
from cimicdesk.store.database import Store, create_database
from cimicdesk.sync.export import export_snapshot
from cimicdesk.ui.exchange_controller import ExchangeController

WAIT_MS = 20_000


class ExchangePrompter(ScriptedPrompter):
    """ScriptedPrompter plus the exchange's choosers: unit_files, folder, texts (popped)."""

    def __init__(self):
        super().__init__()
        self.unit_files: list[Path] = []
        self.folder: Path | None = None
        self.texts: list[str] = []

    def choose_unit_files(self, folder):
        self.asked.append(("unit_files", str(folder), ""))
        return list(self.unit_files)

    def choose_folder(self, title, folder):
        self.asked.append(("folder", title, str(folder)))
        return self.folder

    def ask_text(self, title, question, default=""):
        self.asked.append(("text", title, question))
        return self.texts.pop(0) if self.texts else None


class Seen:
    """What a controller's signals carried, in order: (signal name, value)."""

    def __init__(self, controller: ExchangeController):
        self.events: list[tuple[str, object]] = []
        controller.records_changed.connect(lambda: self.events.append(("records_changed", None)))
        controller.export_written.connect(lambda p: self.events.append(("export_written", p)))
        controller.database_replaced.connect(lambda s: self.events.append(("replaced", s)))
        controller.review_requested.connect(lambda: self.events.append(("review", None)))
        controller.status_message.connect(lambda t, _ms: self.events.append(("status", t)))

    def names(self) -> list[str]:
        return [name for name, _ in self.events]


@pytest.fixture
def parent(qtbot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


def make_controller(store: Store, prompter, parent: QWidget, leave: list[str], answer=True):
    def confirm_leave(doing: str) -> bool:
        leave.append(doing)
        return answer

    return ExchangeController(lambda: store, prompter, parent, confirm_leave=confirm_leave)


def test_an_import_says_records_changed_and_shows_its_report_over_the_parent(
    qtbot, parent, tmp_path
):
    battalion = create_database(
        tmp_path / "bn1.sqlite", "BANBAT 1", UnitLevel.BATTALION, passphrase=PASSPHRASE
    )
    make_org(battalion, "Norwegian Refugee Council")
    make_contact(battalion, "Marie Ndoumba")
    export_snapshot(battalion, tmp_path / "BANBAT1.cimic")
    battalion.close()
    sector = create_database(
        tmp_path / "sector.sqlite", "SECTOR WEST", UnitLevel.SECTOR, passphrase=PASSPHRASE
    )
    prompter = ExchangePrompter()
    prompter.unit_files = [tmp_path / "BANBAT1.cimic"]
    controller = make_controller(sector, prompter, parent, [])
    seen = Seen(controller)
    try:
        assert controller.import_files()
        qtbot.waitUntil(lambda: controller.task is None, timeout=WAIT_MS)
        assert seen.names() == ["records_changed", "status"]
        assert seen.events[1][1].startswith("1 file imported")
        assert stats.record_counts(sector)["contacts"] == 1
        dialog = controller.report_dialog
        assert dialog is not None and dialog.parent() is parent
        assert dialog.cell(0, "contacts", "new") == 1
        dialog.review_requested.emit()
        assert seen.names()[-1] == "review"
        assert controller.import_action.parent() is parent
    finally:
        sector.close()


def test_a_handover_hands_the_window_a_read_only_store_through_its_signal(
    qtbot, parent, store, tmp_path
):
    make_contact(store, "Marie Ndoumba")
    prompter = ExchangePrompter()
    prompter.folder = tmp_path / "handover"
    prompter.texts = ["Maj Rahman", "Maj Haque"]
    leave: list[str] = []
    controller = make_controller(store, prompter, parent, leave)
    seen = Seen(controller)
    assert controller.hand_over()
    qtbot.waitUntil(lambda: controller.task is None, timeout=WAIT_MS)
    assert not prompter.questions("error"), prompter.questions("error")
    assert leave == ["Hand over"]  # unsaved edits were asked about first
    assert seen.names() == ["replaced", "status"]
    replaced = seen.events[0][1]
    try:
        assert isinstance(replaced, Store) and replaced is not store
        assert replaced.path == store.path and "handed over" in str(replaced.read_only_reason())
    finally:
        replaced.close()
    assert seen.events[1][1] == "Handed over — read-only"


def test_a_handover_stops_when_the_officer_keeps_unsaved_edits(parent, store, tmp_path):
    prompter = ExchangePrompter()
    prompter.folder = tmp_path / "handover"
    leave: list[str] = []
    controller = make_controller(store, prompter, parent, leave, answer=False)
    seen = Seen(controller)
    assert not controller.hand_over()
    assert leave == ["Hand over"] and controller.task is None
    assert seen.events == [] and prompter.questions("folder") == []


def test_an_export_says_where_it_was_written(qtbot, parent, store, tmp_path):
    make_contact(store, "Marie Ndoumba")

    class ExportPrompter(ExchangePrompter):
        def choose_export_file(self, suggested):
            return tmp_path / suggested.name

    controller = make_controller(store, ExportPrompter(), parent, [])
    seen = Seen(controller)
    assert controller.export()
    qtbot.waitUntil(lambda: controller.task is None, timeout=WAIT_MS)
    [(name, path)] = seen.events[:1]
    assert name == "export_written" and Path(path).parent == tmp_path and Path(path).is_file()
    controller.update_status()
    assert Path(path).name in controller.export_label.text()
