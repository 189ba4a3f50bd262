"""A unit file (an export) opened as a database is a read-only snapshot: nothing can fork
the unit's replica from it, and the file stays exactly as it was sent."""

from __future__ import annotations

from contextlib import closing

import pytest
from factories import HANDOVER_PASSPHRASE, PASSPHRASE, make_contact, make_org, raw_connect
from sync_helpers import export, unit_db, unsealed_copy

from cimicdesk.cli import main
from cimicdesk.domain.errors import CimicError, FileRefusedError, ReadOnlyDatabaseError
from cimicdesk.domain.records import Organisation
from cimicdesk.store import schema
from cimicdesk.store.database import open_database
from cimicdesk.store.organisations import save_organisation
from cimicdesk.sync.export import export_snapshot
from cimicdesk.sync.handover import take_over


@pytest.fixture
def unit_file(tmp_path):
    store = unit_db(tmp_path / "bn1", "BANBAT 1")
    make_contact(store, "Awa Yakité", organisation_id=make_org(store, "UNHCR").id)
    (tmp_path / "stick").mkdir()
    sealed = export(store, tmp_path / "sealed.cimic")
    store.close()
    # The SQLite file inside, as its headquarters opens it (a plain unit file).
    return unsealed_copy(sealed, tmp_path / "stick" / "BANBAT1-2026-W47.cimic")


def test_a_sealed_unit_file_opened_as_a_database_says_to_import_it(store, tmp_path):
    (tmp_path / "stick").mkdir()
    sealed = export(store, tmp_path / "stick" / "BANBAT1.cimic")
    before = _folder(sealed)
    with pytest.raises(FileRefusedError) as caught:
        open_database(sealed)
    assert "is a sealed unit file" in str(caught.value)
    assert "File → Import unit files" in str(caught.value)
    assert _folder(sealed) == before  # not a byte changed, nothing made beside it


def _folder(path):
    return {p.name: p.read_bytes() for p in sorted(path.parent.iterdir())}


def test_a_unit_file_opens_read_only_and_refuses_edits(unit_file):
    before = _folder(unit_file)
    with open_database(unit_file) as snapshot:
        reason = str(snapshot.read_only_reason())
        assert "BANBAT1-2026-W47.cimic is a unit file" in reason
        assert "opens read-only" in reason and "import it into your database" in reason
        assert [r[0] for r in snapshot.db.execute("SELECT name FROM contacts")] == ["Awa Yakité"]
        with pytest.raises(ReadOnlyDatabaseError) as caught:
            save_organisation(snapshot, Organisation(name="OCHA"))
        assert str(caught.value) == reason
    # Not a byte changed: no WAL mode, no -wal or -shm, no backups folder beside it.
    assert _folder(unit_file) == before


def test_it_is_known_by_its_manifest_not_its_name(unit_file, tmp_path):
    renamed = tmp_path / "renamed.sqlite"
    renamed.write_bytes(unit_file.read_bytes())
    with open_database(renamed) as snapshot:
        assert "renamed.sqlite is a unit file" in str(snapshot.read_only_reason())


def test_a_taken_over_database_is_no_unit_file(unit_file, tmp_path):
    with take_over(
        unit_file,
        tmp_path / "laptop" / "bn1.sqlite",
        taken_over_by="Maj B",
        passphrase=PASSPHRASE,
        handover_passphrase=HANDOVER_PASSPHRASE,
    ) as new:
        assert new.read_only_reason() == ""
        save_organisation(new, Organisation(name="OCHA"))


def test_an_older_unit_file_is_refused_plainly(unit_file):
    with closing(raw_connect(unit_file)) as conn:
        conn.execute(f"PRAGMA user_version = {schema.schema_version() - 1}")
    before = _folder(unit_file)
    with pytest.raises(FileRefusedError) as caught:
        open_database(unit_file)
    assert "is a unit file from an older CIMIC Desk" in str(caught.value)
    assert "Import it into your database instead" in str(caught.value)
    assert _folder(unit_file) == before


def test_a_unit_file_is_not_exported_again(unit_file, tmp_path, capsys):
    """It already carries a manifest: exporting it gave 'table export_manifest already exists'."""
    before = _folder(unit_file)
    out = tmp_path / "again.cimic"
    with open_database(unit_file) as snapshot, pytest.raises(CimicError) as caught:
        export_snapshot(snapshot, out)
    assert "is a unit file" in str(caught.value) and "Import it into your database" in str(
        caught.value
    )
    assert main(["export", str(unit_file), "--out", str(out)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("cimicdesk: error: BANBAT1-2026-W47.cimic is a unit file")
    assert err.count("\n") == 1
    assert not out.exists() and _folder(unit_file) == before
