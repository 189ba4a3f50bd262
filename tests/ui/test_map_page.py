"""The Map page: records where their grids are, selection, filters, basemap, go to grid,
the cursor's grid, grid lines and Show on map, in the real window over a real file."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from factories import make_org, make_qip
from mbtiles_builder import build_mbtiles, tile_image
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QColor

from cimicdesk.domain.enums import IncidentCategory
from cimicdesk.domain.geo import to_world
from cimicdesk.domain.grid import grid_from_latlon, parse_grid
from cimicdesk.domain.incident import Incident
from cimicdesk.store import map_files
from cimicdesk.store.incidents import save_incident
from cimicdesk.ui.map.view import WORLD
from cimicdesk.ui.pages import map as map_page

# Near Kaga-Bandoro (Central African Republic): the incident, the QIP 20 km east.
INCIDENT_GRID = "34N CN 00046 73027"
QIP_GRID = "34N CN 20000 73000"
TILE_COLOUR = (200, 40, 160)


def _recent(days: int) -> str:
    moment = datetime.now(UTC) - timedelta(days=days)
    return moment.strftime("%Y-%m-%dT%H:%M:%S.000Z")


def make_incident(store, grid: str, occurred_at: str, reported_at: str) -> Incident:
    """An incident at a grid, stored as of now (the period filter counts from today)."""
    incident = Incident(
        occurred_at=occurred_at,
        reported_at=reported_at,
        place="Kaga-Bandoro",
        grid=grid,
        category=IncidentCategory.CRIME_BANDITRY,
        subcategory="road_banditry",
        narrative="Traders robbed on the Mbrès road by armed men.",
    )
    return save_incident(store, incident, now=datetime.now(UTC))


@pytest.fixture
def records(store):
    incident = make_incident(
        store, grid=INCIDENT_GRID, occurred_at=_recent(3), reported_at=_recent(2)
    )
    qip = make_qip(store, title="Borehole at Ndomete", grid=QIP_GRID)
    office = make_org(store, "Mercy Relief", grid="34N CN 10000 60000")
    return incident, qip, office


def _show_map(window, qtbot):
    page = window.show_page("map")
    qtbot.waitUntil(lambda: page.home_shown)  # the mission area, on its first showing
    return page


def _at_grid(page, qtbot, grid: str, zoom: float = 11.0):
    ref = parse_grid(grid)
    with qtbot.waitSignal(page.records_shown, timeout=3000):
        page.view.centre_on(ref.lat, ref.lon, zoom)
    return ref


def test_a_record_at_a_known_grid_is_drawn_where_its_grid_is(records, window, qtbot):
    incident, _qip, _office = records
    page = _show_map(window, qtbot)
    ref = _at_grid(page, qtbot, INCIDENT_GRID)
    item = page.view.points[("incident", incident.id)]
    x, y = to_world(ref.lat, ref.lon)
    assert item.pos().x() == pytest.approx(x * WORLD, abs=0.5)
    assert item.pos().y() == pytest.approx(y * WORLD, abs=0.5)
    # and it is in the middle of the view centred on that grid
    centre = page.view.viewport().rect().center()
    assert (page.view.symbol_pos("incident", incident.id) - centre).manhattanLength() <= 2


def test_clicking_selects_and_double_clicking_opens_the_editor(records, window, qtbot):
    incident, _qip, _office = records
    page = _show_map(window, qtbot)
    _at_grid(page, qtbot, INCIDENT_GRID)
    at = page.view.symbol_pos("incident", incident.id)
    qtbot.mouseClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=at)
    assert page.view.selected == ("incident", incident.id)
    assert incident.reference in page.summary_label.text()
    assert "34N CN 00046 73027" in page.summary_label.text()
    assert page.title_of("incident", incident.id).startswith(incident.reference)
    qtbot.mouseDClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=at)
    shown = window.current_page()
    assert shown.KEY == "incidents"
    assert shown.editor.record_id == incident.id


def test_the_kind_and_period_filters_hide_what_they_should(records, store, window, qtbot):
    incident, qip, office = records
    old = make_incident(
        store,
        grid="34N CN 05000 73000",
        occurred_at="2024-01-10T04:00:00.000Z",
        reported_at="2024-01-10T07:00:00.000Z",
    )
    page = _show_map(window, qtbot)
    _at_grid(page, qtbot, "34N CN 10000 68000", zoom=10.0)
    keys = set(page.view.points)
    assert {("incident", incident.id), ("incident", old.id), ("qip", qip.id)} <= keys
    assert ("organisation", office.id) in keys
    page.kind_boxes["incident"].setChecked(False)
    assert not any(kind == "incident" for kind, _ in page.view.points)
    assert ("qip", qip.id) in page.view.points
    page.kind_boxes["incident"].setChecked(True)
    page.period_combo.setCurrentIndex(page.period_combo.findData(30))
    assert ("incident", incident.id) in page.view.points
    assert ("incident", old.id) not in page.view.points


def test_an_mbtiles_basemap_added_from_the_page_is_drawn_and_remembered(
    records, store, window, qtbot, prompter, tmp_path, open_window
):
    source = build_mbtiles(
        tmp_path / "source" / "Kaga-Bandoro relief.mbtiles",
        bounds=(18.5, 6.5, 20.0, 7.5),
        zooms=(7, 8, 9),
        tile=lambda z, x, y: tile_image(z, x, y, color=TILE_COLOUR),
    )
    prompter.map_path = source
    page = _show_map(window, qtbot)
    assert page.add_map_file()
    assert [m.file_name for m in map_files.list_maps(store.path)] == ["Kaga-Bandoro relief.mbtiles"]
    _at_grid(page, qtbot, "34N CN 10000 50000", zoom=8.6)
    page.view.viewport().repaint()  # asks for the tiles in view: read off the UI thread
    qtbot.waitUntil(lambda: page.view.tiles.read > 0 and not page.view.tiles.pending)
    image = page.view.grab().toImage()
    samples = [
        image.pixelColor(int(image.width() * fx), int(image.height() * fy))
        for fx in (0.2, 0.35, 0.5, 0.65, 0.8)
        for fy in (0.25, 0.45, 0.65)
    ]
    wanted = QColor(*TILE_COLOUR)
    near = [
        c
        for c in samples
        if abs(c.red() - wanted.red())
        + abs(c.green() - wanted.green())
        + abs(c.blue() - wanted.blue())
        <= 12
    ]
    assert len(near) >= len(samples) * 2 // 3, [c.name() for c in samples]
    assert "Test basemap" in " ".join(page.view.attribution)
    assert "GeoNames" in " ".join(page.view.attribution)
    # Another window on the same database opens with the same map.
    again = open_window()
    other = _show_map(again, qtbot)
    assert other.view.tiles is not None
    assert other.basemap_combo.currentData() == "Kaga-Bandoro relief.mbtiles"


def test_a_map_is_removed_only_once_confirmed_and_its_source_is_left_alone(
    store, window, qtbot, prompter, tmp_path
):
    source = build_mbtiles(tmp_path / "source" / "relief.mbtiles", zooms=(7,))
    prompter.map_path = source
    page = _show_map(window, qtbot)
    assert not page.remove_map_button.isEnabled()  # nothing shown, nothing to remove
    assert page.add_map_file()
    assert page.remove_map_button.isEnabled()
    prompter.confirm_answers = [False]
    assert not page.remove_shown_map()
    assert [m.file_name for m in map_files.list_maps(store.path)] == ["relief.mbtiles"]
    assert page.view.tiles is not None
    prompter.confirm_answers = [True]
    assert page.remove_shown_map()
    assert map_files.list_maps(store.path) == []
    assert page.view.tiles is None
    assert page.basemap_combo.currentData() == ""
    assert not page.remove_map_button.isEnabled()
    assert source.is_file()  # the file the officer added it from


def test_a_file_that_is_not_a_map_is_refused_and_nothing_is_added(
    store, window, qtbot, prompter, tmp_path
):
    bad = tmp_path / "notes.mbtiles"
    bad.write_bytes(b"not a map at all")
    prompter.map_path = bad
    page = _show_map(window, qtbot)
    assert not page.add_map_file()
    assert prompter.questions("error")
    assert map_files.list_maps(store.path) == []
    assert page.view.tiles is None


def test_a_unit_chosen_shows_only_its_records_and_its_legend_names_only_it(
    records, store, window, qtbot
):
    incident, qip, _office = records
    # A sector database: the QIP came from another battalion's file.
    store.db.execute("UPDATE qips SET origin_unit = 'BANBAT 2' WHERE id = ?", [qip.id])
    page = _show_map(window, qtbot)
    page._load_units()
    assert page.sector_colours()
    _at_grid(page, qtbot, INCIDENT_GRID, zoom=8.0)
    assert qip.id in {key[1] for key in page.shown}
    assert "BANBAT 2" in page.legend.text() and "BANBAT 1" in page.legend.text()
    index = page.unit_combo.findData("BANBAT 1")
    with qtbot.waitSignal(page.records_shown, timeout=3000):
        page.unit_combo.setCurrentIndex(index)
    shown = {key[1] for key in page.shown}
    assert incident.id in shown and qip.id not in shown
    assert "BANBAT 1" in page.legend.text() and "BANBAT 2" not in page.legend.text()


def test_go_to_grid_centres_the_view_and_a_bad_grid_says_why_and_moves_nothing(window, qtbot):
    page = _show_map(window, qtbot)
    page.grid_edit.setText("34N CN 0004 7302")
    qtbot.keyClick(page.grid_edit, Qt.Key.Key_Return)
    ref = parse_grid("34NCN00047302")
    target = page.view.mapFromScene(page.view.scene_point(ref.lat, ref.lon))
    assert (target - page.view.viewport().rect().center()).manhattanLength() <= 2
    assert page.goto_message.isHidden()
    before = page.view.centre()
    page.grid_edit.setText("34N ZZ 123 45")
    qtbot.keyClick(page.grid_edit, Qt.Key.Key_Return)
    assert page.goto_message.isVisible()
    assert "ZZ" in page.goto_message.text()
    assert page.view.centre() == before


def test_the_status_bar_shows_the_grid_under_the_cursor(window, qtbot):
    page = _show_map(window, qtbot)
    _at_grid(page, qtbot, INCIDENT_GRID)
    assert window.grid_label.isVisible()
    spot = QPoint(120, 90)
    qtbot.mouseMove(page.view.viewport(), spot)
    where = page.view.latlon_at(spot)
    expected = parse_grid(grid_from_latlon(where.lat, where.lon)).display
    qtbot.waitUntil(lambda: window.grid_label.text() == expected)
    assert window.grid_label.text().startswith("34N ")  # zone 34, band N: Kaga-Bandoro
    window.show_page("dashboard")
    assert not window.grid_label.isVisible()


def test_grid_lines_come_finer_as_the_view_zooms_in(window, qtbot):
    page = _show_map(window, qtbot)
    spacings = {}
    for zoom in (7.0, 11.0, 14.0):
        _at_grid(page, qtbot, INCIDENT_GRID, zoom=zoom)
        page.view.update_grid()
        spacings[zoom] = page.view.grid_spacings()
    assert spacings[7.0] == (100_000,)
    assert spacings[11.0] == (100_000, 10_000)
    assert spacings[14.0] == (100_000, 10_000, 1_000)


def test_keys_zoom_and_pan_and_home_shows_the_records(records, window, qtbot):
    page = _show_map(window, qtbot)
    _at_grid(page, qtbot, INCIDENT_GRID)
    view = page.view
    view.setFocus()
    zoom = view.zoom
    qtbot.keyClick(view, Qt.Key.Key_Plus)
    assert view.zoom == zoom + 1
    qtbot.keyClick(view, Qt.Key.Key_Minus)
    assert view.zoom == zoom
    west = view.centre().lon
    qtbot.keyClick(view, Qt.Key.Key_Left)
    assert view.centre().lon < west
    with qtbot.waitSignal(page.records_shown, timeout=3000):
        qtbot.keyClick(view, Qt.Key.Key_Home)
    incident, qip, office = records
    assert {("incident", incident.id), ("qip", qip.id), ("organisation", office.id)} <= set(
        view.points
    )


def test_many_records_become_clusters_and_a_click_zooms_in(records, window, qtbot, monkeypatch):
    monkeypatch.setattr(map_page, "CLUSTER_ABOVE", 2)
    page = _show_map(window, qtbot)
    _at_grid(page, qtbot, INCIDENT_GRID, zoom=7.0)
    assert page.view.clusters and not page.view.points
    assert sum(c.count for c in page.view.clusters) == 3
    cluster = page.view.clusters[0]
    zoom = page.view.zoom
    qtbot.mouseClick(
        page.view.viewport(),
        Qt.MouseButton.LeftButton,
        pos=page.view.mapFromScene(cluster.pos()),
    )
    assert page.view.zoom == zoom + 2


def test_show_on_map_from_the_incident_page_centres_and_selects_it(records, window, qtbot):
    incident, _qip, _office = records
    window.open_record("incident", incident.id)
    incidents = window.current_page()
    qtbot.mouseClick(incidents.map_button, Qt.MouseButton.LeftButton)
    page = window.current_page()
    assert page.KEY == "map"
    assert page.view.selected == ("incident", incident.id)
    at = page.view.symbol_pos("incident", incident.id)
    assert at is not None
    assert (at - page.view.viewport().rect().center()).manhattanLength() <= 2
    assert incident.reference in page.summary_label.text()


def test_the_lock_takes_the_map_away(records, window, qtbot):
    page = _show_map(window, qtbot)
    _at_grid(page, qtbot, INCIDENT_GRID)
    window.lock()
    assert not window.pages.is_built("map")
    assert window.grid_label.text() == ""
    assert not page.isVisible() or not window.screens.currentWidget().isAncestorOf(page)


def test_scene_points_follow_geo_for_any_position():
    from cimicdesk.ui.map.view import MapView

    point = MapView.scene_point(6.99, 19.19)
    x, y = to_world(6.99, 19.19)
    assert point == QPointF(x * WORLD, y * WORLD)
    back = MapView.latlon_of(point)
    assert back.lat == pytest.approx(6.99) and back.lon == pytest.approx(19.19)


def test_go_to_place_suggests_gazetteer_places_and_centres_on_the_one_chosen(store, window, qtbot):
    from cimicdesk.store.places import set_mission_area, suggest_places

    set_mission_area(store, ["CF"])
    page = _show_map(window, qtbot)
    # What typing 'Kaga' sends (its popup would need a real screen to show).
    page.place_edit.textEdited.emit("Kaga")
    names = [page._place_model.item(row).text() for row in range(page._place_model.rowCount())]
    assert "Kaga-Bandoro" in names
    assert page.go_to_place("Kaga-Bandoro")
    town = next(p for p in suggest_places(store, "Kaga-Bandoro", limit=5))
    target = page.view.mapFromScene(page.view.scene_point(town.lat, town.lon))
    assert (target - page.view.viewport().rect().center()).manhattanLength() <= 2
    assert not page.go_to_place("Nowhere-on-the-map")
    assert "Nowhere-on-the-map" in page.goto_message.text()
    assert "GeoNames" in " ".join(page.view.attribution)


# A tooltip is a window of its own: the offscreen platform cannot raise it.
@pytest.mark.qt_log_ignore(r"This plugin does not support (raise|propagateSizeHints)\(\)")
def test_hovering_a_symbol_names_its_record(records, window, qtbot):
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QHelpEvent
    from PySide6.QtWidgets import QApplication, QToolTip

    _incident, qip, _office = records
    page = _show_map(window, qtbot)
    _at_grid(page, qtbot, QIP_GRID)
    at = page.view.symbol_pos("qip", qip.id)
    viewport = page.view.viewport()
    event = QHelpEvent(QEvent.Type.ToolTip, at, viewport.mapToGlobal(at))
    QApplication.sendEvent(viewport, event)
    qtbot.waitUntil(lambda: "Borehole at Ndomete" in QToolTip.text())
    assert QToolTip.text() == f"<p>{qip.number} Borehole at Ndomete</p>"


def test_a_tile_claiming_a_huge_image_is_left_blank_not_decoded(qapp):
    import io

    from PIL import Image

    from cimicdesk.ui.map.tiles import decode_tile

    good = io.BytesIO()
    Image.new("RGB", (256, 256), TILE_COLOUR).save(good, "PNG")
    image = decode_tile(good.getvalue())
    assert image is not None and image.width() == 256
    assert image.pixelColor(10, 10) == QColor(*TILE_COLOUR)
    huge = io.BytesIO()
    Image.new("1", (20_000, 20_000)).save(huge, "PNG")  # a few kB that claim 400 Mpx
    assert len(huge.getvalue()) < 200_000
    assert decode_tile(huge.getvalue()) is None
    assert decode_tile(b"not an image") is None


def test_the_wheel_zooms_about_the_cursor_and_a_drag_pans(records, window, qtbot):
    from PySide6.QtCore import QEvent, QPointF
    from PySide6.QtGui import QMouseEvent, QWheelEvent
    from PySide6.QtWidgets import QApplication

    page = _show_map(window, qtbot)
    _at_grid(page, qtbot, INCIDENT_GRID)
    view, viewport = page.view, page.view.viewport()
    spot = QPoint(200, 150)
    under = view.latlon_at(spot)
    zoom = view.zoom
    wheel = QWheelEvent(
        QPointF(spot),
        QPointF(viewport.mapToGlobal(spot)),
        QPoint(0, 0),
        QPoint(0, 120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(viewport, wheel)
    assert view.zoom == zoom + 0.5
    # the place under the cursor stays under it (to the pixel: the view scrolls by pixels)
    assert (view.mapFromScene(view.scene_point(under.lat, under.lon)) - spot).manhattanLength() <= 2

    def mouse(kind, at, buttons):
        event = QMouseEvent(
            kind,
            QPointF(at),
            QPointF(viewport.mapToGlobal(at)),
            Qt.MouseButton.LeftButton,
            buttons,
            Qt.KeyboardModifier.NoModifier,
        )
        QApplication.sendEvent(viewport, event)

    grabbed = view.latlon_at(QPoint(300, 300))
    left = Qt.MouseButton.LeftButton
    mouse(QEvent.Type.MouseButtonPress, QPoint(300, 300), left)
    mouse(QEvent.Type.MouseMove, QPoint(340, 320), left)
    mouse(QEvent.Type.MouseMove, QPoint(400, 350), left)
    mouse(QEvent.Type.MouseButtonRelease, QPoint(400, 350), Qt.MouseButton.NoButton)
    # the ground grabbed followed the hand
    at = view.mapFromScene(view.scene_point(grabbed.lat, grabbed.lon))
    assert (at - QPoint(400, 350)).manhattanLength() <= 2
    assert view.selected is None  # a drag is no click


@pytest.mark.parametrize("lat", [0.5, 7.0, 45.0])
def test_the_scale_bar_measures_the_ground_at_the_views_latitude(window, qtbot, lat):
    from cimicdesk.domain.geo import distance_m

    page = _show_map(window, qtbot)
    page.view.centre_on(lat, 19.0, 12.0)
    centre = page.view.viewport().rect().center()
    west = page.view.latlon_at(centre - QPoint(100, 0))
    east = page.view.latlon_at(centre + QPoint(100, 0))
    ground = distance_m(west, east) / 200  # metres a pixel spans there
    assert page.view.metres_per_pixel() == pytest.approx(ground, rel=0.01)
