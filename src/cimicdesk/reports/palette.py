"""The reports' one palette of series colours: apart in colour and in grey print."""

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
