"""The preferences read and saved together (Edit → Preferences), and the text size.

Where each one lives, and why:

* language, lock when idle, text size: this laptop's Qt settings (paths.settings_file),
  as View → Language and File → Lock when idle already keep them: they suit the
  officer and the screen, not the unit;
* backup folder and how many to keep: this laptop, per database
  (store/backup_settings.py: a folder is a place on this machine, and restore must find
  the copies without opening the database);
* default marking and the sitrep's To and Cc: the database (store/report_settings.py:
  the unit's, they go with the file at handover).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from PySide6.QtWidgets import QApplication

from cimicdesk.domain.errors import ReadOnlyDatabaseError
from cimicdesk.store import backup_settings, report_settings
from cimicdesk.store.database import Store
from cimicdesk.store.report_settings import ReportSettings
from cimicdesk.ui import i18n, idle_lock
from cimicdesk.ui.i18n import settings

FONT_SETTING = "ui/font_size"
# Points added to the system's text size: small laptop screens fit more, or read better.
FONT_STEPS = {"small": -1, "normal": 0, "large": 2}
DEFAULT_FONT = "normal"
_BASE_SIZE = "cimicdeskBasePointSize"  # the system's size, kept on the application


def saved_font_size() -> str:
    """'small', 'normal' or 'large' (normal when none was chosen)."""
    value = settings().value(FONT_SETTING, DEFAULT_FONT)
    return value if value in FONT_STEPS else DEFAULT_FONT


def save_font_size(size: str) -> None:
    store = settings()
    store.setValue(FONT_SETTING, size if size in FONT_STEPS else DEFAULT_FONT)
    store.sync()


def apply_font_size(size: str | None = None) -> None:
    """Give the whole program the text size chosen (the saved one by default): the
    system's size plus FONT_STEPS points. Every widget without a font of its own follows."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    base = app.property(_BASE_SIZE)
    if not isinstance(base, float) or base <= 0:
        base = app.font().pointSizeF()
        if base <= 0:  # a font sized in pixels: leave it as the system has it
            return
        app.setProperty(_BASE_SIZE, base)
    font = app.font()
    font.setPointSizeF(max(6.0, base + FONT_STEPS.get(size or saved_font_size(), 0)))
    QApplication.setFont(font)


@dataclass(frozen=True)
class Preferences:
    """Everything Edit → Preferences shows. language '' follows the system; idle_minutes 0
    never locks; backup_folder is where the next backup of the open database goes."""

    language: str
    font_size: str
    idle_minutes: int
    backup_folder: Path
    keep_daily: int
    keep_before: int
    report: ReportSettings

    @property
    def backups(self) -> tuple[Path, int, int]:
        return (self.backup_folder, self.keep_daily, self.keep_before)


def read_preferences(store: Store) -> Preferences:
    """The preferences in force for this laptop and the open database."""
    policy = backup_settings.policy_for(store.path)
    return Preferences(
        language=i18n.saved_language(),
        font_size=saved_font_size(),
        idle_minutes=idle_lock.saved_minutes(),
        backup_folder=policy.folder or backup_settings.default_folder(store.path),
        keep_daily=policy.keep_daily,
        keep_before=policy.keep_before,
        report=report_settings.get_report_settings(store),
    )


def save_preferences(store: Store, chosen: Preferences) -> Preferences:
    """Save what changed from what is in force; returns what is now in force.

    Everything is checked before anything is written: a report line too long, a database
    that refuses edits (when the report settings changed), a backup folder that cannot be
    written or a count out of range raise a CimicError and nothing is saved.
    """
    before = read_preferences(store)
    report = report_settings.checked(chosen.report)
    report_changed = report != before.report
    if report_changed and store.read_only_reason():
        raise ReadOnlyDatabaseError(store.read_only_reason())
    if chosen.backups != before.backups:
        # Checks the folder and the counts before writing anything.
        backup_settings.save_policy(store.path, *chosen.backups)
    if report_changed:
        report_settings.save_report_settings(store, report)
    if chosen.language != before.language:
        i18n.save_language(chosen.language)
    if chosen.idle_minutes != before.idle_minutes:
        idle_lock.save_minutes(chosen.idle_minutes)
    if chosen.font_size != before.font_size:
        save_font_size(chosen.font_size)
    return replace(read_preferences(store), report=report)
