"""The trend model over a community's assessments: cells, colours, rises and falls."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from cimicdesk.domain.assessment import Assessment, SectorRating
from cimicdesk.domain.enums import AssessmentSector, Severity
from cimicdesk.reports.palette import SEVERITY_HEX
from cimicdesk.ui.models.assessment_trend import CommunityTrendModel

S = AssessmentSector
V = Severity


def _at(day: str, ratings: dict[AssessmentSector, Severity | None], **kw) -> Assessment:
    return Assessment(
        id=f"asm-{day}",
        reference=f"BANBAT1-ASM-{day[:4]}-00{day[6]}",
        community_name="Ouandago",
        grid="34N CN 0670 7963",
        assessed_on=day,
        team="BANBAT1 CIMIC team 1",
        created_at=f"{day}T15:00:00.000Z",
        sectors=[
            SectorRating(sector=s, severity=v, key_facts="Borehole <b>dry</b>")
            for s, v in ratings.items()
        ],
        **kw,
    )


def _cell(
    model: CommunityTrendModel,
    sector: AssessmentSector,
    column: int,
    role=Qt.ItemDataRole.DisplayRole,
):
    return model.index(model.row_of(sector), column).data(role)


def test_cells_show_severity_colour_and_moves_oldest_left(qtmodeltester):
    model = CommunityTrendModel()
    # given out of order: the model puts them oldest first
    model.show_assessments(
        [
            _at("2026-10-30", {S.HEALTH: V.EXTREME, S.WASH: V.STRESSED}, resident_total=2300),
            _at("2026-05-12", {S.HEALTH: V.SEVERE, S.WASH: V.SEVERE}, resident_total=2400),
            _at("2026-07-20", {S.HEALTH: None, S.WASH: V.EXTREME}),
        ]
    )
    qtmodeltester.check(model)
    header = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(3)]
    assert [h.split("\n")[0] for h in header] == ["2026-05-12", "2026-07-20", "2026-10-30"]
    assert [_cell(model, S.WASH, c) for c in range(3)] == [
        "3 · Severe",
        "4 · Extreme ↑",
        "2 · Stressed ↓",
    ]
    # health: not rated in July ("—"); its October rise is against May
    assert [_cell(model, S.HEALTH, c) for c in range(3)] == ["3 · Severe", "—", "4 · Extreme ↑"]
    # education never assessed: blank, no colour
    assert _cell(model, S.EDUCATION, 0) is None
    assert _cell(model, S.EDUCATION, 0, Qt.ItemDataRole.BackgroundRole) is None
    assert _cell(model, S.WASH, 1, Qt.ItemDataRole.BackgroundRole) == QColor(SEVERITY_HEX["4"])
    assert _cell(model, S.WASH, 2, CommunityTrendModel.MoveRole) == -2
    worst = [model.index(0, c).data() for c in range(3)]
    assert worst == ["3 · Severe", "4 · Extreme", "4 · Extreme"]
    residents = next(
        r
        for r in range(model.rowCount())
        if model.headerData(r, Qt.Orientation.Vertical) == "Residents"
    )
    assert [model.index(residents, c).data() for c in range(3)] == ["2,400", "", "2,300"]


def test_an_officers_key_facts_are_shown_as_text_in_the_tooltip():
    model = CommunityTrendModel()
    model.show_assessments([_at("2026-05-12", {S.WASH: V.SEVERE})])
    tip = _cell(model, S.WASH, 0, Qt.ItemDataRole.ToolTipRole)
    assert "Borehole &lt;b&gt;dry&lt;/b&gt;" in tip
    assert "<b>dry" not in tip


def test_the_charts_draw_each_rated_sector_with_its_points_in_their_colours(qtbot):
    from cimicdesk.domain.assessment_trend import severity_series
    from cimicdesk.ui.widgets.severity_chart import SeverityCharts

    charts = SeverityCharts()
    qtbot.addWidget(charts)
    history = [
        _at("2026-05-12", {S.HEALTH: V.SEVERE, S.WASH: V.SEVERE}),
        _at("2026-07-20", {S.HEALTH: None, S.WASH: V.CATASTROPHIC}),
    ]
    charts.show_series(severity_series(history))
    assert charts.sectors == [S.WASH, S.HEALTH]  # the scale's order; none unrated throughout
    charts.resize(800, charts.sizeHint().height())
    image = charts.grab().toImage()
    wash = charts.chart_rect(0)
    # the July point of WASH: right half of its chart, in the top band (5)
    found = {
        image.pixelColor(x, y).name()
        for x in range(int(wash.center().x()), int(wash.right()))
        for y in range(int(wash.top()), int(wash.center().y()))
    }
    assert SEVERITY_HEX["5"] in found
