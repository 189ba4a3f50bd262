"""The exchange of unit files in the window: export, import and its report, conflicts on
the Sync page, handover (read-only) and takeover (a new replica id). Real SQLite files in
tmp, the scripted prompter, workers awaited with waitUntil."""

from __future__ import annotations

from pathlib import Path

import pytest
from factories import PASSPHRASE
from scripted_prompter import ScriptedPrompter, make_contact, make_org
from sync_helpers import import_files, set_clock_field, tamper

from cimicdesk.app import build_main_window
from cimicdesk.domain.enums import UnitLevel
from cimicdesk.domain.records import Contact
from cimicdesk.reports.commands import write_handover_brief
from cimicdesk.store import stats
from cimicdesk.store.database import Store, create_database
from cimicdesk.store.organisations import get_organisation, save_organisation
from cimicdesk.store.purge import purge_record
from cimicdesk.sync.conflicts import list_conflicts
from cimicdesk.sync.export import export_snapshot
from cimicdesk.sync.handover import hand_over, rotations
from cimicdesk.ui.pages.sync import SyncPage

WAIT_MS = 20_000


class SyncPrompter(ScriptedPrompter):
    """ScriptedPrompter plus the sync questions. Attributes: export_folder (where the
    suggested export name is written; None cancels), unit_files, folder (choose_folder),
    texts (popped by ask_text), takeover_file, install_path, item (choose_item answer)."""

    def __init__(self):
        super().__init__()
        self.export_folder: Path | None = None
        self.unit_files: list[Path] = []
        self.folder: Path | None = None
        self.texts: list[str | None] = []
        self.takeover_file: Path | None = None
        self.install_path: Path | None = None
        self.item: int | None = 0

    def choose_export_file(self, suggested):
        self.asked.append(("export_file", str(suggested), ""))
        return self.export_folder / suggested.name if self.export_folder else None

    def choose_unit_files(self, folder):
        self.asked.append(("unit_files", str(folder), ""))
        return list(self.unit_files)

    def choose_folder(self, title, folder):
        self.asked.append(("folder", title, str(folder)))
        return self.folder

    def ask_text(self, title, question, default=""):
        self.asked.append(("text", title, question))
        return self.texts.pop(0) if self.texts else None

    def choose_export_to_take_over(self, folder):
        self.asked.append(("takeover_file", str(folder), ""))
        return self.takeover_file

    def choose_install_path(self, suggested):
        self.asked.append(("install_path", str(suggested), ""))
        return self.install_path

    def choose_item(self, title, question, items):
        self.asked.append(("item", title, "\n".join(items)))
        return self.item


@pytest.fixture
def prompter() -> SyncPrompter:
    return SyncPrompter()


@pytest.fixture
def stores(tmp_path):
    opened: list[Store] = []

    def make(name: str, level: UnitLevel = UnitLevel.BATTALION) -> Store:
        folder = tmp_path / name.replace(" ", "").lower()
        folder.mkdir()
        store = create_database(folder / "db.sqlite", name, level, passphrase=PASSPHRASE)
        opened.append(store)
        return store

    yield make
    for store in opened:
        store.close()


@pytest.fixture
def show(qtbot, prompter):
    windows = []

    def _show(store: Store):
        window = build_main_window(store, prompter)
        qtbot.addWidget(window)
        window.resize(1280, 800)
        window.show()
        windows.append(window)
        return window

    yield _show
    for window in windows:
        window.store.close()


def run(qtbot, window, action) -> None:
    """Trigger a File menu action and wait until its worker is done."""
    action.trigger()
    qtbot.waitUntil(lambda: window.sync_commands.task is None, timeout=WAIT_MS)


def test_the_sync_page_is_built_and_the_file_menu_offers_the_exchange(show, stores):
    window = show(stores("BANBAT 1"))
    page = window.show_page("sync")
    assert isinstance(page, SyncPage)
    texts = [a.text() for a in window.ui.menuFile.actions()]
    for text in (
        "&Export for higher HQ…",
        "&Import unit files…",
        "&Hand over…",
        "&Take over database…",
    ):
        assert text in texts
    assert window.sync_commands.export_action.shortcut().toString() == "Ctrl+E"
    assert page.conflicts_label.text() == "No concurrent edits to settle."
    assert window.sync_commands.export_label.text() == "Not exported yet"


def test_export_writes_the_file_and_the_status_bar_shows_it(
    qtbot, show, stores, prompter, tmp_path
):
    store = stores("BANBAT 1")
    make_contact(store, "Marie Ndoumba")
    window = show(store)
    prompter.export_folder = tmp_path / "stick"
    prompter.export_folder.mkdir()
    commands = window.sync_commands
    commands.export_action.trigger()
    assert commands.task is not None and commands.busy_bar.isVisible()
    assert not commands.export_action.isEnabled()
    qtbot.waitUntil(lambda: commands.task is None, timeout=WAIT_MS)
    (written,) = list(prompter.export_folder.iterdir())
    assert written.name.startswith("BANBAT1-") and written.suffix == ".cimic"
    (said,) = prompter.questions("inform")
    assert said[1] == "Export written" and str(written) in said[2]
    assert written.name in commands.export_label.text()
    assert "Last export" in commands.export_label.text()
    assert not commands.busy_bar.isVisible() and commands.export_action.isEnabled()


def test_long_paths_do_not_widen_the_window(qtbot, show, prompter, tmp_path):
    folder = tmp_path
    while len(str(folder)) < 300:
        folder /= "a-very-long-folder-name-for-sector-west"
    folder.mkdir(parents=True)
    store = create_database(
        folder / "cimicdesk-banbat1.sqlite", "BANBAT 1", UnitLevel.BATTALION, passphrase=PASSPHRASE
    )
    make_contact(store, "Marie Ndoumba")
    window = show(store)
    qtbot.waitExposed(window)
    page = window.show_page("sync")
    qtbot.wait(50)  # the layout's resize is posted
    assert window.width() == 1280
    prompter.export_folder = folder
    run(qtbot, window, window.sync_commands.export_action)
    qtbot.wait(50)
    assert window.width() == 1280
    (written,) = folder.glob("*.cimic")
    assert str(store.path) in window.file_label.toolTip()
    shown = window.file_label.text()
    assert "…" in shown and shown.endswith("/cimicdesk-banbat1.sqlite")
    assert str(written) in page.last_export_label.toolTip()
    assert page.last_export_label.text().startswith("Last export: ")
    assert page.last_export_label.text().endswith(written.name)  # cut in the middle
    assert "…" in page.last_export_label.text()


def _battalion_export(stores, tmp_path) -> Path:
    bn = stores("BANBAT 1")
    org = make_org(bn, "Norwegian Refugee Council", place="Bria")
    make_contact(bn, "Marie Ndoumba", organisation_id=org.id)
    make_contact(bn, "Awa Yakité")
    out = tmp_path / "BANBAT1.cimic"
    export_snapshot(bn, out)
    return out


def test_import_shows_the_report_and_the_records_appear(qtbot, show, stores, prompter, tmp_path):
    file = _battalion_export(stores, tmp_path)
    window = show(stores("SECTOR WEST", UnitLevel.SECTOR))
    assert window.count_label.text() == "0 records"
    prompter.unit_files = [file]
    run(qtbot, window, window.sync_commands.import_action)
    dialog = window.sync_commands.report_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.cell(0, "contacts", "new") == 2
    assert dialog.cell(0, "organisations", "new") == 1
    assert dialog.cell(0, "contacts", "conflicts") == 0
    assert dialog.source_labels[0].text().startswith("BANBAT 1  (replica ")
    assert dialog.boxes[0].title() == "BANBAT1.cimic"
    assert "backups" in dialog.backup_labels[0].text()
    assert dialog.status_labels[0].text().startswith("Imported: 3 new")
    assert dialog.summary_label.text().startswith("1 file imported")
    # The open pages follow: status bar count, lists, the Sync page's received files.
    assert window.count_label.text() == "3 records"
    contacts = window.show_page("contacts")
    assert contacts.model.rowCount() == 2
    sync = window.show_page("sync")
    assert sync.imports_table.rowCount() == 1
    assert sync.imports_table.item(0, 1).text() == "BANBAT 1"
    assert "3 new" in sync.imports_table.item(0, 3).text()
    # The same file again: said plainly, nothing changed.
    run(qtbot, window, window.sync_commands.import_action)
    assert "Already imported" in dialog.status_labels[0].text()
    assert dialog.count_tables == [None]
    assert "already imported" in dialog.summary_label.text()
    assert window.count_label.text() == "3 records"


def test_a_purge_arriving_by_import_is_reported_and_leaves_no_name(
    qtbot, show, stores, prompter, tmp_path
):
    bn = stores("BANBAT 1")
    source = make_contact(bn, "Amadou Testname-Purge", place="Kpokoundjara")
    sector = stores("SECTOR WEST", UnitLevel.SECTOR)
    export_snapshot(bn, tmp_path / "week1.cimic")
    import_files(sector, [tmp_path / "week1.cimic"])
    purge_record(bn, "contacts", source.id, reason="source at risk")
    window = show(sector)
    export_snapshot(bn, tmp_path / "week2.cimic")
    prompter.unit_files = [tmp_path / "week2.cimic"]
    run(qtbot, window, window.sync_commands.import_action)
    details = window.sync_commands.report_dialog.detail_labels[0].text()
    assert "Purged at BANBAT 1: 1 record;" in details
    assert "Purge not finished" not in details and "Could not clean" not in details
    assert "Another program" not in details
    assert "Testname" not in details
    window.close()
    sector.db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    assert b"Testname" not in sector.path.read_bytes()


def test_a_refused_file_shows_the_reason_and_changes_nothing(
    qtbot, show, stores, prompter, tmp_path
):
    sector = stores("SECTOR WEST", UnitLevel.SECTOR)
    make_org(sector, "UNHCR")
    window = show(sector)
    junk = tmp_path / "junk.cimic"
    junk.write_bytes(bytes(range(256)) * 40)
    before = sector.path.read_bytes(), stats.record_counts(sector)
    prompter.unit_files = [junk]
    run(qtbot, window, window.sync_commands.import_action)
    (error,) = prompter.questions("error")
    assert error[1] == "Import refused: nothing was changed"
    assert "junk.cimic was refused" in error[2] and "not an export file at all" in error[2]
    assert "the database is unchanged" in error[2]
    sector.db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    assert (sector.path.read_bytes(), stats.record_counts(sector))[1] == before[1]
    assert not (sector.path.parent / "backups").exists()
    assert window.sync_commands.report_dialog is None
    assert sector.db.conn.execute("SELECT COUNT(*) FROM sync_log").fetchone()[0] == 0


def test_a_file_with_a_counter_past_its_bound_is_refused_in_the_window(
    qtbot, show, stores, prompter, tmp_path
):
    # Issue 11: a counter of 2^63 was merged (and crashed every later receiver).
    battalion = stores("BANBAT 1")
    person = make_contact(battalion, "Marie Ndoumba")
    forged = tmp_path / "BANBAT1.cimic"
    export_snapshot(battalion, forged)
    names = (*Contact.business_fields(), "deleted")
    clock = battalion.db.conn.execute("SELECT clock FROM contacts").fetchone()[0]
    clock = set_clock_field(clock, names, "name", [2**63, "2026-01-01T00:00:00.000Z", "x"])
    tamper(
        forged, "UPDATE contacts SET clock = ?", (clock,), refresh_manifest=True, signer=battalion
    )
    sector = stores("SECTOR WEST", UnitLevel.SECTOR)
    window = show(sector)
    prompter.unit_files = [forged]
    run(qtbot, window, window.sync_commands.import_action)
    (error,) = prompter.questions("error")
    assert error[1] == "Import refused: nothing was changed"
    assert f"contacts record {person.id}: the edit counter of name" in error[2]
    assert stats.record_counts(sector)["contacts"] == 0


def _place(store, org_id, place):
    org = get_organisation(store, org_id)
    org.place = place
    save_organisation(store, org)


def test_a_conflict_is_listed_and_keeping_the_other_value_settles_it(
    qtbot, show, stores, prompter, tmp_path
):
    sector = stores("SECTOR WEST", UnitLevel.SECTOR)
    org = make_org(sector, "UNHCR", place="Bambari")
    start = tmp_path / "start.cimic"
    export_snapshot(sector, start)
    bn1, bn2 = stores("BANBAT 1"), stores("BANBAT 2")
    for bn in (bn1, bn2):
        import_files(bn, [start])
    _place(bn1, org.id, "Bria")
    _place(bn2, org.id, "Ndélé")
    files = [tmp_path / "bn1.cimic", tmp_path / "bn2.cimic"]
    export_snapshot(bn1, files[0])
    export_snapshot(bn2, files[1])
    window = show(sector)
    prompter.unit_files = files
    run(qtbot, window, window.sync_commands.import_action)
    dialog = window.sync_commands.report_dialog
    assert sum(dialog.cell(i, "organisations", "conflicts") for i in (0, 1)) == 1
    assert "concurrent edit to settle" in dialog.summary_label.text()
    details = " ".join(label.text() for label in dialog.detail_labels)
    assert "Concurrent edit: Organisation UNHCR, place" in details
    assert dialog.review_button.isVisibleTo(dialog)
    dialog.review_button.click()
    page = window.current_page()
    assert page.KEY == "sync" and not dialog.isVisible()
    table = page.conflicts_table
    assert table.rowCount() == 1
    (found,) = list_conflicts(sector)
    row = [table.item(0, c).text() for c in range(table.columnCount())]
    assert row[:3] == ["UNHCR", "Organisation", "place"]
    assert row[3] == found.kept_value and row[4] == found.other_value
    assert row[5] in ("BANBAT 1", "BANBAT 2")
    qtbot.mouseClick(page.keep_other_button, qtbot_left())
    assert get_organisation(sector, org.id).place == found.other_value
    assert list_conflicts(sector) == [] and table.rowCount() == 0
    assert page.conflicts_label.text() == "No concurrent edits to settle."
    assert not page.keep_other_button.isEnabled()


def qtbot_left():
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton


def test_a_duplicate_pair_is_merged_into_the_one_chosen(qtbot, show, stores, prompter, tmp_path):
    bn1, bn2 = stores("BANBAT 1"), stores("BANBAT 2")
    first = make_org(bn1, "Red Crescent Kilo", phones=("+236 75 12 34 56",))
    make_org(bn2, "red crescent KILO", phones=("75123456",))
    files = [tmp_path / "1.cimic", tmp_path / "2.cimic"]
    export_snapshot(bn1, files[0])
    export_snapshot(bn2, files[1])
    sector = stores("SECTOR WEST", UnitLevel.SECTOR)
    import_files(sector, files)
    window = show(sector)
    page = window.show_page("sync")
    assert page.duplicates_table.rowCount() == 1
    (pair,) = page.duplicates
    assert pair.keep_id == first.id
    prompter.item = 1  # the second choice: keep the other one
    assert page.merge_selected()
    assert page.duplicates_table.rowCount() == 0
    (asked,) = prompter.questions("item")
    assert asked[2].splitlines()[0] == (
        "Keep “Red Crescent Kilo” (BANBAT 1); merge “red crescent KILO” into it"
    )
    assert get_organisation(sector, first.id).merged_into == pair.duplicate_id


def test_a_pair_two_files_of_a_batch_bring_is_one_duplicate_to_review(
    qtbot, show, stores, prompter, tmp_path
):
    bn1, bn2 = stores("BANBAT 1"), stores("BANBAT 2")
    make_org(bn1, "Red Crescent Kilo", phones=("+236 75 12 34 56",))
    make_org(bn2, "red crescent KILO", phones=("75123456",))
    files = [tmp_path / "1.cimic", tmp_path / "2.cimic"]
    export_snapshot(bn1, files[0])
    export_snapshot(bn2, files[1])
    window = show(stores("SECTOR WEST", UnitLevel.SECTOR))
    prompter.unit_files = files
    run(qtbot, window, window.sync_commands.import_action)
    dialog = window.sync_commands.report_dialog
    # Each file's report lists the pair (a record of its own is in it); the summary, once.
    assert [r.duplicate_candidates for r in dialog.reports] == [1, 1]
    assert dialog.summary_label.text() == ("2 files imported · 1 possible duplicate to review")


def test_handover_makes_the_window_read_only_and_saves_are_refused(
    qtbot, show, stores, prompter, tmp_path
):
    store = stores("BANBAT 1")
    make_contact(store, "Marie Ndoumba")
    window = show(store)
    prompter.folder = tmp_path / "handover"
    prompter.texts = ["Maj Rahman", "Maj Haque"]
    run(qtbot, window, window.sync_commands.handover_action)
    assert not prompter.questions("error"), prompter.questions("error")
    (confirmed,) = prompter.questions("confirm")
    assert "Maj Rahman" in confirmed[2] and "read-only" in confirmed[2]
    names = sorted(p.name for p in prompter.folder.iterdir())
    assert any(n.endswith(".cimic") for n in names) and any(n.endswith(".pdf") for n in names)
    assert window.store is not store and window.store.read_only_reason()
    assert window.windowTitle().endswith("handed over — read-only — CIMIC Desk")
    assert window.unit_label.text().endswith("handed over — read-only")
    assert not window.sync_commands.import_action.isEnabled()
    assert not window.sync_commands.handover_action.isEnabled()
    page = window.show_page("contacts")
    assert not window.save_action.isEnabled()
    assert not page.save_record()
    (refused,) = prompter.questions("error")
    assert "handed over" in refused[2]
    (said,) = prompter.questions("inform")
    assert said[1] == "Handed over"


def _handed_over(outgoing, tmp_path):
    """The outgoing database handed over onto a stick, as the takeover tests receive it."""
    return hand_over(
        outgoing,
        tmp_path / "stick",
        handed_over_by="Maj Rahman",
        to="Maj Haque",
        write_brief=write_handover_brief,
        # The scripted prompter types the tests' PASSPHRASE into the handover dialog.
        handover_passphrase=PASSPHRASE,
    )


def test_takeover_switches_to_the_new_store_with_a_new_replica_id(
    qtbot, show, stores, prompter, tmp_path
):
    outgoing = stores("BANBAT 1")
    make_contact(outgoing, "Marie Ndoumba")
    old_replica = outgoing.site_id
    result = _handed_over(outgoing, tmp_path)
    window = show(stores("SCRATCH"))
    prompter.takeover_file = result.export.path
    prompter.install_path = tmp_path / "incoming" / "bn1.sqlite"
    prompter.texts = ["Maj Haque"]
    run(qtbot, window, window.sync_commands.takeover_action)
    assert not prompter.questions("error"), prompter.questions("error")
    new = window.store
    assert new.path == prompter.install_path and new.unit.name == "BANBAT 1"
    assert new.site_id != old_replica and not new.read_only_reason()
    assert rotations(new)[-1].taken_over_by == "Maj Haque"
    (said,) = prompter.questions("inform")
    assert said[1] == "Database taken over"
    assert "new replica id" in said[2] and new.site_id[:8] in said[2]
    assert "rotation was recorded" in said[2] and "Maj Rahman" in said[2]
    assert window.count_label.text() == "1 record"
    assert window.windowTitle() == "bn1.sqlite — BANBAT 1 — CIMIC Desk"


def test_a_map_the_takeover_could_not_install_is_named_to_the_officer(
    qtbot, show, stores, prompter, tmp_path
):
    from mbtiles_builder import build_mbtiles

    from cimicdesk.store.map_files import add_map, list_maps, maps_folder

    outgoing = stores("BANBAT 1")
    add_map(outgoing.path, build_mbtiles(tmp_path / "gis" / "Kaga.mbtiles"))
    result = _handed_over(outgoing, tmp_path)
    window = show(stores("SCRATCH"))
    prompter.takeover_file = result.export.path
    prompter.install_path = tmp_path / "incoming" / "bn1.sqlite"
    prompter.texts = ["Maj Haque"]
    # Where the new database's maps folder goes, a file is in the way: the map cannot be
    # copied. The takeover completes, and says which map to add by hand.
    maps_folder(prompter.install_path).parent.mkdir(parents=True)
    maps_folder(prompter.install_path).write_bytes(b"in the way")
    run(qtbot, window, window.sync_commands.takeover_action)
    assert not prompter.questions("error"), prompter.questions("error")
    assert window.store.path == prompter.install_path
    assert list_maps(prompter.install_path) == []
    (said,) = prompter.questions("inform")
    assert "could not be installed: Kaga.mbtiles" in said[2]
    assert "Add map file" in said[2]


def test_takeover_encrypts_the_database_with_the_incoming_officers_passphrase(
    qtbot, show, stores, prompter, tmp_path
):
    from cimicdesk.store import encryption

    outgoing = stores("BANBAT 1")
    make_contact(outgoing, "Marie Ndoumba")
    result = _handed_over(outgoing, tmp_path)
    window = show(stores("SCRATCH"))
    prompter.takeover_file = result.export.path
    prompter.install_path = tmp_path / "incoming" / "bn1.sqlite"
    prompter.texts = ["Maj Haque"]
    prompter.new_passphrase = "incoming contingent 2027"
    run(qtbot, window, window.sync_commands.takeover_action)
    assert not prompter.questions("error"), prompter.questions("error")
    (asked,) = prompter.questions("new_passphrase")
    assert asked[1] == "Take over database: your passphrase"
    assert "installed as bn1.sqlite" in asked[2] and "outgoing contingent's" in asked[2]
    installed = prompter.install_path
    assert window.store.path == installed
    window.store.close()
    encryption.lock()
    with pytest.raises(encryption.WrongPassphraseError):
        encryption.unlock(installed, PASSPHRASE)  # the outgoing officer's does not open it
    encryption.unlock(installed, "incoming contingent 2027")


def test_takeover_cancelled_at_the_passphrase_installs_nothing(
    qtbot, show, stores, prompter, tmp_path
):
    outgoing = stores("BANBAT 1")
    result = _handed_over(outgoing, tmp_path)
    window = show(stores("SCRATCH"))
    shown = window.store
    prompter.takeover_file = result.export.path
    prompter.install_path = tmp_path / "incoming" / "bn1.sqlite"
    prompter.texts = ["Maj Haque"]
    prompter.new_passphrase = None
    assert not window.sync_commands.take_over()
    assert window.sync_commands.task is None and window.store is shown
    assert not prompter.install_path.exists()
