"""Undo and redo of an editor's field changes: one QUndoCommand per field changed."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QKeyEvent, QKeySequence, QUndoCommand
from PySide6.QtWidgets import QWidget

REDO_KEYS = (QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y"))


class FieldChange(QUndoCommand):
    """A field went from `old` to `new`; undo puts `old` back through `put`.

    Typing on in the same field updates `new` (the editor does it while the change is
    open) instead of pushing one command per key."""

    def __init__(self, widget: QWidget, old: Any, new: Any, put: Callable[[QWidget, Any], None]):
        super().__init__(QCoreApplication.translate("RecordEditor", "Change a field"))
        self.widget = widget
        self.old = old
        self.new = new
        self._put = put
        self._pushed = False

    def undo(self) -> None:
        self._put(self.widget, self.old)

    def redo(self) -> None:
        if not self._pushed:  # QUndoStack.push runs redo(): the field holds `new` already
            self._pushed = True
            return
        self._put(self.widget, self.new)


def is_undo_key(event: QKeyEvent) -> bool:
    """Ctrl+Z, Ctrl+Shift+Z, Ctrl+Y (or what the platform calls Undo and Redo)."""
    if event.matches(QKeySequence.StandardKey.Undo) or event.matches(QKeySequence.StandardKey.Redo):
        return True
    pressed = QKeySequence(event.keyCombination())
    return any(pressed.matches(key) == QKeySequence.SequenceMatch.ExactMatch for key in REDO_KEYS)


class UndoKeysToWindow(QObject):
    """Lets Ctrl+Z, Ctrl+Shift+Z and Ctrl+Y reach the window's Undo and Redo instead of a
    line edit's own one-field undo (the editor's stack undoes across fields)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        override = event.type() == QEvent.Type.ShortcutOverride
        if override and isinstance(event, QKeyEvent) and is_undo_key(event):
            event.ignore()
            return True  # not taken by the widget: the window's shortcut fires
        return False
