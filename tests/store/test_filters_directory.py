"""Organisation, contact and liaison filters keep what the same filter keeps in Python."""

from dataclasses import dataclass

import pytest
from factories import make_contact, make_entry, make_org
from filter_checks import (
    OTHER_UNIT,
    SHARED_DATA,
    TEXTS,
    UNITS,
    check_filter,
    keeps_common,
    or_none,
    words_for,
)
from hypothesis import given
from hypothesis import strategies as st

from cimicdesk.domain.enums import ContactCategory, LiaisonType, OrgType, Sensitivity
from cimicdesk.store import contacts, liaison, organisations
from cimicdesk.store.filters import ContactFilter, LiaisonFilter, OrganisationFilter

DAYS = [
    "2026-05-01",
    "2026-05-06",
    "2026-05-06T07:00:00.000Z",
    "2026-05-13",
    "2026-05-13T12:00:00.000Z",
    "2026-05-31",
]


@dataclass
class Directory:
    """Stored organisations, contacts and entries, as the repositories read them back."""

    organisations: list
    contacts: list
    entries: list


@pytest.fixture
def directory(store) -> Directory:
    orgs = [
        make_org(store, f"Org {i}", org_type=list(OrgType)[i % 5], notes=words_for(i))
        for i in range(8)
    ]
    people = [
        make_contact(
            store,
            f"Person {i}",
            category=list(ContactCategory)[i % 4],
            sensitivity=list(Sensitivity)[i % 3],
            organisation_id=[None, orgs[0].id, orgs[1].id, orgs[2].id][i % 4],
            notes=words_for(i),
        )
        for i in range(14)
    ]
    entries = [
        make_entry(
            store,
            contacts=[people[i % 14], people[(3 * i) % 14]] if i % 4 != 3 else [],
            orgs=[orgs[i % 5]] if i % 2 else [],
            start=f"2026-05-{1 + i:02d}T{(5 * i) % 24:02d}:00:00.000Z",
            entry_type=list(LiaisonType)[i % 4],
            purpose=f"Meeting {i} {words_for(i)}",
            origin_unit=OTHER_UNIT if i % 3 == 0 else "",
        )
        for i in range(24)
    ]
    # Participants taken off entries leave tombstoned links behind.
    for entry in entries[1::4]:
        entry.participants = entry.participants[1:]
        liaison.save_liaison(store, entry)
    for org in orgs[5::2]:
        organisations.delete_organisation(store, org.id)
    for person in people[5::6]:
        contacts.delete_contact(store, person.id)
    for entry in entries[6::7]:
        liaison.delete_liaison(store, entry.id)
    return Directory(
        [organisations.get_organisation(store, o.id) for o in orgs],
        [contacts.get_contact(store, p.id) for p in people],
        [liaison.get_liaison(store, e.id) for e in entries],
    )


def keeps_organisation(org, where: OrganisationFilter) -> bool:
    return keeps_common(org, where, org.notes) and where.org_type in (None, org.org_type)


def keeps_contact(person, where: ContactFilter) -> bool:
    # A restricted contact's notes match only while restricted contacts are revealed.
    hidden = person.sensitivity is Sensitivity.RESTRICTED and not where.reveal_restricted
    return (
        keeps_common(person, where, "" if hidden else person.notes)
        and where.category in (None, person.category)
        and where.sensitivity in (None, person.sensitivity)
        and where.organisation_id in (None, person.organisation_id)
    )


def keeps_entry(entry, where: LiaisonFilter) -> bool:
    return (
        keeps_common(entry, where, entry.purpose)
        and where.entry_type in (None, entry.entry_type)
        and where.participant_id in (None, *(p.target_id for p in entry.participants))
        and (not where.date_from or entry.start >= where.date_from)
        and (not where.date_to or entry.start < where.date_to)
    )


@SHARED_DATA
@given(data=st.data())
def test_organisation_filters(store, directory, data):
    where = data.draw(
        st.builds(
            OrganisationFilter,
            text=TEXTS,
            include_deleted=st.booleans(),
            org_type=or_none(OrgType),
        )
    )
    check_filter(
        store,
        organisations.list_organisations,
        organisations.count_organisations,
        where,
        directory.organisations,
        keeps_organisation,
    )


@SHARED_DATA
@given(data=st.data())
def test_contact_filters(store, directory, data):
    where = data.draw(
        st.builds(
            ContactFilter,
            text=TEXTS,
            include_deleted=st.booleans(),
            category=or_none(ContactCategory),
            sensitivity=or_none(Sensitivity),
            organisation_id=or_none(o.id for o in directory.organisations[:4]),
            reveal_restricted=st.booleans(),
        )
    )
    check_filter(
        store,
        contacts.list_contacts,
        contacts.count_contacts,
        where,
        directory.contacts,
        keeps_contact,
    )


@SHARED_DATA
@given(data=st.data())
def test_liaison_filters(store, directory, data):
    actors = directory.contacts + directory.organisations
    starts = [e.start for e in directory.entries]  # a bound equal to a start keeps it
    where = data.draw(
        st.builds(
            LiaisonFilter,
            text=TEXTS,
            include_deleted=st.booleans(),
            unit=UNITS,
            entry_type=or_none(LiaisonType),
            participant_id=or_none(a.id for a in actors),
            date_from=or_none(DAYS + starts),
            date_to=or_none(DAYS + starts),
        )
    )
    check_filter(
        store, liaison.list_liaison, liaison.count_liaison, where, directory.entries, keeps_entry
    )


def test_each_liaison_filter_field_keeps_some_entries_and_drops_others(store, directory):
    """The data is rich enough for the property test to mean something: every field,
    alone, keeps some entries and drops others."""
    entries = directory.entries
    person = directory.contacts[0]
    for where in (
        LiaisonFilter(text="zorb"),
        LiaisonFilter(include_deleted=True, unit="BANBAT 1"),
        LiaisonFilter(unit=OTHER_UNIT),
        LiaisonFilter(entry_type=LiaisonType.BILATERAL),
        LiaisonFilter(participant_id=person.id),
        LiaisonFilter(date_from="2026-05-13"),
        LiaisonFilter(date_to="2026-05-06"),
    ):
        kept = liaison.count_liaison(store, where)
        assert 0 < kept < len(entries), where
        assert kept == sum(keeps_entry(e, where) for e in entries), where
    assert liaison.count_liaison(store, LiaisonFilter(include_deleted=True)) == len(entries)
    # The range is half-open: from its first moment, up to (not including) its last.
    entry = entries[12]
    assert entry.start == "2026-05-13T12:00:00.000Z"
    on_from = liaison.list_liaison(store, LiaisonFilter(date_from=entry.start), limit=100)
    on_to = liaison.list_liaison(store, LiaisonFilter(date_to=entry.start), limit=100)
    assert entry.id in {e.id for e in on_from.items}
    assert entry.id not in {e.id for e in on_to.items}
    # The participant taken off entry 1 no longer finds it.
    removed = entries[1]
    gone = next(p for p in directory.contacts if p.name == "Person 1")
    assert gone.id not in {p.target_id for p in removed.participants}
    found = liaison.list_liaison(store, LiaisonFilter(participant_id=gone.id), limit=100)
    assert removed.id not in {e.id for e in found.items}
