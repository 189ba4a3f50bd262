"""Tab leaves a date field for the next field: Qt's date edits move Tab through their
sections (five presses to leave a date and time) and an empty optional date never let
it go. Typing a date moves through its sections by itself; arrows still move inside."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDateTimeEdit, QWidget

TAB_FOCUS = Qt.FocusPolicy.TabFocus
NO_MODIFIER = Qt.KeyboardModifier.NoModifier


def takes_tab(widget: QWidget, window: QWidget) -> bool:
    """Whether Tab may stop on a widget, as Qt itself decides."""
    return (
        widget.focusPolicy() & TAB_FOCUS == TAB_FOCUS
        and widget.focusProxy() is None
        and widget.isVisibleTo(window)
        and widget.isEnabled()
    )


def move_focus(widget: QWidget, forward: bool) -> None:
    """Give the focus to the field after (before) `widget` in the focus chain."""
    window = widget.window()
    other = widget
    for _ in range(10_000):  # the chain is a ring: back at the start, stop
        other = other.nextInFocusChain() if forward else other.previousInFocusChain()
        if other is widget or other is None:
            return
        if widget.isAncestorOf(other):
            continue  # the date's own line edit
        if takes_tab(other, window):
            reason = Qt.FocusReason.TabFocusReason if forward else Qt.FocusReason.BacktabFocusReason
            other.setFocus(reason)
            return


class TabLeavesDates(QObject):
    """Tab and Shift+Tab in the date fields under `root` go to the next and previous field."""

    def __init__(self, root: QWidget):
        super().__init__(root)
        for edit in root.findChildren(QDateTimeEdit):
            edit.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        if not isinstance(watched, QDateTimeEdit):
            return False
        shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        others = event.modifiers() & ~Qt.KeyboardModifier.ShiftModifier
        if event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab) and others == NO_MODIFIER:
            forward = event.key() == Qt.Key.Key_Tab and not shift
            move_focus(watched, forward)
            return True
        return False
