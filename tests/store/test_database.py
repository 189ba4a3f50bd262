"""Opening files: fresh, upgraded, and every refusal, each leaving the file untouched."""

from pathlib import Path

import pytest
from factories import PASSPHRASE, raw_connect
from sqlite_utils import Database

from cimicdesk.domain.enums import UnitLevel
from cimicdesk.domain.errors import CimicError, FileRefusedError
from cimicdesk.domain.records import Organisation
from cimicdesk.store import schema
from cimicdesk.store.database import (
    create_database,
    integrity_problems,
    open_database,
    read_header,
    write_meta,
)
from cimicdesk.store.organisations import get_organisation, save_organisation


def test_fresh_database_is_marked_versioned_and_knows_its_unit(store, db_path):
    assert read_header(db_path) == (schema.APPLICATION_ID, schema.schema_version())
    assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert store.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert store.unit.name == "BANBAT 1" and store.unit.level is UnitLevel.BATTALION
    assert store.unit.parent == "Sector West"
    assert store.unit.code == "BANBAT1"
    assert len(store.site_id) == 36
    assert integrity_problems(store) == []


def test_reopening_keeps_replica_and_unit(store, db_path):
    site = store.site_id
    store.close()
    with open_database(db_path) as again:
        assert again.site_id == site
        assert again.backup_path is None  # nothing to migrate, nothing copied


def test_create_refuses_to_overwrite_and_needs_a_unit(store, db_path, tmp_path):
    with pytest.raises(CimicError, match="already exists"):
        create_database(db_path, "X", UnitLevel.SECTOR, passphrase=PASSPHRASE)
    with pytest.raises(CimicError, match="unit's name"):
        create_database(tmp_path / "new.sqlite", "  ", UnitLevel.SECTOR, passphrase=PASSPHRASE)


def _old_database(path: Path) -> None:
    """A database as the first release wrote it: only migration 001 applied."""
    db = Database(raw_connect(str(path)))
    schema.migrations.apply(db, stop_before="002_sync_bookkeeping")
    write_meta(db, replica_id="r-1", unit_name="BANBAT 2", unit_level="battalion")
    db.execute("PRAGMA user_version = 1")
    db.conn.commit()
    db.execute(
        "INSERT INTO organisations (id, origin_unit, created_at, updated_at, updated_site, "
        "name, org_type) VALUES ('o1', 'BANBAT 2', 'x', 'x', 'r-1', 'UNHCR', 'united_nations')"
    )
    db.conn.commit()
    db.close()


def test_older_file_is_copied_aside_then_upgraded(tmp_path):
    path = tmp_path / "old.sqlite"
    _old_database(path)
    before = path.read_bytes()
    with open_database(path) as upgraded:
        assert upgraded.db.execute("PRAGMA user_version").fetchone()[0] == schema.schema_version()
        assert upgraded.db["conflicts"].exists() and upgraded.db["sync_log"].exists()
        assert get_organisation(upgraded, "o1").name == "UNHCR"
        assert upgraded.backup_path is not None and upgraded.backup_path.exists()
        with raw_connect(upgraded.backup_path) as copy:
            assert copy.execute("PRAGMA user_version").fetchone()[0] == 1
            assert copy.execute("SELECT name FROM organisations").fetchone()[0] == "UNHCR"
    assert before != path.read_bytes()


def _assert_refused_untouched(path: Path, words: str) -> None:
    before = path.read_bytes()
    with pytest.raises(FileRefusedError, match=words):
        open_database(path)
    assert path.read_bytes() == before


def test_newer_schema_is_refused_and_untouched(store, db_path):
    store.db.execute(f"PRAGMA user_version = {schema.schema_version() + 1}")
    store.close()
    _assert_refused_untouched(db_path, "newer CIMIC Desk")


def test_unknown_migration_is_refused(store, db_path):
    store.db["_sqlite_migrations"].insert(
        {"migration_set": "cimicdesk", "name": "999_future", "applied_at": "x"}
    )
    store.close()
    with pytest.raises(FileRefusedError, match="999_future"):
        open_database(db_path)


def test_foreign_sqlite_file_is_refused(tmp_path):
    path = tmp_path / "other.sqlite"
    with raw_connect(path) as other:
        other.execute("CREATE TABLE t (x)")
    _assert_refused_untouched(path, "not one of CIMIC Desk")
    assert not Path(f"{path}-wal").exists()  # we did not switch it to WAL either


@pytest.mark.parametrize(
    "content", [b"", b"hello world", b"\x00" * 4096, b"PK\x03\x04" + b"x" * 200]
)
def test_non_sqlite_files_are_refused(tmp_path, content):
    path = tmp_path / "junk.sqlite"
    path.write_bytes(content)
    _assert_refused_untouched(path, "not an SQLite file")


def test_missing_file_is_refused(tmp_path):
    with pytest.raises(FileRefusedError, match="does not exist"):
        open_database(tmp_path / "nope.sqlite")


def test_truncated_database_is_refused(store, db_path):
    for i in range(300):
        save_organisation(store, Organisation(name=f"Organisation {i}", notes="n" * 500))
    store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store.close()
    data = db_path.read_bytes()
    db_path.write_bytes(data[: len(data) // 2])
    # Encrypted, the cut is found by SQLCipher's page check: "damaged", not "cut short".
    with pytest.raises(FileRefusedError, match="is damaged"):
        open_database(db_path)
