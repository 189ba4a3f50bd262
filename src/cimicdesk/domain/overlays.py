"""Vector overlays for the map: named points, lines and polygons in WGS84 (lat, lon)."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

# One vertex as (lat, lon) in decimal degrees; a part is a line or a polygon's ring.
Vertex = tuple[float, float]
Part = tuple[Vertex, ...]


class OverlayKind(StrEnum):
    """How a feature is drawn: markers, lines, or filled rings."""

    POINTS = "points"
    LINES = "lines"
    POLYGONS = "polygons"


@dataclass(frozen=True)
class OverlayFeature:
    """One feature: its kind, its name ('' when it has none), and its parts.

    POINTS: one part holding every point; LINES: one part per line; POLYGONS: one part per
    ring (outer rings and holes alike, as the file gave them).
    """

    kind: OverlayKind
    name: str
    parts: tuple[Part, ...]


@dataclass(frozen=True)
class Overlay:
    """The features read from one file, and the file's name (for the legend)."""

    source: str
    features: tuple[OverlayFeature, ...]

    @property
    def vertex_count(self) -> int:
        return sum(len(part) for f in self.features for part in f.parts)
