"""Importing a GeoNames country file (store/geonames_file.py): what is kept, idempotence,
and every hostile line refused with the line named and the database untouched."""

from __future__ import annotations

from pathlib import Path

import pytest

from cimicdesk.domain.geo import BBox
from cimicdesk.store import geonames_file
from cimicdesk.store.geonames_file import GeoNamesFileError
from cimicdesk.store.places import (
    import_geonames_file,
    place_count,
    places_in,
    relative_position,
    set_mission_area,
    suggest_places,
)

CAR = BBox(14.0, 2.0, 28.0, 11.5)


def line(gid, name, lat, lon, fclass="P", fcode="PPL", population="0", **kw):
    """One line of a GeoNames country file, its 19 tab-separated fields."""
    fields = [
        str(gid),
        name,
        kw.get("ascii", name),
        kw.get("alternate", ""),
        str(lat),
        str(lon),
        fclass,
        fcode,
        kw.get("country", "CF"),
        "",
        kw.get("admin1", "04"),
        "",
        "",
        "",
        str(population),
        "",
        "450",
        "Africa/Bangui",
        "2024-03-01",
    ]
    return "\t".join(fields)


GOOD = [
    line(9000001, "Kaga-Bandoro", 6.98961, 19.18744, fcode="PPLA", population="24661"),
    line(9000002, "Ndomété", 7.0213, 19.2097, ascii="Ndomete", population="0"),
    line(9000003, "Mont Ngaoui", 7.1, 19.3, fclass="T", fcode="MT"),
    line(9000004, "Nana", 7.0, 19.25, fclass="H", fcode="STM"),
    line(9000005, "Kaga-Bandoro Airfield", 6.98, 19.18, fclass="S", fcode="AIRF"),
    line(9000006, "Nana-Grébizi", 7.2, 19.5, fclass="A", fcode="ADM1"),  # left out
    line(9000007, "Route nationale 8", 7.3, 19.4, fclass="R", fcode="RD"),  # left out
]


def write(tmp_path: Path, lines: list[str], name="CF.txt", ending="\n") -> Path:
    path = tmp_path / name
    path.write_bytes(ending.join(lines).encode("utf-8") + ending.encode())
    return path


def test_a_country_file_adds_populated_places_and_features_of_use(store, tmp_path):
    path = write(tmp_path, GOOD)
    assert import_geonames_file(store, path) == 5
    names = {p.name: p for p in places_in(store, CAR)}
    assert set(names) == {
        "Kaga-Bandoro",
        "Ndomété",
        "Mont Ngaoui",
        "Nana",
        "Kaga-Bandoro Airfield",
    }
    assert names["Mont Ngaoui"].feature == "T.MT" and names["Kaga-Bandoro"].feature == "P.PPLA"
    assert names["Kaga-Bandoro"].population == 24661
    assert [p.name for p in suggest_places(store, "ndomete")] == ["Ndomété"]
    assert suggest_places(store, "kaga b")[0].name == "Kaga-Bandoro"
    # "near Ndomété" is measured from the sub-prefecture town, not the hamlet 700 m nearer
    near = relative_position(store, 7.0213 + 0.03, 19.2097)
    assert near is not None and near.place.name == "Kaga-Bandoro"


def test_importing_again_or_a_newer_file_replaces_places_by_their_geonameid(store, tmp_path):
    import_geonames_file(store, write(tmp_path, GOOD))
    again = [line(9000001, "Kaga Bandoro", 6.98961, 19.18744, fcode="PPLA", population="30000")]
    assert import_geonames_file(store, write(tmp_path, GOOD[1:] + again, "CF2.txt")) == 5
    assert place_count(store) == 5
    (kaga,) = [p for p in suggest_places(store, "kaga bandoro") if p.geonameid == 9000001]
    assert (kaga.name, kaga.population) == ("Kaga Bandoro", 30000)


def test_a_file_place_wins_over_the_built_in_copy_of_it_and_survives_a_new_area(store, tmp_path):
    set_mission_area(store, ["CF"])
    builtin = place_count(store)
    bangui = line(2389853, "Bangui", 4.36122, 18.55496, fcode="PPLC", population="889231")
    import_geonames_file(store, write(tmp_path, [bangui, *GOOD]))
    assert place_count(store) == builtin + 5
    set_mission_area(store, ["CF"])
    (found,) = [p for p in suggest_places(store, "bangui") if p.geonameid == 2389853]
    assert (found.population, found.feature) == (889231, "P.PPLC")
    set_mission_area(store, ["TD"])
    assert suggest_places(store, "bangui")[0].feature == "P.PPLC"  # the file's stays


HOSTILE = [
    (line(1, "X", 4, 18)[:-11], "line 2: it has 18 fields"),
    (line(1, "X", 4, 18) + "\textra", "line 2: it has 20 fields"),
    (line("abc", "X", 4, 18), "the geonameid 'abc' is not a positive whole number"),
    (line(-5, "X", 4, 18), "the geonameid '-5'"),
    (line(1, "X", 94, 18), "the latitude '94' is not a number from -90 to 90"),
    (line(1, "X", "nan", 18), "the latitude 'nan'"),
    (line(1, "X", 4, "1e999"), "the longitude '1e999' is not a number from -180 to 180"),
    (line(1, "X", 4, 18, fclass="Q"), "the feature class 'Q' is not one of GeoNames'"),
    (line(1, "X", 4, 18, fcode="PPL;DROP"), "the feature code 'PPL;DROP'"),
    (line(1, "", 4, 18), "the name is empty"),
    (line(1, "X" * 201, 4, 18), "longer than 200 characters"),
    (line(1, "Bad\x07name", 4, 18), "control characters"),
    (line(1, "X", 4, 18, country="cf"), "the country code 'cf' is not two capital letters"),
    (line(1, "X", 4, 18, admin1="04/../x"), "the admin1 code"),
    (line(1, "X", 4, 18, population="-3"), "the population '-3' is not a whole number"),
    (line(1, "X", 4, 18, population="1e12"), "the population '1e12'"),
    (line(9000001, "Again", 4, 18), "the geonameid 9000001 is on an earlier line too"),
]


@pytest.mark.parametrize(("bad", "expected"), HOSTILE)
def test_a_bad_line_is_refused_naming_it_and_nothing_is_imported(store, tmp_path, bad, expected):
    set_mission_area(store, ["CF"])
    before = store.db.execute("SELECT * FROM places ORDER BY geonameid").fetchall()
    path = write(tmp_path, [GOOD[0], bad, *GOOD[1:]])
    with pytest.raises(GeoNamesFileError) as refused:
        import_geonames_file(store, path)
    text = str(refused.value)
    assert expected in text and "CF.txt" in text and "Nothing was imported" in text
    assert "line 2" in text
    assert store.db.execute("SELECT * FROM places ORDER BY geonameid").fetchall() == before


def test_a_file_that_is_not_utf8_too_big_or_empty_is_refused(store, tmp_path, monkeypatch):
    latin1 = tmp_path / "CF.txt"
    latin1.write_bytes(
        (GOOD[0] + "\n").encode() + line(2, "Ndomété", 7, 19).encode("latin-1") + b"\n"
    )
    with pytest.raises(GeoNamesFileError, match="line 2: it is not UTF-8 text"):
        import_geonames_file(store, latin1)
    empty = write(tmp_path, [GOOD[5]], "empty.txt")  # only an area: nothing kept
    with pytest.raises(GeoNamesFileError, match="holds no place"):
        import_geonames_file(store, empty)
    monkeypatch.setattr(geonames_file, "MAX_BYTES", 100)
    with pytest.raises(GeoNamesFileError, match=r"not allCountries\.txt"):
        import_geonames_file(store, write(tmp_path, GOOD, "allCountries.txt"))
    monkeypatch.setattr(geonames_file, "MAX_BYTES", 10**9)
    monkeypatch.setattr(geonames_file, "MAX_LINES", 3)
    with pytest.raises(GeoNamesFileError, match="more than 3 lines"):
        import_geonames_file(store, write(tmp_path, GOOD))
    with pytest.raises(GeoNamesFileError, match="cannot be read"):
        import_geonames_file(store, tmp_path / "missing.txt")
    assert place_count(store) == 0


def test_windows_line_endings_are_read_as_any_other(store, tmp_path):
    assert import_geonames_file(store, write(tmp_path, GOOD, ending="\r\n")) == 5
