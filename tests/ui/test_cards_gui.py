"""Cards in the window: a battalion saves its card, its sector HQ enrols it (fingerprint shown
to check), the battalion enrols the sector's card and can then export sealed for it; each
database with keys of its own, real files, the real main window."""

from __future__ import annotations

from pathlib import Path

import pytest
from factories import PASSPHRASE
from scripted_prompter import ScriptedPrompter, make_org

from cimicdesk.app import build_main_window
from cimicdesk.domain.enums import UnitLevel
from cimicdesk.store import unit_keys
from cimicdesk.store.database import Store, create_database
from cimicdesk.sync import envelope
from cimicdesk.sync.enrolment import CARD, enrolled_units
from cimicdesk.sync.export import export_snapshot
from cimicdesk.sync.recipients import NoHeadquartersError

pytestmark = pytest.mark.real_keys


class CardPrompter(ScriptedPrompter):
    """ScriptedPrompter that saves a card at `save_path` and enrols the one at `card`."""

    def __init__(self):
        super().__init__()
        self.save_path: Path | None = None
        self.card: Path | None = None

    def choose_report_file(self, title, suggested, file_filter):
        self.asked.append(("save", title, str(suggested)))
        return self.save_path

    def choose_card(self, folder):
        self.asked.append(("card", str(folder), ""))
        return self.card


def _window(qtbot, store: Store, prompter):
    window = build_main_window(store, prompter)
    qtbot.addWidget(window)
    window.show()
    return window


@pytest.fixture
def stores(tmp_path):
    bn = create_database(
        tmp_path / "bn" / "bn1.sqlite", "BANBAT 1", UnitLevel.BATTALION, passphrase=PASSPHRASE
    )
    sector = create_database(
        tmp_path / "sector" / "sector.sqlite",
        "SECTOR WEST",
        UnitLevel.SECTOR,
        passphrase=PASSPHRASE,
    )
    make_org(bn, "UNHCR")
    yield bn, sector
    bn.close()
    sector.close()


def _fingerprint(store: Store) -> str:
    key = unit_keys.active_key(store.db)
    assert key is not None
    return key.fingerprint


def test_cards_saved_and_enrolled_in_the_window_let_the_battalion_export_for_its_sector(
    qtbot, stores, tmp_path
):
    bn, sector = stores
    with pytest.raises(NoHeadquartersError):  # no headquarters known yet: nothing written
        export_snapshot(bn, tmp_path / "early.cimic")
    assert not (tmp_path / "early.cimic").exists()

    # The sector saves its card; the window shows the fingerprint to read over the radio.
    at_sector = CardPrompter()
    at_sector.save_path = tmp_path / "SECTORWEST.card"
    sector_window = _window(qtbot, sector, at_sector)
    assert sector_window.sync_commands.save_card_action.isEnabled()
    sector_window.sync_commands.save_card_action.trigger()
    (shown,) = at_sector.questions("inform")
    assert _fingerprint(sector) in shown[2] and at_sector.save_path.exists()

    # The battalion enrols it: the question shows the fingerprint; No enrols nothing.
    at_bn = CardPrompter()
    at_bn.card = at_sector.save_path
    at_bn.confirm_answers = [False, True]
    bn_window = _window(qtbot, bn, at_bn)
    bn_window.sync_commands.enrol_card_action.trigger()
    assert enrolled_units(bn.db.conn) == []
    bn_window.sync_commands.enrol_card_action.trigger()
    first, _second = at_bn.questions("confirm")
    assert first[1] == "Enrol SECTOR WEST?"
    assert "SECTOR WEST (Sector HQ)" in first[2] and _fingerprint(sector) in first[2]
    (unit,) = enrolled_units(bn.db.conn)
    assert (unit.unit_name, unit.how) == ("SECTOR WEST", CARD)
    assert unit.fingerprint == _fingerprint(sector)

    # Now the battalion's unit files are sealed for the sector, and only for it.
    out = export_snapshot(bn, tmp_path / "BANBAT1.cimic").path
    assert envelope.read_envelope(out).recipients == (_fingerprint(sector),)
    assert at_bn.questions("error") == [] and at_sector.questions("error") == []
