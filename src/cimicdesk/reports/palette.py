"""The one palette of series colours (apart in colour and in grey print) and of the JIAF
severity scale, for the reports and the window alike."""

from __future__ import annotations

# Charts (charts.py) and maps (report_maps.py) draw with the same colours, in this order.
SERIES_HEX = (
    "#2f4858",
    "#d1495b",
    "#edae49",
    "#00798c",
    "#8d6a9f",
    "#66a182",
    "#b56576",
    "#3d5a80",
    "#9c6644",
    "#7d8597",
    "#1b998b",
    "#c5d86d",
    "#6d597a",
    "#e56b6f",
)

# The JIAF severity scale's colours, 1 (minimal) to 5 (catastrophic): a sequential scale,
# pale to dark (ColorBrewer OrRd 5, as the humanitarian severity maps read), each step apart
# from its neighbours in grey print too; level 1 is no green "all clear": it is the bottom
# of a scale of need. The window (ui/severity.py, the trend, the map) and the report maps
# colour a severity with these, keyed by Severity's value; the ink is the text on each.
SEVERITY_HEX = {"1": "#fef0d9", "2": "#fdcc8a", "3": "#fc8d59", "4": "#e34a33", "5": "#b30000"}
SEVERITY_INK_HEX = {"1": "#3d2a00", "2": "#3d2a00", "3": "#2b1000", "4": "#ffffff", "5": "#ffffff"}
NOT_RATED_HEX = "#9a9a9a"  # an assessment with no sector rated (its map symbol)
