"""Main window: title, status bar, navigation and shortcuts, placeholders, search."""

from __future__ import annotations

from factories import PASSPHRASE
from ops_support import make_incident, make_qip, make_request
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication
from scripted_prompter import double_click_row, make_contact, make_entry, make_org, replace_text

from cimicdesk.domain.enums import UnitLevel
from cimicdesk.store.database import create_database
from cimicdesk.ui.workers import running_tasks

PAGE_ORDER = [
    "dashboard",
    "liaison",
    "contacts",
    "organisations",
    "qips",
    "incidents",
    "support",
    "reports",
    "sync",
    "map",
]


def test_title_and_status_bar_show_file_unit_and_live_count(open_window, store, db_path, qtbot):
    make_org(store, "ACTED")
    window = open_window()
    assert window.windowTitle() == "bn1.sqlite — BANBAT 1 — CIMIC Desk"
    assert window.file_label.full_text() == str(db_path)
    assert window.file_label.text().endswith("bn1.sqlite")  # a long path is cut in the middle
    assert str(db_path) in window.file_label.toolTip()
    assert window.unit_label.text() == "BANBAT 1 · Battalion"
    assert window.count_label.text() == "1 record"
    page = window.show_page("contacts")
    qtbot.keyClicks(page.editor.ui.nameEdit, "Marie Ndoumba")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert window.count_label.text() == "2 records"
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert window.count_label.text() == "1 record"


def test_navigation_lists_every_section_with_icons(window):
    navigation = window.ui.navigationList
    titles = [navigation.item(r).text() for r in range(navigation.count())]
    assert titles == [
        "Dashboard",
        "Liaison log",
        "Contacts",
        "Organisations",
        "QIPs",
        "Incidents",
        "Support requests",
        "Assessments",
        "Reports",
        "Sync",
        "Map",
    ]
    assert all(not navigation.item(r).icon().isNull() for r in range(navigation.count()))
    navigation.setCurrentRow(2)
    assert window.current_page() is window.contacts_page


def test_ctrl_number_jumps_to_each_page(window, qtbot):
    for number, key in enumerate(PAGE_ORDER, start=1):
        assert window.page_actions[key].shortcut() == QKeySequence(f"Ctrl+{number % 10}")
        key_code = getattr(Qt.Key, f"Key_{number % 10}")  # the tenth page: Ctrl+0
        qtbot.keyClick(window, key_code, Qt.KeyboardModifier.ControlModifier)
        assert window.current_page() is window.pages[key]
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.ui.navigationList.currentRow() == 2


def test_edit_shortcuts_are_the_usual_ones(window):
    assert window.new_action.shortcut() == QKeySequence("Ctrl+N")
    assert window.save_action.shortcut() == QKeySequence("Ctrl+S")
    assert window.undo_action.shortcut() == QKeySequence("Ctrl+Z")
    assert window.find_action.shortcut() == QKeySequence("Ctrl+F")
    window.show_page("dashboard")
    assert not window.save_action.isEnabled()
    window.show_page("contacts")
    assert window.save_action.isEnabled()


def test_ctrl_n_starts_a_new_record_on_the_current_page(open_window, store, qtbot):
    make_contact(store, "Marie Ndoumba")
    window = open_window()
    page = window.show_page("contacts")
    assert not page.editor.is_new
    qtbot.keyClick(page.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert page.editor.is_new
    assert page.title_label.text() == "New contact"


def test_ctrl_f_focuses_search_and_typing_finds_across_kinds(open_window, store, qtbot):
    nrc = make_org(store, "Norwegian Refugee Council", notes="water trucking in Bria")
    marie = make_contact(store, "Marie Ndoumba", notes="runs the water committee")
    entry = make_entry(store, contacts=[marie], purpose="Water point repairs at Bria")
    window = open_window()
    qtbot.keyClick(window.dashboard_page.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is window.search_box
    qtbot.keyClicks(window.search_box, "water")
    qtbot.waitUntil(lambda: window.search_page.model.rowCount() == 3)
    assert window.current_page() is window.search_page
    model = window.search_page.model
    found = {(model.index(r, 0).data(), model.index(r, 1).data()) for r in range(3)}
    assert ("Organisation", "Norwegian Refugee Council") in found
    assert ("Contact", "Marie Ndoumba") in found
    assert any(
        kind == "Liaison entry" and title.startswith("BANBAT1-2026-0001") for kind, title in found
    )
    assert "«" in model.index(0, 2).data()  # the matched word is marked

    for row in range(3):
        window.show_page("search")
        kind = model.index(row, 0).data()
        double_click_row(qtbot, window.search_page.table, row)
        expected = {
            "Organisation": (window.organisations_page, nrc.id),
            "Contact": (window.contacts_page, marie.id),
            "Liaison entry": (window.liaison_page, entry.id),
        }[kind]
        assert window.current_page() is expected[0]
        assert expected[0].editor.record_id == expected[1]


def test_search_finds_and_opens_qips_incidents_and_support_requests(open_window, store, qtbot):
    qip = make_qip(store, "Borehole at Zemio")
    incident = make_incident(store, place="Zemio market")
    request = make_request(store, to_place="Zemio")
    window = open_window()
    window.focus_search()
    qtbot.keyClicks(window.search_box, "zemio")
    qtbot.waitUntil(lambda: window.search_page.model.rowCount() == 3)
    model = window.search_page.model
    kinds = {model.index(r, 0).data() for r in range(3)}
    assert kinds == {"QIP", "Incident", "Support request"}
    expected = {
        "QIP": ("qips", qip.id),
        "Incident": ("incidents", incident.id),
        "Support request": ("support", request.id),
    }
    for row in range(3):
        window.show_page("search")
        key, record_id = expected[model.index(row, 0).data()]
        double_click_row(qtbot, window.search_page.table, row)
        assert window.current_page() is window.pages[key]
        assert window.pages[key].editor.record_id == record_id


def test_enter_in_the_search_box_opens_the_best_hit(open_window, store, qtbot):
    make_contact(store, "Awa Sow")
    marie = make_contact(store, "Marie Ndoumba")
    window = open_window()
    window.focus_search()
    qtbot.keyClicks(window.search_box, "ndoum")
    qtbot.keyClick(window.search_box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.current_page() is window.contacts_page)
    assert window.contacts_page.editor.record_id == marie.id


def test_search_says_when_nothing_matches_and_escape_goes_back(open_window, store, qtbot):
    make_contact(store, "Marie Ndoumba")
    window = open_window()
    window.show_page("contacts")
    window.focus_search()
    qtbot.keyClicks(window.search_box, "zzyzx")
    qtbot.waitUntil(lambda: window.current_page() is window.search_page)
    qtbot.waitUntil(lambda: "Nothing found" in window.search_page.heading.text())
    qtbot.keyClick(window.search_box, Qt.Key.Key_Escape)
    assert window.search_box.text() == ""
    assert window.current_page() is window.contacts_page


def test_pasting_a_page_into_search_works_off_the_ui_thread_and_the_newest_text_wins(
    open_window, store, qtbot
):
    # Issue 11: pasting 24,000 characters into the search box froze the window for 53 s.
    marie = make_contact(store, "Marie Ndoumba", notes="water committee")
    make_org(store, "Zemio water board")
    make_org(store, "Zemio market traders")
    window = open_window()
    page = window.search_page
    shown: list[str] = []
    page.model.modelReset.connect(lambda: shown.append(page.model.text))
    window.focus_search()
    QApplication.clipboard().setText("ndoumba water " * 2000)
    qtbot.keyClick(window.search_box, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert len(window.search_box.text()) > 24_000
    window.run_search()  # what the pause after typing does
    # Nothing was searched on the UI thread: a worker does it, the window goes on.
    assert shown == [] and page.model.pending()
    assert [task.description for task in running_tasks()] == ["Search"]
    with qtbot.waitSignal(page.results_shown):
        pass
    assert shown == [("ndoumba water " * 2000).strip()]
    assert page.model.rowCount() == 1
    assert page.model.index(0, page.model.TITLE).data() == "Marie Ndoumba"
    heading = page.heading.text()
    assert "The search was shortened" in heading and len(heading) < 400

    # Typing on while a search runs: only the newest text is searched next, and hits of
    # older text never replace it.
    shown.clear()
    qtbot.keyClick(window.search_box, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(window.search_box, "water")
    window.run_search()
    qtbot.keyClick(window.search_box, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(window.search_box, "zemio")
    window.run_search()
    qtbot.keyClicks(window.search_box, " mar")
    window.run_search()
    assert shown == [] and len(running_tasks()) == 1  # one search at a time
    qtbot.waitUntil(lambda: not page.model.pending())
    assert shown == ["zemio mar"]  # hits of older text were never shown
    assert [page.model.index(r, 1).data() for r in range(page.model.rowCount())] == [
        "Zemio market traders"
    ]
    assert "shortened" not in page.heading.text()
    qtbot.keyClick(window.search_box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.current_page() is window.organisations_page)
    assert marie.id not in (window.organisations_page.editor.record_id or "")


def test_closing_with_unsaved_changes_asks(window, prompter, qtbot):
    page = window.show_page("contacts")
    qtbot.keyClicks(page.editor.ui.nameEdit, "Marie")
    prompter.confirm_answers = [False]
    assert not window.close()
    assert prompter.questions("confirm")[-1][1] == "Unsaved changes"
    assert "Contacts" in prompter.questions("confirm")[-1][2]
    prompter.confirm_answers = [True]
    assert window.close()


def test_open_database_switches_to_another_file_and_refuses_a_foreign_one(
    window, tmp_path, prompter
):
    other = create_database(
        tmp_path / "sector.sqlite", "Sector West", UnitLevel.SECTOR, passphrase=PASSPHRASE
    )
    other.close()
    prompter.open_path = tmp_path / "sector.sqlite"
    assert window.open_other_database()
    assert window.windowTitle() == "sector.sqlite — Sector West — CIMIC Desk"
    assert window.unit_label.text() == "Sector West · Sector HQ"
    foreign = tmp_path / "notes.txt"
    foreign.write_text("shopping list")
    prompter.open_path = foreign
    assert not window.open_other_database()
    message = prompter.questions("error")[-1][2]
    assert "not a CIMIC Desk database" in message
    assert window.unit_label.text() == "Sector West · Sector HQ"
    window.store.close()


def test_new_database_asks_file_and_unit(window, tmp_path, prompter):
    prompter.new_path = tmp_path / "bn2.sqlite"
    prompter.unit = ("BANBAT 2", UnitLevel.BATTALION, "")
    assert window.new_database()
    assert (tmp_path / "bn2.sqlite").exists()
    assert window.unit_label.text() == "BANBAT 2 · Battalion"
    assert window.count_label.text() == "0 records"
    window.store.close()


def test_edits_in_a_line_edit_keep_ctrl_z_for_text(open_window, store, qtbot):
    make_contact(store, "Marie Ndoumba")
    window = open_window()
    page = window.show_page("contacts")
    replace_text(qtbot, page.editor.ui.placeEdit, "Bria")
    qtbot.keyClick(page.editor.ui.placeEdit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert page.editor.ui.placeEdit.text() != "Bria"  # the text edit's own undo
    assert page.last_deleted is None


def test_a_handed_over_database_opens_read_only(qtbot, db_path, prompter):
    from cimicdesk.app import build_main_window
    from cimicdesk.store.database import open_database, write_meta

    store = create_database(db_path, "BANBAT 1", UnitLevel.BATTALION, passphrase=PASSPHRASE)
    make_contact(store, "Marie Ndoumba")
    zara = make_contact(store, "Zara Yakité")
    write_meta(store.db, state="handed_over")
    store.db.conn.commit()
    store.close()
    with open_database(db_path) as handed_over:
        window = build_main_window(handed_over, prompter)
        qtbot.addWidget(window)
        page = window.show_page("contacts")
        assert window.unit_label.text() == "BANBAT 1 · Battalion  ·  handed over — read-only"
        assert window.windowTitle().endswith("handed over — read-only — CIMIC Desk")
        assert not window.save_action.isEnabled()
        assert not page.save_button.isEnabled()
        assert not page.editor.isEnabled()
        assert "handed over" in page.message_label.text()
        assert page.editor.record.name == "Marie Ndoumba"
        page.open_record(zara.id)  # another record: still nothing to type into
        assert not page.editor.isEnabled()
        page.new_record()
        assert "handed over" in page.message_label.text()
