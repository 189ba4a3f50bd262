"""The brake on a file that would purge or overwrite many records of other units: the
import stops before anything changes (no backup either) until it is allowed; ordinary
traffic (a unit's own records, edits a headquarters relays) never trips it."""

from __future__ import annotations

from pathlib import Path

import pytest
from factories import make_entry, make_org
from sync_helpers import assert_in_both_languages, export, import_files, unit_db

from cimicdesk.cli import main
from cimicdesk.domain.enums import UnitLevel
from cimicdesk.store import synced
from cimicdesk.store.database import open_database
from cimicdesk.store.liaison import get_liaison, save_liaison
from cimicdesk.store.purge import purge_record
from cimicdesk.sync.mass_changes import LIMIT, MassChangesError

ENTRIES = 300


def folder_state(folder: Path) -> dict[str, bytes]:
    """Every file under a folder (database, side files, backups) and its bytes."""
    return {str(p.relative_to(folder)): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def _entries(store, count: int) -> list[str]:
    org = make_org(store, "UNHCR")
    return [make_entry(store, orgs=[org], purpose=f"Meeting {n}").id for n in range(count)]


def _purge(store, ids: list[str]) -> None:
    for row_id in ids:
        purge_record(
            store, "liaison_entries", row_id, reason="test", vacuum=False, scrub_backups=False
        )


@pytest.fixture
def chain(tmp_path):
    """make(count): BANBAT 1's `count` liaison entries at SECTOR W and at FHQ (through
    SECTOR W); returns the three stores and the entries' ids."""
    opened = []

    def make(count: int = ENTRIES):
        bn1 = unit_db(tmp_path / "bn1", "BANBAT 1")
        sector = unit_db(tmp_path / "sector", "SECTOR W", UnitLevel.SECTOR)
        force = unit_db(tmp_path / "fhq", "FHQ", UnitLevel.FHQ)
        opened.extend((bn1, sector, force))
        ids = _entries(bn1, count)
        import_files(sector, [export(bn1, tmp_path / "bn1-w1.cimic")])
        import_files(force, [export(sector, tmp_path / "sector-w1.cimic")])
        return bn1, sector, force, ids

    yield make
    for store in opened:
        store.close()


def _run(capsys, *args) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def test_a_file_purging_300_entries_of_another_unit_needs_the_option(chain, tmp_path, capsys):
    """Sector HQ may purge its battalion's entries at Force HQ, but 300 at once stop the
    command line until --allow-mass-changes is given; until then not a byte changes."""
    _bn1, sector, force, ids = chain()
    _purge(sector, ids)
    out = export(sector, tmp_path / "sector-w2.cimic")
    force.close()
    before = folder_state(force.path.parent)
    code, text, err = _run(capsys, "import", force.path, out)
    assert (code, text) == (2, "")
    assert f"sector-w2.cimic from SECTOR W: {ENTRIES} records of other units" in err
    assert "BANBAT 1 (300)" in err and "--allow-mass-changes" in err
    assert folder_state(force.path.parent) == before
    code, text, err = _run(capsys, "import", force.path, out, "--allow-mass-changes")
    assert (code, err) == (0, "")
    assert f"{ENTRIES} records purged at SECTOR W" in text
    with open_database(force.path) as reopened:
        rows = [synced.fetch_row(reopened, "liaison_entries", i) for i in ids]
    assert all(row["deleted"] == 1 and row["purpose"] == "" for row in rows)


def test_the_refusal_names_each_unit_in_both_languages(chain, tmp_path):
    _bn1, sector, force, ids = chain(30)
    _purge(sector, ids[:25])
    with pytest.raises(MassChangesError) as caught:
        import_files(force, [export(sector, tmp_path / "sector-w2.cimic")])
    (change,) = caught.value.changes
    assert (change.sender, change.units, change.purged) == ("SECTOR W", {"BANBAT 1": 25}, 25)
    assert_in_both_languages(
        caught.value.message,
        "Import stopped: sector-w2.cimic from SECTOR W: 25 records of other units, 25 of them "
        "purged or deleted — BANBAT 1 (25). That is more than 20 records of other units from "
        "one file. Nothing was changed. If it is intended, import again and allow it "
        "(cimicdesk import --allow-mass-changes).",
    )


def test_a_few_purges_and_a_units_own_purges_pass(chain, tmp_path):
    bn1, sector, force, ids = chain(60)
    _purge(sector, ids[:LIMIT])  # at the limit: not more than it
    (report,) = import_files(force, [export(sector, tmp_path / "sector-w2.cimic")])
    assert report.purged == LIMIT
    _purge(bn1, ids)  # BANBAT 1 purging its own entries at sector HQ
    (report,) = import_files(sector, [export(bn1, tmp_path / "bn1-w2.cimic")])
    assert report.purged == len(ids) - LIMIT  # 20 were purged here already
    assert report.refused == []


def test_edits_a_sector_relays_are_ordinary_traffic_its_own_edits_count(chain, tmp_path):
    """BANBAT 1 edits all its entries: sector HQ relays them to Force HQ with no question.
    Sector HQ editing 25 of them itself is a mass change of another unit's records."""
    bn1, sector, force, ids = chain(60)
    for row_id in ids:
        entry = get_liaison(bn1, row_id)
        entry.info_received = "Road open"
        save_liaison(bn1, entry)
    import_files(sector, [export(bn1, tmp_path / "bn1-w2.cimic")])
    (report,) = import_files(force, [export(sector, tmp_path / "sector-w2.cimic")])
    assert report.counts["liaison_entries"].updated == len(ids)
    for row_id in ids[:25]:
        entry = get_liaison(sector, row_id)
        entry.issues_raised = "Checked by sector HQ"
        save_liaison(sector, entry)
    out = export(sector, tmp_path / "sector-w3.cimic")
    with pytest.raises(MassChangesError) as caught:
        import_files(force, [out])
    assert caught.value.changes[0].units == {"BANBAT 1": 25}
    assert caught.value.changes[0].purged == 0
    (report,) = import_files(force, [out], allow_mass_changes=True)
    assert report.counts["liaison_entries"].updated == 25


def test_refused_changes_do_not_count_towards_the_brake(chain, tmp_path):
    """A battalion's file purging 60 of another battalion's records is refused row by
    row (listed), not stopped as a whole: none of it would be applied anyway."""
    _bn1, sector, _force, ids = chain(60)
    bn2 = unit_db(tmp_path / "bn2", "BANBAT 2")
    try:
        import_files(bn2, [export(sector, tmp_path / "sector-w2.cimic")])
        import_files(sector, [export(bn2, tmp_path / "bn2-w1.cimic")])
        _purge(bn2, ids)
        (report,) = import_files(sector, [export(bn2, tmp_path / "bn2-w2.cimic")])
        assert len(report.refused) == len(ids) and report.purged == 0
        assert all(synced.fetch_row(sector, "liaison_entries", i)["purpose"] for i in ids)
    finally:
        bn2.close()
