"""Shared pieces of the robustness tests: an older-looking database, child processes."""

from __future__ import annotations

import ctypes
import json
import os
import subprocess
import sys
from pathlib import Path

from cimicdesk.store.database import Store, write_meta

SRC = Path(__file__).resolve().parents[1] / "src"
# A child's import path: the package, and the tests' key hook (child_site/sitecustomize.py).
# The tests' folder too, for the shared builders (factories.py).
_TESTS = Path(__file__).resolve().parent
CHILD_PATH = os.pathsep.join([str(SRC), str(_TESTS / "child_site"), str(_TESTS)])
_PR_CAPBSET_DROP = 24
_CAP_DAC_OVERRIDE = 1


def make_it_yesterdays(store: Store, day: str = "2026-01-10") -> None:
    """Pretend the database was created on an earlier day (its daily backup is then due)."""
    with store.db.atomic():
        write_meta(store.db, created_at=f"{day}T08:00:00.000Z")
    store.created_at = f"{day}T08:00:00.000Z"


def _drop_write_override() -> None:  # pragma: no cover - runs in the child
    """In the child, before exec: root without CAP_DAC_OVERRIDE obeys permission bits."""
    libc = ctypes.CDLL(None, use_errno=True)
    if libc.prctl(_PR_CAPBSET_DROP, _CAP_DAC_OVERRIDE, 0, 0, 0) != 0:
        raise OSError(ctypes.get_errno(), "prctl(PR_CAPBSET_DROP) refused")


def run_python(
    code: str, *, obey_permissions: bool = False, timeout: float = 60
) -> subprocess.CompletedProcess:
    """Run Python code in a child process with the package importable.

    obey_permissions: the child cannot write files whose permission bits forbid it,
    even when the tests run as root (as in CI). For root that means dropping
    CAP_DAC_OVERRIDE from the capability bounding set before exec: the kernel then
    recomputes the child's capabilities without it, so chmod'ed files and folders are
    really refused (EACCES) and os.access reports them as such. Any other user obeys
    permission bits anyway.
    """
    env = {**os.environ, "PYTHONPATH": CHILD_PATH}
    preexec = _drop_write_override if obey_permissions and os.geteuid() == 0 else None
    return subprocess.run(
        [sys.executable, "-c", code],
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
        preexec_fn=preexec,
        check=False,
    )


def run_on_small_disk(
    code: str, disk: Path, *args: str, size: str = "16m", timeout: float = 120
) -> subprocess.CompletedProcess:
    """Run Python code in a child that has a real, small disk (tmpfs) mounted at `disk`.

    The mount lives in the child's own mount namespace (unshare): no one else sees it,
    and it goes when the child ends, whatever happens; so the child checks what it
    must and prints it. Root mounts directly; another user maps itself to root in a
    user namespace first (unshare -r). sys.argv[1] is the disk, then `args`.
    """
    disk.mkdir(parents=True, exist_ok=True)
    flags = ["-m", "--propagation", "private"] if os.geteuid() == 0 else ["-r", "-m"]
    mount = f'mount -t tmpfs -o size={size} tmpfs "$1" && shift && exec "$@"'
    env = {**os.environ, "PYTHONPATH": CHILD_PATH}
    return subprocess.run(
        [
            "unshare",
            *flags,
            "sh",
            "-c",
            mount,
            "sh",
            str(disk),
            sys.executable,
            "-c",
            code,
            str(disk),
            *args,
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


_OTHER_PROGRAM = """
import json, sys
from cimicdesk.store import encryption
conn = encryption.connect(sys.argv[1], timeout=10)
names = sorted(r[0] for r in conn.execute("SELECT name FROM organisations"))
with conn:
    conn.execute("INSERT INTO _meta (key, value) VALUES (?, 'other program')", [sys.argv[2]])
conn.close()
print(json.dumps(names))
"""


def other_program(path: Path, key: str) -> list[str]:
    """Another process, as the sqlite3 shell would be: read the organisations, write a
    _meta row `key` of its own, close (the last user of a file deletes its -wal on close)."""
    child = subprocess.run(
        [sys.executable, "-c", _OTHER_PROGRAM, str(path), key],
        env={**os.environ, "PYTHONPATH": CHILD_PATH},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert child.returncode == 0, child.stderr
    return json.loads(child.stdout)
