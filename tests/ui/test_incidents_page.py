"""Incidents page: report an incident with its casualty grid and sub-category, the time
rules at their fields, the flash report marked sent (and gone from the dashboard), links
to liaison entries, delete and undo, filters, the list model."""

from __future__ import annotations

from datetime import timedelta

from ops_support import hours_ago, make_incident
from PySide6.QtCore import Qt
from scripted_prompter import double_click_row, make_contact, make_entry, make_org
from table_cells import type_in_cell

from cimicdesk.domain.enums import IncidentCategory
from cimicdesk.domain.errors import FieldError, ValidationError
from cimicdesk.domain.incident import SUBCATEGORIES
from cimicdesk.domain.timeutil import utc_now
from cimicdesk.store import incidents
from cimicdesk.ui.editors.liaison import to_qt
from cimicdesk.ui.models.operations import IncidentTableModel

C = IncidentCategory


def stored(store) -> list:
    return incidents.list_incidents(store).items


def type_count(qtbot, editor, field: str, text: str) -> None:
    """Type a casualty count into its cell of the table."""
    cell = editor.casualties.index_of(field)
    type_in_cell(qtbot, editor.ui.casualtiesTable, cell.row(), cell.column(), text)


def test_report_an_incident_with_casualties(window, store, qtbot):
    source = make_org(store, "COOPI – base de Bambari")
    page = window.show_page("incidents")
    page.editor.refresh_choices()
    qtbot.keyClick(page.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    editor, ui = page.editor, page.editor.ui
    ui.occurredEdit.setDateTime(to_qt(hours_ago(6)))
    ui.reportedEdit.setDateTime(to_qt(hours_ago(5)))
    ui.categoryCombo.setCurrentIndex(ui.categoryCombo.findData(C.VIOLENCE_AGAINST_CIVILIANS.value))
    subs = [ui.subcategoryCombo.itemText(i) for i in range(ui.subcategoryCombo.count())]
    assert subs == ["(not specified)"] + [
        s.label for s in SUBCATEGORIES[C.VIOLENCE_AGAINST_CIVILIANS]
    ]
    ui.subcategoryCombo.setCurrentIndex(ui.subcategoryCombo.findData("attack"))
    qtbot.keyClicks(ui.placeEdit, "Lakouanga")
    qtbot.keyClicks(ui.gridEdit, "34N CN 02950 72970")
    type_count(qtbot, editor, "killed_civilian_men", "2")
    type_count(qtbot, editor, "injured_civilian_children", "3")
    type_count(qtbot, editor, "injured_un_personnel", "1")
    casualties = editor.casualties
    totals = [casualties.index(casualties.TOTAL_ROW, c).data() for c in range(3)]
    assert totals == ["2", "4", "0"]
    ui.tabs.setCurrentWidget(ui.narrativeTab)
    ui.sourceOrganisationCombo.setCurrentIndex(ui.sourceOrganisationCombo.findData(source.id))
    qtbot.keyClicks(ui.narrativeEdit, "Armed men attacked the market.")
    assert editor.flash_text() == "FLASH (6 casualties): flash report not marked sent."
    assert ui.markFlashButton.isVisible()
    qtbot.keyClick(page.table, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    [listed] = stored(store)
    incident = incidents.get_incident(store, listed.id)
    assert incident.reference == "BANBAT1-INC-2026-0001"
    assert (incident.category, incident.subcategory) == (C.VIOLENCE_AGAINST_CIVILIANS, "attack")
    assert (
        incident.killed_civilian_men,
        incident.injured_civilian_children,
        incident.injured_un_personnel,
    ) == (2, 3, 1)
    assert incident.source_organisation_id == source.id
    assert incident.grid == "34NCN0295072970"
    assert ui.refLabel.text() == "BANBAT1-INC-2026-0001"
    model = page.model
    assert model.index(0, model.FLASH).data() == "PENDING"
    assert model.index(0, model.CASUALTIES).data() == "6"
    assert model.index(0, model.REFERENCE).data(Qt.ItemDataRole.BackgroundRole) is not None
    # Another category keeps a sub-category only when it fits.
    ui.categoryCombo.setCurrentIndex(ui.categoryCombo.findData(C.RIOTS.value))
    assert ui.subcategoryCombo.currentData() == ""


def test_a_new_incident_with_nothing_filled_in_is_not_saved(window, store, qtbot):
    """When, where and what happened: a report cannot lack them, and no reference number
    is spent on one that is refused."""
    page = window.show_page("incidents")
    qtbot.keyClick(page.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    editor, ui = page.editor, page.editor.ui
    assert ui.occurredEdit.text() == "not given"  # not the time of typing, unasked
    qtbot.keyClick(page.table, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert stored(store) == []
    assert editor.error_text("occurred_at") == "Give when it happened (date and time)."
    assert editor.error_text("place") == (
        "Give where it happened: a place name or a grid reference."
    )
    assert editor.error_text("narrative") == "Give what happened (the narrative)."
    assert all(editor.is_marked(f) for f in ("occurred_at", "place", "narrative"))
    assert page.message_label.text() == "Not saved: correct the fields marked in red."
    assert ui.refLabel.text() == "(assigned when first saved)"
    assert ui.tabs.currentWidget() is ui.reportTab and ui.occurredEdit.hasFocus()
    # A grid alone says where; the narrative says what; the officer gives the time.
    ui.occurredEdit.setDateTime(to_qt(hours_ago(3)))
    qtbot.keyClicks(ui.gridEdit, "34N DM 64090 37550")
    ui.tabs.setCurrentWidget(ui.narrativeTab)
    qtbot.keyClicks(ui.narrativeEdit, "Shots heard near the market.")
    assert [f for f in ("occurred_at", "narrative") if editor.is_marked(f)] == []
    qtbot.keyClick(page.table, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    [saved] = stored(store)
    assert saved.reference == "BANBAT1-INC-2026-0001"
    assert (saved.place, saved.grid) == ("", "34NDM6409037550")


def test_a_grid_with_unequal_halves_is_refused_at_its_field(window, store, qtbot):
    """'34N DM 592 32645' was saved as 34N DM 5923 2645, 6 km away, without a word."""
    page = window.show_page("incidents")
    page.new_record()
    editor, ui = page.editor, page.editor.ui
    ui.occurredEdit.setDateTime(to_qt(hours_ago(3)))
    qtbot.keyClicks(ui.placeEdit, "Lakouanga")
    qtbot.keyClicks(ui.gridEdit, "34N DM 592 32645")
    ui.tabs.setCurrentWidget(ui.narrativeTab)
    qtbot.keyClicks(ui.narrativeEdit, "Shots heard near the market.")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert stored(store) == []
    assert editor.error_text("grid") == (
        "Easting '592' and northing '32645' do not have the same number of digits: give "
        "both to the same precision, e.g. 33P TM 12345 67890 or 33P TM 1234 6789."
    )
    assert editor.is_marked("grid") and ui.gridError.isVisible()
    assert ui.gridEdit.text() == "34N DM 592 32645"  # kept for the officer to correct
    ui.gridEdit.setText("34N DM 59200 32645")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    [saved] = stored(store)
    assert incidents.get_incident(store, saved.id).grid == "34NDM5920032645"


def test_times_are_checked_at_their_fields(window, store, qtbot):
    page = window.show_page("incidents")
    editor, ui = page.editor, page.editor.ui
    soon = to_qt(hours_ago(0)).addSecs(2 * 3600)
    ui.occurredEdit.setDateTime(soon)
    ui.reportedEdit.setDateTime(to_qt(hours_ago(1)))
    qtbot.keyClicks(ui.placeEdit, "Bornou")
    ui.tabs.setCurrentWidget(ui.narrativeTab)
    qtbot.keyClicks(ui.narrativeEdit, "Shots heard near the market.")
    ui.tabs.setCurrentWidget(ui.reportTab)
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert stored(store) == []
    assert editor.error_text("occurred_at") == "The incident cannot happen in the future."
    assert editor.error_text("reported_at") == "It cannot be reported before it happened."
    assert ui.occurredError.isVisible() and ui.reportedError.isVisible()
    assert ui.placeEdit.text() == "Bornou"
    ui.occurredEdit.setDateTime(to_qt(hours_ago(3)))
    assert editor.error_text("occurred_at") == ""
    ui.reportedEdit.setDateTime(soon)
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert editor.error_text("reported_at") == "The report time is in the future."
    ui.reportedEdit.setDateTime(to_qt(hours_ago(2)))
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert len(stored(store)) == 1


def test_a_casualty_error_is_shown_under_the_grid_with_its_cell_marked(window):
    editor = window.show_page("incidents").editor
    editor.ui.tabs.setCurrentWidget(editor.ui.narrativeTab)
    editor.show_errors(
        ValidationError(
            [FieldError("injured_civilian_children", "Casualties are whole numbers, 0 or more.")]
        )
    )
    assert editor.error_text("injured_civilian_children") == (
        "Casualties are whole numbers, 0 or more."
    )
    assert editor.is_marked("injured_civilian_children")
    assert not editor.is_marked("killed_civilian_men")
    assert editor.ui.tabs.currentWidget() is editor.ui.reportTab
    table = editor.ui.casualtiesTable
    assert table.hasFocus()
    assert table.currentIndex() == editor.casualties.index_of("injured_civilian_children")
    assert editor.casualties.index_of("injured_civilian_children").data(
        Qt.ItemDataRole.BackgroundRole
    )
    assert not editor.casualties.index_of("killed_civilian_men").data(
        Qt.ItemDataRole.BackgroundRole
    )


def test_marking_the_flash_sent_takes_it_off_the_dashboard(open_window, store, prompter, qtbot):
    flash = make_incident(store, category=C.BATTLES, subcategory="armed_clash", place="Ippy")
    make_incident(store, place="Sibut")  # banditry without casualties: no flash
    window = open_window()
    dashboard = window.dashboard_page
    assert dashboard.flash_model.rowCount() == 1
    assert dashboard.flash_model.index(0, 1).data() == flash.reference
    assert dashboard.flash_label.text() == "1 flash report pending"

    page = window.show_page("incidents")
    page.open_record(flash.id)
    assert page.editor.flash_text() == "FLASH (battles): flash report not marked sent."
    sent = hours_ago(1)
    prompter.time_answers = [sent]
    qtbot.mouseClick(page.editor.ui.markFlashButton, Qt.MouseButton.LeftButton)
    assert prompter.questions("time")[0][1] == "Flash report sent"
    assert incidents.get_incident(store, flash.id).flash_sent_at == sent
    assert page.editor.flash_text().startswith("Flash report sent ")
    assert not page.editor.ui.markFlashButton.isVisible()
    row = page.model.row_of(flash.id)
    assert page.model.index(row, IncidentTableModel.FLASH).data().startswith("sent ")
    assert page.model.index(row, 0).data(Qt.ItemDataRole.BackgroundRole) is None

    window.show_page("dashboard")
    assert dashboard.flash_model.rowCount() == 0
    assert dashboard.flash_label.text() == "none"


def test_a_flash_time_before_the_incident_is_refused_at_the_flash_line(
    open_window, store, prompter
):
    flash = make_incident(
        store, category=C.BATTLES, occurred_at=hours_ago(10), reported_at=hours_ago(9)
    )
    window = open_window()
    page = window.show_page("incidents")
    page.open_record(flash.id)
    prompter.time_answers = [hours_ago(20)]
    assert not page.mark_flash_sent()
    assert page.editor.error_text("flash_sent_at") == "The flash cannot go before the incident."
    assert incidents.get_incident(store, flash.id).flash_sent_at == ""


def test_link_liaison_entries_open_and_unlink_them(open_window, store, qtbot):
    marie = make_contact(store, "Marie Ndoumba")
    entry = make_entry(store, contacts=[marie], start="2026-11-20T09:00:00.000Z", place="Bria")
    incident = make_incident(store)
    window = open_window()
    page = window.show_page("incidents")
    editor, ui = page.editor, page.editor.ui
    ui.tabs.setCurrentWidget(ui.linksTab)
    qtbot.mouseClick(ui.addLinkButton, Qt.MouseButton.LeftButton)
    assert editor.error_text("liaison_entry_ids") == (
        "Choose a liaison entry from the list first, then press Add."
    )
    ui.addLinkCombo.setCurrentIndex(ui.addLinkCombo.findData(entry.id))
    assert ui.addLinkCombo.currentText().startswith("BANBAT1-2026-0001 · 2026-11-20")
    qtbot.mouseClick(ui.addLinkButton, Qt.MouseButton.LeftButton)
    assert editor.error_text("liaison_entry_ids") == ""
    assert ui.tabs.tabText(ui.tabs.indexOf(ui.linksTab)) == "&Liaison entries (1)"
    page.save_record()
    assert incidents.get_incident(store, incident.id).liaison_entry_ids == (entry.id,)

    double_click_row(qtbot, ui.liaisonList, 0)
    assert window.current_page() is window.liaison_page
    assert window.liaison_page.editor.record_id == entry.id
    window.show_page("incidents")
    ui.liaisonList.setCurrentRow(0)
    qtbot.mouseClick(ui.removeLinkButton, Qt.MouseButton.LeftButton)
    page.save_record()
    assert incidents.get_incident(store, incident.id).liaison_entry_ids == ()


def test_delete_undo_and_filters(open_window, store, prompter, qtbot):
    old = make_incident(
        store, place="Sibut", occurred_at=hours_ago(24 * 40), reported_at=hours_ago(24 * 40 - 1)
    )
    flash = make_incident(store, category=C.HOSTILITY_TO_MISSION, place="Ippy")
    window = open_window()
    page = window.show_page("incidents")
    model = page.model

    def places():
        return [model.record_at(r).place for r in range(model.rowCount())]

    assert places() == ["Ippy", "Sibut"]
    page.flash_check.setChecked(True)
    assert places() == ["Ippy"]
    page.flash_check.setChecked(False)
    today = utc_now().date()
    page.from_date.set_value(to_qt(f"{today - timedelta(days=7)}T00:00:00.000Z"))
    assert places() == ["Ippy"]
    page.from_date.clear()
    page.category_combo.setCurrentIndex(page.category_combo.findData(C.CRIME_BANDITRY.value))
    assert places() == ["Sibut"]
    page.category_combo.setCurrentIndex(0)

    page.open_record(flash.id)
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert [i.id for i in stored(store)] == [old.id]
    window.show_page("dashboard")
    assert window.dashboard_page.flash_model.rowCount() == 0  # a deleted incident is no flash
    window.show_page("incidents")
    qtbot.mouseClick(page.undo_bar.undo_button, Qt.MouseButton.LeftButton)
    assert {i.id for i in stored(store)} == {old.id, flash.id}
    assert page.editor.record_id == flash.id


def test_incident_model_passes_the_model_tester(store, qtmodeltester):
    make_incident(store, killed_civilian_men=1, injured_security_forces=2)
    make_incident(store, place="Sibut", flash_sent_at="")
    model = IncidentTableModel(store)
    qtmodeltester.check(model)
    casualties = sorted(model.index(r, model.CASUALTIES).data() for r in range(2))
    assert casualties == ["", "3"]
    model.sort(model.CASUALTIES, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(model)
    assert model.index(0, model.CASUALTIES).data() == "3"
    assert model.index(0, model.CASUALTIES).data(Qt.ItemDataRole.ToolTipRole) == (
        "1 killed, 2 injured"
    )


def test_the_unit_filter_appears_when_the_file_holds_several_units(open_window, store):
    ours = make_incident(store, place="Sibut")
    theirs = make_incident(store, place="Ippy")
    window = open_window()
    page = window.show_page("incidents")
    assert page.unit_combo.isHidden()  # one unit: nothing to choose
    # A merged sector file: records of another battalion (as an import would leave them).
    store.db.execute("UPDATE incidents SET origin_unit = 'BANBAT 2' WHERE id = ?", [theirs.id])
    window.show_page("dashboard")
    page.refresh()
    window.show_page("incidents")
    combo = page.unit_combo
    assert not combo.isHidden()
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "All units",
        "BANBAT 1",
        "BANBAT 2",
    ]
    combo.setCurrentIndex(combo.findData("BANBAT 1"))
    assert [page.model.record_at(r).id for r in range(page.model.rowCount())] == [ours.id]
