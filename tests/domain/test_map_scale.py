"""The scale bar's round distances."""

from __future__ import annotations

import pytest

from cimicdesk.domain.map_scale import distance_text, scale_bar


@pytest.mark.parametrize(
    ("metres_per_pixel", "metres", "text"),
    [(1.0, 100, "100 m"), (10.0, 1000, "1 km"), (25.0, 2000, "2 km"), (600.0, 50_000, "50 km")],
)
def test_the_bar_is_a_round_distance_that_fits(metres_per_pixel, metres, text):
    got, pixels = scale_bar(metres_per_pixel, 120)
    assert got == metres
    assert distance_text(got) == text
    assert pixels <= 120
    assert pixels == pytest.approx(metres / metres_per_pixel)
    assert pixels > 120 / 5  # never needlessly short: the next round number would not fit


def test_no_room_is_refused():
    with pytest.raises(ValueError, match="positive"):
        scale_bar(0.0, 100)
