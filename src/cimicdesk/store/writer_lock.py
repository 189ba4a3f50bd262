"""One writing process per database file: a lock file beside it, held while it is open to write.

As KeePassXC does: the program that opens a database for writing (the window, or a command
that changes it) holds an exclusive lock on `<file>.lock` for as long as it has the file
open; a second one is refused (the window then offers the file read-only, a command says
to close it there first). The lock is an OS lock (flock on POSIX, LockFileEx on Windows,
through the `filelock` library), so it goes with the process: a program that is killed
leaves no stale lock behind. The lock file itself stays (an empty file, harmless).

The database file itself is never locked or even opened here: POSIX locks belong to a
process and an inode, and closing any descriptor of the database would drop the locks
SQLite holds on it (SQLite's "How To Corrupt", §2.2).

Within one process the lock is shared: the window's worker threads open their own
connections to the file the window holds, and each open counts; the lock is released
when the last of them closes.
"""

from __future__ import annotations

import os
import threading
from pathlib import Path
from typing import Any

from filelock import FileLock, Timeout

from cimicdesk.domain.errors import FileRefusedError
from cimicdesk.i18n.message import Text, msg

LOCK_SUFFIX = ".lock"


class DatabaseInUseError(FileRefusedError):
    """Another program on this computer has the database open for writing."""


class LockFileError(FileRefusedError):
    """The lock file cannot be made (a folder that refuses writes). Attributes: errno."""

    def __init__(self, message: Text, errno: int | None):
        super().__init__(message)
        self.errno = errno


def lock_path(database: Path) -> Path:
    """The lock file of a database: '<file>.lock' beside it."""
    database = Path(database)
    return database.with_name(database.name + LOCK_SUFFIX)


class WriterLock:
    """One hold on a database's writer lock, taken by acquire(); release() gives it back.

    Attributes: key (the database's resolved path), released (True once given back).
    """

    def __init__(self, key: str):
        self.key = key
        self.released = False

    def release(self) -> None:
        """Give this hold back (again: nothing); the last hold in the process unlocks."""
        with _guard:
            if self.released:
                return
            self.released = True
            entry = _held.get(self.key)
            if entry is None:
                return
            entry[1] -= 1
            if entry[1] <= 0:
                del _held[self.key]
                entry[0].release(force=True)


# resolved database path -> [the FileLock, number of holds in this process]
_held: dict[str, list[Any]] = {}
_guard = threading.Lock()


def _key(database: Path) -> str:
    return os.path.normcase(str(Path(database).resolve()))


def acquire(database: Path) -> WriterLock:
    """Take the writer lock of `database` for this process, or raise DatabaseInUseError.

    Never waits: another program holding it is the answer. An OSError (the lock file
    cannot be made) goes to the caller.
    """
    key = _key(database)
    with _guard:
        entry = _held.get(key)
        if entry is None:
            # thread_local=False: the last close may come from another thread than the open.
            lock = FileLock(str(lock_path(database)), timeout=0, thread_local=False)
            try:
                lock.acquire()
            except Timeout:
                name = Path(database).name
                raise DatabaseInUseError(
                    msg(
                        "{name} is open in CIMIC Desk on this computer: close it there first",
                        name=name,
                    )
                ) from None
            except OSError as exc:
                name = Path(database).name
                raise LockFileError(
                    msg(
                        "{name} cannot be opened for writing: its lock file {name}.lock "
                        "cannot be made ({value}).",
                        name=name,
                        value=exc.strerror or str(exc),
                    ),
                    exc.errno,
                ) from exc
            entry = _held[key] = [lock, 0]
        entry[1] += 1
        return WriterLock(key)


def held_here(database: Path) -> bool:
    """Whether this process holds the writer lock of `database`."""
    with _guard:
        return _key(database) in _held


def held_elsewhere(database: Path) -> bool:
    """Whether another program holds the writer lock of `database` now.

    A probe that creates nothing: with no lock file nobody holds the lock; one that
    cannot be opened (read-only disk) is taken as free.
    """
    if held_here(database) or not lock_path(database).exists():
        return False
    probe = FileLock(str(lock_path(database)), timeout=0, thread_local=False)
    try:
        probe.acquire()
    except Timeout:
        return True
    except OSError:
        return False
    probe.release(force=True)
    return False
