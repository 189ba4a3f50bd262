"""Dashboard: open actions overdue first with days overdue, Mark done, open the entry."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from ui_support import action, click_row, double_click_row, make_contact, make_entry

from cimicdesk.domain.enums import ActionStatus
from cimicdesk.domain.timeutil import utc_now
from cimicdesk.store import liaison


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
        "In this database: 0 organisations · 1 contact · 1 liaison entry"
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
    status = window.liaison_page.editor.ui.actionsTable.cellWidget(0, 3)
    assert status.currentData() == ActionStatus.DONE.value


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
    ui.actionsTable.item(row, 0).setText("Call the mayor back")
    ui.actionsTable.item(row, 2).setText(due(-2))
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    window.show_page("dashboard")
    assert window.dashboard_page.model.rowCount() == 1
    assert window.dashboard_page.actions_label.text() == "1 open action, 1 overdue"
