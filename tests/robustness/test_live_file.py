"""Two programs on one live database file, and a file whose last pages are still in its -wal.

Real processes throughout: the window's store in this process (its report preview opens
the file again on a worker thread, as the window does), and children that write the same
file with plain sqlite3 (as the sqlite3 shell would) or hold it open as a second CIMIC
Desk does.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
from contextlib import closing
from pathlib import Path

import pytest
from factories import PASSPHRASE, _decrypt_page, raw_connect
from robust_support import CHILD_PATH, make_it_yesterdays, other_program, run_python

from cimicdesk.cli import main
from cimicdesk.domain.enums import UnitLevel
from cimicdesk.domain.errors import CimicError
from cimicdesk.domain.records import Organisation
from cimicdesk.reports.commands import write_sitrep
from cimicdesk.store import encryption
from cimicdesk.store.backups import list_backups
from cimicdesk.store.database import create_database, open_database, read_meta
from cimicdesk.store.organisations import save_organisation
from cimicdesk.sync.export import export_snapshot
from cimicdesk.ui.workers import with_own_store

IN_USE = "BANBAT1.sqlite is open in CIMIC Desk on this computer: close it there first"


def _names(path: Path) -> list[str]:
    with closing(raw_connect(path)) as conn:
        return sorted(r[0] for r in conn.execute("SELECT name FROM organisations"))


def _preview_on_a_worker(path: Path, out: Path) -> None:
    """What the Reports page's preview does: a worker thread opens the file itself
    (ui.workers.with_own_store), writes the sitrep, closes its store."""
    failures: list[BaseException] = []

    def work() -> None:
        try:
            with_own_store(path, write_sitrep, out)
        except BaseException as exc:  # handed to the test thread
            failures.append(exc)

    worker = threading.Thread(target=work)
    worker.start()
    worker.join(60)
    assert not failures, failures
    assert out.exists()


@pytest.mark.slow
def test_saves_after_a_report_preview_are_seen_by_another_process_and_never_lost(tmp_path):
    path = tmp_path / "BANBAT1.sqlite"
    create_database(path, "BANBAT 1", UnitLevel.BATTALION, passphrase=PASSPHRASE).close()
    window = open_database(path, daily_backup=False)  # as the window opens it
    try:
        save_organisation(window, Organisation(name="Saved before the preview"))
        _preview_on_a_worker(path, tmp_path / "preview.pdf")
        assert other_program(path, "probe-1") == ["Saved before the preview"]
        # The window saves on; the other program must see it (the -wal is still shared).
        save_organisation(window, Organisation(name="Saved after the preview"))
        assert other_program(path, "probe-2") == [
            "Saved after the preview",
            "Saved before the preview",
        ]
        assert {"probe-1", "probe-2"} <= read_meta(window.db).keys()  # and the other way
        save_organisation(window, Organisation(name="Saved last"))
    finally:
        window.close()
    # Both have closed: nothing was lost, nothing written back over the other's changes.
    assert _names(path) == ["Saved after the preview", "Saved before the preview", "Saved last"]
    with closing(raw_connect(path)) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        keys = {r[0] for r in conn.execute("SELECT key FROM _meta")}
    assert {"probe-1", "probe-2"} <= keys


# --- a file whose header counts more pages than it holds ---------------------------------

_FILL_AND_DIE = """
import os
from pathlib import Path
from cimicdesk.domain.records import Organisation
from cimicdesk.store.database import open_database
from cimicdesk.store.organisations import save_organisation
store = open_database(Path({path!r}), daily_backup=False)
store.db.execute("PRAGMA wal_autocheckpoint = 0")  # everything stays in the -wal
for number in range(300):
    save_organisation(store, Organisation(name=f"Partner {{number:03d}}", notes="n" * 400))
os._exit(0)  # gone before any checkpoint: every save is committed, in the -wal only
"""


def _header_pages(path: Path) -> tuple[int, int]:
    """(pages the header counts, page size): read with no connection open anywhere."""
    # Page 1 decrypted: bytes 16-99 of SQLite's header (the first 16 hold the salt).
    header = _decrypt_page(encryption.key_for(path).key, path.read_bytes()[:4096], True)
    return int.from_bytes(header[12:16], "big"), int.from_bytes(header[0:2], "big")


def _stopped_mid_checkpoint(tmp_path: Path) -> tuple[Path, bytes]:
    """A database as an import stopped by a full disk while copying its -wal back leaves
    it: the header (page 1, copied first) counts every page, the file ends half-way, and
    the -wal still holds every committed page. Returns the file and its -wal's bytes."""
    path = tmp_path / "BANBAT1.sqlite"
    create_database(path, "BANBAT 1", UnitLevel.BATTALION, passphrase=PASSPHRASE).close()
    child = run_python(_FILL_AND_DIE.format(path=str(path)))
    assert child.returncode == 0, child.stderr
    before = path.stat().st_size
    wal = Path(f"{path}-wal").read_bytes()
    assert len(wal) > 300 * 400
    with closing(raw_connect(path)) as conn:  # the checkpoint that ran out of disk
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    pages, page_size = _header_pages(path)
    whole = path.stat().st_size
    assert whole == pages * page_size > before
    cut = (before + (whole - before) // 2) // page_size * page_size
    os.truncate(path, cut)
    Path(f"{path}-wal").write_bytes(wal)
    Path(f"{path}-shm").unlink(missing_ok=True)
    assert _header_pages(path)[0] * page_size > path.stat().st_size
    return path, wal


@pytest.mark.slow
def test_a_file_whose_last_pages_are_in_its_wal_opens_with_every_record(tmp_path, capsys):
    path, _wal = _stopped_mid_checkpoint(tmp_path)
    assert main(["check", str(path)]) == 0  # a command that only reads opens it too
    assert "integrity     ok" in capsys.readouterr().out
    with open_database(path, daily_backup=False) as store:
        count = store.db.execute("SELECT count(*) FROM organisations").fetchone()[0]
        assert count == 300
        assert store.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    # Closing folded the -wal back: the file is whole again, on its own.
    assert not Path(f"{path}-wal").exists()
    pages, page_size = _header_pages(path)
    assert path.stat().st_size == pages * page_size
    assert len(_names(path)) == 300


@pytest.mark.slow
def test_a_copy_cut_short_without_its_wal_is_still_refused_and_left_alone(tmp_path, capsys):
    path, _wal = _stopped_mid_checkpoint(tmp_path)
    Path(f"{path}-wal").unlink()  # copied without the file beside it
    before = path.read_bytes()
    listing = sorted(p.name for p in tmp_path.iterdir())
    with pytest.raises(CimicError, match="is damaged: it is cut short") as refused:
        open_database(path)
    assert "Copy it again from its source" in str(refused.value)
    assert main(["check", str(path)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("cimicdesk: error: BANBAT1.sqlite is damaged: it is cut short")
    assert err.count("\n") == 1
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == listing  # no -wal, no -shm made


# --- one writing program per file -------------------------------------------------------

_HOLDER = """
import sys
from pathlib import Path
from cimicdesk.domain.records import Organisation
from cimicdesk.store.database import open_database
from cimicdesk.store.organisations import save_organisation
store = open_database(Path({path!r}), daily_backup=False)
print("ready", flush=True)
for line in sys.stdin:  # 'save NAME' saves an organisation; end of input closes
    save_organisation(store, Organisation(name=line.strip().removeprefix("save ")))
    print("saved", flush=True)
store.close()
print("closed", flush=True)
"""


class Holder:
    """A second CIMIC Desk (a child process) with the database open for writing."""

    def __init__(self, path: Path):
        self.process = subprocess.Popen(
            [sys.executable, "-c", _HOLDER.format(path=str(path))],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env={**os.environ, "PYTHONPATH": CHILD_PATH},
            text=True,
        )
        assert self.process.stdout.readline() == "ready\n", self.process.stderr.read()

    def save(self, name: str) -> None:
        self.process.stdin.write(f"save {name}\n")
        self.process.stdin.flush()
        assert self.process.stdout.readline() == "saved\n", self.process.stderr.read()

    def close(self) -> None:
        out, err = self.process.communicate(timeout=60)
        assert out == "closed\n" and self.process.returncode == 0, err

    def kill(self) -> None:
        self.process.send_signal(signal.SIGKILL)
        self.process.communicate(timeout=60)


@pytest.fixture
def battalion(tmp_path) -> Path:
    """BANBAT1.sqlite with one organisation, created yesterday (a daily backup is due)."""
    path = tmp_path / "BANBAT1.sqlite"
    with create_database(path, "BANBAT 1", UnitLevel.BATTALION, passphrase=PASSPHRASE) as store:
        save_organisation(store, Organisation(name="UNHCR"))
        make_it_yesterdays(store)
    return path


@pytest.fixture
def holder(battalion):
    opened = Holder(battalion)
    yield opened
    if opened.process.poll() is None:
        opened.kill()


def _unit_file(tmp_path: Path) -> Path:
    with create_database(
        tmp_path / "bn2.sqlite", "BANBAT 2", UnitLevel.BATTALION, passphrase=PASSPHRASE
    ) as unit:
        save_organisation(unit, Organisation(name="From BANBAT 2"))
        return export_snapshot(unit, tmp_path / "BANBAT2.cimic").path


@pytest.mark.slow
def test_a_second_writer_is_refused_while_the_first_holds_the_file(
    battalion, holder, tmp_path, capsys
):
    with pytest.raises(CimicError) as refused:  # DatabaseInUseError
        open_database(battalion)
    assert str(refused.value) == IN_USE
    assert main(["backups", str(battalion), "--take"]) == 0  # reading: allowed
    capsys.readouterr()
    jsonl = tmp_path / "records.jsonl"
    jsonl.write_text("", encoding="utf-8")
    writers = [
        ["import", str(battalion), str(_unit_file(tmp_path))],
        ["records", "import", str(battalion), str(jsonl)],
        ["purge", str(battalion), "organisation", "x", "--reason", "test"],
        ["restore", str(battalion), "1"],
        ["conflicts", str(battalion), "--keep-kept", "1"],
        ["duplicates", str(battalion), "--merge", "a", "b"],
    ]
    backups_before = list_backups(battalion)
    for argv in writers:
        assert main(argv) == 2, argv
        out, err = capsys.readouterr()
        assert (out, err) == ("", f"cimicdesk: error: {IN_USE}\n"), argv
    assert list_backups(battalion) == backups_before  # not even a backup was taken
    holder.save("Saved by the holder")
    holder.close()
    # Once it has closed, the file is free again, and has everything the holder saved.
    with open_database(battalion, daily_backup=False) as store:
        names = [r[0] for r in store.db.execute("SELECT name FROM organisations ORDER BY name")]
    assert names == ["Saved by the holder", "UNHCR"]


@pytest.mark.slow
def test_seeding_a_training_database_held_elsewhere_is_refused(tmp_path, capsys):
    path = tmp_path / "exercise.sqlite"
    create_database(
        path, "BANBAT 9", UnitLevel.BATTALION, training=True, passphrase=PASSPHRASE
    ).close()
    holder = Holder(path)
    try:
        assert main(["seed", str(path), "--entries", "3", "--seed", "1"]) == 2
        in_use = IN_USE.replace("BANBAT1.sqlite", path.name)
        assert capsys.readouterr() == ("", f"cimicdesk: error: {in_use}\n")
    finally:
        holder.kill()
    with open_database(path, daily_backup=False) as store:
        assert store.db.execute("SELECT count(*) FROM liaison_entries").fetchone()[0] == 0


@pytest.mark.slow
def test_a_killed_holder_leaves_no_lock_behind(battalion, holder):
    holder.save("Saved before the kill")
    holder.kill()
    with open_database(battalion, daily_backup=False) as store:
        names = [r[0] for r in store.db.execute("SELECT name FROM organisations ORDER BY name")]
    assert names == ["Saved before the kill", "UNHCR"]


@pytest.mark.slow
def test_commands_that_only_read_leave_the_open_file_alone_and_say_so(
    battalion, holder, tmp_path, capsys
):
    holder.save("Saved before the commands")
    wal = Path(f"{battalion}-wal")
    commands = [
        ["sitrep", str(battalion), "--out", str(tmp_path / "sitrep.pdf")],
        ["handover-brief", str(battalion), "--out", str(tmp_path / "brief.pdf")],
        ["export", str(battalion), "--out", str(tmp_path / "BANBAT1.cimic")],
        ["export-3w", str(battalion), "--out", str(tmp_path / "qips.csv")],
        ["records", "export", str(battalion), "--out", str(tmp_path / "all.jsonl")],
        ["check", str(battalion)],
        ["conflicts", str(battalion)],
        ["duplicates", str(battalion)],
    ]
    for argv in commands:
        assert main(argv) == 0, (argv, capsys.readouterr().err)
        err = capsys.readouterr().err
        assert err == (
            "cimicdesk: note: BANBAT1.sqlite is open in CIMIC Desk on this computer; this "
            "shows what was saved there up to now.\n"
        ), argv
        assert wal.exists(), argv  # the holder's -wal is still there
    # What they wrote holds what was saved up to then.
    lines = (tmp_path / "all.jsonl").read_text(encoding="utf-8")
    assert "Saved before the commands" in lines
    # No daily backup behind the holder's back (one was due), no upgrade, no lock kept.
    assert list_backups(battalion) == []
    holder.save("Saved after the commands")
    assert other_program(battalion, "probe") == [
        "Saved after the commands",
        "Saved before the commands",
        "UNHCR",
    ]
    holder.close()
    assert _names(battalion) == [
        "Saved after the commands",
        "Saved before the commands",
        "UNHCR",
    ]


@pytest.mark.parametrize(
    "command", ["sitrep", "handover-brief", "export", "export-3w", "check", "records export"]
)
def test_the_help_of_a_reading_command_says_it_is_safe_and_what_it_shows(command, capsys):
    assert main([*command.split(), "--help"]) == 0
    text = " ".join(capsys.readouterr().out.split())
    assert "safe while the program window has it open" in text
    assert "shows what was saved up to the moment it runs" in text


def test_a_lock_file_planted_as_a_link_to_the_database_is_refused_and_harms_nothing(battalion):
    """A link at '<file>.lock' to the database itself would make the lock open (and, on
    release, close) the live file by hand, dropping SQLite's locks; to another file it
    could truncate it. It is refused in one line, and both files are left as they were."""
    lock = battalion.with_name(battalion.name + ".lock")
    lock.unlink(missing_ok=True)
    lock.symlink_to(battalion.name)
    before = battalion.read_bytes()
    with pytest.raises(CimicError) as refused:
        open_database(battalion, daily_backup=False)
    assert "its lock file BANBAT1.sqlite.lock cannot be made" in str(refused.value)
    assert "\n" not in str(refused.value)
    assert battalion.read_bytes() == before and lock.is_symlink()
