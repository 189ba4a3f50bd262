"""Overlays on the Map page: added from a file, drawn between tiles and records, ticked
on and off (remembered per database), refused files said so, in the real window."""

from __future__ import annotations

from overlay_builder import UTM_PRJ, geojson_document, geojson_lines, shapefile_polygons
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor

from cimicdesk.store import map_files

# Near Bambari (Central African Republic): a road west to east, a camp's outline north.
ROAD = [(5.70, 20.55), (5.72, 20.75)]
ROAD_MIDDLE = (5.71, 20.65)
CAMP = [(5.80, 20.60), (5.84, 20.60), (5.84, 20.66), (5.80, 20.66), (5.80, 20.60)]


def _show_map(window, qtbot):
    page = window.show_page("map")
    qtbot.waitUntil(lambda: page.home_shown)
    return page


def _near(colour: QColor, wanted: QColor, tolerance: int = 40) -> bool:
    return (
        abs(colour.red() - wanted.red())
        + abs(colour.green() - wanted.green())
        + abs(colour.blue() - wanted.blue())
        <= tolerance
    )


def _colours_at(page, lat: float, lon: float) -> list[QColor]:
    """The colours of the 3x3 pixels of the view (as drawn now) where a position is."""
    view = page.view
    view.viewport().repaint()
    image = view.viewport().grab().toImage()
    at = view.mapFromScene(view.scene_point(lat, lon))
    return [image.pixelColor(at + QPoint(dx, dy)) for dx in (-1, 0, 1) for dy in (-1, 0, 1)]


def _item(page, row: int = 0):
    return page.overlay_list.item(row)


def test_a_geojson_road_is_drawn_named_hidden_and_remembered(
    store, window, qtbot, prompter, tmp_path, open_window
):
    prompter.overlay_path = geojson_lines(tmp_path / "gis" / "roads.geojson", {"RN2": ROAD})
    page = _show_map(window, qtbot)
    page.view.centre_on(*ROAD_MIDDLE, 11.0)
    before = _colours_at(page, *ROAD_MIDDLE)
    assert page.add_overlay_file()
    assert [o.file_name for o in map_files.list_overlays(store.path)] == ["roads.geojson"]
    assert (map_files.maps_folder(store.path) / "roads.geojson").is_file()
    assert page.overlay_list.count() == 1
    assert _item(page).text() == "roads"
    assert _item(page).checkState() == Qt.CheckState.Checked
    colour = page.view.overlays["roads.geojson"].colour
    assert not any(_near(c, colour) for c in before)
    assert any(_near(c, colour) for c in _colours_at(page, *ROAD_MIDDLE))
    # Its name is the tooltip along it, not away from it.
    at = page.view.mapFromScene(page.view.scene_point(*ROAD_MIDDLE))
    assert page.view.overlay_name_at(at) == "RN2"
    assert page.view.overlay_name_at(at + QPoint(0, 40)) is None
    # Unticked: gone from the view, and remembered for a new window on the database.
    _item(page).setCheckState(Qt.CheckState.Unchecked)
    assert not any(_near(c, colour) for c in _colours_at(page, *ROAD_MIDDLE))
    assert page.view.overlay_name_at(at) is None
    again = _show_map(open_window(), qtbot)
    assert _item(again).checkState() == Qt.CheckState.Unchecked
    assert not again.view.overlays["roads.geojson"].isVisible()
    _item(again).setCheckState(Qt.CheckState.Checked)
    third = _show_map(open_window(), qtbot)
    assert _item(third).checkState() == Qt.CheckState.Checked
    third.view.centre_on(*ROAD_MIDDLE, 11.0)
    assert any(_near(c, colour) for c in _colours_at(third, *ROAD_MIDDLE))


def test_an_overlay_is_removed_only_once_confirmed(store, window, qtbot, prompter, tmp_path):
    source = geojson_lines(tmp_path / "gis" / "roads.geojson", {"RN2": ROAD})
    prompter.overlay_path = source
    page = _show_map(window, qtbot)
    page.view.centre_on(*ROAD_MIDDLE, 11.0)
    assert page.add_overlay_file()
    colour = page.view.overlays["roads.geojson"].colour
    assert not page.remove_overlay_button.isEnabled()  # nothing selected yet
    page.overlay_list.setCurrentRow(0)
    assert page.remove_overlay_button.isEnabled()
    prompter.confirm_answers = [False]
    assert not page.remove_selected_overlay()
    assert [o.file_name for o in map_files.list_overlays(store.path)] == ["roads.geojson"]
    prompter.confirm_answers = [True]
    assert page.remove_selected_overlay()
    assert map_files.list_overlays(store.path) == []
    assert page.overlay_list.count() == 0
    assert "roads.geojson" not in page.view.overlays
    assert not any(_near(c, colour) for c in _colours_at(page, *ROAD_MIDDLE))
    assert source.is_file()


def test_a_shapefile_area_is_outlined_under_the_records_and_named_inside(
    store, window, qtbot, prompter, tmp_path
):
    prompter.overlay_path = shapefile_polygons(tmp_path / "gis" / "camps.shp", {"PK3 camp": CAMP})
    page = _show_map(window, qtbot)
    assert page.add_overlay_file()
    assert [p.name for p in map_files.maps_folder(store.path).iterdir()] == ["camps.geojson"]
    page.view.centre_on(5.82, 20.63, 12.0)
    item = page.view.overlays["camps.geojson"]
    assert item.zValue() < 1  # under the records (clusters 1, symbols 2)
    west_edge = (5.82, 20.60)
    assert any(_near(c, item.colour) for c in _colours_at(page, *west_edge))
    # Inside, lightly tinted only: no overlay colour, and the area's name as the tooltip.
    assert not any(_near(c, item.colour) for c in _colours_at(page, 5.82, 20.63))
    inside = page.view.mapFromScene(page.view.scene_point(5.82, 20.63))
    assert page.view.overlay_name_at(inside) == "PK3 camp"


def test_a_refused_file_says_why_and_adds_nothing(store, window, qtbot, prompter, tmp_path):
    page = _show_map(window, qtbot)
    prompter.overlay_path = shapefile_polygons(tmp_path / "utm" / "zones.shp", {"A": CAMP}, UTM_PRJ)
    assert not page.add_overlay_file()
    (error,) = prompter.questions("error")
    assert error[1] == "Overlay not added"
    assert "projected or other coordinate system" in error[2]
    assert "WGS84 (EPSG:4326)" in error[2]
    notes = tmp_path / "notes.geojson"
    notes.write_text("these are notes, not GeoJSON")
    prompter.overlay_path = notes
    assert not page.add_overlay_file()
    assert "is not GeoJSON" in prompter.questions("error")[-1][2]
    assert map_files.list_overlays(store.path) == []
    assert not map_files.maps_folder(store.path).exists()
    assert page.overlay_list.count() == 0 and page.view.overlays == {}
    prompter.overlay_path = None  # the dialog cancelled: nothing asked, nothing added
    assert not page.add_overlay_file()
    assert len(prompter.questions("error")) == 2


def test_a_damaged_overlay_in_the_folder_is_listed_with_its_problem(
    store, tmp_path, open_window, qtbot
):
    map_files.add_overlay(store.path, geojson_lines(tmp_path / "roads.geojson", {"RN2": ROAD}))
    (map_files.maps_folder(store.path) / "broken.geojson").write_text('{"type": "Feat')
    page = _show_map(open_window(), qtbot)
    texts = [_item(page, row).text() for row in range(page.overlay_list.count())]
    assert texts == ["broken (cannot be drawn)", "roads"]
    assert "is not GeoJSON" in _item(page, 0).toolTip()
    assert not _item(page, 0).flags() & Qt.ItemFlag.ItemIsUserCheckable
    assert list(page.view.overlays) == ["roads.geojson"]


def test_points_are_dots_of_a_fixed_size_named_by_their_tooltip(
    store, window, qtbot, prompter, tmp_path
):
    ferry = (5.74, 20.69)
    document = {
        "type": "Feature",
        "properties": {"Name": "Ferry point"},
        "geometry": {"type": "Point", "coordinates": [ferry[1], ferry[0]]},
    }
    prompter.overlay_path = geojson_document(tmp_path / "crossings.geojson", document)
    page = _show_map(window, qtbot)
    assert page.add_overlay_file()
    item = page.view.overlays["crossings.geojson"]
    for zoom in (8.0, 14.0):  # as big far out as close in
        page.view.centre_on(*ferry, zoom)
        page.view.viewport().repaint()
        image = page.view.viewport().grab().toImage()
        at = page.view.mapFromScene(page.view.scene_point(*ferry))
        across = [_near(image.pixelColor(at + QPoint(dx, 0)), item.colour) for dx in range(-8, 9)]
        assert across[8], zoom  # the dot's middle
        assert 3 <= sum(across) <= 9, (zoom, across)  # about POINT_PX wide, whatever the zoom
        assert page.view.overlay_name_at(at + QPoint(2, 2)) == "Ferry point"
