"""Overlays on the map: one item per overlay file, its shapes built once as scene paths.

An overlay's lines and polygon rings become QPainterPaths in scene coordinates (the view's
world, domain/geo.to_world x WORLD), one per feature, when the overlay is loaded; a repaint
only strokes those in view, with a cosmetic pen (as wide at every zoom). Points are drawn as dots
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
# Far out, lines are drawn thinned: below each of these zooms, with a vertex a pixel apart
# at it. LOD_SCALE_ZOOM is the zoom at which a scene unit is a pixel (view.Z_MAX).
LOD_ZOOMS = (7.0, 9.5)
LOD_SCALE_ZOOM = 20


def overlay_colour(index: int) -> QColor:
    """The colour of the index-th overlay of the maps folder."""
    return QColor(PALETTE[index % len(PALETTE)])


class _Feature:
    """One feature: its name, kind, scene vertices, and (lines, areas) its path and bounds."""

    __slots__ = ("bounds", "kind", "name", "parts", "path", "paths")

    def __init__(self, name: str, kind: OverlayKind, parts: list[list[QPointF]], margin: float):
        self.name = name
        self.kind = kind
        self.parts = parts
        self.path: QPainterPath | None = None
        # The path thinned for each far zoom of LOD_ZOOMS (the full path closer in).
        self.paths: list[QPainterPath] = []
        if kind is not OverlayKind.POINTS:
            self.path = self._path(parts)
            for zoom in LOD_ZOOMS:
                spacing = 2.0 ** (LOD_SCALE_ZOOM - zoom)  # one pixel at that zoom
                self.paths.append(self._path([_thinned(part, spacing) for part in parts]))
        xs = [p.x() for part in parts for p in part]
        ys = [p.y() for part in parts for p in part]
        # Padded: a straight north-south road has no width, and would meet no rectangle.
        self.bounds = QRectF(min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys)).adjusted(
            -margin, -margin, margin, margin
        )

    def _path(self, parts: list[list[QPointF]]) -> QPainterPath:
        path = QPainterPath()
        path.setFillRule(Qt.FillRule.OddEvenFill)  # a polygon's holes stay holes
        for part in parts:
            path.addPolygon(QPolygonF(part))  # a line: an open polyline
            if self.kind is OverlayKind.POLYGONS:
                path.closeSubpath()
        return path

    def path_for(self, zoom: float) -> QPainterPath | None:
        """The path to stroke at a zoom: thinned far out (no vertex closer than a pixel to
        the last one kept), whole close in; None for points (drawn as dots)."""
        if self.path is None:
            return None
        for level, thinned in zip(LOD_ZOOMS, self.paths, strict=True):
            if zoom < level:
                return thinned
        return self.path


def _thinned(part: list[QPointF], spacing: float) -> list[QPointF]:
    """A line's vertices less those within `spacing` of the last one kept (ends kept)."""
    if len(part) <= 2:
        return part
    kept = [part[0]]
    last = part[0]
    for point in part[1:-1]:
        if abs(point.x() - last.x()) + abs(point.y() - last.y()) >= spacing:
            kept.append(point)
            last = point
    kept.append(part[-1])
    return kept


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
        self.dots = QPolygonF()
        self.features: list[_Feature] = []
        margin = world * 1e-7  # a few scene units: room for the pen at the closest zoom
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
            self.features.append(_Feature(feature.name, feature.kind, parts, margin))
            if feature.kind is OverlayKind.POINTS:
                for part in parts:
                    for point in part:
                        self.dots.append(point)
        # Areas first, lines over them. One path per feature, not one for the overlay:
        # Qt strokes one path of thousands of parts many times slower than its parts.
        self.features.sort(key=lambda f: f.kind is not OverlayKind.POLYGONS)
        bounds = QRectF()
        for item in self.features:
            bounds |= item.bounds
        self._bounds = bounds
        self.setZValue(Z_VALUE)
        # option.exposedRect: the part of the scene being painted, to skip what is outside.
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption)

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
        fill = QColor(self.colour)
        fill.setAlpha(AREA_FILL_ALPHA)
        painter.setBrush(fill)
        filled = True
        exposed = option.exposedRect  # type: ignore[attr-defined]
        zoom = LOD_SCALE_ZOOM + math.log2(max(painter.worldTransform().m11(), 1e-12))
        for feature in self.features:
            path = feature.path_for(zoom)
            if path is None or not exposed.intersects(feature.bounds):
                continue
            if filled and feature.kind is not OverlayKind.POLYGONS:
                painter.setBrush(Qt.BrushStyle.NoBrush)
                filled = False
            painter.drawPath(path)
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
            if (
                inside is None
                and feature.kind is OverlayKind.POLYGONS
                and feature.path is not None
                and feature.path.contains(point)
            ):
                inside = feature.name
        if best is not None:
            return best[1]
        return inside
