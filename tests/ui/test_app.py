"""app.run / app.launch: refused files, first start, the default database, --db."""

from __future__ import annotations

from factories import PASSPHRASE, raw_connect
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from cimicdesk import app, paths
from cimicdesk.domain.enums import UnitLevel
from cimicdesk.store import encryption, organisations
from cimicdesk.store.database import create_database, open_database
from cimicdesk.ui.main_window import MainWindow


def test_a_foreign_sqlite_file_is_refused_with_exit_code_2_and_left_untouched(
    qapp, tmp_path, prompter
):
    foreign = tmp_path / "budget.sqlite"
    conn = raw_connect(foreign)
    conn.execute("CREATE TABLE lines (amount REAL)")
    conn.commit()
    conn.close()
    before = foreign.read_bytes()
    assert app.run(["--db", str(foreign)], prompter=prompter) == 2
    [(kind, _title, message)] = prompter.asked
    assert kind == "error"
    assert "budget.sqlite is an SQLite database, but not one of CIMIC Desk" in message
    assert foreign.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["budget.sqlite"]
    assert not QApplication.topLevelWidgets() or not any(
        isinstance(w, MainWindow) and w.isVisible() for w in QApplication.topLevelWidgets()
    )


def test_a_text_file_is_refused_too(qapp, tmp_path, prompter):
    notes = tmp_path / "notes.sqlite"
    notes.write_text("not a database")
    assert app.run(["--db", str(notes)], prompter=prompter) == 2
    assert "not an SQLite file at all" in prompter.asked[0][2]
    assert notes.read_text() == "not a database"


def test_first_start_asks_the_unit_and_creates_the_database_in_the_data_dir(
    qtbot, tmp_path, prompter
):
    data = tmp_path / "usb"
    prompter.unit = ("BANBAT 3", UnitLevel.BATTALION, "")
    window = app.launch(["--data-dir", str(data)], prompter=prompter)
    assert isinstance(window, MainWindow)
    qtbot.addWidget(window)
    assert [q[0] for q in prompter.asked] == ["ask_unit", "new_passphrase"]
    assert (data / "cimicdesk.sqlite").exists()
    assert not encryption.is_plain(data / "cimicdesk.sqlite")
    assert window.store.path == paths.default_database(data)
    assert window.windowTitle() == "cimicdesk.sqlite — BANBAT 3 — CIMIC Desk"
    assert window.isVisible()
    assert prompter.parent is window
    window.close()
    window.store.close()


def test_first_start_cancelled_creates_nothing(qapp, tmp_path, prompter):
    prompter.unit = None
    data = tmp_path / "data"
    assert app.run(["--data-dir", str(data)], prompter=prompter) == 1
    assert not (data / "cimicdesk.sqlite").exists()


def test_later_starts_open_the_default_database_without_asking(qtbot, prompter):
    default = paths.default_database()  # CIMICDESK_DATA_DIR points into tmp (conftest)
    store = create_database(default, "BANBAT 1", UnitLevel.BATTALION, passphrase=PASSPHRASE)
    store.close()
    window = app.launch([], prompter=prompter)
    qtbot.addWidget(window)
    assert prompter.asked == []
    assert window.store.path == default
    window.close()
    window.store.close()


def test_run_shows_the_window_until_it_is_closed(qtbot, db_path, prompter):
    store = create_database(db_path, "BANBAT 1", UnitLevel.BATTALION, passphrase=PASSPHRASE)
    store.close()

    def close_it():
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, MainWindow) and widget.isVisible():
                qtbot.addWidget(widget)
                widget.organisations_page.editor.ui.nameEdit.setText("ACTED")
                widget.organisations_page.save_record()
                widget.close()

    QTimer.singleShot(0, close_it)
    assert app.run(["--db", str(db_path)], prompter=prompter) == 0
    with open_database(db_path) as reopened:
        assert [o.name for o in organisations.list_organisations(reopened).items] == ["ACTED"]


def test_the_days_backup_is_taken_off_the_ui_thread_after_the_window_shows(
    qtbot, db_path, prompter
):
    from cimicdesk.store import backups
    from cimicdesk.store.database import write_meta

    store = create_database(db_path, "BANBAT 1", UnitLevel.BATTALION, passphrase=PASSPHRASE)
    write_meta(store.db, created_at="2026-01-01T00:00:00.000Z")  # not a file made today
    store.db.conn.commit()
    store.close()
    window = app.launch(["--db", str(db_path)], prompter=prompter)
    qtbot.addWidget(window)
    assert window.isVisible()
    assert window.store.daily_backup is None  # not taken while opening, on the UI thread
    # The worker writes it once the window is up.
    qtbot.waitUntil(lambda: [b.kind for b in backups.list_backups(db_path)] == ["daily"])
    window.close()
    window.store.close()


def test_a_screenshot_run_takes_the_passphrase_from_the_environment_and_no_other_does(
    qtbot, db_path, prompter, tmp_path
):
    """A bundle's smoke test has no one at the keyboard: with --screenshot the window takes
    $CIMICDESK_PASSPHRASE (set by tests/conftest.py), as the commands do; otherwise the
    officer types it into the dialog."""
    create_database(db_path, "BANBAT 1", UnitLevel.BATTALION, passphrase=PASSPHRASE).close()
    encryption.lock()
    window = app.launch(
        ["--db", str(db_path), "--screenshot", str(tmp_path / "w.png")], prompter=prompter
    )
    qtbot.addWidget(window)
    assert prompter.questions("unlock") == []
    window.close()
    window.store.close()
    encryption.lock()
    window = app.launch(["--db", str(db_path)], prompter=prompter)
    qtbot.addWidget(window)
    assert len(prompter.questions("unlock")) == 1
    window.close()
    window.store.close()
