"""UI test fixtures: a scripted prompter, record builders and the main window over `store`."""

from __future__ import annotations

from pathlib import Path

import pytest
from scripted_prompter import ScriptedPrompter

from cimicdesk.app import build_main_window
from cimicdesk.ui import i18n

# The offscreen platform warns whenever a shown window's size hints change; it says
# nothing about our code, so only this message is let through in the UI tests.
OFFSCREEN_SIZE_HINTS = r"This plugin does not support propagateSizeHints\(\)"
HERE = Path(__file__).parent


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    for item in items:
        if HERE in Path(str(item.path)).parents:
            item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_SIZE_HINTS))


@pytest.fixture(autouse=True)
def english_catalogue(qapp):
    """The window in English, as app.launch installs it (its plural forms are a catalogue)."""
    i18n.install("en")


@pytest.fixture
def prompter() -> ScriptedPrompter:
    return ScriptedPrompter()


@pytest.fixture
def open_window(qtbot, store, prompter):
    """Build, register and show the main window over `store` (call after adding data)."""

    def _open():
        window = build_main_window(store, prompter)
        qtbot.addWidget(window)
        window.resize(1280, 800)
        with qtbot.waitActive(window):
            window.show()
            window.activateWindow()
        return window

    return _open


@pytest.fixture
def window(open_window):
    return open_window()
