"""The map's symbols: one shape per kind of record, coloured by category, status or unit.

Shapes tell the kinds apart at a glance (and in grey print): incident a triangle, QIP a
square, liaison entry a circle, organisation's office a house, support request a
diamond, community assessment a pentagon. Colours say the category, status or (in a
sector database) the battalion; an assessment is always coloured by its worst severity
on the JIAF scale; a flash incident carries a red ring.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap, QPolygonF

from cimicdesk.reports.palette import NOT_RATED_HEX, SEVERITY_HEX

SIZE = 14.0  # the symbol's height in screen pixels, at every zoom
KINDS = ("incident", "qip", "liaison", "organisation", "support", "assessment")
ASSESSMENT = "assessment"
KIND_COLOURS = {
    "incident": QColor("#c0392b"),
    "qip": QColor("#1f7a3d"),
    "liaison": QColor("#1f5fa8"),
    "organisation": QColor("#6c3483"),
    "support": QColor("#b9770e"),
    "assessment": QColor(SEVERITY_HEX["3"]),
}
FLASH = QColor("#ff1a1a")
# Distinct for battalions and styles (Okabe–Ito, told apart by colour-blind readers too).
PALETTE = (
    "#0072b2",
    "#e69f00",
    "#009e73",
    "#cc79a7",
    "#d55e00",
    "#56b4e9",
    "#7f7f00",
    "#000000",
    "#8c564b",
    "#f0e442",
)
OUTLINE = QColor(255, 255, 255)


def palette_colour(index: int) -> QColor:
    return QColor(PALETTE[index % len(PALETTE)])


# Incidents by category: 14 colours told apart on a triangle (reds for violence, blues
# for access and the mission, greens for nature). QIPs by status: blues while proposed,
# green while running and done, orange where it needs action, black once stopped.
STYLE_COLOURS = {
    "incident": {
        "battles": "#d62728",
        "explosions_remote_violence": "#7b0000",
        "violence_against_civilians": "#e377c2",
        "attack_on_humanitarians": "#9467bd",
        "protests": "#ff7f0e",
        "riots": "#bcbd22",
        "strategic_developments": "#7f7f7f",
        "humanitarian_access_denied": "#17becf",
        "displacement": "#f2c40f",
        "intercommunal_clash": "#8c564b",
        "natural_disaster_epidemic": "#2ca02c",
        "hostility_to_mission": "#1f3a93",
        "uxo_mine": "#000000",
        "crime_banditry": "#00a087",
    },
    "qip": {
        "identified": "#9ecae1",
        "proposal_drafted": "#6baed6",
        "submitted": "#4292c6",
        "under_review": "#2171b5",
        "approved": "#08519c",
        "returned": "#fd8d3c",
        "rejected": "#7f0000",
        "agreement_signed": "#a1d99b",
        "disbursed": "#74c476",
        "in_implementation": "#31a354",
        "completed": "#006d2c",
        "handed_over": "#00441b",
        "closed": "#636363",
        "cancelled": "#000000",
    },
}


def colours_by_style(kind: str) -> bool:
    """Whether a kind's symbols are coloured by their style (incidents by category, QIPs
    by status, assessments by worst severity); the other kinds keep their own colour."""
    return kind in STYLE_COLOURS or kind == ASSESSMENT


def style_colour(kind: str, style: str) -> QColor:
    """The colour of a record of a kind and style (its kind's colour when not styled; an
    assessment's is its worst severity's, grey when none is rated)."""
    if kind == ASSESSMENT:
        return QColor(SEVERITY_HEX.get(style, NOT_RATED_HEX))
    known = STYLE_COLOURS.get(kind, {}).get(style)
    if known is not None:
        return QColor(known)
    if kind in STYLE_COLOURS and style:  # a value added later: stable, from the palette
        return palette_colour(sum(ord(c) * (i + 1) for i, c in enumerate(style)))
    return KIND_COLOURS.get(kind, QColor("#444444"))


def shape(kind: str, size: float = SIZE) -> QPainterPath:
    """The kind's outline, centred on (0, 0)."""
    h = size / 2
    path = QPainterPath()
    if kind == "incident":
        path.addPolygon(QPolygonF([QPointF(0, -h), QPointF(h, h * 0.8), QPointF(-h, h * 0.8)]))
        path.closeSubpath()
    elif kind == "qip":
        path.addRect(QRectF(-h * 0.8, -h * 0.8, h * 1.6, h * 1.6))
    elif kind == "organisation":
        path.addPolygon(
            QPolygonF(
                [
                    QPointF(0, -h),
                    QPointF(h, -h * 0.1),
                    QPointF(h * 0.75, -h * 0.1),
                    QPointF(h * 0.75, h * 0.85),
                    QPointF(-h * 0.75, h * 0.85),
                    QPointF(-h * 0.75, -h * 0.1),
                    QPointF(-h, -h * 0.1),
                ]
            )
        )
        path.closeSubpath()
    elif kind == "support":
        path.addPolygon(QPolygonF([QPointF(0, -h), QPointF(h, 0), QPointF(0, h), QPointF(-h, 0)]))
        path.closeSubpath()
    elif kind == ASSESSMENT:  # a pentagon, point up
        corners = [_corner(i, h) for i in range(5)]
        path.addPolygon(QPolygonF(corners))
        path.closeSubpath()
    else:  # liaison, and any kind to come
        path.addEllipse(QPointF(0, 0), h * 0.8, h * 0.8)
    return path


def _corner(number: int, radius: float) -> QPointF:
    """The number-th corner of a pentagon pointing up, of a radius."""
    angle = math.radians(-90 + 72 * number)
    return QPointF(radius * math.cos(angle), radius * math.sin(angle))


def paint_symbol(
    painter: QPainter,
    kind: str,
    fill: QColor,
    *,
    flash: bool = False,
    selected: bool = False,
    size: float = SIZE,
) -> None:
    """Draw a symbol centred on the painter's origin."""
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    if selected:
        painter.setPen(QPen(QColor("#ffd400"), 4))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(QPointF(0, 0), size * 0.85, size * 0.85)
    if flash:
        painter.setPen(QPen(FLASH, 2.5))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(QPointF(0, 0), size * 0.72, size * 0.72)
    painter.setPen(QPen(OUTLINE, 1.5))
    painter.setBrush(QBrush(fill))
    painter.drawPath(shape(kind, size))
    painter.setPen(QPen(QColor(0, 0, 0, 170), 0.8))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPath(shape(kind, size + 2))


def icon(kind: str, fill: QColor | None = None, *, flash: bool = False) -> QIcon:
    """The symbol as an icon for the legend and the filters."""
    pixmap = QPixmap(20, 20)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.translate(10, 10)
    paint_symbol(painter, kind, fill or KIND_COLOURS[kind], flash=flash)
    painter.end()
    return QIcon(pixmap)
