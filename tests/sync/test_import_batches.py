"""An import batch is all or nothing: a file that fails to merge, or a stop asked while
merging, leaves nothing of any file of the batch; what the help and the report say agrees."""

from __future__ import annotations

import shutil

import pytest
from factories import make_contact
from sync_helpers import export, import_files, unit_db

from cimicdesk.cli import main
from cimicdesk.domain.enums import UnitLevel
from cimicdesk.domain.errors import CimicError


class Stop(Exception):
    """What the progress callback raises to stop an import (the GUI's cancel)."""


@pytest.fixture
def batch(tmp_path):
    """Sector HQ and one export from each of two battalions."""
    sector = unit_db(tmp_path / "sector", "Sector Centre", UnitLevel.SECTOR)
    bn1, bn2 = unit_db(tmp_path / "bn1", "BANBAT 1"), unit_db(tmp_path / "bn2", "BANBAT 2")
    make_contact(bn1, "Awa First-File")
    make_contact(bn2, "Jean Second-File")
    files = [export(bn1, tmp_path / "bn1.cimic"), export(bn2, tmp_path / "bn2.cimic")]
    bn1.close()
    bn2.close()
    yield sector, files
    sector.close()


def _names(store) -> list[str]:
    return sorted(r[0] for r in store.db.execute("SELECT name FROM contacts").fetchall())


def _logged(store) -> int:
    return store.db.execute("SELECT count(*) FROM sync_log").fetchone()[0]


def test_a_batch_stopped_in_its_second_file_saves_nothing_of_the_first(batch):
    sector, files = batch

    def progress(text, done: int, total: int) -> None:
        if str(text).startswith(f"{files[1].name}: merging contacts"):
            raise Stop  # mid-merge of the second file, the first one fully merged

    with pytest.raises(Stop):
        import_files(sector, files, progress=progress)
    assert _names(sector) == [] and _logged(sector) == 0
    assert sector.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    # Nothing half-done stands in the way: the same batch then goes in whole.
    reports = import_files(sector, files)
    assert [r.status for r in reports] == ["imported", "imported"]
    assert _names(sector) == ["Awa First-File", "Jean Second-File"] and _logged(sector) == 2


def test_a_batch_whose_second_file_fails_to_merge_saves_nothing(batch, tmp_path):
    """A real failure in the second file's merge, not a stop: SQLite refuses the insert
    of its contact (a constraint, here a trigger of the receiving file)."""
    sector, files = batch
    sector.db.execute(
        "CREATE TRIGGER refuse AFTER INSERT ON contacts WHEN NEW.name = 'Jean Second-File' "
        "BEGIN SELECT RAISE(ABORT, 'refused'); END"
    )
    with pytest.raises(CimicError, match="nothing of this import was saved"):
        import_files(sector, files)
    assert _names(sector) == [] and _logged(sector) == 0


def test_a_file_already_imported_is_skipped_and_the_rest_of_the_batch_merged(batch, tmp_path):
    sector, files = batch
    import_files(sector, [files[0]])
    twice = tmp_path / "bn2-copy.cimic"
    shutil.copyfile(files[1], twice)
    reports = import_files(sector, [files[0], files[1], twice])
    assert [r.status for r in reports] == ["already imported", "imported", "already imported"]
    assert reports[0].backup_path is None and reports[1].backup_path is not None
    assert _names(sector) == ["Awa First-File", "Jean Second-File"] and _logged(sector) == 2


def test_a_batch_larger_than_one_transaction_can_hold_is_refused_first(batch):
    sector, files = batch
    with pytest.raises(CimicError, match=r"at most 10 files at a time \(11 given\)"):
        import_files(sector, [files[0]] * 11)
    assert _names(sector) == [] and _logged(sector) == 0


def test_the_import_help_promises_what_the_import_does(capsys):
    assert main(["import", "--help"]) == 0
    text = " ".join(capsys.readouterr().out.split())
    assert "All or nothing" in text
    assert "if any file cannot be merged (or the disk fills up), nothing of the batch is saved" in (
        text
    )
