"""A batch's files are checked side by side (sync/verify_batch.py), and the import sees
what checking them one after the other gives: the same packages in the same order, the
first bad file in order refused, a stop at any file leaving nothing running or changed."""

from __future__ import annotations

import threading
from pathlib import Path
from unittest import mock

import pytest
from sync_helpers import export, import_files, tamper, unit_db

from cimicdesk.demo.generate import seed_database
from cimicdesk.domain.enums import UnitLevel
from cimicdesk.store import unit_keys, work_folder
from cimicdesk.store.database import Store
from cimicdesk.sync import errors as why
from cimicdesk.sync import verify_batch
from cimicdesk.sync.errors import PackageRefusedError
from cimicdesk.sync.verify import verify_package


@pytest.fixture
def files(tmp_path) -> list[Path]:
    folder = tmp_path / "units"
    found = []
    with mock.patch("os.fsync"):
        for number in (1, 2, 3):
            bn = unit_db(
                folder / f"bn{number}", f"BANBAT {number}", parent="SECTOR W", training=True
            )
            seed_database(bn, entries=8, seed=number, days=20)
            found.append(export(bn, folder / f"bn{number}.cimic"))
            bn.close()
    return found


@pytest.fixture
def sector(tmp_path) -> Store:
    with mock.patch("os.fsync"):
        store = unit_db(tmp_path / "sector", "SECTOR W", UnitLevel.SECTOR, training=True)
    yield store
    store.close()


def _no_checks_running() -> bool:
    return not any(t.name.startswith("verify") for t in threading.enumerate())


def test_side_by_side_gives_the_packages_one_by_one_gives(files, sector, tmp_path):
    assert verify_batch.workers(len(files)) >= 1
    keys = unit_keys.agreement_private_keys(sector.db.conn)
    seen = []
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    together = verify_batch.verify_all(
        files,
        tmp_path / "a",
        agreement_keys=keys,
        before=lambda path: seen.append(("before", path.name)),
        after=lambda path, package: seen.append(("after", path.name)),
    )
    alone = []
    for index, path in enumerate(files):
        (tmp_path / "b" / str(index)).mkdir()
        alone.append(verify_package(path, tmp_path / "b" / str(index), agreement_keys=keys))
    assert [p.manifest for p in together] == [p.manifest for p in alone]
    assert [p.sha256 for p in together] == [p.sha256 for p in alone]
    assert seen == [(step, p.name) for p in files for step in ("before", "after")]
    assert _no_checks_running()


def test_the_first_bad_file_in_order_is_the_one_refused(files, sector, tmp_path):
    second, third = (tmp_path / "2.cimic", tmp_path / "3.cimic")
    second.write_bytes(files[1].read_bytes())
    third.write_bytes(b"not a unit file at all" * 100)
    tamper(second, "UPDATE liaison_entries SET purpose = 'changed' WHERE rowid = 1")
    before = sector.db.conn.execute("SELECT count(*) FROM liaison_entries").fetchone()[0]
    for _ in range(3):  # whichever check ends first, the answer is the same
        with pytest.raises(PackageRefusedError) as refused:
            import_files(sector, [files[0], second, third])
        assert refused.value.path == second
        assert refused.value.reason == why.TAMPERED
    assert sector.db.conn.execute("SELECT count(*) FROM liaison_entries").fetchone()[0] == before
    assert _no_checks_running()


def test_a_stop_asked_while_the_files_are_checked_changes_nothing(files, sector):
    class Stop(Exception):
        pass

    def progress(message, done, total):
        if done == 1:  # "Checking" the second file: the third may be checked already
            raise Stop

    with pytest.raises(Stop):
        import_files(sector, files, progress)
    conn = sector.db.conn
    assert conn.execute("SELECT count(*) FROM sync_log").fetchone()[0] == 0
    assert conn.execute("SELECT count(*) FROM liaison_entries").fetchone()[0] == 0
    assert _no_checks_running()
    assert not list(work_folder.root(sector.path).glob("import-*"))  # its copies are gone
