"""The basemap: an MBTiles file's tiles for the area in view, at the nearest zoom it has."""

from __future__ import annotations

import contextlib
import math
from collections import OrderedDict
from collections.abc import Callable

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QIODevice,
    QObject,
    QRectF,
    QRunnable,
    QThreadPool,
    Signal,
)
from PySide6.QtGui import QImage, QImageReader, QPainter, QPixmap

from cimicdesk.domain.geo import TILE_SIZE
from cimicdesk.store.mbtiles import MbTiles, MbTilesError

CACHE_TILES = 512  # decoded tiles kept (256 px each: about 128 MB at most, 32-bit)
MAX_TILE_PX = 1024  # a raster tile is 256 or 512 px a side; larger is not a tile
MAX_TILES_DRAWN = 400  # more tiles than this in view: the map is far out; draw none


def decode_tile(data: bytes) -> QImage | None:
    """A tile's image, or None for one that is not an image or claims to be larger than
    MAX_TILE_PX a side (its header is read before anything is decoded: a small file can
    claim a huge image)."""
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    size = reader.size()
    if not size.isValid() or not (0 < size.width() <= MAX_TILE_PX):
        return None
    if not 0 < size.height() <= MAX_TILE_PX:
        return None
    image = reader.read()
    return None if image.isNull() else image


class _Loaded(QObject):
    """Carries a tile decoded on a worker thread back to the UI thread (queued)."""

    loaded = Signal(object, object)  # (z, x, y), QImage or None


class _TileJob(QRunnable):
    """Reads and decodes one tile on a worker thread."""

    def __init__(self, tiles: MbTiles, key: tuple[int, int, int], carrier: _Loaded):
        super().__init__()
        self.tiles, self.key, self.carrier = tiles, key, carrier

    def run(self) -> None:
        try:
            data = self.tiles.tile(*self.key)
        except MbTilesError:
            data = None  # a damaged tile (or the file closed meanwhile) is a blank square
        image = decode_tile(data) if data else None
        self.carrier.loaded.emit(self.key, image)


class TileLayer:
    """Draws the tiles of one MBTiles file under the records, cached as decoded pixmaps
    (LRU). A tile not cached yet is read and decoded on a worker thread (a QGIS tile is
    20–40 kB to decode, a view needs dozens): meanwhile the nearest coarser tile cached
    is drawn scaled in its place, and the view is repainted as tiles arrive (on_loaded).

    tiles: the open file; world: the scene size of the whole world (scene = world * it);
    read: tiles read from the file so far; pending: tiles being read now.
    """

    def __init__(self, tiles: MbTiles, world: float):
        self.tiles = tiles
        self.world = world
        self._cache: OrderedDict[tuple[int, int, int], QPixmap | None] = OrderedDict()
        self.pending: set[tuple[int, int, int]] = set()
        self.read = 0
        self.on_loaded: Callable[[], None] = lambda: None
        self._pool = QThreadPool()
        self._pool.setMaxThreadCount(2)
        self._carrier = _Loaded()
        self._carrier.loaded.connect(self._arrived)

    def tile_zoom(self, view_zoom: float) -> int:
        """The zoom of the tiles to draw: the view's, within what the file has."""
        wanted = math.floor(view_zoom + 0.5)  # a tile shown at 0.7x–1.4x its pixels
        return max(self.tiles.min_zoom, min(self.tiles.max_zoom, wanted))

    def draw(self, painter: QPainter, rect: QRectF, view_zoom: float) -> None:
        """Paint the tiles covering `rect` (scene coordinates); ask for those missing."""
        z = self.tile_zoom(view_zoom)
        n = 2**z
        step = self.world / n
        x0 = max(0, math.floor(rect.left() / step))
        x1 = min(n - 1, math.floor(rect.right() / step))
        y0 = max(0, math.floor(rect.top() / step))
        y1 = min(n - 1, math.floor(rect.bottom() / step))
        if x1 < x0 or y1 < y0 or (x1 - x0 + 1) * (y1 - y0 + 1) > MAX_TILES_DRAWN:
            return
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        for x in range(x0, x1 + 1):
            for y in range(y0, y1 + 1):
                # A hair wider: no seam between tiles at fractional zooms.
                target = QRectF(x * step, y * step, step * 1.002, step * 1.002)
                key = (z, x, y)
                if key in self._cache:
                    self._cache.move_to_end(key)
                    pixmap = self._cache[key]
                    if pixmap is not None:
                        painter.drawPixmap(target, pixmap, QRectF(0, 0, TILE_SIZE, TILE_SIZE))
                    continue
                self._ask(key)
                self._draw_coarser(painter, target, key)

    def _draw_coarser(self, painter: QPainter, target: QRectF, key: tuple[int, int, int]) -> None:
        """The part of the nearest coarser tile cached that covers a missing one."""
        z, x, y = key
        for up in range(1, 4):
            parent = (z - up, x >> up, y >> up)
            pixmap = self._cache.get(parent)
            if pixmap is not None:
                size = TILE_SIZE / 2**up
                source = QRectF(
                    (x - (parent[1] << up)) * size, (y - (parent[2] << up)) * size, size, size
                )
                painter.drawPixmap(target, pixmap, source)
                return

    def _ask(self, key: tuple[int, int, int]) -> None:
        if key not in self.pending:
            self.pending.add(key)
            self._pool.start(_TileJob(self.tiles, key, self._carrier))

    def _arrived(self, key: tuple[int, int, int], image: QImage | None) -> None:
        self.pending.discard(key)
        self.read += 1
        self._cache[key] = QPixmap.fromImage(image) if image is not None else None
        if len(self._cache) > CACHE_TILES:
            self._cache.popitem(last=False)
        if not self.pending:  # one repaint for a batch of tiles, not one per tile
            self.on_loaded()

    def close(self) -> None:
        """Stop reading (tiles asked for and not begun are dropped) and close the file."""
        self._pool.clear()
        self._pool.waitForDone(2000)
        with contextlib.suppress(RuntimeError):  # at exit Qt may have deleted it already
            self._carrier.loaded.disconnect(self._arrived)
        self._cache.clear()
        self.pending.clear()
        self.tiles.close()
