"""Edit → Preferences changing what it names: backups written to the folder chosen and
pruned to the counts chosen, the idle timer, the program's text size, the default marking
of reports and record sheets, the sitrep's addressees, the language; Cancel changes
nothing; a folder that cannot be written is refused in the dialog and nothing is saved."""

from __future__ import annotations

from pathlib import Path

import pytest
from factories import PASSPHRASE, make_contact, make_entry
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMenu
from scripted_prompter import back_up_now
from test_reports_page import ReportPrompter, export, pdf_text

from cimicdesk import app, paths
from cimicdesk.app import build_main_window
from cimicdesk.domain.enums import UnitLevel
from cimicdesk.reports.record_commands import write_record
from cimicdesk.store import backup_settings, backups
from cimicdesk.store.database import create_database, open_database, read_meta, write_meta
from cimicdesk.ui import i18n, idle_lock, preferences_settings
from cimicdesk.ui.preferences import PreferencesDialog


class FolderPrompter(ReportPrompter):
    """Also answers the folder chooser (folder_answer; None cancels) and records it."""

    def __init__(self):
        super().__init__()
        self.folder_answer: Path | None = None

    def choose_folder(self, title: str, folder: Path, purpose: str = "") -> Path | None:
        self.asked.append(("folder", title, str(folder)))
        return self.folder_answer


@pytest.fixture
def prompter() -> FolderPrompter:
    return FolderPrompter()


@pytest.fixture
def app_font(qapp):
    """The program's font as the test found it, put back afterwards."""
    font = QApplication.font()
    base = qapp.property("cimicdeskBasePointSize")
    yield font
    QApplication.setFont(font)
    qapp.setProperty("cimicdeskBasePointSize", base)


def open_dialog(window) -> PreferencesDialog:
    """Edit → Preferences, as the officer opens it (the menu's action)."""
    window.preferences_action.trigger()
    [dialog] = [d for d in window.findChildren(PreferencesDialog) if d.isVisible()]
    return dialog


def click(qtbot, dialog: PreferencesDialog, which: QDialogButtonBox.StandardButton) -> None:
    qtbot.mouseClick(dialog.buttons.button(which), Qt.MouseButton.LeftButton)


def ok(qtbot, dialog: PreferencesDialog) -> None:
    click(qtbot, dialog, QDialogButtonBox.StandardButton.Ok)


def choose(combo, data) -> None:
    index = combo.findData(data)
    assert index >= 0, data
    combo.setCurrentIndex(index)


def settings_files() -> dict[str, bytes | None]:
    found = {}
    for path in (paths.settings_file(), paths.backup_settings_file()):
        found[path.name] = path.read_bytes() if path.exists() else None
    return found


def test_edit_preferences_has_ctrl_comma_and_opens_the_dialog(window):
    assert window.preferences_action in window.ui.menuEdit.actions()
    assert window.preferences_action.shortcut() == QKeySequence("Ctrl+,")
    dialog = open_dialog(window)
    assert dialog.parent() is window and dialog.windowModality() == Qt.WindowModality.WindowModal
    assert dialog.folder_edit.text() == str(backups.backup_folders(window.store.path)[0])


def test_backups_go_to_the_folder_chosen_and_are_pruned_to_the_counts_chosen(
    window, prompter, qtbot, tmp_path
):
    store = window.store
    old = back_up_now(qtbot, window)  # in `backups` beside the database
    assert old is not None and old.parent == tmp_path / "backups"
    new_folder = tmp_path / "stick" / "cimic-backups"
    prompter.folder_answer = new_folder
    dialog = open_dialog(window)
    qtbot.mouseClick(dialog.folder_button, Qt.MouseButton.LeftButton)
    assert dialog.folder_edit.text() == str(new_folder)
    dialog.daily_spin.setValue(2)
    dialog.before_spin.setValue(3)
    ok(qtbot, dialog)
    assert not dialog.isVisible()

    # Back up now writes in the new folder; the old copy is still offered for restore.
    written = [back_up_now(qtbot, window) for _ in range(2)]
    assert all(path is not None and path.parent == new_folder for path in written)
    listed = [b.path for b in backups.list_backups(store.path)]
    assert old in listed and set(written) <= set(listed)
    # A third one: four 'other' backups in all, three kept; the oldest (the old folder's) goes.
    written.append(back_up_now(qtbot, window))
    listed = [b.path for b in backups.list_backups(store.path)]
    assert sorted(listed) == sorted(written) and not old.exists()
    # Daily backups (as the first open of a day takes them) go there too, two kept.
    daily = [backups.take_backup(store.db.conn, store.path, backups.DAILY) for _ in range(3)]
    kept = [b.path for b in backups.list_backups(store.path) if b.kind == backups.DAILY]
    assert sorted(kept) == sorted(daily[1:]) and all(p.parent == new_folder for p in kept)
    assert "Last backup" in window.last_backup_text()


def test_the_idle_lock_changes_the_running_timer_at_once(window, qtbot):
    assert window.window_lock.idle.interval_ms == idle_lock.DEFAULT_MINUTES * 60_000
    dialog = open_dialog(window)
    choose(dialog.idle_combo, 2)
    ok(qtbot, dialog)
    assert window.window_lock.idle.interval_ms == 2 * 60_000
    assert window.window_lock.idle.is_counting()
    assert idle_lock.saved_minutes() == 2
    checked = [a.data() for a in window.idle_menu.actions() if a.isChecked()]
    assert checked == [2]  # File → Lock when idle shows the same choice

    dialog = open_dialog(window)
    assert dialog.idle_combo.currentData() == 2
    choose(dialog.idle_combo, 0)
    ok(qtbot, dialog)
    assert window.window_lock.idle.interval_ms == 0 and not window.window_lock.idle.is_counting()


def test_the_text_size_applies_to_the_whole_program_now_and_at_the_next_start(
    window, qtbot, app_font
):
    normal = QApplication.font().pointSizeF()
    navigation = window.ui.navigationList
    assert navigation.font().pointSizeF() == normal
    dialog = open_dialog(window)
    choose(dialog.font_combo, "large")
    ok(qtbot, dialog)
    assert QApplication.font().pointSizeF() == normal + preferences_settings.FONT_STEPS["large"]
    qtbot.waitUntil(lambda: navigation.font().pointSizeF() == normal + 2)  # widgets follow
    assert preferences_settings.saved_font_size() == "large"

    # The next start: the system's size again, then what launch applies.
    QApplication.setFont(app_font)
    preferences_settings.apply_font_size()
    assert QApplication.font().pointSizeF() == normal + 2

    dialog = open_dialog(window)
    choose(dialog.font_combo, "small")
    ok(qtbot, dialog)
    assert QApplication.font().pointSizeF() == normal - 1


def test_the_default_marking_is_used_by_a_new_sitrep_and_a_record_sheet(
    window, prompter, store, qtbot, tmp_path
):
    marie = make_contact(store, "Marie Ndoumba")
    entry = make_entry(store, [marie], start="2026-11-17T09:00:00.000Z", purpose="Water")
    dialog = open_dialog(window)
    dialog.marking_combo.setEditText("UN CONFIDENTIAL")
    ok(qtbot, dialog)

    page = window.show_page("reports")
    page.period_picker.set_week(2026, 47)
    assert page.fields["marking"].currentText() == ""  # the report's own: none typed
    assert page.fields["marking"].lineEdit().placeholderText() == "UN CONFIDENTIAL (default)"
    export(qtbot, page, prompter, tmp_path / "sitrep.pdf")
    assert prompter.questions("error") == []
    text = pdf_text(tmp_path / "sitrep.pdf")
    assert "UN CONFIDENTIAL" in text and "UN RESTRICTED" not in text

    sheet = write_record(store, tmp_path / "entry.pdf", "liaison_entry", entry.id)
    sheet_text = pdf_text(sheet)
    assert "UN CONFIDENTIAL" in sheet_text and "UN RESTRICTED" not in sheet_text


def test_the_recipients_appear_in_the_sitrep_built_afterwards(
    window, prompter, store, qtbot, tmp_path
):
    page = window.show_page("reports")
    page.period_picker.set_week(2026, 47)
    assert page.fields["to_line"].placeholderText() == "Sector West HQ CIMIC"
    dialog = open_dialog(window)
    dialog.to_edit.setText("SO1 CIMIC, Force HQ Bangui")
    dialog.cc_edit.setText("G9 Sector West; UNHCR Bambari")
    ok(qtbot, dialog)
    # The Reports page already shows them as what the sitrep prints.
    assert page.fields["to_line"].placeholderText() == "SO1 CIMIC, Force HQ Bangui"
    assert page.fields["cc_line"].placeholderText() == "G9 Sector West; UNHCR Bambari"
    # Saved in the database: they go with the file at handover.
    meta = read_meta(store.db)
    assert meta["report_to"] == "SO1 CIMIC, Force HQ Bangui"

    export(qtbot, page, prompter, tmp_path / "sitrep.pdf")
    assert prompter.questions("error") == []
    text = " ".join(pdf_text(tmp_path / "sitrep.pdf").split())
    assert "SO1 CIMIC, Force HQ Bangui" in text
    assert "G9 Sector West; UNHCR Bambari" in text
    assert "Sector West HQ CIMIC" not in text


def test_the_language_is_saved_for_the_next_start(window, qtbot):
    dialog = open_dialog(window)
    assert dialog.language_combo.currentData() == ""  # follows the system
    choose(dialog.language_combo, "fr")
    ok(qtbot, dialog)
    assert i18n.saved_language() == "fr"
    assert i18n.choose_language() == "fr"  # what the next start installs
    assert i18n.current_language() == "en"  # this window is not rebuilt
    language_menu = window.findChild(QMenu, "languageMenu")
    assert [a.data() for a in language_menu.actions() if a.isChecked()] == ["fr"]
    assert "next start" in window.statusBar().currentMessage()

    dialog = open_dialog(window)
    assert dialog.language_combo.currentData() == "fr"
    choose(dialog.language_combo, "")
    ok(qtbot, dialog)
    assert i18n.saved_language() == ""


def change_everything(dialog: PreferencesDialog, prompter, folder: Path) -> None:
    choose(dialog.language_combo, "fr")
    choose(dialog.font_combo, "large")
    choose(dialog.idle_combo, 1)
    prompter.folder_answer = folder
    dialog.choose_folder()
    dialog.daily_spin.setValue(1)
    dialog.before_spin.setValue(1)
    dialog.marking_combo.setEditText("UN CONFIDENTIAL")
    dialog.to_edit.setText("Somebody else")
    dialog.cc_edit.setText("Nobody")


def test_cancel_changes_nothing(window, prompter, store, qtbot, tmp_path, app_font):
    files, meta = settings_files(), read_meta(store.db)
    font = QApplication.font().pointSizeF()
    dialog = open_dialog(window)
    change_everything(dialog, prompter, tmp_path / "elsewhere")
    click(qtbot, dialog, QDialogButtonBox.StandardButton.Cancel)
    assert not dialog.isVisible()
    assert settings_files() == files and read_meta(store.db) == meta
    assert window.window_lock.idle.interval_ms == idle_lock.DEFAULT_MINUTES * 60_000
    assert QApplication.font().pointSizeF() == font
    assert back_up_now(qtbot, window).parent == tmp_path / "backups"


def test_a_folder_that_cannot_be_written_is_refused_and_nothing_is_saved(
    window, prompter, store, qtbot, tmp_path, app_font
):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    files, meta = settings_files(), read_meta(store.db)
    font = QApplication.font().pointSizeF()
    dialog = open_dialog(window)
    change_everything(dialog, prompter, blocker / "backups")
    ok(qtbot, dialog)

    assert dialog.isVisible()  # still open, saying why
    assert dialog.error_label.isVisible()
    error = dialog.error_label.text()
    assert f"Backups cannot be written to {blocker / 'backups'}" in error
    assert "nothing was changed" in error
    assert settings_files() == files and read_meta(store.db) == meta
    assert backup_settings.policy_for(store.path) == backup_settings.BackupPolicy()
    assert window.window_lock.idle.interval_ms == idle_lock.DEFAULT_MINUTES * 60_000
    assert QApplication.font().pointSizeF() == font
    assert i18n.saved_language() == ""

    # A writable folder then: saved, the error gone.
    prompter.folder_answer = tmp_path / "fine"
    dialog.choose_folder()
    ok(qtbot, dialog)
    assert not dialog.isVisible()
    assert backup_settings.write_folder(store.path) == (tmp_path / "fine").resolve()


def test_a_read_only_database_keeps_its_report_settings(qtbot, store, db_path, prompter):
    """A handed-over file refuses edits: its report group is off, the rest still saves."""
    write_meta(store.db, state="handed_over")
    store.db.conn.commit()
    store.close()
    with open_database(db_path) as handed_over:
        window = build_main_window(handed_over, prompter)
        qtbot.addWidget(window)
        window.show()
        dialog = open_dialog(window)
        assert not dialog.to_edit.isEnabled()
        choose(dialog.idle_combo, 5)
        ok(qtbot, dialog)
        assert idle_lock.saved_minutes() == 5 and not dialog.isVisible()
        assert "report_to" not in read_meta(handed_over.db)


def test_the_next_start_applies_the_text_size_and_backs_up_into_the_folder_chosen(
    qtbot, db_path, tmp_path, prompter, app_font
):
    made = create_database(db_path, "BANBAT 1", UnitLevel.BATTALION, passphrase=PASSPHRASE)
    write_meta(made.db, created_at="2026-01-01T00:00:00.000Z")  # a daily backup is due
    made.db.conn.commit()
    made.close()
    backup_settings.save_policy(db_path, tmp_path / "chosen", 7, 10)
    preferences_settings.save_font_size("large")
    normal = QApplication.font().pointSizeF()
    window = app.launch(["--db", str(db_path)], prompter=prompter)
    qtbot.addWidget(window)
    assert QApplication.font().pointSizeF() == normal + 2
    qtbot.waitUntil(
        lambda: (
            [(b.kind, b.path.parent) for b in backups.list_backups(db_path)]
            == [(backups.DAILY, tmp_path / "chosen")]
        )
    )
    window.close()
    window.store.close()
