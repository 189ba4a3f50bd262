"""Build small MBTiles files for tests: Pillow-made tiles in a plain SQLite file (spec 1.3)."""

from __future__ import annotations

import io
from collections.abc import Callable, Iterable
from pathlib import Path

from PIL import Image, ImageDraw

from cimicdesk.domain.geo import to_world
from cimicdesk.store.encryption import sqlite3

# Default attribution of the test sets.
ATTRIBUTION = "Test basemap © Example GIS cell"


def tile_image(z: int, x: int, y: int, fmt: str = "png", color=(90, 160, 90)) -> bytes:
    """A 256 px tile of one colour, its z/x/y written on it (so a picture shows which tile)."""
    image = Image.new("RGB", (256, 256), color)
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 0, 255, 255), outline=(40, 90, 40))
    draw.text((8, 8), f"{z}/{x}/{y}", fill=(0, 0, 0))
    out = io.BytesIO()
    image.save(out, "JPEG" if fmt == "jpg" else fmt.upper())
    return out.getvalue()


def tiles_covering(west: float, south: float, east: float, north: float, z: int):
    """The XYZ (x, y) numbers of the tiles at zoom z over a latitude/longitude box."""
    n = 2**z
    x0, y0 = to_world(north, west)
    x1, y1 = to_world(south, east)
    for x in range(int(x0 * n), min(n - 1, int(x1 * n)) + 1):
        for y in range(int(y0 * n), min(n - 1, int(y1 * n)) + 1):
            yield x, y


def build_mbtiles(
    path: Path,
    *,
    bounds: tuple[float, float, float, float] | None = (18.5, 6.5, 20.0, 7.5),
    zooms: Iterable[int] = (6, 7),
    fmt: str = "png",
    name: str = "Test basemap",
    attribution: str = ATTRIBUTION,
    metadata: dict[str, str] | None = None,
    tile: Callable[[int, int, int], bytes] | None = None,
    extra_tiles: Iterable[tuple[int, int, int, bytes]] = (),
) -> Path:
    """Write an MBTiles file covering `bounds` at `zooms`; metadata overrides by key (None
    values drop a key). Tiles are stored with TMS rows, as QGIS writes them."""
    zooms = list(zooms)
    path.parent.mkdir(parents=True, exist_ok=True)
    meta = {
        "name": name,
        "format": fmt,
        "minzoom": str(min(zooms)) if zooms else "0",
        "maxzoom": str(max(zooms)) if zooms else "0",
        "attribution": attribution,
        "type": "baselayer",
    }
    if bounds is not None:
        meta["bounds"] = ",".join(str(v) for v in bounds)
    for key, value in (metadata or {}).items():
        if value is None:
            meta.pop(key, None)
        else:
            meta[key] = value
    connection = sqlite3.connect(str(path))
    try:
        connection.execute("CREATE TABLE metadata (name TEXT, value TEXT)")
        connection.execute(
            "CREATE TABLE tiles (zoom_level INTEGER, tile_column INTEGER, tile_row INTEGER,"
            " tile_data BLOB)"
        )
        connection.executemany("INSERT INTO metadata VALUES (?, ?)", meta.items())
        west, south, east, north = bounds or (18.5, 6.5, 20.0, 7.5)
        make = tile or (lambda z, x, y: tile_image(z, x, y, fmt))
        for z in zooms:
            for x, y in tiles_covering(west, south, east, north, z):
                connection.execute(
                    "INSERT INTO tiles VALUES (?, ?, ?, ?)", (z, x, 2**z - 1 - y, make(z, x, y))
                )
        for z, x, y, data in extra_tiles:
            connection.execute("INSERT INTO tiles VALUES (?, ?, ?, ?)", (z, x, 2**z - 1 - y, data))
        connection.commit()
    finally:
        connection.close()
    return path
