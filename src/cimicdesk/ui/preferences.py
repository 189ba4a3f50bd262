"""Edit → Preferences: language, text size, lock when idle, the backups of the open
database, the unit's default marking and sitrep addressees, and the map's mission area and
places (ui/preferences_map.py), in one small dialog.

OK checks everything, then saves (ui/preferences_settings.py) and applies it to the running
window at once: the idle timer, the text size, the File and View menus' checks, the Reports
page's defaults. The language, like View → Language, applies at the next start (the
window is built in its language and not rebuilt). Cancel changes nothing; an error
(a folder that cannot be written…) is shown in the dialog, which stays open, and nothing
is saved.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QMenu,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from cimicdesk.domain.enums import UnitLevel
from cimicdesk.domain.errors import CimicError
from cimicdesk.reports.data import DEFAULT_MARKING, MARKINGS, default_to_line
from cimicdesk.store import backup_settings, report_settings
from cimicdesk.store.database import Store
from cimicdesk.store.report_settings import ReportSettings
from cimicdesk.ui import i18n, idle_lock, start_folders
from cimicdesk.ui.editors.base import ERROR_STYLE
from cimicdesk.ui.preferences_map import MapGroup
from cimicdesk.ui.preferences_settings import (
    FONT_STEPS,
    Preferences,
    apply_font_size,
    read_preferences,
    save_preferences,
)
from cimicdesk.ui.prompts import Prompter
from cimicdesk.ui.widgets.wheel_guard import guard_wheel

if TYPE_CHECKING:
    from cimicdesk.ui.main_window import MainWindow

FONT_SIZES = tuple(FONT_STEPS)  # the text sizes offered, in the order shown


def shortcut() -> QKeySequence:
    """The platform's Preferences key (Cmd+, on a Mac), else Ctrl+, (Linux and Windows
    have none of their own)."""
    standard = QKeySequence(QKeySequence.StandardKey.Preferences)
    return standard if not standard.isEmpty() else QKeySequence("Ctrl+,")


class PreferencesDialog(QDialog):
    """The preferences of this laptop and of the open database.

    Attributes: store, prompter, shown (the Preferences in force when opened), saved (those
    in force after OK; None until then); language_combo, font_combo, idle_combo,
    folder_edit, folder_button, daily_spin, before_spin, marking_combo, to_edit, cc_edit,
    map_group (mission area and places), error_label, buttons.
    """

    preferences_saved = Signal(object)  # the Preferences now in force

    def __init__(self, store: Store, prompter: Prompter, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("preferencesDialog")
        self.setWindowTitle(self.tr("Preferences"))
        self.store = store
        self.prompter = prompter
        self.shown = read_preferences(store)
        self.saved: Preferences | None = None
        layout = QVBoxLayout(self)
        groups = [self._window_group(), self._backups_group(), self._reports_group()]
        for group in groups:
            layout.addWidget(group)
        _align_labels([g.layout() for g in groups])
        self.map_group = MapGroup(store, prompter, self._show_error)
        layout.addWidget(self.map_group)
        self.error_label = QLabel()
        self.error_label.setObjectName("preferencesError")
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        layout.addWidget(self.error_label)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        guard_wheel(self)  # an unfocused field ignores the wheel, as in the editors
        self.show_preferences(self.shown)

    # Building ---------------------------------------------------------------------

    def _window_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("This laptop"))
        form = QFormLayout(group)
        self.language_combo = QComboBox()
        self.language_combo.addItem(self.tr("Same as the system"), "")
        for code, name in i18n.LANGUAGES.items():
            self.language_combo.addItem(name, code)
        self.language_combo.setToolTip(self.tr("Takes effect at the next start"))
        language = QLabel(self.tr("&Language:"))
        language.setBuddy(self.language_combo)
        form.addRow(language, self._with_note(self.language_combo, self.tr("from the next start")))
        self.font_combo = QComboBox()
        names = {
            "small": self.tr("Small (fits more on a small screen)"),
            "normal": self.tr("Normal"),
            "large": self.tr("Large"),
        }
        for size in FONT_SIZES:
            self.font_combo.addItem(names[size], size)
        form.addRow(self.tr("&Text size:"), self.font_combo)
        self.idle_combo = QComboBox()
        self.idle_combo.addItem(self.tr("Never"), 0)
        for minutes in idle_lock.CHOICES:
            self.idle_combo.addItem(self.tr("After %Ln minute(s)", "", minutes), minutes)
        form.addRow(self.tr("Lock when &idle:"), self.idle_combo)
        return group

    def _backups_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Backups of this database, on this laptop"))
        form = QFormLayout(group)
        self.folder_edit = QLineEdit()
        self.folder_edit.setReadOnly(True)
        self.folder_edit.setMinimumWidth(260)
        self.folder_button = QPushButton(self.tr("C&hoose…"))
        self.folder_button.clicked.connect(self.choose_folder)
        row = QHBoxLayout()
        row.addWidget(self.folder_edit, 1)
        row.addWidget(self.folder_button)
        folder = QLabel(self.tr("&Folder:"))
        folder.setBuddy(self.folder_button)
        form.addRow(folder, row)
        self.daily_spin = self._count_spin(
            self.tr("One a day, the first time the database is opened that day")
        )
        form.addRow(self.tr("&Daily backups kept:"), self.daily_spin)
        self.before_spin = self._count_spin(
            self.tr("Taken before an import, a restore or an upgrade, and by Back up now")
        )
        form.addRow(self.tr("&Other backups kept:"), self.before_spin)
        note = QLabel(
            self.tr(
                "Backups already taken stay where they are and can still be restored; the "
                "oldest are removed as new ones are taken."
            )
        )
        note.setWordWrap(True)
        form.addRow(note)
        return group

    def _reports_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Reports of this unit, saved in the database"))
        form = QFormLayout(group)
        self.marking_combo = QComboBox()
        self.marking_combo.setEditable(True)
        self.marking_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.marking_combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.marking_combo.addItems(list(MARKINGS))
        self.marking_combo.lineEdit().setPlaceholderText(
            self.tr("{marking} (default)").format(marking=i18n.message(MARKINGS[DEFAULT_MARKING]))
        )
        self.marking_combo.lineEdit().setMaxLength(report_settings.MAX_LENGTH)
        self.marking_combo.setToolTip(
            self.tr(
                "Printed at the top and bottom of reports and record sheets, unless a "
                "report's own marking is typed on the Reports page"
            )
        )
        form.addRow(self.tr("Default &marking:"), self.marking_combo)
        self.to_edit = QLineEdit()
        self.to_edit.setMaxLength(report_settings.MAX_LENGTH)
        unit = self.store.unit
        higher = default_to_line(unit, sector=unit.level != UnitLevel.BATTALION)
        self.to_edit.setPlaceholderText(
            self.tr("{addressee} (default)").format(addressee=i18n.message(higher))
        )
        self.to_edit.setToolTip(self.tr("Whom the sitrep is addressed to (its TO line)"))
        form.addRow(self.tr("Sitrep &addressed to:"), self.to_edit)
        self.cc_edit = QLineEdit()
        self.cc_edit.setMaxLength(report_settings.MAX_LENGTH)
        self.cc_edit.setPlaceholderText(self.tr("(none)"))
        self.cc_edit.setToolTip(self.tr("Who gets a copy of the sitrep (its CC line)"))
        form.addRow(self.tr("Sitrep &copy to:"), self.cc_edit)
        reason = self.store.read_only_reason()
        if reason:
            group.setEnabled(False)
            group.setToolTip(i18n.message(reason))
        return group

    def _count_spin(self, tip: str) -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(backup_settings.MIN_KEEP, backup_settings.MAX_KEEP)
        spin.setToolTip(tip)
        return spin

    def _with_note(self, widget: QWidget, note: str) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(widget)
        hint = QLabel(note)
        hint.setEnabled(False)  # greyed: a hint, not a field
        row.addWidget(hint, 1)
        return row

    # Values -----------------------------------------------------------------------

    def show_preferences(self, preferences: Preferences) -> None:
        _select(self.language_combo, preferences.language)
        _select(self.font_combo, preferences.font_size)
        if self.idle_combo.findData(preferences.idle_minutes) < 0:  # a delay set elsewhere
            self.idle_combo.addItem(
                self.tr("After %Ln minute(s)", "", preferences.idle_minutes),
                preferences.idle_minutes,
            )
        _select(self.idle_combo, preferences.idle_minutes)
        self._show_folder(preferences.backup_folder)
        self.daily_spin.setValue(preferences.keep_daily)
        self.before_spin.setValue(preferences.keep_before)
        self.marking_combo.setEditText(preferences.report.marking)
        self.to_edit.setText(preferences.report.to_line)
        self.cc_edit.setText(preferences.report.cc_line)

    def _show_folder(self, folder: Path) -> None:
        self.folder_edit.setText(str(folder))
        self.folder_edit.setToolTip(str(folder))
        self.folder_edit.setCursorPosition(0)

    def chosen(self) -> Preferences:
        """The preferences as the dialog shows them now."""
        return Preferences(
            language=self.language_combo.currentData(),
            font_size=self.font_combo.currentData(),
            idle_minutes=int(self.idle_combo.currentData()),
            backup_folder=Path(self.folder_edit.text()),
            keep_daily=self.daily_spin.value(),
            keep_before=self.before_spin.value(),
            report=ReportSettings(
                marking=self.marking_combo.currentText(),
                to_line=self.to_edit.text(),
                cc_line=self.cc_edit.text(),
            ),
        )

    def choose_folder(self) -> None:
        """Ask for another backups folder (checked on OK)."""
        folder = self.prompter.choose_folder(
            self.tr("Folder for the backups of {name}").format(name=self.store.path.name),
            Path(self.folder_edit.text()),
            purpose=start_folders.BACKUPS,
        )
        if folder is not None:
            self._show_folder(folder)

    def _show_error(self, text: str) -> None:
        """Say what went wrong under the groups ('' hides it)."""
        self.error_label.setText(text)
        self.error_label.setVisible(bool(text))

    def accept(self) -> None:
        """Save and close; on an error say why here, keep the dialog open, save nothing."""
        try:
            self.map_group.save()
            self.saved = save_preferences(self.store, self.chosen())
        except (CimicError, OSError) as exc:
            self._show_error(i18n.message(exc))
            return
        self.error_label.hide()
        self.preferences_saved.emit(self.saved)
        super().accept()


def _align_labels(forms: list[QLayout | None]) -> None:
    """One label width in every group, so the fields line up down the dialog."""
    labels = []
    for form in forms:
        if isinstance(form, QFormLayout):
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
            for row in range(form.rowCount()):
                item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
                if item is not None and item.widget() is not None:
                    labels.append(item.widget())
    width = max((label.sizeHint().width() for label in labels), default=0)
    for label in labels:
        label.setMinimumWidth(width)


def _select(combo: QComboBox, data: object) -> None:
    index = combo.findData(data)
    combo.setCurrentIndex(max(index, 0))


def open_preferences(window: MainWindow) -> PreferencesDialog:
    """Edit → Preferences: the dialog over the window (window-modal, not exec'd: the tests
    drive it); OK applies what was saved to the window at once."""
    dialog = PreferencesDialog(window.store, window.prompter, window)
    dialog.preferences_saved.connect(lambda saved: apply_preferences(window, saved))
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog


def apply_preferences(window: MainWindow, preferences: Preferences) -> None:
    """What was saved, in force now: the idle timer, the text size, the menus' checks,
    the Reports page's defaults (the language waits for the next start)."""
    window.window_lock.set_idle_minutes(preferences.idle_minutes)
    _check(window.idle_menu, preferences.idle_minutes)
    language_menu = window.findChild(QMenu, "languageMenu")
    if language_menu is not None:
        _check(language_menu, preferences.language)
    apply_font_size(preferences.font_size)
    reports = window.pages.built().get("reports")  # one not built yet reads them when built
    if reports is not None and hasattr(reports, "report_settings_changed"):
        reports.report_settings_changed()
    dashboard = window.pages.built().get("dashboard")
    if dashboard is not None:  # its first steps name the mission area
        dashboard.first_steps.reload()
    if (preferences.language or i18n.system_language()) != i18n.current_language():
        text = QCoreApplication.translate(
            "Preferences", "Preferences saved. The language applies at the next start."
        )
    else:
        text = QCoreApplication.translate("Preferences", "Preferences saved.")
    window.statusBar().showMessage(text, 10_000)


def _check(menu: QMenu, data: object) -> None:
    """Check the menu's action that holds `data` (the others of its group uncheck)."""
    for action in menu.actions():
        if action.isCheckable():
            action.setChecked(action.data() == data)
