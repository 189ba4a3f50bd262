"""The passphrase in the window, on real encrypted files: the unlock dialog at start (a wrong
passphrase said in the dialog, the file unchanged; Cancel quits), the new passphrase of a
first start (rules, warning, typed twice), a plain database of an earlier version
encrypted once, File → Open of another encrypted file, and File → Change passphrase.
The modal dialogs are real: a timer drives them from inside their own event loop."""

from __future__ import annotations

import hashlib
from collections.abc import Callable

import pytest
from factories import PASSPHRASE, raw_connect
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox, QWidget
from scripted_prompter import ScriptedPrompter, make_contact, make_org

from cimicdesk import app
from cimicdesk.domain.enums import UnitLevel
from cimicdesk.store import backups, encryption, file_copies, organisations
from cimicdesk.store.database import create_database, open_database, open_read_only
from cimicdesk.ui.main_window import MainWindow
from cimicdesk.ui.passphrase_dialogs import (
    ChangePassphraseDialog,
    NewPassphraseDialog,
    UnlockDialog,
)
from cimicdesk.ui.prompts import Prompter
from cimicdesk.ui.unlocking import ask_to_unlock

NEW_PASSPHRASE = "river mango lantern 42"
POLL_MS = 20


def digests(path) -> tuple[str, ...]:
    """The database's bytes and its side files', as digests ('-' when absent)."""
    return tuple(
        hashlib.sha256(side.read_bytes()).hexdigest() if side.exists() else "-"
        for side in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm"))
    )


def when_shown(kind: type[QWidget], act: Callable[[QWidget], None], failures: list) -> None:
    """Once a modal dialog of `kind` is up, act(dialog) inside its event loop; a failed
    check is kept in `failures` and the dialog is closed, so nothing waits for ever."""
    tries = [0]

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, kind) and dialog.isVisible():
            try:
                act(dialog)
            except BaseException as exc:  # reported by the test, never lost in Qt
                failures.append(exc)
                dialog.reject()
            return
        tries[0] += 1
        if tries[0] < 500:
            QTimer.singleShot(POLL_MS, poll)
        else:
            failures.append(AssertionError(f"no {kind.__name__} was shown"))

    QTimer.singleShot(0, poll)


def type_into(qtbot, field: QLineEdit, text: str) -> None:
    field.clear()
    qtbot.keyClicks(field, text)


@pytest.fixture
def locked_file(db_path):
    """bn1.sqlite with one organisation, closed, its key forgotten (as at a fresh start)."""
    with create_database(db_path, "BANBAT 1", UnitLevel.BATTALION, passphrase=PASSPHRASE) as s:
        make_org(s, "Mairie de Bria")
    encryption.lock()
    return db_path


class RealPassphrases(ScriptedPrompter):
    """Scripted answers for everything but the passphrase questions: real dialogs."""

    unlock = Prompter.unlock
    ask_new_passphrase = Prompter.ask_new_passphrase
    change_passphrase = Prompter.change_passphrase


# The unlock dialog -----------------------------------------------------------------------


def test_a_wrong_passphrase_is_said_in_the_dialog_and_the_right_one_unlocks(qtbot, locked_file):
    before = digests(locked_file)
    failures: list = []
    seen: dict[str, object] = {}

    def act(dialog: UnlockDialog) -> None:
        seen["title"] = dialog.windowTitle()
        seen["heading"] = dialog.findChild(QWidget, "passphraseHeading").text()
        assert dialog.passphrase_edit.echoMode() == QLineEdit.EchoMode.Password
        type_into(qtbot, dialog.passphrase_edit, "not the right one")
        qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)
        assert dialog.isVisible()  # it stays, for another try
        seen["error"] = dialog.error_label.text() if dialog.error_label.isVisible() else ""
        seen["digests"] = digests(locked_file)
        seen["selected"] = dialog.passphrase_edit.selectedText()
        type_into(qtbot, dialog.passphrase_edit, PASSPHRASE)
        qtbot.keyClick(dialog.passphrase_edit, Qt.Key.Key_Return)

    when_shown(UnlockDialog, act, failures)
    assert ask_to_unlock(locked_file, Prompter())
    assert failures == []
    assert seen["title"] == "Unlock database — CIMIC Desk"
    assert seen["heading"] == "Unlock bn1.sqlite"
    assert "bn1.sqlite does not open with this passphrase" in seen["error"]
    assert "Caps Lock" in seen["error"] and "Nothing was changed" in seen["error"]
    assert seen["digests"] == before  # a wrong passphrase writes nothing
    assert seen["selected"] == "not the right one"  # selected, to be typed over
    assert encryption.is_unlocked(locked_file)
    with open_database(locked_file, daily_backup=False) as store:
        assert [o.name for o in organisations.list_organisations(store).items] == ["Mairie de Bria"]


def test_the_eye_shows_and_hides_the_passphrase(qtbot, locked_file):
    dialog = UnlockDialog(locked_file, lambda typed: "")
    qtbot.addWidget(dialog)
    dialog.show()
    field = dialog.passphrase_edit
    assert field.echoMode() == QLineEdit.EchoMode.Password
    assert field.reveal_action.toolTip() == "Show the passphrase"
    field.reveal_action.trigger()
    assert field.echoMode() == QLineEdit.EchoMode.Normal
    assert field.reveal_action.toolTip() == "Hide the passphrase"
    field.reveal_action.trigger()
    assert field.echoMode() == QLineEdit.EchoMode.Password


def test_an_empty_passphrase_is_asked_for_without_trying_it(qtbot, locked_file):
    tried = []
    dialog = UnlockDialog(locked_file, lambda typed: tried.append(typed) or "")
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.try_unlock()
    assert tried == [] and dialog.error_label.text() == "Type the passphrase of bn1.sqlite."


# At start ----------------------------------------------------------------------------------


def test_the_start_asks_the_passphrase_then_shows_the_database(qtbot, locked_file):
    failures: list = []

    def act(dialog: UnlockDialog) -> None:
        type_into(qtbot, dialog.passphrase_edit, PASSPHRASE)
        qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)

    when_shown(UnlockDialog, act, failures)
    window = app.launch(["--db", str(locked_file)], prompter=RealPassphrases())
    assert failures == []
    assert isinstance(window, MainWindow)
    qtbot.addWidget(window)
    try:
        assert window.isVisible() and window.store.path == locked_file
        assert window.organisations_page.model.rowCount() == 1
    finally:
        window.close()
        window.store.close()


def test_cancel_at_start_quits_cleanly_and_changes_nothing(qtbot, locked_file):
    before = digests(locked_file)
    failures: list = []
    when_shown(UnlockDialog, lambda dialog: dialog.reject(), failures)
    assert app.run(["--db", str(locked_file)], prompter=RealPassphrases()) == app.EXIT_CANCELLED
    assert failures == []
    assert digests(locked_file) == before
    assert not any(
        isinstance(w, MainWindow) and w.isVisible() for w in QApplication.topLevelWidgets()
    )


def test_first_start_asks_a_new_passphrase_twice_with_the_rules_and_the_warning(qtbot, tmp_path):
    data = tmp_path / "usb"
    failures: list = []
    seen: dict[str, str] = {}

    def act(dialog: NewPassphraseDialog) -> None:
        seen["intro"] = dialog.intro_label.text()
        seen["rules"] = dialog.rules_label.text()
        seen["warning"] = dialog.findChild(QWidget, "passphraseWarningText").text()
        type_into(qtbot, dialog.passphrase_edit, "short one")
        type_into(qtbot, dialog.repeat_edit, "short one")
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        seen["short"] = dialog.error_label.text()
        type_into(qtbot, dialog.passphrase_edit, NEW_PASSPHRASE)
        type_into(qtbot, dialog.repeat_edit, NEW_PASSPHRASE + "!")
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        seen["differ"] = dialog.error_label.text()
        assert dialog.isVisible()
        type_into(qtbot, dialog.repeat_edit, NEW_PASSPHRASE)
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    when_shown(NewPassphraseDialog, act, failures)
    prompter = RealPassphrases()
    prompter.unit = ("BANBAT 3", UnitLevel.BATTALION, "")
    window = app.launch(["--data-dir", str(data)], prompter=prompter)
    assert failures == []
    assert isinstance(window, MainWindow)
    qtbot.addWidget(window)
    window.close()
    window.store.close()
    assert "BANBAT 3" in seen["intro"] and "encrypted" in seen["intro"]
    assert seen["rules"].startswith("At least 10 characters.")
    assert seen["warning"].startswith("<b>A lost passphrase cannot be recovered.</b>")
    assert "too short" in seen["short"]
    assert "The two passphrases differ" in seen["differ"]
    made = data / "cimicdesk.sqlite"
    assert not encryption.is_plain(made)
    encryption.lock()
    with pytest.raises(encryption.WrongPassphraseError):
        encryption.unlock(made, PASSPHRASE)
    encryption.unlock(made, NEW_PASSPHRASE)
    with open_database(made, daily_backup=False) as store:
        assert store.unit.name == "BANBAT 3"


def test_cancelling_the_new_passphrase_at_first_start_creates_nothing(qapp, tmp_path, prompter):
    prompter.new_passphrase = None
    data = tmp_path / "usb"
    assert app.run(["--data-dir", str(data)], prompter=prompter) == app.EXIT_CANCELLED
    assert [q[0] for q in prompter.asked] == ["ask_unit", "new_passphrase"]
    assert not (data / "cimicdesk.sqlite").exists()


# A plain database of an earlier version -----------------------------------------------------


@pytest.fixture
def plain_file(tmp_path):
    """An unencrypted bn1.sqlite, as CIMIC Desk made them before encryption."""
    made = tmp_path / "made.sqlite"
    with create_database(made, "BANBAT 1", UnitLevel.BATTALION, passphrase=PASSPHRASE) as s:
        make_contact(s, "Marie Ndoumba", phones=["+236 75 48 21 09"])
    plain = tmp_path / "bn1.sqlite"
    conn = raw_connect(made)
    try:
        file_copies.copy_with_key(conn, plain, None)
    finally:
        conn.close()
    for leftover in tmp_path.glob("made.sqlite*"):
        leftover.unlink()
    encryption.lock()
    assert encryption.is_plain(plain) and b"Marie Ndoumba" in plain.read_bytes()
    return plain


def test_a_plain_database_is_encrypted_once_after_asking(qtbot, plain_file, prompter):
    prompter.offer_answers = [True]
    prompter.new_passphrase = NEW_PASSPHRASE
    window = app.launch(["--db", str(plain_file)], prompter=prompter)
    assert isinstance(window, MainWindow)
    qtbot.addWidget(window)
    try:
        kinds = [q[0] for q in prompter.asked]
        assert kinds == ["offer", "new_passphrase", "inform"]
        offer = prompter.asked[0]
        assert offer[1] == "Encrypt this database?"
        assert "made by an earlier CIMIC Desk and is not encrypted" in offer[2]
        assert window.contacts_page.model.rowCount() == 1
    finally:
        window.close()
        window.store.close()
    assert not encryption.is_plain(plain_file)
    assert b"Marie Ndoumba" not in plain_file.read_bytes()
    kept = backups.list_backups(plain_file)
    assert [b.kind for b in kept] == [file_copies.BEFORE_ENCRYPTION]
    assert all(b"Marie Ndoumba" not in b.path.read_bytes() for b in kept)
    encryption.lock()
    encryption.unlock(plain_file, NEW_PASSPHRASE)


def test_declining_to_encrypt_quits_and_leaves_the_file_as_it_was(qapp, plain_file, prompter):
    before = digests(plain_file)
    prompter.offer_answers = [False]
    assert app.run(["--db", str(plain_file)], prompter=prompter) == app.EXIT_CANCELLED
    assert [q[0] for q in prompter.asked] == ["offer"]
    assert digests(plain_file) == before


# In the window ---------------------------------------------------------------------------------


def test_file_open_asks_the_passphrase_of_another_encrypted_file(window, tmp_path, prompter):
    other = tmp_path / "bn2.sqlite"
    with create_database(other, "BANBAT 2", UnitLevel.BATTALION, passphrase=NEW_PASSPHRASE) as s:
        make_contact(s, "Jean Kossi")
    encryption.forget(other)
    encryption.lock()  # neither file's key is kept any more (the window's stays open)
    prompter.open_path = other
    prompter.unlock_answers = ["not it at all", NEW_PASSPHRASE]
    assert window.open_other_database()
    refused = prompter.questions("unlock refused")
    assert len(refused) == 1 and "bn2.sqlite does not open with this passphrase" in refused[0][2]
    assert window.store.path == other and window.store.unit.name == "BANBAT 2"
    window.store.close()


def test_file_open_cancelled_at_the_passphrase_keeps_the_database_shown(window, tmp_path, prompter):
    other = tmp_path / "bn2.sqlite"
    create_database(other, "BANBAT 2", UnitLevel.BATTALION, passphrase=NEW_PASSPHRASE).close()
    shown = window.store
    encryption.forget(other)
    encryption.lock()
    prompter.open_path = other
    prompter.unlock_answers = [None]
    assert not window.open_other_database()
    assert window.store is shown and prompter.questions("error") == []


def test_new_database_asks_a_passphrase(window, tmp_path, prompter):
    prompter.new_path = tmp_path / "bn2.sqlite"
    prompter.unit = ("BANBAT 2", UnitLevel.BATTALION, "")
    prompter.new_passphrase = NEW_PASSPHRASE
    assert window.new_database()
    (asked,) = prompter.questions("new_passphrase")
    assert asked[1] == "Choose a passphrase" and "BANBAT 2 (bn2.sqlite)" in asked[2]
    window.store.close()
    encryption.lock()
    encryption.unlock(tmp_path / "bn2.sqlite", NEW_PASSPHRASE)


def test_change_passphrase_checks_the_current_one_then_rekeys(window, db_path, prompter):
    backup = backups.backup_before(window.store)
    prompter.change_answers = [
        ("not the passphrase", NEW_PASSPHRASE, NEW_PASSPHRASE),
        (PASSPHRASE, NEW_PASSPHRASE, NEW_PASSPHRASE),
    ]
    assert window.change_passphrase_action.isEnabled()
    window.change_passphrase_action.trigger()
    (refused,) = prompter.questions("change refused")
    assert "bn1.sqlite does not open with this passphrase" in refused[2]
    (done,) = prompter.questions("inform")
    assert done[1] == "Change passphrase"
    assert done[2].startswith("The passphrase of bn1.sqlite is changed.")
    window.store.close()
    encryption.lock()
    with pytest.raises(encryption.WrongPassphraseError):
        encryption.unlock(db_path, PASSPHRASE)
    with pytest.raises(encryption.WrongPassphraseError):
        encryption.unlock(backup, PASSPHRASE)
    encryption.unlock(backup, NEW_PASSPHRASE)  # the backups follow the database
    encryption.unlock(db_path, NEW_PASSPHRASE)


def test_the_change_passphrase_dialog_says_what_is_wrong(qtbot, window, db_path):
    window.prompter = RealPassphrases()
    window.prompter.set_parent(window)
    failures: list = []
    seen: dict[str, str] = {}

    def act(dialog: ChangePassphraseDialog) -> None:
        type_into(qtbot, dialog.current_edit, PASSPHRASE)
        type_into(qtbot, dialog.passphrase_edit, NEW_PASSPHRASE)
        type_into(qtbot, dialog.repeat_edit, "river mango")
        qtbot.mouseClick(dialog.change_button, Qt.MouseButton.LeftButton)
        seen["differ"] = dialog.error_label.text()
        type_into(qtbot, dialog.current_edit, "a wrong current one")
        type_into(qtbot, dialog.repeat_edit, NEW_PASSPHRASE)
        qtbot.mouseClick(dialog.change_button, Qt.MouseButton.LeftButton)
        seen["wrong"] = dialog.error_label.text()
        seen["focus"] = dialog.focusWidget().objectName()
        assert encryption.derive(PASSPHRASE, encryption.key_for(db_path).salt) == (
            encryption.key_for(db_path)
        )  # nothing changed yet
        type_into(qtbot, dialog.current_edit, PASSPHRASE)
        qtbot.mouseClick(dialog.change_button, Qt.MouseButton.LeftButton)

    when_shown(ChangePassphraseDialog, act, failures)
    when_shown(QMessageBox, lambda box: box.accept(), failures)
    assert window.change_passphrase()
    assert failures == []
    assert "The two passphrases differ" in seen["differ"]
    assert "bn1.sqlite does not open with this passphrase" in seen["wrong"]
    assert seen["focus"] == "currentPassphraseEdit"
    window.store.close()
    encryption.lock()
    encryption.unlock(db_path, NEW_PASSPHRASE)


def test_a_read_only_database_cannot_have_its_passphrase_changed(qtbot, db_path, prompter):
    from cimicdesk.app import build_main_window

    create_database(db_path, "BANBAT 1", UnitLevel.BATTALION, passphrase=PASSPHRASE).close()
    store = open_read_only(db_path, "Read only for this test.")
    window = build_main_window(store, prompter)
    qtbot.addWidget(window)
    try:
        assert not window.change_passphrase_action.isEnabled()
        assert not window.change_passphrase()
        (error,) = prompter.questions("error")
        assert error[2] == "Read only for this test."
    finally:
        store.close()
