"""Web Mercator projection, distance and bearing (domain/geo.py)."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cimicdesk.domain import geo
from cimicdesk.domain.geo import CompassPoint, LatLon


def test_the_projection_puts_null_island_at_the_centre_and_tiles_north_up() -> None:
    assert geo.to_world(0.0, 0.0) == pytest.approx((0.5, 0.5))
    # x grows east, y grows south, as tile numbers do.
    x_east, _ = geo.to_world(0.0, 10.0)
    _, y_north = geo.to_world(10.0, 0.0)
    assert x_east > 0.5 and y_north < 0.5
    assert geo.to_world(geo.MAX_LATITUDE, -180.0) == pytest.approx((0.0, 0.0), abs=1e-9)


@given(st.floats(-85.0, 85.0), st.floats(-180.0, 180.0))
def test_projecting_and_back_gives_the_same_position(lat: float, lon: float) -> None:
    back = geo.from_world(*geo.to_world(lat, lon))
    assert back.lat == pytest.approx(lat, abs=1e-9)
    assert back.lon == pytest.approx(lon, abs=1e-9)


def test_distance_and_bearing_between_known_towns() -> None:
    # Bangui to Kaga-Bandoro: about 300 km, north.
    bangui, kaga = LatLon(4.3612, 18.5550), LatLon(6.9896, 19.1874)
    assert geo.distance_m(bangui, kaga) == pytest.approx(299_700, rel=0.01)
    assert geo.compass_point(geo.bearing_deg(bangui, kaga)) is CompassPoint.N
    assert geo.bearing_deg(LatLon(0, 0), LatLon(0, 1)) == pytest.approx(90.0)
    assert geo.distance_m(LatLon(0, 0), LatLon(0, 1)) == pytest.approx(
        math.radians(1) * geo.EARTH_RADIUS_M
    )


@pytest.mark.parametrize(
    ("bearing", "point"),
    [(0, "N"), (22.4, "N"), (22.6, "NE"), (135, "SE"), (200, "S"), (292, "W"), (338, "N")],
)
def test_compass_points_are_the_nearest_of_eight(bearing: float, point: str) -> None:
    assert geo.compass_point(bearing) == point


def test_a_world_rectangle_becomes_a_lat_lon_box() -> None:
    box = geo.world_bbox(*geo.to_world(5.0, 18.0), *geo.to_world(3.0, 20.0))
    assert (box.west, box.south, box.east, box.north) == pytest.approx((18.0, 3.0, 20.0, 5.0))
    assert box.contains(4.0, 19.0) and not box.contains(6.0, 19.0)
