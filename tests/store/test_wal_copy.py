"""Backups copied as the checkpointed file's encrypted bytes: whole, consistent under a
writer, opened by the passphrase; the backup API when the log cannot be emptied."""

from __future__ import annotations

import threading
from contextlib import closing
from pathlib import Path

from factories import PASSPHRASE, make_org

from cimicdesk.store import backups, encryption, wal_copy

PAGE = 4096  # SQLCipher 4's page size: page 1 holds the header the copy rewrites


def _names(path: Path) -> list[str]:
    with closing(encryption.connect(path)) as conn:
        return sorted(r[0] for r in conn.execute("SELECT name FROM organisations"))


def _check(path: Path) -> list[str]:
    with closing(encryption.connect(path)) as conn:
        return [r[0] for r in conn.execute("PRAGMA integrity_check")]


def test_the_backup_is_the_files_own_encrypted_pages_and_opens_with_the_passphrase(store, db_path):
    for n in range(40):
        make_org(store, f"Organisation {n:02d}", notes="x" * 300)  # in the -wal
    taken = backups.backup_before(store, "import")
    # Byte for byte: every page after the first (whose header the switch out of WAL mode
    # rewrites) is the database's own, as encrypted; the backup API encrypts each afresh.
    assert taken.read_bytes()[PAGE:] == db_path.read_bytes()[PAGE:]
    assert len(taken.read_bytes()) > 4 * PAGE
    assert not Path(f"{taken}-wal").exists() and not Path(f"{taken}-shm").exists()
    with closing(encryption.connect(taken)) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    store.close()
    encryption.lock()  # only the passphrase now: the copy has the database's key and salt
    encryption.unlock(taken, PASSPHRASE)
    assert _check(taken) == ["ok"]
    assert _names(taken) == [f"Organisation {n:02d}" for n in range(40)]


def test_a_reader_on_an_older_snapshot_makes_the_backup_use_the_backup_api(store, db_path):
    make_org(store, "Before the reader")
    reader = encryption.connect(db_path)
    reader.execute("BEGIN")
    reader.execute("SELECT count(*) FROM organisations").fetchone()  # holds this snapshot
    try:
        make_org(store, "After the reader")  # in the -wal, past the reader's snapshot
        target = db_path.parent / "copy.sqlite"
        # The log cannot be emptied while the reader needs it: no byte copy is made...
        assert wal_copy.copy_checkpointed(store.db.conn, target) is False
        assert not target.exists()
        # ...and the backup is the backup API's, whole, with the rows only the log held.
        taken = backups.backup_before(store, "import")
        assert taken.read_bytes()[PAGE:] != db_path.read_bytes()[PAGE:]
    finally:
        reader.rollback()
        reader.close()
    assert _check(taken) == ["ok"]
    assert _names(taken) == ["After the reader", "Before the reader"]


def test_a_snapshot_taken_on_an_empty_log_keeps_checkpoints_out_of_the_file(store, db_path):
    """What the byte copy relies on: while a reader holds a snapshot begun with the log
    empty, another connection's commits and checkpoints do not write into the file."""
    make_org(store, "First")
    conn = store.db.conn
    assert conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone() == (0, 0, 0)
    conn.execute("BEGIN")
    conn.execute("SELECT count(*) FROM main.sqlite_master").fetchone()
    before = db_path.read_bytes()
    with closing(encryption.connect(db_path, timeout=0.2)) as other:
        for n in range(30):
            other.execute(
                "UPDATE organisations SET notes = ? WHERE name = 'First'", [f"edit {n}" * 50]
            )
            other.commit()
        busy, log, done = other.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
        assert (busy, done) == (0, 0) and log > 0  # nothing copied into the file
        assert other.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0] == 1  # busy
    assert db_path.read_bytes() == before
    conn.rollback()


def test_a_writer_in_another_connection_during_backups_never_tears_them(store, db_path):
    # A table of this test's own, written in transactions of 5 rows: a consistent copy
    # holds whole transactions only.
    store.db.conn.execute("CREATE TABLE written (batch INTEGER NOT NULL, n INTEGER NOT NULL)")
    store.db.conn.commit()
    stop, writing = threading.Event(), threading.Event()
    failures: list[BaseException] = []

    def write() -> None:
        try:
            with closing(encryption.connect(db_path, timeout=30)) as conn:
                batch = 0
                while not stop.is_set():
                    with conn:
                        conn.executemany(
                            "INSERT INTO written VALUES (?, ?)", [(batch, n) for n in range(5)]
                        )
                    batch += 1
                    writing.set()
        except BaseException as exc:  # reported by the assertion below
            failures.append(exc)

    writer = threading.Thread(target=write)
    writer.start()
    taken = []
    try:
        assert writing.wait(30)  # the writer is at work before the first copy
        while len(taken) < 6:
            taken.append(backups.backup_before(store, f"test-{len(taken)}"))
    finally:
        stop.set()
        writer.join()
    assert failures == []
    counts = []
    for path in taken:
        assert _check(path) == ["ok"]
        with closing(encryption.connect(path)) as conn:
            sizes = conn.execute("SELECT batch, count(*) FROM written GROUP BY batch").fetchall()
        assert all(size == 5 for _, size in sizes)
        assert [b for b, _ in sizes] == list(range(len(sizes)))  # no batch missing between
        counts.append(len(sizes))
    assert counts == sorted(counts) and counts[0] > 0  # each a later state of a live file
