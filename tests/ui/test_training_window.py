"""The window says EXERCISE over a training database, and opens a unit file read-only
with the reason shown; a real, writable database shows neither."""

from __future__ import annotations

import pytest
from factories import PASSPHRASE
from scripted_prompter import make_contact, make_org
from sync_helpers import unsealed_copy

from cimicdesk.app import build_main_window
from cimicdesk.demo.generate import seed_database
from cimicdesk.domain.enums import UnitLevel
from cimicdesk.store.database import create_database, open_database
from cimicdesk.sync.export import export_snapshot

EXERCISE = "EXERCISE — training database: not real data."


def _show(qtbot, store, prompter):
    window = build_main_window(store, prompter)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    with qtbot.waitActive(window):
        window.show()
    return window


@pytest.fixture
def training_file(tmp_path):
    path = tmp_path / "drill.sqlite"
    with create_database(
        path, "BANBAT 1", UnitLevel.BATTALION, training=True, passphrase=PASSPHRASE
    ) as store:
        seed_database(store, entries=40, seed=2, days=30)
    return path


@pytest.fixture
def unit_file(tmp_path):
    with create_database(
        tmp_path / "sender.sqlite", "BANBAT 1", UnitLevel.BATTALION, passphrase=PASSPHRASE
    ) as store:
        make_contact(store, "Awa Yakité", organisation_id=make_org(store, "UNHCR").id)
        (tmp_path / "stick").mkdir()
        sealed = export_snapshot(store, tmp_path / "sealed.cimic").path
        # The SQLite file inside, as its headquarters reads it (a sealed one is refused).
        return unsealed_copy(sealed, tmp_path / "stick" / "BANBAT1-2026-W47.cimic")


def test_a_training_database_says_exercise_in_the_title_and_over_every_page(
    qtbot, prompter, training_file
):
    window = _show(qtbot, open_database(training_file), prompter)
    assert window.windowTitle().startswith("EXERCISE (training database) — ")
    assert window.banner.exercise_label.isVisible()
    assert window.banner.text().startswith(EXERCISE)
    for key in ("dashboard", "liaison", "contacts", "reports", "sync"):
        window.show_page(key)
        assert window.banner.exercise_label.isVisible(), key  # above every page
    window.show_page("liaison")
    window.grab().save(str(training_file.parent / "exercise-window.png"))
    window.close()
    window.store.close()


def test_a_real_database_shows_no_banner(qtbot, prompter, store):
    window = _show(qtbot, store, prompter)
    assert "EXERCISE" not in window.windowTitle()
    assert not window.banner.isVisible() and window.banner.text() == ""


def test_a_unit_file_opens_read_only_with_the_reason_shown(qtbot, prompter, unit_file):
    before = {p.name: p.read_bytes() for p in unit_file.parent.iterdir()}
    window = _show(qtbot, open_database(unit_file), prompter)
    assert "read-only" in window.windowTitle()
    assert window.banner.read_only_label.isVisible()
    assert "BANBAT1-2026-W47.cimic is a unit file" in window.banner.text()
    assert not window.new_action.isEnabled()
    page = window.show_page("contacts")
    assert not page.editor.isEnabled() and not page.new_button.isEnabled()
    window.show_page("organisations")
    organisations = window.organisations_page
    organisations.editor.ui.nameEdit.setText("Edited in a unit file")
    assert not organisations.save_record()
    window.grab().save(str(unit_file.parent.parent / "unit-file-window.png"))
    window.close()
    window.store.close()
    assert {p.name: p.read_bytes() for p in unit_file.parent.iterdir()} == before


def test_file_open_on_a_unit_file_opens_it_read_only(qtbot, prompter, store, unit_file):
    window = _show(qtbot, store, prompter)
    prompter.open_path = unit_file
    assert window.open_other_database()
    assert window.store.path == unit_file
    assert "is a unit file" in str(window.store.read_only_reason())
    assert window.banner.read_only_label.isVisible()
    window.close()
    window.store.close()
