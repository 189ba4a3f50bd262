"""Searchable pickers start empty with a grey placeholder: typing starts from nothing, an
empty picker means none, and Enter in an Add picker picks and adds in one key."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox
from scripted_prompter import click_row, make_contact, make_entry, make_org

from cimicdesk.store import contacts, liaison
from cimicdesk.ui.widgets.choices import chosen_id

# (page, picker, its placeholder): every searchable picker of the editors.
PICKERS = [
    ("contacts", "organisationCombo", "(no organisation)"),
    ("organisations", "parentCombo", "(none)"),
    ("liaison", "addContactCombo", "Choose a contact…"),
    ("liaison", "addOrganisationCombo", "Choose an organisation…"),
    ("qips", "partnerCombo", "(no partner yet)"),
    ("qips", "focalPointCombo", "(no focal point)"),
    ("incidents", "sourceContactCombo", "(no contact)"),
    ("incidents", "sourceOrganisationCombo", "(no organisation)"),
    ("incidents", "addLinkCombo", "Choose a liaison entry…"),
    ("support", "requesterCombo", "(no organisation)"),
    ("support", "contactCombo", "(no contact)"),
]
# Typing opens the completer's popup, which the offscreen platform cannot raise or let grab
# the keyboard: its warnings say nothing about the pickers.
POPUP_WARNINGS = pytest.mark.qt_log_ignore(
    r"This plugin does not support (raise|grabbing the keyboard|propagateSizeHints)"
)


def type_into(qtbot, combo: QComboBox, text: str) -> None:
    """Click into the picker and type, as a user would."""
    combo.lineEdit().setFocus()
    qtbot.keyClicks(combo.lineEdit(), text)


@POPUP_WARNINGS
@pytest.mark.parametrize(("page_key", "picker", "placeholder"), PICKERS)
def test_an_empty_picker_shows_its_placeholder_and_holds_no_text(
    open_window, store, qtbot, page_key, picker, placeholder
):
    make_org(store, "Mairie de Bria")
    make_contact(store, "Marie Ndoumba")
    make_entry(store, contacts=[make_contact(store, "Jean Zanga")])
    window = open_window()
    page = window.show_page(page_key)
    page.activate()
    combo = getattr(page.editor.ui, picker)
    assert combo.lineEdit().placeholderText() == placeholder
    assert combo.currentText() == ""
    assert placeholder not in [combo.itemText(i) for i in range(combo.count())]
    assert chosen_id(combo) is None
    type_into(qtbot, combo, "Ma")
    assert combo.currentText() == "Ma"


@POPUP_WARNINGS
def test_typing_in_the_organisation_picker_starts_from_empty_and_picks(open_window, store, qtbot):
    make_org(store, "Mairie de Bria")
    mairie = make_org(store, "Mairie")
    window = open_window()
    page = window.show_page("contacts")
    ui = page.editor.ui
    qtbot.keyClicks(ui.nameEdit, "Marie Ndoumba")
    type_into(qtbot, ui.organisationCombo, "Mairie")
    assert ui.organisationCombo.currentText() == "Mairie"
    assert chosen_id(ui.organisationCombo) == mairie.id
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    [saved] = contacts.list_contacts(store).items
    assert saved.organisation_id == mairie.id


@POPUP_WARNINGS
def test_an_empty_organisation_picker_saves_no_organisation(open_window, store, qtbot):
    mairie = make_org(store, "Mairie")
    marie = make_contact(store, "Marie Ndoumba", organisation_id=mairie.id)
    window = open_window()
    page = window.show_page("contacts")
    click_row(qtbot, page.table, 0)
    combo = page.editor.ui.organisationCombo
    assert combo.currentText() == "Mairie"
    combo.lineEdit().setFocus()
    combo.lineEdit().selectAll()
    qtbot.keyClick(combo.lineEdit(), Qt.Key.Key_Delete)
    assert combo.currentText() == ""
    assert page.save_record()
    assert contacts.get_contact(store, marie.id).organisation_id is None


@POPUP_WARNINGS
def test_a_new_contact_left_without_organisation_saves_none(open_window, store, qtbot):
    make_org(store, "Mairie")
    window = open_window()
    page = window.show_page("contacts")
    qtbot.keyClicks(page.editor.ui.nameEdit, "Sultan Zemio")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    [saved] = contacts.list_contacts(store).items
    assert saved.name == "Sultan Zemio" and saved.organisation_id is None


def participants(page) -> list[str]:
    found = page.editor.ui.participantsList
    return [found.item(row).text() for row in range(found.count())]


@POPUP_WARNINGS
def test_enter_in_add_contact_picks_and_adds_the_participant(open_window, store, qtbot):
    marie = make_contact(store, "Marie Ndoumba")
    make_contact(store, "Marius Bembe")
    window = open_window()
    page = window.show_page("liaison")
    page.activate()
    ui = page.editor.ui
    type_into(qtbot, ui.addContactCombo, "Marie Ndoumba")
    qtbot.keyClick(ui.addContactCombo.lineEdit(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: participants(page) == ["Marie Ndoumba"])
    assert ui.addContactCombo.currentText() == ""  # ready for the next name
    qtbot.keyClicks(ui.purposeEdit, "Water point repairs")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    [listed] = liaison.list_liaison(store).items
    saved = liaison.get_liaison(store, listed.id)
    assert [(p.kind.value, p.target_id) for p in saved.participants] == [("contact", marie.id)]


@POPUP_WARNINGS
def test_enter_after_part_of_a_name_adds_the_one_contact_it_matches(open_window, store, qtbot):
    make_contact(store, "Marie Ndoumba")
    make_contact(store, "Jean Zanga")
    window = open_window()
    page = window.show_page("liaison")
    page.activate()
    ui = page.editor.ui
    type_into(qtbot, ui.addContactCombo, "zang")
    qtbot.keyClick(ui.addContactCombo.lineEdit(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: participants(page) == ["Jean Zanga"])


@POPUP_WARNINGS
def test_enter_on_an_unknown_name_adds_nothing_and_says_why(open_window, store, qtbot):
    make_contact(store, "Marie Ndoumba")
    make_contact(store, "Marius Bembe")
    window = open_window()
    page = window.show_page("liaison")
    page.activate()
    ui = page.editor.ui
    type_into(qtbot, ui.addContactCombo, "Mari")  # two names hold it: none is picked
    qtbot.keyClick(ui.addContactCombo.lineEdit(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.editor.error_text("participants") != "")
    assert "Choose a contact from the list first" in page.editor.error_text("participants")
    assert participants(page) == []


@POPUP_WARNINGS
def test_enter_in_the_incident_link_picker_links_the_entry(open_window, store, qtbot):
    marie = make_contact(store, "Marie Ndoumba")
    entry = make_entry(store, contacts=[marie], place="Bria")
    window = open_window()
    page = window.show_page("incidents")
    page.activate()
    ui = page.editor.ui
    name = ui.addLinkCombo.itemText(ui.addLinkCombo.findData(entry.id))
    type_into(qtbot, ui.addLinkCombo, name)
    qtbot.keyClick(ui.addLinkCombo.lineEdit(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.editor.linked_entries() == (entry.id,))
