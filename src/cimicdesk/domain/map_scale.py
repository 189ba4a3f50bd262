"""The map's scale bar: the longest round distance (1, 2 or 5 × 10^k m) that fits."""

from __future__ import annotations

import math


def scale_bar(metres_per_pixel: float, max_pixels: float) -> tuple[int, float]:
    """The distance in metres the bar stands for and its length in pixels (at most
    max_pixels): 1, 2 or 5 times a power of ten, at least 1 m."""
    if metres_per_pixel <= 0 or max_pixels <= 0:
        raise ValueError("the scale needs a positive ground resolution and room")
    longest = metres_per_pixel * max_pixels
    power = 10 ** math.floor(math.log10(longest))
    metres = max((m * power for m in (1, 2, 5) if m * power <= longest), default=power)
    metres = max(1, round(metres))
    return metres, metres / metres_per_pixel


def distance_text(metres: int) -> str:
    """'500 m', '2 km', '200 km': the bar's label (units are SI symbols, never translated)."""
    if metres >= 1000:
        return f"{metres // 1000} km"
    return f"{metres} m"
