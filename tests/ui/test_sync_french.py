"""The exchange of unit files in the French window: what the sync layer says (a refused
file, a rejected row, a possible duplicate) reads French, with no English left. Real
SQLite files in tmp, the real window, the scripted prompter."""

from __future__ import annotations

from contextlib import closing
from pathlib import Path

import pytest
from factories import PASSPHRASE, raw_connect
from scripted_prompter import ScriptedPrompter, make_org
from sync_helpers import english_left, import_files, tamper

from cimicdesk.app import build_main_window
from cimicdesk.domain.enums import UnitLevel
from cimicdesk.i18n.catalogue import texts
from cimicdesk.store.database import Store, create_database
from cimicdesk.sync.errors import PackageRefusedError
from cimicdesk.sync.export import export_snapshot
from cimicdesk.ui import i18n

WAIT_MS = 20_000


class ImportPrompter(ScriptedPrompter):
    """ScriptedPrompter that chooses `unit_files` when asked which files to import."""

    def __init__(self):
        super().__init__()
        self.unit_files: list[Path] = []

    def choose_unit_files(self, folder):
        self.asked.append(("unit_files", str(folder), ""))
        return list(self.unit_files)


@pytest.fixture
def french(qapp):
    assert i18n.install("fr") == "fr"
    yield
    i18n.uninstall()


@pytest.fixture
def stores(tmp_path):
    opened: list[Store] = []

    def make(name: str, level=UnitLevel.BATTALION, *, training: bool = False) -> Store:
        folder = tmp_path / name.replace(" ", "").lower()
        folder.mkdir()
        store = create_database(
            folder / "db.sqlite", name, level, training=training, passphrase=PASSPHRASE
        )
        opened.append(store)
        return store

    yield make
    for store in opened:
        store.close()


@pytest.fixture
def sector(stores):
    store = stores("SECTOR WEST", UnitLevel.SECTOR)
    make_org(store, "OCHA")
    return store


def _import_in_the_window(qtbot, store: Store, files: list[Path]) -> tuple[ImportPrompter, object]:
    prompter = ImportPrompter()
    window = build_main_window(store, prompter)
    qtbot.addWidget(window)
    window.show()
    prompter.unit_files = files
    window.sync_commands.import_action.trigger()
    qtbot.waitUntil(lambda: window.sync_commands.task is None, timeout=WAIT_MS)
    return prompter, window


def _foreign(stores, folder: Path) -> Path:
    path = folder / "annuaire.cimic"
    with closing(raw_connect(path)) as conn:
        conn.execute("CREATE TABLE personnes (nom TEXT)")
        conn.commit()
    return path


def _tampered(stores, folder: Path) -> Path:
    battalion = stores("BANBAT 1")
    make_org(battalion, "UNHCR")
    path = export_snapshot(battalion, folder / "BANBAT1-2026-W47.cimic").path
    tamper(path, "UPDATE organisations SET place = 'Bria'")  # the digest no longer matches
    return path


def _from_training(stores, folder: Path) -> Path:
    drill = stores("BANBAT 7", training=True)
    make_org(drill, "UNICEF")
    return export_snapshot(drill, folder / "BANBAT7-2026-W47.cimic").path


def _live_copy(stores, folder: Path) -> Path:
    battalion = stores("BANBAT 2")
    make_org(battalion, "WFP")
    battalion.db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    path = folder / "BANBAT2-copie.cimic"
    path.write_bytes(battalion.path.read_bytes())  # a copy of the live file, no export
    return path


@pytest.mark.parametrize("make_file", [_foreign, _tampered, _from_training, _live_copy])
def test_a_refused_unit_file_is_explained_in_french(
    french, qtbot, stores, sector, tmp_path, make_file
):
    offered = make_file(stores, tmp_path)
    prompter, _ = _import_in_the_window(qtbot, sector, [offered])
    ((_, title, shown),) = prompter.questions("error")
    # The refusal the sync layer gives for this file (nothing is changed by asking again).
    with pytest.raises(PackageRefusedError) as caught:
        import_files(sector, [offered])
    reason = texts("fr").render(caught.value.message)
    assert title == "Import refusé\u00a0: rien n'a été modifié"
    assert reason in shown and offered.name in reason
    assert "Rien n'a été modifié." in reason
    assert english_left(f"{title}\n{shown}", caught.value.message) == [], shown


def test_a_rejected_row_and_a_possible_duplicate_read_french(french, qtbot, stores, tmp_path):
    sector = stores("SECTOR EAST", UnitLevel.SECTOR)
    make_org(sector, "OCHA", phones=("75123456",))
    battalion = stores("BANBAT 1")
    make_org(battalion, "OCHA", phones=("+236 75 12 34 56",))
    make_org(battalion, "Croix-Rouge", place="Bria")
    path = export_snapshot(battalion, tmp_path / "BANBAT1.cimic").path
    tamper(
        path,
        "UPDATE organisations SET org_type = 'plannd' WHERE name = 'Croix-Rouge'",
        refresh_manifest=True,  # as a buggy exporter would: only the row checks stop it
        signer=battalion,
    )
    prompter, window = _import_in_the_window(qtbot, sector, [path])
    assert prompter.questions("error") == []
    dialog = window.sync_commands.report_dialog
    details = dialog.detail_labels[0].text()
    [rejected] = dialog.reports[0].rejected
    reason = texts("fr").render(rejected.reason)
    assert reason == "org_type a la valeur inconnue 'plannd'"
    assert reason in details and "Rejeté" in details
    assert english_left(details, rejected.reason) == [], details
    page = window.show_page("sync")
    [pair] = page.duplicates
    why = page.duplicates_table.item(0, 5).text()
    assert why == "même nom et même téléphone (…75123456)"
    assert english_left(why, pair.reason) == []
