"""On a real, nearly full disk (a small tmpfs): an import batch saves all of itself or
nothing, and says which; a purge the disk kept from finishing is finished later."""

from __future__ import annotations

import json
import random
import textwrap
from pathlib import Path

from factories import PASSPHRASE
from robust_support import run_on_small_disk
from sync_helpers import fingerprint_of

from cimicdesk.domain.enums import UnitLevel
from cimicdesk.domain.records import Contact
from cimicdesk.store.contacts import save_contact
from cimicdesk.store.database import create_database
from cimicdesk.sync.export import export_snapshot

# The child: a sector database on the small disk, filled up to leave `margin` bytes
# beyond what the import's copies and backup take; then the import command (the unit
# files first, then the fingerprints of their units, given with --enrol).
_IMPORT_ON_A_FULL_DISK = textwrap.dedent(
    """
    import contextlib, io, json, os, sqlite3, sys, tempfile
    from pathlib import Path
    from cimicdesk.cli import main
    from cimicdesk.domain.enums import UnitLevel
    from cimicdesk.store.database import create_database
    from cimicdesk.store.encryption import connect as raw_connect
    disk, margin = Path(sys.argv[1]), int(sys.argv[2])
    files = [a for a in sys.argv[3:] if a.endswith(".cimic")]
    # The other arguments: the units' fingerprints, confirmed as at a first import.
    confirmed = [x for a in sys.argv[3:] if not a.endswith(".cimic") for x in ("--enrol", a)]
    db = disk / "sector.sqlite"
    # The system's temp folder on the same small disk: the same room, wherever copies go.
    (disk / "tmp").mkdir()
    tempfile.tempdir = str(disk / "tmp")
    passphrase = os.environ["CIMICDESK_PASSPHRASE"]
    create_database(db, "Sector Centre", UnitLevel.SECTOR, passphrase=passphrase).close()
    need = sum(os.path.getsize(f) for f in files) + 2 * os.path.getsize(db) + margin
    stat = os.statvfs(disk)
    with open(disk / "filler", "wb") as filler:
        filler.write(bytes(stat.f_bavail * stat.f_frsize - need))
    err = io.StringIO()
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
        code = main(["import", str(db), *files, *confirmed])
    with contextlib.closing(raw_connect(db)) as conn:
        names = sorted(r[0] for r in conn.execute("SELECT name FROM contacts"))
        logged = conn.execute("SELECT count(*) FROM sync_log").fetchone()[0]
    print(json.dumps({"code": code, "stderr": err.getvalue(), "names": names,
                      "logged": logged, "left": sorted(p.name for p in disk.iterdir()),
                      "temp": sorted(p.name for p in (disk / "tmp").iterdir())}))
    """
)


def _unit_file(folder: Path, unit: str, names: list[str], notes: int = 0) -> Path:
    path = folder / f"{unit.replace(' ', '')}.sqlite"
    rng = random.Random(unit)
    out = folder / f"{unit.replace(' ', '')}.cimic"
    with create_database(path, unit, UnitLevel.BATTALION, passphrase=PASSPHRASE) as store:
        with store.db.atomic():
            for name in names:
                save_contact(store, Contact(name=name, notes=rng.randbytes(notes).hex()))
        export_snapshot(store, out)
    return out


def test_an_import_that_fills_the_disk_saves_nothing_and_says_so(tmp_path):
    small = _unit_file(tmp_path, "BANBAT 1", ["Awa First-File"])
    large = _unit_file(tmp_path, "BANBAT 2", [f"Person {i}" for i in range(150)], notes=1500)
    child = run_on_small_disk(
        _IMPORT_ON_A_FULL_DISK,
        tmp_path / "disk",
        "300000",
        str(small),
        str(large),
        fingerprint_of(small),
        fingerprint_of(large),
    )
    assert child.returncode == 0, child.stderr
    result = json.loads(child.stdout)
    print(result, small.stat().st_size, large.stat().st_size)
    assert result["code"] == 2
    assert "The disk is full" in result["stderr"] and "Nothing was saved" in result["stderr"]
    assert "Traceback" not in result["stderr"]
    assert result["names"] == [] and result["logged"] == 0  # not even the small file
    # No copy left; the writer lock file stays (empty, see store/writer_lock.py).
    assert result["left"] == ["backups", "filler", "sector.sqlite", "sector.sqlite.lock", "tmp"]
    assert result["temp"] == []


def test_no_room_for_the_incoming_copy_says_the_disk_is_full_not_that_the_file_is_unreadable(
    tmp_path,
):
    """The working copy of a unit file is written beside the database (on its disk): a
    disk too full for it is the receiving disk's problem, and is said so."""
    large = _unit_file(tmp_path, "BANBAT 2", [f"Person {i}" for i in range(150)], notes=1500)
    room = str(-large.stat().st_size)  # what is left is less than the file
    child = run_on_small_disk(_IMPORT_ON_A_FULL_DISK, tmp_path / "disk", room, str(large))
    assert child.returncode == 0, child.stderr
    result = json.loads(child.stdout)
    assert result["code"] == 2
    assert result["stderr"].startswith(
        "cimicdesk: error: The disk that holds the database is full: there is no room for "
        "a working copy of BANBAT2.cimic"
    )
    assert "cannot be read" not in result["stderr"] and result["stderr"].count("\n") == 1
    assert result["names"] == [] and result["logged"] == 0
    assert result["left"] == ["filler", "sector.sqlite", "sector.sqlite.lock", "tmp"]
