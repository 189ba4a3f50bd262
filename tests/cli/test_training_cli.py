"""`cimicdesk seed` fills training databases only; `init --training` makes one."""

from __future__ import annotations

from cimicdesk.cli import main
from cimicdesk.store.database import open_database


def _listing(folder):
    return {p.name: p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_seed_refuses_a_real_database_with_one_line_and_changes_nothing(tmp_path, capsys):
    path = tmp_path / "files" / "bn1.sqlite"
    assert main(["init", str(path), "--unit", "BANBAT 1", "--level", "battalion"]) == 0
    capsys.readouterr()
    before = _listing(path.parent)
    code = main(["seed", str(path), "--entries", "50", "--seed", "1"])
    out, err = capsys.readouterr()
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and err.startswith("cimicdesk: error: bn1.sqlite is a real ")
    assert "init FILE --training" in err and "Nothing was changed" in err
    assert _listing(path.parent) == before  # byte for byte; no backup, no side file


def test_seed_makes_a_new_file_a_training_database(tmp_path, capsys):
    path = tmp_path / "drill.sqlite"
    assert main(["seed", str(path), "--entries", "30", "--seed", "1", "--days", "30"]) == 0
    with open_database(path, daily_backup=False) as drill:
        assert drill.training
    capsys.readouterr()
    assert main(["check", str(path)]) == 0
    assert "EXERCISE: a training database" in capsys.readouterr().out


def test_init_training_makes_a_database_seed_accepts(tmp_path, capsys):
    path = tmp_path / "drill.sqlite"
    assert main(["init", str(path), "--unit", "SECTOR W", "--level", "sector", "--training"]) == 0
    assert "EXERCISE" in capsys.readouterr().out
    assert main(["seed", str(path), "--entries", "30", "--seed", "2", "--days", "30"]) == 0
    with open_database(path, daily_backup=False) as drill:
        assert drill.training and drill.unit.name == "SECTOR W"
