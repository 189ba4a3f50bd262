"""Liaison log page: entries with participants and actions, Zulu times, field errors,
delete and undo, filters, links to participants, lazy loading."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtWidgets import QApplication
from scripted_prompter import action, double_click_row, make_contact, make_entry, make_org
from table_cells import choose_in_cell

from cimicdesk.domain.enums import ActionStatus, LiaisonType, Sensitivity
from cimicdesk.domain.masking import restricted_code
from cimicdesk.domain.timeutil import to_stamp
from cimicdesk.store import liaison
from cimicdesk.ui.widgets.optional_datetime import UTC as QT_UTC


def zulu(year, month, day, hour, minute) -> QDateTime:
    return QDateTime(QDate(year, month, day), QTime(hour, minute), QT_UTC)


def pick(qtbot, combo, button, record_id) -> None:
    combo.setCurrentIndex(combo.findData(record_id))
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def type_into_new_action(qtbot, editor, description, owner, due) -> None:
    qtbot.mouseClick(editor.ui.addActionButton, Qt.MouseButton.LeftButton)
    for text in (description, owner, due):
        cell_editor = QApplication.focusWidget()
        qtbot.keyClicks(cell_editor, text)
        qtbot.keyClick(cell_editor, Qt.Key.Key_Tab)


def entries(store) -> list:
    return liaison.list_liaison(store).items


def test_log_an_entry_with_participants_and_an_action(window, store, qtbot):
    marie = make_contact(store, "Marie Ndoumba")
    nrc = make_org(store, "Norwegian Refugee Council")
    page = window.show_page("liaison")
    page.activate()
    editor = page.editor
    ui = editor.ui
    editor.refresh_choices()
    assert ui.startLabel.text() == "&Start (Z):"
    assert ui.refLabel.text() == "(assigned when first saved)"
    ui.startEdit.setDateTime(zulu(2026, 11, 20, 9, 30))
    ui.typeCombo.setCurrentIndex(ui.typeCombo.findData(LiaisonType.KLE.value))
    qtbot.keyClicks(ui.placeEdit, "Bria")
    qtbot.keyClicks(ui.gridEdit, "34N DM 63850 33390")
    pick(qtbot, ui.addContactCombo, ui.addContactButton, marie.id)
    pick(qtbot, ui.addOrganisationCombo, ui.addOrganisationButton, nrc.id)
    pick(qtbot, ui.addContactCombo, ui.addContactButton, marie.id)  # twice: listed once
    assert ui.participantsList.count() == 2
    qtbot.keyClicks(ui.purposeEdit, "Water point repairs")
    type_into_new_action(qtbot, editor, "Send the notes to OCHA", "CIMIC team 2", "2026-11-27")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)

    [listed] = entries(store)
    entry = liaison.get_liaison(store, listed.id)
    assert entry.ref == "BANBAT1-2026-0001"
    assert entry.start == "2026-11-20T09:30:00.000Z"
    assert entry.end == ""
    assert entry.entry_type is LiaisonType.KLE
    assert entry.grid == "34NDM6385033390"
    assert {(p.kind.value, p.target_id) for p in entry.participants} == {
        ("contact", marie.id),
        ("organisation", nrc.id),
    }
    [saved_action] = entry.actions
    assert (saved_action.description, saved_action.owner, saved_action.due_date) == (
        "Send the notes to OCHA",
        "CIMIC team 2",
        "2026-11-27",
    )
    assert ui.refLabel.text() == "BANBAT1-2026-0001"
    assert page.model.index(0, page.model.REF).data() == "BANBAT1-2026-0001"
    assert not page.is_dirty()


def test_end_is_optional_and_must_not_be_before_the_start(window, store, qtbot):
    marie = make_contact(store, "Marie Ndoumba")
    page = window.show_page("liaison")
    ui = page.editor.ui
    page.editor.refresh_choices()
    ui.startEdit.setDateTime(zulu(2026, 11, 20, 9, 30))
    pick(qtbot, ui.addContactCombo, ui.addContactButton, marie.id)
    assert ui.endEdit.text() == "not recorded"
    ui.endEdit.setDateTime(zulu(2026, 11, 20, 8, 0))
    qtbot.keyClicks(ui.placeEdit, "Bria")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert entries(store) == []
    assert page.editor.error_text("end") == "The meeting cannot end before it starts."
    assert ui.endError.isVisible()
    assert ui.placeEdit.text() == "Bria"
    ui.endEdit.setDateTime(zulu(2026, 11, 20, 11, 15))
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    [entry] = entries(store)
    assert entry.end == "2026-11-20T11:15:00.000Z"
    qtbot.mouseClick(page.editor.clear_end_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert entries(store)[0].end == ""


def test_no_participants_and_a_bad_grid_are_refused_at_their_fields(window, store, qtbot):
    page = window.show_page("liaison")
    ui = page.editor.ui
    qtbot.keyClicks(ui.gridEdit, "99X ZZ 12345 67890")
    qtbot.keyClicks(ui.purposeEdit, "Meeting with the mayor")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert entries(store) == []
    assert page.editor.error_text("participants") == "Add at least one contact or organisation met."
    assert ui.participantsError.isVisible()
    assert page.editor.is_marked("participants")
    assert "Zone 99 does not exist" in page.editor.error_text("grid")
    assert ui.purposeEdit.toPlainText() == "Meeting with the mayor"
    assert ui.refLabel.text() == "(assigned when first saved)"


def test_a_bad_action_date_is_shown_under_the_actions(window, store, qtbot):
    marie = make_contact(store, "Marie Ndoumba")
    page = window.show_page("liaison")
    page.editor.refresh_choices()
    ui = page.editor.ui
    pick(qtbot, ui.addContactCombo, ui.addContactButton, marie.id)
    type_into_new_action(qtbot, page.editor, "Send the notes", "S3", "next week")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert entries(store) == []
    assert page.editor.error_text("actions") == (
        "Action 1: 'next week' is not a date (YYYY-MM-DD)."
    )


def test_changing_an_action_keeps_its_identity(open_window, store, qtbot):
    marie = make_contact(store, "Marie Ndoumba")
    entry = make_entry(store, contacts=[marie], actions=[action("Send the notes", "2026-11-27")])
    window = open_window()
    page = window.show_page("liaison")
    assert page.editor.record_id == entry.id
    table = page.editor.ui.actionsTable
    choose_in_cell(qtbot, table, 0, page.editor.STATUS, ActionStatus.DONE.value)
    assert table.model().index(0, page.editor.STATUS).data() == "Done"
    assert page.is_dirty()
    window.save_action.trigger()
    [stored] = liaison.get_liaison(store, entry.id).actions
    assert stored.id == entry.actions[0].id
    assert stored.status is ActionStatus.DONE


def test_delete_and_undo_an_entry(open_window, store, prompter, qtbot):
    marie = make_contact(store, "Marie Ndoumba")
    entry = make_entry(store, contacts=[marie], place="Bria")
    window = open_window()
    page = window.show_page("liaison")
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert "BANBAT1-2026-0001" in prompter.questions("confirm")[-1][2]
    assert entries(store) == []
    assert liaison.get_liaison(store, entry.id).deleted
    assert "BANBAT1-2026-0001" in page.undo_bar.label.text()
    qtbot.mouseClick(page.undo_bar.undo_button, Qt.MouseButton.LeftButton)
    assert [e.id for e in entries(store)] == [entry.id]
    assert page.model.rowCount() == 1


def test_double_clicking_a_participant_opens_it(open_window, store, qtbot):
    marie = make_contact(store, "Marie Ndoumba")
    nrc = make_org(store, "Norwegian Refugee Council")
    make_entry(store, contacts=[marie], orgs=[nrc])
    window = open_window()
    page = window.show_page("liaison")
    listed = page.editor.ui.participantsList
    row = next(r for r in range(listed.count()) if "Norwegian" in listed.item(r).text())
    double_click_row(qtbot, listed, row)
    assert window.current_page() is window.organisations_page
    assert window.organisations_page.editor.record_id == nrc.id
    window.show_page("liaison")
    row = next(r for r in range(listed.count()) if "Marie" in listed.item(r).text())
    double_click_row(qtbot, listed, row)
    assert window.current_page() is window.contacts_page
    assert window.contacts_page.editor.record_id == marie.id


def test_a_restricted_participant_is_listed_by_code_and_opens_covered(open_window, store, qtbot):
    marie = make_contact(store, "Marie Ndoumba")
    source = make_contact(
        store, "Bruno Kette", position="Informant", sensitivity=Sensitivity.RESTRICTED
    )
    make_entry(store, contacts=[marie, source])
    window = open_window()
    page = window.show_page("liaison")  # the entry opens by itself: the screen may be shared
    listed = page.editor.ui.participantsList
    shown = [listed.item(r).text() for r in range(listed.count())]
    code = restricted_code(source.id)
    assert f"Restricted contact {code}" in shown
    assert not any("Kette" in text or "Informant" in text for text in shown)
    assert not any("Kette" in listed.item(r).toolTip() for r in range(listed.count()))
    double_click_row(qtbot, listed, shown.index(f"Restricted contact {code}"))
    contacts_page = window.contacts_page
    assert window.current_page() is contacts_page
    assert contacts_page.editor.record_id == source.id and contacts_page.veil.isVisible()


def test_type_and_date_range_filters(open_window, store, qtbot):
    marie = make_contact(store, "Marie Ndoumba")
    make_entry(store, contacts=[marie], start="2026-10-01T08:00:00.000Z", place="Bria")
    make_entry(
        store,
        contacts=[marie],
        start="2026-11-10T23:30:00.000Z",
        place="Ippy",
        entry_type=LiaisonType.FIELD_VISIT,
    )
    make_entry(store, contacts=[marie], start="2026-11-20T09:00:00.000Z", place="Sibut")
    window = open_window()
    page = window.show_page("liaison")

    def places():
        return [page.model.record_at(r).place for r in range(page.model.rowCount())]

    assert places() == ["Sibut", "Ippy", "Bria"]
    page.from_date.set_value(zulu(2026, 11, 1, 0, 0))
    page.to_date.set_value(zulu(2026, 11, 10, 0, 0))
    assert places() == ["Ippy"]  # the whole of the 'to' day counts
    page.from_date.clear()
    page.to_date.clear()
    page.type_combo.setCurrentIndex(page.type_combo.findData(LiaisonType.FIELD_VISIT.value))
    assert places() == ["Ippy"]
    assert page.count_label.text() == "1 liaison entry match"


def test_the_log_loads_lazily_as_the_list_scrolls(open_window, store, qtbot):
    marie = make_contact(store, "Marie Ndoumba")
    first = datetime(2026, 1, 1, 9, 0, tzinfo=UTC)
    with store.db.atomic():
        for n in range(450):
            make_entry(store, contacts=[marie], start=to_stamp(first + timedelta(hours=n)))
    window = open_window()
    page = window.show_page("liaison")
    assert page.model.rowCount() == 200
    assert page.count_label.text() == "450 liaison entries"
    page.table.scrollToBottom()
    qtbot.waitUntil(lambda: page.model.rowCount() == 400)
    page.table.scrollToBottom()
    qtbot.waitUntil(lambda: page.model.rowCount() == 450)
    assert not page.model.canFetchMore()


def test_touching_an_empty_end_starts_it_an_hour_after_the_start(window, qtbot):
    page = window.show_page("liaison")
    ui = page.editor.ui
    ui.startEdit.setDateTime(zulu(2026, 11, 20, 9, 30))
    assert page.editor.end.value() is None
    ui.endEdit.setFocus()
    qtbot.keyClick(ui.endEdit, Qt.Key.Key_Right)  # any key that begins editing
    assert page.editor.end.value() == zulu(2026, 11, 20, 10, 30)
    assert page.is_dirty()
