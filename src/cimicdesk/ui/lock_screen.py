"""What the locked window shows instead of its records: the file's name, a passphrase field
and Unlock (nothing of the database's content)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cimicdesk.ui.passphrase_dialogs import NOTE_STYLE, PassphraseEdit, error_label

PANEL_STYLE = (
    "#lockPanel { background: palette(base); border: 1px solid palette(mid); border-radius: 6px; }"
)


class LockScreen(QWidget):
    """A panel in the middle of the window: padlock, '<file> is locked', the passphrase
    field and Unlock; a wrong passphrase is said under the field.

    unlock_requested(passphrase) is emitted when Unlock is pressed (or Enter); the window
    answers with show_error() or by leaving the lock screen. While the window is still
    locking (a job or a dialog to finish first) show_waiting() says so and the field
    waits. Attributes: title_label, detail_label, passphrase_edit, unlock_button,
    error_label, waiting_label.
    """

    unlock_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("lockScreen")
        outer = QVBoxLayout(self)
        outer.addStretch(2)
        row = QHBoxLayout()
        row.addStretch(1)
        panel = QFrame()
        panel.setObjectName("lockPanel")
        panel.setStyleSheet(PANEL_STYLE)
        panel.setMinimumWidth(460)
        panel.setMaximumWidth(560)
        row.addWidget(panel)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(3)

        layout = QVBoxLayout(panel)
        layout.setContentsMargins(28, 24, 28, 24)
        layout.setSpacing(10)
        icon = QLabel()
        icon.setPixmap(QIcon(":/icons/lock").pixmap(64, 64))
        icon.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(icon)
        self.title_label = QLabel()
        self.title_label.setObjectName("lockTitle")
        self.title_label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.title_label.setWordWrap(True)
        font = self.title_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.title_label.setFont(font)
        layout.addWidget(self.title_label)
        self.detail_label = QLabel()
        self.detail_label.setObjectName("lockDetail")
        self.detail_label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.detail_label.setWordWrap(True)
        self.detail_label.setStyleSheet(NOTE_STYLE)
        layout.addWidget(self.detail_label)
        layout.addSpacing(6)
        prompt = QLabel(self.tr("&Passphrase:"))
        self.passphrase_edit = PassphraseEdit()
        self.passphrase_edit.setObjectName("lockPassphraseEdit")
        prompt.setBuddy(self.passphrase_edit)
        layout.addWidget(prompt)
        field = QHBoxLayout()
        field.addWidget(self.passphrase_edit, 1)
        self.unlock_button = QPushButton(self.tr("&Unlock"))
        self.unlock_button.setObjectName("lockUnlockButton")
        self.unlock_button.setDefault(True)
        field.addWidget(self.unlock_button)
        layout.addLayout(field)
        self.error_label = error_label()
        layout.addWidget(self.error_label)
        self.waiting_label = QLabel()
        self.waiting_label.setObjectName("lockWaiting")
        self.waiting_label.setWordWrap(True)
        self.waiting_label.setStyleSheet(NOTE_STYLE)
        self.waiting_label.hide()
        layout.addWidget(self.waiting_label)
        self.unlock_button.clicked.connect(self._unlock)
        self.passphrase_edit.returnPressed.connect(self._unlock)

    def show_for(self, path: Path) -> None:
        """Say which file is locked; the field empty, no error."""
        path = Path(path)
        self.title_label.setText(self.tr("{name} is locked").format(name=path.name))
        self.detail_label.setText(
            self.tr(
                "In {folder}. Its records are hidden and its key is forgotten: type the "
                "passphrase to go back to work where you left off."
            ).format(folder=Path(path).resolve().parent)
        )
        self.detail_label.setToolTip(str(path))
        self.passphrase_edit.clear()
        self.passphrase_edit.reveal(False)
        self.error_label.hide()

    def show_waiting(self, text: str) -> None:
        """The window is still locking: say what it waits for; the field waits too."""
        self.waiting_label.setText(text)
        self.waiting_label.setVisible(bool(text))
        for widget in (self.passphrase_edit, self.unlock_button):
            widget.setEnabled(False)

    def ready(self) -> None:
        """Locked: the passphrase can be typed."""
        self.waiting_label.hide()
        for widget in (self.passphrase_edit, self.unlock_button):
            widget.setEnabled(True)
        self.passphrase_edit.setFocus()

    def show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()
        self.passphrase_edit.setFocus()
        self.passphrase_edit.selectAll()

    def _unlock(self) -> None:
        if not self.unlock_button.isEnabled():
            return
        typed = self.passphrase_edit.text()
        if not typed:
            self.show_error(self.tr("Type the passphrase first."))
            return
        self.unlock_requested.emit(typed)
