"""The store's one home for what a file holds (its tables), the newer-schema guard and the
read-only open: a file from a newer CIMIC Desk is refused with the same message wherever
it is opened, and a file opened read-only refuses every write."""

from __future__ import annotations

from contextlib import closing
from pathlib import Path

import pytest
from factories import raw_connect
from sqlite_utils import Database

from cimicdesk.cli import main
from cimicdesk.domain.errors import FileRefusedError, ReadOnlyDatabaseError
from cimicdesk.domain.records import Contact
from cimicdesk.store import probes, schema
from cimicdesk.store.contacts import save_contact
from cimicdesk.store.database import (
    MANIFEST_TABLE,
    check_file,
    connect_read_only,
    open_database,
    open_for_reading,
    open_read_only,
    reading_reason,
    write_meta,
)
from cimicdesk.store.encryption import sqlite3


def _listing(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def _older(path: Path) -> Path:
    """A database of schema 1, as the first CIMIC Desk wrote it."""
    db = Database(raw_connect(path))
    schema.migrations.apply(db, stop_before=schema.migrations._migrations[1].name)
    write_meta(db, replica_id="r-1", unit_name="BANBAT 2", unit_level="battalion")
    db.execute("PRAGMA user_version = 1")
    db.conn.commit()
    db.close()
    return path


def _newer_version(path: Path) -> None:
    with closing(raw_connect(path)) as conn:
        conn.execute(f"PRAGMA user_version = {schema.schema_version() + 1}")


def _unknown_migration(path: Path) -> None:
    with closing(raw_connect(path)) as conn, conn:
        conn.execute(
            "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
            "VALUES (?, '999_from_the_future', 'x')",
            [schema.MIGRATION_SET],
        )


# --- tables ------------------------------------------------------------------------------


def test_tables_are_asked_the_same_of_a_plain_connection_and_of_sqlite_utils(store, db_path):
    with closing(connect_read_only(db_path)) as plain:
        for conn in (plain, store.db):
            assert probes.has_table(conn, "contacts")
            assert not probes.has_table(conn, MANIFEST_TABLE)
            names = probes.table_names(conn)
            assert set(schema.SYNCED_TABLES) <= names and "search_index" in names
            content = probes.content_tables(conn)
            assert "search_index" not in content  # the FTS table itself is virtual
            assert "search_index_data" in content  # its shadow tables hold content
            assert not any(name.startswith("sqlite_") for name in content)
    assert store.db.execute("PRAGMA recursive_triggers").fetchone() == (1,)  # left as it was


def test_an_older_schema_lacks_the_newer_tables(tmp_path):
    with closing(connect_read_only(_older(tmp_path / "old.sqlite"))) as conn:
        assert probes.has_table(conn, "contacts")
        assert not probes.has_table(conn, "incidents")
        assert probes.user_version(conn) == 1 and probes.unknown_migrations(conn) == []


# --- the newer-schema guard ----------------------------------------------------------------


def _every_open(path: Path) -> list[str]:
    """What each way of opening a file says when it refuses it."""
    said = []
    for opening in (
        lambda: open_database(path),
        lambda: open_read_only(path, reading_reason(path)),
        lambda: open_read_only(path, reading_reason(path), older=True),
        lambda: open_for_reading(path),
    ):
        with pytest.raises(FileRefusedError) as refused:
            opening()
        said.append(str(refused.value))
    return said


@pytest.mark.parametrize(
    ("spoil", "expected"),
    [
        (
            _newer_version,
            "bn1.sqlite was written by a newer CIMIC Desk (schema {newer}; this program knows "
            "up to {ours}). Install the newer version to open it; the file was not changed.",
        ),
        (
            _unknown_migration,
            "bn1.sqlite has changes from a newer CIMIC Desk (999_from_the_future). Install "
            "the newer version to open it; the file was not changed.",
        ),
    ],
)
def test_a_file_from_a_newer_version_is_refused_with_one_message_everywhere(
    store, db_path, capsys, spoil, expected
):
    store.close()
    spoil(db_path)
    before = _listing(db_path.parent)
    message = expected.format(newer=schema.schema_version() + 1, ours=schema.schema_version())
    assert _every_open(db_path) == [message] * 4
    assert main(["check", str(db_path)]) == 2
    assert capsys.readouterr().err == f"cimicdesk: error: {message}\n"
    assert _listing(db_path.parent) == before


def test_the_header_check_refuses_a_newer_schema_version_alone(store, db_path):
    store.close()
    _newer_version(db_path)
    with pytest.raises(FileRefusedError) as refused:
        check_file(db_path)  # the header only, before any connection that could write
    assert str(refused.value) == str(_every_open(db_path)[0])


def test_newer_schema_error_is_none_for_a_file_this_program_knows():
    assert probes.newer_schema_error(Path("bn1.sqlite"), schema.schema_version()) is None
    assert probes.newer_schema_error(Path("bn1.sqlite"), 1, []) is None


# --- the read-only open --------------------------------------------------------------------


def test_a_read_only_connection_refuses_writes_and_leaves_no_side_files(store, db_path):
    save_contact(store, Contact(name="Marie Ndoumba"))
    store.close()
    before = _listing(db_path.parent)
    with closing(connect_read_only(db_path)) as conn:
        assert conn.execute("SELECT name FROM contacts").fetchall() == [("Marie Ndoumba",)]
        with pytest.raises(sqlite3.OperationalError, match="readonly"):
            conn.execute("DELETE FROM contacts")
    assert _listing(db_path.parent) == before


def test_a_store_opened_read_only_refuses_edits_with_its_reason(store, db_path):
    store.close()
    before = _listing(db_path.parent)
    with open_read_only(db_path, reading_reason(db_path)) as opened:
        assert str(opened.read_only_reason()) == "bn1.sqlite is open for reading only."
        assert opened.writer_lock is None
        with pytest.raises(ReadOnlyDatabaseError, match="open for reading only"):
            save_contact(opened, Contact(name="Marie Ndoumba"))
        with pytest.raises(sqlite3.OperationalError, match="readonly"):
            opened.db.execute("DELETE FROM _meta")
    assert _listing(db_path.parent) == before


def test_an_older_file_is_read_as_it_is_only_when_asked(tmp_path):
    path = _older(tmp_path / "old.sqlite")
    before = _listing(tmp_path)
    with pytest.raises(FileRefusedError, match="must be upgraded before it can be used"):
        open_read_only(path, reading_reason(path))
    with open_read_only(path, reading_reason(path), older=True) as opened:  # as check does
        assert opened.unit.name == "BANBAT 2"
        assert opened.read_only_reason()
        with pytest.raises(ReadOnlyDatabaseError):
            save_contact(opened, Contact(name="Marie Ndoumba"))
    assert _listing(tmp_path) == before
