"""The maps folder beside a database: add (checked, atomic), list, remove, pick, copy."""

from __future__ import annotations

import hashlib

import pytest
from mbtiles_builder import build_mbtiles

from cimicdesk.domain.geo import BBox
from cimicdesk.store import map_files
from cimicdesk.store.map_files import (
    MapFileError,
    add_map,
    copy_maps,
    list_maps,
    map_covering,
    maps_folder,
    remove_map,
)
from cimicdesk.store.mbtiles import MbTilesError


def _sum(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_each_database_has_its_own_maps_folder_beside_it(tmp_path):
    assert maps_folder(tmp_path / "bn1.sqlite") == tmp_path / "bn1.sqlite.maps"
    assert maps_folder(tmp_path / "bn1.db") != maps_folder(tmp_path / "bn1.sqlite")


def test_adding_copies_the_checked_file_and_lists_it(tmp_path, db_path, store):
    source = build_mbtiles(tmp_path / "stick" / "Kaga West.mbtiles", zooms=(6, 7, 8))
    before_db = _sum(db_path)
    added = add_map(db_path, source)
    assert added.path == maps_folder(db_path) / "Kaga West.mbtiles"
    assert added.path.read_bytes() == source.read_bytes()
    assert source.exists()  # a copy: the officer's file stays where it was
    assert (added.name, added.min_zoom, added.max_zoom) == ("Test basemap", 6, 8)
    assert added.bounds == BBox(18.5, 6.5, 20.0, 7.5)
    (listed,) = list_maps(db_path)
    assert listed == added and listed.problem is None
    # Nothing else in the folder: no temporary file left behind.
    assert [p.name for p in maps_folder(db_path).iterdir()] == ["Kaga West.mbtiles"]
    assert _sum(db_path) == before_db


def test_a_bad_file_is_refused_and_nothing_is_copied(tmp_path, db_path):
    bad = tmp_path / "notes.mbtiles"
    bad.write_bytes(b"just some text, not a map at all")
    with pytest.raises(MbTilesError, match="is not an MBTiles map file"):
        add_map(db_path, bad)
    assert not maps_folder(db_path).exists()


def test_a_duplicate_name_is_refused_whatever_its_case(tmp_path, db_path):
    add_map(db_path, build_mbtiles(tmp_path / "a" / "sector.mbtiles"))
    with pytest.raises(MapFileError, match="already in the maps folder"):
        add_map(db_path, build_mbtiles(tmp_path / "b" / "SECTOR.mbtiles", zooms=(5,)))
    assert len(list_maps(db_path)) == 1


def test_a_file_over_the_size_bound_is_refused(tmp_path, db_path, monkeypatch):
    source = build_mbtiles(tmp_path / "big.mbtiles")
    monkeypatch.setattr(map_files, "MAX_MAP_BYTES", source.stat().st_size - 1)
    with pytest.raises(MapFileError, match="is larger than"):
        add_map(db_path, source)
    assert list_maps(db_path) == []


def test_a_hidden_or_odd_name_gets_a_plain_mbtiles_name(tmp_path, db_path):
    added = add_map(db_path, build_mbtiles(tmp_path / ".secret.db"))
    assert added.file_name == "secret.mbtiles"


def test_a_damaged_file_in_the_folder_is_listed_with_its_problem(tmp_path, db_path):
    add_map(db_path, build_mbtiles(tmp_path / "good.mbtiles"))
    (maps_folder(db_path) / "broken.mbtiles").write_bytes(b"garbage")
    found = {m.file_name: m for m in list_maps(db_path)}
    assert found["good.mbtiles"].problem is None
    assert "is not an MBTiles map file" in str(found["broken.mbtiles"].problem)


def test_remove_deletes_only_a_listed_map(tmp_path, db_path):
    add_map(db_path, build_mbtiles(tmp_path / "a.mbtiles"))
    (tmp_path / "outside.mbtiles").write_bytes(b"x")
    with pytest.raises(MapFileError, match="no map named"):
        remove_map(db_path, "../outside.mbtiles")
    with pytest.raises(MapFileError, match="no map named"):
        remove_map(db_path, "b.mbtiles")
    remove_map(db_path, "a.mbtiles")
    assert list_maps(db_path) == []
    assert (tmp_path / "outside.mbtiles").exists()


def test_map_covering_picks_the_map_over_the_area(tmp_path, db_path):
    add_map(db_path, build_mbtiles(tmp_path / "west.mbtiles", bounds=(14.0, 4.0, 16.0, 6.0)))
    add_map(db_path, build_mbtiles(tmp_path / "east.mbtiles", bounds=(18.5, 6.5, 20.0, 7.5)))
    assert map_covering(db_path, BBox(19.0, 6.8, 19.3, 7.0)).file_name == "east.mbtiles"
    assert map_covering(db_path, BBox(30.0, 0.0, 31.0, 1.0)) is None


def test_copy_maps_copies_the_usable_maps(tmp_path, db_path):
    add_map(db_path, build_mbtiles(tmp_path / "a.mbtiles"))
    (maps_folder(db_path) / "broken.mbtiles").write_bytes(b"garbage")
    written = copy_maps(db_path, tmp_path / "out")
    assert [p.name for p in written] == ["a.mbtiles"]
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["a.mbtiles"]
    assert copy_maps(tmp_path / "other.sqlite", tmp_path / "none") == []
    assert not (tmp_path / "none").exists()


def test_a_map_that_cannot_be_copied_is_named(tmp_path, db_path):
    add_map(db_path, build_mbtiles(tmp_path / "a.mbtiles"))
    blocked = tmp_path / "stick"
    blocked.write_text("a file where the folder should be")
    with pytest.raises(MapFileError, match=r"The map 'a\.mbtiles' could not be copied"):
        copy_maps(db_path, blocked / "maps")
    (tmp_path / "out" / "a.mbtiles").mkdir(parents=True)  # a folder in the map's place
    with pytest.raises(MapFileError, match=r"The map 'a\.mbtiles' could not be copied"):
        copy_maps(db_path, tmp_path / "out")
    assert [p.name for p in (tmp_path / "out").iterdir()] == ["a.mbtiles"]  # no temp left
