"""Private work folders beside a database, for temporary copies of its data.

Every temporary copy of data (an incoming unit file being verified, a takeover, a report
preview) lives here rather than in the system's temp folder: on the database's own disk,
with the database's protection (a folder only its owner may open, mode 0700), and within
reach of the next start when the run that made it died (power cut, killed).

Layout: `<database's folder>/.cimicdesk-work/<purpose>-<pid>-<token>/`, each with a lock
file `<same name>.lock` beside it that its process holds for the folder's life (filelock:
an OS lock, released by the kernel when the process dies). remove_dead removes every
folder whose lock nobody holds, so it never removes the folder of a process still
running (a command line import while the window starts), whatever its pid.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import shutil
from collections.abc import Iterator
from pathlib import Path

from filelock import FileLock, Timeout

ROOT_NAME = ".cimicdesk-work"
_LOCK = ".lock"


def root(database: Path) -> Path:
    """The folder holding the work folders of the databases in this database's folder."""
    return Path(database).resolve().parent / ROOT_NAME


class WorkFolder:
    """A private folder beside a database, held (locked) until remove() or process end.

    Attributes: path (the folder, mode 0700).
    """

    def __init__(self, database: Path, purpose: str):
        self._base = base = root(database)
        name = f"{purpose}-{os.getpid()}-{secrets.token_hex(4)}"
        # The lock first, then the folder: remove_dead never sees an unlocked live folder.
        # thread_local=False: a worker thread may make it and the main thread remove it.
        self._lock = FileLock(base / f"{name}{_LOCK}", timeout=0, thread_local=False)
        for attempt in range(3):
            base.mkdir(mode=0o700, exist_ok=True)
            os.chmod(base, 0o700)  # mkdir's mode is masked by the umask
            try:
                self._lock.acquire()
                break
            except FileNotFoundError:  # another process removed the empty folder just now
                if attempt == 2:
                    raise
        self.path = base / name
        try:
            self.path.mkdir(mode=0o700)
            os.chmod(self.path, 0o700)
        except BaseException:
            self._release()
            raise

    def remove(self) -> None:
        """Delete the folder with everything in it (again: nothing happens)."""
        shutil.rmtree(self.path, ignore_errors=True)
        self._release()

    def _release(self) -> None:
        if self._lock.is_locked:
            self._lock.release()
            with contextlib.suppress(OSError):
                Path(self._lock.lock_file).unlink()
        with contextlib.suppress(OSError):
            self._base.rmdir()  # only when empty


@contextlib.contextmanager
def work_folder(database: Path, purpose: str) -> Iterator[Path]:
    """A private work folder beside the database for the block; deleted after it."""
    folder = WorkFolder(database, purpose)
    try:
        yield folder.path
    finally:
        folder.remove()


def remove_dead(database: Path) -> list[Path]:
    """Remove the work folders (beside this database) of runs that died; which went.

    A folder whose lock is held belongs to a process still running and stays.
    """
    base = root(database)
    if not base.is_dir():
        return []
    removed = []
    names = {p.name.removesuffix(_LOCK) for p in base.iterdir()}
    for name in sorted(names):
        lock = FileLock(base / f"{name}{_LOCK}", timeout=0, thread_local=False)
        try:
            lock.acquire()
        except (Timeout, OSError):
            continue  # alive (or a lock file we cannot open: leave it)
        try:
            folder = base / name
            if folder.exists():
                shutil.rmtree(folder, ignore_errors=True)
                removed.append(folder)
        finally:
            lock.release()
            with contextlib.suppress(OSError):
                Path(lock.lock_file).unlink()
    with contextlib.suppress(OSError):
        base.rmdir()  # only when empty
    return removed
