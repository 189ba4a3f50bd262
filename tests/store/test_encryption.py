"""Encryption at rest: what a captured laptop's files show, the passphrase, the conversion
of a plain database, and a change of passphrase."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest
from factories import (
    PASSPHRASE,
    database_files,
    files_holding,
    make_contact,
    make_entry,
    raw_connect,
)

from cimicdesk.domain.enums import Sensitivity, UnitLevel
from cimicdesk.domain.errors import CimicError
from cimicdesk.store import backups, editor_drafts, encryption, file_copies
from cimicdesk.store.contacts import get_contact
from cimicdesk.store.database import create_database, open_database
from cimicdesk.store.passphrase import change_passphrase

NAME = b"Amadou Kessely"
PHONE = b"+236 75 01 02 03"
WHY = b"threatened after an earlier meeting"


def _source(store):
    return make_contact(
        store,
        NAME.decode(),
        phones=(PHONE.decode(),),
        sensitivity=Sensitivity.RESTRICTED,
        notes=WHY.decode(),
    )


def _raw(path: Path) -> list[str]:
    """The files beside a database whose raw bytes show the source: what `strings` finds."""
    needles = (NAME, PHONE, WHY)
    return [p.name for p in database_files(path) if any(n in p.read_bytes() for n in needles)]


def test_the_raw_bytes_of_database_wal_backups_and_drafts_never_show_a_source(store, db_path):
    contact = _source(store)
    make_entry(store, contacts=[contact], info_received="Met the source at the market")
    assert Path(f"{db_path}-wal").stat().st_size > 0  # the source is in the -wal now
    backups.backup_before(store, "import")
    # The backup checkpointed the log into the file (store/wal_copy.py): written again,
    # the source is in the -wal as well as in the file.
    _source(store)
    editor_drafts.save_draft(db_path, "contacts/new", {"values": {"name": NAME.decode()}})
    assert sorted(p.name for p in database_files(db_path)) == sorted(
        [db_path.name, f"{db_path.name}-wal", f"{db_path.name}-shm", f"{db_path.name}.drafts"]
        + [p.name for p in (db_path.parent / "backups").iterdir()]
    )
    assert _raw(db_path) == []
    # ...while the content is there, below the encryption (so the check above can fail):
    holding = files_holding(db_path, NAME)
    assert {db_path.name, db_path.name + "-wal", f"{db_path.name}.drafts"} <= set(holding)
    assert any(".before-import." in name for name in holding)


def test_a_wrong_passphrase_is_refused_and_changes_nothing(store, db_path):
    _source(store)
    store.close()
    before = db_path.read_bytes()
    encryption.lock()
    with pytest.raises(encryption.PassphraseNeededError):
        open_database(db_path)
    with pytest.raises(encryption.WrongPassphraseError, match="does not open with this"):
        encryption.unlock(db_path, "not the passphrase")
    assert db_path.read_bytes() == before and not encryption.is_unlocked(db_path)
    encryption.unlock(db_path, PASSPHRASE)
    with open_database(db_path, daily_backup=False) as opened:
        assert opened.unit.name == "BANBAT 1"


def test_the_key_is_sqlciphers_own_so_its_shell_opens_the_file(store, db_path):
    """The raw key with its salt is what SQLCipher derives from the passphrase itself."""
    _source(store)
    store.close()
    with closing(encryption.sqlite3.connect(str(db_path))) as conn:
        conn.execute(f"PRAGMA key = '{PASSPHRASE}'")
        conn.execute(f"PRAGMA kdf_iter = {encryption.KDF_ITERATIONS}")
        assert conn.execute("SELECT count(*) FROM contacts").fetchone()[0] == 1


def test_real_files_are_made_with_sqlciphers_full_key_derivation(tmp_path, monkeypatch):
    REAL_KDF_ITERATIONS = 256_000  # SQLCipher 4's default (tests/conftest.py lowers it)
    monkeypatch.setattr(encryption, "KDF_ITERATIONS", REAL_KDF_ITERATIONS)
    path = tmp_path / "real.sqlite"
    create_database(path, "BANBAT 1", UnitLevel.BATTALION, passphrase=PASSPHRASE).close()
    with closing(encryption.sqlite3.connect(str(path))) as conn:  # SQLCipher's defaults
        conn.execute(f"PRAGMA key = '{PASSPHRASE}'")
        assert conn.execute("PRAGMA user_version").fetchone()[0] > 0


def test_a_new_passphrase_must_be_long_enough_and_typed_twice():
    assert encryption.passphrase_problem("short", "short") is not None
    assert "differ" in str(encryption.passphrase_problem("long enough one", "long enough two"))
    assert encryption.passphrase_problem("long enough one", "long enough one") is None


def _plain_database(path: Path) -> None:
    """A database as CIMIC Desk wrote it before encryption: made encrypted, exported plain."""
    with create_database(
        path.with_suffix(".tmp"), "BANBAT 1", UnitLevel.BATTALION, passphrase=PASSPHRASE
    ) as store:
        _source(store)
        conn = encryption.connect(store.path)
        file_copies.copy_with_key(conn, path, None)
        conn.close()
    with closing(raw_connect(path, plain=True)) as conn:
        conn.execute("PRAGMA journal_mode = WAL")
    for leftover in path.parent.glob("*.tmp*"):
        leftover.unlink()
    shutil.rmtree(path.parent / "backups", ignore_errors=True)


def test_a_plain_database_is_converted_once_after_a_backup_and_its_plain_copies_destroyed(
    tmp_path,
):
    path = tmp_path / "old.sqlite"
    _plain_database(path)
    folder = tmp_path / "backups"
    folder.mkdir()
    plain_backup = folder / "old.daily.20261101T080000000Z.sqlite"
    shutil.copyfile(path, plain_backup)
    (tmp_path / "old.sqlite.drafts.json").write_text('{"contacts/new": {"values": {}}}')
    assert _raw(path) != []  # the earlier version's files show the source
    encryption.lock()
    with pytest.raises(encryption.PlainDatabaseError, match="not encrypted"):
        open_database(path)
    inode = path.stat().st_ino
    key = file_copies.convert_database(path, "the new passphrase")
    assert _raw(path) == [] and not (tmp_path / "old.sqlite.drafts.json").exists()
    left = [p.name for p in tmp_path.iterdir() if ".plain" in p.name or "encrypting" in p.name]
    assert left == []
    kinds = sorted(b.kind for b in backups.list_backups(path))
    assert kinds == ["before-encryption", "daily"]
    assert not any(encryption.is_plain(b.path) for b in backups.list_backups(path))
    encryption.lock()
    encryption.unlock(path, "the new passphrase")
    with open_database(path, daily_backup=False) as opened:
        [row] = opened.db.execute("SELECT id FROM contacts").fetchall()
        assert get_contact(opened, row[0]).name == NAME.decode()
    assert path.stat().st_ino != inode  # replaced whole, never rewritten in place
    assert encryption.key_for(plain_backup) == key  # the backups open with it too


def test_conversion_is_refused_while_another_program_has_the_file(tmp_path):
    from robust_support import CHILD_PATH

    path = tmp_path / "old.sqlite"
    _plain_database(path)
    before = path.read_bytes()
    holder = subprocess.Popen(
        [sys.executable, "-c", _HOLD_THE_LOCK, str(path)],
        env={**os.environ, "PYTHONPATH": CHILD_PATH},
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "holding"
        with pytest.raises(CimicError, match="open"):
            file_copies.convert_database(path, "the new passphrase")
    finally:
        holder.communicate("", timeout=30)
    assert path.read_bytes() == before


_HOLD_THE_LOCK = """
import sys
from pathlib import Path
from cimicdesk.store import writer_lock
lock = writer_lock.acquire(Path(sys.argv[1]))
print("holding", flush=True)
sys.stdin.read()
lock.release()
"""


def test_changing_the_passphrase_rekeys_database_backups_and_drafts(store, db_path):
    _source(store)
    backups.backup_before(store, "import")
    editor_drafts.save_draft(db_path, "contacts/new", {"values": {"name": "draft"}})
    with pytest.raises(encryption.WrongPassphraseError):
        change_passphrase(store, "not the current one", "a brand new one", "a brand new one")
    with pytest.raises(CimicError, match="differ"):
        change_passphrase(store, PASSPHRASE, "a brand new one", "a brand new two")
    assert change_passphrase(store, PASSPHRASE, "a brand new one", "a brand new one") == []
    store.close()
    encryption.lock()
    with pytest.raises(encryption.WrongPassphraseError):
        encryption.unlock(db_path, PASSPHRASE)
    encryption.unlock(db_path, "a brand new one")
    with open_database(db_path, daily_backup=False) as opened:
        assert opened.db.execute("SELECT count(*) FROM contacts").fetchone()[0] == 1
    [backup] = [b for b in backups.list_backups(db_path) if b.kind == "before-import"]
    with closing(encryption.connect(backup.path)) as conn:
        assert conn.execute("SELECT count(*) FROM contacts").fetchone()[0] == 1
    assert editor_drafts.get_draft(db_path, "contacts/new") is not None


def test_a_passphrase_never_travels_in_an_argument():
    from cimicdesk.cli import build_parser

    parser = build_parser()
    for action in parser._subparsers._group_actions[0].choices.values():
        for option in action._actions:
            for flag in option.option_strings:
                assert "passphrase" not in flag or flag.endswith("-fd"), flag


def test_the_command_line_reads_the_passphrase_from_a_descriptor(tmp_path, monkeypatch, capsys):
    from cimicdesk.cli import main

    monkeypatch.delenv("CIMICDESK_PASSPHRASE")
    path = tmp_path / "bn1.sqlite"
    read, write = os.pipe()
    os.write(write, b"from a descriptor\n")
    os.close(write)
    assert (
        main(
            [
                "init",
                str(path),
                "--unit",
                "BANBAT 1",
                "--level",
                "battalion",
                "--passphrase-fd",
                str(read),
            ]
        )
        == 0
    )
    os.close(read)
    encryption.lock()
    read, write = os.pipe()
    os.write(write, b"from a descriptor\n")
    os.close(write)
    assert main(["check", str(path), "--passphrase-fd", str(read)]) == 0
    os.close(read)
    assert "integrity     ok" in capsys.readouterr().out
    encryption.lock()
    monkeypatch.setattr("sys.stdin.isatty", lambda: False)
    assert main(["check", str(path)]) == 2
    err = capsys.readouterr().err
    assert "--passphrase-fd" in err and "CIMICDESK_PASSPHRASE" in err
    assert "from a descriptor" not in err


def test_a_descriptor_that_holds_no_text_is_one_clear_line(tmp_path, monkeypatch, capsys):
    from cimicdesk.cli import main

    binary = tmp_path / "binary"
    binary.write_bytes(bytes(range(128, 256)) * 4)
    fd = os.open(binary, os.O_RDONLY)
    try:
        code = main(
            [
                "init",
                str(tmp_path / "x.sqlite"),
                "--unit",
                "BN",
                "--level",
                "battalion",
                "--passphrase-fd",
                str(fd),
            ]
        )
    finally:
        os.close(fd)
    err = capsys.readouterr().err
    assert code == 2 and "could not be read from descriptor" in err and "Traceback" not in err
    assert not (tmp_path / "x.sqlite").exists()
