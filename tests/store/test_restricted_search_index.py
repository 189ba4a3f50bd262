"""Search never confirms who a source is: a restricted contact's name, phones, e-mail and
notes are neither found by a search nor held by the index's tables in the file."""

from __future__ import annotations

import pytest
from factories import (
    database_before,
    make_contact,
    make_entry,
    make_incident,
    make_org,
    make_request,
)
from index_contents import EVERYWHERE, NOWHERE, index_holds

from cimicdesk.domain.enums import ContactCategory, Sensitivity
from cimicdesk.domain.masking import restricted_code
from cimicdesk.store import contacts, schema, search
from cimicdesk.store.contacts import get_contact, save_contact
from cimicdesk.store.database import Store, open_database
from cimicdesk.store.filters import ContactFilter

PHONE = "+236 75998877"
HIDDEN = {
    "name": "Bruno Kettenyi",
    "part of the name": "Kett",
    "first name and part of the last": "bruno kette",
    "name in capitals, without the accent": "KETTENYI",
    "phone as written": PHONE,
    "phone digits": "75998877",
    "first phone digits": "759988",
    "e-mail": "bkettenyi@protonmail.example",
    "e-mail's domain": "protonmail",
    "word of the notes": "threatened",
    "position": "Gatekeeper",
    "place": "Ngakobo",
}


def source(store, org=None, **kw):
    """A restricted contact: Bruno Kettenyi, informant of the prefecture."""
    values = {
        "position": "Gatekeeper at the prefecture",
        "category": ContactCategory.YOUTH_REP,
        "phones": (PHONE,),
        "email": "bkettenyi@protonmail.example",
        "place": "Ngakobo",
        "notes": "Threatened after an earlier meeting; call only from a local number.",
        "sensitivity": Sensitivity.RESTRICTED,
        "organisation_id": org.id if org else None,
    }
    values.update(kw)
    return make_contact(store, "Bruno Kettenyi", **values)


def hits(store, text: str) -> list:
    return search.search(store, text)


@pytest.mark.parametrize("typed", HIDDEN.values(), ids=HIDDEN.keys())
def test_nothing_a_restricted_contact_hides_finds_it_or_what_names_it(store, typed):
    person = source(store, make_org(store, "Comité des sages", acronym="CDS"))
    make_entry(store, contacts=[person], purpose="Market security")
    make_incident(store, source_contact_id=person.id)
    make_request(store, requesting_contact_id=person.id)
    make_contact(store, "Awa Sow", phones=("+236 72 12 34 56",))  # someone to find
    assert hits(store, typed) == []  # no hit, masked or not: not even a count
    assert search.titles(store, [("contact", person.id)])[person.id] == (
        restricted_code(person.id),
        True,
    )
    # Nor does the Contacts list, filtered by the same words, while restricted are masked.
    assert contacts.count_contacts(store, ContactFilter(text=typed)) == 0


def test_a_restricted_contact_is_found_by_its_code_organisation_and_category(store):
    person = source(store, make_org(store, "Comité des sages", acronym="CDS"))
    code = restricted_code(person.id)
    for typed in (code, code.lower(), code[2:], "Comité sages", "CDS", "youth representative"):
        found = [h.record_id for h in hits(store, typed) if h.kind == "contact"]
        assert found == [person.id], typed
    (hit,) = hits(store, code)
    assert hit.restricted and hit.title == code
    assert "Kettenyi" not in hit.snippet and "Gatekeeper" not in hit.snippet


def test_the_index_never_holds_a_restricted_contact_s_hidden_text(store):
    source(store)
    for word in ("kettenyi", "75998877", "protonmail", "threatened", "gatekeeper", "ngakobo"):
        assert index_holds(store, word) == NOWHERE, word


def test_made_restricted_the_name_leaves_the_index_tables_and_made_normal_it_is_back(store):
    person = source(store, sensitivity=Sensitivity.NORMAL)
    entry = make_entry(store, contacts=[person], purpose="Market security")
    incident = make_incident(store, source_contact_id=person.id)
    request = make_request(store, requesting_contact_id=person.id)
    everyone = {person.id, entry.id, incident.id, request.id}
    assert {h.record_id for h in hits(store, "Kettenyi")} == everyone
    # The check below reads the raw tables: it sees the words while they are there.
    assert index_holds(store, "kettenyi") == EVERYWHERE
    assert index_holds(store, "75998877") == EVERYWHERE

    person = get_contact(store, person.id)
    person.sensitivity = Sensitivity.RESTRICTED
    save_contact(store, person)
    assert hits(store, "Kettenyi") == [] and hits(store, PHONE) == []
    for word in ("kettenyi", "bruno", "75998877", "protonmail", "threatened"):
        assert index_holds(store, word) == NOWHERE, word
    assert {h.record_id for h in hits(store, restricted_code(person.id))} == everyone

    person = get_contact(store, person.id)
    person.sensitivity = Sensitivity.SENSITIVE
    save_contact(store, person)
    assert {h.record_id for h in hits(store, "Kettenyi")} == everyone
    assert {h.record_id for h in hits(store, "75998877")} == {person.id}
    assert index_holds(store, "kettenyi")["terms"]


def test_a_revealed_contacts_list_filters_restricted_contacts_by_all_their_text(store):
    """Revealed (the officer ticked 'Reveal restricted'), the list shows the names: its
    filter matches them as it matches anyone's, from the table, not from the index."""
    person = source(store)
    other = make_contact(store, "Awa Sow", notes="threatened by the flood")
    for typed in HIDDEN.values():
        revealed = ContactFilter(text=typed, reveal_restricted=True)
        assert person.id in {c.id for c in contacts.list_contacts(store, revealed).items}, typed
        masked = ContactFilter(text=typed)
        assert person.id not in {c.id for c in contacts.list_contacts(store, masked).items}
    both = ContactFilter(text="threatened", reveal_restricted=True)
    assert {c.id for c in contacts.list_contacts(store, both).items} == {person.id, other.id}
    assert contacts.count_contacts(store, both) == 2
    assert contacts.count_contacts(store, ContactFilter(text="threatened")) == 1
    # A tombstoned source leaves the filter's matches, as a tombstone leaves the index.
    contacts.delete_contact(store, person.id)
    gone = ContactFilter(text="Kettenyi", reveal_restricted=True, include_deleted=True)
    assert contacts.count_contacts(store, gone) == 0
    assert index_holds(store, "kettenyi") == NOWHERE


def test_renaming_an_organisation_reindexes_its_restricted_people_by_the_new_name(store):
    from cimicdesk.store.organisations import get_organisation, save_organisation

    org = make_org(store, "Comité des sages")
    person = source(store, org)
    org = get_organisation(store, org.id)
    org.name = "Conseil des notables"
    save_organisation(store, org)
    assert [h.record_id for h in hits(store, "notables")] == [org.id, person.id]
    assert index_holds(store, "kettenyi") == NOWHERE


# --- migration 007 on a file of schema 6 -----------------------------------------------


def schema_6_database(path) -> Store:
    """A database as the previous version made it: migrations up to 006 only."""
    # The repositories that write its records below are today's: they store the liaison
    # field of 011 (which leaves a column already there alone).
    return database_before(
        path,
        "007_restricted_search",
        prepare=lambda db: db.execute(
            "ALTER TABLE liaison_entries ADD COLUMN significant INTEGER NOT NULL DEFAULT 0"
        ),
    )


def index_the_old_way(store: Store, person, entry) -> None:
    """The index as schema 6 wrote it: the contact by all its text, and (before restricted
    participants were listed by code) the entry by the participant's name."""
    person = get_contact(store, person.id)
    title, body = contacts.full_text(person)
    entry_doc = store.db.execute(
        "SELECT title, body FROM search_index WHERE kind = 'liaison' AND record_id = ?",
        [entry.id],
    ).fetchone()
    with store.db.atomic():  # committed: FTS5 writes its segments then
        search.index_many(
            store.db.conn,
            [
                ("contact", person.id, title, body),
                ("liaison", entry.id, entry_doc[0], f"{entry_doc[1]} {person.name}"),
            ],
        )


def test_migration_007_scrubs_an_index_written_by_the_previous_schema(db_path):
    old = schema_6_database(db_path)
    assert old.db.execute("PRAGMA user_version").fetchone()[0] == 6
    person = source(old)
    entry = make_entry(old, contacts=[person], purpose="Market security")
    awa = make_contact(old, "Awa Sow", phones=("+236 72 12 34 56",))
    index_the_old_way(old, person, entry)
    assert {h.record_id for h in hits(old, "Kettenyi")} == {person.id, entry.id}
    assert index_holds(old, "kettenyi") == EVERYWHERE
    old.close()

    with open_database(db_path) as store:
        assert store.db.execute("PRAGMA user_version").fetchone()[0] == schema.schema_version()
        assert store.backup_path is not None  # taken before the migration, as for any
        assert hits(store, "Kettenyi") == [] and hits(store, PHONE) == []
        for word in ("kettenyi", "75998877", "protonmail", "threatened"):
            assert index_holds(store, word) == NOWHERE, word
        code = restricted_code(person.id)
        assert {h.record_id for h in hits(store, code)} == {person.id, entry.id}
        assert [h.record_id for h in hits(store, "Sow 72 12 34 56")] == [awa.id]  # untouched


def test_migration_007_on_a_new_file_and_the_schema_version(db_path, store):
    assert schema.schema_version() >= 7
    assert "007_restricted_search" in schema.known_migration_names()
    assert store.db.execute("PRAGMA user_version").fetchone()[0] == schema.schema_version()
