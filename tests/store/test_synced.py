"""Per-field clocks, history of overwritten versions, and tombstones."""

import json

import pytest
from factories import make_contact, make_org

from cimicdesk.domain.errors import RecordNotFoundError
from cimicdesk.store import synced
from cimicdesk.store.filters import OrganisationFilter
from cimicdesk.store.organisations import (
    delete_organisation,
    get_organisation,
    list_organisations,
    restore_organisation,
    save_organisation,
)


def _clock(store, table, record_id):
    from cimicdesk.domain.records import Organisation

    return synced.row_clock(synced.fetch_row(store, table, record_id), Organisation)


def test_new_record_has_uuid_origin_stamps_and_a_clock_per_field(store):
    org = make_org(store, acronym="HCR")
    assert len(org.id) == 36 and org.origin_unit == "BANBAT 1"
    assert org.created_at == org.updated_at and org.created_at.endswith("Z")
    clock = _clock(store, "organisations", org.id)
    assert set(clock) == {*org.business_fields(), "deleted"}
    assert all(c[0] == 1 and c[2] == store.site_id for c in clock.values())


def test_edit_bumps_only_changed_fields_and_keeps_the_old_version(store):
    org = make_org(store, acronym="HCR")
    org.name = "UN Refugee Agency"
    save_organisation(store, org)
    clock = _clock(store, "organisations", org.id)
    assert clock["name"][0] == 2
    assert clock["acronym"][0] == 1
    history = synced.history(store, "organisations", org.id)
    assert [h["name"] for h in history] == ["UNHCR"]


def test_saving_unchanged_record_writes_nothing(store):
    org = make_org(store)
    again = save_organisation(store, get_organisation(store, org.id))
    assert again.updated_at == org.updated_at
    assert synced.history(store, "organisations", org.id) == []


def test_delete_is_a_tombstone_and_undo_brings_it_back(store):
    org = make_org(store)
    delete_organisation(store, org.id)
    assert get_organisation(store, org.id).deleted  # the row is still there
    assert list_organisations(store).items == []
    assert [
        o.id for o in list_organisations(store, OrganisationFilter(include_deleted=True)).items
    ] == [org.id]
    assert _clock(store, "organisations", org.id)["deleted"][0] == 2
    restore_organisation(store, org.id)
    assert [o.id for o in list_organisations(store).items] == [org.id]
    assert len(synced.history(store, "organisations", org.id)) == 2


def test_unknown_id_is_a_clear_error(store):
    with pytest.raises(RecordNotFoundError, match="No organisation"):
        get_organisation(store, "missing")


def test_edits_of_a_handed_over_database_are_refused(store):
    from cimicdesk.domain.errors import ReadOnlyDatabaseError

    contact = make_contact(store)
    store._state = "handed_over"
    contact.position = "Chef de village"
    from cimicdesk.store.contacts import save_contact

    with pytest.raises(ReadOnlyDatabaseError, match="handed over"):
        save_contact(store, contact)


def test_clock_column_is_compact_and_decodes_to_every_field(store):
    org = make_org(store)
    org.acronym = "HCR"
    save_organisation(store, org)
    stored = json.loads(synced.fetch_row(store, "organisations", org.id)["clock"])
    assert set(stored) == {"*", "acronym"}  # one shared clock, one for the edited field
    clock = _clock(store, "organisations", org.id)
    assert clock["acronym"][0] == 2 and clock["name"][0] == 1 and clock["deleted"][0] == 1
