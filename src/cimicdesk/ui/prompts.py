"""The one seam for every question to the user; tests replace it with a scripted subclass."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Literal

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
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
from cimicdesk.domain.qip import MissionSettings
from cimicdesk.ui.i18n import label, message
from cimicdesk.ui.operation_dialogs import (
    MissionSettingsDialog,
    MomentDialog,
    TransitionAnswer,
    TransitionDialog,
)
from cimicdesk.ui.passphrase_dialogs import (
    ChangePassphraseDialog,
    NewPassphraseDialog,
    UnlockDialog,
)
from cimicdesk.ui.start_folders import (
    DATABASE,
    EXPORT,
    IMPORT,
    MAPS,
    PHOTOS,
    REPORTS,
    remember,
    start_folder,
    start_path,
)
from cimicdesk.ui.widgets.wheel_guard import guard_wheel

DATABASE_FILTER = QT_TRANSLATE_NOOP(
    "Prompter", "CIMIC Desk databases (*.sqlite *.db);;All files (*)"
)
PHOTO_FILTER = QT_TRANSLATE_NOOP(
    "Prompter", "Photos (*.jpg *.jpeg *.png *.tif *.tiff *.bmp *.webp *.heic);;All files (*)"
)
EXPORT_FILTER = QT_TRANSLATE_NOOP("Prompter", "CIMIC Desk exports (*.cimic);;All files (*)")
MAP_FILTER = QT_TRANSLATE_NOOP("Prompter", "MBTiles maps (*.mbtiles);;All files (*)")
OVERLAY_FILTER = QT_TRANSLATE_NOOP(
    "Prompter", "Overlays: GeoJSON or shapefile (*.geojson *.json *.shp);;All files (*)"
)
GEONAMES_FILTER = QT_TRANSLATE_NOOP("Prompter", "GeoNames country files (*.txt);;All files (*)")
translate = QCoreApplication.translate
# What the officer answers about unsaved changes: save them first, drop them, or stay.
UnsavedAnswer = Literal["save", "discard", "cancel"]


class Prompter:
    """Asks the user through modal dialogs; each method returns the answer.

    Titles and questions come translated from the caller; a message from below ui (an
    exception's text) is translated here as well (i18n.message leaves others alone).
    Attributes: parent (the widget dialogs are centred on; set once the main window exists).
    """

    def __init__(self, parent: QWidget | None = None):
        self.parent = parent

    def set_parent(self, parent: QWidget | None) -> None:
        self.parent = parent

    def confirm(self, title: str, question: str, *, action: str = "") -> bool:
        """Yes/no question; `action` labels the button that says yes (e.g. 'Delete')."""
        box = QMessageBox(QMessageBox.Icon.Question, title, message(question), parent=self.parent)
        yes = box.addButton(
            action or translate("Prompter", "OK"), QMessageBox.ButtonRole.AcceptRole
        )
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is yes

    def ask_unsaved(self, title: str, question: str) -> UnsavedAnswer:
        """Unsaved changes: 'save' (then go on), 'discard' (go on without them) or 'cancel'
        (stay). Enter saves; Esc cancels."""
        box = QMessageBox(QMessageBox.Icon.Question, title, message(question), parent=self.parent)
        save = box.addButton(translate("Prompter", "&Save"), QMessageBox.ButtonRole.AcceptRole)
        discard = box.addButton(
            translate("Prompter", "&Discard changes"), QMessageBox.ButtonRole.DestructiveRole
        )
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(save)
        box.setEscapeButton(cancel)
        box.exec()
        clicked = box.clickedButton()
        if clicked is save:
            return "save"
        return "discard" if clicked is discard else "cancel"

    def inform(self, title: str, text: str) -> None:
        QMessageBox.information(self.parent, title, message(text))

    def error(self, title: str, text: str) -> None:
        QMessageBox.critical(self.parent, title, message(text))

    # Operations: QIP moves, flash reports, photos, the mission's QIP rules ----------

    def ask_transition(
        self,
        title: str,
        question: str,
        *,
        default_date: date,
        recorded_by: str = "",
        note_required: bool = False,
    ) -> TransitionAnswer | None:
        """The date, recorder and note of a QIP's move; None if the user cancels."""
        dialog = TransitionDialog(
            title,
            question,
            default_date=default_date,
            recorded_by=recorded_by,
            note_required=note_required,
            parent=self.parent,
        )
        return dialog.answer() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def ask_time(self, title: str, question: str, default: str) -> str | None:
        """A date and time in Zulu, as a stamp ('2026-11-25T09:30:00.000Z'); None: cancel."""
        dialog = MomentDialog(title, question, default, self.parent)
        return dialog.answer() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def choose_photo(self, folder: Path) -> Path | None:
        return self._open_file(
            PHOTOS,
            translate("Prompter", "Add a photo"),
            folder,
            translate("Prompter", PHOTO_FILTER),
        )

    def choose_map_file(self, folder: Path) -> Path | None:
        """An MBTiles map file to add to the database's maps folder (Map page)."""
        return self._open_file(
            MAPS,
            translate("Prompter", "Add a map file"),
            folder,
            translate("Prompter", MAP_FILTER),
        )

    def choose_overlay_file(self, folder: Path) -> Path | None:
        """A GeoJSON file or shapefile to add as an overlay to the maps folder (Map page)."""
        return self._open_file(
            MAPS,
            translate("Prompter", "Add an overlay"),
            folder,
            translate("Prompter", OVERLAY_FILTER),
        )

    def ask_mission_settings(self, settings: MissionSettings) -> MissionSettings | None:
        """New QIP rules (ceiling, longest plan) starting from `settings`; None: cancel."""
        dialog = MissionSettingsDialog(settings, self.parent)
        return dialog.answer() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def ask_unit(self) -> tuple[str, UnitLevel, str] | None:
        """The unit a new database belongs to (name, level, the formation it reports to),
        or None if the user cancels."""
        dialog = UnitDialog(self.parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.answer()

    def choose_database_to_open(self, folder: Path) -> Path | None:
        return self._open_file(
            DATABASE,
            translate("Prompter", "Open database"),
            folder,
            translate("Prompter", DATABASE_FILTER),
        )

    def choose_new_database(self, folder: Path) -> Path | None:
        return self._save_file(
            DATABASE,
            translate("Prompter", "New database"),
            folder / "cimicdesk.sqlite",
            translate("Prompter", DATABASE_FILTER),
        )

    def choose_report_file(self, title: str, suggested: Path, file_filter: str) -> Path | None:
        """Where to write a report: `suggested` is the name offered first, in the folder
        reports last went to (else its own folder)."""
        return self._save_file(REPORTS, title, suggested, file_filter)

    def offer(self, title: str, text: str, *, action: str, dismiss: str = "") -> bool:
        """A message with one thing to do about it (e.g. 'Open it'); True if it is chosen."""
        box = QMessageBox(QMessageBox.Icon.Information, title, message(text), parent=self.parent)
        yes = box.addButton(action, QMessageBox.ButtonRole.AcceptRole)
        close = box.addButton(
            dismiss or translate("Prompter", "Close"), QMessageBox.ButtonRole.RejectRole
        )
        box.setDefaultButton(close)
        box.exec()
        return box.clickedButton() is yes

    def open_file(self, path: Path) -> bool:
        """Show a local file in the desktop's program for it (PDF viewer, spreadsheet)."""
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    # Sync: exchange of unit files, handover and takeover (issue 5) -------------------

    def choose_export_file(self, suggested: Path) -> Path | None:
        """Where to write an export for higher HQ: `suggested` is the name offered first."""
        return self._save_file(
            EXPORT,
            translate("Prompter", "Export for higher HQ"),
            suggested,
            translate("Prompter", EXPORT_FILTER),
        )

    def choose_unit_files(self, folder: Path) -> list[Path]:
        """Unit export files to import (several at once); [] when the user cancels."""
        dialog = self._file_dialog(
            IMPORT,
            translate("Prompter", "Import unit files"),
            start_folder(IMPORT, folder),
            translate("Prompter", EXPORT_FILTER),
        )
        dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
        return [Path(name) for name in self._chosen(dialog, IMPORT)]

    def choose_export_to_take_over(self, folder: Path) -> Path | None:
        """The handover export of the outgoing contingent."""
        return self._open_file(
            IMPORT,
            translate("Prompter", "Take over database: the handover export"),
            folder,
            translate("Prompter", EXPORT_FILTER),
        )

    def choose_card(self, folder: Path) -> Path | None:
        """A unit's or a headquarters' card to enrol."""
        return self._open_file(
            IMPORT,
            translate("Prompter", "Enrol a card"),
            folder,
            translate("Prompter", "CIMIC Desk cards (*.card);;All files (*)"),
        )

    def choose_install_path(self, suggested: Path) -> Path | None:
        """Where the database taken over is installed (a new file)."""
        return self._save_file(
            DATABASE,
            translate("Prompter", "Take over database: install it as"),
            suggested,
            translate("Prompter", DATABASE_FILTER),
        )

    def choose_geonames_file(self, folder: Path) -> Path | None:
        """A GeoNames country file (CF.txt) to add to the gazetteer."""
        return self._open_file(
            IMPORT,
            translate("Prompter", "Import a GeoNames country file"),
            folder,
            translate("Prompter", GEONAMES_FILTER),
        )

    def choose_folder(self, title: str, folder: Path, purpose: str = EXPORT) -> Path | None:
        """A folder (the handover's, by default remembered with the exports')."""
        dialog = self._file_dialog(purpose, title, start_folder(purpose, folder), "")
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
        chosen = self._chosen(dialog, purpose)
        return Path(chosen[0]) if chosen else None

    # The file dialogs: each opens in the folder last used for its purpose, else in the
    # folder its caller offers (beside the database); see start_folders. ---------------

    def _file_dialog(self, purpose: str, title: str, folder: Path, file_filter: str) -> QFileDialog:
        """A file dialog opening in `folder` (native where the desktop has one)."""
        dialog = QFileDialog(self.parent, title, str(folder), file_filter)
        dialog.setObjectName(f"{purpose}FileDialog")
        dialog.setDirectory(str(folder))
        return dialog

    def _chosen(self, dialog: QFileDialog, purpose: str) -> list[str]:
        """Show `dialog`; the paths chosen ([] when cancelled), their folder remembered."""
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return []
            names = [name for name in dialog.selectedFiles() if name]
        finally:
            dialog.deleteLater()
        if names:
            remember(purpose, Path(names[0]))
        return names

    def _open_file(self, purpose: str, title: str, folder: Path, file_filter: str) -> Path | None:
        """One existing file, looked for first in the folder last used for `purpose`."""
        dialog = self._file_dialog(purpose, title, start_folder(purpose, folder), file_filter)
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        chosen = self._chosen(dialog, purpose)
        return Path(chosen[0]) if chosen else None

    def _save_file(
        self, purpose: str, title: str, suggested: Path, file_filter: str
    ) -> Path | None:
        """A file to write: `suggested`'s name offered in the folder last used for
        `purpose` (else `suggested`'s own)."""
        start = start_path(purpose, suggested)
        dialog = self._file_dialog(purpose, title, start.parent, file_filter)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setFileMode(QFileDialog.FileMode.AnyFile)
        dialog.selectFile(start.name)
        chosen = self._chosen(dialog, purpose)
        return Path(chosen[0]) if chosen else None

    def ask_text(self, title: str, question: str, default: str = "") -> str | None:
        """One line of text (e.g. a name); None when the user cancels."""
        from PySide6.QtWidgets import QInputDialog

        text, ok = QInputDialog.getText(
            self.parent, title, question, QLineEdit.EchoMode.Normal, default
        )
        return text.strip() if ok else None

    def choose_item(self, title: str, question: str, items: list[str]) -> int | None:
        """The index of the choice made among `items`; None when the user cancels."""
        from PySide6.QtWidgets import QInputDialog

        text, ok = QInputDialog.getItem(self.parent, title, question, items, 0, False)
        return items.index(text) if ok and text in items else None

    # End of the sync block ----------------------------------------------------------

    # Passphrases: unlock an encrypted database, choose one, change it (issue 13) -----

    def unlock(self, path: Path, check: Callable[[str], str], note: str = "") -> bool:
        """Ask the passphrase of `path` until check(passphrase) answers '' (it opened the
        file; a wrong one's reason is shown and the officer tries again); False: cancelled.
        `note` says why this file is asked for, when that is not plain."""
        dialog = UnlockDialog(path, check, note, self.parent)
        try:
            return dialog.exec() == QDialog.DialogCode.Accepted
        finally:
            dialog.deleteLater()

    def ask_new_passphrase(self, title: str, intro: str) -> str | None:
        """A new passphrase, typed twice and long enough; None when the officer cancels."""
        dialog = NewPassphraseDialog(title, intro, parent=self.parent)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            return dialog.passphrase()
        finally:
            dialog.deleteLater()

    def change_passphrase(self, path: Path, change: Callable[[str, str, str], str]) -> bool:
        """The current passphrase and a new one twice, until change(current, new, repeated)
        answers '' (done); False: cancelled."""
        dialog = ChangePassphraseDialog(path, change, self.parent)
        try:
            return dialog.exec() == QDialog.DialogCode.Accepted
        finally:
            dialog.deleteLater()


class UnitDialog(QDialog):
    """Asks the unit's name, level and parent formation when a database is created."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Your unit"))
        self.setMinimumWidth(420)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "CIMIC Desk keeps one database per unit. Which unit is this database for? "
                "The name appears on reference numbers (e.g. BANBAT1-2026-0001) and reports."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("e.g. BANBAT 1"))
        self.level_combo = QComboBox()
        for level in UnitLevel:
            self.level_combo.addItem(label(level), level.value)
        # Says what is missing when OK is pressed without a name; its line is kept
        # (blank) from the start, so nothing moves when it appears.
        self.name_problem = QLabel()
        self.name_problem.setObjectName("nameProblem")
        self.name_problem.setStyleSheet("color: #b00020;")
        self.name_problem.setFixedHeight(self.name_problem.fontMetrics().height() + 2)
        self.name_edit.textEdited.connect(lambda _text: self.name_problem.clear())
        self.parent_edit = QLineEdit()
        self.parent_edit.setPlaceholderText(self.tr("e.g. Sector Centre"))
        self.parent_edit.setToolTip(
            self.tr(
                "The formation your unit reports to (may stay empty); it appears on your reports."
            )
        )
        form.addRow(self.tr("Unit &name:"), self.name_edit)
        form.addRow("", self.name_problem)
        form.addRow(self.tr("&Level:"), self.level_combo)
        form.addRow(self.tr("&Reports to:"), self.parent_edit)
        layout.addLayout(form)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._accept_if_named)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        guard_wheel(self)  # an unfocused field ignores the wheel, as in the editors

    def _accept_if_named(self) -> None:
        if self.name_edit.text().strip():
            self.accept()
        else:
            self.name_problem.setText(self.tr("Give the unit's name, e.g. BANBAT 1."))
            self.name_edit.setFocus()

    def answer(self) -> tuple[str, UnitLevel, str]:
        """The unit's name, level and the formation it reports to ('' when none)."""
        return (
            self.name_edit.text().strip(),
            UnitLevel(self.level_combo.currentData()),
            self.parent_edit.text().strip(),
        )
