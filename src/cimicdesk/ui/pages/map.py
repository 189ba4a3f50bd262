"""MapPage: every mapped record on an offline map, with filters, a legend and go-to boxes."""

from __future__ import annotations

import hashlib
import html
from collections.abc import Sequence
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QElapsedTimer, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QIcon, QPixmap, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from cimicdesk.domain.enums import (
    IncidentCategory,
    LiaisonType,
    OrgType,
    QipStatus,
    Severity,
    SupportType,
)
from cimicdesk.domain.errors import CimicError
from cimicdesk.domain.geo import BBox
from cimicdesk.domain.grid import GridReferenceError, grid_from_latlon, parse_grid
from cimicdesk.domain.map_kinds import MapKind
from cimicdesk.store import map_files
from cimicdesk.store.database import Store
from cimicdesk.store.map_points import (
    ALL_KINDS,
    MapFilter,
    MapPoint,
    clusters_in,
    count_in,
    map_units,
    point_titles,
    points_in,
)
from cimicdesk.store.mbtiles import MbTiles
from cimicdesk.ui import i18n
from cimicdesk.ui.editors.base import ERROR_STYLE
from cimicdesk.ui.map import gazetteer, symbols
from cimicdesk.ui.map.cluster_cache import ClusterCache
from cimicdesk.ui.map.overlays import overlay_colour
from cimicdesk.ui.map.tiles import TileLayer
from cimicdesk.ui.map.view import MapView, PlaceMark
from cimicdesk.ui.pages.base import Page
from cimicdesk.ui.prompts import Prompter
from cimicdesk.ui.severity import severity_text

REFRESH_MS = 25  # after a pan or zoom, the records are read once the view rests this long
# More records than this in view: counts by cell instead of symbols (more are allowed
# close in, where the symbols spread out over the streets and villages).
CLUSTER_ABOVE = 250
CLUSTER_ABOVE_CLOSE = 800
CLOSE_ZOOM = 12.0
CLUSTER_CELL_PX = 90  # close in, clusters are read for cells of about this size
POINT_LIMIT = 2000
PLACE_LIMIT = 600
PLACE_ZOOM = 12.0  # Go to place shows this close
GRID_ZOOM = 13.0
# What MainWindow.open_record calls each kind of map record.
RECORD_KINDS = {
    "incident": "incident",
    "qip": "qip",
    "liaison": "liaison",
    "organisation": "organisation",
    "support": "support_request",
    "assessment": "assessment",
}
MAP_KINDS = {record: kind for kind, record in RECORD_KINDS.items()}
KIND_NAMES = {
    "incident": QT_TRANSLATE_NOOP("MapPage", "Incidents"),
    "qip": QT_TRANSLATE_NOOP("MapPage", "QIPs"),
    "liaison": QT_TRANSLATE_NOOP("MapPage", "Liaison entries"),
    "organisation": QT_TRANSLATE_NOOP("MapPage", "Organisations' offices"),
    "support": QT_TRANSLATE_NOOP("MapPage", "Support requests"),
    "assessment": QT_TRANSLATE_NOOP("MapPage", "Community assessments"),
}
PERIODS = (  # days back from today; 0 = any time
    (0, QT_TRANSLATE_NOOP("MapPage", "Any time")),
    (7, QT_TRANSLATE_NOOP("MapPage", "Last 7 days")),
    (30, QT_TRANSLATE_NOOP("MapPage", "Last 30 days")),
    (90, QT_TRANSLATE_NOOP("MapPage", "Last 90 days")),
    (365, QT_TRANSLATE_NOOP("MapPage", "Last 12 months")),
)
# When the database knows no mission area and holds nothing mapped: the whole of Africa.
FALLBACK_AREA = BBox(-20.0, -35.0, 52.0, 38.0)
translate = QCoreApplication.translate


STYLE_ENUMS: dict[str, type] = {
    "incident": IncidentCategory,
    "qip": QipStatus,
    "liaison": LiaisonType,
    "organisation": OrgType,
    "support": SupportType,
}


def style_label(kind: str, style: str) -> str:
    """A category's or status's label in the window's language (the text itself if
    unknown); an assessment's worst severity as '4 · Extreme'."""
    if kind == symbols.ASSESSMENT:
        return severity_label(style)
    enum = STYLE_ENUMS.get(kind)
    try:
        return i18n.label(enum(style)) if enum is not None else style
    except ValueError:
        return style


def severity_label(style: str) -> str:
    """An assessment's style, its worst severity ('1'..'5', '' none), as the legend names it."""
    try:
        severity = Severity(style)
    except ValueError:
        return translate("MapPage", "No sector rated")
    return severity_text(severity)


class MapPage(Page):
    """The civil situation map.

    Attributes: store, prompter, view (MapView), kind_boxes (kind -> QCheckBox), period_combo,
    unit_combo, grid_edit / place_edit (Go to grid, Go to place), goto_message (what is
    wrong with a grid typed), basemap_combo, open_map_button, legend (QLabel list),
    summary_label and open_button (the record selected), shown (the points on the map by
    (kind, id)), last_query_ms (how long the last refresh took), home_shown, overlay_list
    (the maps folder's overlays, ticked when shown), add_overlay_button.
    Signals: records_shown (the map shows the records of the view now in place),
    cursor_grid_changed (the MGRS under the cursor, '' off the map).
    """

    KEY = "map"
    TITLE = "Map"
    ICON = ":/icons/map"

    records_shown = Signal()
    cursor_grid_changed = Signal(str)

    def __init__(self, store: Store, prompter: Prompter, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.prompter = prompter
        self.shown: dict[tuple[str, str], MapPoint] = {}
        self.cluster_cache = ClusterCache(store)
        self.last_query_ms = 0.0
        self._stale = True
        self._units: list[str] = []
        self._unit_colours: dict[str, QColor] = {}
        self._build()
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(REFRESH_MS)
        self._refresh_timer.timeout.connect(self.refresh_view)
        self.view.view_changed.connect(self._refresh_timer.start)
        self.view.point_clicked.connect(self._clicked)
        self.view.point_activated.connect(self._activated)
        self.view.home_requested.connect(self.go_home)
        self.view.cursor_moved.connect(self._cursor_moved)
        self.view.cursor_left.connect(lambda: self.cursor_grid_changed.emit(""))
        self.view.titles = self.title_of
        self._load_units()
        self._open_remembered_map()
        self.load_overlays()
        self._overlay_buttons()
        self._homed = False
        self.home_shown = False  # the first showing has fitted the mission area

    # Layout ---------------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        bar = QHBoxLayout()
        self.grid_edit = QLineEdit()
        self.grid_edit.setObjectName("gridEdit")
        self.grid_edit.setPlaceholderText(self.tr("Go to grid, e.g. 34N DM 12345 67890"))
        self.grid_edit.setClearButtonEnabled(True)
        self.grid_edit.returnPressed.connect(self.go_to_grid)
        bar.addWidget(self.grid_edit, 2)
        self.place_edit = QLineEdit()
        self.place_edit.setObjectName("placeEdit")
        self.place_edit.setPlaceholderText(self.tr("Go to place…"))
        self.place_edit.setClearButtonEnabled(True)
        self._place_model = QStandardItemModel(self)
        self._place_completer = QCompleter(self._place_model, self)
        self._place_completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._place_completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self._place_completer.activated[str].connect(self.go_to_place)  # type: ignore[index]
        self.place_edit.setCompleter(self._place_completer)
        self.place_edit.textEdited.connect(self._suggest_places)
        self.place_edit.returnPressed.connect(lambda: self.go_to_place(self.place_edit.text()))
        bar.addWidget(self.place_edit, 2)
        self.home_button = QPushButton(self.tr("Whole area"))
        self.home_button.setToolTip(self.tr("Show the whole mission area (Home)"))
        self.home_button.clicked.connect(self.go_home)
        bar.addWidget(self.home_button)
        bar.addStretch(1)
        self.basemap_combo = QComboBox()
        self.basemap_combo.setObjectName("basemapCombo")
        self.basemap_combo.setToolTip(self.tr("The map under the records (the maps folder)"))
        self.basemap_combo.activated.connect(self._basemap_chosen)
        bar.addWidget(self.basemap_combo)
        self.open_map_button = QPushButton(self.tr("Add map file…"))
        self.open_map_button.setToolTip(
            self.tr(
                "Add an MBTiles map (exported from QGIS) to this database's maps folder; "
                "it travels with the handover"
            )
        )
        self.open_map_button.clicked.connect(self.add_map_file)
        bar.addWidget(self.open_map_button)
        self.remove_map_button = QPushButton(self.tr("Remove map…"))
        self.remove_map_button.setToolTip(
            self.tr("Take the map shown out of this database's maps folder")
        )
        self.remove_map_button.clicked.connect(self.remove_shown_map)
        bar.addWidget(self.remove_map_button)
        layout.addLayout(bar)
        self.goto_message = QLabel()
        self.goto_message.setObjectName("gotoMessage")
        self.goto_message.setStyleSheet(ERROR_STYLE)
        self.goto_message.setWordWrap(True)
        self.goto_message.hide()
        layout.addWidget(self.goto_message)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        self.view = MapView()
        splitter.addWidget(self.view)
        splitter.addWidget(self._side_panel())
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 0)
        splitter.setSizes([900, 260])
        self.splitter = splitter
        layout.addWidget(splitter, 1)

    def _side_panel(self) -> QWidget:
        panel = QWidget()
        box = QVBoxLayout(panel)
        box.setContentsMargins(6, 0, 0, 0)
        shown = QGroupBox(self.tr("Show"))
        kinds = QVBoxLayout(shown)
        self.kind_boxes: dict[str, QCheckBox] = {}
        for kind in symbols.KINDS:
            check = QCheckBox(translate("MapPage", KIND_NAMES[kind]))
            check.setObjectName(f"kind_{kind}")
            check.setIcon(symbols.icon(kind))
            check.setChecked(True)
            check.toggled.connect(self._filters_changed)
            kinds.addWidget(check)
            self.kind_boxes[kind] = check
        box.addWidget(shown)
        form = QFormLayout()
        self.period_combo = QComboBox()
        self.period_combo.setObjectName("periodCombo")
        for days, text in PERIODS:
            self.period_combo.addItem(translate("MapPage", text), days)
        self.period_combo.currentIndexChanged.connect(self._filters_changed)
        form.addRow(self.tr("Period:"), self.period_combo)
        self.unit_combo = QComboBox()
        self.unit_combo.setObjectName("unitCombo")
        self.unit_combo.currentIndexChanged.connect(self._filters_changed)
        form.addRow(self.tr("Unit:"), self.unit_combo)
        box.addLayout(form)
        box.addWidget(self._overlay_box())
        legend_box = QGroupBox(self.tr("Legend"))
        legend_layout = QVBoxLayout(legend_box)
        legend_layout.setContentsMargins(2, 2, 2, 2)
        self.legend = QLabel()
        self.legend.setObjectName("mapLegend")
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.legend.setWordWrap(True)
        self.legend.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        # A long legend (many categories and statuses in view) scrolls in its box.
        legend_scroll = QScrollArea()
        legend_scroll.setWidgetResizable(True)
        legend_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        legend_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        legend_scroll.setWidget(self.legend)
        legend_layout.addWidget(legend_scroll)
        box.addWidget(legend_box, 1)
        selected = QGroupBox(self.tr("Selected"))
        selected_layout = QVBoxLayout(selected)
        self.summary_label = QLabel(self.tr("Click a symbol to see what it is."))
        self.summary_label.setObjectName("mapSummary")
        self.summary_label.setTextFormat(Qt.TextFormat.PlainText)  # names typed by anyone
        self.summary_label.setWordWrap(True)
        self.summary_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        selected_layout.addWidget(self.summary_label)
        self.open_button = QPushButton(self.tr("Open"))
        self.open_button.setToolTip(self.tr("Open the selected record in its editor (Enter)"))
        self.open_button.setEnabled(False)
        self.open_button.clicked.connect(
            lambda: self.view.selected and self._activated(*self.view.selected)
        )
        selected_layout.addWidget(self.open_button)
        box.addWidget(selected)
        panel.setMinimumWidth(240)
        return panel

    def _overlay_box(self) -> QGroupBox:
        group = QGroupBox(self.tr("Overlays"))
        layout = QVBoxLayout(group)
        layout.setContentsMargins(4, 4, 4, 4)
        self.overlay_list = QListWidget()
        self.overlay_list.setObjectName("overlayList")
        self.overlay_list.setToolTip(self.tr("Tick an overlay to draw it over the map"))
        self.overlay_list.setMaximumHeight(110)
        self.overlay_list.itemChanged.connect(self._overlay_ticked)
        layout.addWidget(self.overlay_list)
        self.add_overlay_button = QPushButton(self.tr("Add overlay…"))
        self.add_overlay_button.setToolTip(
            self.tr(
                "Add boundaries, roads or other shapes from a GeoJSON file or a shapefile "
                "(WGS84) to this database's maps folder; they travel with the handover"
            )
        )
        self.add_overlay_button.clicked.connect(self.add_overlay_file)
        self.remove_overlay_button = QPushButton(self.tr("Remove…"))
        self.remove_overlay_button.setToolTip(
            self.tr("Take the selected overlay out of this database's maps folder")
        )
        self.remove_overlay_button.clicked.connect(self.remove_selected_overlay)
        self.overlay_list.currentItemChanged.connect(lambda *_: self._overlay_buttons())
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_overlay_button, 1)
        buttons.addWidget(self.remove_overlay_button)
        layout.addLayout(buttons)
        return group

    def _overlay_buttons(self) -> None:
        self.remove_overlay_button.setEnabled(self.overlay_list.currentItem() is not None)

    # Page -----------------------------------------------------------------------------

    def activate(self) -> None:
        if not self._homed:
            self._homed = True
            QTimer.singleShot(0, self.go_home)  # once the view has its size
        elif self._stale:
            self.refresh_view()

    def refresh(self) -> None:
        self._stale = True
        self._load_units()
        if self.isVisible():
            self.refresh_view()

    def focus_main(self) -> None:
        self.view.setFocus()

    # Filters --------------------------------------------------------------------------

    def _load_units(self) -> None:
        units = sorted(map_units(self.store))
        if units == self._units:
            return
        self._units = units
        self._unit_colours = {u: symbols.palette_colour(i) for i, u in enumerate(units)}
        current = self.unit_combo.currentData()
        self.unit_combo.blockSignals(True)
        self.unit_combo.clear()
        self.unit_combo.addItem(self.tr("All units"), "")
        for unit in units:
            pixmap = QPixmap(12, 12)
            pixmap.fill(self._unit_colours[unit])
            self.unit_combo.addItem(QIcon(pixmap), unit, unit)
        index = self.unit_combo.findData(current)
        self.unit_combo.setCurrentIndex(max(0, index))
        self.unit_combo.blockSignals(False)

    def sector_colours(self) -> bool:
        """Whether symbols are coloured by battalion (a database holding several units)."""
        return len(self._units) > 1

    def current_filter(self) -> MapFilter:
        kinds = frozenset(MapKind(k) for k, box in self.kind_boxes.items() if box.isChecked())
        days = int(self.period_combo.currentData() or 0)
        since = date.today() - timedelta(days=days) if days else None
        unit = str(self.unit_combo.currentData() or "")
        return MapFilter(kinds, since, None, frozenset({unit}) if unit else frozenset())

    def _filters_changed(self) -> None:
        self.refresh_view()

    # Records --------------------------------------------------------------------------

    def refresh_view(self) -> None:
        """Read the records (or their clusters) and places of the area in view and show
        them. Reads the visible box only, once the view rests (REFRESH_MS)."""
        self._refresh_timer.stop()
        if not self.isVisible():  # read when shown again (activate)
            self._stale = True
            return
        self._stale = False
        clock = QElapsedTimer()
        clock.start()
        box = self.view.visible_bbox()
        flt = self.current_filter()
        if not flt.kinds:
            self.shown = {}
            self.view.show_points(())
        else:
            # The count (the R*Tree's, cheap) decides: clusters when too many, else the
            # records themselves. Far out, clusters are read by world tile and kept while
            # the file is unchanged (a pan reads only new tiles); close in, in one read.
            if count_in(self.store, box, flt) > self.cluster_above():
                self.shown = {}
                if self.view.zoom < CLOSE_ZOOM:
                    clusters = self.cluster_cache.clusters(box, self.view.zoom, flt)
                else:
                    viewport = self.view.viewport().rect()
                    columns = max(1, viewport.width() // CLUSTER_CELL_PX)
                    rows = max(1, viewport.height() // CLUSTER_CELL_PX)
                    clusters = self.cluster_cache.read_box(box, flt, columns, rows)
                self.view.show_clusters((c.lat, c.lon, c.count, c.kinds) for c in clusters)
            else:
                # An assessment is there only as its community's latest (the index
                # holds no other: store/map_index_sql.py).
                points = points_in(self.store, box, flt, limit=POINT_LIMIT)
                self.shown = {(str(p.kind), p.record_id): p for p in points}
                self.view.show_points(
                    (str(p.kind), p.record_id, p.lat, p.lon, self.colour_of(p), bool(p.flash))
                    for p in points
                )
        places = gazetteer.places_in(self.store, box.expanded(0.05), limit=PLACE_LIMIT)
        self.view.set_places(
            PlaceMark(p.name, p.lat, p.lon, int(p.population or 0)) for p in places
        )
        self._update_legend()
        self.last_query_ms = clock.nsecsElapsed() / 1e6
        self.records_shown.emit()

    def cluster_above(self) -> int:
        """How many records a view shows as symbols before it shows clusters instead."""
        close = self.view.zoom >= CLOSE_ZOOM
        return max(CLUSTER_ABOVE, CLUSTER_ABOVE_CLOSE) if close else CLUSTER_ABOVE

    def colour_of(self, point: MapPoint) -> QColor:
        # An assessment says how bad it is there, in a sector's database too: its colour
        # is its worst severity's, never its unit's.
        if self.sector_colours() and point.kind != symbols.ASSESSMENT:
            return self._unit_colours.get(point.unit, QColor("#555555"))
        return symbols.style_colour(str(point.kind), point.style)

    def _update_legend(self) -> None:
        # The communities' severities first: the situation at a glance, not below a long
        # list of incident categories (and coloured so in a sector's database too).
        rows: list[str] = self._legend_styles(symbols.ASSESSMENT)
        if self.sector_colours():
            rows.append(html.escape(self.tr("Colour: the unit")))
            chosen = self.current_filter().units  # empty: every unit is shown
            rows += [
                f"<span style='color:{colour.name()}'>■</span> {html.escape(unit)}"
                for unit, colour in self._unit_colours.items()
                if not chosen or unit in chosen
            ]
        else:
            # Per styled kind, the categories or statuses of the records in view.
            for kind in symbols.STYLE_COLOURS:
                rows += self._legend_styles(kind)
        rows.append(
            f"<span style='color:{symbols.FLASH.name()}'>◯</span> "
            + html.escape(self.tr("Flash incident (red ring)"))
        )
        rows.append("● " + html.escape(self.tr("Many records: their count; click to zoom in")))
        rows.append("▫3 " + html.escape(self.tr("Records at one spot: how many")))
        self.legend.setText("<br>".join(rows))

    def _legend_styles(self, kind: str) -> list[str]:
        """The legend's lines of a styled kind: its heading and the styles in view (an
        assessment's severities, worst first)."""
        styles = sorted({p.style for p in self.shown.values() if p.kind == kind})
        if not styles:
            return []
        if kind == symbols.ASSESSMENT:
            heading = self.tr("Community assessments: worst severity")
            styles.sort(key=lambda style: (style != "", style), reverse=True)
        else:
            heading = translate("MapPage", KIND_NAMES[kind])
        return [f"<b>{html.escape(heading)}</b>"] + [
            f"<span style='color:{symbols.style_colour(kind, style).name()}'>■</span> "
            f"{html.escape(style_label(kind, style))}"
            for style in styles
        ]

    def title_of(self, kind: str, record_id: str) -> str:
        """The record's name for its tooltip and summary."""
        return point_titles(self.store, [(kind, record_id)]).get((kind, record_id), "")

    def _clicked(self, kind: str, record_id: str) -> None:
        self.open_button.setEnabled(bool(kind))
        if not kind:
            self.summary_label.setText(self.tr("Click a symbol to see what it is."))
            return
        self.summary_label.setText(self.summary(kind, record_id))

    def summary(self, kind: str, record_id: str) -> str:
        """What the officer reads of a selected record: kind, name, date, unit, grid."""
        lines = [translate("MapPage", KIND_NAMES[kind]), self.title_of(kind, record_id)]
        point = self.shown.get((kind, record_id))
        if point is not None:
            if point.style:
                lines.append(style_label(kind, point.style))
            if point.day:
                lines.append(str(point.day))
            if point.unit:
                lines.append(point.unit)
            lines.append(parse_grid(grid_from_latlon(point.lat, point.lon)).display)
            if point.flash:
                lines.append(self.tr("FLASH"))
        return "\n".join(line for line in lines if line)

    def _activated(self, kind: str, record_id: str) -> None:
        self.open_requested.emit(RECORD_KINDS[kind], record_id)

    def show_record(self, record_kind: str, record_id: str, lat: float, lon: float) -> None:
        """Centre the map on a record (Show on map from its page) and select it."""
        kind = MAP_KINDS.get(record_kind, record_kind)
        if kind in self.kind_boxes and not self.kind_boxes[kind].isChecked():
            self.kind_boxes[kind].setChecked(True)
        self._homed = True
        self.view.centre_on(lat, lon, max(self.view.zoom, GRID_ZOOM))
        self.refresh_view()
        self.view.select((kind, record_id))
        self._clicked(kind, record_id)

    # Going places ---------------------------------------------------------------------

    def mission_area(self) -> BBox:
        """The mission area the database keeps; else where its records are (the spread of
        their clusters over the world); else Africa."""
        kept = gazetteer.mission_area(self.store)
        if kept is not None:
            return kept
        world = BBox(-180.0, -85.0, 180.0, 85.0)
        clusters = clusters_in(self.store, world, MapFilter(ALL_KINDS), columns=360, rows=170)
        if not clusters:
            return FALLBACK_AREA
        lats = [c.lat for c in clusters]
        lons = [c.lon for c in clusters]
        return BBox(min(lons), min(lats), max(lons), max(lats)).expanded(0.3)

    def go_home(self) -> None:
        """Show the whole mission area (Home, and the page's first showing)."""
        self.view.fit(self.mission_area())
        self.refresh_view()
        self.home_shown = True

    def go_to_grid(self) -> bool:
        """Centre on the grid typed; a wrong one says why and moves nothing."""
        try:
            ref = parse_grid(self.grid_edit.text())
        except GridReferenceError as exc:
            self.goto_message.setText(i18n.message(exc))
            self.goto_message.show()
            return False
        self.goto_message.hide()
        self.view.centre_on(ref.lat, ref.lon, max(self.view.zoom, GRID_ZOOM))
        self.grid_edit.setText(ref.display)
        return True

    def _suggest_places(self, text: str) -> None:
        self._place_model.clear()
        if len(text.strip()) < 2:
            return
        for place in gazetteer.suggest_places(self.store, text.strip(), limit=12):
            item = QStandardItem(place.name)
            item.setData((place.lat, place.lon), Qt.ItemDataRole.UserRole)
            self._place_model.appendRow(item)

    def go_to_place(self, name: str) -> bool:
        name = name.strip()
        if not name:
            return False
        found = gazetteer.suggest_places(self.store, name, limit=12)
        exact = [p for p in found if p.name.casefold() == name.casefold()] or found
        if not exact:
            self.goto_message.setText(
                self.tr("No place called “{name}” in the gazetteer.").format(name=name)
            )
            self.goto_message.show()
            return False
        self.goto_message.hide()
        place = exact[0]
        self.view.centre_on(place.lat, place.lon, max(self.view.zoom, PLACE_ZOOM))
        return True

    def _cursor_moved(self, lat: float, lon: float) -> None:
        try:
            text = parse_grid(grid_from_latlon(lat, lon)).display
        except (GridReferenceError, ValueError, Exception):  # off the MGRS area (poles)
            text = ""
        self.cursor_grid_changed.emit(text)

    # Basemaps -------------------------------------------------------------------------

    def _digest(self) -> str:
        """This database's file, as the settings of its map are kept under."""
        return hashlib.sha256(str(self.store.path.resolve()).encode()).hexdigest()[:16]

    def _settings_key(self) -> str:
        return f"map/basemap_{self._digest()}"

    def _fill_basemaps(self, current: str = "") -> None:
        self.basemap_combo.blockSignals(True)
        self.basemap_combo.clear()
        self.basemap_combo.addItem(self.tr("No basemap"), "")
        for found in map_files.list_maps(self.store.path):
            if found.problem is None:
                self.basemap_combo.addItem(found.name or found.file_name, found.file_name)
        self.basemap_combo.setCurrentIndex(max(0, self.basemap_combo.findData(current)))
        self.basemap_combo.blockSignals(False)
        self.remove_map_button.setEnabled(bool(self.basemap_combo.currentData()))

    def _open_remembered_map(self) -> None:
        name = str(i18n.settings().value(self._settings_key(), "") or "")
        self._fill_basemaps(name)
        if not (name and self.basemap_combo.currentData() == name and self.use_map(name)):
            self._set_attribution("")

    def _basemap_chosen(self, index: int) -> None:
        self.use_map(str(self.basemap_combo.itemData(index) or ""))

    def use_map(self, file_name: str) -> bool:
        """Draw one map of the maps folder under the records ('' none); remembered."""
        if not file_name:
            self.view.set_tiles(None)
            self._set_attribution("")
            i18n.settings().setValue(self._settings_key(), "")
            return True
        path = map_files.maps_folder(self.store.path) / file_name
        try:
            tiles = MbTiles.open(path, immutable=True)
        except CimicError as exc:
            self.prompter.error(self.tr("Cannot show this map"), i18n.message(exc))
            return False
        self.view.set_tiles(TileLayer(tiles, self.view.map_scene.width()))
        self._set_attribution(tiles.attribution)
        i18n.settings().setValue(self._settings_key(), file_name)
        self.basemap_combo.setCurrentIndex(max(0, self.basemap_combo.findData(file_name)))
        self.remove_map_button.setEnabled(True)
        return True

    def remove_shown_map(self) -> bool:
        """Take the map shown out of the maps folder, once the officer confirms (the file
        it was added from is not touched)."""
        file_name = str(self.basemap_combo.currentData() or "")
        if not file_name or not self.prompter.confirm(
            self.tr("Remove map"),
            self.tr(
                "Remove the map '{name}' from this database's maps folder? The file it was "
                "added from is not touched; it can be added again."
            ).format(name=self.basemap_combo.currentText()),
            action=self.tr("Remove"),
        ):
            return False
        self.use_map("")  # its file closed before it is deleted
        try:
            map_files.remove_map(self.store.path, file_name)
        except CimicError as exc:
            self.prompter.error(self.tr("Map not removed"), i18n.message(exc))
            return False
        self._fill_basemaps("")
        return True

    def _set_attribution(self, basemap: str) -> None:
        self.view.attribution = [line for line in (basemap, gazetteer.attribution()) if line]
        self.view.viewport().update()

    def add_map_file(self) -> bool:
        """Add an MBTiles file to the maps folder (checked, copied) and show it."""
        chosen = self.prompter.choose_map_file(self.store.path.parent)
        if chosen is None:
            return False
        try:
            added = map_files.add_map(self.store.path, chosen)
        except CimicError as exc:
            self.prompter.error(self.tr("Map not added"), i18n.message(exc))
            return False
        self._fill_basemaps(added.file_name)
        shown = self.use_map(added.file_name)
        if shown and added.bounds is not None:
            self.view.fit(added.bounds)
        return shown

    # Overlays -------------------------------------------------------------------------

    def _hidden_key(self) -> str:
        return f"map/overlays_hidden_{self._digest()}"

    def hidden_overlays(self) -> set[str]:
        """The overlays of this database the officer unticked (remembered, as the basemap)."""
        value = i18n.settings().value(self._hidden_key(), "")
        return {name for name in str(value or "").split("\n") if name}

    def load_overlays(self) -> None:
        """List the maps folder's overlays, ticked unless hidden, and draw the ticked ones.
        An overlay's shapes are built once; a damaged file is listed with its problem."""
        hidden = self.hidden_overlays()
        found = map_files.list_overlays(self.store.path)
        self.overlay_list.blockSignals(True)
        self.overlay_list.clear()
        kept = set()
        for index, entry in enumerate(found):
            item = QListWidgetItem(entry.name)
            item.setData(Qt.ItemDataRole.UserRole, entry.file_name)
            if entry.overlay is None:
                item.setText(self.tr("{name} (cannot be drawn)").format(name=entry.name))
                item.setToolTip(i18n.message(entry.problem))
                item.setFlags(Qt.ItemFlag.ItemIsEnabled)
                self.overlay_list.addItem(item)
                continue
            colour = overlay_colour(index)
            pixmap = QPixmap(12, 12)
            pixmap.fill(colour)
            item.setIcon(QIcon(pixmap))
            item.setToolTip(
                self.tr("%n shape(s) from {file}", "", len(entry.overlay.features)).format(
                    file=entry.file_name
                )
            )
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            shown = entry.file_name not in hidden
            item.setCheckState(Qt.CheckState.Checked if shown else Qt.CheckState.Unchecked)
            self.overlay_list.addItem(item)
            drawn = self.view.overlays.get(entry.file_name)
            if drawn is None or drawn.colour != colour:
                self.view.add_overlay(entry.file_name, entry.overlay, colour)
            self.view.show_overlay(entry.file_name, shown)
            kept.add(entry.file_name)
        for name in [n for n in self.view.overlays if n not in kept]:
            self.view.remove_overlay(name)
        self.overlay_list.blockSignals(False)

    def _overlay_ticked(self, item: QListWidgetItem) -> None:
        file_name = str(item.data(Qt.ItemDataRole.UserRole) or "")
        self.show_overlay(file_name, item.checkState() == Qt.CheckState.Checked)

    def show_overlay(self, file_name: str, shown: bool) -> None:
        """Draw an overlay or not; remembered for this database."""
        self.view.show_overlay(file_name, shown)
        hidden = self.hidden_overlays()
        if shown:
            hidden.discard(file_name)
        else:
            hidden.add(file_name)
        i18n.settings().setValue(self._hidden_key(), "\n".join(sorted(hidden)))
        for row in range(self.overlay_list.count()):
            item = self.overlay_list.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == file_name:
                state = Qt.CheckState.Checked if shown else Qt.CheckState.Unchecked
                if item.checkState() != state:
                    self.overlay_list.blockSignals(True)
                    item.setCheckState(state)
                    self.overlay_list.blockSignals(False)
        self.view.viewport().update()

    def add_overlay_file(self) -> bool:
        """Add a GeoJSON file or shapefile to the maps folder (checked, kept as one GeoJSON)
        and draw it; a refused file says why and nothing is added."""
        chosen = self.prompter.choose_overlay_file(self.store.path.parent)
        if chosen is None:
            return False
        try:
            added = map_files.add_overlay(self.store.path, chosen)
        except CimicError as exc:
            self.prompter.error(self.tr("Overlay not added"), i18n.message(exc))
            return False
        self.show_overlay(added.file_name, True)  # a name once hidden and removed: shown
        self.load_overlays()
        # An overlay away from the area in view: show all of it.
        item = self.view.overlays.get(added.file_name)
        in_view = self.view.mapToScene(self.view.viewport().rect()).boundingRect()
        if item is not None and not item.sceneBoundingRect().intersects(in_view):
            rect = item.sceneBoundingRect()
            north_west = self.view.latlon_of(rect.topLeft())
            south_east = self.view.latlon_of(rect.bottomRight())
            self.view.fit(BBox(north_west.lon, south_east.lat, south_east.lon, north_west.lat))
        return True

    def remove_selected_overlay(self) -> bool:
        """Take the selected overlay out of the maps folder, once the officer confirms."""
        item = self.overlay_list.currentItem()
        if item is None:
            return False
        file_name = str(item.data(Qt.ItemDataRole.UserRole) or "")
        if not self.prompter.confirm(
            self.tr("Remove overlay"),
            self.tr(
                "Remove the overlay '{name}' from this database's maps folder? The file it "
                "was added from is not touched; it can be added again."
            ).format(name=Path(file_name).stem),
            action=self.tr("Remove"),
        ):
            return False
        try:
            map_files.remove_overlay(self.store.path, file_name)
        except CimicError as exc:
            self.prompter.error(self.tr("Overlay not removed"), i18n.message(exc))
            return False
        self.load_overlays()
        self._overlay_buttons()
        return True

    def visible_points(self) -> Sequence[MapPoint]:
        return list(self.shown.values())
