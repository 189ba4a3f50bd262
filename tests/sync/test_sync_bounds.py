"""Numbers beyond their range and JSON nested without end, in unit files and JSON Lines:
refused in one line naming the file, record and field, and nothing changes (issue 11)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from factories import make_contact, make_incident
from sync_helpers import (
    assert_in_both_languages,
    canonical_dump,
    export,
    file_state,
    import_files,
    set_clock_field,
    tamper,
    unit_db,
)

from cimicdesk.cli import main
from cimicdesk.domain.bounds import MAX_COUNTER
from cimicdesk.domain.enums import UnitLevel
from cimicdesk.domain.errors import ValidationError
from cimicdesk.store import contacts
from cimicdesk.store.incidents import get_incident, save_incident
from cimicdesk.store.mission_settings import get_mission_settings, setting_id
from cimicdesk.sync import errors as why
from cimicdesk.sync.errors import JsonLinesError, PackageRefusedError
from cimicdesk.sync.jsonl_import import import_records
from cimicdesk.sync.tables import BY_KIND

DOC = Path(__file__).resolve().parents[2] / "docs" / "jsonl-format.md"
DEEP = 100_000
STAMP = "2026-01-01T00:00:00.000Z"


def _doc_lines() -> list[str]:
    """The complete example file of docs/jsonl-format.md, line by line."""
    text = DOC.read_text(encoding="utf-8")
    lines = []
    for body in re.findall(r"```jsonl\n(.*?)```", text, flags=re.S):
        lines += [line for line in body.splitlines() if line.strip()]
    return lines


@pytest.fixture
def units(tmp_path):
    """A battalion with one contact, its export, and a sector that imported it."""
    bn = unit_db(tmp_path / "bn", "BANBAT 1")
    person = make_contact(bn, "Marie Ndoumba")
    hq = unit_db(tmp_path / "hq", "Sector Centre", UnitLevel.SECTOR)
    import_files(hq, [export(bn, tmp_path / "first.cimic")])
    yield bn, hq, person
    bn.close()
    hq.close()


def _forged(bn, path: Path, table: str, sql: str, params: tuple = ()) -> Path:
    """An export of `bn` changed with SQL, its manifest recomputed (a forger's file)."""
    export(bn, path)
    tamper(path, sql, params, refresh_manifest=True, signer=bn)
    return path


def _with_counter(bn, path: Path, counter: int) -> Path:
    names = BY_KIND["contact"].fields
    clock = bn.db.conn.execute("SELECT clock FROM contacts").fetchone()[0]
    forged = set_clock_field(clock, names, "name", [counter, STAMP, bn.site_id])
    return _forged(bn, path, "contacts", "UPDATE contacts SET clock = ?", (forged,))


# --- unit files ---------------------------------------------------------------------------


@pytest.mark.parametrize("counter", [2**63, 2**63 - 1, 2**64 + 5, MAX_COUNTER + 1, 0])
def test_an_edit_counter_out_of_range_refuses_the_file_naming_record_and_field(
    units, tmp_path, counter
):
    bn, hq, person = units
    path = _with_counter(bn, tmp_path / "BANBAT1-forged.cimic", counter)
    before = file_state(hq)
    with pytest.raises(PackageRefusedError) as caught:
        import_files(hq, [path])
    message = str(caught.value)
    assert_in_both_languages(caught.value.message, message)
    assert caught.value.reason == why.OUT_OF_RANGE
    assert "\n" not in message and message.startswith("BANBAT1-forged.cimic holds a number")
    assert f"contacts record {person.id}: the edit counter of name" in message
    assert f"not {counter}" in message and "Nothing was changed." in message
    assert file_state(hq) == before


def test_a_counter_python_cannot_read_refuses_the_file_saying_so(units, tmp_path):
    # 5,000 digits: valid JSON and out of range for SQLite, but past Python's limit for
    # turning digits into an int, so the clock cannot be read at all (it said "None").
    bn, hq, person = units
    path = _with_counter(bn, tmp_path / "BANBAT1-digits.cimic", 424_242)
    tamper(
        path,
        "UPDATE contacts SET clock = replace(clock, '424242', ?)",
        ("9" * 5000,),
        refresh_manifest=True,
        signer=bn,
    )
    with pytest.raises(PackageRefusedError) as caught:
        import_files(hq, [path])
    assert caught.value.reason == why.OUT_OF_RANGE
    assert f"contacts record {person.id}: its clock is not readable" in str(caught.value)
    assert "None" not in str(caught.value)


def _counter_here(store, counter: int) -> None:
    """Set the counter of the contact's name in a database, as one that took such a
    counter in before imports bounded its jumps (sync/limits.py) would hold it."""
    names = BY_KIND["contact"].fields
    clock = store.db.conn.execute("SELECT clock FROM contacts").fetchone()[0]
    forged = set_clock_field(clock, names, "name", [counter, STAMP, store.site_id])
    with store.db.conn:
        store.db.conn.execute("UPDATE contacts SET clock = ?", [forged])


def test_the_largest_counter_allowed_imports_and_edits_on(units, tmp_path):
    bn, hq, person = units
    # A counter may jump at most limits.MAX_COUNTER_STEP past the receiver's own, so
    # both databases already hold one just below the bound (taken in before imports
    # bounded the jumps): the file's MAX_COUNTER is one step on.
    _counter_here(bn, MAX_COUNTER - 1)
    _counter_here(hq, MAX_COUNTER - 1)
    import_files(hq, [_with_counter(bn, tmp_path / "top.cimic", MAX_COUNTER)])
    record = contacts.get_contact(hq, person.id)
    record.name = "Marie Ndoumba-Yakité"
    contacts.save_contact(hq, record)  # its counter stays at MAX_COUNTER, still accepted
    assert hq.db.conn.execute(
        "SELECT json_extract(clock, '$.name[0]') FROM contacts"
    ).fetchone() == (MAX_COUNTER,)
    [report] = import_files(bn, [export(hq, tmp_path / "hq.cimic")])
    assert report.rejected == []
    assert contacts.get_contact(bn, person.id).name == "Marie Ndoumba-Yakité"


def test_a_counter_of_2_63_minus_1_never_reaches_the_sectors_own_exports(units, tmp_path):
    # Issue 11: the sector imported a counter of 2^63 - 1, its next edit made it 2^63, and
    # every unit that imported the sector's export then crashed with OverflowError.
    bn, hq, person = units
    with pytest.raises(PackageRefusedError):
        import_files(hq, [_with_counter(bn, tmp_path / "forged.cimic", 2**63 - 1)])
    record = contacts.get_contact(hq, person.id)
    record.notes = "Met at the water committee"
    contacts.save_contact(hq, record)
    receiver = unit_db(tmp_path / "bn2", "BANBAT 2")
    try:
        [report] = import_files(receiver, [export(hq, tmp_path / "sector.cimic")])
        assert report.status == "imported" and report.rejected == []
        assert contacts.get_contact(receiver, person.id).notes == "Met at the water committee"
        [report] = import_files(bn, [tmp_path / "sector.cimic"])
        assert report.rejected == []
        assert contacts.get_contact(bn, person.id).notes == "Met at the water committee"
    finally:
        receiver.close()


@pytest.mark.parametrize(
    ("column", "value", "shown"),
    [
        ("killed_civilian_men", 2**63 - 1, "killed_civilian_men must be a whole number from 0"),
        ("killed_civilian_men", -1, "killed_civilian_men must be a whole number from 0"),
        (
            "injured_un_personnel",
            10_000,
            "injured_un_personnel must be a whole number from 0 to 9999, not 10000",
        ),
        ("lat", 1e308, "lat must be a number from -90 to 90"),
    ],
)
def test_a_quantity_out_of_range_refuses_the_file(tmp_path, column, value, shown):
    bn = unit_db(tmp_path / "bn", "BANBAT 1")
    incident = make_incident(bn)
    hq = unit_db(tmp_path / "hq", "Sector Centre", UnitLevel.SECTOR)
    try:
        path = _forged(
            bn, tmp_path / "bn.cimic", "incidents", f"UPDATE incidents SET {column} = ?", (value,)
        )
        before = canonical_dump(hq)
        with pytest.raises(PackageRefusedError) as caught:
            import_files(hq, [path])
        assert caught.value.reason == why.OUT_OF_RANGE
        assert f"incidents record {incident.id}: {shown}" in str(caught.value)
        assert canonical_dump(hq) == before
    finally:
        bn.close()
        hq.close()


def test_json_nested_100000_deep_in_a_unit_file_is_refused_plainly(units, tmp_path):
    bn, hq, person = units
    deep = "[" * DEEP + "]" * DEEP
    # In a clock: that row is rejected (its clock cannot be read), the rest merges.
    make_contact(bn, "Awa Sow")
    path = _forged(
        bn,
        tmp_path / "clock.cimic",
        "contacts",
        "UPDATE contacts SET clock = ? WHERE id = ?",
        (deep, person.id),
    )
    [report] = import_files(hq, [path])
    assert [(r.table, r.row_id) for r in report.rejected] == [("contacts", person.id)]
    assert "its clock is not readable" in str(report.rejected[0].reason)
    assert {c.name for c in contacts.list_contacts(hq).items} == {"Marie Ndoumba", "Awa Sow"}
    # In a mission setting's value: rejected, and the settings still read.
    path = _forged(
        bn,
        tmp_path / "setting.cimic",
        "mission_settings",
        "INSERT INTO mission_settings (id, origin_unit, created_at, updated_at, updated_site, "
        "deleted, clock, setting, value) VALUES (?, 'BANBAT 1', ?, ?, ?, 0, ?, ?, ?)",
        (
            setting_id("qip_ceiling_usd"),
            STAMP,
            STAMP,
            bn.site_id,
            json.dumps({"*": [1, STAMP, bn.site_id]}),
            "qip_ceiling_usd",
            deep,
        ),
    )
    [report] = import_files(hq, [path])
    assert [str(r.reason) for r in report.rejected] == ["its value is not JSON"]
    assert get_mission_settings(hq).qip_ceiling_usd == 50_000.0
    # In the manifest's row counts: the file is refused.
    export(bn, tmp_path / "manifest.cimic")
    tamper(tmp_path / "manifest.cimic", "UPDATE export_manifest SET counts = ?", (deep,), signer=bn)
    with pytest.raises(PackageRefusedError) as caught:
        import_files(hq, [tmp_path / "manifest.cimic"])
    assert caught.value.reason == why.TAMPERED and "nested deeper than 32" in str(caught.value)


def test_a_mission_setting_out_of_range_in_a_unit_file_is_rejected(units, tmp_path):
    bn, hq, _ = units
    for value in ("1e400", "20000000", "-3"):
        path = _forged(
            bn,
            tmp_path / f"setting{len(value)}.cimic",
            "mission_settings",
            "INSERT OR REPLACE INTO mission_settings (id, origin_unit, created_at, updated_at, "
            "updated_site, deleted, clock, setting, value) "
            "VALUES (?, 'BANBAT 1', ?, ?, ?, 0, ?, 'qip_ceiling_usd', ?)",
            (
                setting_id("qip_ceiling_usd"),
                STAMP,
                STAMP,
                bn.site_id,
                json.dumps({"*": [1, STAMP, bn.site_id]}),
                value,
            ),
        )
        [report] = import_files(hq, [path])
        [rejected] = report.rejected
        assert str(rejected.reason) == "its value is refused: Give a number from 0 to 10000000."
        assert get_mission_settings(hq).qip_ceiling_usd == 50_000.0


# --- JSON Lines ---------------------------------------------------------------------------


def _problems(error: JsonLinesError) -> list[tuple[int, str]]:
    """The bad lines of a file, each with its English."""
    return [(number, str(problem)) for number, problem in error.problems]


def _jsonl_with(tmp_path: Path, kind: str, **changes) -> tuple[Path, int]:
    """The documented example file with one line of `kind` changed; (file, its number)."""
    lines = _doc_lines()
    number = next(i for i, line in enumerate(lines) if json.loads(line)["type"] == kind)
    item = json.loads(lines[number])
    item.update(changes)
    lines[number] = json.dumps(item)
    path = tmp_path / "records.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path, number + 1


@pytest.mark.parametrize(
    ("kind", "field", "value", "shown"),
    [
        ("incident", "killed_civilian_men", 2**63, "a whole number from 0 to 9999"),
        ("incident", "killed_civilian_men", 2**63 - 1, "a whole number from 0 to 9999"),
        ("qip", "targeted_women", 2**64, "a whole number from 0 to 99999"),
        ("qip", "budget_requested_usd", 10**400, "a number from 0 to 10000000"),
        ("qip_tranche", "amount_usd", -5.0, "a number from 0 to 10000000"),
        ("support_request", "passengers", 10_000, "a whole number from 0 to 9999"),
        ("qip_transition", "seq", 2**63, "a whole number from 1 to 10000"),
    ],
)
def test_a_json_lines_number_out_of_range_is_refused_naming_line_and_field(
    tmp_path, kind, field, value, shown
):
    store = unit_db(tmp_path / "db", "BANBAT 1")
    try:
        path, number = _jsonl_with(tmp_path, kind, **{field: value})
        before = file_state(store)
        with pytest.raises(JsonLinesError) as caught:
            import_records(store, path)
        assert _problems(caught.value) == [(number, f"{field} must be {shown}, not {value}")]
        assert str(caught.value).startswith("records.jsonl has 1 bad line,")
        assert_in_both_languages(caught.value.message, str(caught.value))
        assert file_state(store) == before
    finally:
        store.close()


def test_json_lines_nested_100000_deep_are_refused(tmp_path):
    store = unit_db(tmp_path / "db", "BANBAT 1")
    try:
        path = tmp_path / "deep.jsonl"
        lines = [
            "[" * DEEP + "]" * DEEP,
            json.dumps({"type": "organisation", "name": "X", "sectors": "[" * DEEP}),
            '{"type": "organisation", "name": "Y", "sectors": ' + "[" * DEEP + "]" * DEEP + "}",
        ]
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        with pytest.raises(JsonLinesError) as caught:
            import_records(store, path)
        assert _problems(caught.value) == [
            (1, "not a record: it is nested deeper than 32 levels"),
            (2, "sectors must be a list"),  # brackets inside text do not count
            (3, "not a record: it is nested deeper than 32 levels"),
        ]
        setting = tmp_path / "setting.jsonl"
        setting.write_text(
            json.dumps(
                {
                    "type": "mission_setting",
                    "setting": "qip_ceiling_usd",
                    "value": "[" * DEEP + "]" * DEEP,
                }
            )
            + "\n",
            encoding="utf-8",
        )
        with pytest.raises(JsonLinesError) as caught:
            import_records(store, setting)
        assert _problems(caught.value) == [(1, "line 1: the value is not JSON")]
    finally:
        store.close()


def test_the_store_refuses_a_number_no_editor_could_show(tmp_path):
    # The windows's editors and the JSON Lines import save through the same repositories.
    store = unit_db(tmp_path / "db", "BANBAT 1")
    try:
        incident = make_incident(store)
        incident.killed_civilian_men = 2**63
        with pytest.raises(ValidationError) as caught:
            save_incident(store, incident)
        assert str(caught.value.for_field("killed_civilian_men")) == (
            "Give a whole number from 0 to 9999."
        )
        assert get_incident(store, incident.id).killed_civilian_men == 0
    finally:
        store.close()


# --- the commands -------------------------------------------------------------------------


def test_the_commands_refuse_in_one_line_and_exit_2(units, tmp_path, capsys):
    bn, hq, _ = units
    forged = _with_counter(bn, tmp_path / "forged.cimic", 2**63)
    path, number = _jsonl_with(tmp_path, "incident", killed_civilian_men=2**63)
    deep = tmp_path / "deep.jsonl"
    deep.write_text("{" * DEEP + "\n", encoding="utf-8")
    hq_path = hq.path
    hq.close()
    for args, expected in (
        (["import", hq_path, forged], "forged.cimic holds a number out of range"),
        (["records", "import", hq_path, path], f"line {number}: killed_civilian_men must be"),
        (["records", "import", hq_path, deep], "line 1: not a record: it is nested deeper"),
    ):
        assert main([str(a) for a in args]) == 2
        _, err = capsys.readouterr()
        assert expected in err and err.count("\n") == 1 and "Traceback" not in err
