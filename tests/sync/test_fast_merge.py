"""The merge's SQL prefilter (sync/prefilter.py) and the search rows written by SQL
(sync/search_sql.py) change nothing but the time they take.

Rows new here that SQL shows to pass every check skip the Python checks; every other row
takes them as before. Here the same files, seeded and then broken in many ways (re-signed,
as a buggy or forged unit file would be), are imported with both and without
them, and the two databases must be the same: every row of every synced table, the rows
rejected and why, the directory changes, row_history, conflicts and the search index.
"""

from __future__ import annotations

import tempfile
from pathlib import Path
from unittest import mock

import pytest
from factories import make_entry, make_org
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sync_helpers import export, import_files, tamper, unit_db

from cimicdesk.demo.generate import seed_database
from cimicdesk.domain.enums import UnitLevel
from cimicdesk.domain.errors import CimicError
from cimicdesk.domain.timeutil import is_stamp
from cimicdesk.store.database import Store
from cimicdesk.store.encryption import sqlite3
from cimicdesk.store.schema import TABLES_BEFORE_015
from cimicdesk.sync import merge, prefilter, reindex
from cimicdesk.sync.tables import TABLES, table
from cimicdesk.sync.validate import is_uuid

FAR = "2999-01-01T00:00:00.000Z"
# (table, column, value): ways a row of a unit file can be wrong (or odd but fine).
BREAKS = [
    ("organisations", "id", "not-a-uuid"),
    ("organisations", "id", "0F0E0D0C-0B0A-4909-8807-060504030201"),
    ("organisations", "sectors", '["wash", "nonsense"]'),
    ("organisations", "sectors", "[1]"),
    ("organisations", "origin_unit", "   "),
    ("contacts", "created_at", FAR),
    ("contacts", "created_at", "2026-02-30T10:00:00.000Z"),
    ("contacts", "updated_at", "2026-01-01 00:00:00"),
    ("contacts", "phones", "not json"),
    ("contacts", "organisation_id", "0f0e0d0c-0b0a-4909-8807-060504030201"),
    ("liaison_entries", "start", "2026-02-29T10:00:00.000Z"),
    ("liaison_entries", "start", "2027-13-01T10:00:00.000Z"),
    ("liaison_entries", "start", FAR),
    ("liaison_entries", "end", "2000-01-01T00:00:00.000Z"),
    ("liaison_entries", "end", "soon"),
    ("liaison_entries", "end", ""),
    ("liaison_entries", "grid", "34P XX 123"),
    ("liaison_entries", "grid", ""),
    ("liaison_entries", "grid", "33PVN 12345 6789"),
    ("liaison_entries", "entry_type", "dinner"),
    ("liaison_entries", "significant", 2),
    ("liaison_entries", "significant", 1.0),
    ("liaison_entries", "origin_unit", "BANBAT 9"),
    ("liaison_entries", "deleted", 2),
    ("liaison_entries", "deleted", 1),
    ("liaison_entries", "purpose", 12),
    ("liaison_participants", "kind", "robot"),
    ("liaison_participants", "origin_unit", "BANBAT 9"),
    ("liaison_participants", "entry_id", "0f0e0d0c-0b0a-4909-8807-060504030201"),
    ("follow_up_actions", "status", 7),
    ("follow_up_actions", "updated_site", ""),
    ("incidents", "origin_unit", "SECTOR W"),
    ("support_requests", "deleted", 1),
    ("qip_transitions", "origin_unit", "BANBAT 9"),
    ("*", "clock", '{"*":[1001,"2026-01-01T00:00:00.000Z","x"]}'),
    ("*", "clock", '{"*":[1000,"2026-01-01T00:00:00.000Z","x"]}'),
    ("*", "clock", '{"*":[1,"2026-01-01T00:00:00.000Z",""]}'),
    ("*", "clock", '{"*":[true,"2026-01-01T00:00:00.000Z","x"]}'),
    ("*", "clock", '{"*":[0,"2026-01-01T00:00:00.000Z","x"]}'),
    ("*", "clock", '{"*":[1,"' + FAR + '","x"]}'),
    ("*", "clock", '{"*":[1,"2026-01-01T00:00:00.000Z","x"],"nonsense":[1,"x","y"]}'),
    ("*", "clock", '{"*":[1,"2026-01-01T00:00:00.000Z","x","extra"]}'),
    ("*", "clock", "[1, 2]"),
    ("*", "clock", "not json"),
    ("*", "clock", '{"deleted":[1,"2026-01-01T00:00:00.000Z","x"]}'),
    ("*", "id", "short"),
    ("*", "deleted", "0"),
    # After the "*" breaks, so that those land on the tables they always did.
    ("assessments", "community_kind", "castle"),
    ("assessments", "origin_unit", "BANBAT 9"),
    ("assessments", "joint_organisation_ids", '["0f0e0d0c-0b0a-4909-8807-060504030201"]'),
    ("assessment_sectors", "severity", "9"),
    ("assessment_infrastructure", "assessment_id", "0f0e0d0c-0b0a-4909-8807-060504030201"),
    ("assessment_actions", "addressed_to", "robot"),
    # ...and the checks the merge gives them (sync/limits.py, merge.py's id lists).
    ("assessments", "assessed_on", "2999-01-01"),
    ("assessments", "resident_total", 0),
    ("assessments", "informant_contact_ids", '["0f0e0d0c-0b0a-4909-8807-060504030201"]'),
]
SYNCED = [t.name for t in TABLES]
# The tables the "*" breaks cycle through: those before assessments came, in their order
# (which table a break lands on depends on it); the assessments' tables have breaks of
# their own.
STAR_TABLES = [name for name in SYNCED if name in TABLES_BEFORE_015]


def _break(path: Path, signer: Store, picks: list[tuple[int, int, int]]) -> None:
    """Apply BREAKS[k] to row number n of its table (of table number t for '*')."""
    statements = []
    for k, n, t in picks:
        name, column, value = BREAKS[k % len(BREAKS)]
        if name == "*":
            name = STAR_TABLES[t % len(STAR_TABLES)]
        statements.append(
            (
                f'UPDATE OR IGNORE {name} SET "{column}" = ? WHERE rowid = '
                f"(SELECT rowid FROM {name} ORDER BY rowid LIMIT 1 OFFSET "
                f"(SELECT {n} % max(count(*), 1) FROM {name}))",
                (value,),
            )
        )
    for statement, params in statements:
        tamper(path, statement, params)
    tamper(path, "SELECT 1", refresh_manifest=True, signer=signer)


def _state(store: Store) -> dict[str, list[tuple]]:
    conn = store.db.conn
    found = {}
    for name in SYNCED:
        found[name] = conn.execute(f"SELECT * FROM {name} ORDER BY id").fetchall()
    queries = {
        "rejected": "SELECT export_id, source_unit, table_name, row_id, reason, data, "
        "reason_id, owner_unit FROM rejected",
        "directory_changes": "SELECT table_name, row_id, change, fields, source_unit, "
        "export_id FROM directory_changes",
        "row_history": "SELECT table_name, row_id, version, reason FROM row_history",
        "conflicts": "SELECT table_name, row_id, field, kept_value, other_value, kept_clock, "
        "other_clock, resolved, source_unit, export_id FROM conflicts",
        "search": "SELECT k.kind, k.record_id, i.title, i.body FROM search_keys k "
        "JOIN search_index i ON i.rowid = k.doc",
        "blobs": "SELECT sha256, size FROM blobs",
    }
    for label, sql in queries.items():
        found[label] = sorted(conn.execute(sql).fetchall(), key=repr)
    return found


def _import_both_ways(folder: Path, name: str, files: list[list[Path]]):
    """Import each batch of files into two copies of the same database, with and without
    the prefilter; both states, and both lists of reports' totals."""
    states = []
    for fast in (True, False):
        store = unit_db(folder / f"{name}-{fast}", "SECTOR W", UnitLevel.SECTOR, training=True)
        totals = []
        with (
            mock.patch.object(merge, "SQL_PREFILTER", fast),
            mock.patch.object(reindex, "SQL_SEARCH_ROWS", fast),
        ):
            for batch in files:
                try:
                    reports = import_files(store, batch)
                except CimicError as exc:  # a file refused whole: by both paths alike
                    totals.append([("refused", str(exc))])
                    continue
                totals.append([(r.status, r.totals.as_dict()) for r in reports])
        states.append((_state(store), totals))
        store.close()
    return states


def _battalion(folder: Path, number: int, entries: int = 30) -> Store:
    store = unit_db(folder / f"bn{number}", f"BANBAT {number}", parent="SECTOR W", training=True)
    seed_database(store, entries=entries, seed=number, days=60)
    return store


def _check_equal(states) -> None:
    (fast, fast_totals), (slow, slow_totals) = states
    assert fast_totals == slow_totals
    for key in slow:
        assert fast[key] == slow[key], key


def test_fast_and_slow_merges_agree_on_seeded_files_broken_every_way():
    with tempfile.TemporaryDirectory() as tmp, mock.patch("os.fsync"):
        folder = Path(tmp)
        bn1, bn2 = _battalion(folder, 1), _battalion(folder, 2)
        one, two = export(bn1, folder / "bn1.cimic"), export(bn2, folder / "bn2.cimic")
        picks = [(k, 7 * k + 3, k) for k in range(len(BREAKS))]
        _break(two, bn2, picks)
        fine: list[int] = []
        original = merge.Merger._new_and_fine

        def counted(self, table):
            found = original(self, table)
            fine.append(len(found))
            return found

        with mock.patch.object(merge.Merger, "_new_and_fine", counted):
            states = _import_both_ways(folder, "sector", [[one, two]])
        _check_equal(states)
        (fast, totals), _ = states
        rejected = {row[2] for row in fast["rejected"]}
        assert {"organisations", "contacts", "liaison_entries", "liaison_participants"} <= rejected
        new = sum(t["new"] for _, t in totals[0])
        assert new > 200
        assert sum(fine) > new * 0.7  # most rows took the SQL path
        bn1.close()
        bn2.close()


def test_fast_and_slow_merges_agree_on_a_weekly_increment():
    """Rows already here take the Python merge either way: a second file, with edits,
    a concurrent edit and new rows, merged into the state the first left."""
    with tempfile.TemporaryDirectory() as tmp, mock.patch("os.fsync"):
        folder = Path(tmp)
        bn1 = _battalion(folder, 1)
        first = export(bn1, folder / "w1.cimic")
        org = make_org(bn1, "Week Two NGO", place="Bria")
        make_entry(bn1, orgs=[org])
        bn1.db.execute("UPDATE organisations SET notes = 'edited' WHERE rowid % 5 = 0")
        second = export(bn1, folder / "w2.cimic")
        _break(second, bn1, [(k, 11 * k + 1, k) for k in range(0, len(BREAKS), 3)])
        states = _import_both_ways(folder, "sector", [[first], [second]])
        _check_equal(states)
        bn1.close()


@pytest.mark.slow
@settings(
    max_examples=12,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    picks=st.lists(
        st.tuples(st.integers(0, len(BREAKS) - 1), st.integers(0, 500), st.integers(0, 20)),
        max_size=12,
    ),
    entries=st.integers(0, 25),
)
def test_fast_and_slow_merges_agree_on_any_breakage(picks, entries):
    with tempfile.TemporaryDirectory() as tmp, mock.patch("os.fsync"):
        folder = Path(tmp)
        bn = _battalion(folder, 3, entries)
        path = export(bn, folder / "bn.cimic")
        if picks:
            _break(path, bn, picks)
        _check_equal(_import_both_ways(folder, "sector", [[path]]))
        bn.close()


# --- the SQL checks against the Python ones they stand for ------------------------------

STAMPISH = st.one_of(
    st.text(max_size=30),
    st.from_regex(r"\A[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}\.[0-9]{3}Z\Z"),
    st.datetimes().map(lambda d: d.strftime("%Y-%m-%dT%H:%M:%S.") + "123Z"),
    st.sampled_from(
        [
            "0000-01-01T00:00:00.000Z",
            "2024-02-29T00:00:00.000Z",
            "2026-02-29T00:00:00.000Z",
            "2026-01-01T24:00:00.000Z",
            "0001-01-01T24:00:00.000Z",
            "2026-01-01T00:60:00.000Z",
            "2026-01-01T23:59:60.000Z",
            "2026-01-01T23:59:59.000Z\n",
            "2026-01-01T23:59:59.000z",
            "２026-01-01T23:59:59.000Z",
        ]
    ),
)


@settings(max_examples=2000, deadline=None)
@given(text=STAMPISH)
def test_the_sql_stamp_check_passes_only_stamps(text):
    conn = sqlite3.connect(":memory:")
    sql = prefilter.stamp_ok("?1", "A")
    if conn.execute(f"SELECT {sql}", [text]).fetchone()[0]:
        assert is_stamp(text), text


@settings(max_examples=300, deadline=None)
@given(
    text=st.one_of(
        st.uuids().map(str), st.text(max_size=40), st.uuids().map(lambda u: str(u).upper())
    )
)
def test_the_sql_id_check_passes_only_uuids(text):
    conn = sqlite3.connect(":memory:")
    glob = prefilter._UUID_GLOB
    ok = conn.execute(
        f"SELECT typeof(?1) = 'text' AND length(?1) = 36 AND ?1 GLOB '{glob}'", [text]
    ).fetchone()[0]
    if ok:
        assert is_uuid(text)
    if text == text.lower() and len(text) == 36 and is_uuid(text):
        assert ok


def test_a_table_whose_checks_are_not_written_in_sql_takes_the_python_path():
    assert prefilter.condition(table("mission_settings"), "A") is None
    assert prefilter.condition(table("narratives"), "A") is None
    assert prefilter.condition(table("liaison_entries"), "A") is None  # no rule time given
    assert prefilter.condition(table("contacts"), "A") is not None
