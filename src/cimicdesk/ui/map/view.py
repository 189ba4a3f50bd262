"""MapView: the map itself — tiles, grid lines, places and records in one QGraphicsView.

The scene is the Web Mercator world of domain/geo.py scaled by WORLD (256 * 2**Z_MAX):
a position's scene point is to_world(lat, lon) * WORLD, and a view at zoom z is that
scene scaled by 2**(z - Z_MAX). Records are items that ignore the view's scale (a symbol
is as big at every zoom); overlays are items holding scene paths (ui/map/overlays.py);
tiles, grid lines, places and the scale bar are painted.
"""

from __future__ import annotations

import html
import math
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPen,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsScene,
    QGraphicsView,
    QStyleOptionGraphicsItem,
    QToolTip,
    QWidget,
)

from cimicdesk.domain.geo import BBox, LatLon, from_world, metres_per_world_unit, to_world
from cimicdesk.domain.grid import grid_from_latlon, parse_grid
from cimicdesk.domain.map_scale import distance_text, scale_bar
from cimicdesk.domain.mgrs_lines import LineKind, grid_lines, spacings_for
from cimicdesk.domain.overlays import Overlay
from cimicdesk.ui.map import symbols
from cimicdesk.ui.map.overlays import REACH_PX, OverlayItem
from cimicdesk.ui.map.tiles import TileLayer

Z_MAX = 20
WORLD = 256.0 * 2**Z_MAX
MIN_ZOOM, MAX_ZOOM = 3.0, 19.0
WHEEL_STEP = 0.5  # zoom levels per wheel notch
KEY_STEP = 1.0
DRAG_START_PX = 4  # a press that moves less than this is a click
CLUSTER_MERGE_PX = 30  # cluster discs whose centres are closer than this on screen are merged
STACK_PX = 6  # symbols closer than this are one spot: the top one counts them
BACKGROUND = QColor("#eef0ea")
GRID_PENS = {
    100_000: QPen(QColor(20, 50, 120, 200), 1.6),
    10_000: QPen(QColor(20, 50, 120, 140), 1.0),
    1_000: QPen(QColor(20, 50, 120, 90), 0.7),
}
ZONE_PEN = QPen(QColor(120, 20, 60, 200), 2.0, Qt.PenStyle.DashLine)
SQUARE_LABEL_MIN_PX = 160  # 100 km squares are named once this big on screen


@dataclass(frozen=True, slots=True)
class PlaceMark:
    """A place to draw: its name, position and population (0 unknown)."""

    name: str
    lat: float
    lon: float
    population: int


class SymbolItem(QGraphicsItem):
    """One record on the map: a symbol of constant pixel size."""

    def __init__(self, kind: str, record_id: str, fill: QColor, flash: bool):
        super().__init__()
        self.kind = kind
        self.record_id = record_id
        self.fill = fill
        self.flash = flash
        self.selected = False
        self.stack = 0  # records drawn under this one at the same spot (a count badge)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
        self.setZValue(2)

    def boundingRect(self) -> QRectF:
        half = symbols.SIZE
        return QRectF(-half, -half, 2 * half + 14, 2 * half)  # room for the badge

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        path.addEllipse(QPointF(0, 0), symbols.SIZE * 0.75, symbols.SIZE * 0.75)
        return path

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        symbols.paint_symbol(
            painter, self.kind, self.fill, flash=self.flash, selected=self.selected
        )
        if self.stack > 1:
            font = QFont(painter.font())
            font.setPointSizeF(7)
            font.setBold(True)
            painter.setFont(font)
            text = str(self.stack) if self.stack < 100 else "99+"
            width = QFontMetricsF(font).horizontalAdvance(text) + 5
            badge = QRectF(4, -symbols.SIZE + 1, width, 11)
            painter.setPen(QPen(QColor(60, 60, 60), 0.8))
            painter.setBrush(QColor(255, 255, 255, 235))
            painter.drawRoundedRect(badge, 3, 3)
            painter.setPen(QColor(0, 0, 0))
            painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, text)


class ClusterItem(QGraphicsItem):
    """Many records in one cell of the view: a disc with their count; a click zooms in."""

    def __init__(self, count: int, kinds: Sequence[str]):
        super().__init__()
        self.count = count
        self.kinds = tuple(kinds)
        self.radius = 11.0 + 3.0 * math.log10(max(1, count))
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
        self.setZValue(1)

    def boundingRect(self) -> QRectF:
        r = self.radius + 2
        return QRectF(-r, -r, 2 * r, 2 * r)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor(255, 255, 255), 2))
        painter.setBrush(QBrush(QColor(30, 50, 80, 215)))
        painter.drawEllipse(QPointF(0, 0), self.radius, self.radius)
        # The kinds inside, as a ring of their colours.
        if self.kinds:
            arc = 5760 // len(self.kinds)
            box = QRectF(
                -self.radius + 2, -self.radius + 2, 2 * self.radius - 4, 2 * self.radius - 4
            )
            for i, kind in enumerate(self.kinds):
                painter.setPen(QPen(symbols.KIND_COLOURS.get(kind, QColor("grey")), 3))
                painter.drawArc(box, 1440 - i * arc, -arc)
        font = QFont(painter.font())
        font.setBold(True)
        font.setPointSizeF(8.5)
        painter.setFont(font)
        painter.setPen(QColor(255, 255, 255))
        text = f"{self.count:,}" if self.count < 100_000 else f"{self.count // 1000}k"
        painter.drawText(self.boundingRect(), Qt.AlignmentFlag.AlignCenter, text)


class MapView(QGraphicsView):
    """The map. Signals: view_changed (after every pan or zoom), cursor_moved(lat, lon),
    cursor_left, point_clicked(kind, id) ('' '' for a click on empty map), point_activated
    (kind, id: double-click), home_requested (Home key).

    Attributes: zoom (the view's zoom level, fractional), tiles (TileLayer or None),
    attribution (the lines written in the bottom-right corner), titles (a function naming
    a record for its tooltip), points (kind, id) -> SymbolItem shown, clusters, overlays
    (file name -> OverlayItem, shown or hidden).
    """

    view_changed = Signal()
    cursor_moved = Signal(float, float)
    cursor_left = Signal()
    point_clicked = Signal(str, str)
    point_activated = Signal(str, str)
    home_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("mapView")
        self.map_scene = QGraphicsScene(self)
        self.map_scene.setSceneRect(0, 0, WORLD, WORLD)
        # Without an index: the items change with each view, and are at most a few thousand.
        self.map_scene.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.NoIndex)
        self.setScene(self.map_scene)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.FullViewportUpdate)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.NoAnchor)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.NoAnchor)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCacheMode(QGraphicsView.CacheModeFlag.CacheNone)
        self.zoom = 6.0
        self._centre = QPointF(WORLD / 2, WORLD / 2)
        self.tiles: TileLayer | None = None
        # The basemap's file and reading threads end with the view (a lock, another
        # database): the closure holds the layer, never the view being destroyed.
        held: list[TileLayer | None] = [None]
        self._tiles_held = held
        self.destroyed.connect(lambda *_: held[0] is not None and held[0].close())
        self.attribution: list[str] = []
        self.titles: Callable[[str, str], str] = lambda kind, record_id: ""
        self.points: dict[tuple[str, str], SymbolItem] = {}
        self.clusters: list[ClusterItem] = []
        self.overlays: dict[str, OverlayItem] = {}
        self.selected: tuple[str, str] | None = None
        self._places: list[PlaceMark] = []
        self._grid: list[tuple[QPen, QPainterPath]] = []
        self._spacings: tuple[int, ...] = ()
        self._square_labels: list[tuple[QPointF, str]] = []
        self._press: QPoint | None = None
        self._dragging = False
        self._grid_timer = QTimer(self)
        self._grid_timer.setSingleShot(True)
        self._grid_timer.setInterval(60)
        self._grid_timer.timeout.connect(self.update_grid)
        self._apply()

    # Positions ------------------------------------------------------------------------

    @staticmethod
    def scene_point(lat: float, lon: float) -> QPointF:
        x, y = to_world(lat, lon)
        return QPointF(x * WORLD, y * WORLD)

    @staticmethod
    def latlon_of(point: QPointF) -> LatLon:
        return from_world(point.x() / WORLD, point.y() / WORLD)

    def latlon_at(self, pos: QPoint) -> LatLon:
        """The position under a point of the viewport."""
        return self.latlon_of(self.mapToScene(pos))

    def scale_factor(self) -> float:
        return float(2.0 ** (self.zoom - Z_MAX))

    def centre(self) -> LatLon:
        return self.latlon_of(self._centre)

    def visible_bbox(self) -> BBox:
        rect = self.mapToScene(self.viewport().rect()).boundingRect()
        a = self.latlon_of(rect.bottomLeft())
        b = self.latlon_of(rect.topRight())
        return BBox(max(-180.0, a.lon), max(-85.0, a.lat), min(180.0, b.lon), min(85.0, b.lat))

    def metres_per_pixel(self) -> float:
        lat = self.centre().lat
        return metres_per_world_unit(lat) / (WORLD * self.scale_factor())

    # Moving ---------------------------------------------------------------------------

    def centre_on(self, lat: float, lon: float, zoom: float | None = None) -> None:
        if zoom is not None:
            self.zoom = min(MAX_ZOOM, max(MIN_ZOOM, zoom))
        self._centre = self.scene_point(lat, lon)
        self._apply()

    def fit(self, box: BBox, *, margin: float = 0.05) -> None:
        """Show the whole box (Home: the mission area)."""
        top_left = self.scene_point(box.north, box.west)
        bottom_right = self.scene_point(box.south, box.east)
        width = max(1.0, bottom_right.x() - top_left.x())
        height = max(1.0, bottom_right.y() - top_left.y())
        view = self.viewport().rect()
        scale = min(view.width() / width, view.height() / height) * (1 - 2 * margin)
        self.zoom = min(MAX_ZOOM, max(MIN_ZOOM, Z_MAX + math.log2(max(scale, 1e-12))))
        self._centre = (top_left + bottom_right) / 2
        self._apply()

    def zoom_by(self, levels: float, anchor: QPoint | None = None) -> None:
        """Zoom in (levels > 0) or out, keeping the point under `anchor` (the cursor) in
        place; about the centre without one."""
        new_zoom = min(MAX_ZOOM, max(MIN_ZOOM, self.zoom + levels))
        if new_zoom == self.zoom:
            return
        if anchor is not None:
            fixed = self.mapToScene(anchor)
            offset = QPointF(anchor) - QPointF(self.viewport().rect().center())
            self.zoom = new_zoom
            self._centre = fixed - offset / self.scale_factor()
        else:
            self.zoom = new_zoom
        self._apply()

    def pan_by(self, dx: float, dy: float) -> None:
        """Move the map's content by (dx, dy) pixels (a drag to the right shows the west)."""
        self._centre -= QPointF(dx, dy) / self.scale_factor()
        self._apply()

    def _apply(self) -> None:
        self._centre = QPointF(
            min(max(self._centre.x(), 0.0), WORLD), min(max(self._centre.y(), 0.0), WORLD)
        )
        scale = self.scale_factor()
        self.resetTransform()
        self.scale(scale, scale)
        self.centerOn(self._centre)
        self._grid_timer.start()
        self.viewport().update()
        self.view_changed.emit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.centerOn(self._centre)
        self._grid_timer.start()
        self.view_changed.emit()

    # Layers ---------------------------------------------------------------------------

    def set_tiles(self, tiles: TileLayer | None) -> None:
        if self.tiles is not None and self.tiles is not tiles:
            self.tiles.close()
        self.tiles = tiles
        self._tiles_held[0] = tiles
        if tiles is not None:
            tiles.on_loaded = self.viewport().update
        self.viewport().update()

    def add_overlay(self, file_name: str, overlay: Overlay, colour: QColor) -> OverlayItem:
        """Draw an overlay's shapes (their paths built now, once) between the tiles and the
        records; one already there under that name is replaced."""
        self.remove_overlay(file_name)
        item = OverlayItem(file_name, overlay, colour, WORLD)
        self.overlays[file_name] = item
        self.map_scene.addItem(item)
        return item

    def remove_overlay(self, file_name: str) -> None:
        item = self.overlays.pop(file_name, None)
        if item is not None:
            self.map_scene.removeItem(item)

    def show_overlay(self, file_name: str, shown: bool) -> None:
        item = self.overlays.get(file_name)
        if item is not None:
            item.setVisible(shown)

    def overlay_name_at(self, pos: QPoint) -> str | None:
        """The name of the shown overlay feature under a viewport point (its overlay's file
        name when it has none); None when there is none."""
        point = self.mapToScene(pos)
        reach = REACH_PX / self.scale_factor()
        for item in reversed(list(self.overlays.values())):  # the last drawn is on top
            if not item.isVisible():
                continue
            name = item.name_at(point, reach)
            if name is not None:
                return name or item.file_name
        return None

    def set_places(self, places: Iterable[PlaceMark]) -> None:
        # The biggest first: they take the label room when names would overlap.
        self._places = sorted(places, key=lambda p: -p.population)
        self.viewport().update()

    def show_points(self, points: Iterable[tuple[str, str, float, float, QColor, bool]]) -> None:
        """Records as symbols: (kind, id, lat, lon, fill, flash). Items already shown are
        kept (moved and recoloured if need be); the others go."""
        self._drop_clusters()
        wanted: set[tuple[str, str]] = set()
        for kind, record_id, lat, lon, fill, flash in points:
            key = (kind, record_id)
            wanted.add(key)
            item = self.points.get(key)
            if item is None:
                item = SymbolItem(kind, record_id, fill, flash)
                item.selected = key == self.selected
                self.points[key] = item
                self.map_scene.addItem(item)
            elif item.fill != fill or item.flash != flash:
                item.fill, item.flash = fill, flash
                item.update()
            item.setPos(self.scene_point(lat, lon))
        for key in [key for key in self.points if key not in wanted]:
            self.map_scene.removeItem(self.points.pop(key))
        self._mark_stacks()

    def _mark_stacks(self) -> None:
        """Symbols within a few pixels of each other: the one on top shows how many."""
        cell = STACK_PX / self.scale_factor()
        spots: dict[tuple[int, int], list[SymbolItem]] = {}
        for item in self.points.values():
            pos = item.pos()
            spots.setdefault((int(pos.x() // cell), int(pos.y() // cell)), []).append(item)
        for group in spots.values():
            for i, item in enumerate(group):
                stack = len(group) if i == len(group) - 1 else 0
                if item.stack != stack:
                    item.stack = stack
                    item.update()
                item.setZValue(2.5 if stack else 2)

    def show_clusters(self, clusters: Iterable[tuple[float, float, int, Sequence[str]]]) -> None:
        """Counts instead of symbols: (lat, lon, count, kinds)."""
        for item in self.points.values():
            self.map_scene.removeItem(item)
        self.points.clear()
        self._drop_clusters()
        for point, count, kinds in self._merged(clusters):
            item = ClusterItem(count, kinds)
            item.setPos(point)
            self.map_scene.addItem(item)
            self.clusters.append(item)

    def _merged(
        self, clusters: Iterable[tuple[float, float, int, Sequence[str]]]
    ) -> list[tuple[QPointF, int, list[str]]]:
        """Clusters whose discs would overlap on screen made one (at their weighted
        mean), the biggest first: counts stay readable."""
        reach = CLUSTER_MERGE_PX / self.scale_factor()
        merged: list[tuple[QPointF, int, list[str]]] = []
        for lat, lon, count, kinds in sorted(clusters, key=lambda c: -c[2]):
            point = self.scene_point(lat, lon)
            for i, (other, total, other_kinds) in enumerate(merged):
                if (other - point).manhattanLength() < reach:
                    mean = (other * total + point * count) / (total + count)
                    joined = other_kinds + [k for k in kinds if k not in other_kinds]
                    merged[i] = (mean, total + count, joined)
                    break
            else:
                merged.append((point, count, list(kinds)))
        return merged

    def _drop_clusters(self) -> None:
        for item in self.clusters:
            self.map_scene.removeItem(item)
        self.clusters.clear()

    def select(self, key: tuple[str, str] | None) -> None:
        if self.selected in self.points:
            self.points[self.selected].selected = False
            self.points[self.selected].update()
        self.selected = key
        if key in self.points:
            self.points[key].selected = True
            self.points[key].setZValue(3)
            self.points[key].update()

    def item_at(self, pos: QPoint) -> QGraphicsItem | None:
        """The record or cluster under a viewport point (the nearest within reach)."""
        found = [
            item for item in self.items_near(pos) if isinstance(item, SymbolItem | ClusterItem)
        ]
        if not found:
            return None
        return min(
            found,
            key=lambda item: (self.mapFromScene(item.pos()) - pos).manhattanLength(),
        )

    def items_near(self, pos: QPoint) -> list[QGraphicsItem]:
        reach = int(symbols.SIZE * 0.75)
        return self.items(pos.x() - reach, pos.y() - reach, 2 * reach, 2 * reach)

    def symbol_pos(self, kind: str, record_id: str) -> QPoint | None:
        """Where a record's symbol is in the viewport (None when not shown)."""
        item = self.points.get((kind, record_id))
        return None if item is None else self.mapFromScene(item.pos())

    # The grid -------------------------------------------------------------------------

    def update_grid(self) -> None:
        """The MGRS lines for the area in view (with a margin), as scene paths."""
        box = self.visible_bbox()
        margin = max(box.east - box.west, box.north - box.south) * 0.25
        box = box.expanded(margin)
        paths: list[tuple[QPen, QPainterPath]] = []
        zone_path = QPainterPath()
        drawn: list[int] = []
        for spacing in spacings_for(self.metres_per_pixel()):
            path = QPainterPath()
            for line in grid_lines(box, spacing):
                target = zone_path if line.kind is LineKind.ZONE else path
                first, *rest = line.points
                target.moveTo(self.scene_point(first.lat, first.lon))
                for point in rest:
                    target.lineTo(self.scene_point(point.lat, point.lon))
            pen = QPen(GRID_PENS[spacing])
            pen.setCosmetic(True)
            paths.append((pen, path))
            if not path.isEmpty():
                drawn.append(spacing)
        zone_pen = QPen(ZONE_PEN)
        zone_pen.setCosmetic(True)
        paths.append((zone_pen, zone_path))
        self._grid = paths
        self._spacings = tuple(drawn)
        self._square_labels = self._squares(box)
        self.viewport().update()

    def grid_spacings(self) -> tuple[int, ...]:
        """The spacings of the grid lines drawn now (100 km first)."""
        return self._spacings

    def _squares(self, box: BBox) -> list[tuple[QPointF, str]]:
        """The 100 km squares' names ('34N DM') at their centres, once squares are big."""
        if 100_000 / self.metres_per_pixel() < SQUARE_LABEL_MIN_PX:
            return []
        labels: dict[str, QPointF] = {}
        step = 0.3  # degrees: about a third of a square, so none is missed
        lat = box.south
        while lat <= box.north:
            lon = box.west
            while lon <= box.east:
                square = grid_from_latlon(lat, lon, 0)
                if square not in labels:
                    centre = parse_grid(square + "55")
                    labels[square] = self.scene_point(centre.lat, centre.lon)
                lon += step
            lat += step
        return [(point, f"{name[:-2]} {name[-2:]}") for name, point in labels.items()]

    # Painting -------------------------------------------------------------------------

    def drawBackground(self, painter: QPainter, rect: QRectF) -> None:
        """Under the records: the basemap, the grid lines and the places."""
        painter.fillRect(rect, BACKGROUND)
        if self.tiles is not None:
            self.tiles.draw(painter, rect, self.zoom)
        for pen, path in self._grid:
            painter.setPen(pen)
            painter.drawPath(path)
        painter.save()
        painter.resetTransform()
        self._draw_square_labels(painter)
        self._draw_places(painter, names=False)
        painter.restore()

    def drawForeground(self, painter: QPainter, rect: QRectF) -> None:
        """Over everything, fixed in the window: the scale bar and the attributions."""
        painter.save()
        painter.resetTransform()
        self._draw_places(painter, dots=False)  # names over the records: always readable
        self._draw_scale(painter)
        self._draw_attribution(painter)
        painter.restore()

    def _draw_square_labels(self, painter: QPainter) -> None:
        font = QFont(self.font())
        font.setPointSizeF(11)
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(QColor(20, 50, 120, 120))
        for point, name in self._square_labels:
            at = self.mapFromScene(point)
            painter.drawText(
                QRectF(at.x() - 60, at.y() - 12, 120, 24), Qt.AlignmentFlag.AlignCenter, name
            )

    def _draw_places(self, painter: QPainter, *, dots: bool = True, names: bool = True) -> None:
        """Places: dots sized by population (under the records); names of the biggest
        that fit unpiled, around the clusters (over the records)."""
        if not self._places:
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        view = QRectF(self.viewport().rect())
        least = label_threshold(self.zoom)
        # Names go where no cluster is: their discs are taken first.
        taken: list[QRectF] = []
        for item in self.clusters:
            centre, r = QPointF(self.mapFromScene(item.pos())), item.radius
            taken.append(QRectF(centre.x() - r, centre.y() - r, 2 * r, 2 * r))
        base = QFont(self.font())
        for place in self._places:
            at = QPointF(self.mapFromScene(self.scene_point(place.lat, place.lon)))
            if not view.contains(at):
                continue
            radius = place_radius(place.population)
            if dots:
                painter.setPen(QPen(QColor(255, 255, 255), 1.2))
                painter.setBrush(QColor(40, 40, 40))
                painter.drawEllipse(at, radius, radius)
            if not names or place.population < least:
                continue
            font = QFont(base)
            font.setPointSizeF(8.0 + min(4.0, radius / 2))
            font.setBold(place.population >= 100_000)
            metrics = QFontMetricsF(font)
            width, height = metrics.horizontalAdvance(place.name), metrics.height()
            gap = radius + 3
            far = gap + 22  # past a cluster's disc drawn over the town
            candidates = (  # right, left, above, below the dot; then further out
                QRectF(at.x() + gap, at.y() - height / 2, width, height),
                QRectF(at.x() - gap - width, at.y() - height / 2, width, height),
                QRectF(at.x() - width / 2, at.y() - gap - height, width, height),
                QRectF(at.x() - width / 2, at.y() + gap, width, height),
                QRectF(at.x() + far, at.y() - height / 2, width, height),
                QRectF(at.x() - width / 2, at.y() + far - 4, width, height),
                QRectF(at.x() - far - width, at.y() - height / 2, width, height),
            )
            label = next(
                (
                    c
                    for c in candidates
                    if view.contains(c) and not any(c.intersects(o) for o in taken)
                ),
                None,
            )
            if label is None:
                continue
            taken.append(label.adjusted(-3, -1, 3, 1))
            painter.setFont(font)
            halo = QPainterPath()
            halo.addText(label.left(), label.top() + metrics.ascent(), font, place.name)
            painter.setPen(QPen(QColor(255, 255, 255, 220), 3))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(halo)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(20, 20, 20))
            painter.drawPath(halo)

    def _draw_scale(self, painter: QPainter) -> None:
        metres, pixels = scale_bar(self.metres_per_pixel(), 140)
        left, bottom = 14.0, self.viewport().height() - 16.0
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        painter.fillRect(QRectF(left - 6, bottom - 24, pixels + 12, 32), QColor(255, 255, 255, 200))
        painter.setPen(QPen(QColor(0, 0, 0), 2))
        painter.drawLine(QPointF(left, bottom), QPointF(left + pixels, bottom))
        painter.drawLine(QPointF(left, bottom - 6), QPointF(left, bottom + 2))
        painter.drawLine(QPointF(left + pixels, bottom - 6), QPointF(left + pixels, bottom + 2))
        painter.fillRect(QRectF(left, bottom - 4, pixels / 2, 4), QColor(0, 0, 0))
        font = QFont(self.font())
        font.setPointSizeF(9)
        painter.setFont(font)
        painter.drawText(QPointF(left, bottom - 9), distance_text(metres))

    def _draw_attribution(self, painter: QPainter) -> None:
        lines = [line for line in self.attribution if line]
        if not lines:
            return
        font = QFont(self.font())
        font.setPointSizeF(8)
        painter.setFont(font)
        metrics = QFontMetricsF(font)
        width = max(metrics.horizontalAdvance(line) for line in lines) + 16
        height = metrics.height() * len(lines) + 4
        view = self.viewport().rect()
        box = QRectF(view.width() - width - 4, view.height() - height - 4, width, height)
        painter.fillRect(box, QColor(255, 255, 255, 240))
        painter.setPen(QColor(40, 40, 40))
        painter.drawText(
            box.adjusted(5, 2, -5, -2),
            int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
            "\n".join(lines),
        )

    # Mouse and keys -------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._press = event.position().toPoint()
            self._dragging = False
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        pos = event.position().toPoint()
        if self._press is not None and event.buttons() & Qt.MouseButton.LeftButton:
            moved = pos - self._press
            if self._dragging or moved.manhattanLength() >= DRAG_START_PX:
                self._dragging = True
                self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
                self.pan_by(moved.x(), moved.y())
                self._press = pos
        at = self.latlon_at(pos)
        self.cursor_moved.emit(at.lat, at.lon)
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton or self._press is None:
            super().mouseReleaseEvent(event)
            return
        pos = event.position().toPoint()
        was_drag = self._dragging
        self._press, self._dragging = None, False
        self.viewport().unsetCursor()
        if was_drag:
            return
        item = self.item_at(pos)
        if isinstance(item, ClusterItem):
            self.zoom_by(2.0, self.mapFromScene(item.pos()))
        elif isinstance(item, SymbolItem):
            self.select((item.kind, item.record_id))
            self.point_clicked.emit(item.kind, item.record_id)
        else:
            self.select(None)
            self.point_clicked.emit("", "")

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        item = self.item_at(event.position().toPoint())
        if isinstance(item, SymbolItem):
            self.point_activated.emit(item.kind, item.record_id)
            event.accept()
            return
        if item is None:
            self.zoom_by(1.0, event.position().toPoint())

    def wheelEvent(self, event: QWheelEvent) -> None:
        notches = event.angleDelta().y() / 120
        if notches:
            self.zoom_by(notches * WHEEL_STEP, event.position().toPoint())
        event.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        step = min(self.viewport().width(), self.viewport().height()) / 4
        moves = {
            Qt.Key.Key_Left: (step, 0),
            Qt.Key.Key_Right: (-step, 0),
            Qt.Key.Key_Up: (0, step),
            Qt.Key.Key_Down: (0, -step),
        }
        if key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom_by(KEY_STEP)
        elif key in (Qt.Key.Key_Minus, Qt.Key.Key_Underscore):
            self.zoom_by(-KEY_STEP)
        elif key in moves:
            self.pan_by(*moves[Qt.Key(key)])
        elif key == Qt.Key.Key_Home:
            self.home_requested.emit()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.selected:
            self.point_activated.emit(*self.selected)
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def leaveEvent(self, event: QEvent) -> None:
        super().leaveEvent(event)
        self.cursor_left.emit()

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            pos = event.pos()  # type: ignore[attr-defined]
            item = self.item_at(pos)
            if isinstance(item, SymbolItem):
                # Always rich text, the name escaped: a name is shown as typed, never
                # read as markup.
                QToolTip.showText(
                    event.globalPos(),  # type: ignore[attr-defined]
                    f"<p>{html.escape(self.titles(item.kind, item.record_id))}</p>",
                    self.viewport(),
                )
            elif isinstance(item, ClusterItem):
                QToolTip.showText(
                    event.globalPos(),  # type: ignore[attr-defined]
                    self.tr("%n record(s) here: click to zoom in", "", item.count),
                    self.viewport(),
                )
            elif (name := self.overlay_name_at(pos)) is not None:
                QToolTip.showText(
                    event.globalPos(),  # type: ignore[attr-defined]
                    f"<p>{html.escape(name)}</p>",
                    self.viewport(),
                )
            else:
                QToolTip.hideText()
            return True
        return super().viewportEvent(event)


def place_radius(population: int) -> float:
    """A place's dot: 2 px for a hamlet up to 7 px for a city of a million."""
    if population <= 0:
        return 2.0
    return min(7.0, max(2.0, 1.2 * math.log10(population) - 0.5))


def label_threshold(zoom: float) -> int:
    """The least population whose name is written at a zoom (all names when close)."""
    if zoom < 6.5:
        return 200_000
    if zoom < 8:
        return 30_000
    if zoom < 9.5:
        return 5_000
    if zoom < 11:
        return 1_000
    return 0
