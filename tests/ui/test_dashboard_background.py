"""On a large file the window reads the dashboard's lists and counts on a worker and shows
at once: once they come it shows what reading them at once shows; a record written while
they were read is not missed; a small file's dashboard is read at once, as before."""

from __future__ import annotations

from datetime import timedelta

import pytest
from assessment_history import assess
from ops_support import day, make_incident, make_qip, make_request
from scripted_prompter import action, make_contact, make_entry

from cimicdesk.domain.enums import AssessmentSector, IncidentCategory, Severity, SupportPriority
from cimicdesk.domain.timeutil import utc_now
from cimicdesk.ui.pages import dashboard
from cimicdesk.ui.pages.dashboard import DashboardPage

WAIT_MS = 20_000


def due(days_from_today: int) -> str:
    return (utc_now().date() + timedelta(days=days_from_today)).isoformat()


@pytest.fixture
def large(monkeypatch):
    """Every file counts as large: the dashboard is read on a worker."""
    monkeypatch.setattr(dashboard, "READ_AT_ONCE_ROWS", 0)


def fill(store) -> None:
    marie = make_contact(store, "Marie Ndoumba")
    make_entry(
        store,
        contacts=[marie],
        actions=[
            action("Pass the escort request", due(-3), owner="S3 Ops"),
            action("Send the meeting notes", due(5), owner="CIMIC team 2"),
        ],
    )
    make_qip(store, "Late borehole", planned_start=day(-100), planned_end=day(-4))
    make_qip(store, "Market hall", budget_requested_usd=48_000.0, planned_end=day(60))
    make_incident(store, category=IncidentCategory.BATTLES, place="Ippy")
    make_request(store, priority=SupportPriority.LIFESAVING, date_required=day(-1))
    assess(store, "Kpokpo", 150, {AssessmentSector.PROTECTION: Severity.SEVERE})  # overdue
    assess(store, "Ouandago", 60, {AssessmentSector.HEALTH: Severity.STRESSED})
    assess(store, "Ouandago", 10, {AssessmentSector.HEALTH: Severity.EXTREME})  # rose


def shown(page: DashboardPage) -> dict[str, object]:
    """What the officer reads on the dashboard: every list's cells and every label."""
    lists = {}
    for name in (
        "model",
        "qip_model",
        "flash_model",
        "support_model",
        "overdue_model",
        "rises_model",
    ):
        model = getattr(page, name)
        lists[name] = [
            [model.index(r, c).data() for c in range(model.columnCount())]
            for r in range(model.rowCount())
        ]
    labels = {
        name: getattr(page, name).text()
        for name in (
            "summary_label",
            "operations_label",
            "actions_label",
            "flash_label",
            "qip_label",
            "support_label",
            "overdue_heading",
            "overdue_label",
            "rises_label",
        )
    }
    buttons = {
        name: getattr(page, name).isEnabled()
        for name in ("mark_done_button", "open_button", "flash_sent_button")
    }
    return {"lists": lists, "labels": labels, "buttons": buttons}


def test_a_large_files_dashboard_read_on_a_worker_shows_what_reading_at_once_shows(
    large, store, open_window, prompter, qtbot
):
    fill(store)
    window = open_window()
    page = window.dashboard_page
    qtbot.waitUntil(lambda: page.reading is None, timeout=WAIT_MS)
    at_once = DashboardPage(store, prompter)  # read here, as a small file's
    qtbot.addWidget(at_once)
    assert shown(page) == shown(at_once)
    assert page.model.rowCount() == 2 and page.qip_model.rowCount() == 2
    assert page.actions_label.text() == "2 open actions, 1 overdue"
    assert page.overdue_model.rowCount() == 1 and page.rises_model.rowCount() == 1


def test_a_record_written_while_the_dashboard_is_read_is_shown(large, store, prompter, qtbot):
    fill(store)
    awa = make_contact(store, "Awa Diallo")
    page = DashboardPage(store, prompter, read_in_background=True)
    qtbot.addWidget(page)
    page.show()
    assert page.reading is not None
    # Written before the worker's lists are shown (it may have read before or after).
    make_entry(store, contacts=[awa], actions=[action("Call the mayor back", due(-1))])
    qtbot.waitUntil(lambda: page.reading is None, timeout=WAIT_MS)
    actions = [page.model.index(r, page.model.ACTION).data() for r in range(3)]
    assert "Call the mayor back" in actions
    assert page.actions_label.text() == "3 open actions, 2 overdue"


def test_a_small_files_dashboard_is_read_at_once(store, open_window):
    fill(store)
    window = open_window()
    page = window.dashboard_page
    assert page.reading is None
    assert page.model.rowCount() == 2
    assert page.flash_label.text() == "1 flash report pending"


def test_a_dashboard_hidden_when_its_lists_come_reads_them_when_shown_again(
    large, store, open_window, qtbot
):
    fill(store)
    window = open_window()
    page = window.dashboard_page
    window.show_page("contacts")  # before the worker's lists come, or after
    qtbot.waitUntil(lambda: page.reading is None, timeout=WAIT_MS)
    make_qip(store, "Bridge at Sibut", planned_start=day(-90), planned_end=day(-2))
    window.show_page("dashboard")
    assert page.qip_model.rowCount() == 3
    assert page.qip_label.text() == "3 projects, 2 late"
    assert page.actions_label.text() == "2 open actions, 1 overdue"
