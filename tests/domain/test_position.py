"""Latitude/longitude as a GPS shows it, and any grid input made MGRS."""

import contextlib
import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cimicdesk.domain.geo import LatLon, distance_m
from cimicdesk.domain.grid import GridReferenceError, parse_grid
from cimicdesk.domain.position import (
    PositionError,
    grid_from_input,
    looks_like_position,
    parse_position,
    position_display,
)

KAGA = LatLon(6.9896, 19.1874)
KAGA_DMS = LatLon(6 + 59 / 60 + 22.6 / 3600, 19 + 11 / 60 + 14.6 / 3600)
NAIROBI = LatLon(-1.2921, 36.8219)


def close(a: LatLon, b: LatLon) -> bool:
    return math.isclose(a.lat, b.lat, abs_tol=1e-9) and math.isclose(a.lon, b.lon, abs_tol=1e-9)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("6.9896, 19.1874", KAGA),
        ("6.9896,19.1874", KAGA),
        ("6.9896 19.1874", KAGA),
        ("6.9896N 19.1874E", KAGA),
        ("6.9896 N, 19.1874 E", KAGA),
        ("n6.9896 e19.1874", KAGA),
        ("-1.2921 36.8219", NAIROBI),
        ("S1.2921 E36.8219", NAIROBI),
        ("1.2921S 36.8219E", NAIROBI),
        ("-1.2921S 36.8219", NAIROBI),  # a minus and S agree
        ("6°59.376'N 19°11.244'E", KAGA),
        ("6 59.376 N 19 11.244 E", KAGA),
        ("6°59'22.6\"N 19°11'14.6\"E", KAGA_DMS),
        ("6º59′22.6″N 19º11′14.6″E", KAGA_DMS),  # a phone's symbols
        ("6 59 22.6 N 19 11 14.6 E", KAGA_DMS),
        ("N 6 59 22.6 E 19 11 14.6", KAGA_DMS),
        ("6 59 22.6 19 11 14.6", KAGA_DMS),
        ("6°59'22.6\" 19°11'14.6\"", KAGA_DMS),
        ("19.1874E 6.9896N", KAGA),  # the letters say longitude first
        ("6.9896; 19.1874", KAGA),
        ("14.6928N 17.4467O", LatLon(14.6928, -17.4467)),  # O: ouest, as in French
    ],
)
def test_what_a_gps_or_phone_shows_is_read(typed, expected):
    assert close(parse_position(typed), expected)


def test_without_letters_the_first_number_is_the_latitude():
    """The documented rule: '19.18 6.98' is latitude 19.18, longitude 6.98."""
    assert parse_position("19.18 6.98") == LatLon(19.18, 6.98)


@pytest.mark.parametrize(
    ("typed", "words"),
    [
        ("95.1 19.18", ["Latitude 95.1", "beyond 90", "latitude first"]),
        ("6.98 190", ["Longitude 190", "beyond 180"]),
        ("6°61'N 19°11'E", ["Minutes 61", "0 to 59"]),
        ("6°59'60\"N 19°11'14\"E", ["Seconds 60", "0 to 59.9"]),
        ("-6.98N 19.18E", ["sign of -6.98", "letter N", "disagree"]),
        ("6.98 -19.18E", ["sign of -19.18", "letter E"]),
        ("6.98", ["one number", "latitude and a longitude"]),
        ("6.98N 19.18N", ["two latitudes"]),
        ("6.98E 19.18W", ["two longitudes"]),
        ("6,98, 19,18", ["more than one separator", "point for decimals"]),
        ("6 59 22.6 19 11", ["Cannot tell where the latitude ends"]),
        ("6.5°30', 19 10", ["only the last number"]),
        ("6'59°, 19 11", ["degrees, then minutes, then seconds"]),
        ("6 -59, 19 11", ["sign goes before the degrees"]),
        ("88.0 19.0", ["outside the MGRS grid"]),
    ],
)
def test_a_bad_position_says_what_is_wrong_and_how_to_write_it(typed, words):
    with pytest.raises(PositionError) as caught:
        grid_from_input(typed)
    text = str(caught.value.message)
    assert all(word in text for word in words), text


def test_a_position_error_is_a_grid_reference_error():
    """Every caller that handles a bad grid handles a bad position the same way."""
    with pytest.raises(GridReferenceError):
        grid_from_input("95 19")


@pytest.mark.parametrize(
    ("typed", "mgrs"),
    [
        ("34N DM 64090 37550", "34NDM6409037550"),
        ("34ndm6409037550", "34NDM6409037550"),
        ("6.9896, 19.1874", "34NBN99757298"),  # 10 m: a GPS claims no more
        ("6°59'22.6\"N 19°11'14.6\"E", "34NBN99757298"),
        ("-1.2921 36.8219", "37MBU57635707"),
    ],
)
def test_grid_from_any_input(typed, mgrs):
    assert grid_from_input(typed) == mgrs


def test_mgrs_whose_letters_are_all_compass_letters_stays_mgrs():
    """'31N EW…' is an MGRS shape, never read as a position; its own error is MGRS's."""
    assert not looks_like_position("31N EW 1234 5678")
    assert not looks_like_position("33N SE 12345 67890")
    assert looks_like_position("6.9896N 19.1874E")
    with pytest.raises(GridReferenceError) as caught:
        grid_from_input("33P TM 1234 567")
    assert not isinstance(caught.value, PositionError)


def test_the_display_is_degrees_minutes_seconds_and_reads_back():
    assert position_display(KAGA_DMS) == "6°59'22.6\"N 19°11'14.6\"E"
    assert position_display(NAIROBI) == "1°17'31.6\"S 36°49'18.8\"E"
    assert close(parse_position(position_display(KAGA_DMS)), KAGA_DMS)


# The MGRS grid's own span (80°S to 84°N) and the world's longitudes.
latitudes = st.floats(min_value=-79.9, max_value=83.9, allow_nan=False)
longitudes = st.floats(min_value=-179.9, max_value=179.9, allow_nan=False)


def _dms_text(value: float, letters: str) -> tuple[str, float]:
    """value as D°M'S.SSSS" with its letter, and the exact value that text stands for."""
    ten_thousandths = round(abs(value) * 3600 * 10_000)
    degrees, rest = divmod(ten_thousandths, 3600 * 10_000)
    minutes, rest = divmod(rest, 60 * 10_000)
    seconds = rest / 10_000
    letter = letters[0] if value >= 0 else letters[1]
    exact = degrees + minutes / 60 + seconds / 3600
    return f"{degrees}°{minutes}'{seconds:.4f}\"{letter}", exact if value >= 0 else -exact


@given(latitudes, longitudes)
def test_dms_and_decimal_of_the_same_point_give_the_same_mgrs(lat, lon):
    lat_text, lat_exact = _dms_text(lat, "NS")
    lon_text, lon_exact = _dms_text(lon, "EW")
    from_dms = grid_from_input(f"{lat_text} {lon_text}")
    from_decimal = grid_from_input(f"{lat_exact:.10f}, {lon_exact:.10f}")
    assert from_dms == from_decimal


@given(latitudes, longitudes)
def test_a_position_round_trips_through_its_text_and_its_mgrs(lat, lon):
    typed = f"{lat:.6f} {lon:.6f}"
    position = parse_position(typed)
    assert math.isclose(position.lat, round(lat, 6), abs_tol=1e-9)
    # The DMS display reads back within a tenth of a second (3 m).
    assert distance_m(parse_position(position_display(position)), position) < 3.5
    # The 10 m MGRS it became lies within 15 m of the position (its square's corner).
    ref = parse_grid(grid_from_input(typed))
    assert ref.precision_m == 10
    assert distance_m(LatLon(ref.lat, ref.lon), position) < 15


@given(st.text(max_size=60))
def test_garbage_raises_only_the_typed_error(text):
    with contextlib.suppress(GridReferenceError):
        grid_from_input(text)


position_alphabet = st.sampled_from(list("0123456789 .,;/°'\"NSEWnsew+-º′″"))


@given(st.text(position_alphabet, max_size=40))
def test_position_like_garbage_raises_only_the_typed_error(text):
    with contextlib.suppress(GridReferenceError):
        grid_from_input(text)


def test_a_very_long_text_is_refused_before_reading():
    with pytest.raises(PositionError) as caught:
        parse_position("1 " * 200)
    assert "Too long" in str(caught.value.message)
