"""Organisations, contacts and the liaison log through their repository functions."""

from datetime import date

import pytest
from factories import action, make_contact, make_entry, make_org

from cimicdesk.domain.enums import ActionStatus, Cluster, ContactCategory, LiaisonType, OrgType
from cimicdesk.domain.errors import ValidationError
from cimicdesk.domain.records import Contact
from cimicdesk.store import contacts, liaison, organisations, synced
from cimicdesk.store.filters import LiaisonFilter, OrganisationFilter
from cimicdesk.store.stats import record_counts


def test_grid_is_normalised_and_position_stored(store):
    org = make_org(store, grid="34n bk 1234 5678", sectors=(Cluster.WSH, Cluster.HEA))
    assert org.grid == "34NBK12345678"
    row = synced.fetch_row(store, "organisations", org.id)
    assert 3 < row["lat"] < 6 and 17 < row["lon"] < 20
    assert organisations.get_organisation(store, org.id).sectors == (Cluster.WSH, Cluster.HEA)


def test_invalid_record_is_not_saved(store):
    with pytest.raises(ValidationError) as caught:
        contacts.save_contact(store, Contact(name="Abdoulaye Mahamat", grid="34NBK123"))
    assert caught.value.for_field("grid")
    assert contacts.count_contacts(store) == 0


def test_parent_organisation_must_exist(store):
    from cimicdesk.domain.records import Organisation

    with pytest.raises(ValidationError, match="parent organisation is unknown"):
        organisations.save_organisation(store, Organisation(name="Sub-office", parent_id="nope"))
    parent = make_org(store, "UNICEF")
    child = make_org(store, "UNICEF Bambari", parent_id=parent.id)
    assert organisations.get_organisation(store, child.id).parent_id == parent.id


def test_contact_with_unknown_organisation_is_refused(store):
    with pytest.raises(ValidationError, match="organisation is unknown"):
        contacts.save_contact(store, Contact(name="X", organisation_id="nope"))


def test_lists_filter_sort_and_page(store):
    for i in range(25):
        make_org(
            store, name=f"Org {i:02d}", org_type=OrgType.NATIONAL_NGO if i % 2 else OrgType.DONOR
        )
    first = organisations.list_organisations(store, limit=10)
    assert [o.name for o in first.items] == [f"Org {i:02d}" for i in range(10)]
    second = organisations.list_organisations(store, limit=10, after=first.cursor)
    third = organisations.list_organisations(store, limit=10, after=second.cursor)
    assert second.items[0].name == "Org 10" and len(third.items) == 5 and third.cursor is None
    backwards = organisations.list_organisations(store, descending=True, limit=3)
    assert [o.name for o in backwards.items] == ["Org 24", "Org 23", "Org 22"]
    donors = organisations.count_organisations(store, OrganisationFilter(org_type=OrgType.DONOR))
    assert donors == 13


def test_liaison_entry_with_participants_actions_and_reference(store):
    org = make_org(store, acronym="OCHA")
    person = make_contact(store, organisation_id=org.id)
    entry = make_entry(
        store,
        contacts=[person],
        orgs=[org],
        entry_type=LiaisonType.COORDINATION,
        purpose="Access to Bria road",
        actions=[action("Ask for escort", "2026-11-30")],
    )
    assert entry.ref == "BANBAT1-2026-0001"
    assert {p.target_id for p in entry.participants} == {person.id, org.id}
    assert entry.actions[0].entry_id == entry.id
    assert "Marie-Claire Yakité" in entry.participant_names
    second = make_entry(store, contacts=[person], start="2026-12-01T10:00:00.000Z")
    assert second.ref == "BANBAT1-2026-0002"
    assert make_entry(store, contacts=[person], start="2027-01-02T10:00:00.000Z").ref.endswith(
        "2027-0001"
    )


def test_removing_a_participant_tombstones_the_link(store):
    a, b = make_contact(store, "A"), make_contact(store, "B")
    entry = make_entry(store, contacts=[a, b])
    entry.participants = [p for p in entry.participants if p.target_id == a.id]
    saved = liaison.save_liaison(store, entry)
    assert [p.target_id for p in saved.participants] == [a.id]
    assert liaison.list_liaison(store, LiaisonFilter(participant_id=b.id)).items == []
    links = store.db.execute(
        "SELECT deleted FROM liaison_participants WHERE target_id = ?", [b.id]
    ).fetchall()
    assert links == [(1,)]


def test_last_contact_is_derived_from_the_log(store):
    person = make_contact(store)
    assert contacts.get_contact(store, person.id).last_contact == ""
    make_entry(store, contacts=[person], start="2026-10-01T08:00:00.000Z")
    latest = make_entry(store, contacts=[person], start="2026-11-02T08:00:00.000Z")
    assert contacts.get_contact(store, person.id).last_contact == "2026-11-02T08:00:00.000Z"
    liaison.delete_liaison(store, latest.id)
    assert contacts.get_contact(store, person.id).last_contact == "2026-10-01T08:00:00.000Z"


def test_entries_with_a_contact(store):
    a, b = make_contact(store, "A"), make_contact(store, "B")
    e1 = make_entry(store, contacts=[a])
    make_entry(store, contacts=[b])
    assert [
        e.id for e in liaison.list_liaison(store, LiaisonFilter(participant_id=a.id)).items
    ] == [e1.id]
    assert liaison.count_liaison(store, LiaisonFilter(participant_id=a.id)) == 1


def test_open_actions_overdue_first_and_closed_ones_drop_off(store):
    person = make_contact(store)
    entry = make_entry(
        store,
        contacts=[person],
        actions=[action("later", "2026-12-20"), action("undated"), action("late", "2026-11-01")],
    )
    found = liaison.open_actions(store, date(2026, 11, 25))
    assert [o.action.description for o in found] == ["late", "later", "undated"]
    assert [o.overdue for o in found] == [True, False, False]
    assert found[0].entry_ref == entry.ref
    liaison.set_action_status(store, found[0].action.id, ActionStatus.DONE)
    assert [o.action.description for o in liaison.open_actions(store, date(2026, 11, 25))] == [
        "later",
        "undated",
    ]
    liaison.delete_liaison(store, entry.id)
    assert liaison.open_actions(store, date(2026, 11, 25)) == []
    assert liaison.count_open_actions(store) == 0


def test_action_removed_from_entry_is_tombstoned(store):
    person = make_contact(store)
    entry = make_entry(store, contacts=[person], actions=[action("one"), action("two")])
    entry.actions = entry.actions[:1]
    assert [a.description for a in liaison.save_liaison(store, entry).actions] == ["one"]
    assert liaison.count_open_actions(store) == 1


def test_record_counts_ignore_tombstones(store):
    person = make_contact(store, category=ContactCategory.TRADITIONAL_LEADER)
    make_org(store)
    entry = make_entry(store, contacts=[person])
    liaison.delete_liaison(store, entry.id)
    counts = record_counts(store)
    assert counts["contacts"] == 1 and counts["organisations"] == 1
    assert counts["liaison_entries"] == 0


def test_names_sort_as_people_read_them_accents_and_case_aside(store):
    for name in ["Vakaga", "Élisabeth Ndakala", "eric Bozizé", "Zacharie", "Emmanuel"]:
        make_contact(store, name)
    names = [c.name for c in contacts.list_contacts(store).items]
    assert names == ["Élisabeth Ndakala", "Emmanuel", "eric Bozizé", "Vakaga", "Zacharie"]
    assert [n for _, n in contacts.contact_choices(store)] == names


def test_brief_liaison_lists_leave_the_long_texts_out(store):
    person = make_contact(store)
    entry = make_entry(store, contacts=[person], purpose="Water point", info_received="x" * 500)
    [full] = liaison.list_liaison(store).items
    [brief] = liaison.list_liaison(store, brief=True).items
    assert full.info_received == "x" * 500 and brief.info_received == ""
    assert (brief.id, brief.ref, brief.start, brief.participant_names) == (
        entry.id,
        entry.ref,
        entry.start,
        full.participant_names,
    )


def test_the_masked_contacts_order_pages_by_code_after_the_names_on_its_index(store):
    from cimicdesk.domain.enums import Sensitivity
    from cimicdesk.domain.masking import restricted_code
    from cimicdesk.store.paging import keyset_sql

    names = ["Awa Sow", "Zoé Yakité", "Marie Ndoumba"]
    for name in names:
        make_contact(store, name)
    hidden = [make_contact(store, f"Source {n}", sensitivity=Sensitivity.RESTRICTED) for n in "AB"]
    first = contacts.list_contacts(store, order_by="masked_name", limit=3)
    rest = contacts.list_contacts(store, order_by="masked_name", after=first.cursor, limit=3)
    ids = [c.id for c in first.items + rest.items]
    codes = sorted(hidden, key=lambda c: restricted_code(c.id))
    assert [c.name for c in first.items] == sorted(names)
    assert ids[3:] == [c.id for c in codes] and rest.cursor is None
    # Each page is read along the index of migration 006, not by sorting every contact.
    sql, params = keyset_sql(
        "contacts",
        contacts._query(store, None),
        contacts.SORTS["masked_name"],
        False,
        first.cursor,
        200,
    )
    plan = " ".join(str(row) for row in store.db.execute("EXPLAIN QUERY PLAN " + sql, params))
    assert "contacts_masked_name" in plan and "TEMP B-TREE" not in plan
