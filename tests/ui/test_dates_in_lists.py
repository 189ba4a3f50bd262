"""Dates in lists carry their year: a flash 'sent 12-07 01:32Z' must not read as 12 July."""

from __future__ import annotations

from ops_support import make_incident

from cimicdesk.domain.enums import IncidentCategory
from cimicdesk.domain.timeutil import from_stamp
from cimicdesk.store import incidents
from cimicdesk.ui import i18n
from cimicdesk.ui.formatting import moment_display
from cimicdesk.ui.models.alerts import FlashIncidentsModel
from cimicdesk.ui.models.operations import IncidentTableModel


def flash_incident(store, **kw):
    return make_incident(
        store, category=IncidentCategory.BATTLES, subcategory="armed_clash", place="Ippy", **kw
    )


def test_the_dashboard_flash_list_shows_the_year(open_window, store):
    flash = flash_incident(store)
    window = open_window()
    model = window.dashboard_page.flash_model
    assert model.rowCount() == 1
    shown = model.index(0, FlashIncidentsModel.OCCURRED).data()
    year = str(from_stamp(flash.occurred_at).year)
    assert year in shown and shown.startswith(year)


def test_a_sent_flash_in_the_incident_list_reads_with_its_year(open_window, store):
    # Dated, not "30 hours ago": a flash sent at a fixed moment must come after the
    # incident on any day the tests run (it failed once the calendar passed 8 Dec 2026).
    flash = flash_incident(
        store, occurred_at="2026-12-06T22:10:00.000Z", reported_at="2026-12-07T00:40:00.000Z"
    )
    incidents.mark_flash_sent(store, flash.id, "2026-12-07T01:32:00.000Z")
    window = open_window()
    page = window.show_page("incidents")
    model = page.model
    shown = model.index(model.row_of(flash.id), IncidentTableModel.FLASH).data()
    assert shown == "sent 7 Dec 2026 01:32Z"


def test_a_moment_in_a_list_follows_the_window_language(qapp):
    assert moment_display("2026-12-07T01:32:00.000Z") == "7 Dec 2026 01:32Z"
    i18n.install("fr")
    try:
        assert moment_display("2026-12-07T01:32:00.000Z") == "7 déc. 2026 01:32Z"
    finally:
        i18n.install("en")
    assert moment_display("") == ""
    assert moment_display("yesterday") == "yesterday"
