"""Locking the main window (File → Lock, or idle): unsaved edits kept as sealed drafts, the
database closed, every key forgotten, the pages gone; unlocking puts the window back.

What a lock does, in order:
1. At once: the lock screen covers the window (toolbar, status bar and menus' commands go
   too), the search box is emptied, the window's other windows (import report, report
   preview) are hidden, and a question or menu left open is cancelled (its dialog
   rejected: cancel is always the safe answer).
2. As soon as nothing is using the database (no question still unwinding, no job running
   on a worker: it finishes first, the lock screen says so): the editors' unsaved work is
   written as drafts sealed under the key (and a report's unsaved text as its saved
   draft), the page shown and the records open are noted (ids only), every page is
   deleted (with its models, editors and their widgets), the database is closed, and
   encryption.lock() forgets every key. The writer lock of a writable file is kept, so no
   other program starts writing it meanwhile.
Unlocking with the right passphrase opens the same file again, builds the pages, shows
the page that was shown with the records that were open, and puts their unsaved edits
back from the drafts. A wrong passphrase is said on the lock screen; nothing is written.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QObject, QThread, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from cimicdesk.domain.errors import CimicError
from cimicdesk.store import encryption
from cimicdesk.ui.i18n import message
from cimicdesk.ui.idle_lock import IdleWatch, saved_minutes
from cimicdesk.ui.pages.record_page import RecordPage
from cimicdesk.ui.workers import open_as_before, running_tasks

if TYPE_CHECKING:
    from cimicdesk.ui.main_window import MainWindow

RETRY_MS = 100  # while a lock waits for a dialog or a job to finish


@dataclass
class LockedState:
    """What the window showed when it was locked: ids and keys only, no record text.

    page: the page in front; records: page key -> id of the record its editor held ('' a
    new one); drafted: the pages whose unsaved edits went to the drafts; report: the
    Reports page's choice of report and period (to show the same text again).
    """

    page: str = "dashboard"
    records: dict[str, str] = field(default_factory=dict)
    drafted: set[str] = field(default_factory=set)
    report: object | None = None


class WindowLock(QObject):
    """The lock of one main window. Attributes: locked (the keys are forgotten and the
    pages gone), pending (covered, waiting to finish locking), idle (the IdleWatch),
    state (LockedState while locked)."""

    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.window = window
        self.locked = False
        self.pending = False
        self.state: LockedState | None = None
        self.idle = IdleWatch(saved_minutes() * 60_000, self)
        self.idle.idle.connect(self.lock)
        self._retry = QTimer(self)
        self._retry.setSingleShot(True)
        self._retry.setInterval(RETRY_MS)
        self._retry.timeout.connect(self.lock)

    def set_idle_minutes(self, minutes: int) -> None:
        self.idle.set_interval(minutes * 60_000)

    # Locking -------------------------------------------------------------------------

    def lock(self) -> bool:
        """Hide every record now; finish locking as soon as nothing uses the database.
        True once locked (False: still waiting; it finishes by itself)."""
        if self.locked:
            return True
        if not self.pending:
            self.pending = True
            self.idle.pause()
            self.window.cover()
        waiting = self._waiting_for()
        if waiting is not None:
            self.window.lock_screen.show_waiting(waiting)
            self._retry.start()
            return False
        self._finish()
        return True

    def _waiting_for(self) -> str | None:
        """Why the lock cannot finish yet ('' for a dialog being closed), or None."""
        popup = QApplication.activePopupWidget()  # a menu left open runs its own loop too
        if popup is not None:
            popup.close()
            return ""
        modal = QApplication.activeModalWidget()
        if modal is not None:
            if isinstance(modal, QDialog):
                modal.reject()
            else:
                modal.close()
            return ""
        if QThread.currentThread().loopLevel() > 1:
            return ""  # a dialog's own event loop is still unwinding to its caller
        tasks = running_tasks()
        if tasks:
            return self.tr("Locking as soon as this is done: {task}").format(
                task=tasks[0].description
            )
        return None

    def _finish(self) -> None:
        window = self.window
        store = window.store
        self.state = self._keep_work()
        window.drop_pages()
        # The writer lock stays held while locked, so nobody else starts writing the
        # file; the closed store keeps it, and gives it back when closed again (unlock).
        kept, store.writer_lock = store.writer_lock, None
        store.close()
        store.writer_lock = kept
        encryption.lock()
        self.pending = False
        self.locked = True
        window.lock_screen.ready()
        window.lock_changed.emit(True)

    def _keep_work(self) -> LockedState:
        """Unsaved edits to (sealed) drafts, and which page and records were shown."""
        window = self.window
        page = window.current_page().KEY if window.pages else "dashboard"
        state = LockedState(page=page if page != "search" else window.previous_page_key())
        for key, shown in window.pages.built().items():  # a page never shown holds nothing
            if isinstance(shown, RecordPage):
                state.records[key] = shown.editor.record_id or ""
                if shown.is_dirty() and shown.save_draft():
                    state.drafted.add(key)
            elif key == "reports":
                if shown.is_dirty():
                    shown.save_record()  # its unsaved text becomes its saved draft
                state.report = shown.selection()  # type: ignore[attr-defined]
        return state

    # Unlocking -----------------------------------------------------------------------

    def unlock(self, passphrase: str) -> bool:
        """Check the passphrase and put the window back as it was; a wrong one (or a file
        that cannot be opened any more) is said on the lock screen and it stays locked."""
        if not self.locked:
            return False
        window = self.window
        path = window.store.path
        try:
            encryption.unlock(path, passphrase)
            store = open_as_before(path)
        except CimicError as exc:
            encryption.lock()
            window.lock_screen.show_error(message(exc))
            return False
        closed = window.store
        window.store = store
        closed.close()  # gives back the writer lock kept while locked
        self.locked = False
        window.uncover()
        self._restore(self.state or LockedState())
        self.state = None
        self.idle.resume()
        window.lock_changed.emit(False)
        return True

    def _restore(self, state: LockedState) -> None:
        window = self.window
        for key, record_id in state.records.items():
            page = window.pages.get(key)
            if isinstance(page, RecordPage):
                page.reopen(record_id, with_draft=key in state.drafted)
        if state.report is not None:  # the Reports page was built: build it again
            window.pages["reports"].show_selection(state.report)  # type: ignore[attr-defined]
        window.show_page(state.page if state.page in window.pages else "dashboard")
        window.current_page().focus_main()


def hide_windows_of(window: QWidget) -> None:
    """Hide the other top-level windows that belong to `window` (dialogs, previews)."""
    for widget in QApplication.topLevelWidgets():
        if widget is window or not widget.isVisible() or not shiboken6.isValid(widget):
            continue
        parent = widget.parentWidget()
        while parent is not None and parent is not window:
            parent = parent.parentWidget()
        if parent is window:
            widget.hide()
