"""MGRS grid lines: each line's points lie on its easting or northing, in its zone."""

from __future__ import annotations

from cimicdesk.domain.geo import BBox
from cimicdesk.domain.grid import grid_from_latlon
from cimicdesk.domain.mgrs_lines import (
    LineKind,
    grid_lines,
    spacings_for,
    zone_of,
)

# Around Kaga-Bandoro (Central African Republic), zones 33 and 34 either side of 18°E.
CAR = BBox(16.0, 5.0, 21.0, 9.0)
TOWN = BBox(19.10, 6.95, 19.25, 7.05)


def _digits(grid: str) -> tuple[str, str]:
    digits = grid[5:]
    return digits[:5], digits[5:]


def _near(value: str, target: str) -> bool:
    """Within a metre of a round value: the library works to the metre."""
    number, wanted = int(value), int(target)
    return min(abs(number - wanted), 100_000 - abs(number - wanted)) <= 1


def test_a_100_km_easting_line_lies_on_easting_00000_in_its_zone():
    lines = [line for line in grid_lines(CAR, 100_000) if line.kind is LineKind.EASTING]
    assert len(lines) >= 4  # about 550 km across, two zones
    for line in lines:
        for point in line.points:
            grid = grid_from_latlon(point.lat, point.lon)
            easting, _ = _digits(grid)
            assert _near(easting, "00000"), (line.value, grid)
            assert int(grid[:2]) == zone_of(point.lon)


def test_a_100_km_northing_line_lies_on_northing_00000():
    lines = [line for line in grid_lines(CAR, 100_000) if line.kind is LineKind.NORTHING]
    assert lines
    for line in lines:
        for point in line.points:
            _, northing = _digits(grid_from_latlon(point.lat, point.lon))
            assert _near(northing, "00000")


def test_the_zone_edge_at_18_east_is_a_line_of_its_own():
    edges = [line for line in grid_lines(CAR, 100_000) if line.kind is LineKind.ZONE]
    assert [line.value for line in edges] == [34]
    assert all(point.lon == 18.0 for point in edges[0].points)


def test_1_km_lines_fall_on_whole_kilometres_and_stay_in_the_box():
    lines = grid_lines(TOWN, 1_000)
    eastings = [line for line in lines if line.kind is LineKind.EASTING]
    assert 10 <= len(eastings) <= 20  # about 16 km across
    for line in lines:
        for point in line.points:
            assert TOWN.west - 1e-6 <= point.lon <= TOWN.east + 1e-6
            assert TOWN.south - 1e-6 <= point.lat <= TOWN.north + 1e-6
            easting, northing = _digits(grid_from_latlon(point.lat, point.lon))
            value = easting if line.kind is LineKind.EASTING else northing
            assert line.value % 1_000 == 0
            assert _near(value, str(line.value % 100_000).zfill(5)), (line, value)


def test_too_many_lines_for_the_box_gives_none():
    assert grid_lines(CAR, 1_000) == []
    assert grid_lines(BBox(10.0, -5.0, 30.0, 15.0), 100_000)  # the equator crossed


def test_finer_lines_appear_as_the_ground_per_pixel_shrinks():
    assert spacings_for(2_000.0) == (100_000,)
    assert spacings_for(200.0) == (100_000, 10_000)
    assert spacings_for(20.0) == (100_000, 10_000, 1_000)
