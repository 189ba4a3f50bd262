"""pytest-qt cases on a 1366×768 screen, run by test_window_geometry.py in a subprocess whose
offscreen platform has that screen (the suite's default offscreen screen is 800×800)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect

from cimicdesk.app import build_main_window
from cimicdesk.ui import i18n, window_geometry

LAPTOP = QRect(0, 0, 1366, 768)


def _window(qtbot, store, prompter):
    window = build_main_window(store, prompter)
    qtbot.addWidget(window)
    return window


def _inside(rect: QRect, available: QRect) -> bool:
    return available.contains(rect.topLeft()) and available.contains(rect.bottomRight())


@pytest.fixture(autouse=True)
def _on_the_laptop_screen(qapp):
    assert qapp.primaryScreen().availableGeometry() == LAPTOP, "run by test_window_geometry"


def test_a_fresh_start_fits_the_laptop_and_every_page_can_shrink_to_it(qtbot, store, prompter):
    window = _window(qtbot, store, prompter)
    assert window_geometry.restore(window) is False
    window.show()
    for key in window.pages:
        window.show_page(key)
        qtbot.wait(1)
        hint = window.minimumSizeHint()
        assert hint.width() <= LAPTOP.width() - window_geometry.FRAME_WIDTH, (key, hint)
        assert hint.height() <= LAPTOP.height() - window_geometry.FRAME_HEIGHT, (key, hint)
        assert _inside(window.frameGeometry(), LAPTOP), (key, window.frameGeometry())


def test_size_place_splitters_and_columns_come_back_at_the_next_start(qtbot, store, prompter):
    window = _window(qtbot, store, prompter)
    window_geometry.restore(window)
    window.show()
    window.setGeometry(QRect(40, 36, 1250, 690))
    qtbot.wait(10)
    window.ui.splitter.setSizes([240, 1010])
    contacts = window.show_page("contacts")
    contacts.splitter.setSizes([640, 380])
    contacts.table.horizontalHeader().resizeSection(0, 211)
    qtbot.wait(10)
    kept = (
        window.geometry(),
        window.ui.splitter.sizes(),
        contacts.splitter.sizes(),
        contacts.table.horizontalHeader().sectionSize(0),
    )
    assert kept[0] == QRect(40, 36, 1250, 690)
    window.close()
    assert i18n.settings().value(f"window/{window_geometry.screen_key(window.screen())}/rect")

    again = _window(qtbot, store, prompter)
    assert again.geometry() != kept[0]  # nothing restored before asked
    assert window_geometry.restore(again) is False  # not maximised
    again.show()
    qtbot.wait(10)
    assert again.geometry() == kept[0]
    assert again.ui.splitter.sizes() == kept[1]
    again.show_page("contacts")  # a page's splitters and columns come back as it first shows
    assert again.contacts_page.splitter.sizes() == kept[2]
    assert again.contacts_page.table.horizontalHeader().sectionSize(0) == kept[3] == 211
    again.close()


def test_a_maximised_window_is_maximised_again_with_its_normal_size_kept(qtbot, store, prompter):
    window = _window(qtbot, store, prompter)
    window_geometry.restore(window)
    window.show()
    window.setGeometry(QRect(30, 40, 1200, 660))
    qtbot.wait(10)
    window.showMaximized()
    qtbot.waitUntil(window.isMaximized)
    window.close()
    again = _window(qtbot, store, prompter)
    assert window_geometry.restore(again) is True
    assert again.geometry() == QRect(30, 40, 1200, 660)


def test_a_saved_geometry_larger_than_the_screen_is_clamped(qtbot, store, prompter):
    window = _window(qtbot, store, prompter)
    key = window_geometry.screen_key(window.screen())
    i18n.settings().setValue(f"window/{key}/rect", [100, 80, 2600, 1500])
    window_geometry.restore(window)
    window.show()
    qtbot.wait(10)
    assert _inside(window.frameGeometry(), LAPTOP), window.frameGeometry()
    assert window.width() <= 1366 - window_geometry.FRAME_WIDTH


def test_a_geometry_saved_on_an_unplugged_monitor_opens_on_this_screen(qtbot, store, prompter):
    window = _window(qtbot, store, prompter)
    key = window_geometry.screen_key(window.screen())
    i18n.settings().setValue(f"window/{key}/rect", [3000, 200, 1200, 700])  # no screen there
    window_geometry.restore(window)
    window.show()
    qtbot.wait(10)
    assert _inside(window.frameGeometry(), LAPTOP), window.frameGeometry()


def test_a_page_not_opened_in_a_session_keeps_its_saved_columns(qtbot, store, prompter):
    window = _window(qtbot, store, prompter)
    window_geometry.restore(window)
    window.show()
    window.show_page("contacts").table.horizontalHeader().resizeSection(0, 233)
    window.close()
    unopened = _window(qtbot, store, prompter)  # contacts never shown: its columns not saved
    window_geometry.restore(unopened)
    unopened.show()
    unopened.show_page("liaison")
    unopened.close()
    third = _window(qtbot, store, prompter)
    window_geometry.restore(third)
    third.show()
    assert third.show_page("contacts").table.horizontalHeader().sectionSize(0) == 233


@pytest.mark.parametrize("language", ["en", "fr"])
def test_every_editor_gets_the_width_its_form_needs_in_either_language(
    qtbot, store, prompter, language
):
    # A form narrower than its labels and fields is cut off on the right, with no scroll
    # bar to reach what is cut (the French liaison form was, by a long check box label).
    i18n.install(language)
    try:
        window = _window(qtbot, store, prompter)
        window_geometry.restore(window)
        window.show()
        for key, page in window.pages.items():
            editor = getattr(page, "editor", None)
            if editor is None or not hasattr(page, "splitter"):
                continue
            window.show_page(key)
            qtbot.wait(1)
            given = page.splitter.sizes()[1]
            assert given >= editor.minimumSizeHint().width(), (language, key, given)
    finally:
        i18n.install("en")
