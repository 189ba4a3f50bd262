"""Overlays in the maps folder: added as one checked GeoJSON, listed, removed, copied."""

from __future__ import annotations

import hashlib
import json

import pytest
from mbtiles_builder import build_mbtiles
from overlay_builder import UTM_PRJ, geojson_document, geojson_lines, shapefile_polygons

from cimicdesk.domain.overlays import OverlayKind
from cimicdesk.store import map_files
from cimicdesk.store.map_files import (
    MapFileError,
    add_map,
    add_overlay,
    copy_maps,
    list_overlays,
    maps_folder,
    remove_overlay,
    usable_overlays,
)
from cimicdesk.store.overlays import OverlayError

ROAD = [(5.70, 20.60), (5.76, 20.67), (5.83, 20.75)]
RING = [(5.74, 20.64), (5.78, 20.64), (5.78, 20.70), (5.74, 20.70), (5.74, 20.64)]


def _sum(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_geojson_overlay_is_kept_as_one_checked_file(tmp_path, db_path, store):
    source = geojson_lines(tmp_path / "gis" / "Roads Bambari.geojson", {"RN2": ROAD})
    before_db = _sum(db_path)
    added = add_overlay(db_path, source)
    assert added.path == maps_folder(db_path) / "Roads Bambari.geojson"
    assert added.name == "Roads Bambari" and added.problem is None
    (feature,) = added.overlay.features
    assert (feature.kind, feature.name) == (OverlayKind.LINES, "RN2")
    assert feature.parts == (tuple(ROAD),)
    assert [o.file_name for o in list_overlays(db_path)] == ["Roads Bambari.geojson"]
    assert [p.name for p in maps_folder(db_path).iterdir()] == ["Roads Bambari.geojson"]
    assert _sum(db_path) == before_db
    assert source.exists()


def test_a_shapefile_becomes_one_geojson_with_its_names(tmp_path, db_path):
    shp = shapefile_polygons(tmp_path / "gis" / "prefectures.shp", {"Ouaka": RING})
    added = add_overlay(db_path, shp)
    assert added.file_name == "prefectures.geojson"
    document = json.loads(added.path.read_text())
    (feature,) = document["features"]
    assert feature["properties"] == {"name": "Ouaka"}
    assert feature["geometry"]["type"] == "Polygon"
    (read,) = added.overlay.features
    assert read.kind is OverlayKind.POLYGONS and read.name == "Ouaka"
    assert sorted(read.parts[0]) == sorted(RING)  # the ring as drawn, whatever its winding
    # only the one file: the shapefile's parts are not copied
    assert [p.name for p in maps_folder(db_path).iterdir()] == ["prefectures.geojson"]


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (
            lambda d: shapefile_polygons(d / "utm.shp", {"A": RING}, prj=UTM_PRJ),
            "projected or other coordinate system",
        ),
        (
            lambda d: (
                d.joinpath("notes.geojson").write_text("not json at all") and d / "notes.geojson"
            ),
            "is not GeoJSON",
        ),
        (
            lambda d: d.joinpath("roads.kml").write_text("<kml/>") and d / "roads.kml",
            "is not an overlay file",
        ),
    ],
)
def test_a_refused_file_writes_nothing(tmp_path, db_path, make, message):
    with pytest.raises(OverlayError, match=message):
        add_overlay(db_path, make(tmp_path))
    assert not maps_folder(db_path).exists()


def test_an_overlay_with_nothing_to_draw_is_refused(tmp_path, db_path):
    empty = geojson_document(
        tmp_path / "empty.geojson", {"type": "FeatureCollection", "features": []}
    )
    with pytest.raises(MapFileError, match="holds no points, lines or areas"):
        add_overlay(db_path, empty)
    assert list_overlays(db_path) == []


def test_a_duplicate_name_and_too_many_overlays_are_refused(tmp_path, db_path, monkeypatch):
    add_overlay(db_path, geojson_lines(tmp_path / "a" / "roads.geojson", {"RN2": ROAD}))
    with pytest.raises(MapFileError, match="already in the maps folder"):
        add_overlay(db_path, shapefile_polygons(tmp_path / "b" / "ROADS.shp", {"A": RING}))
    monkeypatch.setattr(map_files, "MAX_OVERLAYS", 1)
    with pytest.raises(MapFileError, match="already holds 1 overlays"):
        add_overlay(db_path, geojson_lines(tmp_path / "c" / "tracks.geojson", {"T": ROAD}))
    assert [o.file_name for o in list_overlays(db_path)] == ["roads.geojson"]


def test_a_damaged_overlay_is_listed_with_its_problem_and_not_copied(tmp_path, db_path):
    add_map(db_path, build_mbtiles(tmp_path / "base.mbtiles"))
    add_overlay(db_path, geojson_lines(tmp_path / "roads.geojson", {"RN2": ROAD}))
    (maps_folder(db_path) / "broken.geojson").write_text('{"type": "FeatureCollection"')
    found = {o.file_name: o for o in list_overlays(db_path)}
    assert found["roads.geojson"].problem is None
    assert found["broken.geojson"].overlay is None
    assert "is not GeoJSON" in str(found["broken.geojson"].problem)
    assert [o.source for o in usable_overlays(db_path)] == ["roads.geojson"]
    written = copy_maps(db_path, tmp_path / "out")
    assert [p.name for p in written] == ["base.mbtiles", "roads.geojson"]
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["base.mbtiles", "roads.geojson"]


def test_remove_deletes_only_a_listed_overlay(tmp_path, db_path):
    add_overlay(db_path, geojson_lines(tmp_path / "roads.geojson", {"RN2": ROAD}))
    (tmp_path / "outside.geojson").write_text("{}")
    with pytest.raises(MapFileError, match="no overlay named"):
        remove_overlay(db_path, "../outside.geojson")
    remove_overlay(db_path, "roads.geojson")
    assert list_overlays(db_path) == []
    assert (tmp_path / "outside.geojson").exists()
