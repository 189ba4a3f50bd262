"""A situation map as a picture, drawn with Pillow: basemap tiles, places, records, legend.

Reports never import Qt, so the map of a sitrep or a brief is drawn here: the area fitted
to the records (fit_area), the largest whole zoom that shows it (tiles then print at their
own resolution), the tiles of a map file (MBTiles) where one covers the area, else a plain
background; overlays, the gazetteer's places (labelled by size), the records as symbols,
a scale bar, a north arrow, the attribution, and the legend in a strip under the map so
it never hides a position. Every text comes in finished, in the report's language; the
projection is domain/geo.py's.
"""

from __future__ import annotations

import io
import math
import warnings
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from functools import cache
from importlib import resources
from typing import Protocol

from PIL import Image, ImageDraw, ImageFont, UnidentifiedImageError

from cimicdesk.domain.geo import (
    TILE_SIZE,
    BBox,
    LatLon,
    distance_m,
    from_world,
    metres_per_world_unit,
    to_world,
)
from cimicdesk.domain.map_scale import scale_bar
from cimicdesk.domain.mgrs_lines import SPACINGS_M, LineKind, grid_lines
from cimicdesk.domain.overlays import Overlay, OverlayKind
from cimicdesk.store.mbtiles import MbTiles, MbTilesError

RGB = tuple[int, int, int]
WIDTH = 1200  # pixels: ~170 dpi across an A4 page's text width
MAP_HEIGHT = 1250
MIN_SPAN_M = 20_000.0  # never zoom in closer than ~20 km across: a map, not a site plan
MARGIN = 0.12  # of the records' extent, on every side
MAX_ZOOM = 16
MAX_PLACES = 60  # labels drawn at most (the largest first)
MAX_TILES = 400  # tiles read for one map at most (a far-zoomed-out file is skipped)
MARKER = 26  # a record's symbol, in pixels
REACH = MARKER // 2 + 10  # around a record's spot (and its flash ring) no place name is written
STACK_PX = MARKER * 3 // 4  # records closer than this are one stack, its count written beside it
BADGE_SIZE = 20
BACKGROUND: RGB = (238, 236, 228)
WATER_INK: RGB = (120, 120, 120)
INK: RGB = (27, 31, 36)
MUTED: RGB = (91, 99, 110)
FLASH_RING: RGB = (200, 0, 0)
HALO: RGB = (255, 255, 255)
OVERLAY_INK = (70, 70, 160)  # overlays' lines and points: apart from the records' colours
GRID_INK = (40, 90, 160, 150)  # MGRS lines: blue, see-through, under places and records
GRID_GAP_PX = 80  # a spacing is drawn when its lines are at least this far apart


class Shape(StrEnum):
    """A record kind's symbol."""

    CIRCLE = "circle"  # incident
    SQUARE = "square"  # QIP
    TRIANGLE = "triangle"  # organisation office
    DIAMOND = "diamond"  # liaison meeting
    HEXAGON = "hexagon"  # support request


@dataclass(frozen=True)
class Marker:
    """A record on the map: where, its symbol and colour; ring: a second outline (flash)."""

    lat: float
    lon: float
    shape: Shape
    colour: RGB
    ring: RGB | None = None


@dataclass(frozen=True)
class LegendItem:
    """One line of the legend: a symbol (or a colour swatch when shape is None) and text."""

    label: str
    colour: RGB
    shape: Shape | None = None
    ring: RGB | None = None


class PlaceLike(Protocol):
    """What a place must have to be drawn (store/places.py's Place has it)."""

    @property
    def name(self) -> str: ...
    @property
    def lat(self) -> float: ...
    @property
    def lon(self) -> float: ...
    @property
    def population(self) -> int: ...


@dataclass(frozen=True)
class MapPlace:
    """A place to draw, when the caller has no gazetteer Place at hand."""

    name: str
    lat: float
    lon: float
    population: int = 0


@dataclass(frozen=True)
class MapView:
    """Where the map's pixels lie on the world: zoom and the world point at pixel (0, 0)."""

    zoom: int
    left: float  # world x of the image's left edge
    top: float  # world y of the image's top edge
    width: int
    height: int

    @property
    def scale(self) -> float:
        """Pixels per normalised world unit."""
        return float(TILE_SIZE * 2**self.zoom)

    def pixel_of(self, lat: float, lon: float) -> tuple[float, float]:
        x, y = to_world(lat, lon)
        return ((x - self.left) * self.scale, (y - self.top) * self.scale)

    @property
    def area(self) -> BBox:
        north_west = from_world(self.left, self.top)
        south_east = from_world(
            self.left + self.width / self.scale, self.top + self.height / self.scale
        )
        return BBox(north_west.lon, south_east.lat, south_east.lon, north_west.lat)


@dataclass(frozen=True)
class MapImage:
    """The map drawn: its PNG, the view of its map part, and where each place's label went."""

    png: bytes
    view: MapView
    size: tuple[int, int]
    labels: dict[str, tuple[int, int, int, int]] = field(default_factory=dict)
    basemap_drawn: bool = False


@cache
def font(size: int, bold: bool = False) -> ImageFont.FreeTypeFont:
    """DejaVu Sans from the package (the reports' font; never a system one)."""
    name = "DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf"
    data = (resources.files("cimicdesk.reports") / "fonts" / name).read_bytes()
    return ImageFont.truetype(io.BytesIO(data), size)


def fit_area(
    positions: Iterable[tuple[float, float]], min_span_m: float = MIN_SPAN_M
) -> BBox | None:
    """A box around (lat, lon) positions with a margin, at least min_span_m across each
    way (one record still shows its surroundings); None for no positions."""
    points = list(positions)
    if not points:
        return None
    south, north = min(p[0] for p in points), max(p[0] for p in points)
    west, east = min(p[1] for p in points), max(p[1] for p in points)
    mid_lat = (south + north) / 2
    metres_per_deg_lat = 111_320.0
    metres_per_deg_lon = max(1.0, metres_per_deg_lat * math.cos(math.radians(mid_lat)))
    half_h = max((north - south) * (1 + 2 * MARGIN), min_span_m / metres_per_deg_lat) / 2
    half_w = max((east - west) * (1 + 2 * MARGIN), min_span_m / metres_per_deg_lon) / 2
    mid_lon = (west + east) / 2
    return BBox(
        max(-180.0, mid_lon - half_w),
        max(-85.0, mid_lat - half_h),
        min(180.0, mid_lon + half_w),
        min(85.0, mid_lat + half_h),
    )


def view_of(area: BBox, width: int = WIDTH, height: int = MAP_HEIGHT) -> MapView:
    """The largest whole zoom at which `area` fits the picture, centred on it."""
    x0, y0 = to_world(area.north, area.west)
    x1, y1 = to_world(area.south, area.east)
    span_x, span_y = max(x1 - x0, 1e-12), max(y1 - y0, 1e-12)
    zoom = 0
    for z in range(MAX_ZOOM, -1, -1):
        if span_x * TILE_SIZE * 2**z <= width and span_y * TILE_SIZE * 2**z <= height:
            zoom = z
            break
    scale = TILE_SIZE * 2**zoom
    centre_x, centre_y = (x0 + x1) / 2, (y0 + y1) / 2
    return MapView(zoom, centre_x - width / 2 / scale, centre_y - height / 2 / scale, width, height)


# --- drawing ------------------------------------------------------------------------------


def _draw_tiles(canvas: Image.Image, view: MapView, basemap: MbTiles) -> bool:
    """Paste the map file's tiles under the view; True when at least one was drawn.

    Tiles come from the file's nearest zoom: scaled up (at most 8×) when the file stops
    short of the view's zoom, down (at most 4×) when it starts above it.
    """
    tz = min(max(view.zoom, basemap.min_zoom), basemap.max_zoom)
    factor = 2.0 ** (view.zoom - tz)
    if not 0.25 <= factor <= 8:
        return False
    tile_px = TILE_SIZE * factor
    n = 2**tz
    first_x = math.floor(view.left * n)
    first_y = math.floor(view.top * n)
    last_x = math.floor((view.left + view.width / view.scale) * n)
    last_y = math.floor((view.top + view.height / view.scale) * n)
    if (last_x - first_x + 1) * (last_y - first_y + 1) > MAX_TILES:
        return False
    drawn = False
    size = max(1, round(tile_px))
    for tx in range(max(0, first_x), min(n - 1, last_x) + 1):
        for ty in range(max(0, first_y), min(n - 1, last_y) + 1):
            try:
                data = basemap.tile(tz, tx, ty)
            except MbTilesError:
                return drawn  # a damaged file: what was drawn stays, the rest is plain
            if data is None:
                continue
            try:
                with warnings.catch_warnings():
                    warnings.simplefilter("error", Image.DecompressionBombWarning)
                    opened = Image.open(io.BytesIO(data))
                    if max(opened.size) > 1024:
                        continue  # a tile is 256 or 512 px; anything else is not one
                    tile: Image.Image = opened.convert("RGB")
            except (
                UnidentifiedImageError,
                OSError,
                ValueError,
                Image.DecompressionBombWarning,
                Image.DecompressionBombError,
            ):
                continue  # one bad tile leaves a hole, not a failed report
            if tile.size != (size, size):
                tile = tile.resize((size, size), Image.Resampling.BILINEAR)
            px = round((tx / n - view.left) * view.scale)
            py = round((ty / n - view.top) * view.scale)
            canvas.paste(tile, (px, py))
            drawn = True
    return drawn


def _draw_overlays(draw: ImageDraw.ImageDraw, view: MapView, overlays: Sequence[Overlay]) -> None:
    ink = OVERLAY_INK
    for overlay in overlays:
        for feature in overlay.features:
            for part in feature.parts:
                points = [view.pixel_of(lat, lon) for lat, lon in part]
                if feature.kind is OverlayKind.POINTS:
                    for x, y in points:
                        draw.ellipse((x - 3, y - 3, x + 3, y + 3), fill=ink)
                elif len(points) >= 2:
                    closed = feature.kind is OverlayKind.POLYGONS
                    draw.line(points + points[:1] if closed else points, fill=ink, width=3)


def _draw_grid(draw: ImageDraw.ImageDraw, view: MapView) -> None:
    """The MGRS grid (domain/mgrs_lines.py, as the Map page draws it): 100 km lines and
    zone edges bold, the finest spacing at least GRID_GAP_PX apart thin, each of those
    labelled at the top and left edges with its two kilometre digits, as a paper map."""
    centre = from_world(
        view.left + view.width / 2 / view.scale, view.top + view.height / 2 / view.scale
    )
    metres_per_px = metres_per_world_unit(centre.lat) / view.scale
    fine = min((s for s in SPACINGS_M if s / metres_per_px >= GRID_GAP_PX), default=SPACINGS_M[0])
    face = font(16)
    for spacing in sorted({SPACINGS_M[0], fine}, reverse=True):
        for line in grid_lines(view.area, spacing):
            points = [view.pixel_of(p.lat, p.lon) for p in line.points]
            bold = line.kind is LineKind.ZONE or line.value % SPACINGS_M[0] == 0
            draw.line(points, fill=GRID_INK, width=2 if bold else 1)
            if spacing != fine or fine == SPACINGS_M[0] or line.kind is LineKind.ZONE:
                continue
            label = f"{(line.value // 1000) % 100:02d}"
            if line.kind is LineKind.EASTING:
                x = min(points, key=lambda p: p[1])[0]  # where it meets the top edge
                if 20 < x < view.width - 100:
                    draw.text(
                        (x + 3, 4),
                        label,
                        font=face,
                        fill=GRID_INK[:3],
                        stroke_width=2,
                        stroke_fill=HALO,
                    )
            else:
                y = min(points, key=lambda p: p[0])[1]  # where it meets the left edge
                if 20 < y < view.height - 120:
                    draw.text(
                        (4, y - 18),
                        label,
                        font=face,
                        fill=GRID_INK[:3],
                        stroke_width=2,
                        stroke_fill=HALO,
                    )


def _text_box(
    draw: ImageDraw.ImageDraw, xy: tuple[float, float], text: str, face: ImageFont.FreeTypeFont
) -> tuple[int, int, int, int]:
    left, top, right, bottom = draw.textbbox(xy, text, font=face)
    return (int(left), int(top), int(right), int(bottom))


def _overlaps(box: tuple[int, int, int, int], taken: list[tuple[int, int, int, int]]) -> bool:
    return any(box[0] < t[2] and t[0] < box[2] and box[1] < t[3] and t[1] < box[3] for t in taken)


def _place_style(population: int) -> tuple[int, bool, int]:
    """Font size, bold, dot radius of a place by its population."""
    if population >= 100_000:
        return 26, True, 7
    if population >= 20_000:
        return 22, True, 5
    if population >= 5_000:
        return 19, False, 4
    return 17, False, 3


def _draw_places(
    draw: ImageDraw.ImageDraw,
    view: MapView,
    places: Sequence[PlaceLike],
    taken: list[tuple[int, int, int, int]],
) -> dict[str, tuple[int, int, int, int]]:
    """Dots and names, the largest places first; a name that would cover another is left off.

    taken: boxes of the records and the map's furniture (scale bar, north arrow,
    attribution): a name never covers one, a dot may sit under a record (drawn over it);
    neither a name nor a dot covers another place's.
    """
    labels: dict[str, tuple[int, int, int, int]] = {}
    placed: list[tuple[int, int, int, int]] = []  # the names and dots drawn so far
    ranked = sorted(places, key=lambda p: (-p.population, p.name))
    for place in ranked[:MAX_PLACES]:
        x, y = view.pixel_of(place.lat, place.lon)
        if not (0 <= x < view.width and 0 <= y < view.height):
            continue
        size, bold, radius = _place_style(place.population)
        face = font(size, bold)
        name = " ".join(place.name.split())[:40]
        dot = (int(x - radius), int(y - radius), int(x + radius), int(y + radius))
        # The name to the right of its dot, else left, above or below: never over a record,
        # another name or the map's furniture; a place with no room for its name is left off.
        right = _text_box(draw, (x + radius + 5, y - size / 2 - 2), name, face)
        w, h = right[2] - right[0], right[3] - right[1]
        # Beside the dot first; then clear of a record drawn on the town (REACH further).
        candidates = [
            box
            for gap in (radius + 5, REACH + 6)
            for box in (
                (int(x + gap), right[1], int(x + gap + w), right[3]),
                (int(x - gap - w), right[1], int(x - gap), right[3]),
                (int(x - w / 2), int(y - gap - h), int(x + w / 2), int(y - gap)),
                (int(x - w / 2), int(y + gap), int(x + w / 2), int(y + gap + h)),
            )
        ]
        inside = [
            b
            for b in candidates
            if b[0] >= 4 and b[1] >= 4 and b[2] <= view.width - 4 and b[3] <= view.height - 4
        ]
        box = next((b for b in inside if not _overlaps(b, taken + placed)), None)
        if box is None or _overlaps(dot, placed):
            continue
        draw.ellipse(dot, fill=INK, outline=HALO, width=2)
        # textbbox includes the glyphs' offset from the anchor: draw back at the same offset.
        draw.text(
            (box[0] - (right[0] - (x + radius + 5)), box[1] - (right[1] - (y - size / 2 - 2))),
            name,
            font=face,
            fill=INK,
            stroke_width=3,
            stroke_fill=HALO,
        )
        placed += [box, dot]
        labels[place.name] = box
    return labels


def _symbol(
    draw: ImageDraw.ImageDraw,
    x: float,
    y: float,
    shape: Shape,
    colour: RGB,
    size: float = MARKER,
    ring: RGB | None = None,
) -> None:
    r = size / 2
    if ring is not None:
        draw.ellipse((x - r - 7, y - r - 7, x + r + 7, y + r + 7), outline=ring, width=4)
    outline, width = INK, 2
    if shape is Shape.CIRCLE:
        draw.ellipse((x - r, y - r, x + r, y + r), fill=colour, outline=outline, width=width)
    elif shape is Shape.SQUARE:
        draw.rectangle((x - r, y - r, x + r, y + r), fill=colour, outline=outline, width=width)
    elif shape is Shape.TRIANGLE:
        points = [(x, y - r * 1.15), (x + r * 1.1, y + r * 0.85), (x - r * 1.1, y + r * 0.85)]
        draw.polygon(points, fill=colour, outline=outline, width=width)
    elif shape is Shape.DIAMOND:
        points = [(x, y - r * 1.2), (x + r * 1.2, y), (x, y + r * 1.2), (x - r * 1.2, y)]
        draw.polygon(points, fill=colour, outline=outline, width=width)
    else:
        draw.regular_polygon((x, y, r * 1.1), 6, fill=colour, outline=outline, width=width)


def _stacks(points: Sequence[tuple[float, float]]) -> list[tuple[tuple[float, float], int]]:
    """Records drawn on one another (within STACK_PX): each stack's first spot and size."""
    stacks: list[list[float]] = []  # x, y, count
    for x, y in points:
        for stack in stacks:
            if abs(stack[0] - x) <= STACK_PX and abs(stack[1] - y) <= STACK_PX:
                stack[2] += 1
                break
        else:
            stacks.append([x, y, 1])
    return [((x, y), int(n)) for x, y, n in stacks]


def _badge_at(xy: tuple[float, float]) -> tuple[float, float]:
    """Where a stack's count is written: above right of its symbol."""
    return (xy[0] + MARKER / 2 + 2, xy[1] - MARKER / 2 - BADGE_SIZE)


def _draw_scale_and_north(
    draw: ImageDraw.ImageDraw, view: MapView, distance_label: Callable[[float], str]
) -> None:
    centre = from_world(
        view.left + view.width / 2 / view.scale, view.top + view.height / 2 / view.scale
    )
    metres_per_px = metres_per_world_unit(centre.lat) / view.scale
    length_m, bar = scale_bar(metres_per_px, view.width / 4)  # the window's rule too
    face = font(18)
    label = distance_label(length_m)
    x0, y0 = 24, view.height - 70
    draw.rectangle((x0 - 10, y0 - 34, x0 + bar + 16, y0 + 22), fill=(255, 255, 255, 210))
    half = bar / 2
    draw.rectangle((x0, y0, x0 + half, y0 + 10), fill=INK)
    draw.rectangle((x0 + half, y0, x0 + bar, y0 + 10), fill=HALO, outline=INK, width=2)
    draw.rectangle((x0, y0, x0 + bar, y0 + 10), outline=INK, width=2)
    draw.text((x0, y0 - 30), label, font=face, fill=INK)
    # North arrow, top right: the map is north-up (Web Mercator).
    nx, ny = view.width - 48, 30
    draw.rectangle((nx - 26, ny - 8, nx + 26, ny + 78), fill=(255, 255, 255, 210))
    draw.polygon([(nx, ny), (nx + 16, ny + 44), (nx, ny + 34)], fill=INK)
    draw.polygon([(nx, ny), (nx - 16, ny + 44), (nx, ny + 34)], fill=HALO, outline=INK)
    draw.text((nx, ny + 62), "N", font=font(20, True), fill=INK, anchor="mm")


def _draw_attribution(draw: ImageDraw.ImageDraw, view: MapView, lines: Sequence[str]) -> None:
    text = " · ".join(line for line in lines if line)
    if not text:
        return
    face = font(15)
    while text and draw.textlength(text, font=face) > view.width - 20:
        text = text[:-2].rstrip() + "…"
    width = draw.textlength(text, font=face)
    x = view.width - width - 10
    draw.rectangle((x - 6, view.height - 24, view.width, view.height), fill=(255, 255, 255, 210))
    draw.text((x, view.height - 21), text, font=face, fill=MUTED)


def _legend_height(items: Sequence[LegendItem], width: int, title: str) -> int:
    if not items and not title:
        return 0
    columns = 2 if width < 1400 else 3
    rows = math.ceil(len(items) / columns)
    return 20 + (36 if title else 0) + rows * 34 + 10


def _draw_legend(
    draw: ImageDraw.ImageDraw, top: int, width: int, items: Sequence[LegendItem], title: str
) -> None:
    columns = 2 if width < 1400 else 3
    column_width = (width - 40) / columns
    draw.line((0, top, width, top), fill=INK, width=2)
    y = top + 14
    if title:
        draw.text((20, y), title, font=font(20, True), fill=INK)
        y += 36
    face = font(18)
    rows = math.ceil(len(items) / columns)
    for index, item in enumerate(items):
        column, row = divmod(index, rows) if rows else (0, 0)
        x = 20 + column * column_width
        cy = y + row * 34 + 12
        if item.shape is None:
            draw.rectangle((x, cy - 10, x + 28, cy + 10), fill=item.colour, outline=INK, width=2)
        else:
            _symbol(draw, x + 14, cy, item.shape, item.colour, size=16, ring=item.ring)
        text = item.label
        room = column_width - 60
        while text and draw.textlength(text, font=face) > room:
            text = text[:-2].rstrip() + "…"
        draw.text((x + 44, cy - 11), text, font=face, fill=INK)


def render_map(
    markers: Sequence[Marker],
    *,
    places: Sequence[PlaceLike] = (),
    legend: Sequence[LegendItem] = (),
    legend_title: str = "",
    basemap: MbTiles | None = None,
    overlays: Sequence[Overlay] = (),
    attributions: Sequence[str] = (),
    distance_label: Callable[[float], str] = lambda m: f"{m / 1000:g} km",
    area: BBox | None = None,
    width: int = WIDTH,
    map_height: int = MAP_HEIGHT,
    grid: bool = True,
) -> MapImage:
    """Draw the markers (fitted with fit_area unless `area` is given) over the basemap's
    tiles, the MGRS grid (grid=True), overlays and places, with the scale bar, north
    arrow, attribution and, under the map, the legend. ValueError when there is neither
    a marker nor an area."""
    area = area or fit_area((m.lat, m.lon) for m in markers)
    if area is None:
        raise ValueError("a map needs at least one position or an area")
    view = view_of(area, width, map_height)
    legend_h = _legend_height(legend, width, legend_title)
    canvas = Image.new("RGB", (width, map_height + legend_h), BACKGROUND)
    drawn = _draw_tiles(canvas, view, basemap) if basemap is not None else False
    draw = ImageDraw.Draw(canvas, "RGBA")
    if grid:
        _draw_grid(draw, view)
    _draw_overlays(draw, view, overlays)
    # Records are drawn last, on top; their places (and the count of a stack of records
    # at one spot) are kept free of place names.
    spots = [(view.pixel_of(m.lat, m.lon), m) for m in markers]
    stacks = _stacks([xy for xy, _ in spots])
    taken = [
        (int(x - REACH), int(y - REACH), int(x + REACH), int(y + REACH)) for (x, y), _ in spots
    ]
    badge_font = font(BADGE_SIZE, True)
    badges = [(_badge_at(xy), str(n)) for xy, n in stacks if n > 1]
    taken += [_text_box(draw, at, text, badge_font) for at, text in badges]
    furniture = [
        (0, view.height - 110, view.width // 2, view.height),  # scale bar
        (view.width - 80, 0, view.width, 120),  # north arrow
        (view.width // 2, view.height - 30, view.width, view.height),  # attribution
    ]
    labels = _draw_places(draw, view, places, taken + furniture)
    for (x, y), marker in spots:
        _symbol(draw, x, y, marker.shape, marker.colour, ring=marker.ring)
    for at, text in badges:
        draw.text(at, text, font=badge_font, fill=INK, stroke_width=3, stroke_fill=HALO)
    _draw_scale_and_north(draw, view, distance_label)
    _draw_attribution(draw, view, attributions)
    draw.rectangle((0, 0, width - 1, map_height - 1), outline=INK, width=2)
    if legend_h:
        draw.rectangle((0, map_height, width, map_height + legend_h), fill=(255, 255, 255))
        _draw_legend(draw, map_height, width, legend, legend_title)
    out = io.BytesIO()
    canvas.save(out, "PNG", optimize=True)
    return MapImage(out.getvalue(), view, canvas.size, labels, drawn)


def span_m(area: BBox) -> float:
    """The width of an area in metres at its middle latitude (for captions and tests)."""
    mid = (area.south + area.north) / 2
    return distance_m(LatLon(mid, area.west), LatLon(mid, area.east))
