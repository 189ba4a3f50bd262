"""Tooltips that name a command's keys as this system writes them: 'Save the record (Ctrl+S)'."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence

translate = QCoreApplication.translate


def keys_text(action: QAction) -> str:
    """The action's shortcuts in the system's own notation ('Ctrl+S', '⌘S'), '' for none."""
    keys = [
        key.toString(QKeySequence.SequenceFormat.NativeText)
        for key in action.shortcuts()
        if not key.isEmpty()
    ]
    return translate("ShortcutTips", " or ").join(keys)


def with_keys(tip: str, action: QAction) -> str:
    """`tip` followed by the action's keys in brackets (the tip alone when it has none)."""
    keys = keys_text(action)
    if not keys:
        return tip
    return translate("ShortcutTips", "{tip} ({keys})").format(tip=tip, keys=keys)
