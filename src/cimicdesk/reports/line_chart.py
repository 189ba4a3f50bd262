"""A trend over weeks as lines that stay apart in grey print and for colour-blind readers.

Each series gets a colour of the Okabe-Ito palette (chosen to be told apart with any
common colour-vision deficiency), its own dash pattern and its own marker shape, so a
photocopied sitrep still shows which line is which; the legend repeats all three.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from reportlab.graphics.charts.linecharts import HorizontalLineChart
from reportlab.graphics.shapes import Drawing, Group, Line
from reportlab.graphics.widgets.markers import makeMarker
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from cimicdesk.reports.charts import GRID_INK, LEGEND_ROW, LEGEND_SIZE, _axis, _fit, _title
from cimicdesk.reports.layout import FONT, INK, register_fonts

# Okabe & Ito (2008), "Color Universal Design": black first, then the seven colours.
OKABE_ITO = [
    colors.HexColor(c)
    for c in ("#000000", "#E69F00", "#0072B2", "#009E73", "#D55E00", "#56B4E9", "#CC79A7")
]
DASHES: list[list[float] | None] = [None, [4, 2], [1.2, 1.6], [6, 2, 1.2, 2], [3, 3], [8, 3]]
MARKERS = ["FilledCircle", "FilledSquare", "FilledTriangle", "FilledDiamond", "Cross", "Circle"]


def style_of(index: int) -> tuple[colors.Color, list[float] | None, str]:
    """(colour, dash pattern, marker) of the index-th series."""
    return (
        OKABE_ITO[index % len(OKABE_ITO)],
        DASHES[index % len(DASHES)],
        MARKERS[index % len(MARKERS)],
    )


def legend_columns(names: Sequence[str], width: float) -> int:
    """How many legend columns fit across `width` with no name cut (a French name is
    longer): at least 120 points each, or as wide as the longest name and its sample."""
    widest = max((stringWidth(name, FONT, LEGEND_SIZE) for name in names), default=0) + 30
    return max(1, min(len(names), int(width // max(120, widest))))


def _legend(names: Sequence[str], x: float, top: float, width: float) -> Group:
    """A sample of each line (colour, dash and marker) and its name, in columns."""
    from reportlab.graphics.shapes import String

    group = Group()
    columns = legend_columns(names, width)
    column_w = width / columns
    for index, name in enumerate(names):
        row, col = divmod(index, columns)
        left = x + col * column_w
        y = top - (row + 1) * LEGEND_ROW + 3
        colour, dash, marker = style_of(index)
        group.add(
            Line(left, y, left + 18, y, strokeColor=colour, strokeWidth=1.2, strokeDashArray=dash)
        )
        mark = makeMarker(marker, size=4.5, fillColor=colour, strokeColor=colour)
        mark.x, mark.y = left + 9, y
        group.add(mark)
        group.add(
            String(
                left + 22,
                y - 2.5,
                _fit(name, column_w - 26, LEGEND_SIZE),
                fontName=FONT,
                fontSize=LEGEND_SIZE,
                fillColor=INK,
            )
        )
    return group


def lines(
    title: str,
    categories: Sequence[str],
    series: Sequence[tuple[str, Sequence[float]]],
    width: float,
    height: float = 150,
    *,
    number: Callable[[float], str],
    integer: bool = True,
) -> Drawing:
    """One line per series across the categories (e.g. ISO weeks), oldest on the left."""
    register_fonts()
    names = [name for name, _ in series]
    columns = legend_columns(names, width - 30)
    legend_h = -(-len(names) // columns) * LEGEND_ROW + 4
    total_h = height + legend_h
    drawing = Drawing(width, total_h)
    _title(drawing, title, width, total_h)
    chart = HorizontalLineChart()
    chart.x = 30
    chart.y = legend_h + 16
    chart.width = width - chart.x - 8
    chart.height = height - 16 - 18 - 6
    chart.data = [list(values) for _, values in series] or [[0] * len(categories)]
    chart.categoryAxis.categoryNames = list(categories)
    chart.categoryAxis.labels.fontName = FONT
    chart.categoryAxis.labels.fontSize = 7
    chart.categoryAxis.labels.fillColor = INK
    peak = max((max(values, default=0) for _, values in series), default=0)
    top, step = _axis(peak * 1.05, integer)
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = top
    chart.valueAxis.valueStep = step
    chart.valueAxis.labels.fontName = FONT
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.labelTextFormat = lambda v: number(round(v)) if integer else number(v)
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = GRID_INK
    for index in range(len(names)):
        colour, dash, marker = style_of(index)
        chart.lines[index].strokeColor = colour
        chart.lines[index].strokeWidth = 1.3
        if dash:
            chart.lines[index].strokeDashArray = dash
        chart.lines[index].symbol = makeMarker(
            marker, size=4.5, fillColor=colour, strokeColor=colour
        )
    drawing.add(chart)
    drawing.add(_legend(names, chart.x, legend_h, width - chart.x))
    return drawing
