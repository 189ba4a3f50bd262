"""The basemap: an MBTiles file's tiles for the area in view, at the nearest zoom it has."""

from __future__ import annotations

import math
from collections import OrderedDict

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF
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


class TileLayer:
    """Draws the tiles of one MBTiles file under the records, cached as decoded pixmaps
    (LRU). Tiles are read on the UI thread: a tile is a few kB read by primary key from
    SQLite and decoded in about a millisecond, and a view needs a few dozen, read once.

    tiles: the open file; world: the scene size of the whole world (scene = world * it).
    """

    def __init__(self, tiles: MbTiles, world: float):
        self.tiles = tiles
        self.world = world
        self._cache: OrderedDict[tuple[int, int, int], QPixmap | None] = OrderedDict()
        self.read = 0  # tiles read from the file so far (the tests and the bench count them)

    def tile_zoom(self, view_zoom: float) -> int:
        """The zoom of the tiles to draw: the view's, within what the file has."""
        wanted = math.floor(view_zoom + 0.5)  # a tile shown at 0.7x–1.4x its pixels
        return max(self.tiles.min_zoom, min(self.tiles.max_zoom, wanted))

    def draw(self, painter: QPainter, rect: QRectF, view_zoom: float) -> None:
        """Paint the tiles covering `rect` (scene coordinates)."""
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
                pixmap = self.pixmap(z, x, y)
                if pixmap is not None:
                    # A hair wider: no seam between tiles at fractional zooms.
                    target = QRectF(x * step, y * step, step * 1.002, step * 1.002)
                    painter.drawPixmap(target, pixmap, QRectF(0, 0, TILE_SIZE, TILE_SIZE))

    def pixmap(self, z: int, x: int, y: int) -> QPixmap | None:
        key = (z, x, y)
        if key in self._cache:
            self._cache.move_to_end(key)
            return self._cache[key]
        pixmap: QPixmap | None = None
        try:
            data = self.tiles.tile(z, x, y)
        except MbTilesError:
            data = None  # a damaged tile is a blank square, the rest of the map still shows
        self.read += 1
        if data:
            image = decode_tile(data)
            if image is not None:
                pixmap = QPixmap.fromImage(image)
        self._cache[key] = pixmap
        if len(self._cache) > CACHE_TILES:
            self._cache.popitem(last=False)
        return pixmap

    def close(self) -> None:
        self._cache.clear()
        self.tiles.close()
