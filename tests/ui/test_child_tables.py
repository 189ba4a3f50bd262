"""The editors' tables (a QIP's tranches and visits, an incident's casualties) are table
models edited through delegates: typed values go to the SQLite file and come back the
same, a bad value is refused with a message and never saved, rows come and go by the
keyboard, Tab leaves a table, and each edit counts as one of the record's."""

from __future__ import annotations

import pytest
from ops_support import TO_APPROVED, day, make_incident, make_qip, move
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from scripted_prompter import make_org
from table_cells import open_cell, type_in_cell, type_in_open_editor, wait_closed

from cimicdesk.app import build_main_window
from cimicdesk.domain.enums import QipStatus
from cimicdesk.store import incidents, qips
from cimicdesk.store.database import open_database


@pytest.fixture
def signed_qip(store):
    """A project whose agreement is signed (tranches may be paid), USD 18,000 approved."""
    partner = make_org(store, "Mairie de Bambari")
    qip = make_qip(store, implementing_partner_id=partner.id, budget_approved_usd=18_000.0)
    return move(store, qip, *TO_APPROVED, QipStatus.AGREEMENT_SIGNED)


@pytest.fixture
def reopen(qtbot, prompter, db_path):
    """The window again, over the database file opened afresh (as at the next start)."""
    opened = []

    def _reopen():
        store = open_database(db_path, daily_backup=False)
        opened.append(store)
        window = build_main_window(store, prompter)
        qtbot.addWidget(window)
        window.resize(1280, 800)
        window.show()
        return window

    yield _reopen
    for store in opened:
        store.close()


def save(qtbot, page) -> None:
    qtbot.keyClick(page.table, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)


def qip_page(window, qip, tab: str):
    page = window.show_page("qips")
    page.open_record(qip.id)
    ui = page.editor.ui
    ui.tabs.setCurrentWidget(getattr(ui, tab))
    return page, page.editor, ui


def test_a_tranche_typed_in_its_cells_is_saved_and_read_back(
    open_window, reopen, store, signed_qip, qtbot
):
    window = open_window()
    page, editor, ui = qip_page(window, signed_qip, "tranchesTab")
    table = ui.tranchesTable
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Insert)  # a new row, its amount open for typing
    assert table.model().rowCount() == 1
    type_in_open_editor(qtbot, table, "12500.75")
    type_in_cell(qtbot, table, 0, editor.PAID_ON, day(-4).replace("-", ""))
    type_in_cell(qtbot, table, 0, editor.REFERENCE, "PV-20261108-0412")
    assert ui.disbursedLabel.text() == "Paid USD 12,500.75 of USD 18,000 approved (69 %)"
    assert page.is_dirty()
    save(qtbot, page)
    assert not page.is_dirty()
    [stored] = qips.get_qip(store, signed_qip.id).tranches
    assert (stored.paid_on, stored.amount_usd, stored.reference) == (
        day(-4),
        12_500.75,
        "PV-20261108-0412",
    )
    window.close()

    again = reopen()
    _page, editor, ui = qip_page(again, signed_qip, "tranchesTab")
    shown = ui.tranchesTable.model()
    cells = [shown.index(0, column).data() for column in range(shown.columnCount())]
    assert cells == [day(-4), "USD 12,500.75", "PV-20261108-0412", ""]
    [tranche] = editor.tranches()
    assert (tranche.id, tranche.amount_usd) == (stored.id, 12_500.75)


def test_a_visit_date_typed_in_its_cell_is_saved_and_read_back(
    open_window, reopen, store, signed_qip, qtbot
):
    window = open_window()
    page, editor, ui = qip_page(window, signed_qip, "visitsTab")
    table = ui.visitsTable
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Insert)
    type_in_cell(qtbot, table, 0, editor.VISIT_DATE, day(-9).replace("-", ""))
    type_in_cell(qtbot, table, 0, editor.PERCENT, "35")
    type_in_cell(qtbot, table, 0, editor.VISITED_BY, "CIMIC team 2")
    assert ui.photosHeading.text() == f"Photos of the visit of {day(-9)} (0 photos)"
    save(qtbot, page)
    [stored] = qips.get_qip(store, signed_qip.id).visits
    assert (stored.visit_date, stored.percent_complete, stored.visited_by) == (
        day(-9),
        35,
        "CIMIC team 2",
    )
    window.close()

    again = reopen()
    _page, editor, ui = qip_page(again, signed_qip, "visitsTab")
    shown = ui.visitsTable.model()
    assert [shown.index(0, c).data() for c in range(3)] == [day(-9), "35 %", "CIMIC team 2"]
    assert ui.photosHeading.text() == f"Photos of the visit of {day(-9)} (0 photos)"


def test_a_casualty_count_typed_in_its_cell_is_saved_and_read_back(
    open_window, reopen, store, qtbot
):
    incident = make_incident(store)
    window = open_window()
    page = window.show_page("incidents")
    page.open_record(incident.id)
    editor = page.editor
    table = editor.ui.casualtiesTable
    cell = editor.casualties.index_of("injured_civilian_women")
    type_in_cell(qtbot, table, cell.row(), cell.column(), "3")
    assert editor.flash_text() == "FLASH (3 casualties): flash report not marked sent."
    total = editor.casualties.index(editor.casualties.TOTAL_ROW, cell.column())
    assert total.data() == "3"
    assert page.is_dirty()
    save(qtbot, page)
    assert incidents.get_incident(store, incident.id).injured_civilian_women == 3
    window.close()

    again = reopen()
    page = again.show_page("incidents")
    page.open_record(incident.id)
    casualties = page.editor.casualties
    assert casualties.index_of("injured_civilian_women").data() == "3"
    assert casualties.counts() == {
        **dict.fromkeys(casualties.counts(), 0),
        "injured_civilian_women": 3,
    }
    assert casualties.headerData(cell.row(), Qt.Orientation.Vertical) == "Civilian women"
    assert casualties.headerData(cell.column(), Qt.Orientation.Horizontal) == "Injured"


def test_a_tranche_of_nothing_is_refused_with_its_reason_and_nothing_saved(
    open_window, store, signed_qip, qtbot
):
    window = open_window()
    page, editor, ui = qip_page(window, signed_qip, "tranchesTab")
    table = ui.tranchesTable
    qtbot.mouseClick(ui.addTrancheButton, Qt.MouseButton.LeftButton)
    type_in_open_editor(qtbot, table, "0")
    save(qtbot, page)
    assert qips.get_qip(store, signed_qip.id).tranches == []
    assert editor.error_text("tranches") == "Tranche 1: A tranche needs a positive amount in USD."
    assert editor.is_marked("tranches") and page.is_dirty()
    type_in_cell(qtbot, table, 0, editor.AMOUNT, "250")
    assert editor.error_text("tranches") == ""  # the edit clears it
    save(qtbot, page)
    assert [t.amount_usd for t in qips.get_qip(store, signed_qip.id).tranches] == [250.0]


def test_a_value_outside_a_cells_range_is_refused_plainly(open_window, store, signed_qip, qtbot):
    """A cell's editor cannot go past the field's bounds (domain/bounds.py); a value
    pasted or set by other means is refused by the table, with a message."""
    window = open_window()
    page, editor, ui = qip_page(window, signed_qip, "tranchesTab")
    editor.add_tranche(100.0, day(-1))
    shown = ui.tranchesTable.model()
    amount = shown.index(0, editor.AMOUNT)
    assert not shown.setData(amount, 20_000_000)
    assert not shown.setData(amount, "a lot")
    assert editor.error_text("tranches") == "Give a number from 0 to 10,000,000."
    assert amount.data() == "USD 100"
    spin = editor.ui.tranchesTable.indexWidget(amount)  # add_tranche left it open
    assert (spin.minimum(), spin.maximum()) == (0, 10_000_000)
    assert not shown.setData(shown.index(0, editor.PAID_ON), "2026-02-30")
    assert editor.error_text("tranches") == "Give a day as YYYY-MM-DD."
    # The casualty table refuses a negative count the same way; nothing of it is saved.
    incident = make_incident(store)
    page = window.show_page("incidents")
    page.open_record(incident.id)
    casualties = page.editor.casualties
    assert not casualties.setData(casualties.index_of("killed_civilian_men"), -1)
    assert page.editor.error_text("killed_civilian_men") == "Give a whole number from 0 to 9,999."
    page.save_record()
    assert incidents.get_incident(store, incident.id).killed_civilian_men == 0


def test_rows_are_added_and_removed_by_the_keyboard_and_tab_leaves_the_table(
    open_window, store, signed_qip, qtbot
):
    window = open_window()
    page, editor, ui = qip_page(window, signed_qip, "tranchesTab")
    table = ui.tranchesTable
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Insert)
    type_in_open_editor(qtbot, table, "100")
    qtbot.keyClick(table, Qt.Key.Key_Insert)
    type_in_open_editor(qtbot, table, "200")
    assert [t.amount_usd for t in editor.tranches()] == [100.0, 200.0]
    # Tab walks the cells, then goes on to the next field instead of round again.
    table.setCurrentIndex(table.model().index(1, editor.REFERENCE))
    qtbot.keyClick(table, Qt.Key.Key_Tab)
    assert table.currentIndex().column() == editor.TRANCHE_NOTE
    qtbot.keyClick(table, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is ui.addTrancheButton
    # Delete removes the current row (not while a cell is being edited).
    table.setFocus()
    table.setCurrentIndex(table.model().index(0, editor.REFERENCE))
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert [t.amount_usd for t in editor.tranches()] == [200.0]
    save(qtbot, page)
    assert [t.amount_usd for t in qips.get_qip(store, signed_qip.id).tranches] == [200.0]


def test_tab_from_the_last_casualty_cell_goes_on_to_the_next_field(open_window, store, qtbot):
    window = open_window()
    page = window.show_page("incidents")
    page.new_record()
    table = page.editor.ui.casualtiesTable
    last = page.editor.casualties.index_of("abducted_armed_elements")
    type_in_cell(qtbot, table, last.row(), last.column(), "1")
    qtbot.keyClick(table, Qt.Key.Key_Tab)  # the totals below are no stop
    focused = QApplication.focusWidget()
    assert focused is not table and not table.isAncestorOf(focused)
    # From an open editor too: Tab hands the count back and leaves.
    table.setCurrentIndex(last)
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_2)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    wait_closed(qtbot, table)
    assert last.data() == "2"
    assert not table.isAncestorOf(QApplication.focusWidget())
    assert QApplication.focusWidget() is not table


def test_a_cell_edit_counts_as_an_edit_of_the_record(open_window, store, signed_qip, qtbot):
    window = open_window()
    page, editor, ui = qip_page(window, signed_qip, "tranchesTab")
    editor.add_tranche(500.0, day(-2))
    save(qtbot, page)
    assert not page.is_dirty() and editor.draft() is None
    type_in_cell(qtbot, ui.tranchesTable, 0, editor.TRANCHE_NOTE, "second instalment")
    assert page.is_dirty()
    assert page.title_label.text().endswith("unsaved changes")
    _values, lists = editor.draft()
    assert lists["tranches"][0]["note"] == "second instalment"
    # Opening an editor and closing it unchanged is no edit.
    save(qtbot, page)
    spin = open_cell(qtbot, ui.tranchesTable, 0, editor.AMOUNT)
    qtbot.keyClick(spin, Qt.Key.Key_Return)
    wait_closed(qtbot, ui.tranchesTable)
    assert not page.is_dirty()


def test_a_draft_kept_before_the_casualty_table_gives_its_counts_back(window, store):
    """Drafts written by the previous version kept each count under its spin box's name."""
    incident = make_incident(store)
    page = window.show_page("incidents")
    page.open_record(incident.id)
    editor = page.editor
    editor.apply_draft({"killedCivilianMenSpin": 2, "abductedCivilianChildrenSpin": 3}, {})
    assert editor.casualties.index_of("killed_civilian_men").data() == "2"
    assert editor.casualties.index_of("abducted_civilian_children").data() == "3"
    assert editor.dirty
    assert editor.to_record().total_casualties() == 5


def test_the_table_models_pass_the_model_tester(window, store, signed_qip, qtmodeltester):
    page = window.show_page("qips")
    page.open_record(signed_qip.id)
    editor = page.editor
    editor.add_tranche(100.0, day(-1))
    editor.add_visit()
    qtmodeltester.check(editor.tranches_model)
    qtmodeltester.check(editor.visits_model)
    liaison_editor = window.show_page("liaison").editor
    liaison_editor.add_action()
    qtmodeltester.check(liaison_editor.actions_model)
    casualties = window.show_page("incidents").editor.casualties
    casualties.set_counts({"killed_civilian_men": 2})
    qtmodeltester.check(casualties)
