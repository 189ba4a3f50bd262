"""Overlays on the map: one item per overlay file, its shapes built once as scene paths.

An overlay's lines and polygon rings become QPainterPaths in scene coordinates (the view's
world, domain/geo.to_world x WORLD) when the overlay is shown the first time; a repaint
only strokes them, with a cosmetic pen (as wide at every zoom). Points are drawn as dots
of a fixed size by one drawPoints call. The item lies over the tiles, grid and place dots
and under the records (z 0.5), so records stay on top and clickable.
"""

from __future__ import annotations

import itertools
import math

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from cimicdesk.domain.geo import to_world
from cimicdesk.domain.overlays import Overlay, OverlayKind

# Apart from each other and from the records' category colours and the red flash ring.
PALETTE = ("#6a3d9a", "#b15928", "#1b9e77", "#e7298a", "#1f78b4", "#4d4d4d")
LINE_PX = 2.2
POINT_PX = 7.0
AREA_FILL_ALPHA = 22  # polygons tinted, barely: the records over them stay readable
Z_VALUE = 0.5
REACH_PX = 5.0  # a tooltip names a line or dot this close to the cursor


def overlay_colour(index: int) -> QColor:
    """The colour of the index-th overlay of the maps folder."""
    return QColor(PALETTE[index % len(PALETTE)])


class _Feature:
    """One feature's name, its scene bounds and vertices, for its tooltip."""

    __slots__ = ("area", "bounds", "kind", "name", "parts")

    def __init__(self, name: str, kind: OverlayKind, parts: list[list[QPointF]]):
        self.name = name
        self.kind = kind
        self.parts = parts
        xs = [p.x() for part in parts for p in part]
        ys = [p.y() for part in parts for p in part]
        self.bounds = QRectF(min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys))
        self.area: QPainterPath | None = None
        if kind is OverlayKind.POLYGONS:
            self.area = QPainterPath()
            self.area.setFillRule(Qt.FillRule.OddEvenFill)  # holes stay holes
            for part in parts:
                self.area.addPolygon(QPolygonF(part))
                self.area.closeSubpath()


def _distance_to_segment(p: QPointF, a: QPointF, b: QPointF) -> float:
    dx, dy = b.x() - a.x(), b.y() - a.y()
    length = dx * dx + dy * dy
    t = 0.0 if length == 0 else ((p.x() - a.x()) * dx + (p.y() - a.y()) * dy) / length
    t = min(1.0, max(0.0, t))
    return math.hypot(p.x() - (a.x() + t * dx), p.y() - (a.y() + t * dy))


class OverlayItem(QGraphicsItem):
    """One overlay file's shapes, drawn in one colour. Attributes: file_name, colour."""

    def __init__(self, file_name: str, overlay: Overlay, colour: QColor, world: float):
        super().__init__()
        self.file_name = file_name
        self.colour = colour
        self.lines = QPainterPath()
        self.areas = QPainterPath()
        self.areas.setFillRule(Qt.FillRule.OddEvenFill)
        self.dots = QPolygonF()
        self.features: list[_Feature] = []
        for feature in overlay.features:
            parts = [
                [
                    QPointF(x * world, y * world)
                    for x, y in (to_world(lat, lon) for lat, lon in part)
                ]
                for part in feature.parts
                if part
            ]
            if not parts:
                continue
            self.features.append(_Feature(feature.name, feature.kind, parts))
            for part in parts:
                if feature.kind is OverlayKind.POINTS:
                    for point in part:
                        self.dots.append(point)
                elif feature.kind is OverlayKind.POLYGONS:
                    self.areas.addPolygon(QPolygonF(part))
                    self.areas.closeSubpath()
                elif len(part) >= 2:
                    self.lines.addPolygon(QPolygonF(part))  # an open polyline
        bounds = self.lines.boundingRect() | self.areas.boundingRect()
        if not self.dots.isEmpty():
            bounds |= self.dots.boundingRect()
        # A little room for the pen and the dots (a cosmetic pen's width is in pixels).
        margin = world * 1e-7
        self._bounds = bounds.adjusted(-margin, -margin, margin, margin)
        self.setZValue(Z_VALUE)

    def boundingRect(self) -> QRectF:
        return self._bounds

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(self.colour, LINE_PX)
        pen.setCosmetic(True)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        if not self.areas.isEmpty():
            fill = QColor(self.colour)
            fill.setAlpha(AREA_FILL_ALPHA)
            painter.setBrush(fill)
            painter.drawPath(self.areas)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        if not self.lines.isEmpty():
            painter.drawPath(self.lines)
        if not self.dots.isEmpty():
            # Round dots of a fixed pixel size, a white rim under the colour: one call each.
            for colour, width in ((QColor(255, 255, 255), POINT_PX + 2.5), (self.colour, POINT_PX)):
                dot = QPen(colour, width)
                dot.setCapStyle(Qt.PenCapStyle.RoundCap)
                dot.setCosmetic(True)
                painter.setPen(dot)
                painter.drawPoints(self.dots)

    def name_at(self, point: QPointF, reach: float) -> str | None:
        """The name of the feature at a scene point (lines and dots within `reach` scene
        units, areas containing it; the nearest line or dot first); None if none is."""
        best: tuple[float, str] | None = None
        inside: str | None = None
        for feature in self.features:
            if not feature.bounds.adjusted(-reach, -reach, reach, reach).contains(point):
                continue
            for part in feature.parts:
                if feature.kind is OverlayKind.POINTS:
                    near = min(math.hypot(p.x() - point.x(), p.y() - point.y()) for p in part)
                else:
                    ring = part + part[:1] if feature.kind is OverlayKind.POLYGONS else part
                    near = min(
                        (_distance_to_segment(point, a, b) for a, b in itertools.pairwise(ring)),
                        default=math.hypot(part[0].x() - point.x(), part[0].y() - point.y()),
                    )
                if near <= reach and (best is None or near < best[0]):
                    best = (near, feature.name)
            if inside is None and feature.area is not None and feature.area.contains(point):
                inside = feature.name
        if best is not None:
            return best[1]
        return inside
