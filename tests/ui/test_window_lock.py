"""File → Lock and the lock when idle: a real window over a real encrypted file. Locked, no
record text is left in any widget (walked and grabbed), the database is closed and its key
forgotten, unsaved edits wait sealed in the drafts file; the right passphrase puts the
window back as it was, a wrong one says so and changes nothing."""

from __future__ import annotations

import gc
import hashlib
import threading
import weakref

import pytest
import shiboken6
from factories import PASSPHRASE
from PySide6.QtCore import QEvent, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)
from scripted_prompter import make_contact, make_org, replace_text

from cimicdesk.app import build_main_window
from cimicdesk.domain.enums import Sensitivity
from cimicdesk.store import contacts, encryption
from cimicdesk.store.database import open_database
from cimicdesk.store.editor_drafts import drafts_path
from cimicdesk.ui import idle_lock
from cimicdesk.ui.prompts import Prompter
from cimicdesk.ui.workers import run_task

SECRET_NAME = "Amina Zerbo-Lockcheck"
SECRET_PHONE = "+236 75 48 21 09"
SECRET_NOTE = "threatened after the Lockcheck meeting"


def file_state(path) -> tuple[str, ...]:
    """The bytes of the database and its side files, as digests."""
    return tuple(
        hashlib.sha256(side.read_bytes()).hexdigest() if side.exists() else "-"
        for side in (path, path.with_name(path.name + "-wal"))
    )


def texts_of(widget: QWidget) -> list[str]:
    """Every text a widget shows or keeps: label, field, list rows, tooltip, title."""
    found = [widget.toolTip(), widget.windowTitle(), widget.accessibleName()]
    if isinstance(widget, QLabel | QAbstractButton):
        found.append(widget.text())
    if isinstance(widget, QLineEdit):
        found += [widget.text(), widget.placeholderText()]
    if isinstance(widget, QPlainTextEdit | QTextEdit):
        found.append(widget.toPlainText())
    if isinstance(widget, QComboBox):
        found += [widget.itemText(i) for i in range(widget.count())]
    if isinstance(widget, QAbstractItemView) and widget.model() is not None:
        model = widget.model()
        root = QModelIndex()
        try:
            columns = model.columnCount(root)
        except TypeError:  # a list model keeps columnCount private: one column
            columns = 1
        for row in range(min(model.rowCount(root), 500)):
            for column in range(columns):
                found.append(str(model.index(row, column).data() or ""))
    return found


def record_text_anywhere(*secrets: str) -> list[str]:
    """Widgets of the whole application that still show or keep any of `secrets`."""
    hits = []
    for widget in QApplication.allWidgets():
        if not shiboken6.isValid(widget):
            continue
        for text in texts_of(widget):
            if any(secret in (text or "") for secret in secrets):
                hits.append(f"{type(widget).__name__} {widget.objectName()}: {text[:60]}")
    return hits


def flush_deletes(qtbot, *widgets: QWidget) -> None:
    """Let the deferred deletions run until every one of `widgets` is gone."""
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    qtbot.waitUntil(lambda: not any(shiboken6.isValid(w) for w in widgets), timeout=5000)


def lock_now(window, qtbot) -> None:
    """Lock, and let the pages' deferred deletion run (as the event loop does at once)."""
    pages = list(window.pages.values())
    assert window.lock()
    flush_deletes(qtbot, *pages)


@pytest.fixture
def window(open_window):
    """The window over `store`; the file it opened again after an unlock is closed after."""
    shown = open_window()
    yield shown
    shown.store.close()


@pytest.fixture
def secret_contact(store):
    return make_contact(
        store,
        SECRET_NAME,
        phones=[SECRET_PHONE],
        notes=SECRET_NOTE,
        sensitivity=Sensitivity.RESTRICTED,
    )


def test_locking_hides_every_record_closes_the_file_and_forgets_the_key(
    secret_contact, window, store, db_path, qtbot, tmp_path
):
    page = window.show_page("contacts")
    assert page.open_record(secret_contact.id)
    qtbot.mouseClick(page.veil.reveal_button, Qt.MouseButton.LeftButton)
    replace_text(qtbot, page.editor.ui.nameEdit, f"{SECRET_NAME} (edited)")
    assert page.is_dirty()
    assert record_text_anywhere(SECRET_NAME)  # the check sees it while it is shown
    pages = list(window.pages.values())
    # What held the records, down to the record object: nothing may keep them alive.
    holders = [weakref.ref(p) for p in pages]
    holders += [weakref.ref(page.model), weakref.ref(page.editor), weakref.ref(page.editor.record)]
    del page

    window.lock_action.trigger()

    assert window.locked
    assert window.screens.currentWidget() is window.lock_screen
    flush_deletes(qtbot, *pages)
    del pages
    gc.collect()
    assert [ref for ref in holders if ref() is not None] == []
    assert window.pages == {}
    assert record_text_anywhere(SECRET_NAME, SECRET_PHONE, SECRET_NOTE, "Lockcheck") == []
    assert not window.ui.mainToolBar.isVisible() and not window.statusBar().isVisible()
    assert window.lock_screen.title_label.text() == "bn1.sqlite is locked"
    assert window.windowTitle() == "bn1.sqlite — locked — CIMIC Desk"
    picture = window.grab()
    assert not picture.isNull()
    picture.save(str(tmp_path / "locked.png"))
    # The database is closed, no key is left in the process: the file cannot be opened.
    with pytest.raises(Exception, match="closed"):
        window.store.db.execute("SELECT 1")
    assert encryption.key_for(db_path) is None
    with pytest.raises(encryption.PassphraseNeededError):
        open_database(db_path)
    # The unsaved edit waits in the drafts file, sealed: its text is not in the bytes.
    sealed = drafts_path(db_path).read_bytes()
    assert b"Lockcheck" not in sealed and b"edited" not in sealed
    # Every command but Quit is set aside.
    assert not window.new_action.isEnabled() and not window.open_database_action.isEnabled()
    assert not window.lock_action.isEnabled() and window.quit_action.isEnabled()
    assert not window.sync_commands.export_action.isEnabled()


def test_a_wrong_passphrase_on_the_lock_screen_says_so_and_changes_nothing(
    secret_contact, window, db_path, qtbot
):
    lock_now(window, qtbot)
    before = file_state(db_path)
    screen = window.lock_screen
    replace_text(qtbot, screen.passphrase_edit, "not the passphrase")
    qtbot.mouseClick(screen.unlock_button, Qt.MouseButton.LeftButton)
    assert window.locked
    assert screen.error_label.isVisible()
    assert "bn1.sqlite does not open with this passphrase" in screen.error_label.text()
    assert "Nothing was changed" in screen.error_label.text()
    assert encryption.key_for(db_path) is None
    assert file_state(db_path) == before
    assert record_text_anywhere(SECRET_NAME) == []


def test_unlocking_puts_back_the_page_the_record_and_its_unsaved_edit(
    secret_contact, window, store, qtbot
):
    page = window.show_page("contacts")
    page.open_record(secret_contact.id)
    qtbot.mouseClick(page.veil.reveal_button, Qt.MouseButton.LeftButton)
    replace_text(qtbot, page.editor.ui.nameEdit, "Amina Zerbo (renamed)")
    assert window.lock()
    screen = window.lock_screen
    replace_text(qtbot, screen.passphrase_edit, PASSPHRASE)
    with qtbot.waitSignal(window.lock_changed) as unlocked:
        qtbot.keyClick(screen.passphrase_edit, Qt.Key.Key_Return)
    assert unlocked.args == [False]
    assert not window.locked
    assert window.screens.currentWidget() is not window.lock_screen
    assert screen.passphrase_edit.text() == ""
    assert window.ui.mainToolBar.isVisible() and window.statusBar().isVisible()
    assert window.store is not store and window.store.path == store.path
    assert not window.store.read_only_reason()  # the writer lock was kept: still writable
    page = window.current_page()
    assert page.KEY == "contacts"
    assert page.editor.record_id == secret_contact.id
    assert page.editor.ui.nameEdit.text() == "Amina Zerbo (renamed)"
    assert page.is_dirty()
    assert window.windowTitle() == "bn1.sqlite — BANBAT 1 — CIMIC Desk"
    assert window.new_action.isEnabled() and window.lock_action.isEnabled()
    assert page.save_record()
    assert contacts.get_contact(window.store, secret_contact.id).name == "Amina Zerbo (renamed)"


def test_a_new_record_being_typed_comes_back_after_unlocking(window, qtbot):
    page = window.show_page("contacts")
    page.new_record()
    replace_text(qtbot, page.editor.ui.nameEdit, "Not saved yet")
    assert window.lock()
    assert window.unlock(PASSPHRASE)
    page = window.current_page()
    assert page.editor.is_new and page.editor.ui.nameEdit.text() == "Not saved yet"
    assert page.is_dirty()


def test_the_window_locks_itself_after_the_idle_delay(secret_contact, window, qtbot):
    watch = window.window_lock.idle
    assert watch.interval_ms == idle_lock.DEFAULT_MINUTES * 60_000  # 10 minutes, nothing saved
    watch.set_interval(400)
    # Typing keeps it open: each key restarts the delay.
    field = window.search_box
    field.setFocus()
    for _ in range(6):
        qtbot.keyClick(field, Qt.Key.Key_Shift)
        qtbot.wait(120)
        assert not window.locked
    # Then nothing for the delay: it locks.
    with qtbot.waitSignal(window.lock_changed, timeout=3000):
        pass
    assert window.locked
    assert not watch.is_counting()  # paused while locked
    assert window.unlock(PASSPHRASE)
    assert watch.is_counting()


def test_the_idle_delay_is_chosen_in_the_file_menu_and_saved(window, qtbot, store, prompter):
    menu = window.idle_menu
    texts = [action.text() for action in menu.actions()]
    assert texts[0] == "Never" and "After 10 minutes" in texts and "After 1 minute" in texts
    checked = [action.text() for action in menu.actions() if action.isChecked()]
    assert checked == ["After 10 minutes"]
    never = menu.actions()[0]
    never.trigger()
    assert idle_lock.saved_minutes() == 0
    assert not window.window_lock.idle.is_counting()
    five = next(action for action in menu.actions() if action.data() == 5)
    five.trigger()
    assert idle_lock.saved_minutes() == 5
    assert window.window_lock.idle.interval_ms == 5 * 60_000
    again = build_main_window(store, prompter)
    qtbot.addWidget(again)
    assert again.window_lock.idle.interval_ms == 5 * 60_000
    assert [a.text() for a in again.idle_menu.actions() if a.isChecked()] == ["After 5 minutes"]


def test_a_lock_waits_for_a_job_on_a_worker_then_finishes(window, db_path, qtbot):
    release = threading.Event()
    task = run_task("Writing the export", release.wait, 10, parent=window)
    assert not window.lock()
    assert window.window_lock.pending and not window.locked
    assert window.screens.currentWidget() is window.lock_screen  # covered at once
    assert "Writing the export" in window.lock_screen.waiting_label.text()
    assert not window.lock_screen.passphrase_edit.isEnabled()
    assert encryption.key_for(db_path) is not None
    release.set()
    qtbot.waitUntil(lambda: window.locked, timeout=5000)
    assert not task.running
    assert encryption.key_for(db_path) is None
    assert window.lock_screen.passphrase_edit.isEnabled()


def test_a_question_left_open_is_cancelled_by_the_lock(window, qtbot):
    real = Prompter(window)
    answers = []
    window.window_lock.idle.set_interval(200)
    # The officer left a question open and walked away: the idle lock cancels it.
    answers.append(real.confirm("Delete contact", "Delete it?", action="Delete"))
    assert answers == [False]
    qtbot.waitUntil(lambda: window.locked, timeout=5000)
    assert QApplication.activeModalWidget() is None
    assert not any(
        isinstance(w, QMessageBox) and w.isVisible() for w in QApplication.topLevelWidgets()
    )


def test_quitting_while_locked_gives_the_file_back(window, db_path, qtbot):
    from cimicdesk.store import writer_lock

    assert window.lock()
    assert writer_lock.held_here(db_path)  # kept while locked
    window.close()
    window.store.close()
    assert not writer_lock.held_here(db_path)


# The offscreen platform cannot raise a popup or grab the keyboard for it: it says so.
@pytest.mark.qt_log_ignore(
    r"This plugin does not support (raise|grabbing the keyboard|propagateSizeHints)"
)
def test_a_menu_left_open_is_closed_by_the_lock(window, qtbot):
    from PySide6.QtCore import QPoint, QTimer

    QTimer.singleShot(100, window.lock)
    window.ui.menuFile.exec(window.mapToGlobal(QPoint(20, 20)))  # returns once closed
    qtbot.waitUntil(lambda: window.locked, timeout=5000)
    assert not window.ui.menuFile.isVisible()


def test_the_lock_screen_reads_french(qtbot, store, prompter):
    from cimicdesk.ui import i18n

    i18n.install("fr")
    try:
        shown = build_main_window(store, prompter)
        qtbot.addWidget(shown)
        shown.show()
        assert shown.lock_action.text() == "&Verrouiller"
        assert shown.idle_menu.title() == "Verrouiller en cas d'&inactivité"
        assert [a.text() for a in shown.idle_menu.actions()][:3] == [
            "Jamais",
            "Après 1 minute",
            "Après 2 minutes",
        ]
        assert shown.lock()
        screen = shown.lock_screen
        assert screen.title_label.text() == "bn1.sqlite est verrouillée"
        assert screen.unlock_button.text() == "&Déverrouiller"
        assert shown.windowTitle() == "bn1.sqlite — verrouillée — CIMIC Desk"
        replace_text(qtbot, screen.passphrase_edit, "pas la bonne")
        qtbot.mouseClick(screen.unlock_button, Qt.MouseButton.LeftButton)
        assert "ne s'ouvre pas avec cette phrase secrète" in screen.error_label.text()
        assert shown.unlock(PASSPHRASE)
        shown.store.close()
    finally:
        i18n.install("en")


def test_unsaved_report_text_is_kept_and_the_same_report_comes_back(window, store, qtbot):
    from cimicdesk.store import report_drafts

    page = window.show_page("reports")
    page.period_picker.set_week(2026, 47)
    field = page.fields["key_points"]
    field.setFocus()
    qtbot.keyClicks(field, "Markets reopened in Lockcheck town")
    assert page.is_dirty()
    lock_now(window, qtbot)
    assert record_text_anywhere("Lockcheck town") == []
    assert window.unlock(PASSPHRASE)
    page = window.current_page()
    assert page.KEY == "reports"
    assert (page.period_picker.year_spin.value(), page.period_picker.week_spin.value()) == (
        2026,
        47,
    )
    assert page.fields["key_points"].toPlainText() == "Markets reopened in Lockcheck town"
    assert not page.is_dirty()  # kept as the report's saved text
    saved = report_drafts.get_draft(window.store, "unit_sitrep", (), "2026-11-16", "2026-11-22")
    assert saved.key_points == "Markets reopened in Lockcheck town"


def test_a_search_and_its_results_are_gone_after_the_lock(secret_contact, store, window, qtbot):
    # Search never finds a restricted source (issue 13): a record anyone may find, then.
    make_org(store, "Lockcheck Relief Committee")
    window.show_page("liaison")
    window.search_box.setText("Lockcheck")
    window.run_search()
    qtbot.waitUntil(lambda: window.search_page.model.rowCount() > 0, timeout=10_000)
    assert window.current_page().KEY == "search"
    lock_now(window, qtbot)
    assert window.search_box.text() == ""
    assert record_text_anywhere("Lockcheck", SECRET_NAME) == []
    assert window.unlock(PASSPHRASE)
    assert window.current_page().KEY == "liaison"  # the page the search was made from
