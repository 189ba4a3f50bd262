"""PageWarmer: the list pages built one at a time while the officer does nothing, so that a
page shown later is already there."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject, QTimer

from cimicdesk.domain.errors import CimicError
from cimicdesk.store.encryption import sqlite3
from cimicdesk.ui.page_set import PageSet

# The pages built in the background: the record lists. Reports, Sync and Search wait to be
# asked for (Reports brings reportlab; Sync and Search read little to open).
WARM_PAGES = ("liaison", "contacts", "organisations", "qips", "incidents", "support", "assessments")
QUIET_MS = 1000  # no input for this long (and the window shown as long) before a page
GAP_MS = 20  # between two pages: a key or click that came meanwhile is handled first


class PageWarmer(QObject):
    """Builds the pages of WARM_PAGES not built yet, one per quiet moment: QUIET_MS after
    start() (the window shown, its pages made anew), then one every GAP_MS as long as no
    input came for QUIET_MS (quiet_ms(): the idle lock's watch of keys, clicks and the
    mouse; after input it waits for quiet again). A page built costs the officer at most
    one page's building, the time a key pressed then waits. Stops once every one is built;
    nothing is built while ready() is False (the window hidden or locked), and none while
    busy() (a task at work on a worker thread: a report being made, a file read; building
    a page then would contend with it for the interpreter and stall the window), which
    is asked again after QUIET_MS.

    pages: a function giving the window's PageSet now (it is replaced on a lock or
    another database). built: the keys this warmer built, in order.
    """

    def __init__(
        self,
        pages: Callable[[], PageSet],
        ready: Callable[[], bool],
        quiet_ms: Callable[[], int],
        parent: QObject | None = None,
        keys: Sequence[str] = WARM_PAGES,
        busy: Callable[[], bool] = lambda: False,
    ):
        super().__init__(parent)
        self.setObjectName("pageWarmer")
        self._pages = pages
        self._ready = ready
        self._quiet_ms = quiet_ms
        self._busy = busy
        self._keys = tuple(keys)
        self.built: list[str] = []
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._build_next)

    def start(self) -> None:
        """Begin (again): the first page after QUIET_MS."""
        if self._next_key() is not None:
            self._timer.start(QUIET_MS)

    def stop(self) -> None:
        self._timer.stop()

    def active(self) -> bool:
        """Whether pages are still to be built (and will be, once quiet)."""
        return self._timer.isActive()

    def _next_key(self) -> str | None:
        pages = self._pages()
        return next((k for k in self._keys if k in pages and not pages.is_built(k)), None)

    def _build_next(self) -> None:
        key = self._next_key()
        if key is None or not self._ready():
            return  # start() again when the window shows its pages again
        if self._busy():  # a worker at work: ask again later
            self._timer.start(QUIET_MS)
            return
        quiet = self._quiet_ms()
        if quiet < QUIET_MS:  # the officer is at work: wait for quiet again
            self._timer.start(QUIET_MS - quiet)
            return
        try:
            page = self._pages()[key]
        except (CimicError, sqlite3.Error):
            return  # built when asked for, and it says then what is wrong
        # Styled now rather than at its first showing (Qt polishes a widget when shown).
        page.ensurePolished()
        self.built.append(key)
        if self._next_key() is not None:
            self._timer.start(GAP_MS)
