"""Unit files open only at the headquarters they are sent to, handover files only with their
passphrase; a lost stick, a laptop or a unit file shows no source's name or phone."""

from __future__ import annotations

from pathlib import Path

import pytest
from factories import (
    HANDOVER_PASSPHRASE,
    PASSPHRASE,
    database_files,
    make_contact,
    make_entry,
)
from sync_helpers import file_state, import_files, unit_db

from cimicdesk.cli import main
from cimicdesk.domain.enums import Sensitivity, UnitLevel
from cimicdesk.reports.commands import write_handover_brief
from cimicdesk.store import backups, editor_drafts
from cimicdesk.sync import cards, enrolment
from cimicdesk.sync import errors as why
from cimicdesk.sync.errors import PackageRefusedError
from cimicdesk.sync.export import export_snapshot
from cimicdesk.sync.handover import hand_over, take_over
from cimicdesk.sync.recipients import NoHeadquartersError

pytestmark = pytest.mark.real_keys  # every database its own X25519 key, as in the field

NAME = b"Amadou Kessely"
PHONE = b"+236 75 01 02 03"


def _enrol_card(receiver, sender, tmp_path: Path) -> None:
    """`receiver` enrols `sender` from its card, as `cimicdesk enrol` does."""
    card = tmp_path / f"{sender.unit.code}.card"
    cards.write_card(sender, card)
    found = cards.read_card(card)
    enrolment.enrol_key(
        receiver.db.conn,
        receiver.unit.name,
        found.unit_name,
        found.unit_level,
        found.signing_key,
        found.agreement_key,
    )


@pytest.fixture
def units(tmp_path):
    """A battalion holding a restricted source, its sector HQ (each enrolled at the other),
    and another sector that has nothing to do with it."""
    bn = unit_db(tmp_path / "bn", "BANBAT 1", parent="SECTOR WEST")
    sector = unit_db(tmp_path / "sector", "SECTOR WEST", UnitLevel.SECTOR)
    other = unit_db(tmp_path / "other", "SECTOR EAST", UnitLevel.SECTOR)
    source = make_contact(
        bn,
        NAME.decode(),
        phones=(PHONE.decode(),),
        sensitivity=Sensitivity.RESTRICTED,
        notes="threatened after an earlier meeting",
    )
    make_entry(bn, contacts=[source], info_received="Checkpoint moved to the bridge")
    _enrol_card(bn, sector, tmp_path)  # the battalion knows its headquarters' key
    _enrol_card(sector, bn, tmp_path)  # ...and the headquarters its battalion's
    yield bn, sector, other
    for store in (bn, sector, other):
        store.close()


def test_no_file_the_program_writes_shows_a_source(units, tmp_path):
    """Issue 13: `strings` on the database, its -wal, backups, drafts, a unit file and a
    handover file finds neither the source's name nor its phone."""
    bn, sector, _ = units
    backups.backup_before(bn, "import")
    editor_drafts.save_draft(bn.path, "contacts/new", {"values": {"name": NAME.decode()}})
    (tmp_path / "stick").mkdir()
    unit_file = export_snapshot(bn, tmp_path / "stick" / "BANBAT1.cimic").path
    handover = hand_over(
        bn,
        tmp_path / "stick",
        handed_over_by="Maj A",
        to="Maj B",
        write_brief=write_handover_brief,
        handover_passphrase=HANDOVER_PASSPHRASE,
    ).export.path
    files = [*database_files(bn.path), unit_file, handover]
    assert {p.name for p in files} >= {
        "banbat1.sqlite",
        "banbat1.sqlite-wal",
        "banbat1.sqlite.drafts",
        "BANBAT1.cimic",
        handover.name,
    }
    assert any(".before-import." in p.name for p in files)
    for file in files:
        raw = file.read_bytes()
        assert NAME not in raw and PHONE not in raw, file.name
    # ...and the headquarters it was sent to does read it (the check above can fail).
    [report] = import_files(sector, [unit_file])
    assert report.status == "imported"
    with sector.db.conn as conn:
        names = [r[0] for r in conn.execute("SELECT name FROM contacts")]
    assert NAME.decode() in names


def test_a_unit_file_opens_only_at_the_headquarters_it_is_sent_to(units, tmp_path):
    bn, sector, other = units
    unit_file = export_snapshot(bn, tmp_path / "BANBAT1.cimic").path
    before = file_state(other)
    with pytest.raises(PackageRefusedError) as caught:
        import_files(other, [unit_file])
    assert caught.value.reason == why.NOT_FOR_US
    assert "sealed for another headquarters" in str(caught.value)
    assert file_state(other) == before
    assert import_files(sector, [unit_file])[0].status == "imported"


def test_with_no_headquarters_enrolled_nothing_is_written(tmp_path):
    lone = unit_db(tmp_path / "lone", "BANBAT 9")
    out = tmp_path / "BANBAT9.cimic"
    with pytest.raises(NoHeadquartersError, match="No headquarters is enrolled"):
        export_snapshot(lone, out)
    lone.close()
    assert not out.exists() and list(tmp_path.glob("*.part*")) == []


def test_a_handover_file_opens_only_with_its_passphrase(units, tmp_path):
    bn, _sector, _ = units
    handover = hand_over(
        bn,
        tmp_path / "stick",
        handed_over_by="Maj A",
        to="Maj B",
        write_brief=write_handover_brief,
        handover_passphrase=HANDOVER_PASSPHRASE,
    ).export.path
    target = tmp_path / "new" / "bn1.sqlite"
    with pytest.raises(PackageRefusedError) as caught:
        take_over(
            handover,
            target,
            taken_over_by="Maj B",
            passphrase=PASSPHRASE,
            handover_passphrase="not the handover one",
        )
    assert caught.value.reason == why.WRONG_HANDOVER_PASSPHRASE
    assert not target.exists()
    with take_over(
        handover,
        target,
        taken_over_by="Maj B",
        passphrase="the new officer's own",
        handover_passphrase=HANDOVER_PASSPHRASE,
    ) as new:
        assert new.unit.name == "BANBAT 1"
        assert new.db.execute("SELECT count(*) FROM contacts").fetchone()[0] == 1


def test_the_command_line_hands_over_and_takes_over_with_the_handover_passphrase(
    units, tmp_path, monkeypatch, capsys
):
    bn, _sector, _ = units
    path = bn.path
    bn.close()
    monkeypatch.setenv("CIMICDESK_HANDOVER_PASSPHRASE", "read over the radio")
    stick = tmp_path / "stick"
    assert main(["handover", str(path), "--out", str(stick), "--by", "A", "--to", "B"]) == 0
    [handover] = stick.glob("*.cimic")
    monkeypatch.setenv("CIMICDESK_HANDOVER_PASSPHRASE", "a wrong guess")
    target = tmp_path / "new.sqlite"
    assert main(["takeover", str(handover), "--to", str(target), "--by", "B"]) == 2
    assert "handover passphrase does not open" in capsys.readouterr().err
    assert not target.exists()
    monkeypatch.setenv("CIMICDESK_HANDOVER_PASSPHRASE", "read over the radio")
    assert main(["takeover", str(handover), "--to", str(target), "--by", "B"]) == 0
