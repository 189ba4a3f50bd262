"""The unit's report settings (default marking, sitrep To and Cc) live in the database:
they go to the next contingent with the file at handover, and a unit's file never changes
its headquarters' own. The backups' folder belongs to the laptop and stays behind."""

from __future__ import annotations

from factories import HANDOVER_PASSPHRASE, PASSPHRASE
from sync_helpers import export, import_files, unit_db

from cimicdesk.domain.enums import UnitLevel
from cimicdesk.reports.commands import write_handover_brief
from cimicdesk.store import backup_settings
from cimicdesk.store.report_settings import (
    ReportSettings,
    get_report_settings,
    save_report_settings,
)
from cimicdesk.sync.handover import hand_over, take_over

BATTALION = ReportSettings("UN CONFIDENTIAL", "SO2 CIMIC Sector West", "G9 Force HQ")


def test_report_settings_go_with_the_file_at_handover_the_backup_folder_does_not(tmp_path):
    outgoing = unit_db(tmp_path / "bn1", "BANBAT 1")
    try:
        save_report_settings(outgoing, BATTALION)
        backup_settings.save_policy(outgoing.path, tmp_path / "old-laptop-stick", 3, 3)
        result = hand_over(
            outgoing,
            tmp_path / "stick",
            handed_over_by="Maj Rahman",
            to="Maj Haque",
            write_brief=write_handover_brief,
            handover_passphrase=HANDOVER_PASSPHRASE,
        )
    finally:
        outgoing.close()
    target = tmp_path / "incoming" / "bn1.sqlite"
    with take_over(
        result.export.path,
        target,
        taken_over_by="Maj Haque",
        passphrase=PASSPHRASE,
        handover_passphrase=HANDOVER_PASSPHRASE,
    ) as incoming:
        assert get_report_settings(incoming) == BATTALION
        assert backup_settings.write_folder(incoming.path) == target.parent.resolve() / "backups"


def test_a_units_file_does_not_change_its_headquarters_report_settings(tmp_path):
    battalion = unit_db(tmp_path / "bn1", "BANBAT 1")
    sector = unit_db(tmp_path / "sector", "Sector West", UnitLevel.SECTOR)
    try:
        save_report_settings(battalion, BATTALION)
        own = ReportSettings("UN RESTRICTED", "SO1 CIMIC Force HQ", "")
        save_report_settings(sector, own)
        import_files(sector, [export(battalion, tmp_path / "bn1.cimic")])
        assert get_report_settings(sector) == own
    finally:
        battalion.close()
        sector.close()
