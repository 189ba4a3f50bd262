"""The one seam for every question to the user; tests replace it with a scripted subclass."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from cimicdesk.domain.enums import UnitLevel

DATABASE_FILTER = "CIMIC Desk databases (*.sqlite *.db);;All files (*)"


class Prompter:
    """Asks the user through modal dialogs; each method returns the answer.

    Attributes: parent (the widget dialogs are centred on; set once the main window exists).
    """

    def __init__(self, parent: QWidget | None = None):
        self.parent = parent

    def set_parent(self, parent: QWidget | None) -> None:
        self.parent = parent

    def confirm(self, title: str, question: str, *, action: str = "OK") -> bool:
        """Yes/no question; `action` labels the button that says yes (e.g. 'Delete')."""
        box = QMessageBox(QMessageBox.Icon.Question, title, question, parent=self.parent)
        yes = box.addButton(action, QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is yes

    def inform(self, title: str, message: str) -> None:
        QMessageBox.information(self.parent, title, message)

    def error(self, title: str, message: str) -> None:
        QMessageBox.critical(self.parent, title, message)

    def ask_unit(self) -> tuple[str, UnitLevel] | None:
        """The unit a new database belongs to, or None if the user cancels."""
        dialog = UnitDialog(self.parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.answer()

    def choose_database_to_open(self, folder: Path) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(
            self.parent, "Open database", str(folder), DATABASE_FILTER
        )
        return Path(name) if name else None

    def choose_new_database(self, folder: Path) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(
            self.parent, "New database", str(folder / "cimicdesk.sqlite"), DATABASE_FILTER
        )
        return Path(name) if name else None


class UnitDialog(QDialog):
    """Asks the unit's name and level when a database is created."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle("Your unit")
        layout = QVBoxLayout(self)
        intro = QLabel(
            "CIMIC Desk keeps one database per unit. Which unit is this database for? "
            "The name appears on reference numbers (e.g. BANBAT1-2026-0001) and reports."
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText("e.g. BANBAT 1")
        self.level_combo = QComboBox()
        for level in UnitLevel:
            self.level_combo.addItem(level.label, level.value)
        form.addRow("Unit &name:", self.name_edit)
        form.addRow("&Level:", self.level_combo)
        layout.addLayout(form)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._accept_if_named)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _accept_if_named(self) -> None:
        if self.name_edit.text().strip():
            self.accept()
        else:
            self.name_edit.setFocus()

    def answer(self) -> tuple[str, UnitLevel]:
        return self.name_edit.text().strip(), UnitLevel(self.level_combo.currentData())
