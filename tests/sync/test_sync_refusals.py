"""Every file that is not a whole, unchanged export is refused before anything changes.

Each refusal is a PackageRefusedError with a reason and a message for the officer, and
the receiving database is byte-for-byte unchanged (its file and -wal, compared after a
checkpoint), with no backup taken.
"""

from __future__ import annotations

import json
import random
import shutil
from contextlib import closing
from pathlib import Path

import pytest
from factories import make_contact, make_entry, make_org, raw_connect
from sync_helpers import (
    assert_in_both_languages,
    backups_of,
    export,
    file_state,
    import_files,
    resign,
    tamper,
    unit_db,
    unsealed,
)

from cimicdesk.demo.generate import seed_database
from cimicdesk.domain.enums import UnitLevel
from cimicdesk.domain.errors import ReadOnlyDatabaseError
from cimicdesk.store import schema
from cimicdesk.store.contacts import get_contact
from cimicdesk.sync import errors as why
from cimicdesk.sync import manifest as mf
from cimicdesk.sync.errors import PackageRefusedError


@pytest.fixture
def sender(tmp_path):
    store = unit_db(tmp_path / "bn1", "BANBAT 1")
    org = make_org(store, "UNHCR")
    person = make_contact(store, "Awa Yakité", organisation_id=org.id)
    make_entry(store, contacts=[person])
    yield store
    store.close()


@pytest.fixture
def receiver(tmp_path):
    store = unit_db(tmp_path / "sector", "SECTOR W", UnitLevel.SECTOR)
    make_org(store, "OCHA")
    yield store
    store.close()


@pytest.fixture
def good(sender, tmp_path) -> Path:
    return export(sender, tmp_path / "BANBAT1-2026-W47.cimic")


def _refused(receiver, path: Path, reason: str | tuple, *words: str) -> PackageRefusedError:
    before, backups = file_state(receiver), backups_of(receiver)
    with pytest.raises(PackageRefusedError) as caught:
        import_files(receiver, [path])
    reasons = reason if isinstance(reason, tuple) else (reason,)
    assert caught.value.reason in reasons, str(caught.value)
    for word in (path.name, "Nothing was changed", *words):
        assert word in str(caught.value)
    # The officer reads it in the window's language; str() is the English (command line).
    french = assert_in_both_languages(caught.value.message, str(caught.value))
    assert path.name in french and "Rien n'a été modifié." in french
    assert file_state(receiver) == before
    assert backups_of(receiver) == backups
    return caught.value


def test_random_bytes(receiver, tmp_path):
    bad = tmp_path / "photo.cimic"
    bad.write_bytes(random.Random(1).randbytes(8192))
    _refused(receiver, bad, why.NOT_SQLITE, "not an export file")


def test_an_empty_file(receiver, tmp_path):
    bad = tmp_path / "empty.cimic"
    bad.write_bytes(b"")
    _refused(receiver, bad, why.NOT_SQLITE)


def test_a_missing_file(receiver, tmp_path):
    _refused(receiver, tmp_path / "gone.cimic", why.MISSING, "does not exist")


def test_a_truncated_file(receiver, good):
    data = good.read_bytes()
    good.write_bytes(data[: len(data) // 2])
    # Sealed, a file cut short no longer matches what was sealed.
    _refused(receiver, good, why.TAMPERED, "changed or damaged")


def test_a_corrupted_page(receiver, tmp_path):
    sender = unit_db(tmp_path / "seeded", "BANBAT 2", training=True)
    seed_database(sender, entries=80, seed=3, days=30)
    good = export(sender, tmp_path / "BANBAT2.cimic")
    sender.close()
    data = bytearray(good.read_bytes())
    middle = len(data) // 2 // 4096 * 4096
    data[middle : middle + 4096] = random.Random(2).randbytes(4096)
    good.write_bytes(bytes(data))
    # The integrity check finds a broken b-tree page; the digest finds changed content.
    _refused(receiver, good, (why.DAMAGED, why.TAMPERED), "damaged")


def test_a_foreign_sqlite_file(receiver, tmp_path):
    bad = tmp_path / "contacts.cimic"
    with closing(raw_connect(bad, plain=True)) as conn:
        conn.execute("CREATE TABLE people (name TEXT)")
        conn.commit()
    _refused(receiver, bad, why.FOREIGN, "not one of CIMIC Desk")


def test_a_newer_schema(receiver, good):
    with unsealed(good, write=True) as conn:
        conn.execute(f"PRAGMA user_version = {schema.schema_version() + 1}")
    _refused(receiver, good, why.NEWER, "newer CIMIC Desk")


def test_a_migration_this_program_does_not_know(receiver, good):
    tamper(
        good,
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
        "VALUES ('cimicdesk', '099_future', '2027-01-01')",
    )
    _refused(receiver, good, why.NEWER, "099_future")


def test_a_migrations_table_without_its_columns(receiver, good):
    # sqlite-utils reads the table's rows as dicts: a forged table must not crash the import.
    tamper(good, "DROP TABLE _sqlite_migrations")
    tamper(good, "CREATE TABLE _sqlite_migrations (id INTEGER PRIMARY KEY, migration_set TEXT)")
    tamper(good, "INSERT INTO _sqlite_migrations (migration_set) VALUES ('cimicdesk')")
    _refused(receiver, good, why.DAMAGED, "damaged", "no column")


def test_counts_that_do_not_match(receiver, good):
    tamper(good, "DELETE FROM follow_up_actions")
    tamper(good, "DELETE FROM liaison_participants")
    _refused(receiver, good, why.TAMPERED, "liaison_participants", "does not match")


def test_a_changed_row(receiver, good):
    tamper(good, "UPDATE contacts SET position = 'Commander' WHERE 1")
    _refused(receiver, good, why.TAMPERED, "digest", "changed or damaged after it was exported")


def test_a_manifest_removed(receiver, good):
    tamper(good, f"DROP TABLE {mf.TABLE}")
    _refused(receiver, good, why.NO_MANIFEST, "File → Export")


def test_a_backup_copy_is_not_an_export(receiver, sender, tmp_path):
    from cimicdesk.store.database import backup_copy

    copy = backup_copy(sender.db, sender.path, "before-test")  # encrypted, no manifest
    _refused(receiver, copy, why.NOT_SQLITE, "not an export file", "File → Export")


def test_a_live_database_copied_without_its_wal(receiver, sender, tmp_path):
    """The newest edits sit in the -wal: a copy of the main file alone is never taken."""
    person = get_contact(sender, sender.db.execute("SELECT id FROM contacts").fetchone()[0])
    person.position = "Chef de quartier"
    from cimicdesk.store.contacts import save_contact

    save_contact(sender, person)
    assert Path(f"{sender.path}-wal").stat().st_size > 0  # the edit is still in the -wal
    copy = tmp_path / "stick" / "BANBAT1.cimic"
    copy.parent.mkdir()
    shutil.copyfile(sender.path, copy)
    # Encrypted, the copy is no SQLite file to the receiver: refused before it is read.
    _refused(receiver, copy, why.NOT_SQLITE, "copy of an encrypted database", "File → Export")


def test_a_live_database_with_its_wal_beside_it(receiver, sender):
    _refused(receiver, sender.path, why.LIVE_COPY, "write-ahead log", "File → Export")


def test_one_bad_file_refuses_the_whole_batch(receiver, good, tmp_path):
    bad = tmp_path / "bad.cimic"
    bad.write_bytes(b"SQLite format 3\x00" + bytes(200))
    before, backups = file_state(receiver), backups_of(receiver)
    with pytest.raises(PackageRefusedError, match=r"bad\.cimic"):
        import_files(receiver, [good, bad])
    assert file_state(receiver) == before and backups_of(receiver) == backups


def test_a_handed_over_database_imports_nothing(receiver, good):
    receiver._state = "handed_over"
    before = file_state(receiver)
    with pytest.raises(ReadOnlyDatabaseError, match="handed over"):
        import_files(receiver, [good])
    assert file_state(receiver) == before


def _downgrade_to_schema_4(path: Path, signer) -> None:
    """Turn an export into one written by the release before migration 005 (signed by
    `signer`, as if that release had signed its files)."""
    with unsealed(path, write=True) as conn:
        for sql in (
            "DROP TABLE rejected",
            "DROP TABLE rotations",
            "DROP INDEX conflicts_row",
            "ALTER TABLE conflicts DROP COLUMN source_unit",
            "ALTER TABLE conflicts DROP COLUMN export_id",
            "ALTER TABLE sync_log DROP COLUMN backup_path",
            "DELETE FROM _sqlite_migrations WHERE name = '005_sync'",
            "PRAGMA user_version = 4",
        ):
            conn.execute(sql)
        tables = mf.content_tables(conn)
        conn.execute(
            f"UPDATE {mf.TABLE} SET schema_version = 4, counts = ?, digest = ?",
            [json.dumps(mf.count_rows(conn, tables)), mf.digest(conn, tables)],
        )
        resign(conn, signer)
        conn.commit()
        conn.execute("VACUUM")


def test_an_older_export_is_upgraded_on_a_copy_and_merged(receiver, sender, good):
    _downgrade_to_schema_4(good, sender)
    before = good.read_bytes()
    report = import_files(receiver, [good])[0]
    assert report.file_schema == 4 and report.totals.new == 4
    assert good.read_bytes() == before  # the file offered is never changed
    assert receiver.db.execute("SELECT count(*) FROM contacts").fetchone()[0] == 1


def test_refusal_reasons_are_distinct_and_typed():
    reasons = [
        why.MISSING,
        why.NOT_SQLITE,
        why.TRUNCATED,
        why.FOREIGN,
        why.LIVE_COPY,
        why.NEWER,
        why.DAMAGED,
        why.NO_MANIFEST,
        why.TAMPERED,
    ]
    assert len(set(reasons)) == len(reasons)
    from cimicdesk.domain.errors import FileRefusedError

    assert issubclass(PackageRefusedError, FileRefusedError)
