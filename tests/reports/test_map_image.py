"""The map picture: the area fitted, the zoom chosen, tiles where they belong, places, furniture."""

from __future__ import annotations

import io
import math

import pytest
from mbtiles_builder import build_mbtiles
from PIL import Image

from cimicdesk.domain.geo import BBox, LatLon, distance_m
from cimicdesk.domain.map_scale import scale_bar
from cimicdesk.reports import map_image
from cimicdesk.reports.map_image import (
    BACKGROUND,
    MIN_SPAN_M,
    MapPlace,
    Marker,
    Shape,
    fit_area,
    render_map,
    view_of,
)
from cimicdesk.store.mbtiles import MbTiles

AREA = BBox(19.0, 6.8, 19.4, 7.2)


def _png(colour, size=256):
    out = io.BytesIO()
    Image.new("RGB", (size, size), colour).save(out, "PNG")
    return out.getvalue()


def _tile_colour(x, y):
    return (x % 256, y % 256, 77)


def test_one_position_still_shows_twenty_kilometres_around_it():
    area = fit_area([(7.0, 19.2)])
    assert area.contains(7.0, 19.2)
    assert distance_m(LatLon(7.0, area.west), LatLon(7.0, area.east)) >= MIN_SPAN_M * 0.99
    assert distance_m(LatLon(area.south, 19.2), LatLon(area.north, 19.2)) >= MIN_SPAN_M * 0.99
    assert fit_area([]) is None


def test_the_area_holds_every_position_with_a_margin():
    points = [(6.5, 18.0), (8.0, 21.5), (7.0, 19.0)]
    area = fit_area(points)
    assert area.west < 18.0 and area.east > 21.5 and area.south < 6.5 and area.north > 8.0


def test_the_zoom_is_the_largest_that_shows_the_area():
    view = view_of(AREA)
    for lat, lon in ((AREA.south, AREA.west), (AREA.north, AREA.east)):
        x, y = view.pixel_of(lat, lon)
        assert 0 <= x <= view.width and 0 <= y <= view.height
    closer = map_image.MapView(view.zoom + 1, 0, 0, view.width, view.height)
    x0, y0 = closer.pixel_of(AREA.north, AREA.west)
    x1, y1 = closer.pixel_of(AREA.south, AREA.east)
    assert x1 - x0 > view.width or y1 - y0 > view.height


def test_each_tile_lands_where_its_numbers_say(tmp_path):
    """Tiles coloured by their XYZ numbers: the colour under a position is its tile's."""
    path = build_mbtiles(
        tmp_path / "xy.mbtiles",
        bounds=(18.9, 6.7, 19.5, 7.3),
        zooms=(view_of(AREA).zoom,),  # the view's own zoom: tiles at their own pixels
        tile=lambda z, x, y: _png(_tile_colour(x, y)),
    )
    with MbTiles.open(path) as basemap:
        drawn = render_map([], area=AREA, basemap=basemap, grid=False)
    assert drawn.basemap_drawn
    picture = Image.open(io.BytesIO(drawn.png)).convert("RGB")
    z = drawn.view.zoom
    for lat, lon in ((6.9, 19.1), (7.1, 19.3), (6.85, 19.35)):
        # The slippy-map numbering, written out independently of domain/geo.py.
        n = 2**z
        tx = int((lon + 180) / 360 * n)
        rad = math.radians(lat)
        ty = int((1 - math.asinh(math.tan(rad)) / math.pi) / 2 * n)
        x, y = drawn.view.pixel_of(lat, lon)
        assert picture.getpixel((round(x), round(y))) == _tile_colour(tx, ty), (lat, lon)


def test_a_file_with_coarser_tiles_is_scaled_up(tmp_path):
    path = build_mbtiles(
        tmp_path / "coarse.mbtiles",
        zooms=(9,),
        bounds=(18.5, 6.5, 20.0, 7.5),
        tile=lambda z, x, y: _png((10, 120, 10)),
    )
    with MbTiles.open(path) as basemap:
        drawn = render_map([], area=AREA, basemap=basemap, grid=False)
    assert drawn.view.zoom > 9 and drawn.basemap_drawn
    picture = Image.open(io.BytesIO(drawn.png)).convert("RGB")
    assert picture.getpixel((drawn.view.width // 2, drawn.view.height // 2)) == (10, 120, 10)


def test_bad_tiles_leave_holes_not_a_failed_map(tmp_path):
    path = build_mbtiles(
        tmp_path / "bad.mbtiles",
        zooms=range(7, 12),
        tile=lambda z, x, y: b"\x89PNG\r\n\x1a\n garbage",
    )
    with MbTiles.open(path) as basemap:
        drawn = render_map(
            [Marker(7.0, 19.2, Shape.CIRCLE, (1, 2, 3))], basemap=basemap, grid=False
        )
    assert not drawn.basemap_drawn
    picture = Image.open(io.BytesIO(drawn.png)).convert("RGB")
    assert picture.getpixel((300, 300)) == BACKGROUND


def test_a_huge_tile_is_not_decoded(tmp_path):
    huge = _png((9, 9, 9), 2048)  # small as a file, 2048 px: not a tile
    path = build_mbtiles(
        tmp_path / "huge.mbtiles",
        bounds=(18.9, 6.7, 19.5, 7.3),
        zooms=(view_of(AREA).zoom,),
        tile=lambda z, x, y: huge,
    )
    with MbTiles.open(path) as basemap:
        drawn = render_map([], area=AREA, basemap=basemap, grid=False)
    assert not drawn.basemap_drawn


def test_places_are_labelled_largest_first_and_never_over_each_other():
    places = [
        MapPlace("Small Village", 7.0005, 19.2005, 500),
        MapPlace("Big Town", 7.0, 19.2, 80_000),
        MapPlace("Far Hamlet", 7.1, 19.3, 100),
        MapPlace("Outside", 10.0, 25.0, 1_000_000),
    ]
    drawn = render_map([], area=AREA, places=places)
    assert set(drawn.labels) == {"Big Town", "Far Hamlet"}
    big, far = drawn.labels["Big Town"], drawn.labels["Far Hamlet"]
    assert (big[2] - big[0]) > (far[2] - far[0])  # the larger place in larger letters


def test_a_name_is_not_written_over_a_record():
    view = view_of(AREA)
    place = MapPlace("Bossangoa", 7.0, 19.2, 40_000)
    alone = render_map([], area=AREA, places=[place]).labels["Bossangoa"]
    # A record where the name would go on the right: the name moves.
    x, y = (alone[0] + alone[2]) / 2, (alone[1] + alone[3]) / 2
    world_x = view.left + x / view.scale
    world_y = view.top + y / view.scale
    spot = map_image.from_world(world_x, world_y)
    moved = render_map(
        [Marker(spot.lat, spot.lon, Shape.SQUARE, (0, 0, 0))], area=AREA, places=[place]
    ).labels["Bossangoa"]
    assert moved != alone


def test_the_scale_bar_is_a_round_length():
    # The report's bar takes the window's rule (domain/map_scale.py): at 1 m a pixel, the
    # longest round length that fits.
    assert scale_bar(1.0, 13_400)[0] == 10_000
    assert scale_bar(1.0, 4_100)[0] == 2_000
    assert scale_bar(1.0, 999)[0] == 500
    assert map_image.scale_bar is scale_bar


def test_a_map_needs_a_position_or_an_area():
    with pytest.raises(ValueError, match="at least one position"):
        render_map([])


def test_the_legend_goes_under_the_map():
    items = [map_image.LegendItem(f"Item {n}", (n * 20, 0, 0), Shape.CIRCLE) for n in range(6)]
    drawn = render_map([], area=AREA, legend=items, legend_title="Legend")
    assert drawn.size[1] > drawn.view.height
    picture = Image.open(io.BytesIO(drawn.png)).convert("RGB")
    strip = picture.crop((0, drawn.view.height + 2, 400, drawn.size[1]))
    assert strip.getcolors(100_000) and len(strip.getcolors(100_000)) > 3


def test_records_on_one_spot_show_how_many_they_are():
    def badge_ink(count):
        markers = [Marker(7.0, 19.2, Shape.CIRCLE, (200, 0, 0))] * count
        drawn = render_map(markers, area=AREA)
        picture = Image.open(io.BytesIO(drawn.png)).convert("RGB")
        x, y = drawn.view.pixel_of(7.0, 19.2)
        left, top = round(x + map_image.MARKER / 2), round(y - map_image.MARKER / 2 - 24)
        region = picture.crop((left, top, left + 30, top + 26))
        return sum(1 for p in region.get_flattened_data() if sum(p) < 150)

    assert badge_ink(1) == 0
    assert badge_ink(12) > 20  # '12' written above right of the symbol


def test_the_mgrs_grid_is_drawn_and_labelled():
    def grid_pixels(grid):
        drawn = render_map([], area=AREA, grid=grid)
        picture = Image.open(io.BytesIO(drawn.png)).convert("RGB")
        row = [picture.getpixel((x, drawn.view.height // 3)) for x in range(drawn.view.width)]
        return sum(1 for p in row if p[2] > p[0] + 20)  # blue: the grid's ink

    # About 44 km across at ~38 m a pixel: the 10 km lines (260 px apart) are drawn.
    assert grid_pixels(True) >= 4
    assert grid_pixels(False) == 0
