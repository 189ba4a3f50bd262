"""Delete (or Backspace) in a list removes its current item, as the list's Remove button."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QListWidget

REMOVE_KEYS = (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)


class ListKeys(QObject):
    """Calls `remove` for Delete or Backspace pressed, without modifiers, in `view`."""

    def __init__(self, view: QListWidget, remove: Callable[[], object]):
        super().__init__(view)
        self.remove = remove
        view.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        if event.key() in REMOVE_KEYS and event.modifiers() == Qt.KeyboardModifier.NoModifier:
            self.remove()
            return True
        return False
