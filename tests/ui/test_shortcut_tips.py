"""Every command on the toolbar has keys, and its tooltip names them as the system writes
them ('Save the record (Ctrl+S)')."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QWidgetAction

NATIVE = QKeySequence.SequenceFormat.NativeText


def test_every_toolbar_command_has_keys_named_in_its_tooltip(window):
    bar = window.ui.mainToolBar
    commands = [
        a for a in bar.actions() if not a.isSeparator() and not isinstance(a, QWidgetAction)
    ]
    assert len(commands) >= 4
    for action in commands:
        keys = [k for k in action.shortcuts() if not k.isEmpty()]
        assert keys, action.text()
        assert keys[0].toString(NATIVE) in action.toolTip(), action.text()
        assert action.toolTip().startswith(action.statusTip()), action.text()
    tips = {a.toolTip() for a in commands}
    save = QKeySequence(QKeySequence.StandardKey.Save).toString(NATIVE)
    assert f"Save the record ({save})" in tips
    assert window.redo_action.toolTip() == (
        "Change again the field Undo put back (Ctrl+Shift+Z or Ctrl+Y)"
    )


def test_the_search_box_names_its_key(window):
    find = QKeySequence(QKeySequence.StandardKey.Find).toString(NATIVE)
    assert window.search_box.toolTip().endswith(f"({find})")
