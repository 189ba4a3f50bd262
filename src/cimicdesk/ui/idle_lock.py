"""Locking after a while idle: the delay the officer chose (saved with the program's other
settings) and the watch that sees no key, click, wheel or mouse move for that long."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QWidget

from cimicdesk.ui.i18n import settings

SETTING = "lock/idle_minutes"
DEFAULT_MINUTES = 10
CHOICES = (1, 2, 5, 10, 15, 30, 60)  # minutes offered in the menu; 0 is "never"

# What counts as someone at the keyboard: keys, buttons, the wheel, the mouse moving.
ACTIVITY = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.KeyRelease,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonRelease,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
        QEvent.Type.HoverMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.TabletPress,
        QEvent.Type.TabletMove,
    }
)


def saved_minutes() -> int:
    """The idle delay chosen (minutes; 0: never lock by itself). Default: 10 minutes."""
    value = settings().value(SETTING, DEFAULT_MINUTES)
    try:
        minutes = int(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return DEFAULT_MINUTES
    return minutes if minutes >= 0 else DEFAULT_MINUTES


def save_minutes(minutes: int) -> None:
    store = settings()
    store.setValue(SETTING, int(minutes))
    store.sync()


class IdleWatch(QObject):
    """Emits idle() once no input reached the application for interval_ms (0: never).

    An event filter on the application restarts a single-shot QTimer at each key press,
    click, wheel turn or mouse move, in any of the program's windows. paused (while the
    window is locked) stops the timer until resume().
    """

    idle = Signal()

    def __init__(self, interval_ms: int, parent: QObject | None = None):
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.idle)
        self.paused = False
        self._last_input = time.monotonic()
        self.set_interval(interval_ms)
        app = QCoreApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    @property
    def interval_ms(self) -> int:
        return self._interval

    def set_interval(self, interval_ms: int) -> None:
        """Lock after interval_ms without input from now on; 0 turns it off."""
        self._interval = max(0, int(interval_ms))
        self._timer.setInterval(self._interval)
        self._restart()

    def is_counting(self) -> bool:
        return self._timer.isActive()

    def pause(self) -> None:
        self.paused = True
        self._timer.stop()

    def resume(self) -> None:
        self.paused = False
        self._restart()

    def _restart(self) -> None:
        if self._interval and not self.paused:
            self._timer.start()
        else:
            self._timer.stop()

    def quiet_ms(self) -> int:
        """How long no input reached the application (since this watch began, at most)."""
        return int((time.monotonic() - self._last_input) * 1000)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in ACTIVITY:
            self._last_input = time.monotonic()
            if self._interval and not self.paused:
                self._timer.start()
        return False


class IdleMenu(QMenu):
    """File → Lock when idle: never, or after one of CHOICES minutes. The one saved is
    checked; a choice is saved and passed to chosen(minutes)."""

    def __init__(self, chosen: Callable[[int], None], parent: QWidget | None = None):
        super().__init__(self.tr("Lock when &idle"), parent)
        self.setObjectName("idleLockMenu")
        self._chosen = chosen
        group = QActionGroup(self)
        now = saved_minutes()
        options = [(0, self.tr("Never"))] + [
            (minutes, self.tr("After %Ln minute(s)", "", minutes)) for minutes in CHOICES
        ]
        for minutes, text in options:
            action = QAction(text, self)
            action.setCheckable(True)
            action.setChecked(minutes == now)
            action.setData(minutes)
            group.addAction(action)
            self.addAction(action)
            action.triggered.connect(lambda _=False, m=minutes: self.choose(m))

    def choose(self, minutes: int) -> None:
        save_minutes(minutes)
        self._chosen(minutes)
