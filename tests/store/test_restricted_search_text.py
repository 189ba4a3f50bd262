"""Other records' search text names a restricted contact by code: a search shows no name."""

from __future__ import annotations

from factories import make_contact, make_entry

from cimicdesk.domain.enums import Sensitivity
from cimicdesk.domain.masking import restricted_code
from cimicdesk.store.contacts import get_contact, save_contact
from cimicdesk.store.search import search


def found(store, text: str) -> dict[str, str]:
    """record id -> kind of what a search finds."""
    return {hit.record_id: hit.kind for hit in search(store, text)}


def test_a_restricted_participant_makes_no_entry_findable_by_name(store):
    source = make_contact(store, "Bruno Kettenyi", sensitivity=Sensitivity.RESTRICTED)
    entry = make_entry(store, contacts=[source], purpose="Market security")
    assert found(store, "Kettenyi") == {}  # neither the contact nor the entry
    code = restricted_code(source.id)
    assert found(store, code) == {source.id: "contact", entry.id: "liaison"}  # by the code
    snippets = " ".join(hit.snippet for hit in search(store, "Market"))
    assert "Kettenyi" not in snippets and code in snippets


def test_making_a_contact_restricted_takes_the_name_out_of_the_entries_text(store):
    person = make_contact(store, "Amina Zoumandéyo")
    entry = make_entry(store, contacts=[person], purpose="Water point")
    assert entry.id in found(store, "Zoumandéyo")
    person = get_contact(store, person.id)
    person.sensitivity = Sensitivity.RESTRICTED
    save_contact(store, person)
    assert found(store, "Zoumandéyo") == {}
    assert entry.id in found(store, restricted_code(person.id))
    # And renamed (no longer restricted), both are found by the new name.
    person = get_contact(store, person.id)
    person.sensitivity, person.name = Sensitivity.NORMAL, "Amina Zoumandé-Kossi"
    save_contact(store, person)
    assert found(store, "Kossi") == {person.id: "contact", entry.id: "liaison"}


def test_an_incident_s_restricted_source_is_not_findable_by_name(store):
    from factories import make_incident

    source = make_contact(store, "Bruno Kettenyi", sensitivity=Sensitivity.RESTRICTED)
    incident = make_incident(store, source_contact_id=source.id, narrative="Road blocked.")
    assert incident.id not in found(store, "Kettenyi")
    assert incident.id in found(store, restricted_code(source.id))
