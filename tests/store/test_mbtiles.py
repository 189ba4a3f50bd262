"""The MBTiles reader: metadata, XYZ tiles with the TMS row flip, and every refusal."""

from __future__ import annotations

import hashlib
import io
import threading

import pytest
from mbtiles_builder import ATTRIBUTION, build_mbtiles, tile_image, tiles_covering
from PIL import Image

from cimicdesk.domain.geo import BBox
from cimicdesk.store import mbtiles
from cimicdesk.store.encryption import sqlite3
from cimicdesk.store.mbtiles import MAX_TILE_BYTES, MbTiles, MbTilesError


def _digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_metadata_is_read_and_cleaned(tmp_path):
    path = build_mbtiles(
        tmp_path / "kaga.mbtiles",
        attribution='<a href="https://example.org">© Sector GIS</a>  2026',
    )
    with MbTiles.open(path) as tiles:
        assert tiles.name == "Test basemap"
        assert tiles.format == "png"
        assert tiles.bounds == BBox(18.5, 6.5, 20.0, 7.5)
        assert (tiles.min_zoom, tiles.max_zoom) == (6, 7)
        assert tiles.attribution == "© Sector GIS 2026"


def test_tile_takes_xyz_numbers_and_flips_the_tms_row(tmp_path):
    path = build_mbtiles(tmp_path / "a.mbtiles", zooms=(7,))
    x, y = next(tiles_covering(18.5, 6.5, 20.0, 7.5, 7))
    with MbTiles.open(path) as tiles:
        data = tiles.tile(7, x, y)
        assert data == tile_image(7, x, y)
        # The same numbers read as a TMS row would be the far side of the world: missing.
        assert tiles.tile(7, x, 2**7 - 1 - y) is None
        assert Image.open(io.BytesIO(data)).size == (256, 256)


def test_tile_outside_the_set_or_the_numbering_is_none(tmp_path):
    path = build_mbtiles(tmp_path / "a.mbtiles", zooms=(6,))
    with MbTiles.open(path) as tiles:
        assert tiles.tile(5, 0, 0) is None
        assert tiles.tile(6, 64, 0) is None
        assert tiles.tile(6, -1, 3) is None
        assert tiles.tile(23, 0, 0) is None


def test_an_oversized_tile_is_treated_as_missing(tmp_path):
    big = b"\x89PNG\r\n\x1a\n" + b"\0" * MAX_TILE_BYTES
    path = build_mbtiles(tmp_path / "a.mbtiles", zooms=(6,), extra_tiles=[(8, 1, 1, big)])
    with MbTiles.open(path) as tiles:
        assert tiles.tile(8, 1, 1) is None


def test_missing_metadata_falls_back_to_the_tiles_and_the_file_name(tmp_path):
    path = build_mbtiles(
        tmp_path / "Sector West.mbtiles",
        zooms=(5, 8),
        metadata={
            "name": None,
            "format": None,
            "minzoom": None,
            "maxzoom": None,
            "bounds": None,
            "attribution": None,
        },
    )
    with MbTiles.open(path) as tiles:
        assert tiles.name == "Sector West"
        assert tiles.format == "png"  # seen in a tile
        assert (tiles.min_zoom, tiles.max_zoom) == (5, 8)
        assert tiles.bounds is None
        assert tiles.attribution == ""


def test_jpeg_tiles_are_accepted_under_either_name(tmp_path):
    path = build_mbtiles(tmp_path / "a.mbtiles", fmt="jpg", metadata={"format": "jpeg"})
    with MbTiles.open(path) as tiles:
        assert tiles.format == "jpg"


def test_the_file_is_never_written(tmp_path):
    path = build_mbtiles(tmp_path / "a.mbtiles")
    before = _digest(path)
    with MbTiles.open(path, immutable=True) as tiles:
        tiles.tile(6, 33, 30)
    with MbTiles.open(path) as tiles:
        tiles.tile(6, 33, 30)
    assert _digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.mbtiles"]


def test_tiles_can_be_read_from_another_thread(tmp_path):
    path = build_mbtiles(tmp_path / "a.mbtiles", zooms=(7,))
    x, y = next(tiles_covering(18.5, 6.5, 20.0, 7.5, 7))
    got = []
    with MbTiles.open(path) as tiles:
        workers = [
            threading.Thread(target=lambda: got.append(tiles.tile(7, x, y))) for _ in range(4)
        ]
        for w in workers:
            w.start()
        for w in workers:
            w.join()
    assert got == [tile_image(7, x, y)] * 4


def test_a_closed_file_refuses_reads(tmp_path):
    tiles = MbTiles.open(build_mbtiles(tmp_path / "a.mbtiles"))
    tiles.close()
    tiles.close()  # twice is harmless
    with pytest.raises(MbTilesError, match="closed"):
        tiles.tile(6, 33, 30)


def _refusal(path) -> str:
    with pytest.raises(MbTilesError) as caught:
        MbTiles.open(path)
    return str(caught.value)


def test_missing_and_empty_files_are_refused(tmp_path):
    assert "is not there" in _refusal(tmp_path / "none.mbtiles")
    (tmp_path / "empty.mbtiles").write_bytes(b"")
    assert "'empty.mbtiles' is empty" in _refusal(tmp_path / "empty.mbtiles")


def test_a_foreign_file_is_refused(tmp_path):
    (tmp_path / "photo.mbtiles").write_bytes(tile_image(1, 0, 0))
    assert "is not an MBTiles map file" in _refusal(tmp_path / "photo.mbtiles")


def test_an_encrypted_cimic_database_is_refused_and_left_alone(store, db_path):
    before = _digest(db_path)
    text = _refusal(db_path)
    assert "is not an MBTiles map file" in text and "File → Open" in text
    assert _digest(db_path) == before


def test_a_plain_cimic_database_is_named_as_one(tmp_path):
    connection = sqlite3.connect(str(tmp_path / "old.sqlite"))
    connection.execute("CREATE TABLE qips (id TEXT)")
    connection.commit()
    connection.close()
    assert "is a CIMIC Desk database, not a map" in _refusal(tmp_path / "old.sqlite")


def test_an_sqlite_file_without_the_tables_is_refused(tmp_path):
    connection = sqlite3.connect(str(tmp_path / "other.mbtiles"))
    connection.execute("CREATE TABLE things (a)")
    connection.commit()
    connection.close()
    assert "not an MBTiles map (no tiles or metadata table)" in _refusal(tmp_path / "other.mbtiles")


def test_a_corrupt_file_is_refused(tmp_path):
    path = build_mbtiles(tmp_path / "a.mbtiles")
    data = bytearray(path.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)  # the schema page destroyed, the header kept
    path.write_bytes(bytes(data))
    assert "is damaged" in _refusal(path)


def test_a_set_without_tiles_is_refused(tmp_path):
    path = build_mbtiles(tmp_path / "a.mbtiles", zooms=())
    assert "holds no tiles" in _refusal(path)


def test_vector_tiles_are_refused(tmp_path):
    path = build_mbtiles(
        tmp_path / "v.mbtiles",
        metadata={"format": "pbf"},
        tile=lambda z, x, y: b"\x1f\x8b\x08\0rest",
    )
    assert "vector tiles, which are not supported: export raster tiles" in _refusal(path)
    # Mislabelled as PNG, the tiles themselves give it away.
    path = build_mbtiles(tmp_path / "w.mbtiles", tile=lambda z, x, y: b"\x1f\x8b\x08\0rest")
    assert "vector tiles" in _refusal(path)


def test_an_unknown_format_is_refused(tmp_path):
    path = build_mbtiles(tmp_path / "a.mbtiles", metadata={"format": "tiff"})
    assert "format 'tiff'" in _refusal(path)


@pytest.mark.parametrize(
    ("metadata", "expected"),
    [
        ({"minzoom": "23"}, "zoom level '23'"),
        ({"maxzoom": "x"}, "zoom level 'x'"),
        ({"minzoom": "8", "maxzoom": "3"}, "from 8 down to 3"),
        ({"bounds": "1,2,3"}, "not four numbers"),
        ({"bounds": "20,6,18,7"}, "outside the world or upside down"),
        ({"bounds": "18,6,200,7"}, "outside the world or upside down"),
        ({"bounds": "nan,6,18,7"}, "not four numbers"),
    ],
)
def test_malformed_metadata_is_refused(tmp_path, metadata, expected):
    path = build_mbtiles(tmp_path / "a.mbtiles", metadata=metadata)
    assert expected in _refusal(path)


def test_only_oversized_tiles_are_refused(tmp_path):
    big = b"\x89PNG\r\n\x1a\n" + b"\0" * MAX_TILE_BYTES
    path = build_mbtiles(tmp_path / "a.mbtiles", tile=lambda z, x, y: big, zooms=(6,))
    assert "larger than 1 MB" in _refusal(path)


def test_the_attribution_is_bounded(tmp_path):
    path = build_mbtiles(tmp_path / "a.mbtiles", attribution="x" * 5000)
    with MbTiles.open(path) as tiles:
        assert len(tiles.attribution) == 500
    assert ATTRIBUTION


def _as_qgis_layout(path):
    """Rewrite a built set the way QGIS stores tiles: `map` + `images` under a `tiles` view."""
    connection = sqlite3.connect(str(path))
    connection.executescript(
        """
        CREATE TABLE map (zoom_level INTEGER, tile_column INTEGER, tile_row INTEGER,
            tile_id TEXT);
        CREATE TABLE images (tile_id TEXT, tile_data BLOB);
        INSERT INTO map SELECT zoom_level, tile_column, tile_row,
            zoom_level || '/' || tile_column || '/' || tile_row FROM tiles;
        INSERT INTO images SELECT zoom_level || '/' || tile_column || '/' || tile_row,
            tile_data FROM tiles;
        DROP TABLE tiles;
        CREATE UNIQUE INDEX map_index ON map (zoom_level, tile_column, tile_row);
        CREATE UNIQUE INDEX images_id ON images (tile_id);
        CREATE VIEW tiles AS SELECT map.zoom_level AS zoom_level,
            map.tile_column AS tile_column, map.tile_row AS tile_row,
            images.tile_data AS tile_data
            FROM map JOIN images ON images.tile_id = map.tile_id;
        """
    )
    connection.commit()
    connection.close()
    return path


def test_a_set_stored_as_qgis_does_under_a_view_is_read(tmp_path):
    path = _as_qgis_layout(build_mbtiles(tmp_path / "qgis.mbtiles", zooms=(7,)))
    with MbTiles.open(path) as tiles:
        x, y = next(iter(tiles_covering(18.5, 6.5, 20.0, 7.5, 7)))
        assert Image.open(io.BytesIO(tiles.tile(7, x, y))).size == (256, 256)


def test_a_view_that_never_ends_is_refused_not_waited_for(tmp_path, monkeypatch):
    # A crafted file: `tiles` is a view over an endless recursive query, so MIN(zoom_level)
    # would run for ever and hang the window that opened it. The bound stops it (lowered
    # here so the test takes a moment; the real one stops it within seconds).
    path = tmp_path / "endless.mbtiles"
    connection = sqlite3.connect(str(path))
    connection.executescript(
        """
        CREATE TABLE metadata (name TEXT, value TEXT);
        INSERT INTO metadata VALUES ('name', 'endless'), ('format', 'png');
        CREATE VIEW tiles AS WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n)
            SELECT 7 AS zoom_level, 0 AS tile_column, 0 AS tile_row, NULL AS tile_data
            FROM n WHERE i < 0;
        """
    )
    connection.commit()
    connection.close()
    monkeypatch.setattr(mbtiles, "OPEN_STEPS", 5_000_000)
    assert "is damaged" in _refusal(path)
