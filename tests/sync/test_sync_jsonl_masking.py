"""JSON Lines and restricted contacts: masked on export unless revealed; never applied.

The export is read byte by byte: no name, phone, e-mail, place, notes or position of a
restricted person may be anywhere in the file, while the code that stands for them is.
An import of such a file must leave the real person as this database holds them.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from factories import make_contact, make_entry, make_incident, make_org, make_request
from sync_helpers import export, import_files, unit_db

from cimicdesk.cli import main
from cimicdesk.domain.enums import Sensitivity, UnitLevel
from cimicdesk.domain.masking import restricted_code
from cimicdesk.store import synced
from cimicdesk.store.contacts import get_contact, save_contact
from cimicdesk.store.search import search
from cimicdesk.sync.duplicates import merge_duplicate
from cimicdesk.sync.errors import JsonLinesError
from cimicdesk.sync.jsonl import export_records
from cimicdesk.sync.jsonl_import import import_records

NAME = "Amadou Qelvarrine"
PHONE = "+236 72 48 15 16"
EMAIL = "amadou.qelvarrine@example.org"
PLACE = "Zumbaliko"
POSITION = "Chef de la milice Zaroukou"
NOTES = "Meets us only at night near the Vroumbassa well."
TWIN = "Amadou Qelvarine (BANBAT 2)"  # the same person entered again, misspelt
# Every identifying piece of the restricted person, as it could appear in the file.
SECRETS = ("Qelvarrine", "Qelvarine", "72 48 15 16", "Zumbaliko", "Zaroukou", "Vroumbassa")


@pytest.fixture
def directory(tmp_path):
    """BANBAT 1 with a restricted source who is met, reports, asks for help, and was
    entered twice; and an ordinary contact, met at the same meeting."""
    store = unit_db(tmp_path / "bn1", "BANBAT 1")
    org = make_org(store, "Comité des sages")
    source = make_contact(
        store,
        NAME,
        position=POSITION,
        organisation_id=org.id,
        phones=(PHONE,),
        email=EMAIL,
        place=PLACE,
        grid="34NDM6409037550",
        notes=NOTES,
        languages=("fr", "sg"),
        sensitivity=Sensitivity.RESTRICTED,
    )
    twin = make_contact(store, TWIN, phones=(PHONE,))
    merge_duplicate(store, source.id, twin.id)
    mayor = make_contact(store, "Fatimé Abakar", position="Mayor", phones=("+236 75 00 00 01",))
    entry = make_entry(store, contacts=[source, mayor], orgs=[org], purpose="Market security")
    make_incident(store, source_contact_id=source.id, narrative="Road blocked at the bridge.")
    make_request(store, requesting_contact_id=source.id)
    yield store, source, twin, mayor, entry
    store.close()


def _contact_lines(path: Path) -> dict[str, dict]:
    lines = [json.loads(t) for t in path.read_text(encoding="utf-8").splitlines()]
    return {line["id"]: line for line in lines if line["type"] == "contact"}


def test_an_export_masks_restricted_contacts_by_default(directory, tmp_path):
    store, source, twin, mayor, _entry = directory
    out = tmp_path / "records.jsonl"
    export_records(store, out)

    raw = out.read_bytes()
    for secret in (*SECRETS, EMAIL):
        assert secret.encode() not in raw, secret
        assert secret.lower().encode() not in raw.lower(), secret
    assert restricted_code(source.id).encode() in raw
    lines = _contact_lines(out)
    assert lines[source.id] == {
        "type": "contact",
        "id": source.id,
        "origin_unit": "BANBAT 1",
        "created_at": source.created_at,
        "updated_at": lines[source.id]["updated_at"],
        "deleted": False,
        "sensitivity": "restricted",
        "masked": True,
        "restricted_code": restricted_code(source.id),
    }
    # The duplicate is the same person: masked too, under its own code.
    assert lines[twin.id]["masked"] is True and "name" not in lines[twin.id]
    # Everyone else is written in full, and the records name the source by id only.
    assert lines[mayor.id]["name"] == "Fatimé Abakar" and "masked" not in lines[mayor.id]
    assert source.id.encode() in raw


def test_revealing_writes_restricted_contacts_in_full(directory, tmp_path):
    store, source, twin, _mayor, _entry = directory
    out = tmp_path / "revealed.jsonl"
    export_records(store, out, reveal_restricted=True)
    raw = out.read_bytes()
    assert NAME.encode() in raw and PHONE.encode() in raw and EMAIL.encode() in raw
    lines = _contact_lines(out)
    assert lines[source.id]["notes"] == NOTES and "masked" not in lines[source.id]
    assert lines[twin.id]["name"] == TWIN


def test_a_masked_export_leaves_the_real_person_intact(directory, tmp_path):
    store, source, _twin, mayor, entry = directory
    sector = unit_db(tmp_path / "sector", "Sector Centre", UnitLevel.SECTOR)
    try:
        import_files(sector, [export(store, tmp_path / "week1.cimic")])
        before = synced.fetch_row(sector, "contacts", source.id)
        mayor.position = "Mayor of Bambari"  # an ordinary change travels with the file
        save_contact(store, mayor)
        out = tmp_path / "records.jsonl"
        export_records(store, out)

        result = import_records(sector, out)

        assert result.masked_skipped == 2  # the source and their duplicate
        assert result.applied == result.lines - 2 and "contact" in result.counts
        assert synced.fetch_row(sector, "contacts", source.id) == before  # clock included
        person = get_contact(sector, source.id)
        assert (person.name, person.phones, person.email, person.notes) == (
            NAME,
            (PHONE,),
            EMAIL,
            NOTES,
        )
        assert get_contact(sector, mayor.id).position == "Mayor of Bambari"
        # Still indexed as a restricted contact is: by its code, never by its name.
        code = restricted_code(source.id)
        assert [h.record_id for h in search(sector, code) if h.kind == "contact"] == [source.id]
        assert search(sector, "Qelvarrine") == []
        assert entry.id in {h.record_id for h in search(sector, "Market security")}
    finally:
        sector.close()


def test_a_masked_line_is_never_applied_even_with_fields_added(directory, tmp_path):
    store, source, _twin, _mayor, _entry = directory
    path = tmp_path / "edited.jsonl"
    line = {"type": "contact", "id": source.id, "masked": True, "name": "Someone Else"}
    line |= {"restricted_code": restricted_code(source.id), "deleted": True}
    path.write_text(json.dumps(line) + "\n", encoding="utf-8")
    result = import_records(store, path)
    assert (result.lines, result.applied, result.masked_skipped) == (1, 0, 1)
    person = get_contact(store, source.id)
    assert person.name == NAME and not person.deleted


def test_records_that_need_a_withheld_person_refuse_the_file(directory, tmp_path):
    store, source, *_ = directory
    out = tmp_path / "records.jsonl"
    export_records(store, out)
    empty = unit_db(tmp_path / "empty", "BANBAT 2")
    try:
        with pytest.raises(JsonLinesError) as caught:
            import_records(empty, out)
        problems = [str(message) for _, message in caught.value.problems]
        assert [m.split()[0] for m in problems] == [
            "target_id",  # the meeting's participant
            "source_contact_id",  # the incident's source
            "requesting_contact_id",  # the support request's requester
        ]
        assert all(f"restricted contact {restricted_code(source.id)}" in m for m in problems)
        assert empty.db.execute("SELECT count(*) FROM organisations").fetchone() == (0,)
        # The masked person alone is skipped, never created from the placeholder.
        alone = tmp_path / "alone.jsonl"
        masked = _contact_lines(out)[source.id]
        alone.write_text(json.dumps(masked) + "\n", encoding="utf-8")
        assert import_records(empty, alone).masked_skipped == 1
        assert synced.fetch_row(empty, "contacts", source.id) is None
    finally:
        empty.close()


def _run(capsys, *args) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def test_the_records_commands_mask_unless_told(directory, tmp_path, capsys):
    store = directory[0]
    path = store.path
    store.close()
    out = tmp_path / "masked.jsonl"
    code, text, err = _run(capsys, "records", "export", path, "--out", out)
    assert (code, err) == (0, "")
    assert "2 restricted contact(s) masked" in text and "--reveal-restricted" in text
    assert NAME.encode() not in out.read_bytes() and PHONE.encode() not in out.read_bytes()
    revealed = tmp_path / "revealed.jsonl"
    code, text, _ = _run(
        capsys, "records", "export", path, "--out", revealed, "--reveal-restricted"
    )
    assert code == 0 and "written in full" in text
    assert NAME.encode() in revealed.read_bytes() and PHONE.encode() in revealed.read_bytes()
    code, text, _ = _run(capsys, "records", "import", path, out)
    assert code == 0 and "skipped 2 masked restricted contact(s)" in text
    assert main(["records", "export", "--help"]) == 0
    help_text = capsys.readouterr().out
    assert "--reveal-restricted" in help_text and "masked" in help_text
