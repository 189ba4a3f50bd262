"""ElidedLabel: whole text when it has the room it asks for, cut in the middle when not."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QMainWindow

from cimicdesk.ui.widgets.elided_label import ElidedLabel

TEXTS = [
    "/tmp/probe/veil.sqlite",
    "C:\\Users\\cimic\\Documents\\bn1.sqlite",
    "/media/usb/Übergabe/BANBAT 1 — déc. 2026/bn1.sqlite",
    "i",
    "WWWWWWWWWWWWWWW.sqlite",
]


@pytest.mark.parametrize("points", [8, 9, 10, 11])
@pytest.mark.parametrize("text", TEXTS)
def test_given_the_width_it_asks_for_the_text_shows_whole(qtbot, text, points):
    label = ElidedLabel()
    label.setFont(QFont("Sans Serif", points))  # the status bar's font is smaller
    label.setContentsMargins(6, 0, 6, 0)
    label.setText(text)
    qtbot.addWidget(label)
    label.resize(label.sizeHint())
    assert label.text() == text and not label.is_elided()


def test_narrower_it_keeps_the_start_and_the_file_name(qtbot):
    path = "/media/usb/" + "nested-folder/" * 20 + "bn1.sqlite"
    label = ElidedLabel(path, max_chars=60)
    qtbot.addWidget(label)
    label.resize(label.sizeHint())
    assert label.is_elided() and label.full_text() == path
    assert label.text().startswith("/media/") and label.text().endswith("bn1.sqlite")
    assert "…" in label.text()


def test_in_a_status_bar_a_short_path_shows_whole(qtbot):
    # There Qt's elidedText cut a path given exactly the width the label asked for.
    window = QMainWindow()
    qtbot.addWidget(window)
    label = ElidedLabel(max_chars=60)
    label.setContentsMargins(6, 0, 6, 0)
    window.statusBar().addPermanentWidget(label)
    window.resize(1280, 800)
    window.show()
    for text in TEXTS:
        label.setText(text)
        qtbot.waitUntil(lambda: label.width() == label.sizeHint().width())
        assert label.text() == text
