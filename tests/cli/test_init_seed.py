"""`cimicdesk init` and `cimicdesk seed`, run in-process: what they make, say and refuse."""

import re
from contextlib import closing

import pytest
from factories import raw_connect

from cimicdesk.cli import main
from cimicdesk.domain.enums import UnitLevel
from cimicdesk.store import schema
from cimicdesk.store.database import open_database
from cimicdesk.store.stats import record_counts


def _ids(path, table):
    with closing(raw_connect(path)) as conn:
        return [r[0] for r in conn.execute(f"SELECT id FROM {table} ORDER BY rowid")]


def test_init_creates_the_database_and_says_what_it_made(tmp_path, capsys):
    path = tmp_path / "bn1.sqlite"
    code = main(
        [
            "init",
            str(path),
            "--unit",
            "BANBAT 1",
            "--level",
            "battalion",
            "--parent",
            "Sector Centre",
        ]
    )
    out = capsys.readouterr().out
    assert code == 0
    with open_database(path) as store:
        assert (store.unit.name, store.unit.level, store.unit.parent) == (
            "BANBAT 1",
            UnitLevel.BATTALION,
            "Sector Centre",
        )
        assert store.site_id in out
    assert "Created" in out and str(path.name) in out
    assert "BANBAT 1 (Battalion), reports to Sector Centre" in out
    assert f"schema        {schema.schema_version()} (current)" in out


def test_init_accepts_the_level_by_its_label(tmp_path):
    assert (
        main(["init", str(tmp_path / "s.sqlite"), "--unit", "Sector East", "--level", "Sector HQ"])
        == 0
    )
    with open_database(tmp_path / "s.sqlite") as store:
        assert store.unit.level is UnitLevel.SECTOR


def test_init_never_overwrites_a_file(tmp_path, capsys):
    path = tmp_path / "bn1.sqlite"
    assert main(["init", str(path), "--unit", "BANBAT 1", "--level", "battalion"]) == 0
    before = path.read_bytes()
    capsys.readouterr()
    code = main(["init", str(path), "--unit", "BANBAT 2", "--level", "sector"])
    err = capsys.readouterr().err
    assert code == 2
    assert err.startswith("cimicdesk: error: ") and "already exists" in err
    assert "Traceback" not in err
    assert path.read_bytes() == before


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ["--unit", "X", "--level", "brigade"],
            "argument --level: 'brigade' is not one of: battalion, sector, fhq",
        ),
        (["--level", "battalion"], "the following arguments are required: --unit"),
        (["--unit", "  ", "--level", "battalion"], "give the unit's name"),
    ],
)
def test_init_refuses_bad_arguments_with_a_clear_message(tmp_path, capsys, args, message):
    path = tmp_path / "x.sqlite"
    assert main(["init", str(path), *args]) == 2
    assert message in capsys.readouterr().err
    assert not path.exists()


def test_init_reports_a_folder_it_cannot_create(tmp_path, capsys):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where a folder should be")
    assert main(["init", str(blocker / "bn1.sqlite"), "--unit", "X", "--level", "fhq"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("cimicdesk: error: ") and "not-a-folder" in err
    assert "Traceback" not in err


def test_seed_creates_a_missing_file_and_prints_counts_and_time(tmp_path, capsys):
    path = tmp_path / "training.sqlite"
    code = main(
        [
            "seed",
            str(path),
            "--entries",
            "400",
            "--seed",
            "1",
            "--start",
            "2026-01-05",
            "--days",
            "60",
        ]
    )
    out = capsys.readouterr().out
    assert code == 0
    with open_database(path) as store:
        assert store.unit.name == "BANBAT 1" and store.unit.level is UnitLevel.BATTALION
        counts = record_counts(store)
    assert counts["liaison_entries"] == 400 and counts["organisations"] >= 12
    for label, table in [
        ("organisations", "organisations"),
        ("contacts", "contacts"),
        ("liaison entries", "liaison_entries"),
        ("participants", "liaison_participants"),
        ("follow-up actions", "follow_up_actions"),
        ("community assessments", "assessments"),
        ("sector ratings", "assessment_sectors"),
        ("infrastructure seen", "assessment_infrastructure"),
        ("recommended actions", "assessment_actions"),
    ]:
        assert counts[table] > 0, table
        assert re.search(rf"^  {label} +{counts[table]:,}$", out, re.MULTILINE), label
    assert re.search(r"Added in \d+\.\d s:", out)


def test_seed_with_one_seed_gives_the_same_records(tmp_path):
    paths = [tmp_path / "a.sqlite", tmp_path / "b.sqlite", tmp_path / "c.sqlite"]
    for path, seed in zip(paths, ("7", "7", "8"), strict=True):
        assert (
            main(
                [
                    "seed",
                    str(path),
                    "--entries",
                    "150",
                    "--seed",
                    seed,
                    "--start",
                    "2026-03-01",
                    "--days",
                    "30",
                ]
            )
            == 0
        )
    for table in ("organisations", "contacts", "liaison_entries", "follow_up_actions"):
        assert _ids(paths[0], table) == _ids(paths[1], table) != _ids(paths[2], table)


def test_seed_uses_unit_and_level_for_a_new_file_only(tmp_path, capsys):
    path = tmp_path / "sector.sqlite"
    assert (
        main(
            [
                "seed",
                str(path),
                "--entries",
                "50",
                "--seed",
                "1",
                "--unit",
                "Sector East",
                "--level",
                "sector",
                "--parent",
                "FHQ Bangui",
            ]
        )
        == 0
    )
    assert main(["seed", str(path), "--entries", "50", "--seed", "2"]) == 0
    with open_database(path) as store:
        assert (store.unit.name, store.unit.level) == ("Sector East", UnitLevel.SECTOR)
        assert record_counts(store)["liaison_entries"] == 100
        refs = [r[0] for r in store.db.execute("SELECT ref FROM liaison_entries")]
    assert all(ref.startswith("SECTOREAST-") for ref in refs) and len(set(refs)) == 100
    capsys.readouterr()
    assert main(["seed", str(path), "--entries", "5", "--seed", "3", "--unit", "BANBAT 2"]) == 2
    err = capsys.readouterr().err
    assert "already exists for unit Sector East" in err and "--unit only applies" in err


def test_seeding_twice_with_one_seed_is_refused(tmp_path, capsys):
    path = tmp_path / "t.sqlite"
    assert main(["seed", str(path), "--entries", "30", "--seed", "5"]) == 0
    before = _ids(path, "liaison_entries")
    capsys.readouterr()
    assert main(["seed", str(path), "--entries", "30", "--seed", "5"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("cimicdesk: error: ") and "choose another seed" in err
    assert _ids(path, "liaison_entries") == before


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--entries", "-5", "--seed", "1"], "argument --entries: must be 0 or more, not -5"),
        (["--entries", "many", "--seed", "1"], "argument --entries: 'many' is not a whole number"),
        (["--entries", "5", "--seed", "x"], "argument --seed: 'x' is not a whole number"),
        (
            ["--entries", "5", "--seed", "1", "--start", "2026-13-01"],
            "argument --start: '2026-13-01' is not a date: write it as YYYY-MM-DD",
        ),
        (["--entries", "5", "--seed", "1", "--days", "0"], "argument --days: must be 1 or more"),
        (
            ["--entries", "5", "--seed", "1", "--level", "division"],
            "argument --level: 'division' is not one of",
        ),
        (["--seed", "1"], "the following arguments are required: --entries"),
    ],
)
def test_seed_refuses_bad_arguments_with_a_clear_message(tmp_path, capsys, args, message):
    path = tmp_path / "never.sqlite"
    assert main(["seed", str(path), *args]) == 2
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err
    assert not path.exists()


def test_a_failed_seed_leaves_no_half_made_file(tmp_path, capsys):
    path = tmp_path / "future.sqlite"
    assert main(["seed", str(path), "--entries", "5", "--seed", "1", "--start", "2099-01-01"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("cimicdesk: error: ") and "more than a year" in err
    assert list(tmp_path.iterdir()) == []
