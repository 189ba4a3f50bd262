"""Masked restricted contacts, restore from a backup, erase for good, crash-proof drafts."""

from __future__ import annotations

import pytest
from factories import raw_connect
from PySide6.QtCore import Qt
from scripted_prompter import make_contact, replace_text

from cimicdesk.app import build_main_window
from cimicdesk.domain.enums import Sensitivity
from cimicdesk.store import contacts
from cimicdesk.store.backups import backup_before
from cimicdesk.store.database import open_database
from cimicdesk.store.editor_drafts import drafts_path


def cells(model) -> list[str]:
    return [
        str(model.index(row, column).data() or "")
        for row in range(model.rowCount())
        for column in range(model.columnCount())
    ]


def test_a_restricted_contact_is_masked_in_the_list_until_revealed(open_window, store, qtbot):
    secret = make_contact(
        store,
        "Jean Secretaire",
        position="Informant",
        phones=("+236 72 00 00 01",),
        sensitivity=Sensitivity.RESTRICTED,
    )
    make_contact(store, "Marie Ndoumba", position="Head of sub-office")
    window = open_window()
    page = window.show_page("contacts")
    assert not page.reveal_check.isChecked()
    shown = cells(page.model)
    assert not any("Jean Secretaire" in text or "Informant" in text for text in shown)
    assert not any("+236 72 00 00 01" in text for text in shown)
    assert any(text.startswith("Restricted contact C-") for text in shown)
    assert "Marie Ndoumba" in shown

    qtbot.mouseClick(page.reveal_check, Qt.MouseButton.LeftButton)
    assert page.reveal_check.isChecked()
    shown = cells(page.model)
    assert "Jean Secretaire" in shown and "Informant" in shown
    assert secret.id  # the same record, now named


def test_restore_a_backup_from_the_file_menu(open_window, store, prompter, qtbot):
    marie = make_contact(store, "Marie Ndoumba")
    backup_before(store, "before-test")
    old_replica = store.site_id
    window = open_window()
    page = window.show_page("contacts")
    page.open_record(marie.id)
    replace_text(qtbot, page.editor.ui.nameEdit, "Marie Changed")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert contacts.get_contact(store, marie.id).name == "Marie Changed"

    window.restore_backup_action.trigger()

    restored = window.store
    try:
        assert restored is not store
        assert contacts.get_contact(restored, marie.id).name == "Marie Ndoumba"
        assert restored.site_id != old_replica
        [(_, _, said)] = prompter.questions("inform")
        assert "new replica id" in said and restored.site_id in said
        assert prompter.questions("item")
        page = window.show_page("contacts")
        assert "Marie Ndoumba" in cells(page.model)
    finally:
        restored.close()


def test_erase_a_contact_for_good(open_window, store, prompter, qtbot, db_path):
    marie = make_contact(store, "Marie Ndoumba", phones=("+236 72 12 34 56",))
    window = open_window()
    page = window.show_page("contacts")
    page.open_record(marie.id)
    prompter.text_answers = ["Asked by the person (GDPR)"]
    qtbot.mouseClick(page.purge_button, Qt.MouseButton.LeftButton)

    [(_, _, question)] = prompter.questions("confirm")
    assert "cannot be undone" in question.lower()
    assert page.model.rowCount() == 0
    window.search_box.setText("Ndoumba")
    window.run_search()
    qtbot.waitUntil(lambda: "Nothing found" in window.search_page.heading.text())
    assert window.search_page.model.rowCount() == 0
    raw = raw_connect(db_path)
    try:
        name, phones = raw.execute(
            "SELECT name, phones FROM contacts WHERE id = ?", [marie.id]
        ).fetchone()
    finally:
        raw.close()
    assert not name or "Ndoumba" not in name
    assert "72 12 34 56" not in str(phones or "")


@pytest.mark.slow
def test_unsaved_changes_survive_a_crash(open_window, store, prompter, qtbot, db_path):
    marie = make_contact(store, "Marie Ndoumba")
    window = open_window()
    page = window.show_page("contacts")
    page.open_record(marie.id)
    replace_text(qtbot, page.editor.ui.positionEdit, "Head of sub-office")
    qtbot.keyClicks(page.editor.ui.notesEdit, "Met at the market")
    qtbot.waitUntil(drafts_path(db_path).exists, timeout=5000)  # the ~2 s autosave
    window.hide()  # the crash: nothing saved, no question asked

    second = open_database(db_path)
    try:
        again = build_main_window(second, prompter)
        qtbot.addWidget(again)
        page = again.show_page("contacts")
        page.open_record(marie.id)
        asked = [q for q in prompter.questions("confirm") if "Restore the unsaved" in q[2]]
        assert asked
        assert page.editor.ui.positionEdit.text() == "Head of sub-office"
        assert page.editor.ui.notesEdit.toPlainText() == "Met at the market"
        assert page.editor.dirty
        qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
        assert contacts.get_contact(second, marie.id).position == "Head of sub-office"
        assert not drafts_path(db_path).exists()
    finally:
        again.close()
        second.close()


def _damaged_backup(db_path) -> str:
    """A backup the program could not open (kept raw): no purge can clean it."""
    folder = db_path.parent / "backups"
    folder.mkdir(exist_ok=True)
    damaged = folder / f"{db_path.stem}.damaged.20260101T000000000Z.raw"
    damaged.write_bytes(b"Marie Ndoumba and other raw bytes")
    return damaged.name


def test_erasing_says_which_copies_still_hold_the_content(
    open_window, store, prompter, qtbot, db_path
):
    marie = make_contact(store, "Marie Ndoumba")
    name = _damaged_backup(db_path)
    window = open_window()
    page = window.show_page("contacts")
    page.open_record(marie.id)
    prompter.text_answers = ["Asked by the person"]
    qtbot.mouseClick(page.purge_button, Qt.MouseButton.LeftButton)
    assert page.model.rowCount() == 0  # erased from the database
    [(_, title, said)] = prompter.questions("error")
    assert title == "Erased, but not yet from every copy"
    assert f"The backup {name} could not be cleaned" in said and "Delete it." in said


def test_a_purge_left_unfinished_is_told_when_the_window_opens(qtbot, store, db_path, prompter):
    from cimicdesk import app
    from cimicdesk.store.purge import purge_record

    marie = make_contact(store, "Marie Ndoumba")
    purge_record(store, "contacts", marie.id, reason="r", vacuum=False, scrub_backups=False)
    store.close()
    name = _damaged_backup(db_path)
    window = app.launch(["--db", str(db_path)], prompter=prompter)
    qtbot.addWidget(window)
    try:
        [(_, title, said)] = prompter.questions("error")
        assert title == "Purge not finished"
        assert said.startswith("A purge made before the program last stopped could not be")
        assert name in said and "It is tried again at the next start." in said
    finally:
        window.close()
        window.store.close()


def test_a_backup_under_an_earlier_passphrase_asks_for_it_before_anything_changes(
    open_window, store, prompter, qtbot
):
    from factories import PASSPHRASE

    from cimicdesk.store import encryption

    marie = make_contact(store, "Marie Ndoumba")
    backup = backup_before(store, "before-test")
    # The backup stayed under an earlier passphrase (a change could not re-key it).
    earlier = encryption.new_key("an earlier passphrase")
    raw = raw_connect(backup)
    try:
        raw.execute(f"PRAGMA rekey = {earlier.pragma_value()}")
    finally:
        raw.close()
    encryption.lock()
    encryption.unlock(store.path, PASSPHRASE)  # the window's database stays unlocked
    window = open_window()
    prompter.unlock_answers = [None]  # cancelled: nothing is restored
    assert not window.restore_from_backup()
    assert window.store is store
    (asked,) = prompter.questions("unlock")
    assert asked[1] == backup.name and "earlier passphrase" in asked[2]

    prompter.unlock_answers = ["an earlier passphrase"]
    assert window.restore_from_backup()
    restored = window.store
    try:
        assert restored is not store
        assert contacts.get_contact(restored, marie.id).name == "Marie Ndoumba"
        assert prompter.questions("error") == []
        (said,) = prompter.questions("inform")
        assert "It opens with the backup's own passphrase" in said[2]
    finally:
        restored.close()


def test_back_up_now_copies_the_database_and_the_menu_says_when(
    open_window, store, prompter, qtbot
):
    from cimicdesk.store.backups import MANUAL, list_backups
    from cimicdesk.store.contacts import list_contacts
    from cimicdesk.store.database import open_database

    make_contact(store, "Marie Ndoumba")
    window = open_window()
    window.show_last_backup()
    before = {b.path for b in list_backups(store.path)}
    assert window.backup_now_action.toolTip() == (
        "No backup of this database yet." if not before else window.last_backup_text()
    )

    task = window.back_up_now()
    assert task is not None and not window.backup_now_action.isEnabled()  # one at a time
    assert window.back_up_now() is None
    with qtbot.waitSignal(task.ended, timeout=30_000):
        pass
    written = task.result
    assert window.backup_now_action.isEnabled()

    assert written is not None and written not in before
    [copy] = [b for b in list_backups(store.path) if b.path == written]
    assert copy.kind == MANUAL
    [(_, _, said)] = prompter.questions("inform")
    assert str(written) in said and "Last backup:" in said
    assert window.backup_now_action.toolTip().startswith("Last backup:")
    backup = open_database(written, daily_backup=False)  # keyed like the database
    try:
        assert [c.name for c in list_contacts(backup).items] == ["Marie Ndoumba"]
    finally:
        backup.close()


def test_back_up_now_that_cannot_write_says_why_and_can_be_tried_again(
    open_window, store, prompter, qtbot
):
    from cimicdesk.store.backups import list_backups

    window = open_window()
    blocker = store.path.parent / "backups"  # a file where the backups folder should be
    if blocker.is_dir():
        for old in blocker.iterdir():
            old.unlink()
        blocker.rmdir()
    blocker.write_text("not a folder")
    task = window.back_up_now()
    assert task is not None
    with qtbot.waitSignal(task.ended, timeout=30_000):
        pass
    assert task.error is not None and task.result is None
    [(_, title, said)] = prompter.questions("error")
    assert title == "Back up now" and str(blocker) in said and "Choose a folder" in said
    assert window.backup_now_action.isEnabled()  # another try is possible
    assert list_backups(store.path) == []
