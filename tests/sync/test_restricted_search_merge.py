"""A unit file's restricted contacts reach sector HQ's search index by code only; a contact
made restricted elsewhere leaves the name in none of sector's index tables."""

from __future__ import annotations

from factories import make_contact, make_entry, make_incident, make_org, make_request
from index_contents import NOWHERE, index_holds
from sync_helpers import export, import_files, unit_db

from cimicdesk.domain.enums import Sensitivity, UnitLevel
from cimicdesk.domain.masking import restricted_code
from cimicdesk.store.contacts import get_contact, save_contact
from cimicdesk.store.search import search

PHONE = "+236 75998877"


def _units(tmp_path):
    return (
        unit_db(tmp_path / "sector", "SECTOR W", UnitLevel.SECTOR),
        unit_db(tmp_path / "bn1", "BANBAT 1"),
    )


def _source_and_records(bn1, sensitivity):
    """Bruno Kettenyi, and an entry, an incident and a request naming him."""
    org = make_org(bn1, "Comité des sages")
    person = make_contact(
        bn1,
        "Bruno Kettenyi",
        organisation_id=org.id,
        phones=(PHONE,),
        notes="Threatened after an earlier meeting.",
        sensitivity=sensitivity,
    )
    records = {
        person.id,
        make_entry(bn1, contacts=[person], purpose="Market security").id,
        make_incident(bn1, source_contact_id=person.id).id,
        make_request(bn1, requesting_contact_id=person.id).id,
    }
    return person, records


def _index_rows(store):
    return sorted(store.db.execute("SELECT kind, record_id, title, body FROM search_index"))


def _found(store, text):
    return {hit.record_id for hit in search(store, text)}


def test_a_unit_file_s_restricted_contact_is_indexed_at_sector_by_code_only(tmp_path):
    sector, bn1 = _units(tmp_path)
    try:
        person, records = _source_and_records(bn1, Sensitivity.RESTRICTED)
        import_files(sector, [export(bn1, tmp_path / "bn1.cimic")])
        assert get_contact(sector, person.id).name == "Bruno Kettenyi"  # the record is whole
        for typed in ("Kettenyi", "Bruno", PHONE, "75998877", "threatened"):
            assert _found(sector, typed) == set(), typed
        for word in ("kettenyi", "bruno", "75998877", "threatened"):
            assert index_holds(sector, word) == NOWHERE, word
        assert _found(sector, restricted_code(person.id)) == records
        assert _index_rows(sector) == _index_rows(bn1)  # the repositories' own text
    finally:
        sector.close()
        bn1.close()


def test_made_restricted_at_a_unit_the_name_leaves_sector_s_index_and_comes_back(tmp_path):
    sector, bn1 = _units(tmp_path)
    try:
        person, records = _source_and_records(bn1, Sensitivity.NORMAL)
        import_files(sector, [export(bn1, tmp_path / "1.cimic")])
        assert _found(sector, "Kettenyi") == records
        assert index_holds(sector, "kettenyi")["data"]  # in the file's tables, before

        person = get_contact(bn1, person.id)
        person.sensitivity = Sensitivity.RESTRICTED
        save_contact(bn1, person)
        report = import_files(sector, [export(bn1, tmp_path / "2.cimic")])[0]
        assert report.counts["contacts"].updated == 1
        # The contact, and the entry, incident and request naming it, by code only.
        assert _found(sector, "Kettenyi") == set() and _found(sector, PHONE) == set()
        for word in ("kettenyi", "bruno", "75998877", "threatened"):
            assert index_holds(sector, word) == NOWHERE, word
        assert _found(sector, restricted_code(person.id)) == records
        assert _index_rows(sector) == _index_rows(bn1)

        person = get_contact(bn1, person.id)
        person.sensitivity = Sensitivity.NORMAL
        save_contact(bn1, person)
        import_files(sector, [export(bn1, tmp_path / "3.cimic")])
        assert _found(sector, "Kettenyi") == records
        assert _found(sector, "75998877") == {person.id}
    finally:
        sector.close()
        bn1.close()
