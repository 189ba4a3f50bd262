"""Search rows written by SQL (sync/search_sql.py) are the rows the Python indexer writes,
and a unit file's own search rows are never what ends up in the index here."""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path
from unittest import mock

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from sync_helpers import export, import_files, tamper, unit_db

from cimicdesk.demo.generate import seed_database
from cimicdesk.domain.enums import Sensitivity, UnitLevel
from cimicdesk.store import liaison
from cimicdesk.store.database import Store
from cimicdesk.store.encryption import sqlite3
from cimicdesk.sync import reindex, search_sql
from cimicdesk.sync.errors import PackageRefusedError

_SEARCH = (
    "SELECT k.kind, k.record_id, i.title, i.body FROM search_keys k "
    "JOIN search_index i ON i.rowid = k.doc"
)


def _python_text(store: Store, entry_id: str) -> tuple[str, str] | None:
    """What the Python path indexes for one entry (None: it takes the entry out)."""
    [(_, text)] = list(reindex._liaison_docs(store, [entry_id]))
    return text


def _sql_text(store: Store, entry_id: str) -> tuple[str, str] | None:
    """What search_sql writes for one entry (None: it leaves the entry to Python)."""
    conn = store.db.conn
    if entry_id not in search_sql.index_entries(conn, [entry_id]):
        return None
    return conn.execute(
        "SELECT i.title, i.body FROM search_keys k JOIN search_index i ON i.rowid = k.doc "
        "WHERE k.kind = ? AND k.record_id = ?",
        [liaison.KIND, entry_id],
    ).fetchone()


def _search(store: Store) -> list[tuple]:
    return sorted(store.db.conn.execute(_SEARCH).fetchall())


def test_the_whitespace_sql_strips_is_what_python_strips():
    every = {chr(c) for c in range(sys.maxunicode + 1) if chr(c).isspace()}
    assert set(search_sql.WHITESPACE) == every


def test_sql_indexes_every_seeded_entry_as_python_does():
    with tempfile.TemporaryDirectory() as tmp, mock.patch("os.fsync"):
        store = unit_db(Path(tmp) / "bn1", "BANBAT 1", parent="SECTOR W", training=True)
        seed_database(store, entries=80, seed=5, days=60)
        conn = store.db.conn
        # Some participants restricted: their code, not their name, is indexed.
        conn.execute(
            "UPDATE contacts SET sensitivity = ? WHERE rowid % 3 = 0",
            [Sensitivity.RESTRICTED.value],
        )
        ids = [r[0] for r in conn.execute("SELECT id FROM liaison_entries WHERE deleted = 0")]
        python = {i: _python_text(store, i) for i in ids}
        written = search_sql.index_entries(conn, ids)
        assert written == set(ids)  # every seeded entry is one SQL vouches for
        found = dict(
            ((record_id), (title, body))
            for kind, record_id, title, body in _search(store)
            if kind == liaison.KIND
        )
        assert {i: found[i] for i in ids} == python
        assert any(python[i][1] for i in ids)  # bodies were compared, not just titles
        store.close()


ODD_TEXT = st.text(
    alphabet=st.one_of(
        st.characters(exclude_categories=("Cs",)),  # what SQLite text can hold
        st.sampled_from([*list(search_sql.WHITESPACE), "\x00", "'", "%", "_", "é", "ﬁ"]),
    ),
    max_size=12,
)
ODD_VALUE = st.one_of(ODD_TEXT, st.none(), st.integers(-3, 3), st.floats(allow_nan=False))


@pytest.fixture(scope="module")
def seeded(tmp_path_factory):
    with mock.patch("os.fsync"):
        store = unit_db(
            tmp_path_factory.mktemp("odd") / "bn", "BANBAT 1", parent="SECTOR W", training=True
        )
        seed_database(store, entries=6, seed=9, days=30)
    yield store
    store.close()


@settings(
    max_examples=300,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(
    entry=st.fixed_dictionaries(
        {c: ODD_VALUE for c in ("ref", "place", "grid", "purpose", "origin_unit")}
        | {"entry_type": st.sampled_from(["kle", "community", "dinner", 3])}
    ),
    actions=st.lists(st.tuples(ODD_VALUE, ODD_VALUE), max_size=3),
)
def test_sql_writes_what_python_would_or_leaves_the_entry_to_python(seeded, entry, actions):
    """Any values an entry and its actions may hold: SQL's row is Python's, or SQL leaves
    the entry alone (a value Python would render in its own way)."""
    conn = seeded.db.conn
    entry_id = conn.execute(
        "SELECT id FROM liaison_entries WHERE deleted = 0 ORDER BY id LIMIT 1"
    ).fetchone()[0]
    conn.execute("SAVEPOINT odd")
    try:
        sets = ", ".join(f'"{c}" = ?' for c in entry)
        try:
            conn.execute(
                f"UPDATE liaison_entries SET {sets} WHERE id = ?", [*entry.values(), entry_id]
            )
        except sqlite3.IntegrityError:
            assume(False)  # the schema itself refuses it (NOT NULL): no such row is stored
        conn.execute("DELETE FROM follow_up_actions WHERE entry_id = ?", [entry_id])
        for number, (description, owner) in enumerate(actions):
            assume(description is not None and owner is not None)  # NOT NULL in the schema
            conn.execute(
                "INSERT INTO follow_up_actions (id, entry_id, description, owner, due_date, "
                "status, origin_unit, created_at, updated_at, updated_site, clock, deleted) "
                "VALUES (?, ?, ?, ?, '', 'open', 'BANBAT 1', ?, ?, 'x', '{}', 0)",
                [
                    f"00000000-0000-4000-8000-00000000000{number}",
                    entry_id,
                    description,
                    owner,
                    f"2026-01-0{3 - number}T00:00:00.000Z",  # created in reverse order
                    "2026-01-01T00:00:00.000Z",
                ],
            )
        try:
            python = _python_text(seeded, entry_id)
        except (ValueError, TypeError):
            python = None  # Python cannot read the row at all; SQL must leave it too
        sql = _sql_text(seeded, entry_id)
        assert sql is None or tuple(sql) == python
        if all(isinstance(v, str) for v in entry.values() if v is not entry["entry_type"]) and (
            entry["entry_type"] in ("kle", "community")
            and all(isinstance(v, str) for a in actions for v in a)
        ):
            assert sql is not None  # an entry of text is one SQL vouches for
    finally:
        conn.execute("ROLLBACK TO odd")
        conn.execute("RELEASE odd")


def _sector(folder: Path, name: str) -> Store:
    return unit_db(folder / name, "SECTOR W", UnitLevel.SECTOR, training=True)


def test_a_file_whose_search_rows_were_forged_gives_the_index_an_honest_one_gives():
    """A unit (or whoever holds its key) rewrites its file's search rows, hiding an
    entry from searches and planting words in another; the index here is built from the
    records, as from the honest file."""
    with tempfile.TemporaryDirectory() as tmp, mock.patch("os.fsync"):
        folder = Path(tmp)
        bn = unit_db(folder / "bn2", "BANBAT 2", parent="SECTOR W", training=True)
        seed_database(bn, entries=40, seed=2, days=60)
        honest = export(bn, folder / "honest.cimic")
        forged = export(bn, folder / "forged.cimic")
        tamper(
            forged,
            "UPDATE search_index SET title = 'xyzzyplanted', body = 'xyzzyplanted words' "
            "WHERE rowid IN (SELECT rowid FROM search_index ORDER BY rowid LIMIT 10)",
            refresh_manifest=True,
            signer=bn,
        )
        tamper(
            forged, "DELETE FROM search_keys WHERE doc % 7 = 0", refresh_manifest=True, signer=bn
        )
        one, two = _sector(folder, "a"), _sector(folder, "b")
        import_files(one, [honest])
        import_files(two, [forged])
        assert _search(one) == _search(two)
        assert len(_search(one)) > 40
        planted = two.db.conn.execute(
            "SELECT count(*) FROM search_index WHERE search_index MATCH 'xyzzyplanted'"
        ).fetchone()[0]
        assert planted == 0
        for store in (bn, one, two):
            store.close()


def test_a_row_changed_after_signing_is_refused_and_nothing_changes():
    with tempfile.TemporaryDirectory() as tmp, mock.patch("os.fsync"):
        folder = Path(tmp)
        bn = unit_db(folder / "bn3", "BANBAT 3", parent="SECTOR W", training=True)
        seed_database(bn, entries=10, seed=3, days=30)
        path = export(bn, folder / "bn3.cimic")
        # One character of one report, the manifest left as signed.
        tamper(path, "UPDATE liaison_entries SET purpose = purpose || '.' WHERE rowid = 1")
        sector = _sector(folder, "s")
        before = sector.db.conn.execute("SELECT count(*) FROM search_keys").fetchone()[0]
        with pytest.raises(PackageRefusedError) as refused:
            import_files(sector, [path])
        assert "digest" in str(refused.value)
        conn = sector.db.conn
        assert conn.execute("SELECT count(*) FROM liaison_entries").fetchone()[0] == 0
        assert conn.execute("SELECT count(*) FROM search_keys").fetchone()[0] == before
        assert conn.execute("SELECT count(*) FROM sync_log").fetchone()[0] == 0
        bn.close()
        sector.close()


def _reference_affected(store: Store, touched: dict[str, set[str]]) -> dict[str, set[str]]:
    """reindex.affected's rule, read off whole tables in Python."""

    def rows(table: str) -> list[dict]:
        cursor = store.db.conn.execute(f"SELECT * FROM {table}")
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, r, strict=True)) for r in cursor.fetchall()]

    got = {t: set(touched.get(t, ())) for t in reindex._INDEXED}
    people, orgs = touched.get("contacts", set()), touched.get("organisations", set())
    for child in ("liaison_participants", "follow_up_actions"):
        got["liaison_entries"] |= {
            r["entry_id"] for r in rows(child) if r["id"] in touched.get(child, ())
        }
    got["liaison_entries"] |= {
        r["entry_id"]
        for r in rows("liaison_participants")
        if r["target_id"] in people | orgs and not r["deleted"]
    }
    for child in ("qip_tranches", "qip_visits"):
        got["qips"] |= {r["qip_id"] for r in rows(child) if r["id"] in touched.get(child, ())}
    got["incidents"] |= {r["id"] for r in rows("incidents") if r["source_contact_id"] in people}
    got["support_requests"] |= {
        r["id"] for r in rows("support_requests") if r["requesting_contact_id"] in people
    }
    got["contacts"] |= {
        r["id"] for r in rows("contacts") if r["organisation_id"] in orgs and not r["deleted"]
    }
    return got


_TOUCHABLE = (
    *reindex._INDEXED,
    "liaison_participants",
    "follow_up_actions",
    "qip_tranches",
    "qip_visits",
)


def _touch(store: Store, pick) -> dict[str, set[str]]:
    touched = {}
    for k, name in enumerate(_TOUCHABLE):
        ids = [r[0] for r in store.db.conn.execute(f"SELECT id FROM {name} ORDER BY id")]
        touched[name] = {i for n, i in enumerate(ids) if pick(k, n)}
    return touched


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(every=st.integers(1, 7), offset=st.integers(0, 6))
def test_the_records_a_change_reaches_are_found_set_based_as_row_by_row(seeded, every, offset):
    """Rows touched in every table (a different one in `every` in each): affected() finds
    the records whose search text may change, as the rule reads row by row."""
    touched = _touch(seeded, lambda k, n: (n + offset + k) % every == 0)
    assert reindex.affected(seeded, touched) == _reference_affected(seeded, touched)


def test_a_change_to_the_people_met_reaches_the_records_that_name_them(seeded):
    touched = _touch(seeded, lambda k, n: _TOUCHABLE[k] in ("contacts", "organisations"))
    found = reindex.affected(seeded, touched)
    assert found == _reference_affected(seeded, touched)
    assert found["liaison_entries"]  # entries that met them, though none was touched
