"""The lists tell where a grid lies against the gazetteer: '12 km NE of Kaga-Bandoro' in the
Place column when the officer gave a grid but no place, and in the Place and Grid tooltips."""

from __future__ import annotations

from ops_support import make_incident, make_qip, make_request
from place_helpers import BRIA, KAGA_BANDORO, add_places, moved
from PySide6.QtCore import Qt
from scripted_prompter import make_entry, make_org

from cimicdesk.domain.grid import grid_from_latlon
from cimicdesk.ui import i18n

NE_12 = moved(KAGA_BANDORO, 12, 45)
GRID_NE_12 = grid_from_latlon(NE_12.lat, NE_12.lon)
SW_3 = moved(BRIA, 3.4, 225)
GRID_SW_3 = grid_from_latlon(SW_3.lat, SW_3.lon)
Tip, Font = Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.FontRole


def cell(model, column, role=Qt.ItemDataRole.DisplayRole, row=0):
    return model.index(row, column).data(role)


def test_an_incident_with_a_grid_and_no_place_shows_where_it_lies(open_window, store, qtbot):
    add_places(store, KAGA_BANDORO, BRIA)
    make_incident(store, place="", grid=GRID_NE_12)
    window = open_window()
    model = window.show_page("incidents").model
    assert cell(model, model.PLACE) == "12 km NE of Kaga-Bandoro"
    assert cell(model, model.PLACE, Font).italic()  # the program's words, not the officer's
    assert cell(model, model.GRID, Tip) == "12 km NE of Kaga-Bandoro"


def test_a_place_written_keeps_its_cell_and_the_tooltip_adds_where(open_window, store, qtbot):
    add_places(store, KAGA_BANDORO, BRIA)
    make_entry(store, orgs=[make_org(store, "OCHA")], place="Lazare IDP site", grid=GRID_SW_3)
    window = open_window()
    model = window.show_page("liaison").model
    assert cell(model, model.PLACE) == "Lazare IDP site"
    assert cell(model, model.PLACE, Font) is None
    assert cell(model, model.PLACE, Tip) == "Lazare IDP site\n3.4 km SW of Bria"
    assert cell(model, model.GRID, Tip) == "3.4 km SW of Bria"


def test_organisations_and_qips_lists_say_it_too(open_window, store, qtbot):
    add_places(store, KAGA_BANDORO)
    make_org(store, "Mairie", grid=GRID_NE_12)
    make_qip(store, place="", grid=GRID_NE_12)
    window = open_window()
    organisations = window.show_page("organisations").model
    assert cell(organisations, organisations.PLACE) == "12 km NE of Kaga-Bandoro"
    qips = window.show_page("qips").model
    assert cell(qips, qips.PLACE) == "12 km NE of Kaga-Bandoro"


def test_a_support_request_tells_both_ends_in_its_type_tooltip(open_window, store, qtbot):
    add_places(store, KAGA_BANDORO, BRIA)
    make_request(
        store,
        from_place="Bria",
        from_grid=grid_from_latlon(BRIA.lat, BRIA.lon),
        to_place="",
        to_grid=GRID_NE_12,
    )
    window = open_window()
    model = window.show_page("support").model
    tip = cell(model, model.TYPE, Tip)
    lines = tip.splitlines()
    assert lines[1].startswith("From: Bria · ")  # 'at Bria' beside 'Bria' says nothing more
    assert "at Bria" not in tip
    assert lines[2].endswith("· 12 km NE of Kaga-Bandoro")


def test_no_gazetteer_no_description(open_window, store, qtbot):
    make_incident(store, place="", grid=GRID_NE_12)
    window = open_window()
    model = window.show_page("incidents").model
    assert cell(model, model.PLACE) == ""
    assert cell(model, model.GRID, Tip) is None


def test_in_french_the_compass_point_is_translated_and_the_name_is_not(open_window, store, qtbot):
    add_places(store, BRIA)
    make_incident(store, place="", grid=GRID_SW_3)
    i18n.install("fr")
    window = open_window()
    model = window.show_page("incidents").model
    assert cell(model, model.PLACE) == "à 3,4 km SO de Bria"
