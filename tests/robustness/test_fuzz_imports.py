"""Bad files offered for import (hypothesis, bounded): garbled unit exports and JSON Lines.

A bad file is refused with a CimicError (PackageRefusedError, JsonLinesError) and the
receiving database is left as it was; a file that survives its checks is imported whole.
Never another exception.
"""

from __future__ import annotations

import contextlib
import json
import shutil
import tempfile
from pathlib import Path

import pytest
from factories import PASSPHRASE, SHARED_RECIPIENT, make_incident
from hypothesis import HealthCheck, event, example, given, settings
from hypothesis import strategies as st
from sync_helpers import import_files, set_clock_field, signing_key, tamper, unsealed

from cimicdesk.demo.generate import seed_database
from cimicdesk.domain.bounds import COUNTER, MAX_COUNTER, RANGES, number_problem
from cimicdesk.domain.enums import UnitLevel
from cimicdesk.domain.errors import CimicError
from cimicdesk.store.database import Store, create_database
from cimicdesk.store.incidents import get_incident, save_incident
from cimicdesk.sync import errors as why
from cimicdesk.sync.errors import PackageRefusedError
from cimicdesk.sync.export import export_snapshot
from cimicdesk.sync.jsonl import export_records, parse_line
from cimicdesk.sync.jsonl_import import import_records
from cimicdesk.sync.limits import MAX_COUNTER_STEP
from cimicdesk.sync.tables import BY_KIND

FUZZ = settings(
    max_examples=60,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-(2**70), 2**70)
    | st.floats(allow_nan=False)
    | st.text(max_size=30)
    | st.sampled_from(["2026-11-25", "2026-11-25T09:00:00.000Z", "open", "contact"]),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner),
    max_leaves=6,
)


@pytest.fixture(scope="module")
def unit_files(tmp_path_factory) -> dict[str, Path]:
    """A small battalion's export and its JSON Lines."""
    folder = tmp_path_factory.mktemp("unit")
    with create_database(
        folder / "bn2.sqlite", "BANBAT 2", UnitLevel.BATTALION, training=True, passphrase=PASSPHRASE
    ) as unit:
        seed_database(unit, entries=25, seed=5, days=30)
        # Module-wide, outside the tests' shared-key fixture: sealed for that key by name.
        export_snapshot(unit, folder / "BANBAT2.cimic", recipients=[SHARED_RECIPIENT])
        export_records(unit, folder / "BANBAT2.jsonl")
    return {"cimic": folder / "BANBAT2.cimic", "jsonl": folder / "BANBAT2.jsonl"}


def _state(store: Store) -> tuple:
    tables = ("organisations", "contacts", "liaison_entries", "liaison_participants", "qips")
    counts = tuple(
        store.db.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in (*tables, "sync_log")
    )
    history = store.db.execute("SELECT count(*) FROM row_history").fetchone()[0]
    return (*counts, history)


@contextlib.contextmanager
def _sector():
    with tempfile.TemporaryDirectory() as folder:
        store = create_database(
            Path(folder) / "hq.sqlite",
            "Sector Centre",
            UnitLevel.SECTOR,
            training=True,
            passphrase=PASSPHRASE,
        )
        try:
            yield store, Path(folder)
        finally:
            store.close()


# --- JSON Lines -------------------------------------------------------------------------


@settings(FUZZ, max_examples=300)
@given(
    st.one_of(
        st.text(max_size=80),
        st.builds(
            lambda kind, extra: json.dumps({"type": kind, **extra}),
            st.sampled_from(sorted(BY_KIND)),
            st.dictionaries(
                st.sampled_from(["id", "name", "deleted", "start", "grid", "sectors", "status"]),
                json_values,
                max_size=4,
            ),
        ),
        json_values.map(json.dumps),
    )
)
@example('{"type": "contact", "id": "not-a-uuid"}')
@example('{"type": "liaison_entry", "start": [1, {"x": null}]}')
def test_a_json_line_is_read_or_refused_with_a_reason(text):
    try:
        line = parse_line(1, text)
    except ValueError as exc:
        assert str(exc)
        return
    assert line.table.kind in BY_KIND


@st.composite
def mutations(draw) -> list[tuple]:
    operations = st.one_of(
        st.tuples(st.just("set"), st.integers(0, 10**6), st.text(max_size=12), json_values),
        st.tuples(st.just("drop_field"), st.integers(0, 10**6), st.integers(0, 40)),
        st.tuples(st.just("drop_line"), st.integers(0, 10**6)),
        st.tuples(st.just("duplicate"), st.integers(0, 10**6)),
        st.tuples(st.just("garbage"), st.integers(0, 10**6), st.text(max_size=40)),
        st.tuples(st.just("swap"), st.integers(0, 10**6), st.integers(0, 10**6)),
    )
    return draw(st.lists(operations, min_size=1, max_size=3))


def _mutate(lines: list[str], operations: list[tuple]) -> list[str]:
    lines = list(lines)
    for operation in operations:
        kind, at = operation[0], operation[1] % len(lines)
        if kind in ("set", "drop_field"):
            try:
                item = json.loads(lines[at])
            except ValueError:
                continue  # garbage put there by an earlier operation
            if not isinstance(item, dict) or not item:
                continue
            if kind == "set":
                field = operation[2] or sorted(item)[operation[1] % len(item)]
                item[field] = operation[3]
            else:
                item.pop(sorted(item)[operation[2] % len(item)], None)
            lines[at] = json.dumps(item, ensure_ascii=False)
        elif kind == "drop_line" and len(lines) > 1:
            del lines[at]
        elif kind == "duplicate":
            lines.insert(at, lines[at])
        elif kind == "garbage":
            lines[at] = operation[2]
        elif kind == "swap":
            other = operation[2] % len(lines)
            lines[at], lines[other] = lines[other], lines[at]
    return lines


@pytest.mark.slow
@FUZZ
@given(mutations())
@example([("set", 0, "type", "nonsense")])
@example([("set", 3, "grid", "33P TM 1")])
@example([("swap", 0, 200)])
def test_a_damaged_json_lines_file_is_applied_whole_or_refused_whole(unit_files, operations):
    lines = unit_files["jsonl"].read_text(encoding="utf-8").splitlines()
    with _sector() as (store, folder):
        damaged = folder / "damaged.jsonl"
        damaged.write_text("\n".join(_mutate(lines, operations)) + "\n", encoding="utf-8")
        before = _state(store)
        try:
            result = import_records(store, damaged)
        except CimicError as exc:
            assert str(exc)
            assert _state(store) == before  # nothing of it applied
            event("refused")
            return
        event("imported")
        assert result.lines > 0
        assert store.db.execute("PRAGMA foreign_key_check").fetchall() == []


# --- unit exports -----------------------------------------------------------------------


@pytest.mark.slow
@FUZZ
@given(
    changes=st.lists(
        st.tuples(st.integers(0, 2**31), st.binary(min_size=1, max_size=32)), max_size=4
    ),
    cut=st.one_of(st.none(), st.integers(0, 2**31)),
)
@example(changes=[(0, b"Z")], cut=None)
@example(changes=[], cut=4096)
@example(changes=[(5000, b"\xff" * 32)], cut=None)
def test_a_garbled_export_is_refused_and_nothing_changes(unit_files, changes, cut):
    data = bytearray(unit_files["cimic"].read_bytes())
    for offset, chunk in changes:
        at = offset % len(data)
        data[at : at + len(chunk)] = chunk
    if cut is not None:
        data = data[: cut % len(data)]
    with _sector() as (store, folder):
        garbled = folder / "BANBAT2.cimic"
        garbled.write_bytes(bytes(data))
        before = _state(store)
        try:
            [report] = import_files(store, [garbled])
        except CimicError as exc:
            assert str(exc)
            assert _state(store) == before
            assert not (folder / "backups").exists() or not any((folder / "backups").iterdir())
            event("refused")
            return
        event(f"imported: {report.status}")
        assert store.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_an_export_with_garbled_schema_text_is_refused(unit_files, tmp_path):
    # A comma of the schema turned into a byte that is not UTF-8: SQLite's "syntax error"
    # then quotes it. Written inside the sealed file, through SQLite's writable schema, as
    # one holding the headquarters' key could.
    garbled = tmp_path / "BANBAT2.cimic"
    shutil.copyfile(unit_files["cimic"], garbled)
    with unsealed(garbled, write=True) as conn:
        conn.execute("PRAGMA writable_schema = ON")
        pattern = "narrative TEXT NOT NULL DEFAULT '',"
        conn.execute(
            "UPDATE sqlite_master SET sql = replace(sql, ?, ? || CAST(X'80' AS TEXT)) "
            "WHERE instr(sql, ?)",
            [pattern, pattern[:-1], pattern],
        )
    with _sector() as (store, _folder):
        before = _state(store)
        with pytest.raises(CimicError):
            import_files(store, [garbled])
        assert _state(store) == before


# --- numbers and nesting beyond their bounds (issue 11) ---------------------------------

_NUMBER_FIELDS = {
    kind: [name for name in table.cls.business_fields() if name in RANGES]
    for kind, table in BY_KIND.items()
}
_huge_numbers = st.one_of(
    st.integers(-(2**70), 2**70),
    st.sampled_from([2**63, 2**63 - 1, -(2**63) - 1, 2**64, MAX_COUNTER, MAX_COUNTER + 1]),
    st.floats(allow_nan=False),
)


@settings(FUZZ, max_examples=30)
@given(data=st.data())
def test_any_number_in_a_json_line_is_stored_within_its_range_or_refused(unit_files, data):
    lines = unit_files["jsonl"].read_text(encoding="utf-8").splitlines()
    numbered = [
        n for n, line in enumerate(lines) if _NUMBER_FIELDS.get(json.loads(line).get("type"))
    ]
    at = data.draw(st.sampled_from(numbered))
    item = json.loads(lines[at])
    name = data.draw(st.sampled_from(_NUMBER_FIELDS[item["type"]]))
    item[name] = data.draw(_huge_numbers)
    lines[at] = json.dumps(item)  # inf and -inf as Infinity: JSON Lines from other tools
    with _sector() as (store, folder):
        changed = folder / "changed.jsonl"
        changed.write_text("\n".join(lines) + "\n", encoding="utf-8")
        before = _state(store)
        try:
            import_records(store, changed)
        except CimicError as exc:
            assert "\n" not in str(exc)
            assert _state(store) == before
            event("refused")
            return
        event("imported")
        assert number_problem(name, item[name]) is None
        table = BY_KIND[item["type"]].name
        stored = store.db.execute(f"SELECT {name} FROM {table}").fetchall()
        # None: a figure not known (an assessment's population); a column that must hold
        # a number is NOT NULL, so only those can be.
        assert stored and all(
            value is None or number_problem(name, value) is None for (value,) in stored
        )


@settings(FUZZ, max_examples=40)
@given(depth=st.integers(0, 150_000), inside=st.sampled_from(["[", "{", '{"a":', "[1,"]))
def test_json_nested_at_any_depth_is_read_or_refused_with_a_reason(depth, inside):
    closing = {"[": "]", "{": "}", '{"a":': "}", "[1,": "]"}[inside]
    value = inside * depth + "0" + closing * depth if inside != "{" else "{}" * depth
    text = json.dumps({"type": "organisation", "name": "X"})[:-1] + f', "sectors": {value}}}'
    try:
        parse_line(1, text)
    except ValueError as exc:
        assert str(exc)
        event("refused")


@settings(FUZZ, max_examples=12)
@given(
    counter=_huge_numbers.filter(lambda n: isinstance(n, int)),
    killed=st.integers(-(2**63), 2**63 - 1),
)
@example(counter=MAX_COUNTER_STEP, killed=0)  # the sector's next edit goes one past it
@example(counter=MAX_COUNTER_STEP + 1, killed=0)
@example(counter=10**15, killed=0)
def test_a_unit_file_with_any_counter_or_count_is_imported_and_stays_importable_or_refused(
    counter, killed
):
    with _sector() as (store, folder):
        battalion = create_database(
            folder / "bn.sqlite",
            "BANBAT 3",
            UnitLevel.BATTALION,
            training=True,
            passphrase=PASSPHRASE,
        )
        try:
            incident = make_incident(battalion)
            path = folder / "bn.cimic"
            export_snapshot(battalion, path)
            key = signing_key(battalion)
        finally:
            battalion.close()
        names = BY_KIND["incident"].fields
        with unsealed(path) as conn:
            clock = conn.execute("SELECT clock FROM incidents").fetchone()[0]
        clock = set_clock_field(
            clock, names, "narrative", [counter, "2026-01-01T00:00:00.000Z", "x"]
        )
        tamper(
            path,
            "UPDATE incidents SET clock = ?, killed_civilian_men = ?",
            (clock, killed),
            refresh_manifest=True,
            signer=key,
        )
        before = _state(store)
        try:
            [report] = import_files(store, [path])
        except PackageRefusedError as exc:
            assert exc.reason == why.OUT_OF_RANGE and "\n" not in str(exc)
            assert COUNTER.problem(counter) or number_problem("killed_civilian_men", killed)
            assert _state(store) == before
            event("refused")
            return
        assert COUNTER.problem(counter) is None
        assert number_problem("killed_civilian_men", killed) is None
        if counter > MAX_COUNTER_STEP:  # in range, but a jump no genuine edits make
            assert [(r.row_id, r.reason_id) for r in report.rejected] == [
                (incident.id, why.COUNTER_JUMP)
            ]
            event("rejected")
            return
        assert report.rejected == []
        event("imported")
        # The sector edits it, and its export imports anywhere (no counter past the bound;
        # a database new to the record takes counters up to MAX_COUNTER_STEP).
        stored = get_incident(store, incident.id)
        stored.narrative += " (checked by sector)"
        save_incident(store, stored)
        with create_database(
            folder / "bn4.sqlite",
            "BANBAT 4",
            UnitLevel.BATTALION,
            training=True,
            passphrase=PASSPHRASE,
        ) as other:
            export_snapshot(store, folder / "hq.cimic")
            [report] = import_files(other, [folder / "hq.cimic"])
            if counter + 1 > MAX_COUNTER_STEP:
                assert [r.reason_id for r in report.rejected] == [why.COUNTER_JUMP]
                return
            assert report.rejected == []
            assert get_incident(other, incident.id).narrative.endswith("(checked by sector)")
