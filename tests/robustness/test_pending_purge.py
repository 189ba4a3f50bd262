"""A purge must finish, even after a crash: once committed it is pending until every copy
(the file, its -wal, the backups, the editors' drafts) is clean, and the next open of the
database, or the next import, finishes it."""

from __future__ import annotations

import json
import signal
import textwrap

from factories import PASSPHRASE, files_holding, make_contact, raw_connect
from robust_support import make_it_yesterdays, run_on_small_disk, run_python
from sync_helpers import import_files

from cimicdesk.domain.enums import UnitLevel
from cimicdesk.store import purge
from cimicdesk.store.database import CimicDatabase, Store, create_database, open_database
from cimicdesk.store.editor_drafts import read_drafts, save_draft
from cimicdesk.store.purge import purge_record
from cimicdesk.sync.export import export_snapshot

SECRET = "Vornakessi"  # a name nothing else holds
NEEDLES = (SECRET.encode(), SECRET.lower().encode())

# The child imports the file and is killed (SIGKILL, as a power cut) the moment the merge
# is committed, when the purge's cleaning of the file and the backups begins.
_KILLED_AFTER_THE_COMMIT = textwrap.dedent(
    """
    import os, signal, sys
    from pathlib import Path
    from cimicdesk.store.database import open_database
    from cimicdesk.sync.imports import import_files

    def progress(text, done, total):
        if str(text) == "Removing the content of purged records":
            os.kill(os.getpid(), signal.SIGKILL)

    store = open_database(Path(sys.argv[1]), daily_backup=False)
    import_files(store, [Path(sys.argv[2])], progress=progress)
    print("not killed")
    """
)


def unit_db(folder, name, level=UnitLevel.BATTALION):
    folder.mkdir(parents=True, exist_ok=True)
    return create_database(
        folder / f"{name.replace(' ', '').lower()}.sqlite", name, level, passphrase=PASSPHRASE
    )


def export(store, path):
    export_snapshot(store, path)
    return path


def _import_killed_after_the_commit(path, week2):
    code = _KILLED_AFTER_THE_COMMIT.replace("sys.argv[1]", repr(str(path)))
    return run_python(code.replace("sys.argv[2]", repr(str(week2))))


def _sector_that_knew_the_source(tmp_path):
    """Sector HQ that imported the person from BANBAT 1, and the battalion's next export,
    which carries the person's purge. The sector has an unsaved edit of the person."""
    battalion = unit_db(tmp_path / "bn1", "BANBAT 1")
    sector = unit_db(tmp_path / "sector", "Sector Centre", UnitLevel.SECTOR)
    person = make_contact(battalion, f"Amadou {SECRET}", notes=f"{SECRET} clan elder")
    import_files(sector, [export(battalion, tmp_path / "week1.cimic")])
    save_draft(sector.path, f"contacts/{person.id}", {"notesEdit": f"{SECRET} moved"})
    purge_record(battalion, "contacts", person.id, reason="source at risk")
    week2 = export(battalion, tmp_path / "week2.cimic")
    battalion.close()
    path = sector.path
    sector.close()
    return path, week2


def test_an_import_killed_before_the_purge_s_cleaning_is_finished_at_the_next_open(tmp_path):
    path, week2 = _sector_that_knew_the_source(tmp_path)
    child = _import_killed_after_the_commit(path, week2)
    assert child.returncode == -signal.SIGKILL, child.stderr
    # Killed: the merge is saved, the backup taken before it still holds the person.
    assert any(".before-import." in name for name in files_holding(path, *NEEDLES))

    with open_database(path, daily_backup=False) as store:
        store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        assert files_holding(path, *NEEDLES) == []  # file, -wal, backups, drafts
        assert store.purge_problem == ""
        assert purge.pending(store) == ([], True)
    assert read_drafts(path) == {}


def test_re_importing_the_file_finishes_a_purge_left_pending(tmp_path):
    """The import finishes what is pending, even when it merges nothing new."""
    path, week2 = _sector_that_knew_the_source(tmp_path)
    child = _import_killed_after_the_commit(path, week2)
    assert child.returncode == -signal.SIGKILL, child.stderr
    # A store opened without open_database's own finishing (as a window opened before).
    store = Store(path, CimicDatabase(raw_connect(path)))
    try:
        [report] = import_files(store, [week2])
        assert report.already_imported
        store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        assert files_holding(path, *NEEDLES) == []
        assert report.purge_problem == "" and purge.pending(store) == ([], True)
    finally:
        store.close()


def test_a_local_purge_left_half_done_is_finished_at_the_next_open(tmp_path):
    """`cimicdesk purge` or the window's purge, stopped after its commit (here: the file
    and the backups not cleaned yet): the next open cleans them."""
    store = unit_db(tmp_path, "BANBAT 1")
    person = make_contact(store, f"Amadou {SECRET}")
    make_it_yesterdays(store)
    store.close()
    store = open_database(tmp_path / "banbat1.sqlite")  # the day's backup holds the person
    try:
        purge_record(store, "contacts", person.id, reason="r", vacuum=False, scrub_backups=False)
    finally:
        store.close()
    assert any(".daily." in name for name in files_holding(store.path, *NEEDLES))
    with open_database(store.path, daily_backup=False) as reopened:
        assert files_holding(store.path, *NEEDLES) == []
        assert reopened.purge_problem == "" and purge.pending(reopened) == ([], True)


# The child: the sector database on a small disk, the source imported, then the disk
# filled so the purge's file can be merged but not VACUUMed; the import command; then
# space freed and the database opened again.
_PURGE_ON_A_FULL_DISK = textwrap.dedent(
    """
    import contextlib, io, json, os, shutil, sqlite3, sys, tempfile
    from pathlib import Path
    from cimicdesk.cli import main
    from cimicdesk.store.database import open_database
    from cimicdesk.store.encryption import connect as raw_connect
    disk, sector, week2 = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3]
    margin = int(sys.argv[4])
    (disk / "tmp").mkdir()
    tempfile.tempdir = str(disk / "tmp")
    db = disk / sector.name
    shutil.copyfile(sector, db)
    shutil.copytree(sector.parent / "backups", disk / "backups")
    shutil.copyfile(f"{sector}.drafts", f"{db}.drafts")
    needles = [w.encode() for w in sys.argv[5:]]
    from factories import readable_bytes  # raw bytes, and decrypted with the key
    def holding():
        return sorted(str(p.relative_to(disk)) for p in disk.rglob("*") if p.is_file()
                      and p.name != "filler"
                      and any(n in readable_bytes(p, db) for n in needles))
    need = os.path.getsize(week2) + os.path.getsize(db) + margin
    stat = os.statvfs(disk)
    with open(disk / "filler", "wb") as filler:
        filler.write(bytes(stat.f_bavail * stat.f_frsize - need))
    out = io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(io.StringIO()):
        code = main(["import", str(db), week2])
    result = {"code": code, "out": out.getvalue(), "holding": holding()}
    with contextlib.closing(raw_connect(db)) as conn:
        key = "SELECT count(*) FROM _meta WHERE key = 'purge_pending'"
        result["pending"] = conn.execute(key).fetchone()[0]
    (disk / "filler").unlink()  # the officer frees some space
    # The closing checkpoint may have been cut short by the full disk (the -wal holds
    # the data): SQLite puts it back (that the program does so itself is not this test's).
    with contextlib.closing(raw_connect(db)) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    with open_database(db, daily_backup=False) as store:
        result["problem"] = str(getattr(store, "purge_problem", ""))
        key = "SELECT count(*) FROM _meta WHERE key = 'purge_pending'"
        result["pending_after"] = store.db.execute(key).fetchone()[0]
        store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    result["holding_after"] = holding()
    print(json.dumps(result))
    """
)


def test_a_purge_a_full_disk_kept_from_finishing_is_finished_once_there_is_room(tmp_path):
    path, week2 = _sector_that_knew_the_source(tmp_path)
    # A sector file of some size: VACUUM needs room for a whole copy of it.
    with open_database(path, daily_backup=False) as store, store.db.atomic():
        for number in range(300):
            make_contact(store, f"Contact {number}", notes="Long notes of a meeting. " * 40)
    child = run_on_small_disk(
        _PURGE_ON_A_FULL_DISK,
        tmp_path / "disk",
        str(path),
        str(week2),
        "170000",  # room for the merge (a few pages of bookkeeping: 012_change_log), not VACUUM
        *map(bytes.decode, NEEDLES),
    )
    assert child.returncode == 0, child.stderr
    result = json.loads(child.stdout)
    # The merge is saved and the report says the purge is not finished yet.
    assert result["code"] == 0 and "purge not finished" in result["out"]
    assert "free some space on the disk" in result["out"]
    assert result["holding"] and result["pending"]
    # With room again, the next open finishes it: no copy holds the name.
    assert result["problem"] == "" and not result["pending_after"]
    assert result["holding_after"] == []
