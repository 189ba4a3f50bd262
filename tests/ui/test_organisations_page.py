"""Organisations page: create, edit, delete and undo through the widgets; field errors."""

from __future__ import annotations

from PySide6.QtCore import Qt
from scripted_prompter import click_row, make_contact, make_org, replace_text

from cimicdesk.domain.enums import Cluster, OrgType
from cimicdesk.store import organisations
from cimicdesk.ui.widgets.invalid_frame import frame_of


def live_names(store) -> list[str]:
    return [o.name for o in organisations.list_organisations(store).items]


def test_create_an_organisation_by_typing_and_saving(window, store, qtbot):
    page = window.show_page("organisations")
    ui = page.editor.ui
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(ui.nameEdit, "Norwegian Refugee Council")
    qtbot.keyClicks(ui.acronymEdit, "NRC")
    ui.typeCombo.setCurrentIndex(ui.typeCombo.findData(OrgType.INTERNATIONAL_NGO.value))
    wash = next(
        ui.sectorsList.item(r)
        for r in range(ui.sectorsList.count())
        if ui.sectorsList.item(r).data(Qt.ItemDataRole.UserRole) == "WSH"
    )
    wash.setCheckState(Qt.CheckState.Checked)
    qtbot.keyClicks(ui.gridEdit, "34n dm 63850 33390")
    qtbot.keyClicks(ui.phonesEdit, "+236 72 12 34 56")
    qtbot.keyClick(ui.phonesEdit, Qt.Key.Key_Return)
    qtbot.keyClicks(ui.phonesEdit, "+236 75 00 00 01")
    qtbot.keyClicks(ui.emailEdit, "bria@nrc.no")
    assert page.is_dirty()
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)

    [saved] = organisations.list_organisations(store).items
    assert (saved.name, saved.acronym, saved.org_type) == (
        "Norwegian Refugee Council",
        "NRC",
        OrgType.INTERNATIONAL_NGO,
    )
    assert saved.sectors == (Cluster.WSH,)
    assert saved.grid == "34NDM6385033390"
    assert saved.phones == ("+236 72 12 34 56", "+236 75 00 00 01")
    assert not page.is_dirty()
    assert ui.gridEdit.text() == "34N DM 63850 33390"
    assert page.model.rowCount() == 1
    assert page.table.selectionModel().selectedRows()[0].row() == 0
    assert window.count_label.text() == "1 record"


def test_edit_updates_the_row_and_the_database(open_window, store, qtbot):
    org = make_org(store, "Mairie de Bria")
    window = open_window()
    page = window.show_page("organisations")
    click_row(qtbot, page.table, 0)
    assert page.editor.record_id == org.id
    replace_text(qtbot, page.editor.ui.placeEdit, "Bria centre")
    qtbot.keyClick(page.editor.ui.placeEdit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert organisations.get_organisation(store, org.id).place == "Bria centre"
    assert page.model.index(0, page.model.PLACE).data() == "Bria centre"


def test_bad_grid_is_shown_under_the_field_and_nothing_is_saved(window, store, qtbot):
    page = window.show_page("organisations")
    ui = page.editor.ui
    qtbot.keyClicks(ui.nameEdit, "Mairie de Bria")
    qtbot.keyClicks(ui.gridEdit, "34N DM 1234 567")
    qtbot.keyClicks(ui.emailEdit, "not an address")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert organisations.count_organisations(store) == 0
    assert "do not have the same number of digits" in page.editor.error_text("grid")
    assert ui.gridError.isVisible()
    assert page.editor.is_marked("grid")
    # The red border is a frame drawn over the field; no style sheet anywhere (one sheet
    # over the whole editor re-styles every picker item when the editor is re-parented).
    assert frame_of(ui.gridEdit) is not None and frame_of(ui.nameEdit) is None
    assert ui.gridEdit.styleSheet() == "" and page.editor.styleSheet() == ""
    assert "is not an e-mail address" in page.editor.error_text("email")
    assert page.editor.error_text("name") == ""
    assert ui.nameEdit.text() == "Mairie de Bria"  # the rest of the input stays
    assert page.is_dirty()
    replace_text(qtbot, ui.gridEdit, "34N DM 12345 67890")
    assert not page.editor.is_marked("grid")  # editing the field clears its error
    assert frame_of(ui.gridEdit) is None
    replace_text(qtbot, ui.emailEdit, "mairie@bria.cf")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert live_names(store) == ["Mairie de Bria"]
    assert not ui.gridError.isVisible()


def test_missing_name_is_refused_at_the_field(window, store, qtbot):
    page = window.show_page("organisations")
    qtbot.keyClicks(page.editor.ui.placeEdit, "Bria")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert "needs a name" in page.editor.error_text("name")
    assert page.editor.ui.nameError.isVisible()
    assert organisations.count_organisations(store) == 0


def test_delete_asks_then_tombstones_and_undo_brings_it_back(open_window, store, prompter, qtbot):
    first = make_org(store, "ACTED")
    second = make_org(store, "Mairie de Bria")
    window = open_window()
    page = window.show_page("organisations")
    click_row(qtbot, page.table, 0)
    prompter.confirm_answers = [False]
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert prompter.questions("confirm")[-1][1] == "Delete organisation"
    assert live_names(store) == ["ACTED", "Mairie de Bria"]

    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert live_names(store) == ["Mairie de Bria"]
    assert organisations.get_organisation(store, first.id).deleted
    assert page.model.rowCount() == 1
    assert page.undo_bar.isVisible()
    assert "ACTED" in page.undo_bar.label.text()
    assert page.editor.record_id == second.id  # the next record is shown
    qtbot.mouseClick(page.undo_bar.undo_button, Qt.MouseButton.LeftButton)
    assert live_names(store) == ["ACTED", "Mairie de Bria"]
    assert page.editor.record_id == first.id
    assert not page.undo_bar.isVisible()
    assert page.model.rowCount() == 2


def test_ctrl_z_undoes_the_last_delete(open_window, store, qtbot):
    make_org(store, "ACTED")
    window = open_window()
    page = window.show_page("organisations")
    click_row(qtbot, page.table, 0)
    window.delete_action.trigger()
    assert organisations.count_organisations(store) == 0
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert live_names(store) == ["ACTED"]


def test_type_filter_and_text_filter(open_window, store, qtbot):
    make_org(store, "ACTED", org_type=OrgType.INTERNATIONAL_NGO, notes="water trucking")
    make_org(store, "Mairie de Bria", org_type=OrgType.LOCAL_AUTHORITY)
    window = open_window()
    page = window.show_page("organisations")
    page.type_combo.setCurrentIndex(page.type_combo.findData(OrgType.LOCAL_AUTHORITY.value))
    shown = [page.model.record_at(r).name for r in range(page.model.rowCount())]
    assert shown == ["Mairie de Bria"]
    assert page.count_label.text() == "1 organisation match"
    page.type_combo.setCurrentIndex(0)
    qtbot.keyClicks(page.filter_edit, "wat")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert page.model.record_at(0).name == "ACTED"


def test_show_people_lists_the_organisations_contacts(open_window, store, qtbot):
    nrc = make_org(store, "Norwegian Refugee Council")
    make_contact(store, "Awa Sow", organisation_id=nrc.id)
    make_contact(store, "Bruno Kette")
    window = open_window()
    page = window.show_page("organisations")
    page.open_record(nrc.id)
    qtbot.mouseClick(page.people_button, Qt.MouseButton.LeftButton)
    contacts_page = window.current_page()
    assert contacts_page is window.contacts_page
    assert contacts_page.organisation_chip.isVisible()
    assert "Norwegian Refugee Council" in contacts_page.organisation_chip.label.text()
    names = [contacts_page.model.record_at(r).name for r in range(contacts_page.model.rowCount())]
    assert names == ["Awa Sow"]
    qtbot.mouseClick(contacts_page.organisation_chip.clear_button, Qt.MouseButton.LeftButton)
    assert contacts_page.model.rowCount() == 2
    assert not contacts_page.organisation_chip.isVisible()
