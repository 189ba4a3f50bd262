"""Full-text search over contacts, organisations and liaison entries."""

from helpers import action, make_contact, make_entry, make_org

from cimicdesk.store import contacts, liaison, organisations
from cimicdesk.store.search import fts_query, search


def test_finds_every_record_type_by_any_word(store):
    org = make_org(store, "Médecins Sans Frontières", acronym="MSF", place="Bambari")
    person = make_contact(
        store, "Jean-Baptiste Ngaïkoumon", organisation_id=org.id, position="Chef de quartier"
    )
    entry = make_entry(
        store,
        contacts=[person],
        purpose="Cholera outbreak near the market",
        actions=[action("Deliver chlorine tablets")],
    )
    assert {h.record_id for h in search(store, "msf")} == {org.id, person.id}
    assert [h.kind for h in search(store, "cholera")] == ["liaison"]
    assert search(store, "chlorine")[0].record_id == entry.id
    # accents are folded and words are prefixes
    assert search(store, "ngaikou")[0].record_id == person.id
    assert search(store, "frontieres bambari")[0].record_id == org.id
    assert search(store, "cholera", kinds=("contact",)) == []


def test_edits_and_tombstones_keep_the_index_in_step(store):
    person = make_contact(store, "Grace Nzapayeké")
    person.position = "Women's association president"
    contacts.save_contact(store, person)
    assert search(store, "association")[0].record_id == person.id
    contacts.delete_contact(store, person.id)
    assert search(store, "grace") == []
    contacts.restore_contact(store, person.id)
    assert search(store, "grace")[0].record_id == person.id


def test_operators_typed_by_the_user_are_searched_literally(store):
    make_org(store, "Comité AND NOT paix")
    assert fts_query('a "b" NEAR(c') == '"a"* "b"* "NEAR"* "c"*'
    assert search(store, 'AND "NOT') != []
    assert search(store, "***") == []


def test_list_text_filter_uses_the_index(store):
    org = make_org(store, "Danish Refugee Council", acronym="DRC")
    make_org(store, "World Food Programme", acronym="WFP")
    assert [o.id for o in organisations.list_organisations(store, text="refugee").items] == [org.id]
    person = make_contact(store, "John Okello")
    make_entry(store, contacts=[person], purpose="Water point repairs")
    assert liaison.count_liaison(store, text="water") == 1
    assert liaison.count_liaison(store, text="fire") == 0


def test_renaming_an_organisation_updates_its_peoples_entries(store):
    org = make_org(store, "Comité de paix", acronym="CDP")
    person = make_contact(store, "Sarah Williams", organisation_id=org.id)
    org.name = "Association des femmes"
    organisations.save_organisation(store, org)
    assert [h.record_id for h in search(store, "femmes", kinds=("contact",))] == [person.id]
    assert search(store, "comite", kinds=("contact",)) == []
