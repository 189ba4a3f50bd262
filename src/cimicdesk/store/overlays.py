"""Vector overlays from a GIS cell's files: GeoJSON and shapefiles, read bounded, in WGS84.

Everything in such a file is checked before it is used: the file's size, the number of
features and vertices, every coordinate (finite, inside the world), and the coordinate
system (a shapefile's .prj must be geographic WGS84; a GeoJSON "crs" other than WGS84 is
refused), so a layer in metres is refused with how to fix it rather than drawn off the
map. Shapefiles are read with pyshp from open files (never a path: pyshp would also
follow a URL), so nothing is fetched.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from cimicdesk.domain.errors import CimicError
from cimicdesk.domain.overlays import Overlay, OverlayFeature, OverlayKind, Part, Vertex
from cimicdesk.i18n.message import Text, msg

MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_FEATURES = 5_000
MAX_VERTICES = 250_000
MAX_NAME = 120
NAME_KEYS = ("name", "nom", "label", "title", "shapename")
_WGS84_CRS = {"urn:ogc:def:crs:ogc:1.3:crs84", "urn:ogc:def:crs:epsg::4326", "epsg:4326"}


class OverlayError(CimicError):
    """A file that cannot be drawn as an overlay; the message says why and what to do."""


def _refuse(message: Text) -> OverlayError:
    return OverlayError(message)


class _Budget:
    """Counts features and vertices against the bounds while a file is read."""

    def __init__(self, name: str):
        self.name = name
        self.features = 0
        self.vertices = 0

    def feature(self) -> None:
        self.features += 1
        if self.features > MAX_FEATURES:
            raise _refuse(
                msg(
                    "'{name}' has more than {limit} features; export only the layer the map needs.",
                    name=self.name,
                    limit=MAX_FEATURES,
                )
            )

    def vertex(self, lon: object, lat: object) -> Vertex:
        self.vertices += 1
        if self.vertices > MAX_VERTICES:
            raise _refuse(
                msg(
                    "'{name}' has more than {limit} points in its shapes; simplify the layer "
                    "in QGIS before using it.",
                    name=self.name,
                    limit=MAX_VERTICES,
                )
            )
        if not (
            isinstance(lon, int | float)
            and isinstance(lat, int | float)
            and not isinstance(lon, bool)
            and not isinstance(lat, bool)
            and math.isfinite(lon)
            and math.isfinite(lat)
            and -180.0 <= lon <= 180.0
            and -90.0 <= lat <= 90.0
        ):
            raise _refuse(
                msg(
                    "'{name}' has coordinates that are not longitude and latitude in degrees; "
                    "export the layer in WGS84 (EPSG:4326).",
                    name=self.name,
                )
            )
        return (float(lat), float(lon))


def _check_size(path: Path) -> None:
    try:
        size = path.stat().st_size
    except OSError:
        raise _refuse(msg("The overlay file '{name}' is not there.", name=path.name)) from None
    if size == 0:
        raise _refuse(msg("'{name}' is empty.", name=path.name))
    if size > MAX_FILE_BYTES:
        raise _refuse(
            msg(
                "'{name}' is larger than {limit} MB; export only the layer the map needs.",
                name=path.name,
                limit=MAX_FILE_BYTES // (1024 * 1024),
            )
        )


def _name_of(properties: object) -> str:
    if not isinstance(properties, dict):
        return ""
    lowered = {str(k).lower(): v for k, v in properties.items()}
    for key in NAME_KEYS:
        value = lowered.get(key)
        if isinstance(value, str | int | float) and not isinstance(value, bool):
            return " ".join(str(value).split())[:MAX_NAME]
    return ""


def load_overlay(path: Path | str) -> Overlay:
    """Read a GeoJSON (.geojson, .json) or shapefile (.shp) overlay; OverlayError if unfit."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix in (".geojson", ".json"):
        return load_geojson(path)
    if suffix == ".shp":
        return load_shapefile(path)
    raise _refuse(
        msg(
            "'{name}' is not an overlay file: choose a GeoJSON (.geojson) or a shapefile (.shp).",
            name=path.name,
        )
    )


# GeoJSON ----------------------------------------------------------------------------------


def load_geojson(path: Path | str) -> Overlay:
    """A GeoJSON Feature, FeatureCollection or bare geometry as an overlay."""
    path = Path(path)
    _check_size(path)
    not_geojson = msg(
        "'{name}' is not GeoJSON: export the layer from QGIS as GeoJSON in WGS84 (EPSG:4326).",
        name=path.name,
    )
    try:
        document = json.loads(path.read_bytes())
    except (ValueError, RecursionError):  # bad JSON, bad UTF-8, or nested beyond reason
        raise _refuse(not_geojson) from None
    if not isinstance(document, dict):
        raise _refuse(not_geojson)
    _check_crs(document, path.name)
    kind = document.get("type")
    if kind == "FeatureCollection":
        items = document.get("features")
        if not isinstance(items, list):
            raise _refuse(not_geojson)
    elif kind == "Feature":
        items = [document]
    elif isinstance(kind, str) and kind in _GEOMETRIES:
        items = [{"type": "Feature", "geometry": document, "properties": {}}]
    else:
        raise _refuse(not_geojson)
    budget = _Budget(path.name)
    features: list[OverlayFeature] = []
    for item in items:
        if not isinstance(item, dict) or item.get("type") != "Feature":
            raise _refuse(not_geojson)
        geometry = item.get("geometry")
        if geometry is None:  # a feature without a place: allowed by the spec, nothing drawn
            continue
        name = _name_of(item.get("properties"))
        for feature in _geometry(geometry, name, budget, not_geojson, depth=0):
            budget.feature()
            features.append(feature)
    return Overlay(path.name, tuple(features))


_GEOMETRIES = {
    "Point",
    "MultiPoint",
    "LineString",
    "MultiLineString",
    "Polygon",
    "MultiPolygon",
    "GeometryCollection",
}


def _check_crs(document: dict[str, Any], name: str) -> None:
    """GeoJSON 2008's 'crs' member: only WGS84 longitude/latitude is drawn."""
    crs = document.get("crs")
    if crs is None:
        return
    label = ""
    if isinstance(crs, dict) and isinstance(crs.get("properties"), dict):
        label = str(crs["properties"].get("name", ""))
    if label.strip().lower() not in _WGS84_CRS:
        raise _refuse(
            msg(
                "'{name}' is in the coordinate system '{crs}'; export the layer in WGS84 "
                "(EPSG:4326).",
                name=name,
                crs=label[:60] or "?",
            )
        )


def _positions(value: object, budget: _Budget, bad: Text) -> Part:
    if not isinstance(value, list):
        raise _refuse(bad)
    out = []
    for position in value:
        if not isinstance(position, list) or len(position) < 2:
            raise _refuse(bad)
        out.append(budget.vertex(position[0], position[1]))
    return tuple(out)


def _parts(value: object, budget: _Budget, bad: Text) -> list[Part]:
    if not isinstance(value, list):
        raise _refuse(bad)
    return [_positions(item, budget, bad) for item in value]


def _geometry(
    geometry: object, name: str, budget: _Budget, bad: Text, depth: int
) -> Iterator[OverlayFeature]:
    if not isinstance(geometry, dict) or depth > 4:
        raise _refuse(bad)
    kind = geometry.get("type")
    coords = geometry.get("coordinates")
    if kind == "Point":
        yield OverlayFeature(OverlayKind.POINTS, name, (_positions([coords], budget, bad),))
    elif kind == "MultiPoint":
        yield OverlayFeature(OverlayKind.POINTS, name, (_positions(coords, budget, bad),))
    elif kind == "LineString":
        yield OverlayFeature(OverlayKind.LINES, name, (_positions(coords, budget, bad),))
    elif kind == "MultiLineString":
        yield OverlayFeature(OverlayKind.LINES, name, tuple(_parts(coords, budget, bad)))
    elif kind == "Polygon":
        yield OverlayFeature(OverlayKind.POLYGONS, name, tuple(_parts(coords, budget, bad)))
    elif kind == "MultiPolygon":
        if not isinstance(coords, list):
            raise _refuse(bad)
        rings = [ring for polygon in coords for ring in _parts(polygon, budget, bad)]
        yield OverlayFeature(OverlayKind.POLYGONS, name, tuple(rings))
    elif kind == "GeometryCollection":
        members = geometry.get("geometries")
        if not isinstance(members, list):
            raise _refuse(bad)
        for member in members:
            yield from _geometry(member, name, budget, bad, depth + 1)
    else:
        raise _refuse(bad)


# Shapefiles -------------------------------------------------------------------------------

# The shapefile specification's shape type codes (pyshp's POINT, POINTZ, POINTM, …): kept
# here so pyshp (50 ms) is imported only when a shapefile is read, not at every start.
_POINT_TYPES = {1, 11, 21}
_MULTIPOINT_TYPES = {8, 18, 28}
_LINE_TYPES = {3, 13, 23}
_POLYGON_TYPES = {5, 15, 25}


def _sibling(path: Path, suffix: str) -> Path | None:
    """The .shx/.dbf/.prj beside a .shp, whatever the case of its extension."""
    for candidate in (path.with_suffix(suffix), path.with_suffix(suffix.upper())):
        if candidate.is_file():
            return candidate
    return None


def _check_prj(path: Path) -> None:
    prj = _sibling(path, ".prj")
    if prj is None:
        return  # no .prj: the coordinates themselves are checked to be degrees
    text = prj.read_bytes()[:20_000].decode("latin-1").upper()
    geographic_wgs84 = text.lstrip().startswith("GEOGCS[") or text.lstrip().startswith("GEOGCRS[")
    wgs84 = "WGS_1984" in text or "WGS 84" in text or "WGS84" in text
    if not (geographic_wgs84 and wgs84):
        raise _refuse(
            msg(
                "'{name}' is in a projected or other coordinate system (see its .prj); "
                "export the layer in WGS84 (EPSG:4326).",
                name=path.name,
            )
        )


def load_shapefile(path: Path | str) -> Overlay:
    """A shapefile (.shp with its .shx and .dbf) as an overlay; names from its .dbf."""
    path = Path(path)
    _check_size(path)
    shx, dbf = _sibling(path, ".shx"), _sibling(path, ".dbf")
    if shx is None or dbf is None:
        raise _refuse(
            msg(
                "'{name}' needs its .shx and .dbf files beside it; copy all the files of the "
                "shapefile together.",
                name=path.name,
            )
        )
    _check_size(dbf)
    _check_prj(path)
    not_shapefile = msg(
        "'{name}' is not a readable shapefile; export the layer from QGIS again.",
        name=path.name,
    )
    import shapefile  # pyshp: imported when a shapefile is read (see _POINT_TYPES)

    budget = _Budget(path.name)
    try:
        with (
            path.open("rb") as shp_file,
            shx.open("rb") as shx_file,
            dbf.open("rb") as dbf_file,
            shapefile.Reader(
                shp=shp_file, shx=shx_file, dbf=dbf_file, encoding="utf-8", encodingErrors="replace"
            ) as reader,
        ):
            fields = [str(f[0]) for f in reader.fields[1:]]
            features = list(_shapes(reader, fields, budget))
    except OverlayError:
        raise
    except Exception:  # pyshp raises many kinds on a damaged file (struct, Shapefile, Value)
        raise _refuse(not_shapefile) from None
    return Overlay(path.name, tuple(features))


def _shapes(reader: Any, fields: list[str], budget: _Budget) -> Iterable[OverlayFeature]:
    for item in reader.iterShapeRecords():
        budget.feature()
        shape, record = item.shape, item.record
        name = _name_of(dict(zip(fields, list(record), strict=False)))
        points = [budget.vertex(p[0], p[1]) for p in shape.points]
        starts = list(shape.parts) if hasattr(shape, "parts") else [0]
        ends = [*starts[1:], len(points)]
        parts = tuple(tuple(points[a:b]) for a, b in zip(starts, ends, strict=False) if b > a)
        if shape.shapeType in _POINT_TYPES or shape.shapeType in _MULTIPOINT_TYPES:
            yield OverlayFeature(OverlayKind.POINTS, name, (tuple(points),))
        elif shape.shapeType in _LINE_TYPES:
            yield OverlayFeature(OverlayKind.LINES, name, parts)
        elif shape.shapeType in _POLYGON_TYPES:
            yield OverlayFeature(OverlayKind.POLYGONS, name, parts)
        # NULL shapes (no geometry) and multipatches (3-D surfaces) are not drawn.
