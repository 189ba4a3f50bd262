"""The main window's size, place, splitters and list columns: kept per screen, restored so
that they fit the screen the window opens on (a fresh start fits 1366×768 too)."""

from __future__ import annotations

import re

from PySide6.QtCore import QRect, QSettings
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QAbstractItemView, QMainWindow, QSplitter, QWidget

from cimicdesk.ui import i18n
from cimicdesk.ui.widgets.column_fit import fitter_of

GROUP = "window"
# A fresh start: at most this size, always within the screen's available area.
PREFERRED_WIDTH, PREFERRED_HEIGHT = 1280, 800
# Room kept for the window manager's frame and title bar (unknown before the window shows).
FRAME_WIDTH, FRAME_HEIGHT = 16, 40


def screen_key(screen: QScreen) -> str:
    """'HDMI_1_1920x1080': the screen's name and size, usable as a settings key."""
    size = screen.size()
    name = re.sub(r"[^A-Za-z0-9_-]+", "_", screen.name() or "screen")
    return f"{name}_{size.width()}x{size.height()}"


def _screen_of(window: QWidget) -> QScreen:
    return window.screen() or QGuiApplication.primaryScreen()


def _settings() -> QSettings:
    return i18n.settings()


def _owner_key(widget: QWidget) -> str:
    """The key of the page holding `widget` ('window' outside the pages)."""
    owner: QWidget | None = widget
    while owner is not None and not getattr(owner, "KEY", ""):
        owner = owner.parentWidget()
    return str(getattr(owner, "KEY", "")) if owner is not None else "window"


def _entries(window: QWidget) -> list[tuple[str, str, QWidget]]:
    """(owner, name, widget) for each splitter and table: named by its page and its place
    among that page's splitters or tables (the order they are built in)."""
    found: list[tuple[str, str, QWidget]] = []
    counts: dict[tuple[str, str], int] = {}
    views = [v for v in window.findChildren(QAbstractItemView) if hasattr(v, "horizontalHeader")]
    for kind, widgets in (("splitter", window.findChildren(QSplitter)), ("list", views)):
        for widget in widgets:
            owner = _owner_key(widget)
            index = counts.get((owner, kind), 0)
            counts[owner, kind] = index + 1
            found.append((owner, f"{owner}.{widget.objectName() or kind}{index}", widget))
    return found


def fitted(rect: QRect, available: QRect) -> QRect:
    """`rect` (the window's inside) made no larger than `available` less the frame, and moved
    so that the window, its frame and title bar included, lies inside it."""
    side, title = FRAME_WIDTH // 2, FRAME_HEIGHT - FRAME_WIDTH // 2
    room = available.adjusted(side, title, -side, -side)
    width = max(1, min(rect.width(), room.width()))
    height = max(1, min(rect.height(), room.height()))
    x = min(max(rect.x(), room.left()), room.right() + 1 - width)
    y = min(max(rect.y(), room.top()), room.bottom() + 1 - height)
    return QRect(x, y, width, height)


def fresh(available: QRect) -> QRect:
    """A first start: the preferred size if it fits, centred in the screen's available area."""
    rect = QRect(0, 0, PREFERRED_WIDTH, PREFERRED_HEIGHT)
    rect = fitted(rect, available)
    rect.moveCenter(available.center())
    return fitted(rect, available)


def _screen_holding(rect: QRect) -> QScreen | None:
    """The screen the saved rectangle's centre is on (None: that monitor is gone)."""
    for screen in QGuiApplication.screens():
        if screen.geometry().contains(rect.center()):
            return screen
    return None


def save(window: QMainWindow, owners: set[str] | None = None) -> None:
    """Remember the window's place, size, maximised state, splitters and column widths."""
    store = _settings()
    store.beginGroup(f"{GROUP}/{screen_key(_screen_of(window))}")
    normal = window.normalGeometry() if window.isMaximized() else window.geometry()
    store.setValue("rect", [normal.x(), normal.y(), normal.width(), normal.height()])
    store.setValue("maximised", bool(window.isMaximized()))
    store.endGroup()
    save_layout(window, owners)


def save_layout(window: QWidget, owners: set[str] | None = None) -> None:
    """Remember the splitters' positions and the lists' column widths (of `owners` only:
    the pages laid out this session; None: all), the same on every screen. A list whose
    columns are still fitted to its width (widgets/column_fit) keeps no widths."""
    store = _settings()
    store.beginGroup(f"{GROUP}/layout")
    for owner, name, widget in _entries(window):
        if owners is not None and owner not in owners:
            continue
        if isinstance(widget, QSplitter):
            store.setValue(name, [str(size) for size in widget.sizes()])
            continue
        fitter = fitter_of(widget)
        if fitter is not None and not fitter.user_sized:
            store.remove(name)  # fitted to its width: fitted again at the next start
            continue
        header = widget.horizontalHeader()  # type: ignore[attr-defined]
        if header.count():
            store.setValue(name, [str(header.sectionSize(i)) for i in range(header.count())])
    store.endGroup()


def _ints(value: object) -> list[int]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list):
        return []
    try:
        return [int(v) for v in value]
    except (TypeError, ValueError):
        return []


def restore_layout(window: QWidget, owner: str) -> None:
    """Put back the saved splitters and column widths of one page ('window': the window's
    own splitter); call once it is shown and sized. A changed list keeps its own widths."""
    store = _settings()
    store.beginGroup(f"{GROUP}/layout")
    for found_owner, name, widget in _entries(window):
        if found_owner != owner:
            continue
        saved = _ints(store.value(name))
        if isinstance(widget, QSplitter):
            if len(saved) == widget.count() and min(saved, default=-1) >= 0 and sum(saved):
                widget.setSizes(saved)
            continue
        header = widget.horizontalHeader()  # type: ignore[attr-defined]
        fitter = fitter_of(widget)
        if fitter is not None and saved and len(saved) == header.count() and max(saved) > 0:
            fitter.take_widths(saved)  # the user's widths (0: a column hidden)
        elif saved and len(saved) == header.count():
            for section, width in enumerate(saved):
                if width > 0:
                    header.resizeSection(section, width)
    store.endGroup()


def restore(window: QMainWindow) -> bool:
    """Place the window as saved for its screen, fitted to it; True if it is to be maximised.

    Nothing saved for this screen, or a place on a screen no longer there: a fresh, fitting
    size on the window's screen.
    """
    screen = _screen_of(window)
    store = _settings()
    store.beginGroup(f"{GROUP}/{screen_key(screen)}")
    rect_value, maximised = _ints(store.value("rect")), store.value("maximised", False)
    store.endGroup()
    available = screen.availableGeometry()
    if len(rect_value) == 4 and rect_value[2] > 0 and rect_value[3] > 0:
        saved = QRect(*rect_value)
        holder = _screen_holding(saved)
        rect = fitted(saved, holder.availableGeometry()) if holder else fresh(available)
    else:
        rect = fresh(available)
    window.setGeometry(rect)
    return maximised in (True, "true")
