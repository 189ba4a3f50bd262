"""Page: what the main window asks of every page (activate, edit commands, dirty state)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import QWidget

# Every page's TITLE, for lupdate: a page shows its title translated in this context.
NAVIGATION_TITLES = (
    QT_TRANSLATE_NOOP("Navigation", "Dashboard"),
    QT_TRANSLATE_NOOP("Navigation", "Liaison log"),
    QT_TRANSLATE_NOOP("Navigation", "Contacts"),
    QT_TRANSLATE_NOOP("Navigation", "Organisations"),
    QT_TRANSLATE_NOOP("Navigation", "QIPs"),
    QT_TRANSLATE_NOOP("Navigation", "Incidents"),
    QT_TRANSLATE_NOOP("Navigation", "Support requests"),
    QT_TRANSLATE_NOOP("Navigation", "Assessments"),
    QT_TRANSLATE_NOOP("Navigation", "Reports"),
    QT_TRANSLATE_NOOP("Navigation", "Sync"),
    QT_TRANSLATE_NOOP("Navigation", "Map"),
    QT_TRANSLATE_NOOP("Navigation", "Search"),
)


class Page(QWidget):
    """One section of the navigation. KEY names it, TITLE and ICON show it.

    TITLE is written in English on the class; each page holds it translated (context
    'Navigation') from the moment it is built, so the window shows it in its language.
    Pages that edit records override the edit commands; the others keep these no-ops.
    """

    KEY = ""
    TITLE = ""
    ICON = ""
    EDITABLE = False

    records_changed = Signal()  # something was saved, deleted or restored here
    open_requested = Signal(str, str)  # kind ('contact'|'organisation'|'liaison'), record id
    status_message = Signal(str)  # a short note for the status bar
    undo_changed = Signal()  # what Undo or Redo would do changed (can_undo, can_redo)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        if type(self).TITLE:
            self.TITLE = QCoreApplication.translate("Navigation", type(self).TITLE)

    def activate(self) -> None:
        """Called each time the page is shown."""

    def refresh(self) -> None:
        """Records changed elsewhere: bring what is shown up to date (now or when shown)."""

    def is_dirty(self) -> bool:
        return False

    def new_record(self) -> None:
        pass

    def save_record(self) -> bool:
        return False

    def delete_record(self) -> bool:
        return False

    def undo_delete(self) -> bool:
        return False

    def can_undo(self) -> bool:
        return False

    def can_redo(self) -> bool:
        return False

    def undo(self) -> bool:
        """Edit → Undo (Ctrl+Z) on this page."""
        return False

    def redo(self) -> bool:
        """Edit → Redo (Ctrl+Shift+Z, Ctrl+Y) on this page."""
        return False

    def focus_main(self) -> None:
        """Put the keyboard focus where work on this page starts."""
        self.setFocus()
