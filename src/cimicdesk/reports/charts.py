"""Charts drawn with reportlab.graphics: incidents per day, meetings by type, QIP budget.

The caller gives every text already in the report's language, and for amounts a
`number` function that writes them as the language does (Texts.number).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping, Sequence

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.shapes import Drawing, Group, Line, Rect, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from cimicdesk.reports.layout import FONT, FONT_BOLD, INK, MUTED, RULE, register_fonts
from cimicdesk.reports.palette import SERIES_HEX

# Distinguishable in colour and in grey print.
PALETTE = [colors.HexColor(c) for c in SERIES_HEX]
CEILING_INK = colors.HexColor("#b00020")
GRID_INK = colors.HexColor("#e3e7eb")
TITLE_H = 18  # room for the title and its rule
LABEL_SIZE = 7.5
LABEL_LEADING = 8.5  # between the two lines of a long category label
LEGEND_SIZE = 7
LEGEND_ROW = 10


def _fit(label: str, room: float, size: float = LABEL_SIZE) -> str:
    """The label, shortened with an ellipsis until it fits in `room` points."""
    if stringWidth(label, FONT, size) <= room:
        return label
    while label and stringWidth(label + "…", FONT, size) > room:
        label = label[:-1]
    return label.rstrip() + "…"


def wrap_label(label: str, room: float, size: float = LABEL_SIZE, lines: int = 2) -> list[str]:
    """The label on at most `lines` lines of `room` points, broken between words; only what
    is still too long for the last line (a single very long word) is cut with an ellipsis."""
    register_fonts()
    words = label.split()
    found: list[str] = []
    line = ""
    for index, word in enumerate(words):
        candidate = f"{line} {word}".strip()
        if not line or stringWidth(candidate, FONT, size) <= room:
            line = candidate
            continue
        found.append(line)
        if len(found) == lines - 1:
            line = " ".join(words[index:])
            break
        line = word
    found.append(line)
    return [_fit(text, room, size) for text in found]


def _axis(peak: float, integer: bool) -> tuple[float, float]:
    """(maximum, step) of a value axis from 0 that shows `peak` in about five round steps.

    Counts (integer=True) get whole-number steps, so no tick label repeats.
    """
    if peak <= 0:
        return 1, 1
    rough = peak / 5
    magnitude = 10 ** math.floor(math.log10(rough))
    factors = (1, 2, 5, 10) if integer else (1, 2, 2.5, 5, 10)
    step = next(f * magnitude for f in factors if f * magnitude >= rough)
    if integer:
        step = max(1, round(step))
    return step * math.ceil(peak / step), step


def _title(drawing: Drawing, title: str, width: float, height: float) -> None:
    drawing.add(
        String(0, height - 11, _fit(title, width, 9), fontName=FONT_BOLD, fontSize=9, fillColor=INK)
    )
    drawing.add(Line(0, height - 15, width, height - 15, strokeColor=RULE, strokeWidth=0.4))


def _legend_layout(names: Sequence[str], width: float) -> tuple[int, float]:
    """(columns, column width) for a legend of these names across `width`."""
    widest = max(stringWidth(n, FONT, LEGEND_SIZE) for n in names) + 18
    columns = max(1, min(len(names), int(width // widest)))
    return columns, width / columns


def legend_height(names: Sequence[str], width: float) -> float:
    if len(names) < 2:
        return 0
    columns, _ = _legend_layout(names, width)
    rows = -(-len(names) // columns)
    return rows * LEGEND_ROW + 4


def _legend(names: Sequence[str], x: float, top: float, width: float) -> Group:
    """Swatches and names in columns, row by row from `top` downwards."""
    group = Group()
    columns, column_w = _legend_layout(names, width)
    for index, name in enumerate(names):
        row, col = divmod(index, columns)
        left = x + col * column_w
        y = top - (row + 1) * LEGEND_ROW
        group.add(Rect(left, y, 7, 7, fillColor=PALETTE[index % len(PALETTE)], strokeColor=None))
        group.add(
            String(
                left + 10,
                y + 0.5,
                _fit(name, column_w - 14, LEGEND_SIZE),
                fontName=FONT,
                fontSize=LEGEND_SIZE,
                fillColor=INK,
            )
        )
    return group


def stacked_columns(
    title: str,
    categories: Sequence[str],
    series: Mapping[str, Sequence[int]],
    width: float,
    height: float = 170,
    *,
    stacked: bool = True,
    first_colour: int = 0,
) -> Drawing:
    """Columns per category (e.g. day), stacked by series (e.g. incident category).

    With stacked=False the series stand side by side (e.g. meetings and incidents).
    The legend goes under the chart, in as many columns as fit.
    """
    register_fonts()
    names = list(series)
    legend_h = legend_height(names, width)
    total_h = height + legend_h
    drawing = Drawing(width, total_h)
    _title(drawing, title, width, total_h)
    chart = VerticalBarChart()
    chart.x = 28
    chart.y = legend_h + 20
    chart.width = width - chart.x - 6
    chart.height = height - 20 - TITLE_H - 6
    chart.data = [list(series[n]) for n in names]
    chart.categoryAxis.categoryNames = list(categories)
    if stacked:
        chart.categoryAxis.style = "stacked"
    chart.categoryAxis.labels.fontName = FONT
    chart.categoryAxis.labels.fontSize = 7
    chart.categoryAxis.labels.fillColor = INK
    if len(categories) > 14:
        chart.categoryAxis.labels.angle = 60
        chart.categoryAxis.labels.boxAnchor = "ne"
        chart.categoryAxis.labels.dy = -2
    columns = list(zip(*chart.data, strict=True)) if chart.data else [(0,)]
    peaks = [sum(c) if stacked else max(c) for c in columns]
    top, step = _axis(max(peaks or [0]), integer=True)
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = top
    chart.valueAxis.valueStep = step
    chart.valueAxis.labels.fontName = FONT
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.labelTextFormat = "%d"
    chart.valueAxis.gridStrokeColor = GRID_INK
    chart.valueAxis.visibleGrid = True
    chart.barSpacing = 1 if not stacked else 0
    chart.groupSpacing = 8
    for i in range(len(names)):
        chart.bars[i].fillColor = PALETTE[(i + first_colour) % len(PALETTE)]
        chart.bars[i].strokeColor = colors.white
        chart.bars[i].strokeWidth = 0.3
    drawing.add(chart)
    if legend_h:
        drawing.add(_legend(names, chart.x, legend_h, width - chart.x))
    return drawing


def horizontal_bars(
    title: str,
    categories: Sequence[str],
    series: Mapping[str, Sequence[float]],
    width: float,
    *,
    number: Callable[[float], str],
    reference: float | None = None,
    reference_label: str = "",
) -> Drawing:
    """One bar per category, top to bottom as given (stacked when several series).

    number writes the values (axis, bar totals) in the report's language; reference
    draws a dashed vertical line (e.g. the QIP ceiling) with its label.
    """
    register_fonts()
    names = list(series)
    label_w = min(
        max([stringWidth(c, FONT, LABEL_SIZE) for c in categories] or [0]) + 8, width * 0.42
    )
    # A label too long for its room goes on two lines ('Organisation communautaire /
    # de base'), and its bar is as tall as they are.
    wrapped = [wrap_label(c, label_w - 8) for c in categories]
    categories = ["\n".join(lines) for lines in wrapped]
    bar_h = 13 if all(len(lines) == 1 for lines in wrapped) else 2 * LABEL_LEADING + 3
    legend_w = width - label_w
    legend_h = legend_height(names, legend_w)
    ref_h = 11 if reference else 0
    axis_h = 14
    height = TITLE_H + ref_h + len(categories) * bar_h + axis_h + legend_h + 4
    drawing = Drawing(width, height)
    _title(drawing, title, width, height)
    chart = HorizontalBarChart()
    chart.x = label_w
    chart.y = legend_h + axis_h
    chart.width = width - label_w - 40
    chart.height = len(categories) * bar_h
    # The category axis runs bottom-up: reverse so the first category is on top.
    chart.data = [list(reversed(list(series[n]))) for n in names]
    chart.categoryAxis.categoryNames = list(reversed(categories))
    chart.categoryAxis.labels.fontName = FONT
    chart.categoryAxis.labels.fontSize = LABEL_SIZE
    chart.categoryAxis.labels.fillColor = INK
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.leading = LABEL_LEADING
    chart.categoryAxis.labels.dx = -3
    if len(names) > 1:
        chart.categoryAxis.style = "stacked"
    totals = [sum(v) for v in zip(*chart.data, strict=True)] if chart.data else [0]
    integer = all(float(v).is_integer() for v in totals) and not reference
    top, step = _axis(max([*totals, reference or 0, 0]) * 1.08, integer)
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = top
    chart.valueAxis.valueStep = step
    chart.valueAxis.labels.fontName = FONT
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.labelTextFormat = lambda v: (
        f"{number(v / 1000)}k" if top >= 10_000 else number(round(v))
    )
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = GRID_INK
    chart.barSpacing = 0
    chart.groupSpacing = 3
    for i in range(len(names)):
        chart.bars[i].fillColor = PALETTE[i % len(PALETTE)]
        chart.bars[i].strokeColor = colors.white
        chart.bars[i].strokeWidth = 0.3
    drawing.add(chart)
    if reference:
        x = chart.x + chart.width * (reference / top)
        drawing.add(
            Line(
                x,
                chart.y,
                x,
                chart.y + chart.height + 3,
                strokeColor=CEILING_INK,
                strokeWidth=1,
                strokeDashArray=[3, 2],
            )
        )
        drawing.add(
            String(
                x,
                chart.y + chart.height + 4,
                reference_label,
                fontName=FONT,
                fontSize=7,
                fillColor=CEILING_INK,
                textAnchor="middle",
            )
        )
    # Each bar's total just past its end, on white so a reference line never hides it.
    slot = chart.height / max(1, len(categories))
    for index, total in enumerate(totals):
        label = number(round(total))
        x = chart.x + chart.width * (total / top) + 3
        y = chart.y + slot * index + slot / 2 - 2.5
        label_w = stringWidth(label, FONT, 7)
        drawing.add(Rect(x - 1, y - 1.5, label_w + 2, 8, fillColor=colors.white, strokeColor=None))
        drawing.add(String(x, y, label, fontName=FONT, fontSize=7, fillColor=MUTED))
    if legend_h:
        drawing.add(_legend(names, label_w, legend_h, legend_w))
    return drawing
