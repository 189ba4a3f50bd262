"""The gazetteer (store/places.py): mission area, built-in places, suggestions, places in
a box, nearest place and '12 km NE of X' (domain/gazetteer.py's rule)."""

from __future__ import annotations

import pytest

from cimicdesk.domain.errors import InvalidValueError
from cimicdesk.domain.gazetteer import Place, relative_to
from cimicdesk.domain.geo import BBox, CompassPoint
from cimicdesk.store import places
from cimicdesk.store.places import (
    PLACES_ATTRIBUTION,
    countries,
    mission_area,
    nearest_place,
    places_in,
    relative_position,
    set_mission_area,
    suggest_places,
)

BANGUI = 2389853
CAR = BBox(14.0, 2.0, 28.0, 11.5)


def test_setting_the_mission_area_copies_its_countries_built_in_places(store):
    assert mission_area(store) == ()
    count = set_mission_area(store, ["cf", " CF "])
    assert mission_area(store) == ("CF",)
    assert count == places.place_count(store) > 40  # cities500 has 51 for the CAR
    (bangui,) = [p for p in places_in(store, CAR, limit=1)]
    assert (bangui.geonameid, bangui.name, bangui.country) == (BANGUI, "Bangui", "CF")
    assert bangui.population > 500_000 and bangui.feature == "P.PPL"
    # Another area replaces the built-in places of the first.
    chad = set_mission_area(store, ["TD"])
    assert mission_area(store) == ("TD",)
    assert places.place_count(store) == chad
    assert places_in(store, BBox(18.0, 4.0, 19.0, 5.0)) == []  # Bangui is gone
    assert suggest_places(store, "ndjam")[0].country == "TD"


def test_an_unknown_country_code_is_refused_and_nothing_changes(store):
    set_mission_area(store, ["CF"])
    with pytest.raises(InvalidValueError) as refused:
        set_mission_area(store, ["CF", "XX"])
    assert "'XX' is not a country code" in str(refused.value)
    assert mission_area(store) == ("CF",)
    assert {c.code for c in countries()} >= {"CF", "TD", "CD", "SS"}
    assert dict((c.code, c.name) for c in countries())["CF"] == "Central African Republic"


def test_suggestions_match_a_prefix_whatever_its_case_and_accents_biggest_first(store):
    set_mission_area(store, ["CF"])
    assert [p.name for p in suggest_places(store, "BEG")] == ["Bégoua"]
    assert [p.name for p in suggest_places(store, "bégo")] == ["Bégoua"]
    found = suggest_places(store, "b")
    assert found[0].name == "Bangui"
    assert [p.population for p in found] == sorted((p.population for p in found), reverse=True)
    assert len(suggest_places(store, "b", limit=2)) == 2
    assert suggest_places(store, "  ") == []
    assert suggest_places(store, "zzzq") == []


def test_places_in_a_box_come_largest_first(store):
    set_mission_area(store, ["CF"])
    around_bangui = BBox(18.2, 4.1, 18.8, 4.6)
    found = places_in(store, around_bangui)
    assert [p.name for p in found[:2]] == ["Bangui", "Bimbo"]
    assert all(around_bangui.contains(p.lat, p.lon) for p in found)
    assert len(places_in(store, CAR, limit=5)) == 5


def test_nearest_place_and_relative_position_from_the_built_in_places(store):
    set_mission_area(store, ["CF"])
    assert nearest_place(store, 4.3612, 18.5550).name == "Bangui"
    at = relative_position(store, 4.3615, 18.5552)
    assert at is not None and at.point is None and at.place.name == "Bangui"
    # About 12 km south-east of Bangui's centre (north-east, Bégoua is nearer).
    off = relative_position(store, 4.3612 - 0.077, 18.5550 + 0.077)
    assert off is not None and off.place.name == "Bangui"
    assert off.point == CompassPoint.SE and 11 < off.distance_km < 13
    assert relative_position(store, -30.0, 0.0) is None  # nothing within 100 km


def place(gid, lat, lon, population=0, feature="P.PPL", name=None):
    return Place(gid, name or f"P{gid}", lat, lon, "CF", "", population, feature)


def test_the_rule_prefers_a_sizeable_town_to_a_nearer_hamlet():
    hamlet = place(1, 6.0, 19.02, population=0)  # ~2.2 km away
    town = place(2, 6.0, 19.03, population=25_000)  # ~3.3 km away
    seat = place(3, 6.0, 19.2, population=0, feature="P.PPLA2")  # sub-prefecture, no figure
    hill = place(4, 6.0, 19.001, feature="T.HLL")
    chosen = relative_to(6.0, 19.0, [hamlet, town, seat, hill])
    assert chosen is not None and chosen.place == town and chosen.point == CompassPoint.W
    # within 1 km of the hamlet the record is *at* it, whatever its size
    at = relative_to(6.0, 19.019, [hamlet, town])
    assert at is not None and at.place == hamlet and at.point is None
    # no sizeable place within 30 km: the nearest of any size
    far = relative_to(6.0, 19.0, [hamlet, place(5, 6.0, 19.5, population=90_000)])
    assert far is not None and far.place == hamlet
    # a seat of government counts as sizeable with no population recorded
    assert relative_to(6.0, 19.0, [place(6, 6.0, 19.05), seat]).place == seat
    assert relative_to(6.0, 19.0, [hill]) is None
    assert relative_to(6.0, 19.0, [place(7, 8.0, 19.0)]) is None  # 222 km


def test_the_attribution_names_geonames_and_its_licence():
    assert "GeoNames" in str(PLACES_ATTRIBUTION) and "CC BY 4.0" in str(PLACES_ATTRIBUTION)
