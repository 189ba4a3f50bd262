"""`cimicdesk check`: the facts of a sound file; a clear refusal of a bad one, file untouched."""

import os
import random
import shutil
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest
from factories import PASSPHRASE, raw_connect
from robust_support import CHILD_PATH
from sqlite_utils import Database

from cimicdesk.cli import main
from cimicdesk.domain.enums import UnitLevel
from cimicdesk.domain.records import Organisation
from cimicdesk.store import schema
from cimicdesk.store.database import create_database, write_meta
from cimicdesk.store.organisations import save_organisation

SRC = Path(__file__).resolve().parents[2] / "src"


@pytest.fixture
def seeded(tmp_path, capsys) -> Path:
    """A sound, seeded battalion database, closed (its write-ahead log folded in)."""
    path = tmp_path / "files" / "bn1.sqlite"
    assert (
        main(
            [
                "init",
                str(path),
                "--unit",
                "BANBAT 1",
                "--level",
                "battalion",
                "--parent",
                "Sector Centre",
                "--training",
            ]
        )
        == 0
    )
    assert main(["seed", str(path), "--entries", "300", "--seed", "4", "--days", "60"]) == 0
    capsys.readouterr()
    return path


def _listing(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def test_check_prints_the_facts_of_a_sound_file_and_changes_nothing(seeded, capsys):
    before = _listing(seeded.parent)
    code = main(["check", str(seeded)])
    out, err = capsys.readouterr()
    assert (code, err) == (0, "")
    assert _listing(seeded.parent) == before  # no byte changed, no side file left behind
    with closing(raw_connect(seeded)) as conn:
        replica = conn.execute("SELECT value FROM _meta WHERE key = 'replica_id'").fetchone()[0]
        counts = {
            t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
            for t in ("organisations", "contacts", "liaison_entries")
        }
    assert "integrity     ok" in out
    assert f"schema        {schema.schema_version()} (current)" in out
    assert "unit          BANBAT 1 (Battalion), reports to Sector Centre" in out
    assert f"replica id    {replica}" in out
    assert f"liaison entries {counts['liaison_entries']:>16,}" in out
    assert f"organisations {counts['organisations']:>18,}" in out
    assert f"contacts {counts['contacts']:>23,}" in out


def test_check_sees_what_the_open_program_has_written(tmp_path, capsys):
    path = tmp_path / "live.sqlite"
    with create_database(path, "BANBAT 1", UnitLevel.BATTALION, passphrase=PASSPHRASE) as store:
        save_organisation(store, Organisation(name="OCHA Bambari"))  # still in the -wal file
        assert main(["check", str(path)]) == 0
        out = capsys.readouterr().out
        save_organisation(store, Organisation(name="UNHCR Bambari"))  # the program goes on
    assert "organisations                  1" in out


def test_check_reports_an_older_file_as_sound_and_leaves_the_upgrade_to_opening(tmp_path, capsys):
    path = tmp_path / "old.sqlite"
    db = Database(raw_connect(path))
    second = schema.migrations._migrations[1].name  # the file stops before this one
    schema.migrations.apply(db, stop_before=second)
    write_meta(db, replica_id="r-1", unit_name="BANBAT 2", unit_level="battalion")
    db.execute("PRAGMA user_version = 1")
    db.conn.commit()
    db.close()
    before = _listing(tmp_path)
    assert main(["check", str(path)]) == 0
    out = capsys.readouterr().out
    assert f"schema        1 (older; upgraded to {schema.schema_version()} when opened)" in out
    assert "organisations                  0" in out
    assert _listing(tmp_path) == before


def _missing(path: Path) -> None:
    path.unlink()


def _random_bytes(path: Path) -> None:
    path.write_bytes(random.Random(1).randbytes(50_000))


def _empty(path: Path) -> None:
    path.write_bytes(b"")


def _truncated(path: Path) -> None:
    path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])


def _foreign(path: Path) -> None:
    path.unlink()
    with raw_connect(path) as conn:
        conn.execute("CREATE TABLE recipes (name TEXT)")


def _newer(path: Path) -> None:
    conn = raw_connect(path)
    conn.execute(f"PRAGMA user_version = {schema.schema_version() + 1}")
    conn.close()


def _unknown_migration(path: Path) -> None:
    conn = raw_connect(path)
    conn.execute(
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
        f"VALUES ('{schema.MIGRATION_SET}', '999_from_the_future', 'x')"
    )
    conn.commit()
    conn.close()


def _no_unit(path: Path) -> None:
    conn = raw_connect(path)
    conn.execute("DELETE FROM _meta")
    conn.commit()
    conn.close()


def _scribbled(path: Path) -> None:
    """Garbage over pages in the middle: the header is whole, the inside is not."""
    data = bytearray(path.read_bytes())
    page = int.from_bytes(data[16:18], "big")
    middle = (len(data) // page // 2) * page
    data[middle : middle + 8 * page] = random.Random(2).randbytes(8 * page)
    path.write_bytes(bytes(data))


@pytest.mark.parametrize(
    ("spoil", "message"),
    [
        (_missing, "does not exist"),
        # Random bytes in whole pages look like an encrypted file the passphrase does not open.
        (_random_bytes, "or the file is not a CIMIC Desk database at all"),
        (_empty, "is not a CIMIC Desk database"),
        (_truncated, "is damaged"),
        (_foreign, "is an SQLite database, but not one of CIMIC Desk"),
        (_newer, "was written by a newer CIMIC Desk"),
        (_unknown_migration, "has changes from a newer CIMIC Desk (999_from_the_future)"),
        (_no_unit, "has no unit recorded"),
        (_scribbled, "is damaged"),
    ],
)
def test_check_refuses_a_bad_file_clearly_and_leaves_it_alone(seeded, capsys, spoil, message):
    spoil(seeded)
    before = _listing(seeded.parent)
    code = main(["check", str(seeded)])
    out, err = capsys.readouterr()
    assert code == 2 and out == ""
    assert err.startswith("cimicdesk: error: bn1.sqlite") or err.startswith(
        f"cimicdesk: error: {seeded}"
    )
    assert message in err
    assert err.count("\n") == 1 and "Traceback" not in err  # one paragraph, no traceback
    assert _listing(seeded.parent) == before


def _run(*args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": CHILD_PATH}
    return subprocess.run(
        [sys.executable, *args], capture_output=True, text=True, env=env, check=False, timeout=60
    )


def test_python_m_cimicdesk_check_is_a_working_program(seeded, tmp_path):
    good = _run("-m", "cimicdesk", "check", str(seeded))
    assert good.returncode == 0, good.stderr
    assert "BANBAT 1 (Battalion)" in good.stdout and "integrity     ok" in good.stdout
    junk = tmp_path / "junk.sqlite"
    shutil.copy(seeded, junk)
    _random_bytes(junk)
    bad = _run("-m", "cimicdesk", "check", str(junk))
    assert bad.returncode == 2 and bad.stdout == ""
    assert bad.stderr.startswith("cimicdesk: error: junk.sqlite does not open with this")
    assert "not a CIMIC Desk database" in bad.stderr
    assert "Traceback" not in bad.stderr


def test_the_commands_never_load_qt(seeded):
    script = (
        "import sys; from cimicdesk.cli import main; "
        f"code = main(['check', {str(seeded)!r}]); "
        "print('QT', sorted(m for m in sys.modules if m.startswith(('PySide6', 'cimicdesk.ui')))); "
        "sys.exit(code)"
    )
    result = _run("-c", script)
    assert result.returncode == 0, result.stderr
    assert "QT []" in result.stdout
