"""Pickers of contacts are lists too: a restricted contact is offered by its code only."""

from __future__ import annotations

import pytest
from ops_support import make_incident
from scripted_prompter import make_contact

from cimicdesk.domain.enums import Sensitivity
from cimicdesk.domain.masking import restricted_code
from cimicdesk.store.incidents import get_incident
from cimicdesk.ui.widgets.choices import chosen_id

PICKERS = [
    ("liaison", "addContactCombo"),
    ("qips", "focalPointCombo"),
    ("incidents", "sourceContactCombo"),
    ("support", "contactCombo"),
]


@pytest.mark.parametrize(("page_key", "picker"), PICKERS)
def test_a_restricted_contact_is_offered_by_code_never_by_name(
    open_window, store, page_key, picker
):
    make_contact(store, "Marie Ndoumba", position="Maire")
    source = make_contact(
        store, "Bruno Kette", position="Informant", sensitivity=Sensitivity.RESTRICTED
    )
    window = open_window()
    combo = getattr(window.show_page(page_key).editor.ui, picker)
    offered = [combo.itemText(i) for i in range(combo.count())]
    assert "Marie Ndoumba — Maire" in offered
    assert f"Restricted contact {restricted_code(source.id)}" in offered
    assert not any("Kette" in text or "Informant" in text for text in offered)
    # Typed as the Contacts list shows it, the code picks the person.
    combo.setEditText(f"Restricted contact {restricted_code(source.id)}")
    assert chosen_id(combo) == source.id


def test_an_incident_whose_source_is_restricted_shows_the_code(open_window, store):
    source = make_contact(store, "Bruno Kette", sensitivity=Sensitivity.RESTRICTED)
    incident = make_incident(store, source_contact_id=source.id)
    window = open_window()
    page = window.show_page("incidents")
    page.open_record(incident.id)
    assert page.editor.ui.sourceContactCombo.currentText() == (
        f"Restricted contact {restricted_code(source.id)}"
    )
    assert not page.editor.dirty  # shown by code, still the same person: nothing changed
    page.editor.ui.narrativeEdit.setPlainText("Roadblock lifted at noon.")
    assert page.save_record()
    assert get_incident(store, incident.id).source_contact_id == source.id
