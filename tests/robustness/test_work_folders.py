"""Temporary copies of data live beside the database, in a private folder, never in the
system's temp folder; a run that dies leaves its folder, and the next open removes it,
but never the folder of a process still running."""

from __future__ import annotations

import os
import signal
import stat
import subprocess
import sys
import textwrap
from pathlib import Path

from factories import PASSPHRASE, make_contact
from robust_support import CHILD_PATH, run_python
from sync_helpers import fingerprint_of

from cimicdesk.domain.enums import UnitLevel
from cimicdesk.store import work_folder
from cimicdesk.store.database import create_database, open_database
from cimicdesk.sync.export import export_snapshot

# The child imports two unit files and kills itself (SIGKILL) while checking the second:
# the copy of the first is in its work folder by then.
_KILLED_WHILE_IMPORTING = textwrap.dedent(
    """
    import os, signal, sys
    from pathlib import Path
    from cimicdesk.store.database import open_database
    from cimicdesk.sync.imports import import_files

    def progress(text, done, total):
        if str(text).startswith("Checking") and done > 0:
            print("killed", flush=True)
            os.kill(os.getpid(), signal.SIGKILL)

    store = open_database(Path(sys.argv[1]), daily_backup=False)
    import_files(store, [Path(name) for name in sys.argv[2:]], progress=progress)
    """
)
# The child holds a work folder and waits until its stdin closes.
_HOLDS_A_WORK_FOLDER = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from cimicdesk.store.work_folder import work_folder

    with work_folder(Path(sys.argv[1]), "import") as folder:
        (folder / "copy.sqlite").write_bytes(b"incoming")
        print(folder, flush=True)
        sys.stdin.read()
    """
)


def _child(code: str, *args: str, temp: str, **kwargs) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": CHILD_PATH, "TMPDIR": temp}
    return subprocess.Popen([sys.executable, "-c", code, *args], env=env, text=True, **kwargs)


def _setup(tmp_path):
    """Sector HQ's database (closed) and two battalions' unit files; an empty TMPDIR."""
    files = []
    for number in (1, 2):
        with create_database(
            tmp_path / f"bn{number}.sqlite",
            f"BANBAT {number}",
            UnitLevel.BATTALION,
            passphrase=PASSPHRASE,
        ) as unit:
            make_contact(unit, f"Person of BANBAT {number}")
            files.append(str(export_snapshot(unit, tmp_path / f"bn{number}.cimic").path))
    (tmp_path / "sector").mkdir()
    path = tmp_path / "sector" / "sector.sqlite"
    create_database(path, "Sector Centre", UnitLevel.SECTOR, passphrase=PASSPHRASE).close()
    temp = tmp_path / "systemp"
    temp.mkdir()
    return path, files, temp


def test_a_killed_import_leaves_its_copies_beside_the_database_and_the_next_open_removes_them(
    tmp_path,
):
    path, files, temp = _setup(tmp_path)
    child = _child(
        _KILLED_WHILE_IMPORTING,
        str(path),
        *files,
        temp=str(temp),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    out, err = child.communicate(timeout=60)
    assert child.returncode == -signal.SIGKILL and out == "killed\n", err
    assert list(temp.iterdir()) == []  # nothing in the system's temp folder
    base = work_folder.root(path)
    [left] = [p for p in base.iterdir() if p.is_dir()]
    assert left.name.startswith(f"import-{child.pid}-")
    assert stat.S_IMODE(base.stat().st_mode) == stat.S_IMODE(left.stat().st_mode) == 0o700
    assert any(p.name.endswith(".incoming.sqlite") for p in left.rglob("*"))

    open_database(path, daily_backup=False).close()
    assert not base.exists()  # the dead run's folder, its lock and the empty root: gone


def test_the_folder_of_a_process_still_running_is_left_alone(tmp_path):
    path, _files, temp = _setup(tmp_path)
    child = _child(
        _HOLDS_A_WORK_FOLDER,
        str(path),
        temp=str(temp),
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
    )
    try:
        assert child.stdout is not None
        held = child.stdout.readline().strip()
        # The window starts on the database while a command line import runs.
        open_database(path, daily_backup=False).close()
        assert (work_folder.root(path) / os.path.basename(held) / "copy.sqlite").exists()
    finally:
        child.communicate("", timeout=30)
    assert child.returncode == 0
    assert not work_folder.root(path).exists()  # removed by its owner at the end
    assert list(temp.iterdir()) == []


def test_a_finished_import_leaves_nothing_anywhere(tmp_path):
    path, files, temp = _setup(tmp_path)
    code = "import sys\nfrom cimicdesk.cli import main\nsys.exit(main(['import', *sys.argv[1:]]))"
    confirmed = [arg for f in files for arg in ("--enrol", fingerprint_of(Path(f)))]
    child = _child(
        code,
        str(path),
        *files,
        *confirmed,
        temp=str(temp),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    out, err = child.communicate(timeout=60)
    assert child.returncode == 0, err
    assert out.count(": imported") == 2
    assert list(temp.iterdir()) == []
    # The writer lock file stays (empty, see store/writer_lock.py); no work folder.
    assert sorted(p.name for p in path.parent.iterdir()) == [
        "backups",
        "sector.sqlite",
        "sector.sqlite.lock",
    ]


def test_a_work_folder_is_private_and_gone_after_use(tmp_path):
    database = tmp_path / "bn1.sqlite"
    with work_folder.work_folder(database, "takeover") as folder:
        assert folder.parent == tmp_path / ".cimicdesk-work"
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700
        (folder / "copy").write_bytes(b"data")
        assert work_folder.remove_dead(database) == []  # ours, alive
        assert folder.exists()
    assert not (tmp_path / ".cimicdesk-work").exists()


def test_a_preview_of_a_database_on_read_only_media_goes_to_a_private_temp_folder(tmp_path):
    """Nothing can be written beside a database on a CD: the preview still works."""
    folder = tmp_path / "cd"
    folder.mkdir()
    database = folder / "bn1.sqlite"
    create_database(database, "BANBAT 1", UnitLevel.BATTALION, passphrase=PASSPHRASE).close()
    temp = tmp_path / "systemp"
    temp.mkdir()
    os.chmod(folder, stat.S_IRUSR | stat.S_IXUSR)
    try:
        code = (
            "import os, sys, stat, tempfile\nfrom pathlib import Path\n"
            f"tempfile.tempdir = {str(temp)!r}\n"
            "from cimicdesk.ui.pages.report_workflow import preview_folder\n"
            f"made = preview_folder(Path({str(database)!r}))\n"
            "print(made.parent, oct(stat.S_IMODE(made.stat().st_mode)))\n"
        )
        child = run_python(code, obey_permissions=True)
    finally:
        os.chmod(folder, stat.S_IRWXU)
    assert child.returncode == 0, child.stderr
    assert child.stdout.split() == [str(temp), "0o700"]
    assert list(temp.iterdir()) == []  # removed when the program ended
    # Nothing beside it but the lock file its creation left (store/writer_lock.py).
    assert sorted(p.name for p in folder.iterdir()) == ["bn1.sqlite", "bn1.sqlite.lock"]
