"""cimicdesk init --mission-area and cimicdesk places: the gazetteer from the command line."""

from __future__ import annotations

from cimicdesk.cli import main
from cimicdesk.store.database import open_database
from cimicdesk.store.places import mission_area, place_count, suggest_places

GEONAMES_LINE = "\t".join(
    [
        "9000001",
        "Ndomété",
        "Ndomete",
        "",
        "7.0213",
        "19.2097",
        "P",
        "PPL",
        "CF",
        "",
        "04",
        "",
        "",
        "",
        "0",
        "",
        "450",
        "Africa/Bangui",
        "2024-03-01",
    ]
)


def _init(path, *more):
    return main(["init", str(path), "--unit", "BANBAT 1", "--level", "battalion", *more])


def test_init_with_a_mission_area_copies_its_places(tmp_path, capsys):
    path = tmp_path / "bn1.sqlite"
    assert _init(path, "--mission-area", "cf") == 0
    with open_database(path) as store:
        assert mission_area(store) == ("CF",)
        assert suggest_places(store, "bangui")[0].name == "Bangui"


def test_init_refuses_an_unknown_country_and_creates_nothing(tmp_path, capsys):
    path = tmp_path / "bn1.sqlite"
    assert _init(path, "--mission-area", "CF,XX") == 2
    assert "'XX' is not a country code" in capsys.readouterr().err
    assert not path.exists()


def test_places_sets_the_area_imports_a_file_and_shows_both(tmp_path, capsys):
    path = tmp_path / "bn1.sqlite"
    assert _init(path) == 0
    capsys.readouterr()
    assert main(["places", str(path)]) == 0
    assert "mission area  not set" in capsys.readouterr().out
    geonames = tmp_path / "CF.txt"
    geonames.write_text(GEONAMES_LINE + "\n", encoding="utf-8")
    assert main(["places", str(path), "--mission-area", "CF,TD", "--import", str(geonames)]) == 0
    out = capsys.readouterr().out
    assert "Imported 1 places from CF.txt" in out
    assert "CF (Central African Republic), TD (Chad)" in out and "GeoNames" in out
    with open_database(path) as store:
        assert mission_area(store) == ("CF", "TD")
        assert suggest_places(store, "ndomete")[0].geonameid == 9000001
        held = place_count(store)
    geonames.write_text(GEONAMES_LINE.replace("7.0213", "97.0213") + "\n", encoding="utf-8")
    assert main(["places", str(path), "--import", str(geonames)]) == 2
    err = capsys.readouterr().err
    assert "CF.txt, line 1: the latitude '97.0213' is not a number from -90 to 90" in err
    with open_database(path) as store:
        assert place_count(store) == held
