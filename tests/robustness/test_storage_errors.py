"""A full disk and read-only media: a plain message, the transaction rolled back, nothing lost.

Tests run as root in CI, and root ignores chmod. So:
* a full disk is SQLite's own: PRAGMA max_page_count caps the file at its present size,
  and the next write that needs a page fails with SQLITE_FULL exactly as a full disk does;
* a read-only database is SQLite's own too: a `mode=ro` connection refuses every write
  with SQLITE_READONLY, whoever runs it;
* read-only media are real: a child process opens a chmod'ed file in a chmod'ed folder;
  when the tests run as root, the child drops CAP_DAC_OVERRIDE first (robust_support), so
  the kernel refuses its writes as it would refuse any user's.
"""

from __future__ import annotations

import json
import os
import stat
import textwrap
from contextlib import closing

import pytest
from factories import PASSPHRASE, action, make_contact, make_entry, make_org, raw_connect
from robust_support import run_python

from cimicdesk.domain.enums import UnitLevel
from cimicdesk.domain.errors import ReadOnlyDatabaseError
from cimicdesk.domain.records import Contact
from cimicdesk.store.contacts import save_contact
from cimicdesk.store.database import (
    CimicDatabase,
    DiskFullError,
    DiskIOError,
    ReadOnlyMediaError,
    StorageError,
    Store,
    create_database,
    read_only_uri,
    storage_error,
)
from cimicdesk.store.encryption import sqlite3
from cimicdesk.store.liaison import count_liaison
from cimicdesk.store.stats import record_counts
from cimicdesk.store.writer_lock import lock_path


def _fill_the_disk(store: Store) -> None:
    """From now on the file cannot grow by a single page: the disk is 'full'. (No free
    page is left either: a new file has the few its migrations freed.)"""
    store.db.execute("VACUUM")
    pages = store.db.execute("PRAGMA page_count").fetchone()[0]
    store.db.execute(f"PRAGMA max_page_count = {pages}")


def _counts(store: Store) -> dict:
    return {
        **record_counts(store),
        "history": store.db.execute("SELECT count(*) FROM row_history").fetchone()[0],
        "index": store.db.execute("SELECT count(*) FROM search_keys").fetchone()[0],
    }


def test_a_full_disk_gives_a_plain_message_and_saves_nothing(store):
    person = make_contact(store, "Awa Ngaïkoumon")
    org = make_org(store, "OCHA Bambari")
    before = _counts(store)
    _fill_the_disk(store)
    big = "Long account of the meeting. " * 600  # needs new pages
    with pytest.raises(DiskFullError) as caught:
        make_entry(
            store,
            contacts=[person],
            orgs=[org],
            purpose=big,
            actions=[action("Send the water report", "2026-11-30")],
        )
    message = str(caught.value)
    assert message.startswith("The disk is full: free some space on the disk that holds bn1")
    assert "Nothing was saved" in message and "everything saved before it is safe" in message
    assert isinstance(caught.value, StorageError)
    assert not store.db.conn.in_transaction  # rolled back, not left half-open
    assert _counts(store) == before  # no entry without participants, no orphan action
    assert store.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    # Space is freed: the same save now works, on the same open database.
    store.db.execute("PRAGMA max_page_count = 1073741823")
    saved = make_entry(store, contacts=[person], orgs=[org], purpose=big)
    assert len(saved.participants) == 2 and count_liaison(store) == 1


def test_a_full_disk_during_an_edit_keeps_the_stored_version(store):
    person = make_contact(store, "Jean-Baptiste Zanga", notes="short")
    _fill_the_disk(store)
    person.notes = "x" * 15_000
    with pytest.raises(DiskFullError):
        save_contact(store, person)
    from cimicdesk.store.contacts import get_contact

    assert get_contact(store, person.id).notes == "short"
    assert store.db.execute("SELECT count(*) FROM row_history").fetchone()[0] == 0


def test_writing_to_a_read_only_database_says_so_and_saves_nothing(store, db_path):
    make_contact(store, "Awa Ngaïkoumon")
    store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn = raw_connect(read_only_uri(db_path), uri=True)
    # A Store over a read-only connection that does not know it is read-only: the writes
    # reach SQLite, which refuses them (SQLITE_READONLY), even for root.
    read_only = Store(db_path, CimicDatabase(conn))
    try:
        assert read_only.read_only_reason() == ""
        with pytest.raises(ReadOnlyMediaError) as caught:
            save_contact(read_only, Contact(name="Never Saved"))
        assert isinstance(caught.value, ReadOnlyDatabaseError)
        message = str(caught.value)
        assert message.startswith("bn1.sqlite cannot be written: the disk, USB stick or file")
        assert "Nothing was saved" in message and "Copy the database" in message
        assert not conn.in_transaction
    finally:
        conn.close()
    assert store.db.execute("SELECT count(*) FROM contacts").fetchone()[0] == 1


def test_other_sqlite_errors_are_not_dressed_up():
    assert storage_error(sqlite3.OperationalError("no such table: x"), None) is None
    assert isinstance(storage_error(sqlite3.OperationalError("disk I/O error"), None), DiskIOError)


def test_nested_transactions_report_the_full_disk_once(store):
    _fill_the_disk(store)
    with pytest.raises(DiskFullError), store.db.atomic(), store.db.atomic():
        store.db.execute(
            "INSERT INTO row_history (table_name, row_id, version, replaced_at, reason) "
            "VALUES ('t', 'r', ?, 'x', 'y')",
            ["z" * 20_000],
        )
    assert not store.db.conn.in_transaction


# --- read-only media, for real --------------------------------------------------------

_OPEN_ON_READ_ONLY_MEDIA = textwrap.dedent(
    """
    import json, os, sys
    from pathlib import Path
    from cimicdesk.domain.errors import CimicError
    from cimicdesk.domain.records import Contact
    from cimicdesk.store.contacts import list_contacts, save_contact
    from cimicdesk.store.database import open_database
    path = Path(sys.argv[1] if len(sys.argv) > 1 else {path!r})
    result = {{"can_write": os.access(path, os.W_OK)}}
    store = open_database(path)
    result["reason"] = str(store.read_only_reason())
    result["names"] = [c.name for c in list_contacts(store).items]
    try:
        save_contact(store, Contact(name="Never Saved"))
    except CimicError as exc:
        result["error"] = [type(exc).__name__, str(exc)]
    store.close()
    print(json.dumps(result))
    """
)


@pytest.fixture
def on_read_only_media(tmp_path):
    """A closed database in a folder, both made read-only; permissions restored after.

    A training one, so that seed gets as far as the disk (it refuses a real one first)."""
    folder = tmp_path / "stick"
    folder.mkdir()
    path = folder / "bn1.sqlite"
    with create_database(
        path, "BANBAT 1", UnitLevel.BATTALION, training=True, passphrase=PASSPHRASE
    ) as store:
        make_contact(store, "Awa Ngaïkoumon")
    lock_path(path).unlink()  # the stick holds the database alone, as copied onto it
    os.chmod(path, stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH)
    os.chmod(folder, stat.S_IRUSR | stat.S_IXUSR | stat.S_IRGRP | stat.S_IXGRP)
    yield path
    os.chmod(folder, stat.S_IRWXU)
    os.chmod(path, stat.S_IRUSR | stat.S_IWUSR)


def test_a_database_on_read_only_media_opens_for_reading_with_the_reason(on_read_only_media):
    before = on_read_only_media.read_bytes()
    code = _OPEN_ON_READ_ONLY_MEDIA.format(path=str(on_read_only_media))
    child = run_python(code, obey_permissions=True)
    assert child.returncode == 0, child.stderr
    result = json.loads(child.stdout)
    assert result["can_write"] is False  # the kernel really refuses this process
    assert result["names"] == ["Awa Ngaïkoumon"]
    assert "cannot be written" in result["reason"] and "open for reading only" in result["reason"]
    assert result["error"] == ["ReadOnlyDatabaseError", result["reason"]]
    assert on_read_only_media.read_bytes() == before
    assert sorted(p.name for p in on_read_only_media.parent.iterdir()) == ["bn1.sqlite"]


def test_a_disk_that_refuses_writes_it_seemed_to_allow_is_caught_too(on_read_only_media):
    """os.access can be wrong (a locked SD card, some network shares): SQLite's refusal
    of the first write while opening sends the file down the same read-only path."""
    code = (
        "import cimicdesk.store.database as d\n"
        "d.media_read_only_reason = lambda path: ''\n"
        + _OPEN_ON_READ_ONLY_MEDIA.format(path=str(on_read_only_media))
    )
    child = run_python(code, obey_permissions=True)
    assert child.returncode == 0, child.stderr
    result = json.loads(child.stdout)
    assert result["names"] == ["Awa Ngaïkoumon"]
    assert "open for reading only" in result["reason"]
    assert result["error"] == ["ReadOnlyDatabaseError", result["reason"]]


def test_the_commands_say_plainly_that_the_media_is_read_only(on_read_only_media):
    code = (
        "import sys\nfrom cimicdesk.cli import main\n"
        f"sys.exit(main(['seed', {str(on_read_only_media)!r}, '--entries', '3', '--seed', '1']))"
    )
    child = run_python(code, obey_permissions=True)
    assert child.returncode == 2
    assert child.stderr.startswith("cimicdesk: error: bn1.sqlite is on a disk or in a folder")
    assert "Traceback" not in child.stderr


def test_an_older_file_on_read_only_media_is_refused_plainly(tmp_path):
    folder = tmp_path / "cd"
    folder.mkdir()
    path = folder / "old.sqlite"
    with create_database(path, "BANBAT 2", UnitLevel.BATTALION, passphrase=PASSPHRASE) as store:
        store.db.execute("DELETE FROM _sqlite_migrations WHERE name = '004_report_drafts'")
        store.db.execute("DROP TABLE report_drafts")
        store.db.execute("PRAGMA user_version = 3")
    os.chmod(path, stat.S_IRUSR)
    os.chmod(folder, stat.S_IRUSR | stat.S_IXUSR)
    try:
        code = (
            "from pathlib import Path\nfrom cimicdesk.domain.errors import CimicError\n"
            "from cimicdesk.store.database import open_database\n"
            f"try:\n    open_database(Path({str(path)!r}))\n"
            "except CimicError as exc:\n    print(type(exc).__name__, exc)\n"
        )
        child = run_python(code, obey_permissions=True)
    finally:
        os.chmod(folder, stat.S_IRWXU)
        os.chmod(path, stat.S_IRUSR | stat.S_IWUSR)
    assert child.returncode == 0, child.stderr
    assert child.stdout.startswith("FileRefusedError old.sqlite comes from an older CIMIC Desk")
    assert "Copy it to the laptop's own disk" in child.stdout
    with closing(raw_connect(path)) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 3  # untouched
