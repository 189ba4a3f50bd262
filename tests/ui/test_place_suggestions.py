"""Place fields suggest gazetteer places; choosing one fills the place and an empty grid
with the place's centre to 100 m, never a grid the officer typed."""

from __future__ import annotations

import pytest
from ops_support import make_request
from place_helpers import BAMBARI, BRIA, KAGA_BANDORO, KAGABO, add_places
from PySide6.QtCore import Qt
from scripted_prompter import click_row, make_org

from cimicdesk.domain.grid import grid_from_latlon
from cimicdesk.store import organisations, support_requests
from cimicdesk.ui.formatting import grid_display

# The offscreen platform says so of every popup (the suggestions' list is one).
POPUP_WARNINGS = pytest.mark.qt_log_ignore(
    r"This plugin does not support (raise|grabbing the keyboard|propagateSizeHints)"
)
KAGA_CENTRE = grid_from_latlon(KAGA_BANDORO.lat, KAGA_BANDORO.lon, 3)
BRIA_CENTRE = grid_from_latlon(BRIA.lat, BRIA.lon, 3)


def suggestions(edit) -> list[str]:
    model = edit.completer().model()
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def choose(qtbot, edit, typed: str, row: int = 0) -> None:
    """Type into a place field and pick a suggestion from its list with the keyboard."""
    edit.setFocus()
    qtbot.keyClicks(edit, typed)
    popup = edit.completer().popup()
    assert popup.isVisible()
    for _ in range(row + 1):
        qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)


@POPUP_WARNINGS
def test_typing_a_place_suggests_gazetteer_places(window, store, qtbot):
    add_places(store, KAGA_BANDORO, BAMBARI, BRIA, KAGABO)
    page = window.show_page("organisations")
    ui = page.editor.ui
    ui.placeEdit.setFocus()
    qtbot.keyClicks(ui.placeEdit, "kag")
    assert suggestions(ui.placeEdit) == ["Kaga-Bandoro (CF, 07)", "Kagabo (CF, 07)"]
    assert ui.placeEdit.text() == "kag"  # nothing typed for the officer
    qtbot.keyClicks(ui.placeEdit, "a-b")
    assert suggestions(ui.placeEdit) == ["Kaga-Bandoro (CF, 07)"]


@POPUP_WARNINGS
def test_choosing_a_place_fills_an_empty_grid_with_its_centre(window, store, qtbot):
    add_places(store, KAGA_BANDORO, BAMBARI)
    page = window.show_page("organisations")
    editor, ui = page.editor, page.editor.ui
    qtbot.keyClicks(ui.nameEdit, "Mairie de Kaga-Bandoro")
    choose(qtbot, ui.placeEdit, "Kaga")
    assert ui.placeEdit.text() == "Kaga-Bandoro"
    assert ui.gridEdit.text() == grid_display(KAGA_CENTRE)
    assert "Centre of Kaga-Bandoro" in editor.note_text("grid")
    assert "not the site" in editor.note_text("grid")
    qtbot.keyClick(ui.nameEdit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    [saved] = organisations.list_organisations(store).items
    stored = organisations.get_organisation(store, saved.id)
    assert (stored.place, stored.grid) == ("Kaga-Bandoro", KAGA_CENTRE)
    assert len(KAGA_CENTRE) == len("34NBN123456")  # 100 m


@POPUP_WARNINGS
def test_a_grid_the_officer_typed_is_never_overwritten(window, store, qtbot):
    add_places(store, KAGA_BANDORO)
    page = window.show_page("organisations")
    editor, ui = page.editor, page.editor.ui
    qtbot.keyClicks(ui.gridEdit, "34N BN 99757 72980")
    choose(qtbot, ui.placeEdit, "Kaga")
    assert ui.placeEdit.text() == "Kaga-Bandoro"
    assert ui.gridEdit.text() == "34N BN 99757 72980"
    assert editor.note_text("grid") == ""


@POPUP_WARNINGS
def test_a_grid_we_filled_follows_the_next_choice_and_undo_takes_it_away(window, store, qtbot):
    add_places(store, KAGA_BANDORO, BRIA)
    page = window.show_page("organisations")
    editor, ui = page.editor, page.editor.ui
    choose(qtbot, ui.placeEdit, "Kaga")
    assert ui.gridEdit.text() == grid_display(KAGA_CENTRE)
    ui.placeEdit.selectAll()
    choose(qtbot, ui.placeEdit, "Bri")
    assert ui.placeEdit.text() == "Bria"
    assert ui.gridEdit.text() == grid_display(BRIA_CENTRE)
    assert editor.undo()  # the grid goes back to Kaga-Bandoro's
    assert ui.gridEdit.text() == grid_display(KAGA_CENTRE)


@POPUP_WARNINGS
def test_a_saved_records_grid_is_not_replaced_by_a_place_chosen(open_window, store, qtbot):
    add_places(store, KAGA_BANDORO)
    make_org(store, "Mairie", grid="34NDM6409037550")
    window = open_window()
    page = window.show_page("organisations")
    click_row(qtbot, page.table, 0)
    ui = page.editor.ui
    choose(qtbot, ui.placeEdit, "Kaga")
    assert ui.gridEdit.text() == "34N DM 64090 37550"


@POPUP_WARNINGS
def test_the_support_requests_to_place_fills_the_to_grid_only(open_window, store, qtbot):
    add_places(store, KAGA_BANDORO, BAMBARI)
    request = make_request(store, from_place="", to_place="", from_grid="", to_grid="")
    window = open_window()
    page = window.show_page("support")
    click_row(qtbot, page.table, 0)
    ui = page.editor.ui
    ui.tabs.setCurrentIndex(page.editor.tab_of(ui.toPlaceEdit))
    choose(qtbot, ui.toPlaceEdit, "Kaga")
    assert ui.toGridEdit.text() == grid_display(KAGA_CENTRE)
    assert ui.fromGridEdit.text() == ""
    qtbot.keyClick(ui.toPlaceEdit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    stored = support_requests.get_support_request(store, request.id)
    assert (stored.to_place, stored.to_grid, stored.from_grid) == ("Kaga-Bandoro", KAGA_CENTRE, "")
