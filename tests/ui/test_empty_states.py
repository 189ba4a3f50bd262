"""Empty lists say what they hold and what to do first (a button that does it); a list
emptied by its filter says so (a button that clears it); search and sync alike."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from scripted_prompter import make_contact, make_entry, make_org

from cimicdesk.domain.enums import ContactCategory
from cimicdesk.store import liaison

# Page key -> the first words of its note, its button.
NOTES = {
    "liaison": ("No liaison entries yet.\nRecord your first meeting", "New liaison entry (Ctrl+N)"),
    "contacts": ("No contacts yet.\nAdd the people you deal with", "New contact (Ctrl+N)"),
    "organisations": ("No organisations yet.\nAdd the authorities", "New organisation (Ctrl+N)"),
    "qips": ("No quick impact projects yet.\nRecord a project", "New project (Ctrl+N)"),
    "incidents": ("No incidents yet.\nRecord an incident", "New incident (Ctrl+N)"),
    "support": ("No support requests yet.\nRecord a request", "New support request (Ctrl+N)"),
}


def shown(widget) -> bool:
    return widget.isVisible() and widget.width() > 0 and widget.height() > 0


def in_editor(page) -> bool:
    focus = QApplication.focusWidget()
    return focus is not None and page.editor.isAncestorOf(focus)


@pytest.mark.parametrize("key", list(NOTES))
def test_an_empty_list_says_what_to_do_first_and_its_button_starts_a_new_record(window, qtbot, key):
    page = window.show_page(key)
    state = page.empty_state
    text, button = NOTES[key]
    assert shown(state)
    assert state.label.text().startswith(text)
    assert state.button.text() == button
    # The note covers the list's rows, not its header.
    assert state.geometry() == page.table.viewport().geometry()
    page.table.setFocus()
    assert not in_editor(page)
    qtbot.mouseClick(state.button, Qt.MouseButton.LeftButton)
    assert page.editor.is_new
    assert in_editor(page)  # typing starts the new record at once


def test_the_note_goes_once_a_record_is_saved_and_comes_back_when_it_is_deleted(window, qtbot):
    page = window.show_page("contacts")
    qtbot.mouseClick(page.empty_state.button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(page.editor.ui.nameEdit, "Marie Ndoumba")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert page.model.rowCount() == 1
    assert not page.empty_state.isVisible()
    assert page.delete_record()
    assert page.model.rowCount() == 0
    assert shown(page.empty_state)
    assert page.empty_state.label.text().startswith("No contacts yet.")


def test_a_filter_that_hides_every_record_says_so_and_clear_brings_the_rows_back(
    open_window, store, qtbot
):
    make_contact(store, "Marie Ndoumba", category=ContactCategory.GOVERNMENT_OFFICIAL)
    make_contact(store, "Jean Kossi", category=ContactCategory.GOVERNMENT_OFFICIAL)
    window = open_window()
    page = window.show_page("contacts")
    assert not page.empty_state.isVisible()
    page.category_combo.setCurrentIndex(
        page.category_combo.findData(ContactCategory.GOVERNMENT_OFFICIAL.value)
    )
    assert page.model.rowCount() == 2
    page.filter_edit.setText("zzyzx")
    page.apply_filters()
    assert page.model.rowCount() == 0
    assert shown(page.empty_state)
    assert page.empty_state.label.text() == "No contacts match the filter."
    assert page.empty_state.button.text() == "Clear filter"
    qtbot.mouseClick(page.empty_state.button, Qt.MouseButton.LeftButton)
    assert page.filter_edit.text() == ""
    assert page.category_combo.currentIndex() == 0
    assert not page.model.filtered
    assert page.model.rowCount() == 2
    assert not page.empty_state.isVisible()
    assert page.count_label.text() == "2 contacts"


def test_clear_filter_also_clears_dates_and_the_participant_chip(open_window, store, qtbot):
    marie = make_contact(store, "Marie Ndoumba")
    jean = make_contact(store, "Jean Kossi")
    make_entry(store, contacts=[marie])
    window = open_window()
    window.show_liaison_with(jean.id, jean.name)
    page = window.liaison_page
    page.from_date.set_value(page.from_date.default().addDays(400))
    assert page.model.rowCount() == 0
    assert page.participant_chip.isVisible()
    assert page.empty_state.label.text() == "No liaison entries match the filter."
    qtbot.mouseClick(page.empty_state.button, Qt.MouseButton.LeftButton)
    assert page.from_date.value() is None
    assert page.participant_chip.value == "" and not page.participant_chip.isVisible()
    assert [page.model.record_at(0).id] == [e.id for e in liaison.list_liaison(store).items]
    assert not page.empty_state.isVisible()


def test_search_that_finds_nothing_says_how_words_match_and_clears(open_window, store, qtbot):
    make_org(store, "Mairie de Bria")
    window = open_window()
    window.show_page("organisations")
    window.focus_search()
    qtbot.keyClicks(window.search_box, "zzyzx")
    qtbot.waitUntil(lambda: "Nothing found" in window.search_page.heading.text())
    state = window.search_page.empty_state
    assert shown(state)
    assert "Words match by their beginnings" in state.label.text()
    qtbot.mouseClick(state.button, Qt.MouseButton.LeftButton)
    assert window.search_box.text() == ""
    assert window.current_page() is window.organisations_page
    # A search that finds something shows no note.
    window.focus_search()
    qtbot.keyClicks(window.search_box, "bria")
    qtbot.waitUntil(lambda: window.search_page.model.rowCount() == 1)
    assert not state.isVisible()


def test_sync_with_no_file_received_offers_the_import(window, prompter, qtbot):
    asked = []
    prompter.choose_unit_files = lambda folder: asked.append(folder) or []  # cancelled
    page = window.show_page("sync")
    state = page.imports_empty
    assert shown(state)
    assert state.label.text().startswith("The unit files other units send you")
    assert state.button.text() == "Import unit files…"
    qtbot.mouseClick(state.button, Qt.MouseButton.LeftButton)
    assert len(asked) == 1  # the import's file chooser opened


def test_a_read_only_database_says_its_lists_are_empty_without_offering_new_records(
    qtbot, db_path, prompter
):
    from factories import PASSPHRASE

    from cimicdesk.app import build_main_window
    from cimicdesk.domain.enums import UnitLevel
    from cimicdesk.store.database import create_database, open_database, write_meta

    store = create_database(db_path, "BANBAT 1", UnitLevel.BATTALION, passphrase=PASSPHRASE)
    write_meta(store.db, state="handed_over")
    store.db.conn.commit()
    store.close()
    with open_database(db_path) as handed_over:
        window = build_main_window(handed_over, prompter)
        qtbot.addWidget(window)
        window.show()
        assert not window.dashboard_page.first_steps.isVisible()
        page = window.show_page("incidents")
        assert shown(page.empty_state)
        assert page.empty_state.label.text() == "No incidents yet."
        assert not page.empty_state.button.isVisible()
        sync = window.show_page("sync")
        assert shown(sync.imports_empty) and not sync.imports_empty.button.isVisible()
        window.close()
