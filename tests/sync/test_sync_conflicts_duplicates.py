"""Settling concurrent edits, and finding and merging duplicate organisations and people."""

from __future__ import annotations

import pytest
from factories import action, make_contact, make_entry, make_org
from sync_helpers import export, import_files, unit_db

from cimicdesk.domain.enums import UnitLevel
from cimicdesk.domain.errors import CimicError
from cimicdesk.domain.records import Organisation
from cimicdesk.i18n.catalogue import texts
from cimicdesk.store import liaison, synced
from cimicdesk.store.organisations import get_organisation, save_organisation
from cimicdesk.sync.conflicts import keep_kept_value, keep_other_value, list_conflicts
from cimicdesk.sync.duplicates import find_duplicates, merge_duplicate, unmerge


@pytest.fixture
def units(tmp_path):
    sector = unit_db(tmp_path / "sector", "SECTOR W", UnitLevel.SECTOR)
    org = make_org(sector, "UNHCR", place="Bambari")
    start = export(sector, tmp_path / "start.cimic")
    bn1, bn2 = unit_db(tmp_path / "bn1", "BANBAT 1"), unit_db(tmp_path / "bn2", "BANBAT 2")
    for bn in (bn1, bn2):
        import_files(bn, [start])
    yield sector, bn1, bn2, org.id
    for store in (sector, bn1, bn2):
        store.close()


def _place(store, org_id, place):
    org = get_organisation(store, org_id)
    org.place = place
    save_organisation(store, org)


def _conflicted(units, tmp_path):
    sector, bn1, bn2, org_id = units
    _place(bn1, org_id, "Bria")
    _place(bn2, org_id, "Ndélé")
    files = [export(bn1, tmp_path / "1.cimic"), export(bn2, tmp_path / "2.cimic")]
    import_files(sector, files)
    (found,) = list_conflicts(sector)
    return found, files


def test_keeping_the_other_value_is_an_edit_that_wins_everywhere(units, tmp_path):
    sector, bn1, bn2, org_id = units
    found, files = _conflicted(units, tmp_path)
    assert found.title == "UNHCR" and found.current_value == found.kept_value
    assert found.source_unit in ("BANBAT 1", "BANBAT 2")
    settled = keep_other_value(sector, found.seq)
    assert settled.resolved == 1 and settled.current_value == found.other_value
    clock = synced.row_clock(synced.fetch_row(sector, "organisations", org_id), Organisation)
    assert clock["place"][0] == 3 and clock["place"][2] == sector.site_id
    assert list_conflicts(sector) == []
    # Each battalion also sees the conflict, then the sector's decision settles it there.
    decision = export(sector, tmp_path / "sector.cimic")
    import_files(bn1, [files[1], decision])
    import_files(bn2, [files[0], decision])
    for store in (bn1, bn2):
        assert get_organisation(store, org_id).place == found.other_value
        assert list_conflicts(store) == []


def test_a_conflict_on_a_record_with_no_title_names_its_kind_in_each_language(units, tmp_path):
    # BANBAT 1's entry, edited at once by BANBAT 1 and by sector HQ (the HQ above it: a
    # sister battalion may not change it, docs/exchange-rules.md).
    sector, bn1, _, org_id = units
    met = get_organisation(bn1, org_id)
    entry = make_entry(bn1, orgs=[met], actions=[action("Deliver tarpaulins")])
    import_files(sector, [export(bn1, tmp_path / "entry.cimic")])
    for store, wanted in ((sector, "Deliver 40 tarpaulins"), (bn1, "Deliver 60 tarpaulins")):
        edited = liaison.get_liaison(store, entry.id)
        edited.actions[0].description = wanted
        liaison.save_liaison(store, edited)
    import_files(sector, [export(bn1, tmp_path / "1.cimic")])
    (found,) = list_conflicts(sector)
    assert found.table == "follow_up_actions"
    assert str(found.title) == f"follow-up actions {found.row_id[:8]}"
    assert texts("fr").render(found.title) == f"actions de suivi {found.row_id[:8]}"


def test_keeping_the_kept_value_closes_the_conflict_without_an_edit(units, tmp_path):
    sector, _, _, org_id = units
    found, _ = _conflicted(units, tmp_path)
    before = synced.fetch_row(sector, "organisations", org_id)
    settled = keep_kept_value(sector, found.seq)
    assert settled.resolved == 1 and synced.fetch_row(sector, "organisations", org_id) == before
    with pytest.raises(CimicError, match="already settled"):
        keep_other_value(sector, found.seq)
    assert [c.seq for c in list_conflicts(sector, resolved=True)] == [found.seq]
    assert len(list_conflicts(sector, resolved=None)) == 1


def test_the_same_organisation_entered_twice_is_a_duplicate_candidate(units, tmp_path):
    sector, bn1, bn2, _ = units
    kilo1 = make_org(bn1, "Red Crescent Kilo", phones=("+236 75 12 34 56",))
    kilo2 = make_org(bn2, "  red crescent   KILO ", phones=("75123456",))
    make_org(bn2, "Red Crescent Lima", phones=("75123456",))  # another name
    make_org(bn1, "Caritas", place="Bria")
    make_org(bn2, "CARITAS", place="Ndélé")  # same name, nothing else in common
    chef1 = make_contact(bn1, "Élisabeth Ngaïkoumon", place="Bambari")
    chef2 = make_contact(bn2, "elisabeth ngaikoumon", place="BAMBARI")
    import_files(sector, [export(bn1, tmp_path / "1.cimic"), export(bn2, tmp_path / "2.cimic")])
    pairs = {(p.table, frozenset((p.keep_id, p.duplicate_id))): p for p in find_duplicates(sector)}
    kilo_key = ("organisations", frozenset((kilo1.id, kilo2.id)))
    chef_key = ("contacts", frozenset((chef1.id, chef2.id)))
    assert set(pairs) == {kilo_key, chef_key}
    kilo = pairs[kilo_key]
    assert {kilo.keep_unit, kilo.duplicate_unit} == {"BANBAT 1", "BANBAT 2"}
    assert "phone" in str(kilo.reason) and "place" in str(pairs[chef_key].reason)
    assert texts("fr").render(kilo.reason).startswith("même nom et même téléphone (…")


def test_merging_a_duplicate_is_a_clocked_edit_that_travels(units, tmp_path):
    sector, bn1, bn2, _ = units
    kilo1 = make_org(bn1, "Red Crescent Kilo", phones=("+236 75 12 34 56",))
    kilo2 = make_org(bn2, "Red Crescent Kilo", phones=("75123456",))
    import_files(sector, [export(bn1, tmp_path / "1.cimic"), export(bn2, tmp_path / "2.cimic")])
    merged = merge_duplicate(sector, kilo1.id, kilo2.id)
    assert merged.merged_into == kilo1.id
    clock = synced.row_clock(synced.fetch_row(sector, "organisations", kilo2.id), Organisation)
    assert clock["merged_into"][0] == 2 and clock["merged_into"][2] == sector.site_id
    assert find_duplicates(sector) == []
    import_files(bn2, [export(sector, tmp_path / "sector.cimic")])
    assert get_organisation(bn2, kilo2.id).merged_into == kilo1.id
    assert unmerge(sector, kilo2.id).merged_into is None
    assert len(find_duplicates(sector)) == 1


def test_merging_refuses_what_cannot_be_one_record(units):
    sector, _, _, org_id = units
    person = make_contact(sector, "Awa")
    other = make_org(sector, "UNHCR", place="Bambari")
    with pytest.raises(CimicError, match="itself"):
        merge_duplicate(sector, org_id, org_id)
    with pytest.raises(CimicError, match="two organisations, or two contacts"):
        merge_duplicate(sector, org_id, person.id)
    merge_duplicate(sector, org_id, other.id)
    with pytest.raises(CimicError, match="merged into the other"):
        merge_duplicate(sector, other.id, org_id)


def test_an_import_reports_the_duplicates_its_records_are_in_not_the_older_ones(units, tmp_path):
    sector, bn1, bn2, _ = units
    here = make_org(sector, "Red Crescent Kilo", phones=("+236 75 12 34 56",))
    old_pair = [
        make_org(sector, "Caritas", place="Bria"),
        make_org(sector, "CARITAS", place="Bria"),
    ]
    # ...left unmerged: a pair no import writes a record of.
    arriving = make_org(bn1, "red crescent KILO", phones=("75123456",))  # new, same as `here`
    make_org(bn1, "Médecins Sans Frontières", place="Bria")  # like nothing here
    person = make_contact(bn2, "Awa Yakité", place="Bambari")
    again = make_contact(bn2, "AWA YAKITE", place="bambari")  # a pair within one file
    first, second = import_files(
        sector, [export(bn1, tmp_path / "1.cimic"), export(bn2, tmp_path / "2.cimic")]
    )
    # Each file: the pairs a record it wrote is in (which of two records made in the same
    # millisecond is the survivor depends on their ids: the pairs are compared unordered).
    assert [(t, {a, b}) for t, a, b in first.duplicate_pairs] == [
        ("organisations", {here.id, arriving.id})
    ]
    assert [(t, {a, b}) for t, a, b in second.duplicate_pairs] == [
        ("contacts", {person.id, again.id})
    ]
    assert (first.duplicate_candidates, second.duplicate_candidates) == (1, 1)
    # The older pair is still a candidate in the database, listed by the Sync page.
    everything = find_duplicates(sector)
    assert {frozenset((p.keep_id, p.duplicate_id)) for p in everything} == {
        frozenset((here.id, arriving.id)),
        frozenset((person.id, again.id)),
        frozenset((old_pair[0].id, old_pair[1].id)),
    }
    # Looked up among some records: exactly the whole scan's pairs those records are in.
    for among in ({"organisations": {arriving.id}}, {"organisations": {old_pair[1].id}}):
        wanted = [p for p in everything if {p.keep_id, p.duplicate_id} & among["organisations"]]
        assert find_duplicates(sector, among=among) == wanted
    assert find_duplicates(sector, among={"contacts": {arriving.id}}) == []


def test_a_file_changing_an_old_record_into_a_duplicate_reports_it(units, tmp_path):
    sector, bn1, _, org_id = units  # UNHCR, Bambari: in the sector and in bn1
    twin = make_org(sector, "U.N.H.C.R.", place="Bambari")
    assert find_duplicates(sector) == []
    twin.name = "unhcr"  # the sector's own edit: now a twin of the old record by name
    save_organisation(sector, twin)
    _place(bn1, org_id, "bambari")  # bn1 edits the old record: it is written by the import
    (report,) = import_files(sector, [export(bn1, tmp_path / "1.cimic")])
    assert [(t, {a, b}) for t, a, b in report.duplicate_pairs] == [
        ("organisations", {org_id, twin.id})
    ]
