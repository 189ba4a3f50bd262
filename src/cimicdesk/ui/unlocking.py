"""Opening an encrypted database in the window: ask its passphrase, or a new one, or offer to
encrypt a plain database of an earlier version.

Every place the window opens a file goes through open_unlocked(); the questions are the
prompter's (unlock, ask_new_passphrase, offer), so the tests answer them as they answer
the others.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication

from cimicdesk.store import encryption, file_copies
from cimicdesk.ui.i18n import message
from cimicdesk.ui.prompts import Prompter

T = TypeVar("T")
translate = QCoreApplication.translate
_TRIES = 4  # unlock, convert, a key that no longer fits: never more questions than these


def ask_to_unlock(path: Path, prompter: Prompter, note: str = "") -> bool:
    """The unlock dialog for `path`: True once its passphrase is right (the key is kept in
    this process), False when the officer cancels. A wrong passphrase changes nothing."""
    path = Path(path)

    def check(passphrase: str) -> str:
        try:
            encryption.unlock(path, passphrase)
        except encryption.WrongPassphraseError as exc:
            return message(exc)
        return ""

    return prompter.unlock(path, check, note)


def ask_new_passphrase(prompter: Prompter, intro: str, title: str = "") -> str | None:
    """A new passphrase (typed twice, long enough), or None when the officer cancels."""
    return prompter.ask_new_passphrase(
        title or translate("Unlocking", "Choose a passphrase"), intro
    )


def new_database_intro(path: Path, unit: str) -> str:
    """What the new-passphrase dialog says when a database is made."""
    return translate(
        "Unlocking",
        "The database of {unit} ({name}) is encrypted on the disk: names, phones and "
        "reports cannot be read without its passphrase. Choose it now: CIMIC Desk asks for "
        "it at every start, and to unlock the window after it was locked.",
    ).format(unit=unit, name=Path(path).name)


def offer_encryption(path: Path, prompter: Prompter, *, dismiss: str = "") -> bool:
    """A plain database of an earlier version: explain, and encrypt it with a new
    passphrase if the officer wants (a backup first; the plain copies are destroyed).
    True once it is encrypted; False when declined. A refusal (the file in use...) is
    raised as convert_database raises it."""
    path = Path(path)
    title = translate("Unlocking", "Encrypt this database?")
    if not prompter.offer(
        title,
        translate(
            "Unlocking",
            "{name} was made by an earlier CIMIC Desk and is not encrypted: anyone who "
            "copies the file can read its names and phones.\n\nCIMIC Desk now encrypts every "
            "database. It will take a backup, encrypt the file with a passphrase you choose, "
            "and destroy the unencrypted copies (the file, its side files and its old "
            "backups). This is done once and takes a moment.",
        ).format(name=path.name),
        action=translate("Unlocking", "Encrypt it…"),
        dismiss=dismiss,
    ):
        return False
    passphrase = ask_new_passphrase(
        prompter,
        translate(
            "Unlocking",
            "Choose the passphrase that will open {name} from now on.",
        ).format(name=path.name),
        translate("Unlocking", "Encrypt {name}").format(name=path.name),
    )
    if passphrase is None:
        return False
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        file_copies.convert_database(path, passphrase)
    finally:
        QGuiApplication.restoreOverrideCursor()
    prompter.inform(
        title,
        translate(
            "Unlocking",
            "{name} is encrypted. A backup was kept, encrypted too; the unencrypted copies "
            "were destroyed.",
        ).format(name=path.name),
    )
    return True


def open_unlocked(
    path: Path,
    prompter: Prompter,
    opener: Callable[[], T],
    *,
    dismiss: str = "",
) -> T | None:
    """opener() (which opens `path`), after asking what it needs: the passphrase of an
    encrypted file not unlocked yet, or the encryption of a plain database of an earlier
    version. None when the officer cancels a question; other refusals are raised.

    dismiss: the label of the button that declines the encryption ('Quit' at start).
    """
    path = Path(path)
    for _ in range(_TRIES):
        try:
            return opener()
        except encryption.PassphraseNeededError:
            if not ask_to_unlock(path, prompter):
                return None
        except encryption.WrongPassphraseError:
            # The key kept under this name does not open the file any more (a backup of
            # another passphrase was put in its place): forget it and ask the file's own.
            if encryption.key_for(path) is None:
                raise
            encryption.forget(path)
            if encryption.key_for(path) is None and not ask_to_unlock(path, prompter):
                return None
        except encryption.PlainDatabaseError:
            if not offer_encryption(path, prompter, dismiss=dismiss):
                return None
    return opener()
