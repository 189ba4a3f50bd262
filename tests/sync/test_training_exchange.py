"""Records never cross between a training (exercise) database and a real one: unit files,
JSON Lines and handovers carry the mark, and the other kind of database refuses them with
nothing changed."""

from __future__ import annotations

import json

import pytest
from factories import HANDOVER_PASSPHRASE, PASSPHRASE, make_contact, make_org
from sync_helpers import (
    assert_in_both_languages,
    backups_of,
    export,
    file_state,
    import_files,
    tamper,
    unit_db,
)

from cimicdesk.cli import main
from cimicdesk.demo.generate import seed_database
from cimicdesk.domain.enums import UnitLevel
from cimicdesk.domain.errors import CimicError
from cimicdesk.reports.commands import write_handover_brief
from cimicdesk.store.stats import record_counts
from cimicdesk.sync import errors as why
from cimicdesk.sync.errors import PackageRefusedError
from cimicdesk.sync.handover import hand_over, take_over
from cimicdesk.sync.jsonl import export_records
from cimicdesk.sync.jsonl_import import import_records


@pytest.fixture
def drill(tmp_path):
    """A seeded training battalion."""
    store = unit_db(tmp_path / "drill", "BANBAT 7", training=True)
    seed_database(store, entries=30, seed=4, days=30)
    yield store
    store.close()


@pytest.fixture
def real(tmp_path):
    """A real battalion with one real person."""
    store = unit_db(tmp_path / "real", "BANBAT 1")
    make_contact(store, "Awa Yakité", organisation_id=make_org(store, "UNHCR").id)
    yield store
    store.close()


@pytest.fixture
def real_sector(tmp_path):
    store = unit_db(tmp_path / "sector", "SECTOR W", UnitLevel.SECTOR)
    make_org(store, "OCHA")
    yield store
    store.close()


@pytest.fixture
def training_sector(tmp_path):
    store = unit_db(tmp_path / "tsector", "SECTOR T", UnitLevel.SECTOR, training=True)
    yield store
    store.close()


def _refused(receiver, path, *words):
    before, backups = file_state(receiver), backups_of(receiver)
    with pytest.raises(PackageRefusedError) as caught:
        import_files(receiver, [path])
    for word in (path.name, "Nothing was changed", *words):
        assert word in str(caught.value)
    french = assert_in_both_languages(caught.value.message, str(caught.value))
    assert path.name in french and "Rien n'a été modifié." in french
    assert file_state(receiver) == before  # byte for byte
    assert backups_of(receiver) == backups  # no backup taken either
    return caught.value


def test_a_training_unit_file_is_refused_by_a_real_database(drill, real_sector, tmp_path):
    package = export(drill, tmp_path / "BANBAT7.cimic")
    refused = _refused(real_sector, package, "training (exercise) database", "real database")
    assert refused.reason == why.TRAINING


def test_the_whole_batch_is_refused_with_it(drill, real, real_sector, tmp_path):
    good = export(real, tmp_path / "BANBAT1.cimic")
    bad = export(drill, tmp_path / "BANBAT7.cimic")
    before = record_counts(real_sector)
    with pytest.raises(PackageRefusedError):
        import_files(real_sector, [good, bad])
    assert record_counts(real_sector) == before


def test_the_command_line_refuses_it_in_one_line(drill, real_sector, tmp_path, capsys):
    package = export(drill, tmp_path / "BANBAT7.cimic")
    path = real_sector.path
    real_sector.close()
    before = path.read_bytes()
    assert main(["import", str(path), str(package)]) == 2
    out, err = capsys.readouterr()
    assert err.count("\n") == 1 and "training (exercise) database" in err
    assert "Traceback" not in out + err
    assert path.read_bytes() == before


@pytest.mark.parametrize(
    "sql",
    [
        "DELETE FROM _meta WHERE key = 'training'",
        "UPDATE _meta SET value = '0' WHERE key = 'training'",
    ],
)
def test_a_file_whose_training_mark_was_removed_fails_its_digest(drill, real_sector, tmp_path, sql):
    package = export(drill, tmp_path / "BANBAT7.cimic")
    tamper(package, sql)
    refused = _refused(real_sector, package, "does not match its own manifest")
    assert refused.reason == why.TAMPERED


def test_a_real_unit_file_is_refused_by_a_training_database(real, training_sector, tmp_path):
    package = export(real, tmp_path / "BANBAT1.cimic")
    refused = _refused(training_sector, package, "real database", "kept out of exercise files")
    assert refused.reason == why.TRAINING
    names = training_sector.db.execute("SELECT name FROM contacts").fetchall()
    assert ("Awa Yakité",) not in names


def test_training_files_merge_into_a_training_database(drill, training_sector, tmp_path):
    package = export(drill, tmp_path / "BANBAT7.cimic")
    [report] = import_files(training_sector, [package])
    assert report.status == "imported"
    assert record_counts(training_sector)["liaison_entries"] == 30


def test_a_training_handover_stays_training(drill, tmp_path):
    done = hand_over(
        drill,
        tmp_path / "stick",
        handed_over_by="Maj A",
        to="Maj B",
        write_brief=write_handover_brief,
        handover_passphrase=HANDOVER_PASSPHRASE,
    )
    with take_over(
        done.export.path,
        tmp_path / "new" / "bn7.sqlite",
        taken_over_by="Maj B",
        passphrase=PASSPHRASE,
        handover_passphrase=HANDOVER_PASSPHRASE,
    ) as new:
        assert new.training and new.read_only_reason() == ""
        assert new.site_id != drill.site_id


# --- JSON Lines ------------------------------------------------------------------------


def _lines(path):
    return [json.loads(t) for t in path.read_text(encoding="utf-8").splitlines()]


def test_every_json_line_of_a_training_database_says_exercise(drill, real, tmp_path):
    export_records(drill, tmp_path / "drill.jsonl")
    lines = _lines(tmp_path / "drill.jsonl")
    assert len(lines) > 100 and all(line["exercise"] is True for line in lines)
    export_records(real, tmp_path / "real.jsonl")
    assert not any("exercise" in line for line in _lines(tmp_path / "real.jsonl"))


def test_training_json_lines_are_refused_by_a_real_database(drill, real_sector, tmp_path):
    out = tmp_path / "drill.jsonl"
    export_records(drill, out, reveal_restricted=True)
    # Even with the mark taken off every line but one, the file is refused.
    lines = _lines(out)
    for line in lines[1:]:
        del line["exercise"]
    out.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    before = file_state(real_sector)
    with pytest.raises(CimicError) as caught:
        import_records(real_sector, out)
    assert "training (exercise) database" in str(caught.value)
    assert "Nothing was imported" in str(caught.value)
    assert file_state(real_sector) == before


def test_real_json_lines_are_refused_by_a_training_database(real, training_sector, tmp_path):
    out = tmp_path / "real.jsonl"
    export_records(real, out, reveal_restricted=True)
    before = file_state(training_sector)
    with pytest.raises(CimicError) as caught:
        import_records(training_sector, out)
    assert "kept out of exercise files" in str(caught.value)
    assert file_state(training_sector) == before


def test_training_json_lines_go_into_a_training_database(drill, training_sector, tmp_path):
    out = tmp_path / "drill.jsonl"
    export_records(drill, out, reveal_restricted=True)
    result = import_records(training_sector, out)
    assert result.counts["liaison_entry"] == 30
