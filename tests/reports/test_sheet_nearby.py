"""The record sheets print where a grid lies against the gazetteer beside the grid, in the
sheet's language, through the one description the lists use."""

from __future__ import annotations

from factories import make_entry, make_incident, make_org, make_qip, make_request
from place_helpers import BRIA, KAGA_BANDORO, add_places, moved

from cimicdesk.domain.grid import grid_from_latlon
from cimicdesk.i18n import catalogue
from cimicdesk.reports import record_sheet
from cimicdesk.reports.document import FieldGrid

NE_12 = moved(KAGA_BANDORO, 12, 45)
GRID_NE_12 = grid_from_latlon(NE_12.lat, NE_12.lon)
SW_3 = moved(BRIA, 3.4, 225)
GRID_SW_3 = grid_from_latlon(SW_3.lat, SW_3.lon)


def field(document, name: str) -> str:
    """The value printed beside a label in a sheet's header grids."""
    for block in document.blocks:
        if isinstance(block, FieldGrid):
            for label, value in block.pairs:
                if label == name:
                    return value
    raise AssertionError(f"no field {name}")


def test_an_incident_sheet_prints_12_km_ne_of_the_place_beside_the_grid(store):
    add_places(store, KAGA_BANDORO, BRIA)
    incident = make_incident(store, place="Road to Mbrès", grid=GRID_NE_12)
    document = record_sheet.incident_sheet(store, incident.id, catalogue.texts("en"))
    place = field(document, "Place")
    assert place.startswith("Road to Mbrès · 34N ")
    assert place.endswith("(12 km NE of Kaga-Bandoro)")


def test_liaison_qip_and_support_sheets_print_it_too(store):
    add_places(store, KAGA_BANDORO, BRIA)
    entry = make_entry(store, orgs=[make_org(store)], place="", grid=GRID_SW_3)
    text = field(record_sheet.liaison_sheet(store, entry.id, catalogue.texts("en")), "Place")
    assert text.endswith("(3.4 km SW of Bria)")
    qip = make_qip(store, grid=GRID_NE_12)
    text = field(record_sheet.qip_sheet(store, qip.id, catalogue.texts("en")), "Place")
    assert text.endswith("(12 km NE of Kaga-Bandoro)")
    request = make_request(store, to_grid=GRID_NE_12)
    document = record_sheet.support_sheet(store, request.id, catalogue.texts("en"))
    assert field(document, "To").endswith("(12 km NE of Kaga-Bandoro)")
    assert field(document, "From") == "Bambari"  # no grid: nothing to tell


def test_at_the_place_itself_the_sheet_does_not_repeat_it(store):
    add_places(store, BRIA)
    at_bria = grid_from_latlon(BRIA.lat, BRIA.lon)
    incident = make_incident(store, place="Bria", grid=at_bria)
    document = record_sheet.incident_sheet(store, incident.id, catalogue.texts("en"))
    assert "(" not in field(document, "Place")
    incident = make_incident(store, place="Gobolo, Bria", grid=at_bria)
    document = record_sheet.incident_sheet(store, incident.id, catalogue.texts("en"))
    assert "(" not in field(document, "Place")
    incident = make_incident(store, place="Market", grid=at_bria)
    document = record_sheet.incident_sheet(store, incident.id, catalogue.texts("en"))
    assert field(document, "Place").endswith("(at Bria)")


def test_a_french_sheet_translates_the_compass_point_not_the_name(store):
    add_places(store, BRIA)
    incident = make_incident(store, place="", grid=GRID_SW_3)
    document = record_sheet.incident_sheet(store, incident.id, catalogue.texts("fr"))
    assert field(document, "Lieu").endswith("(à 3,4 km SO de Bria)")
