"""A consistent copy of a WAL database at disk speed: checkpoint, pin the file, copy its bytes.

SQLite's backup API copies page by page through the pager: with SQLCipher every page is
decrypted and encrypted again (7–11 s for a sector file of 250,000 records, before every
import). When the database's write-ahead log can be checkpointed completely, the main
file alone holds the whole database, encrypted as it is (same key, same salt), and a
byte-for-byte copy of it is a backup as good as the backup API's, made at disk speed.

Why the copy is consistent:
1. `wal_checkpoint(TRUNCATE)` copies every committed frame into the main file and empties
   the log (it fails, busy, while a reader still needs an older snapshot or a writer is
   at work: then the caller uses the backup API).
2. A read transaction is begun on the caller's connection. When the log is still empty
   once its snapshot is taken, the snapshot is the main file alone, and SQLite keeps it
   so: a checkpoint needs the exclusive READ_LOCK(0) such a reader holds before it writes
   any page into the main file, and the log cannot be emptied again under it. Writers
   meanwhile append to the log; none of that reaches the main file until the copy is done.
   A log found not empty (a write slipped in between 1 and 2) means: no copy, backup API.
3. The bytes are copied by a child process on POSIX: closing a descriptor this process
   opened on the database would drop every lock SQLite holds on it (POSIX advisory
   locks belong to the process; SQLite's "How To Corrupt" 2.2). Windows locks belong to
   the handle, so the copy is made in this process there.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
from pathlib import Path
from typing import Any

from cimicdesk.store.encryption import sqlite3

# How long the checkpoint may wait for a writer or a reader before the backup API is used
# instead (the backup API waits for neither).
CHECKPOINT_WAIT_MS = 250


def copy_checkpointed(conn: Any, target: Path) -> bool:
    """Copy the main database of `conn` byte for byte to `target` (which must not exist)
    when that copy is consistent; False when it cannot be made so (not in WAL mode, in a
    transaction, the checkpoint blocked, a write slipped in, no way to copy): then nothing
    was written at `target` and the caller makes its copy with the backup API.

    The copy is in WAL mode like its source, without a log: opening it reads the whole
    database. Errors of the copy itself (a full disk) also give False: the backup API
    meets them again and reports them as it always has.
    """
    source = _main_file(conn)
    if source is None or conn.in_transaction or not _checkpointed(conn):
        return False
    conn.execute("BEGIN")
    try:
        conn.execute("SELECT count(*) FROM main.sqlite_master").fetchone()  # the snapshot
        if _log_size(source) != 0:
            return False  # a write came between the checkpoint and the snapshot
        return _copy(source, Path(target))
    finally:
        conn.rollback()  # only read: ends the read transaction, unpins the file


def _main_file(conn: Any) -> Path | None:
    """The file SQLite has open as `main`, when it is in WAL mode (None otherwise)."""
    try:
        mode = conn.execute("PRAGMA main.journal_mode").fetchone()[0]
        listed = {row[1]: row[2] for row in conn.execute("PRAGMA database_list")}
    except sqlite3.Error:
        return None
    path = listed.get("main")
    return Path(path) if str(mode).lower() == "wal" and path else None


def _checkpointed(conn: Any) -> bool:
    """Whether a TRUNCATE checkpoint emptied the log, waiting at most CHECKPOINT_WAIT_MS."""
    try:
        waited = conn.execute("PRAGMA busy_timeout").fetchone()[0]
        conn.execute(f"PRAGMA busy_timeout = {CHECKPOINT_WAIT_MS}")
        try:
            busy, log, _ = conn.execute("PRAGMA main.wal_checkpoint(TRUNCATE)").fetchone()
        finally:
            conn.execute(f"PRAGMA busy_timeout = {int(waited)}")
    except sqlite3.Error:
        return False
    return bool(busy == 0 and log == 0)


def _log_size(database: Path) -> int:
    """Bytes in the database's -wal (a stat: no descriptor opened on the database's files)."""
    try:
        return os.stat(f"{database}-wal").st_size
    except FileNotFoundError:
        return 0


def _copy(source: Path, target: Path) -> bool:
    # The target is created here, new (O_EXCL): `cp` onto a folder would copy into it.
    try:
        os.close(os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    except OSError:
        return False
    try:
        if os.name == "nt":
            shutil.copyfile(source, target)
            return True
        cp = shutil.which("cp")
        if cp is not None:
            done = subprocess.run(
                [cp, "--", str(source), str(target)], capture_output=True, check=False
            )
            if done.returncode == 0 and target.stat().st_size == source.stat().st_size:
                return True
    except OSError:
        pass
    with contextlib.suppress(OSError):
        target.unlink()
    return False
