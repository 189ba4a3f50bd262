"""Assessments on the Map page: a community's symbol where its grid is, in its worst
severity's JIAF colour, in the legend and the kind filter."""

from __future__ import annotations

from assessment_history import assess

from cimicdesk.domain.enums import AssessmentSector, Severity
from cimicdesk.domain.grid import parse_grid
from cimicdesk.reports.palette import SEVERITY_HEX
from cimicdesk.ui.map import symbols

S = AssessmentSector
V = Severity
GRID = "34N CN 06700 79630"  # Ouandago


def _show_at(window, qtbot, grid: str):
    page = window.show_page("map")
    qtbot.waitUntil(lambda: page.home_shown)
    ref = parse_grid(grid)
    with qtbot.waitSignal(page.records_shown, timeout=3000):
        page.view.centre_on(ref.lat, ref.lon, 11.0)
    return page


def test_an_assessment_is_drawn_at_its_grid_in_its_worst_severitys_colour(
    store, open_window, qtbot
):
    before = assess(store, "Ouandago", 120, {S.WASH: V.CATASTROPHIC})
    found = assess(store, "Ouandago", 10, {S.WASH: V.SEVERE, S.PROTECTION: V.EXTREME})
    window = open_window()
    page = _show_at(window, qtbot, GRID)
    assert ("assessment", found.id) in page.view.points
    assert ("assessment", before.id) not in page.view.points  # the village once: as last seen
    at = page.view.symbol_pos("assessment", found.id)
    centre = page.view.viewport().rect().center()
    assert (at - centre).manhattanLength() <= 2  # the view is centred on its grid
    image = page.view.viewport().grab().toImage()
    assert image.pixelColor(at.x(), at.y() + 1).name() == SEVERITY_HEX["4"]
    legend = page.legend.text()
    assert "Community assessments: worst severity" in legend
    assert "4 · Extreme" in legend
    assert "3 · Severe" not in legend  # the worst only
    assert "5 · Catastrophic" not in legend  # nor what it was before
    summary = page.summary("assessment", found.id)
    assert f"{found.reference} – Ouandago, {found.assessed_on}" in summary
    assert "4 · Extreme" in summary
    # the kind filter hides them
    page.kind_boxes[symbols.ASSESSMENT].setChecked(False)
    assert ("assessment", found.id) not in page.view.points
