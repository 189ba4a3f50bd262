"""Overlay files for tests: GeoJSON written with json, shapefiles with pyshp's Writer."""

from __future__ import annotations

import contextlib
import json
from pathlib import Path

import shapefile

WGS84_PRJ = (
    'GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984",SPHEROID["WGS_1984",6378137.0,298.257223563]],'
    'PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]]'
)
UTM_PRJ = (
    'PROJCS["WGS_1984_UTM_Zone_34N",GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984",'
    'SPHEROID["WGS_1984",6378137.0,298.257223563]]],PROJECTION["Transverse_Mercator"]]'
)


def geojson_lines(path: Path, lines: dict[str, list[tuple[float, float]]]) -> Path:
    """A FeatureCollection of named LineStrings, each given as (lat, lon) vertices."""
    features = [
        {
            "type": "Feature",
            "properties": {"name": name},
            "geometry": {"type": "LineString", "coordinates": [[lon, lat] for lat, lon in line]},
        }
        for name, line in lines.items()
    ]
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({"type": "FeatureCollection", "features": features}))
    return path


def geojson_document(path: Path, document: object) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(document))
    return path


def shapefile_polygons(
    path: Path, polygons: dict[str, list[tuple[float, float]]], prj: str | None = WGS84_PRJ
) -> Path:
    """A polygon shapefile (.shp, .shx, .dbf, and a .prj unless None) of named rings given
    as (lat, lon) vertices; the path of its .shp."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with contextlib.ExitStack() as files:
        handles = {
            ext: files.enter_context(path.with_suffix(f".{ext}").open("wb+"))
            for ext in ("shp", "shx", "dbf")
        }
        with shapefile.Writer(shapeType=shapefile.POLYGON, **handles) as writer:
            writer.field("NAME", "C", size=40)
            for name, ring in polygons.items():
                writer.poly([[[lon, lat] for lat, lon in ring]])
                writer.record(name)
    if prj is not None:
        path.with_suffix(".prj").write_text(prj)
    return path.with_suffix(".shp")
