"""The Map group of Edit → Preferences: the mission area (countries) and importing a
GeoNames country file into the database's gazetteer (store/places.py)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
)

from cimicdesk.domain.errors import CimicError
from cimicdesk.store import places
from cimicdesk.store.database import Store
from cimicdesk.ui import i18n
from cimicdesk.ui.prompts import Prompter

CODE_ROLE = Qt.ItemDataRole.UserRole


class MapGroup(QGroupBox):
    """Mission area and gazetteer of the open database (saved in it: they go with the file
    at handover).

    Attributes: store, prompter, report_error (shows a problem in the dialog), shown_area
    (the area when opened), filter_edit, country_list (every country, checkable; the
    area's first), area_label, places_label, import_button.
    """

    def __init__(self, store: Store, prompter: Prompter, report_error: Callable[[str], None]):
        super().__init__()
        self.setTitle(self.tr("Map, saved in the database"))
        self.setObjectName("mapPreferences")
        self.store = store
        self.prompter = prompter
        self.report_error = report_error
        self.shown_area = places.mission_area(store)
        layout = QVBoxLayout(self)
        # The why as a tip, not a paragraph: the dialog must fit a 768-pixel-high screen.
        tip = self.tr(
            "The mission area's countries: their towns and villages are labelled on the "
            "map and offered when a place is typed"
        )
        self.filter_edit = QLineEdit()
        self.filter_edit.setObjectName("countryFilter")
        self.filter_edit.setPlaceholderText(self.tr("Find a country"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setToolTip(tip)
        self.filter_edit.textChanged.connect(self._filter)
        layout.addWidget(self.filter_edit)
        self.country_list = QListWidget()
        self.country_list.setObjectName("countryList")
        self.country_list.setToolTip(tip)
        rows = self.country_list.fontMetrics().height() + 4
        self.country_list.setFixedHeight(5 * rows + 2 * self.country_list.frameWidth())
        self.country_list.itemChanged.connect(self._show_area)
        layout.addWidget(self.country_list)
        self.area_label = QLabel()
        self.area_label.setObjectName("missionAreaLabel")
        self.area_label.setWordWrap(True)
        layout.addWidget(self.area_label)
        row = QHBoxLayout()
        self.places_label = QLabel()
        self.places_label.setObjectName("placesLabel")
        self.places_label.setWordWrap(True)
        row.addWidget(self.places_label, 1)
        self.import_button = QPushButton(self.tr("&Import GeoNames file…"))
        self.import_button.setToolTip(
            self.tr(
                "A country file from the GIS section (e.g. CF.txt from geonames.org's CF.zip): "
                "every village, hill, river and spot it holds is added"
            )
        )
        self.import_button.clicked.connect(self.import_file)
        row.addWidget(self.import_button)
        layout.addLayout(row)
        self._fill()
        self._show_count()
        reason = store.read_only_reason()
        if reason:
            self.setEnabled(False)
            self.setToolTip(i18n.message(reason))

    def _fill(self) -> None:
        self.country_list.blockSignals(True)
        chosen = set(self.shown_area)
        countries = sorted(places.countries(), key=lambda c: (c.code not in chosen, c.name))
        for country in countries:
            item = QListWidgetItem(f"{country.name} ({country.code})")
            item.setData(CODE_ROLE, country.code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if country.code in chosen else Qt.CheckState.Unchecked
            )
            self.country_list.addItem(item)
        self.country_list.blockSignals(False)
        self._show_area()

    def _filter(self, text: str) -> None:
        wanted = text.strip().casefold()
        for row in range(self.country_list.count()):
            item = self.country_list.item(row)
            item.setHidden(bool(wanted) and wanted not in item.text().casefold())

    def _items(self) -> list[QListWidgetItem]:
        return [self.country_list.item(row) for row in range(self.country_list.count())]

    def chosen_area(self) -> tuple[str, ...]:
        """The codes checked, in the list's order."""
        return tuple(
            str(item.data(CODE_ROLE))
            for item in self._items()
            if item.checkState() == Qt.CheckState.Checked
        )

    def check(self, code: str, checked: bool = True) -> None:
        """Check (or uncheck) a country, as a click on its box does."""
        for item in self._items():
            if item.data(CODE_ROLE) == code:
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def _show_area(self) -> None:
        area = self.chosen_area()
        if area:
            self.area_label.setText(self.tr("Mission area: {codes}").format(codes=", ".join(area)))
        else:
            self.area_label.setText(self.tr("Mission area: none chosen"))

    def _show_count(self) -> None:
        count = places.place_count(self.store)
        text = self.tr("%Ln place(s) in this database.", "", count)
        self.places_label.setText(f"{text} {i18n.message(places.PLACES_ATTRIBUTION)}")

    def save(self) -> None:
        """Set the mission area when it changed (raises CimicError, nothing changed then)."""
        area = self.chosen_area()
        if area != self.shown_area:
            QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                places.set_mission_area(self.store, area)
            finally:
                QGuiApplication.restoreOverrideCursor()
            self.shown_area = area
            self._show_count()

    def import_file(self) -> None:
        """Ask for a GeoNames country file and import it now; say how many places came in,
        or what is wrong with the file (then nothing was imported)."""
        path = self.prompter.choose_geonames_file(self.store.path.parent)
        if path is None:
            return
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            count = places.import_geonames_file(self.store, path)
        except (CimicError, OSError) as exc:
            self.report_error(i18n.message(exc))
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.report_error("")
        self._show_count()
        self.places_label.setText(
            self.tr("%Ln place(s) imported from {file_name}.", "", count).format(
                file_name=path.name
            )
            + " "
            + self.places_label.text()
        )
