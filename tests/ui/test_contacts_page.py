"""Contacts page: create, edit, delete, undo; field errors; unsaved changes; links."""

from __future__ import annotations

from PySide6.QtCore import Qt
from scripted_prompter import click_row, make_contact, make_entry, make_org, replace_text

from cimicdesk.domain.enums import ContactCategory, Sensitivity
from cimicdesk.domain.masking import restricted_code
from cimicdesk.store import contacts


def names(store) -> list[str]:
    return [c.name for c in contacts.list_contacts(store).items]


def test_create_a_contact_with_organisation_languages_and_phones(open_window, store, qtbot):
    nrc = make_org(store, "Norwegian Refugee Council", acronym="NRC")
    window = open_window()
    page = window.show_page("contacts")
    ui = page.editor.ui
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(ui.nameEdit, "Marie Ndoumba")
    qtbot.keyClicks(ui.positionEdit, "Head of sub-office")
    ui.organisationCombo.setCurrentIndex(ui.organisationCombo.findData(nrc.id))
    ui.categoryCombo.setCurrentIndex(ui.categoryCombo.findData(ContactCategory.NGO_STAFF.value))
    qtbot.keyClicks(ui.languagesEdit, "French, Sango")
    qtbot.keyClicks(ui.phonesEdit, "+236 72 12 34 56")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)

    [saved] = contacts.list_contacts(store).items
    assert saved.name == "Marie Ndoumba"
    assert saved.organisation_id == nrc.id
    assert saved.category is ContactCategory.NGO_STAFF
    assert saved.languages == ("French", "Sango")
    assert saved.phones == ("+236 72 12 34 56",)
    assert page.model.index(0, page.model.ORGANISATION).data() == "Norwegian Refugee Council (NRC)"
    assert ui.showLiaisonButton.isEnabled()


def test_bad_phone_and_email_stay_unsaved_with_messages_under_the_fields(window, store, qtbot):
    page = window.show_page("contacts")
    ui = page.editor.ui
    qtbot.keyClicks(ui.nameEdit, "Marie Ndoumba")
    qtbot.keyClicks(ui.phonesEdit, "call the mayor")
    qtbot.keyClicks(ui.emailEdit, "marie@")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert contacts.count_contacts(store) == 0
    assert "Not a phone number: call the mayor" in page.editor.error_text("phones")
    assert "not an e-mail address" in page.editor.error_text("email")
    assert page.editor.is_marked("phones") and page.editor.is_marked("email")
    assert page.message_label.text().startswith("Not saved")
    assert ui.nameEdit.text() == "Marie Ndoumba"


def test_unknown_organisation_typed_in_the_picker_is_refused(open_window, store, qtbot):
    make_org(store, "Norwegian Refugee Council")
    window = open_window()
    page = window.show_page("contacts")
    ui = page.editor.ui
    qtbot.keyClicks(ui.nameEdit, "Marie Ndoumba")
    ui.organisationCombo.setEditText("Nowhere Agency")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert "No organisation is called 'Nowhere Agency'" in page.editor.error_text("organisation_id")
    assert contacts.count_contacts(store) == 0


def test_edit_delete_and_undo(open_window, store, prompter, qtbot):
    marie = make_contact(store, "Marie Ndoumba")
    window = open_window()
    page = window.show_page("contacts")
    click_row(qtbot, page.table, 0)
    replace_text(qtbot, page.editor.ui.positionEdit, "Maire")
    window.save_action.trigger()
    assert contacts.get_contact(store, marie.id).position == "Maire"
    assert page.model.index(0, page.model.POSITION).data() == "Maire"

    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert prompter.questions("confirm")[-1][1] == "Delete contact"
    assert names(store) == []
    assert contacts.get_contact(store, marie.id).deleted
    assert page.model.rowCount() == 0
    assert page.editor.is_new
    window.undo_action.trigger()
    assert names(store) == ["Marie Ndoumba"]
    assert page.editor.record_id == marie.id


def test_switching_record_with_unsaved_changes_asks_first(open_window, store, prompter, qtbot):
    make_contact(store, "Awa Sow")
    make_contact(store, "Bruno Kette")
    window = open_window()
    page = window.show_page("contacts")
    click_row(qtbot, page.table, 0)
    qtbot.keyClicks(page.editor.ui.positionEdit, "Chef de village")
    prompter.confirm_answers = [False]
    click_row(qtbot, page.table, 1)
    assert prompter.questions("confirm")[-1][1] == "Unsaved changes"
    assert page.editor.record.name == "Awa Sow"  # kept, with the typing
    assert page.editor.ui.positionEdit.text() == "Chef de village"
    qtbot.waitUntil(lambda: page.table.selectionModel().selectedRows()[0].row() == 0)
    prompter.confirm_answers = [True]
    click_row(qtbot, page.table, 1)
    assert page.editor.record.name == "Bruno Kette"
    assert contacts.list_contacts(store).items[0].position == ""  # discarded, not saved
    asked = len(prompter.asked)
    click_row(qtbot, page.table, 0)  # nothing typed: no question
    assert len(prompter.asked) == asked


def test_restricted_contacts_do_not_show_phones_in_the_list(open_window, store, qtbot):
    make_contact(
        store, "Bruno Kette", phones=("+236 75 99 88 77",), sensitivity=Sensitivity.RESTRICTED
    )
    window = open_window()
    page = window.show_page("contacts")
    shown = [page.model.index(0, c).data() for c in range(page.model.columnCount())]
    assert not any("75 99" in text for text in shown)
    page.sensitivity_combo.setCurrentIndex(
        page.sensitivity_combo.findData(Sensitivity.NORMAL.value)
    )
    assert page.model.rowCount() == 0


def test_a_restricted_contact_opens_covered_until_the_officer_asks(open_window, store, qtbot):
    source = make_contact(
        store, "Bruno Kette", position="Informant", sensitivity=Sensitivity.RESTRICTED
    )
    make_contact(store, "Awa Sow", position="Maire")
    window = open_window()
    page = window.show_page("contacts")
    rows = {page.model.record_at(r).id: r for r in range(page.model.rowCount())}
    click_row(qtbot, page.table, rows[source.id])
    assert page.editor.record_id == source.id
    code = restricted_code(source.id)
    assert page.veil.isVisible() and code in page.veil.label.text()
    assert page.veil.geometry() == page.editor_scroll.rect()  # the whole editor is covered
    assert not page.editor.isEnabled()  # nor can Tab reach the hidden fields
    assert page.title_label.text() == f"Restricted contact {code}"
    assert "Kette" not in page.title_label.text() + page.veil.label.text()

    qtbot.mouseClick(page.veil.reveal_button, Qt.MouseButton.LeftButton)
    assert not page.veil.isVisible() and page.editor.isEnabled()
    assert page.title_label.text() == "Bruno Kette"
    click_row(qtbot, page.table, rows[next(i for i in rows if i != source.id)])
    assert not page.veil.isVisible()  # a contact of normal sensitivity: nothing to hide
    click_row(qtbot, page.table, rows[source.id])
    assert not page.veil.isVisible()  # revealed once: shown for the rest of the session


def test_reveal_restricted_uncovers_the_editor_and_new_records_are_never_covered(
    open_window, store, qtbot
):
    source = make_contact(store, "Bruno Kette", sensitivity=Sensitivity.RESTRICTED)
    window = open_window()
    page = window.show_page("contacts")
    page.open_record(source.id)
    assert page.veil.isVisible()
    page.reveal_check.setChecked(True)
    assert not page.veil.isVisible() and page.title_label.text() == "Bruno Kette"
    # The list re-sorted (names instead of codes) and still shows the open contact selected.
    selected = page.table.selectionModel().selectedRows()
    assert [index.data(page.model.RecordIdRole) for index in selected] == [source.id]
    page.reveal_check.setChecked(False)
    assert page.veil.isVisible()
    page.new_record()
    assert not page.veil.isVisible() and page.editor.isEnabled()


def test_open_organisation_navigates_and_selects_it(open_window, store, qtbot):
    make_org(store, "ACTED")
    nrc = make_org(store, "Norwegian Refugee Council")
    make_contact(store, "Marie Ndoumba", organisation_id=nrc.id)
    window = open_window()
    page = window.show_page("contacts")
    click_row(qtbot, page.table, 0)
    qtbot.mouseClick(page.editor.ui.openOrganisationButton, Qt.MouseButton.LeftButton)
    organisations_page = window.current_page()
    assert organisations_page is window.organisations_page
    assert organisations_page.editor.record_id == nrc.id
    selected = organisations_page.table.selectionModel().selectedRows()
    assert [organisations_page.model.record_at(i.row()).id for i in selected] == [nrc.id]
    assert window.ui.navigationList.currentItem().text() == "Organisations"


def test_show_liaison_entries_with_this_contact_filters_the_log(open_window, store, qtbot):
    marie = make_contact(store, "Marie Ndoumba")
    awa = make_contact(store, "Awa Sow")
    mine = make_entry(store, contacts=[marie], place="Bria")
    make_entry(store, contacts=[awa], place="Ippy")
    window = open_window()
    page = window.show_page("contacts")
    page.open_record(marie.id)
    assert page.editor.ui.lastContactLabel.text() == "2026-11-20 09:00Z"
    qtbot.mouseClick(page.editor.ui.showLiaisonButton, Qt.MouseButton.LeftButton)
    log = window.current_page()
    assert log is window.liaison_page
    assert log.participant_chip.isVisible()
    assert log.participant_chip.label.text() == "With: Marie Ndoumba"
    assert [log.model.record_at(r).id for r in range(log.model.rowCount())] == [mine.id]
    assert log.editor.record_id == mine.id
    qtbot.mouseClick(log.participant_chip.clear_button, Qt.MouseButton.LeftButton)
    assert log.model.rowCount() == 2
    assert not log.participant_chip.isVisible()


def test_an_organisation_added_meanwhile_can_be_picked_without_losing_typing(window, qtbot):
    contacts_page = window.show_page("contacts")
    qtbot.keyClicks(contacts_page.editor.ui.nameEdit, "Marie Ndoumba")
    organisations_page = window.show_page("organisations")
    qtbot.keyClicks(organisations_page.editor.ui.nameEdit, "Mairie de Bria")
    qtbot.mouseClick(organisations_page.save_button, Qt.MouseButton.LeftButton)
    org_id = organisations_page.editor.record_id
    window.show_page("contacts")
    combo = contacts_page.editor.ui.organisationCombo
    assert combo.findData(org_id) > 0
    assert contacts_page.editor.ui.nameEdit.text() == "Marie Ndoumba"
    assert contacts_page.is_dirty()
