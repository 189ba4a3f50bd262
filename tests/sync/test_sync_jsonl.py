"""JSON Lines: every record type out and back in, ordinary edits, all-or-nothing import."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from factories import make_contact, make_org
from sync_helpers import assert_in_both_languages, file_state, unit_db

from cimicdesk.domain.records import Organisation
from cimicdesk.store import synced
from cimicdesk.store.organisations import get_organisation
from cimicdesk.store.search import search
from cimicdesk.sync.errors import JsonLinesError
from cimicdesk.sync.jsonl import export_records, parse_line
from cimicdesk.sync.jsonl_import import import_records
from cimicdesk.sync.tables import BY_KIND, TABLES

MADE_HERE = ("liaison_participant", "mission_setting", "qip_transition", "incident_liaison_link")
DOC = Path(__file__).resolve().parents[2] / "docs" / "jsonl-format.md"


def _doc_blocks() -> dict[str, list[str]]:
    text = DOC.read_text(encoding="utf-8")
    blocks: dict[str, list[str]] = {"json": [], "jsonl": []}
    for kind, body in re.findall(r"```(jsonl?)\n(.*?)```", text, flags=re.S):
        blocks[kind] += [line for line in body.splitlines() if line.strip()]
    return blocks


@pytest.fixture
def sample(tmp_path) -> Path:
    """The complete example of docs/jsonl-format.md as a file."""
    path = tmp_path / "records.jsonl"
    path.write_text("\n".join(_doc_blocks()["jsonl"]) + "\n", encoding="utf-8")
    return path


def test_the_documented_examples_cover_every_type_and_parse():
    blocks = _doc_blocks()
    kinds = {json.loads(line)["type"] for line in blocks["json"]}
    assert kinds == set(BY_KIND)
    for number, line in enumerate(blocks["json"] + blocks["jsonl"], start=1):
        parse_line(number, line)


def test_the_documented_file_imports_into_an_empty_database(tmp_path, sample):
    store = unit_db(tmp_path / "db", "SECTOR W")
    result = import_records(store, sample)
    assert result.lines == 29 and result.counts["qip_transition"] == 7
    for table in TABLES:
        count = store.db.execute(f"SELECT count(*) FROM {table.name}").fetchone()[0]
        assert count >= 1, table.name
    qip = store.db.execute("SELECT status, origin_unit FROM qips").fetchone()
    assert qip == ("disbursed", "BANBAT 1")  # replayed through the lifecycle; attributed
    assert search(store, "pump fitted")
    store.close()


def _lines(path: Path) -> dict[tuple, dict]:
    found = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        item = json.loads(line)
        for stamp in ("created_at", "updated_at"):
            item.pop(stamp)
        key = (item["type"], item.pop("id"))
        if item["type"] in MADE_HERE:  # made by the program for the importing unit
            item.pop("origin_unit")
        if item["type"] == "qip_transition":  # replayed: new ids
            key = (item["type"], item["qip_id"], item["seq"])
        found[key] = item
    return found


def test_round_trip_keeps_every_record(tmp_path, sample):
    first = unit_db(tmp_path / "a", "BANBAT 1")
    import_records(first, sample)
    out = tmp_path / "a.jsonl"
    assert export_records(first, out) == 29
    second = unit_db(tmp_path / "b", "SECTOR W")
    import_records(second, out)
    again = tmp_path / "b.jsonl"
    export_records(second, again)
    assert _lines(again) == _lines(out)
    first.close()
    second.close()


def test_an_import_is_an_ordinary_edit_by_this_unit(tmp_path):
    store = unit_db(tmp_path / "db", "BANBAT 1")
    org = make_org(store, "UNHCR")
    path = tmp_path / "edit.jsonl"
    path.write_text(
        json.dumps({"type": "organisation", "id": org.id, "place": "Ndélé"})
        + "\n"
        + json.dumps({"type": "organisation", "name": "Mercy Corps", "place": "Bria"})
        + "\n",
        encoding="utf-8",
    )
    import_records(store, path)
    edited = synced.row_clock(synced.fetch_row(store, "organisations", org.id), Organisation)
    assert edited["place"][0] == 2 and edited["place"][2] == store.site_id
    assert edited["name"][0] == 1  # a field left out keeps its value and its clock
    assert get_organisation(store, org.id).name == "UNHCR"
    assert [v["place"] for v in synced.history(store, "organisations", org.id)] == [""]
    assert search(store, "Mercy Bria")
    store.close()


def test_a_bad_line_is_reported_by_number_and_nothing_is_applied(tmp_path):
    store = unit_db(tmp_path / "db", "BANBAT 1")
    org = make_org(store, "UNHCR")
    good = {"type": "contact", "name": "Awa Yakité", "organisation_id": org.id}
    lines = [
        json.dumps(good),
        json.dumps({"type": "organisation", "id": org.id, "place": "Bria"}),
        "{not json",
        json.dumps({"type": "vehicle", "name": "Land Cruiser"}),
        json.dumps({"type": "organisation", "name": "X", "colour": "red"}),
        json.dumps({"type": "organisation", "name": "Y", "org_type": "ngo"}),
        "",
        json.dumps({"type": "organisation", "name": "Z", "phones": "75 12 34 56"}),
    ]
    path = tmp_path / "bad.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    before = file_state(store)
    with pytest.raises(JsonLinesError) as caught:
        import_records(store, path)
    assert [n for n, _ in caught.value.problems] == [3, 4, 5, 6, 8]
    message = str(caught.value)
    assert "nothing of it was imported" in message and "line 4: unknown type 'vehicle'" in message
    assert "colour" in message and "'ngo' is not one of" in message
    assert message.startswith("bad.jsonl has 5 bad lines, so nothing of it was imported: line 3:")
    french = assert_in_both_languages(caught.value.message, message)
    assert french.startswith("bad.jsonl a 5 lignes incorrectes, donc rien n'en a été importé")
    assert "ligne 4\u00a0: type inconnu 'vehicle'" in french
    assert file_state(store) == before
    # Lines that parse but that a repository refuses: reported too, and still all or nothing.
    path.write_text(
        "\n".join(
            [
                json.dumps(good),
                json.dumps({"type": "organisation", "name": "  "}),
                json.dumps({"type": "contact", "name": "B", "organisation_id": str(org.id)[::-1]}),
            ]
        ),
        encoding="utf-8",
    )
    with pytest.raises(JsonLinesError) as caught:
        import_records(store, path)
    assert [n for n, _ in caught.value.problems] == [2, 3]
    assert "needs a name" in str(caught.value)
    assert file_state(store) == before
    assert store.db.execute("SELECT count(*) FROM contacts").fetchone()[0] == 0
    store.close()


def test_a_photo_whose_data_does_not_match_is_a_bad_line(tmp_path, sample):
    text = sample.read_text(encoding="utf-8").splitlines()
    photo = json.loads(text[-1])
    photo["sha256"] = "0" * 64
    text[-1] = json.dumps(photo)
    sample.write_text("\n".join(text), encoding="utf-8")
    store = unit_db(tmp_path / "db", "SECTOR W")
    with pytest.raises(JsonLinesError, match="line 29: the photo's data does not match"):
        import_records(store, sample)
    assert store.db.execute("SELECT count(*) FROM organisations").fetchone()[0] == 0
    store.close()


def test_deleted_lines_tombstone_and_children_can_come_alone(tmp_path, sample):
    store = unit_db(tmp_path / "db", "SECTOR W")
    import_records(store, sample)
    person = make_contact(store, "Idriss Mahamat")
    entry_id = store.db.execute("SELECT id FROM liaison_entries").fetchone()[0]
    org_id = store.db.execute("SELECT id FROM organisations").fetchone()[0]
    path = tmp_path / "more.jsonl"
    path.write_text(
        json.dumps(
            {
                "type": "liaison_participant",
                "entry_id": entry_id,
                "kind": "contact",
                "target_id": person.id,
            }
        )
        + "\n"
        + json.dumps({"type": "organisation", "id": org_id, "deleted": True})
        + "\n",
        encoding="utf-8",
    )
    import_records(store, path)
    live = store.db.execute(
        "SELECT count(*) FROM liaison_participants WHERE entry_id = ? AND deleted = 0", [entry_id]
    ).fetchone()[0]
    assert live == 3
    assert get_organisation(store, org_id).deleted
    store.close()


def test_an_incident_without_when_where_or_what_is_a_bad_line(tmp_path):
    """An incident report cannot lack when it happened, where and what happened."""
    store = unit_db(tmp_path / "db", "BANBAT 1")
    complete = {
        "type": "incident",
        "occurred_at": "2026-05-30T04:00:00.000Z",
        "reported_at": "2026-05-30T07:30:00.000Z",
        "grid": "34NDM6409037550",
        "narrative": "Traders robbed on the Grimari road by armed men.",
    }
    lines = [
        complete,
        {"type": "incident"},
        {**complete, "grid": "", "place": " "},
        {**complete, "narrative": ""},
        {**complete, "occurred_at": ""},
    ]
    path = tmp_path / "incidents.jsonl"
    path.write_text("\n".join(json.dumps(line) for line in lines) + "\n", encoding="utf-8")
    before = file_state(store)
    with pytest.raises(JsonLinesError) as caught:
        import_records(store, path)
    assert [n for n, _ in caught.value.problems] == [2, 3, 4, 5]
    problems = {number: str(problem) for number, problem in caught.value.problems}
    where = "Give where it happened: a place name or a grid reference."
    what = "Give what happened (the narrative)."
    assert where in problems[2] and what in problems[2] and "Give when it happened" in problems[2]
    assert where in problems[3] and what not in problems[3]
    assert what in problems[4] and where not in problems[4]
    assert "Give when it happened" in problems[5]
    assert file_state(store) == before
    assert store.db.execute("SELECT count(*) FROM incidents").fetchone()[0] == 0
    store.close()
