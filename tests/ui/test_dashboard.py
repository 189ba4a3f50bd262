"""Dashboard: open actions overdue first with days overdue, Mark done, open the entry;
QIPs late or near the ceiling, flash reports pending, support requests awaiting decision."""

from __future__ import annotations

from datetime import timedelta

from factories import PASSPHRASE
from ops_support import day, make_incident, make_qip, make_request
from PySide6.QtCore import Qt
from scripted_prompter import action, click_row, double_click_row, make_contact, make_entry
from table_cells import type_in_cell, type_in_open_editor

from cimicdesk.app import build_main_window
from cimicdesk.domain.enums import (
    ActionStatus,
    IncidentCategory,
    SupportPriority,
    SupportStatus,
    UnitLevel,
)
from cimicdesk.domain.timeutil import utc_now
from cimicdesk.store import incidents, liaison
from cimicdesk.store.database import create_database
from cimicdesk.ui.models.alerts import AwaitingSupportModel, FlashIncidentsModel, QipAlertsModel


def due(days_from_today: int) -> str:
    return (utc_now().date() + timedelta(days=days_from_today)).isoformat()


def test_overdue_actions_come_first_highlighted_with_days_overdue(open_window, store):
    marie = make_contact(store, "Marie Ndoumba")
    make_entry(
        store,
        contacts=[marie],
        actions=[
            action("Send the meeting notes", due(5), owner="CIMIC team 2"),
            action("Pass the escort request", due(-3), owner="S3 Ops"),
            action("Ask about the bridge"),
            action("Already done", due(-9), status=ActionStatus.DONE),
        ],
    )
    window = open_window()
    page = window.dashboard_page
    assert window.current_page() is page
    model = page.model
    shown = [model.index(r, model.ACTION).data() for r in range(model.rowCount())]
    assert shown == ["Pass the escort request", "Send the meeting notes", "Ask about the bridge"]
    assert model.index(0, model.OVERDUE).data() == "3 days"
    assert model.index(0, model.OWNER).data() == "S3 Ops"
    assert model.index(0, model.REF).data() == "BANBAT1-2026-0001"
    assert model.index(0, model.ACTION).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert model.index(1, model.ACTION).data(Qt.ItemDataRole.BackgroundRole) is None
    assert page.actions_label.text() == "3 open actions, 1 overdue"
    assert page.summary_label.text() == (
        "In this database: 0 organisations · 1 contact · 1 liaison entry · 0 QIPs · "
        "0 incidents · 0 support requests · 0 assessments"
    )


def test_mark_done_closes_the_action(open_window, store, qtbot):
    marie = make_contact(store, "Marie Ndoumba")
    entry = make_entry(
        store,
        contacts=[marie],
        actions=[action("Pass the escort request", due(-3)), action("Send the notes", due(2))],
    )
    window = open_window()
    page = window.dashboard_page
    click_row(qtbot, page.table, 0)
    qtbot.mouseClick(page.mark_done_button, Qt.MouseButton.LeftButton)
    statuses = {a.description: a.status for a in liaison.get_liaison(store, entry.id).actions}
    assert statuses == {
        "Pass the escort request": ActionStatus.DONE,
        "Send the notes": ActionStatus.OPEN,
    }
    assert page.model.rowCount() == 1
    assert page.model.index(0, page.model.ACTION).data() == "Send the notes"
    assert page.actions_label.text() == "1 open action, 0 overdue"
    # The liaison page, when shown, has the entry with its action done.
    window.show_page("liaison")
    table = window.liaison_page.editor.ui.actionsTable
    assert table.model().index(0, 3).data() == "Done"


def test_double_click_opens_the_liaison_entry(open_window, store, qtbot):
    marie = make_contact(store, "Marie Ndoumba")
    make_entry(store, contacts=[marie], start="2026-11-01T08:00:00.000Z")
    wanted = make_entry(
        store,
        contacts=[marie],
        start="2026-10-01T08:00:00.000Z",
        actions=[action("Pass the escort request", due(-1))],
    )
    window = open_window()
    double_click_row(qtbot, window.dashboard_page.table, 0)
    assert window.current_page() is window.liaison_page
    assert window.liaison_page.editor.record_id == wanted.id


def test_saving_elsewhere_updates_the_dashboard(window, store, qtbot):
    marie = make_contact(store, "Marie Ndoumba")
    page = window.show_page("liaison")
    page.activate()
    page.editor.refresh_choices()
    ui = page.editor.ui
    ui.addContactCombo.setCurrentIndex(ui.addContactCombo.findData(marie.id))
    qtbot.mouseClick(ui.addContactButton, Qt.MouseButton.LeftButton)
    row = page.editor.add_action()
    type_in_open_editor(qtbot, ui.actionsTable, "Call the mayor back")
    type_in_cell(qtbot, ui.actionsTable, row, page.editor.DUE, due(-2))
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    window.show_page("dashboard")
    assert window.dashboard_page.model.rowCount() == 1
    assert window.dashboard_page.actions_label.text() == "1 open action, 1 overdue"


# Operations: QIPs late or near the ceiling, flash reports pending, requests awaiting --------


def operations(store):
    late = make_qip(store, "Late borehole", planned_start=day(-100), planned_end=day(-4))
    costly = make_qip(store, "Market hall", budget_requested_usd=48_000.0, planned_end=day(60))
    make_qip(store, "School benches", planned_end=day(30))
    flash = make_incident(store, category=IncidentCategory.BATTLES, place="Ippy")
    make_incident(store, place="Sibut")
    urgent = make_request(store, priority=SupportPriority.LIFESAVING, date_required=day(-1))
    make_request(store, status=SupportStatus.CANCELLED)
    return late, costly, flash, urgent


def test_operations_lists_show_what_needs_attention(open_window, store):
    _, _, flash, urgent = operations(store)
    window = open_window()
    page = window.dashboard_page
    qip_model, flash_model, support_model = page.qip_model, page.flash_model, page.support_model
    rows = [
        (qip_model.index(r, 0).data(), qip_model.index(r, 1).data())
        for r in range(qip_model.rowCount())
    ]
    assert rows == [("Late borehole", "late 4 days"), ("Market hall", "near ceiling: USD 48,000")]
    assert qip_model.index(0, 1).data(Qt.ItemDataRole.ForegroundRole) is not None
    assert page.qip_label.text() == "2 projects, 1 late"
    assert [flash_model.index(r, 1).data() for r in range(flash_model.rowCount())] == [
        flash.reference
    ]
    assert flash_model.index(0, 0).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert page.flash_label.text() == "1 flash report pending"
    assert support_model.rowCount() == 1
    assert support_model.index(0, support_model.PRIORITY).data() == "Lifesaving"
    assert (
        support_model.index(0, support_model.REQUIRED).data(Qt.ItemDataRole.ForegroundRole)
        is not None
    )  # the date required has passed
    assert urgent.number in support_model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert page.operations_label.text() == (
        "QIPs: 3 running, 1 late, 1 near the ceiling · Incidents: 2 open, 1 flash pending · "
        "Support requests: 1 awaiting decision"
    )


def test_double_click_opens_each_operations_record(open_window, store, qtbot):
    late, _, flash, urgent = operations(store)
    window = open_window()
    page = window.dashboard_page
    for table, key, record in (
        (page.qip_table, "qips", late),
        (page.flash_table, "incidents", flash),
        (page.support_table, "support", urgent),
    ):
        window.show_page("dashboard")
        double_click_row(qtbot, table, 0)
        assert window.current_page() is window.pages[key]
        assert window.pages[key].editor.record_id == record.id


def test_mark_flash_sent_from_the_dashboard(open_window, store, prompter, qtbot):
    _, _, flash, _ = operations(store)
    window = open_window()
    page = window.dashboard_page
    assert not page.mark_flash_sent()  # nothing selected
    click_row(qtbot, page.flash_table, 0)
    qtbot.mouseClick(page.flash_sent_button, Qt.MouseButton.LeftButton)
    question = prompter.questions("time")[0][2]
    assert question.startswith(f"When did the flash report on {flash.reference}")
    assert incidents.get_incident(store, flash.id).flash_sent_at
    assert page.flash_model.rowCount() == 0
    assert page.flash_label.text() == "none"
    assert not page.flash_sent_button.isEnabled()


def test_operations_models_pass_the_model_tester(store, qtmodeltester):
    operations(store)
    today = utc_now().date()
    for model_class in (QipAlertsModel, FlashIncidentsModel, AwaitingSupportModel):
        model = model_class(store, today)
        assert model.rowCount() > 0
        qtmodeltester.check(model)


def test_a_sector_files_references_are_not_cut_off(qtbot, tmp_path, prompter):
    """'SECTORWEST-2026-0001' is wider than a battalion's reference: its number shows."""
    sector = create_database(
        tmp_path / "sector.sqlite",
        "Sector West",
        UnitLevel.SECTOR,
        parent="Force HQ",
        passphrase=PASSPHRASE,
    )
    try:
        marie = make_contact(sector, "Marie Ndoumba")
        make_entry(sector, contacts=[marie], actions=[action("Pass the escort request", due(-3))])
        window = build_main_window(sector, prompter)
        qtbot.addWidget(window)
        window.resize(1366, 768)
        window.show()
        page = window.dashboard_page
        model, table = page.model, page.table
        ref = model.index(0, model.REF).data()
        assert ref == "SECTORWEST-2026-0001"
        needed = table.fontMetrics().horizontalAdvance(ref)
        assert table.columnWidth(model.REF) >= needed + 8  # the cell's margins
        flash_ref = page.flash_table.horizontalHeader().sectionSize(FlashIncidentsModel.REFERENCE)
        assert flash_ref >= table.fontMetrics().horizontalAdvance("SECTORWEST-INC-2026-0001")
    finally:
        sector.close()
