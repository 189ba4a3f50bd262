"""Export: a whole, checked snapshot with its manifest, never a partial file."""

from __future__ import annotations

import threading
import time

import pytest
from factories import make_contact, make_org, raw_connect
from sync_helpers import unit_db, unsealed

from cimicdesk.domain.errors import CimicError
from cimicdesk.store import schema
from cimicdesk.sync import envelope
from cimicdesk.sync import export as export_module
from cimicdesk.sync import manifest as mf
from cimicdesk.sync.export import default_export_name, export_snapshot, last_export


@pytest.fixture
def bn1(tmp_path):
    store = unit_db(tmp_path / "bn1", "BANBAT 1")
    org = make_org(store, "UNHCR", phones=("+236 75 12 34 56",))
    make_contact(store, "Awa Yakité", organisation_id=org.id)
    yield store
    store.close()


def test_export_carries_a_manifest_that_matches_its_rows(bn1, tmp_path):
    out = tmp_path / "out" / "BANBAT1-2026-W47.cimic"
    out.parent.mkdir()
    result = export_snapshot(bn1, out)
    assert result.path == out and out.exists() and result.size == out.stat().st_size
    assert sorted(p.name for p in out.parent.iterdir()) == [out.name]  # no side files left
    assert out.read_bytes().startswith(envelope.MAGIC)  # sealed for its headquarters
    with unsealed(out) as conn:
        # rollback journal: one self-contained file
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
        found = mf.read_manifest(conn)
        assert found is not None
        tables = list(found.counts)
        assert found.counts == mf.count_rows(conn, tables)
        assert found.digest == mf.digest(conn, tables)
        assert conn.execute("PRAGMA application_id").fetchone()[0] == schema.APPLICATION_ID
    assert (found.unit_name, found.replica_id) == ("BANBAT 1", bn1.site_id)
    assert found.schema_version == schema.schema_version()
    assert found.counts["organisations"] == 1 and found.counts["contacts"] == 1
    assert found.records == 2 and found.purpose == mf.EXCHANGE
    assert last_export(bn1).export_id == found.export_id


def test_an_export_shows_nothing_to_whoever_finds_the_stick(bn1, tmp_path):
    out = export_snapshot(bn1, tmp_path / "x.cimic").path
    raw = out.read_bytes()
    for word in (b"BANBAT", b"UNHCR", b"Yakit", b"75 12 34 56", b"SQLite format 3"):
        assert word not in raw, word
    with unsealed(out) as conn:  # ...while its headquarters reads it all
        row = conn.execute("SELECT unit_name, purpose FROM export_manifest").fetchone()
        assert tuple(row) == ("BANBAT 1", "exchange")


def test_the_digest_survives_vacuum_but_not_a_changed_row(bn1, tmp_path):
    out = export_snapshot(bn1, tmp_path / "x.cimic").path
    with unsealed(out) as conn:
        found = mf.read_manifest(conn)
        conn.execute("VACUUM")
        assert mf.digest(conn, list(found.counts)) == found.digest
        conn.execute("UPDATE contacts SET position = 'Chef' WHERE 1")
        conn.commit()
        assert mf.digest(conn, list(found.counts)) != found.digest


def test_export_refuses_to_overwrite_unless_asked_and_never_the_database(bn1, tmp_path):
    out = tmp_path / "x.cimic"
    export_snapshot(bn1, out)
    with pytest.raises(CimicError, match="already exists"):
        export_snapshot(bn1, out)
    again = export_snapshot(bn1, out, overwrite=True)
    with unsealed(out) as conn:
        assert mf.read_manifest(conn).export_id == again.manifest.export_id
    with pytest.raises(CimicError, match="database itself"):
        export_snapshot(bn1, bn1.path, overwrite=True)
    with pytest.raises(CimicError, match="folder"):
        export_snapshot(bn1, tmp_path)


def test_a_failed_check_leaves_no_file_under_the_final_name(bn1, tmp_path, monkeypatch):
    def broken(path, key):
        raise CimicError("The export failed its own check")

    monkeypatch.setattr(export_module, "_check_snapshot", broken)
    out = tmp_path / "out" / "x.cimic"
    out.parent.mkdir()
    with pytest.raises(CimicError, match="own check"):
        export_snapshot(bn1, out)
    assert list(out.parent.iterdir()) == []


def test_export_is_consistent_while_another_connection_writes(bn1, tmp_path):
    """A writer in a thread inserts rows; every export is whole and matches its manifest."""
    stop = threading.Event()
    written = []

    def writer():
        conn = raw_connect(bn1.path, timeout=30)
        try:
            number = 0
            while not stop.is_set():
                conn.execute(
                    "INSERT INTO row_history (table_name, row_id, version, replaced_at, reason) "
                    "VALUES ('organisations', ?, '{}', 'x', 'load')",
                    [str(number)],
                )
                conn.execute(
                    "UPDATE organisations SET notes = ? WHERE 1",
                    [f"note {number}"],
                )
                conn.commit()
                number += 1
                time.sleep(0.001)  # a busy officer, not a benchmark: others get the lock too
            written.append(number)
        finally:
            conn.close()

    thread = threading.Thread(target=writer)
    thread.start()
    try:
        time.sleep(0.05)
        results = [export_snapshot(bn1, tmp_path / f"x{n}.cimic") for n in range(3)]
    finally:
        stop.set()
        thread.join()
    assert written and written[0] > 0
    for result in results:
        with unsealed(result.path) as conn:
            assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            found = mf.read_manifest(conn)
            assert found.digest == mf.digest(conn, list(found.counts))


def test_default_name_is_unit_code_and_iso_week(bn1):
    from datetime import date

    assert default_export_name(bn1, date(2026, 11, 18)) == "BANBAT1-2026-W47.cimic"
