"""PySide6 6.12.0 on Python 3.11 loses a reference to None per void Qt call: the ui
package must protect the interpreter from aborting with 'deallocating None'."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel

import cimicdesk.ui  # noqa: F401  (importing the package applies the guard)


def test_many_void_qt_calls_leave_none_alive(qtbot):
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    calls = 50_000  # more than None's whole reference count without the guard
    for n in range(calls):
        label.setText("x" if n % 2 else "y")
    assert sys.getrefcount(None) > calls
    if sys.version_info < (3, 12):
        assert before > 1 << 39
