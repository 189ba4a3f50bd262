"""Automatic backups: daily and before risky work, rotated; restore, checked and atomic."""

from __future__ import annotations

from contextlib import closing
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from factories import PASSPHRASE, make_contact, make_org, raw_connect
from robust_support import make_it_yesterdays

from cimicdesk.cli import main
from cimicdesk.domain.enums import UnitLevel
from cimicdesk.domain.errors import CimicError, FileRefusedError
from cimicdesk.store import backups
from cimicdesk.store.contacts import list_contacts
from cimicdesk.store.database import create_database, open_database
from cimicdesk.store.organisations import list_organisations


class Clock:
    """A stand-in for backups.utc_now that the test moves forward."""

    def __init__(self, start: datetime):
        self.now = start

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def clock(monkeypatch):
    fake = Clock(datetime(2026, 11, 20, 6, 0, tzinfo=UTC))
    monkeypatch.setattr(backups, "utc_now", fake)
    return fake


@pytest.fixture
def older(store, db_path):
    """A database created on an earlier day, with a record in it, closed."""
    make_org(store, "OCHA Bambari")
    make_it_yesterdays(store)
    store.close()
    return db_path


def _names(path: Path) -> list[str]:
    return sorted(p.name for p in (path.parent / "backups").iterdir())


def _rows(path: Path, sql: str) -> list[tuple]:
    with closing(raw_connect(path)) as conn:
        return conn.execute(sql).fetchall()


def test_the_first_open_of_a_day_takes_one_daily_backup(older, clock):
    with open_database(older) as first:
        assert first.daily_backup is not None and first.backup_problem == ""
    with open_database(older) as again:  # same day: nothing more
        assert again.daily_backup is None
    [daily] = backups.list_backups(older)
    assert daily.kind == "daily" and daily.label == "daily"
    assert daily.taken_at.startswith("2026-11-20T06:00:00")
    assert daily.path.name == "bn1.daily.20261120T060000000Z.sqlite"
    clock.now += timedelta(days=1)
    with open_database(older) as next_day:
        assert next_day.daily_backup is not None
    assert [b.taken_at[:10] for b in backups.list_backups(older)] == ["2026-11-21", "2026-11-20"]


def test_a_backup_is_one_whole_self_contained_file_of_the_open_database(older, clock):
    with open_database(older) as store:
        make_org(store, "UNHCR Bambari")  # still in the -wal of the live file
        taken = backups.backup_before(store, "import")
    assert taken.name.startswith("bn1.before-import.")
    assert sorted(b.kind for b in backups.list_backups(older)) == ["before-import", "daily"]
    assert len(_names(older)) == 2  # no partial copy or side file beside them
    assert _rows(taken, "PRAGMA journal_mode") == [("delete",)]  # no -wal needed beside it
    assert _rows(taken, "PRAGMA integrity_check") == [("ok",)]
    assert {r[0] for r in _rows(taken, "SELECT name FROM organisations")} == {
        "OCHA Bambari",
        "UNHCR Bambari",
    }
    assert backups.verify_backup(taken)["unit_name"] == "BANBAT 1"


def test_a_new_file_takes_no_daily_backup_on_the_day_it_was_created(store, db_path):
    make_org(store, "OCHA Bambari")
    store.close()
    with open_database(db_path) as again:
        assert again.daily_backup is None
    assert backups.list_backups(db_path) == []
    assert not (db_path.parent / "backups").exists()


def test_rotation_keeps_the_last_7_daily_and_the_last_10_others(older, clock):
    for _day in range(10):
        clock.now += timedelta(days=1)
        open_database(older).close()
    with open_database(older) as store:
        for _ in range(12):
            clock.now += timedelta(minutes=1)
            backups.backup_before(store, "import")
        backups.backup_before(store, "restore")
    found = backups.list_backups(older)
    daily = [b for b in found if b.kind == "daily"]
    others = [b for b in found if b.kind != "daily"]
    assert len(daily) == backups.KEEP_DAILY == 7
    assert [b.taken_at[:10] for b in daily] == [f"2026-11-{d}" for d in range(30, 23, -1)]
    assert len(others) == backups.KEEP_BEFORE == 10
    assert others[0].kind == "before-restore"  # the newest survives, the oldest went
    assert len(_names(older)) == 17  # nothing else (no partial copies) in the folder


def test_an_upgrade_backup_is_listed_with_its_versions(tmp_path):
    from cimicdesk.store import schema

    path = tmp_path / "old.sqlite"
    with create_database(path, "BANBAT 2", UnitLevel.BATTALION, passphrase=PASSPHRASE) as store:
        store.db.execute("DELETE FROM _sqlite_migrations WHERE name = '004_report_drafts'")
        store.db.execute("DROP TABLE report_drafts")
        store.db.execute("PRAGMA user_version = 3")
    with open_database(path) as upgraded:
        assert upgraded.backup_path is not None
    [backup] = backups.list_backups(path)
    assert backup.label == f"before schema {schema.schema_version()} (from 3)"


def test_a_daily_backup_that_cannot_be_made_does_not_stop_the_open(older, clock):
    (older.parent / "backups").write_text("a file where the folder should be")
    with open_database(older) as store:
        assert store.daily_backup is None
        problem = str(store.backup_problem)
        assert "Today's automatic backup of bn1.sqlite could not be made" in problem
        make_org(store, "Still works")  # the program goes on as usual
    assert [p.name for p in older.parent.iterdir() if ".partial" in p.name] == []


def test_a_daily_backup_failing_inside_sqlite_does_not_stop_the_open(older, clock):
    # Something SQLite cannot write into where today's backup is being written (a folder
    # of that name): an SQLite error with no strerror; the open used to crash on exactly
    # that (AttributeError) instead of saying the backup could not be made.
    folder = older.parent / "backups"
    folder.mkdir()
    stamp = backups._stamp_text(clock.now)
    (folder / f"{older.stem}.daily.{stamp}{backups.SUFFIX}.partial").mkdir()
    with open_database(older) as store:
        assert store.daily_backup is None
        assert "could not be made" in str(store.backup_problem)
        make_org(store, "Still works")


def test_a_torn_copy_left_by_a_dead_backup_is_replaced(older, clock):
    # A torn copy where today's backup is written (a run that died mid-copy): it would not
    # open with the database's key, so it is removed and the backup made afresh.
    folder = older.parent / "backups"
    folder.mkdir()
    stamp = backups._stamp_text(clock.now)
    (folder / f"{older.stem}.daily.{stamp}{backups.SUFFIX}.partial").write_bytes(b"torn " * 999)
    with open_database(older) as store:
        assert store.daily_backup is not None and store.backup_problem == ""
    assert [p.suffix for p in folder.iterdir()] == [".sqlite"]


def test_restore_puts_the_backup_back_with_a_new_replica_id(older, clock):
    with open_database(older) as store:
        old_replica = store.site_id
        daily = store.daily_backup
        make_org(store, "Typed after the backup")
    result = backups.restore_backup(daily, older)
    assert result.target == older and result.previous is not None
    assert result.previous.name.startswith("bn1.before-restore.")
    with open_database(older) as restored:
        assert restored.site_id == result.replica_id != old_replica
        names = [o.name for o in list_organisations(restored).items]
        assert names == ["OCHA Bambari"]
    # The file it replaced is itself a backup, ready to restore (the restore can be undone).
    with closing(raw_connect(result.previous)) as conn:
        assert conn.execute("SELECT count(*) FROM organisations").fetchone()[0] == 2
    leftovers = [p.name for p in older.parent.iterdir() if "restoring" in p.name]
    assert leftovers == []


def test_restore_removes_a_stale_write_ahead_log(older, clock):
    with open_database(older) as store:
        daily = store.daily_backup
    # A -wal from another life beside the file: replayed onto the restored file, it
    # would corrupt it.
    other = older.parent / "other.sqlite"
    with create_database(other, "BANBAT 9", UnitLevel.BATTALION, passphrase=PASSPHRASE) as stranger:
        stranger.db.execute("PRAGMA wal_autocheckpoint = 0")
        make_contact(stranger, "Stale Person")
        Path(f"{older}-wal").write_bytes(Path(f"{other}-wal").read_bytes())
    backups.restore_backup(daily, older)
    assert not Path(f"{older}-wal").exists()
    with open_database(older) as restored:
        assert restored.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert list_contacts(restored).items == []


def test_a_damaged_backup_is_refused_and_nothing_changes(older, clock, tmp_path):
    with open_database(older) as store:
        daily = store.daily_backup
    data = bytearray(daily.read_bytes())
    data[4096 * 3 : 4096 * 3 + 200] = b"\xff" * 200  # garble a page of the backup
    daily.write_bytes(bytes(data))
    before = older.read_bytes()
    with pytest.raises(FileRefusedError, match="damaged"):
        backups.restore_backup(daily, older)
    assert older.read_bytes() == before
    junk = tmp_path / "junk.sqlite"
    junk.write_bytes(b"not a database at all" * 10)
    with pytest.raises(FileRefusedError, match="not an SQLite file"):
        backups.restore_backup(junk, older)
    assert older.read_bytes() == before
    assert [b.kind for b in backups.list_backups(older)] == ["daily"]


def test_restore_is_refused_while_the_database_is_open(older, clock):
    with open_database(older) as store:
        daily = store.daily_backup
        before = backups.list_backups(older)
        with pytest.raises(CimicError, match="is open in CIMIC Desk"):
            backups.restore_backup(daily, older)
        assert backups.list_backups(older) == before  # its safety copy was removed again
        make_org(store, "Still open and working")


def test_restore_over_a_damaged_file_keeps_a_raw_copy_of_it(older, clock):
    with open_database(older) as store:
        daily = store.daily_backup
    older.write_bytes(b"SQLite format 3\x00" + b"\x13" * 8000)  # wrecked
    result = backups.restore_backup(daily, older)
    assert result.previous is not None and result.previous.name.endswith(".raw")
    assert result.previous.read_bytes().startswith(b"SQLite format 3")
    with open_database(older) as restored:
        assert [o.name for o in list_organisations(restored).items] == ["OCHA Bambari"]


def test_restore_of_a_lost_file(older, clock):
    with open_database(older) as store:
        daily = store.daily_backup
    older.unlink()
    result = backups.restore_backup(daily, older)
    assert result.previous is None
    with open_database(older) as restored:
        assert restored.unit.name == "BANBAT 1"


def test_restore_does_not_restore_a_file_onto_itself(older):
    with pytest.raises(CimicError, match="not the database itself"):
        backups.restore_backup(older, older)


# --- the commands ---------------------------------------------------------------------


def test_backups_command_lists_them_newest_first(older, clock, capsys):
    assert main(["backups", str(older)]) == 0
    assert "No backups of bn1.sqlite" in capsys.readouterr().out
    open_database(older).close()
    clock.now += timedelta(hours=1)
    assert main(["backups", str(older), "--take"]) == 0
    out = capsys.readouterr().out
    assert "Took bn1.before-manual." in out
    lines = [line for line in out.splitlines() if line.strip()[:1].isdigit()]
    assert "before manual" in lines[0] and "2026-11-20 07:00Z" in lines[0]
    assert "daily" in lines[1] and "2026-11-20 06:00Z" in lines[1]


def test_restore_command_lists_then_restores_by_number(older, clock, capsys):
    with open_database(older) as store:
        make_org(store, "After the backup")
    assert main(["restore", str(older)]) == 0
    out = capsys.readouterr().out
    assert "  1  2026-11-20 06:00Z" in out and "restore" in out
    assert main(["restore", str(older), "1"]) == 0
    out = capsys.readouterr().out
    assert f"Restored {older} from bn1.daily." in out and "new replica id" in out
    with open_database(older) as restored:
        assert [o.name for o in list_organisations(restored).items] == ["OCHA Bambari"]


def test_restore_command_refuses_a_missing_number_or_a_bad_file(older, clock, capsys, tmp_path):
    open_database(older).close()
    assert main(["restore", str(older), "9"]) == 2
    err = capsys.readouterr().err
    assert "There is no backup number 9 of bn1.sqlite (1 kept)" in err
    junk = tmp_path / "junk.sqlite"
    junk.write_text("hello")
    assert main(["restore", str(older), str(junk)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("cimicdesk: error: junk.sqlite is not a CIMIC Desk database")
    assert "Traceback" not in err
