"""Labelled enumerations and the fixed-width UTC timestamps."""

from datetime import UTC, datetime, timedelta, timezone

import pytest

from cimicdesk.domain.enums import LiaisonType, OrgType
from cimicdesk.domain.timeutil import display_stamp, from_stamp, is_stamp, parse_date, to_stamp


def test_parse_accepts_value_or_label():
    assert LiaisonType.parse("kle") is LiaisonType.KLE
    assert LiaisonType.parse("Key leader engagement") is LiaisonType.KLE
    with pytest.raises(ValueError, match="is not one of"):
        OrgType.parse("spaceship")


def test_stamps_are_fixed_width_utc_and_round_trip():
    moment = datetime(2026, 3, 4, 5, 6, 7, 890000, tzinfo=timezone(timedelta(hours=1)))
    stamp = to_stamp(moment)
    assert stamp == "2026-03-04T04:06:07.890Z"
    assert is_stamp(stamp) and len(stamp) == 24
    assert from_stamp(stamp) == moment.astimezone(UTC)
    assert display_stamp(stamp) == "2026-03-04 04:06Z"


def test_naive_datetimes_and_bad_text_are_refused():
    with pytest.raises(ValueError):
        to_stamp(datetime(2026, 1, 1))
    with pytest.raises(ValueError, match="not a UTC timestamp"):
        from_stamp("2026-01-01 10:00")
    with pytest.raises(ValueError, match="YYYY-MM-DD"):
        parse_date("31/12/2026")
