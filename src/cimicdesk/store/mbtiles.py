"""Read-only MBTiles reader: a raster tile set in one SQLite file, checked before it is trusted.

MBTiles 1.3: `tiles(zoom_level, tile_column, tile_row, tile_data)` (a table or a view) with
rows numbered from the south (TMS), and `metadata(name, value)` (name, format, bounds
"W,S,E,N", minzoom, maxzoom, attribution). QGIS exports exactly this. tile() takes XYZ
numbers (y from the north, as domain/geo.py's world coordinates) and flips the row.

The file is opened read-only through SQLite's URI (`mode=ro`; `immutable=1` only for the
copies in the maps folder, which nothing ever rewrites), so a map file is never changed.
It goes through the project's one SQLite library (store/encryption.py's sqlcipher3): with
no key given, SQLCipher reads plain SQLite files like the stock library.

Threads: one connection opened with check_same_thread=False and guarded by a lock. Tile
reads are short point lookups, so one lock costs the window's tile loader nothing it would
notice, and close() then has one connection to close whichever thread opened it.

A map file comes from outside: its `tiles` may be a view (QGIS's is one, over `map` and
`images`), and a crafted view can make any query run for ever. Every query is bounded in
SQLite's virtual-machine steps (`_bounded`: a progress handler that stops it), and the
schema is untrusted (`trusted_schema = OFF`: its views may not call functions with side
effects). A file that hits the bound is refused like a damaged one.
"""

from __future__ import annotations

import contextlib
import math
import re
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cimicdesk.domain.errors import CimicError
from cimicdesk.domain.geo import MAX_LATITUDE, BBox
from cimicdesk.i18n.message import msg
from cimicdesk.store.encryption import sqlite3

MAX_ZOOM = 22
MAX_TILE_BYTES = 1024 * 1024  # a 256 px raster tile is a few kB; anything near this is not one
MAX_TEXT = 500  # name and attribution: shown in a legend, never a document
FORMATS = ("png", "jpg", "webp")
_ALIASES = {"jpeg": "jpg"}
_VECTOR = ("pbf", "mvt")
_SQLITE_MAGIC = b"SQLite format 3\x00"
_MAGIC = {"png": (b"\x89PNG\r\n\x1a\n",), "jpg": (b"\xff\xd8\xff",), "webp": (b"RIFF",)}
_GZIP = b"\x1f\x8b"  # vector tiles are stored gzipped protobuf
# Tables only a CIMIC Desk database has: a plain (older) one offered as a map.
_CIMIC_TABLES = {"liaison_entries", "qips", "incidents", "organisations"}
# SQLite virtual-machine steps one query may take, checked every _STEP_CHECK steps. The
# check at open reads MIN/MAX of the zooms (an index lookup on a table, a scan of a view:
# QGIS's view over a million tiles takes some 50 million steps; 5e8 is a few seconds); a tile is
# a point lookup of a few hundred steps.
OPEN_STEPS = 500_000_000
TILE_STEPS = 20_000_000
_STEP_CHECK = 100_000


@contextlib.contextmanager
def _bounded(connection: Any, steps: int) -> Iterator[None]:
    """Stop (sqlite3.OperationalError 'interrupted') a query that takes more than `steps`."""
    left = [steps // _STEP_CHECK]

    def tick() -> int:
        left[0] -= 1
        return 1 if left[0] < 0 else 0  # non-zero stops the query

    connection.set_progress_handler(tick, _STEP_CHECK)
    try:
        yield
    finally:
        connection.set_progress_handler(None, _STEP_CHECK)


class MbTilesError(CimicError):
    """A file that cannot be used as a map: foreign, corrupt, empty, vector or malformed."""


@dataclass(frozen=True)
class MbTilesInfo:
    """What a checked MBTiles file says about itself."""

    name: str
    format: str
    bounds: BBox | None
    min_zoom: int
    max_zoom: int
    attribution: str


def _clean_text(value: object) -> str:
    """Metadata text for a legend: tags removed (QGIS writes HTML links), one line, bounded."""
    text = re.sub(r"<[^>]*>", "", str(value or ""))
    text = " ".join(text.split())
    return text[:MAX_TEXT]


def _sniff(data: bytes) -> str | None:
    """The image format a tile's first bytes show, 'pbf' for a gzipped vector tile."""
    if data.startswith(_GZIP):
        return "pbf"
    for fmt, magics in _MAGIC.items():
        if any(data.startswith(m) for m in magics):
            if fmt == "webp" and data[8:12] != b"WEBP":
                continue
            return fmt
    return None


def _parse_bounds(text: str, name: str) -> BBox | None:
    if not text.strip():
        return None
    try:
        parts = [float(p) for p in text.split(",")]
    except ValueError:
        parts = []
    if len(parts) != 4 or not all(math.isfinite(p) for p in parts):
        raise MbTilesError(
            msg(
                "'{name}' has bounds '{bounds}' that are not four numbers west,south,east,north; "
                "export the map again from QGIS.",
                name=name,
                bounds=text[:80],
            )
        )
    west, south, east, north = parts
    if not (-180.0 <= west < east <= 180.0 and -90.0 <= south < north <= 90.0):
        raise MbTilesError(
            msg(
                "'{name}' has bounds '{bounds}' outside the world or upside down; "
                "export the map again from QGIS.",
                name=name,
                bounds=text[:80],
            )
        )
    # Web Mercator tiles stop short of the poles.
    return BBox(west, max(south, -MAX_LATITUDE), east, min(north, MAX_LATITUDE))


def _zoom(value: object, fallback: int, name: str) -> int:
    if value is None or str(value).strip() == "":
        return fallback
    try:
        zoom = int(str(value).strip())
    except ValueError:
        zoom = -1
    if not 0 <= zoom <= MAX_ZOOM:
        raise MbTilesError(
            msg(
                "'{name}' has zoom level '{zoom}'; a map file's zoom levels run from 0 to {most}.",
                name=name,
                zoom=str(value)[:20],
                most=MAX_ZOOM,
            )
        )
    return zoom


class MbTiles:
    """An open, checked MBTiles file: its metadata and its tiles by XYZ number."""

    def __init__(self, path: Path, connection: Any, info: MbTilesInfo):
        self.path = path
        self._connection: Any = connection
        self._lock = threading.Lock()
        self.info = info

    # The metadata, as attributes (what the map page and the reports read).
    @property
    def name(self) -> str:
        return self.info.name

    @property
    def format(self) -> str:
        return self.info.format

    @property
    def bounds(self) -> BBox | None:
        return self.info.bounds

    @property
    def min_zoom(self) -> int:
        return self.info.min_zoom

    @property
    def max_zoom(self) -> int:
        return self.info.max_zoom

    @property
    def attribution(self) -> str:
        return self.info.attribution

    @classmethod
    def open(cls, path: Path | str, *, immutable: bool = False) -> MbTiles:
        """Open and check a map file read-only; raise MbTilesError saying what is wrong.

        immutable=True tells SQLite no one changes the file (no locking, no journal look-up):
        right for the copies in the maps folder, not for a file another program may write.
        """
        path = Path(path)
        name = path.name
        try:
            size = path.stat().st_size
            with path.open("rb") as handle:
                head = handle.read(len(_SQLITE_MAGIC))
        except FileNotFoundError:
            raise MbTilesError(msg("The map file '{name}' is not there.", name=name)) from None
        except OSError as exc:
            raise MbTilesError(
                msg("The map file '{name}' cannot be read: {reason}", name=name, reason=str(exc))
            ) from None
        if size == 0:
            raise MbTilesError(
                msg("'{name}' is empty: export the map again from QGIS as MBTiles.", name=name)
            )
        if head != _SQLITE_MAGIC:
            # An encrypted CIMIC Desk database starts with its salt, not SQLite's header.
            raise MbTilesError(
                msg(
                    "'{name}' is not an MBTiles map file (it is encrypted or not an SQLite file). "
                    "A CIMIC Desk database is opened with File → Open, not as a map; "
                    "a map is exported from QGIS as MBTiles.",
                    name=name,
                )
            )
        uri = path.resolve().as_uri() + "?mode=ro" + ("&immutable=1" if immutable else "")
        try:
            connection = sqlite3.connect(uri, uri=True, check_same_thread=False)
        except sqlite3.Error as exc:
            raise MbTilesError(
                msg("The map file '{name}' cannot be opened: {reason}", name=name, reason=str(exc))
            ) from None
        try:
            connection.execute("PRAGMA trusted_schema = OFF")
            with _bounded(connection, OPEN_STEPS):
                info = _check(connection, path)
        except sqlite3.Error as exc:
            connection.close()
            raise MbTilesError(
                msg(
                    "'{name}' is damaged and cannot be read as a map ({reason}); "
                    "export the map again from QGIS.",
                    name=name,
                    reason=str(exc),
                )
            ) from None
        except BaseException:
            connection.close()
            raise
        return cls(path, connection, info)

    def tile(self, z: int, x: int, y: int) -> bytes | None:
        """The image bytes of tile (z, x, y), XYZ numbering; None when the set lacks it.

        A tile larger than MAX_TILE_BYTES is treated as missing (length() reads the record
        header, not the blob, so an enormous one is never loaded).
        """
        if not (0 <= z <= MAX_ZOOM and 0 <= x < 2**z and 0 <= y < 2**z):
            return None
        row = 2**z - 1 - y  # TMS rows count from the south
        with self._lock:
            if self._connection is None:
                raise MbTilesError(msg("The map file '{name}' is closed.", name=self.path.name))
            try:
                with _bounded(self._connection, TILE_STEPS):
                    found = self._connection.execute(
                        "SELECT CASE WHEN length(tile_data) <= ? THEN tile_data END FROM tiles"
                        " WHERE zoom_level = ? AND tile_column = ? AND tile_row = ? LIMIT 1",
                        (MAX_TILE_BYTES, z, x, row),
                    ).fetchone()
            except sqlite3.Error as exc:
                raise MbTilesError(
                    msg(
                        "'{name}' is damaged and cannot be read as a map ({reason}); "
                        "export the map again from QGIS.",
                        name=self.path.name,
                        reason=str(exc),
                    )
                ) from None
        if found is None or not isinstance(found[0], bytes):
            return None
        return bytes(found[0])

    def close(self) -> None:
        with self._lock:
            if self._connection is not None:
                self._connection.close()
                self._connection = None

    def __enter__(self) -> MbTiles:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _check(connection: Any, path: Path) -> MbTilesInfo:
    """The file's metadata once it is shown to be a raster MBTiles set; else MbTilesError."""
    name = path.name
    objects = {
        str(row[0])
        for row in connection.execute(
            "SELECT name FROM sqlite_master WHERE type IN ('table', 'view')"
        )
    }
    if "tiles" not in objects or "metadata" not in objects:
        if objects & _CIMIC_TABLES:
            refusal = msg(
                "'{name}' is a CIMIC Desk database, not a map: open it with File → Open.",
                name=name,
            )
        else:
            refusal = msg(
                "'{name}' is an SQLite file but not an MBTiles map (no tiles or metadata "
                "table); export the map from QGIS as MBTiles.",
                name=name,
            )
        raise MbTilesError(refusal)
    metadata: dict[str, str] = {}
    for key, value in connection.execute("SELECT name, value FROM metadata LIMIT 1000"):
        if isinstance(key, str) and key not in metadata:
            metadata[key.strip().lower()] = str(value)[:2000] if value is not None else ""
    zooms = connection.execute("SELECT MIN(zoom_level), MAX(zoom_level) FROM tiles").fetchone()
    sample = connection.execute(
        "SELECT tile_data FROM tiles WHERE length(tile_data) <= ? LIMIT 1", (MAX_TILE_BYTES,)
    ).fetchone()
    if zooms is None or zooms[0] is None:
        raise MbTilesError(
            msg("'{name}' holds no tiles: export the map again from QGIS.", name=name)
        )
    declared = metadata.get("format", "").strip().lower()
    declared = _ALIASES.get(declared, declared)
    sniffed = _sniff(bytes(sample[0])) if sample and isinstance(sample[0], bytes) else None
    if declared in _VECTOR or sniffed == "pbf":
        raise MbTilesError(
            msg(
                "'{name}' holds vector tiles, which are not supported: export raster tiles "
                "(PNG or JPEG) from QGIS instead.",
                name=name,
            )
        )
    fmt = declared or sniffed or ""
    if fmt not in FORMATS:
        raise MbTilesError(
            msg(
                "'{name}' has tiles in the format '{format}'; a map file's tiles must be "
                "PNG, JPEG or WebP.",
                name=name,
                format=fmt[:20] or "?",
            )
        )
    if sample is None:
        raise MbTilesError(
            msg(
                "'{name}' has tiles larger than {size} MB each, which are not map tiles.",
                name=name,
                size=MAX_TILE_BYTES // (1024 * 1024),
            )
        )
    low = _zoom(metadata.get("minzoom"), _zoom(zooms[0], 0, name), name)
    high = _zoom(metadata.get("maxzoom"), _zoom(zooms[1], 0, name), name)
    if low > high:
        raise MbTilesError(
            msg(
                "'{name}' says its zoom levels run from {low} down to {high}; "
                "export the map again from QGIS.",
                name=name,
                low=low,
                high=high,
            )
        )
    return MbTilesInfo(
        name=_clean_text(metadata.get("name")) or path.stem,
        format=fmt,
        bounds=_parse_bounds(metadata.get("bounds", ""), name),
        min_zoom=low,
        max_zoom=high,
        attribution=_clean_text(metadata.get("attribution")),
    )
