"""Start and Save do only the work the officer waits for: no report library to open the
window, pages built when first shown, hidden pages read again when shown, pickers not
refilled by a save, record counts kept right without recounting (issue 16)."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from pathlib import Path

from factories import PASSPHRASE, TEST_KDF_ITERATIONS, make_contact, make_entry, make_org
from PySide6.QtWidgets import QComboBox

from cimicdesk.store import contacts, liaison, stats
from cimicdesk.store.purge import purge_record
from cimicdesk.store.schema import SYNCED_TABLES
from cimicdesk.ui import record_counts
from cimicdesk.ui.widgets.column_fit import fitter_of

SRC = Path(__file__).resolve().parents[2] / "src"


def fresh_counts(store) -> dict[str, int]:
    return {
        table: store.db.execute(f"SELECT count(*) FROM {table} WHERE deleted = 0").fetchone()[0]
        for table in SYNCED_TABLES
    }


def _run_cimicdesk(argv: str, report: str, *paths: Path) -> str:
    """The output of `main([argv...])` run in a child process of its own on this tree's
    sources (the database's passphrase in its environment), then `report` printed: what a
    started program has imported. sys.argv[1:] are `paths`."""
    script = f"""
import sys
from cimicdesk.store import encryption
encryption.KDF_ITERATIONS = {TEST_KDF_ITERATIONS}
from cimicdesk.cli import main
code = main([{argv}])
{report}
"""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(SRC))
    env["CIMICDESK_PASSPHRASE"] = PASSPHRASE
    done = subprocess.run(
        [sys.executable, "-c", script, *map(str, paths)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    return done.stdout + done.stderr


def test_opening_the_window_loads_no_report_library(store, db_path, tmp_path):
    make_entry(store, contacts=[make_contact(store)], purpose="Water point")
    store.close()
    shot = tmp_path / "shot.png"
    output = _run_cimicdesk(
        '"gui", "--db", sys.argv[1], "--screenshot", sys.argv[2]',
        "tops = {m.split('.')[0] for m in sys.modules}\n"
        "loaded = sorted(tops & {'reportlab', 'docx'})\n"
        "reports = sorted(m for m in sys.modules if m.startswith('cimicdesk.reports.commands'))\n"
        "print('exit', code, 'loaded', loaded, 'reports', reports)",
        db_path,
        shot,
    )
    assert "exit 0 loaded [] reports []" in output, output
    assert shot.is_file()


def test_commands_still_load_what_they_need(store, db_path, tmp_path):
    """A report command still finds its library: imported when the command runs (not
    when the parser is built: tests/cli/test_gui_and_help.py)."""
    make_entry(store, contacts=[make_contact(store)], purpose="Water point")
    store.close()
    brief = tmp_path / "brief.pdf"
    output = _run_cimicdesk(
        '"handover-brief", sys.argv[1], "--out", sys.argv[2]',
        "print('exit', code, 'reportlab' in sys.modules)",
        db_path,
        brief,
    )
    assert "exit 0 True" in output, output
    assert brief.read_bytes().startswith(b"%PDF")


def test_only_the_dashboard_is_built_to_open_and_a_page_is_built_when_shown(
    store, open_window, qtbot
):
    org = make_org(store, "Mercy Relief")
    window = open_window()
    assert list(window.pages.built()) == ["dashboard"]
    assert list(window.pages)[:3] == ["dashboard", "liaison", "contacts"]
    assert window.ui.navigationList.count() == 11
    page = window.show_page("organisations")
    assert window.pages.is_built("organisations")
    assert page.model.rowCount() == 1
    assert page.model.record_at(0).id == org.id
    assert not window.pages.is_built("reports") and not window.pages.is_built("sync")
    # Every page once built has the title and icon the navigation showed for it.
    for row, key in enumerate(k for k in window.pages if k != "search"):
        assert window.ui.navigationList.item(row).text() == window.pages[key].TITLE


def test_a_save_leaves_the_hidden_dashboard_alone_and_it_shows_the_new_count(
    store, open_window, qtbot, monkeypatch
):
    make_contact(store, "Awa Diallo")
    window = open_window()
    dashboard = window.dashboard_page
    page = window.show_page("contacts")
    reloads: list[int] = []
    monkeypatch.setattr(
        dashboard,
        "_update_labels",
        lambda real=dashboard._update_labels: reloads.append(1) or real(),
    )
    page.new_record()
    page.editor.ui.nameEdit.setText("Bintou Keita")
    assert page.save_record()
    assert reloads == []  # hidden: not recounted
    assert "2 contacts" in window.count_label.toolTip()
    window.show_page("dashboard")
    assert reloads == [1]
    assert "2 contacts" in dashboard.summary_label.text()


def test_saving_a_liaison_entry_does_not_refill_the_pickers_but_a_new_contact_shows(
    store, open_window, qtbot
):
    awa = make_contact(store, "Awa Diallo")
    make_org(store, "Mercy Relief")
    make_entry(store, contacts=[awa], purpose="First visit")
    window = open_window()
    page = window.show_page("liaison")
    combo: QComboBox = page.editor.ui.addContactCombo
    organisations_combo: QComboBox = page.editor.ui.addOrganisationCombo
    cleared: list[str] = []
    combo.model().modelReset.connect(lambda: cleared.append("contacts"))
    combo.model().rowsInserted.connect(lambda *_: cleared.append("contact inserted"))
    organisations_combo.model().modelReset.connect(lambda: cleared.append("organisations"))
    page.table.selectRow(0)
    page.editor.ui.purposeEdit.setPlainText("First visit, again")
    assert page.save_record()
    page.editor.ui.purposeEdit.setPlainText("First visit, a third time")
    assert page.save_record()
    assert cleared == []
    assert combo.findText("Awa Diallo") > 0
    # A contact added on the Contacts page is there when the liaison log shows again.
    people = window.show_page("contacts")
    people.new_record()
    people.editor.ui.nameEdit.setText("Bintou Keita")
    assert people.save_record()
    window.show_page("liaison")
    assert combo.findText("Bintou Keita") > 0
    assert combo.findText("Awa Diallo") > 0


def test_record_counts_stay_right_after_saves_deletes_restores_and_purges(store):
    assert stats.record_counts(store) == fresh_counts(store)
    contact = make_contact(store, "Awa Diallo")
    entry = make_entry(store, contacts=[contact], purpose="First visit")
    assert stats.record_counts(store) == fresh_counts(store)
    liaison.delete_liaison(store, entry.id)
    assert stats.record_counts(store) == fresh_counts(store)
    liaison.restore_liaison(store, entry.id)
    assert stats.record_counts(store) == fresh_counts(store)
    contacts.delete_contact(store, contact.id)
    assert stats.record_counts(store) == fresh_counts(store)
    purge_record(store, "liaison_entries", entry.id, reason="test", scrub_backups=False)
    assert stats.record_counts(store) == fresh_counts(store)
    assert stats.record_counts(store)["liaison_entries"] == 0


def test_record_counts_follow_a_write_by_another_connection(store, db_path):
    """An import runs on its own connection: the counts are read again after it."""
    from cimicdesk.store.database import open_database

    make_org(store, "Mercy Relief")
    assert stats.record_counts(store)["organisations"] == 1
    with open_database(db_path, daily_backup=False) as other:
        make_org(other, "Water Aid")
        make_org(other, "Red Cross")
    assert stats.record_counts(store)["organisations"] == 3 == fresh_counts(store)["organisations"]
    assert stats.table_version(store, "organisations") is not None


def test_a_rolled_back_write_leaves_the_counts_as_they_were(store):
    make_org(store, "Mercy Relief")
    before = stats.record_counts(store)
    conn = store.db.conn
    conn.execute("BEGIN")
    conn.execute("UPDATE organisations SET deleted = 1 WHERE deleted = 0")
    assert stats.record_counts(store)["organisations"] == 0
    conn.execute("ROLLBACK")
    assert stats.record_counts(store) == before
    assert before == fresh_counts(store)


def test_a_saved_row_is_measured_again_alone_and_the_columns_fit_as_if_all_were(
    store, open_window, qtbot
):
    for name in ("Awa Diallo", "Bintou Keita", "Chérif Touré"):
        make_contact(store, name)
    window = open_window()
    page = window.show_page("contacts")
    fitter = fitter_of(page.table)
    assert fitter is not None
    fitter.wants()
    measured: list[tuple[int, int]] = []
    real_cell = fitter._cell
    fitter._cell = lambda row, column: measured.append((row, column)) or real_cell(row, column)
    page.table.selectRow(1)
    page.editor.ui.nameEdit.setText("Bintou Keita-Ouédraogo de la Grande Rivière du Nord")
    assert page.save_record()
    wants = fitter.wants()
    assert {row for row, _column in measured} == {page.model.row_of(page.editor.record_id)}
    fitter._contents_changed()  # everything measured again, as before
    assert fitter.wants() == wants


def test_on_a_large_file_the_counts_are_read_off_the_ui_thread(
    store, open_window, qtbot, monkeypatch
):
    awa = make_contact(store, "Awa Diallo")
    make_org(store, "Mercy Relief")
    make_entry(store, contacts=[awa], purpose="First visit")
    monkeypatch.setattr(record_counts, "COUNT_AT_ONCE_ROWS", 0)  # every file is large
    counted_on: list[bool] = []
    real_count = stats._count
    monkeypatch.setattr(
        stats,
        "_count",
        lambda s, table: (
            counted_on.append(threading.current_thread() is threading.main_thread())
            or real_count(s, table)
        ),
    )
    window = open_window()
    qtbot.waitUntil(lambda: window.count_label.text() == "3 records", timeout=10_000)
    assert counted_on and not any(counted_on)  # every table counted by the worker
    assert "1 contact" in window.dashboard_page.summary_label.text()
    assert "1 liaison entry" in window.count_label.toolTip()
    assert stats.record_counts(store, stats.WINDOW_TABLES) == {
        t: n for t, n in fresh_counts(store).items() if t in stats.WINDOW_TABLES
    }


def test_counts_read_while_the_window_wrote_are_not_taken(store, open_window, qtbot):
    make_contact(store, "Awa Diallo")
    window = open_window()
    counter = window.record_counter
    mark = stats.count_mark(store)
    stale = stats.count_tables(store, stats.WINDOW_TABLES)
    make_contact(store, "Bintou Keita")  # written while a worker would be counting
    counter._counted(store, stale, mark)
    assert counter._refused
    assert counter.counts(stats.WINDOW_TABLES)["contacts"] == 2 == fresh_counts(store)["contacts"]
