"""Overlays from GeoJSON and shapefiles: read as (lat, lon) parts with names, bounded."""

from __future__ import annotations

import contextlib
import json

import pytest
import shapefile

from cimicdesk.domain.overlays import OverlayKind
from cimicdesk.store import overlays
from cimicdesk.store.overlays import OverlayError, load_overlay

WGS84_PRJ = (
    'GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984",SPHEROID["WGS_1984",6378137.0,298.257223563]],'
    'PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]]'
)
UTM_PRJ = (
    'PROJCS["WGS_1984_UTM_Zone_34N",GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984",'
    'SPHEROID["WGS_1984",6378137.0,298.257223563]]],PROJECTION["Transverse_Mercator"]]'
)


def _geojson(tmp_path, document, name="layer.geojson"):
    path = tmp_path / name
    path.write_text(json.dumps(document), encoding="utf-8")
    return path


def _feature(geometry, **properties):
    return {"type": "Feature", "geometry": geometry, "properties": properties}


def test_a_feature_collection_gives_named_points_lines_and_rings(tmp_path):
    path = _geojson(
        tmp_path,
        {
            "type": "FeatureCollection",
            "features": [
                _feature({"type": "Point", "coordinates": [19.18, 6.99]}, name="Kaga-Bandoro"),
                _feature(
                    {"type": "LineString", "coordinates": [[19.0, 7.0], [19.5, 7.2]]}, NAME="MSR 1"
                ),
                _feature(
                    {
                        "type": "MultiPolygon",
                        "coordinates": [
                            [[[19, 7], [19.1, 7], [19.1, 7.1], [19, 7]]],
                            [[[20, 7], [20.1, 7], [20.1, 7.1], [20, 7]]],
                        ],
                    },
                    nom="Camp",
                ),
                _feature(None, name="nowhere"),
            ],
        },
    )
    overlay = load_overlay(path)
    assert overlay.source == "layer.geojson"
    point, line, polygon = overlay.features
    assert (point.kind, point.name, point.parts) == (
        OverlayKind.POINTS,
        "Kaga-Bandoro",
        (((6.99, 19.18),),),
    )
    assert (line.kind, line.name, line.parts[0]) == (
        OverlayKind.LINES,
        "MSR 1",
        ((7.0, 19.0), (7.2, 19.5)),
    )
    assert polygon.kind == OverlayKind.POLYGONS and len(polygon.parts) == 2
    assert polygon.parts[1][0] == (7.0, 20.0)
    assert overlay.vertex_count == 1 + 2 + 8


def test_a_bare_geometry_and_a_collection_are_read(tmp_path):
    bare = _geojson(tmp_path, {"type": "MultiPoint", "coordinates": [[1, 2], [3, 4]]})
    assert load_overlay(bare).features[0].parts == (((2.0, 1.0), (4.0, 3.0)),)
    collection = _geojson(
        tmp_path,
        _feature(
            {
                "type": "GeometryCollection",
                "geometries": [
                    {"type": "Point", "coordinates": [1, 2]},
                    {"type": "MultiLineString", "coordinates": [[[1, 2], [3, 4]]]},
                ],
            },
            name="both",
        ),
        name="c.json",
    )
    kinds = [(f.kind, f.name) for f in load_overlay(collection).features]
    assert kinds == [(OverlayKind.POINTS, "both"), (OverlayKind.LINES, "both")]


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"{not json", "is not GeoJSON"),
        (b"[1, 2]", "is not GeoJSON"),
        (b'{"type": "Topology"}', "is not GeoJSON"),
        (b'{"type": "Point", "coordinates": "x"}', "is not GeoJSON"),
        (b'{"type": "Point", "coordinates": [500000, 7000000]}', "export the layer in WGS84"),
        (b'{"type": "Point", "coordinates": [true, 1]}', "export the layer in WGS84"),
        (b"[" * 100_000 + b"]" * 100_000, "is not GeoJSON"),
        (
            b'{"type": "Point", "coordinates": [1, 2], "crs": {"type": "name", '
            b'"properties": {"name": "urn:ogc:def:crs:EPSG::32634"}}}',
            "coordinate system 'urn:ogc:def:crs:EPSG::32634'",
        ),
        (b"", "is empty"),
    ],
)
def test_bad_geojson_is_refused(tmp_path, content, expected):
    path = tmp_path / "bad.geojson"
    path.write_bytes(content)
    with pytest.raises(OverlayError, match=expected):
        load_overlay(path)


def test_a_wgs84_crs_member_is_accepted(tmp_path):
    path = _geojson(
        tmp_path,
        {
            "type": "Point",
            "coordinates": [1, 2],
            "crs": {"type": "name", "properties": {"name": "urn:ogc:def:crs:OGC:1.3:CRS84"}},
        },
    )
    assert len(load_overlay(path).features) == 1


def test_the_bounds_are_kept(tmp_path, monkeypatch):
    points = [_feature({"type": "Point", "coordinates": [1, 2]}) for _ in range(4)]
    path = _geojson(tmp_path, {"type": "FeatureCollection", "features": points})
    monkeypatch.setattr(overlays, "MAX_FEATURES", 3)
    with pytest.raises(OverlayError, match="more than 3 features"):
        load_overlay(path)
    monkeypatch.setattr(overlays, "MAX_FEATURES", 10)
    monkeypatch.setattr(overlays, "MAX_VERTICES", 3)
    with pytest.raises(OverlayError, match="more than 3 points"):
        load_overlay(path)
    monkeypatch.setattr(overlays, "MAX_FILE_BYTES", 10)
    with pytest.raises(OverlayError, match="is larger than"):
        load_overlay(path)


@contextlib.contextmanager
def _writer(tmp_path, name, kind):
    """A pyshp Writer on files we close (its own leaves the .dbf open)."""
    with contextlib.ExitStack() as files:
        handles = {
            ext: files.enter_context((tmp_path / f"{name}.{ext}").open("wb+"))
            for ext in ("shp", "shx", "dbf")
        }
        with shapefile.Writer(shapeType=kind, **handles) as writer:
            yield writer


def _shapefile(tmp_path, name="roads", prj=WGS84_PRJ, kind=shapefile.POLYLINE):
    with _writer(tmp_path, name, kind) as writer:
        writer.field("NAME", "C", size=40)
        if kind == shapefile.POLYLINE:
            writer.line([[[19.0, 7.0], [19.5, 7.2]], [[19.6, 7.3], [19.7, 7.4]]])
            writer.record("MSR 1")
        elif kind == shapefile.POLYGON:
            writer.poly([[[19.0, 7.0], [19.0, 7.1], [19.1, 7.1], [19.0, 7.0]]])
            writer.record("Camp Kaga")
        else:
            writer.point(19.18, 6.99)
            writer.record("Kaga-Bandoro")
    if prj is not None:
        (tmp_path / f"{name}.prj").write_text(prj)
    return tmp_path / f"{name}.shp"


def test_a_wgs84_shapefile_is_read_with_its_names(tmp_path):
    (line,) = load_overlay(_shapefile(tmp_path)).features
    assert (line.kind, line.name) == (OverlayKind.LINES, "MSR 1")
    assert line.parts == (((7.0, 19.0), (7.2, 19.5)), ((7.3, 19.6), (7.4, 19.7)))
    (ring,) = load_overlay(_shapefile(tmp_path, "camp", kind=shapefile.POLYGON)).features
    assert ring.kind == OverlayKind.POLYGONS and ring.name == "Camp Kaga"
    (point,) = load_overlay(_shapefile(tmp_path, "towns", prj=None, kind=shapefile.POINT)).features
    assert point.parts == (((6.99, 19.18),),)


def test_a_projected_shapefile_is_refused(tmp_path):
    with pytest.raises(OverlayError, match=r"export the layer in WGS84 \(EPSG:4326\)"):
        load_overlay(_shapefile(tmp_path, prj=UTM_PRJ))


def test_a_shapefile_without_prj_in_metres_is_refused(tmp_path):
    with _writer(tmp_path, "utm", shapefile.POINT) as writer:
        writer.field("NAME", "C")
        writer.point(512_000.0, 774_000.0)
        writer.record("x")
    with pytest.raises(OverlayError, match="not longitude and latitude"):
        load_overlay(tmp_path / "utm.shp")


def test_a_shapefile_missing_its_companions_or_damaged_is_refused(tmp_path):
    shp = _shapefile(tmp_path)
    (tmp_path / "roads.dbf").unlink()
    with pytest.raises(OverlayError, match=r"needs its \.shx and \.dbf"):
        load_overlay(shp)
    shp = _shapefile(tmp_path, "other")
    shp.write_bytes(shp.read_bytes()[:60])
    with pytest.raises(OverlayError, match="is not a readable shapefile"):
        load_overlay(shp)


def test_another_kind_of_file_is_refused(tmp_path):
    (tmp_path / "a.kml").write_text("<kml/>")
    with pytest.raises(OverlayError, match="choose a GeoJSON"):
        load_overlay(tmp_path / "a.kml")
