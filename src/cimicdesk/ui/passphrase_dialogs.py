"""The passphrase dialogs: unlock an encrypted database, choose a new passphrase, change it.

Only the prompter opens them (ui/prompts.py). They never hold a key: the unlock and change
dialogs hand what was typed to a function of the caller's (`check`, `change`) that answers
'' when it worked, else the reason in the window's language, shown in the dialog while
the officer tries again. The fields are emptied when the dialog closes.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cimicdesk.store import encryption
from cimicdesk.ui.editors.base import ERROR_STYLE
from cimicdesk.ui.i18n import message

WARNING_STYLE = (
    "#passphraseWarning { background: #fff4d6; border: 1px solid #d9b44a; border-radius: 3px; }"
)
NOTE_STYLE = "color: #555;"
translate = QCoreApplication.translate

# check(passphrase) -> '' when it opened the file, else why not (in the window's language)
Check = Callable[[str], str]
# change(current, new, repeated) -> '' when the passphrase was changed, else why not
Change = Callable[[str, str, str], str]


class PassphraseEdit(QLineEdit):
    """A passphrase field: dots, and an eye at its end that shows or hides what is typed.

    Attributes: reveal_action (the eye, checkable: checked while the text shows).
    """

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setEchoMode(QLineEdit.EchoMode.Password)
        self.setInputMethodHints(
            Qt.InputMethodHint.ImhHiddenText
            | Qt.InputMethodHint.ImhSensitiveData
            | Qt.InputMethodHint.ImhNoPredictiveText
            | Qt.InputMethodHint.ImhNoAutoUppercase
        )
        self.setMinimumWidth(280)
        self.reveal_action = self.addAction(
            QIcon(":/icons/eye"), QLineEdit.ActionPosition.TrailingPosition
        )
        self.reveal_action.setObjectName("revealAction")
        self.reveal_action.setCheckable(True)
        self.reveal_action.toggled.connect(self.reveal)
        self.reveal(False)

    def reveal(self, shown: bool) -> None:
        """Show the passphrase as text (shown) or as dots."""
        self.setEchoMode(QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password)
        self.reveal_action.setIcon(QIcon(":/icons/eye-off" if shown else ":/icons/eye"))
        self.reveal_action.setToolTip(
            self.tr("Hide the passphrase") if shown else self.tr("Show the passphrase")
        )
        if self.reveal_action.isChecked() != shown:
            self.reveal_action.setChecked(shown)

    def is_revealed(self) -> bool:
        return self.echoMode() == QLineEdit.EchoMode.Normal


def error_label() -> QLabel:
    """A red, wrapped line for what went wrong; hidden until there is something to say."""
    label = QLabel()
    label.setObjectName("passphraseError")
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.hide()
    return label


def lock_heading(title: str, detail: str = "") -> QHBoxLayout:
    """The padlock, a bold title and a smaller line under it (the file's folder)."""
    row = QHBoxLayout()
    icon = QLabel()
    icon.setPixmap(QIcon(":/icons/lock").pixmap(48, 48))
    icon.setAlignment(Qt.AlignmentFlag.AlignTop)
    row.addWidget(icon)
    column = QVBoxLayout()
    heading = QLabel(title)
    heading.setObjectName("passphraseHeading")
    heading.setWordWrap(True)
    font = heading.font()
    font.setPointSizeF(font.pointSizeF() * 1.3)
    font.setBold(True)
    heading.setFont(font)
    column.addWidget(heading)
    if detail:
        below = QLabel(detail)
        below.setObjectName("passphraseDetail")
        below.setWordWrap(True)
        below.setStyleSheet(NOTE_STYLE)
        column.addWidget(below)
    column.addStretch(1)
    row.addLayout(column, 1)
    return row


def rules_text() -> str:
    """What a passphrase must be, as the new and change dialogs say it."""
    return translate(
        "Passphrase",
        "At least {minimum} characters. A few unrelated words, with a number or two, are easy "
        "to remember and hard to guess.",
    ).format(minimum=encryption.MIN_PASSPHRASE_LENGTH)


def warning_box() -> QFrame:
    """The plain warning every new passphrase comes with: lost means lost."""
    frame = QFrame()
    frame.setObjectName("passphraseWarning")
    frame.setStyleSheet(WARNING_STYLE)
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(8, 6, 8, 6)
    label = QLabel(
        translate(
            "Passphrase",
            "<b>A lost passphrase cannot be recovered.</b> Nobody can open the database or "
            "its backups without it: not your headquarters, not the makers of CIMIC Desk. "
            "Keep it as you keep other classified material.",
        )
    )
    label.setObjectName("passphraseWarningText")
    label.setWordWrap(True)
    layout.addWidget(label)
    return frame


def _busy(run: Callable[[], str]) -> str:
    """run() under a wait cursor (deriving a key takes a moment)."""
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        return run()
    finally:
        QGuiApplication.restoreOverrideCursor()


class UnlockDialog(QDialog):
    """Asks the passphrase of an encrypted file, as KeePassXC does: the file's name, the
    field, Unlock and Cancel; a wrong passphrase is said here, and the officer tries again.

    Attributes: path, passphrase_edit, error_label, unlock_button, note_label (why this
    file is asked for, when the caller says so; hidden otherwise).
    """

    def __init__(self, path: Path, check: Check, note: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.path = Path(path)
        self._check = check
        self.setObjectName("unlockDialog")
        self.setWindowTitle(self.tr("Unlock database — CIMIC Desk"))
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addLayout(
            lock_heading(
                self.tr("Unlock {name}").format(name=self.path.name),
                self.tr("In {folder}").format(folder=self.path.resolve().parent),
            )
        )
        self.note_label = QLabel(note)
        self.note_label.setObjectName("unlockNote")
        self.note_label.setWordWrap(True)
        self.note_label.setVisible(bool(note))
        layout.addWidget(self.note_label)
        form = QFormLayout()
        self.passphrase_edit = PassphraseEdit()
        self.passphrase_edit.setObjectName("passphraseEdit")
        form.addRow(self.tr("&Passphrase:"), self.passphrase_edit)
        layout.addLayout(form)
        self.error_label = error_label()
        layout.addWidget(self.error_label)
        buttons = QDialogButtonBox()
        self.unlock_button = buttons.addButton(
            self.tr("&Unlock"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.unlock_button.setObjectName("unlockButton")
        self.unlock_button.setDefault(True)
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setObjectName("cancelButton")
        buttons.accepted.connect(self.try_unlock)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)
        self.passphrase_edit.setFocus()

    def try_unlock(self) -> bool:
        """Check what is typed; close when it opens the file, else say why and stay."""
        typed = self.passphrase_edit.text()
        if not typed:
            self.show_error(self.tr("Type the passphrase of {name}.").format(name=self.path.name))
            return False
        problem = _busy(lambda: self._check(typed))
        if problem:
            self.show_error(problem)
            return False
        self.accept()
        return True

    def show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()
        self.passphrase_edit.setFocus()
        self.passphrase_edit.selectAll()

    def done(self, result: int) -> None:
        self.passphrase_edit.clear()
        super().done(result)


class NewPassphraseDialog(QDialog):
    """Asks a new passphrase, typed twice, with the rules and the warning that a lost one
    cannot be recovered; OK only once passphrase_problem() finds nothing.

    Attributes: intro_label, passphrase_edit, repeat_edit, rules_label, error_label,
    ok_button. passphrase() is the answer once accepted.
    """

    def __init__(self, title: str, intro: str, *, action: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("newPassphraseDialog")
        self.setWindowTitle(title)
        self._answer = ""
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addLayout(lock_heading(title, intro))
        self.intro_label = self.findChild(QLabel, "passphraseDetail")
        form = QFormLayout()
        self.passphrase_edit = PassphraseEdit()
        self.passphrase_edit.setObjectName("newPassphraseEdit")
        self.repeat_edit = PassphraseEdit()
        self.repeat_edit.setObjectName("repeatPassphraseEdit")
        form.addRow(self.tr("New &passphrase:"), self.passphrase_edit)
        form.addRow(self.tr("Type it &again:"), self.repeat_edit)
        self.rules_label = QLabel(rules_text())
        self.rules_label.setObjectName("passphraseRules")
        self.rules_label.setWordWrap(True)
        self.rules_label.setStyleSheet(NOTE_STYLE)
        form.addRow("", self.rules_label)
        layout.addLayout(form)
        layout.addWidget(warning_box())
        self.error_label = error_label()
        layout.addWidget(self.error_label)
        buttons = QDialogButtonBox()
        self.ok_button = buttons.addButton(
            action or self.tr("&Set passphrase"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.ok_button.setObjectName("setPassphraseButton")
        self.ok_button.setDefault(True)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.try_accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(500)
        self.passphrase_edit.setFocus()

    def try_accept(self) -> bool:
        first, second = self.passphrase_edit.text(), self.repeat_edit.text()
        problem = encryption.passphrase_problem(first, second)
        if problem is not None:
            self.error_label.setText(message(problem))
            self.error_label.show()
            field = self.repeat_edit if len(first) >= encryption.MIN_PASSPHRASE_LENGTH else None
            (field or self.passphrase_edit).setFocus()
            (field or self.passphrase_edit).selectAll()
            return False
        self._answer = first
        self.accept()
        return True

    def passphrase(self) -> str:
        """The passphrase chosen ('' unless accepted)."""
        return self._answer

    def done(self, result: int) -> None:
        self.passphrase_edit.clear()
        self.repeat_edit.clear()
        super().done(result)


class ChangePassphraseDialog(QDialog):
    """File → Change passphrase: the current one (a passer-by at an unlocked laptop must
    not set one the officer does not know), the new one twice; errors said here.

    Attributes: current_edit, passphrase_edit, repeat_edit, error_label, change_button.
    """

    def __init__(self, path: Path, change: Change, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("changePassphraseDialog")
        self._change = change
        path = Path(path)
        self.setWindowTitle(self.tr("Change passphrase — CIMIC Desk"))
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addLayout(
            lock_heading(
                self.tr("Change the passphrase of {name}").format(name=path.name),
                self.tr(
                    "The new passphrase will open the database and its backups; the old one "
                    "will no longer open them."
                ),
            )
        )
        form = QFormLayout()
        self.current_edit = PassphraseEdit()
        self.current_edit.setObjectName("currentPassphraseEdit")
        self.passphrase_edit = PassphraseEdit()
        self.passphrase_edit.setObjectName("newPassphraseEdit")
        self.repeat_edit = PassphraseEdit()
        self.repeat_edit.setObjectName("repeatPassphraseEdit")
        form.addRow(self.tr("&Current passphrase:"), self.current_edit)
        form.addRow(self.tr("New &passphrase:"), self.passphrase_edit)
        form.addRow(self.tr("Type it &again:"), self.repeat_edit)
        rules = QLabel(rules_text())
        rules.setObjectName("passphraseRules")
        rules.setWordWrap(True)
        rules.setStyleSheet(NOTE_STYLE)
        form.addRow("", rules)
        layout.addLayout(form)
        layout.addWidget(warning_box())
        self.error_label = error_label()
        layout.addWidget(self.error_label)
        buttons = QDialogButtonBox()
        self.change_button: QPushButton = buttons.addButton(
            self.tr("C&hange passphrase"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.change_button.setObjectName("changePassphraseButton")
        self.change_button.setDefault(True)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.try_change)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)
        self.current_edit.setFocus()

    def try_change(self) -> bool:
        current = self.current_edit.text()
        first, second = self.passphrase_edit.text(), self.repeat_edit.text()
        if not current:
            return self._refuse(self.tr("Type the passphrase in use now."), self.current_edit)
        problem = encryption.passphrase_problem(first, second)
        if problem is not None:
            short = len(first) < encryption.MIN_PASSPHRASE_LENGTH
            field = self.passphrase_edit if short else self.repeat_edit
            return self._refuse(message(problem), field)
        refused = _busy(lambda: self._change(current, first, second))
        if refused:
            return self._refuse(refused, self.current_edit)
        self.accept()
        return True

    def _refuse(self, text: str, field: QLineEdit) -> bool:
        self.error_label.setText(text)
        self.error_label.show()
        field.setFocus()
        field.selectAll()
        return False

    def done(self, result: int) -> None:
        for field in (self.current_edit, self.passphrase_edit, self.repeat_edit):
            field.clear()
        super().done(result)
