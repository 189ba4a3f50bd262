"""The window's title names the file, the unit and the program once each, single-spaced,
in every state: normal, read-only, exercise and locked."""

from __future__ import annotations

from factories import PASSPHRASE

from cimicdesk.app import build_main_window
from cimicdesk.domain.enums import UnitLevel
from cimicdesk.store.database import create_database, open_database, write_meta
from cimicdesk.ui import window_title


def _show(qtbot, store, prompter):
    window = build_main_window(store, prompter)
    qtbot.addWidget(window)
    window.show()
    return window


def _clean(title: str) -> None:
    assert title.count("CIMIC Desk") == 1, title
    assert "  " not in title and title == title.strip(), title
    # Qt appends the display name (PROGRAM, set by app.application) to a title not ending with it.
    assert title.endswith(" — " + window_title.PROGRAM), title


def test_the_title_of_a_normal_database(qtbot, prompter, store):
    window = _show(qtbot, store, prompter)
    assert window.windowTitle() == "bn1.sqlite — BANBAT 1 — CIMIC Desk"
    _clean(window.windowTitle())


def test_the_title_of_a_read_only_database_is_marked_once(qtbot, prompter, db_path):
    store = create_database(db_path, "BANBAT 1", UnitLevel.BATTALION, passphrase=PASSPHRASE)
    write_meta(store.db, state="handed_over")
    store.db.conn.commit()
    store.close()
    with open_database(db_path) as handed_over:
        window = _show(qtbot, handed_over, prompter)
        title = window.windowTitle()
        assert title == "bn1.sqlite — BANBAT 1 — handed over — read-only — CIMIC Desk"
        assert title.count("read-only") == 1
        _clean(title)
        window.close()


def test_the_title_of_a_training_database(qtbot, prompter, tmp_path):
    path = tmp_path / "drill.sqlite"
    with create_database(
        path, "BANBAT 1", UnitLevel.BATTALION, training=True, passphrase=PASSPHRASE
    ) as store:
        window = _show(qtbot, store, prompter)
        title = window.windowTitle()
        assert title == "EXERCISE (training database) — drill.sqlite — BANBAT 1 — CIMIC Desk"
        _clean(title)
        window.close()


def test_the_title_of_a_locked_window_and_back(qtbot, prompter, store):
    window = _show(qtbot, store, prompter)
    assert window.lock()
    assert window.windowTitle() == "bn1.sqlite — locked — CIMIC Desk"
    _clean(window.windowTitle())


def test_compose_drops_dots_doubled_spaces_and_a_repeated_program_name():
    assert (
        window_title.compose(["CIMIC Desk", " a.sqlite ", "  ·  read-only", ""])
        == "a.sqlite — read-only — CIMIC Desk"
    )
