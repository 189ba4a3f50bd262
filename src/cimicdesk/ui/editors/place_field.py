"""Place fields that suggest gazetteer places as the officer types; choosing one fills the
place and, when the grid is empty, the grid with the place's centre (to 100 m)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, QObject, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCompleter, QLineEdit

from cimicdesk.domain.grid import grid_from_latlon
from cimicdesk.store import places
from cimicdesk.ui.formatting import grid_display

translate = QCoreApplication.translate
NameRole = Qt.ItemDataRole.UserRole + 1  # what choosing a suggestion puts in the field
PlaceRole = Qt.ItemDataRole.UserRole + 2
SUGGESTIONS = 10
PLACE_DIGITS = 3  # 100 m: a town's centre is no site; more digits would pretend it is
CENTRE_NOTE = QT_TRANSLATE_NOOP(
    "PlaceField",
    "Centre of {place} (to 100 m), not the site itself.",
)


def suggestion_text(place: places.Place) -> str:
    """'Kaga-Bandoro (CF, 14)': the name, then where, so two villages of one name differ."""
    where = ", ".join(p for p in (place.country, place.admin1) if p)
    return f"{place.name} ({where})" if where else place.name


class PlaceFields(QObject):
    """One completer per place field of an editor, each paired with its grid field.

    The suggestions are read on each key (an indexed prefix query of 10 rows: well under
    a millisecond, so on the UI thread); what the officer typed is never changed until they
    choose a suggestion.
    """

    def __init__(self, editor, pairs: dict[QLineEdit, str]):
        super().__init__(editor)
        self.editor = editor
        self.pairs = pairs
        self._filled: dict[str, str] = {}  # grid field -> the text we put there
        self.models: dict[QLineEdit, QStandardItemModel] = {}
        for edit, grid_field in pairs.items():
            model = QStandardItemModel(self)
            completer = QCompleter(model, edit)
            completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
            completer.setCompletionRole(NameRole)
            completer.setMaxVisibleItems(SUGGESTIONS)
            # Both before setCompleter: ours run first, on the suggestions as they were.
            edit.textEdited.connect(lambda text, e=edit: self.suggest(e, text))
            completer.activated[QModelIndex].connect(
                lambda index, g=grid_field: self.chosen(index, g)
            )
            edit.setCompleter(completer)
            self.models[edit] = model

    def suggest(self, edit: QLineEdit, text: str) -> None:
        """Refill the field's suggestions with the places whose name begins with `text`."""
        model = self.models[edit]
        found = places.suggest_places(self.editor.store, text, limit=SUGGESTIONS)
        model.clear()
        for place in found:
            item = QStandardItem(suggestion_text(place))
            item.setData(place.name, NameRole)
            item.setData(place, PlaceRole)
            item.setEditable(False)
            model.appendRow(item)

    def chosen(self, index: QModelIndex, grid_field: str) -> None:
        """A suggestion was chosen: the grid takes the place's centre unless the officer
        typed one (a grid we filled for an earlier choice follows the new one)."""
        place = index.data(PlaceRole)
        if place is None:
            return
        grid_edit = self.editor._inputs[grid_field]
        current = grid_edit.text().strip()
        if current and current != self._filled.get(grid_field):
            return
        text = grid_display(grid_from_latlon(place.lat, place.lon, PLACE_DIGITS))
        grid_edit.setText(text)  # an edit like typing: Undo takes it away
        self._filled[grid_field] = text
        self.editor.show_note(
            grid_field, translate("PlaceField", CENTRE_NOTE).format(place=place.name)
        )

    def forget(self) -> None:
        """A record loaded: any grid in it is the record's, not one we filled."""
        self._filled.clear()
