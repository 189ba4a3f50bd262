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

# The JIAF severity scale's colours, 1 (minimal) to 5 (catastrophic): the pale-yellow to
# dark-red ramp of OCHA's severity maps in the Humanitarian Needs Overviews, each step
# apart from its neighbours in grey print too. The trend view, the window's map and the
# report maps colour a severity with these, keyed by Severity's value.
SEVERITY_HEX = {
    "1": "#fff3b0",
    "2": "#fdc961",
    "3": "#f28b30",
    "4": "#d3302a",
    "5": "#6e0b0b",
}
# The ink written on each of them (dark on the light ones, white on the dark ones).
SEVERITY_INK_HEX = {"1": "#1a1a1a", "2": "#1a1a1a", "3": "#1a1a1a", "4": "#ffffff", "5": "#ffffff"}
NOT_RATED_HEX = "#9a9a9a"  # an assessment with no sector rated (its map symbol)
