"""The Sync page's 'Only the changes since the last export': a delta unit file from the
window (real widgets, real files), imported at sector HQ; refused when there is no base."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from scripted_prompter import ScriptedPrompter, make_contact, make_org
from sync_helpers import canonical_dump, import_files, unit_db, unsealed

from cimicdesk.app import build_main_window
from cimicdesk.domain.enums import UnitLevel
from cimicdesk.sync import manifest as mf

WAIT_MS = 20_000


class ExportPrompter(ScriptedPrompter):
    """Writes each export under the folder `export_folder` with its suggested name."""

    def __init__(self):
        super().__init__()
        self.export_folder: Path | None = None

    def choose_export_file(self, suggested):
        self.asked.append(("export_file", str(suggested), ""))
        assert self.export_folder is not None
        return self.export_folder / suggested.name


@pytest.fixture
def pair(tmp_path):
    bn = unit_db(tmp_path / "bn1", "BANBAT 1")
    sector = unit_db(tmp_path / "sector", "SECTOR W", UnitLevel.SECTOR)
    yield bn, sector
    bn.close()
    sector.close()


def _export_from_page(qtbot, window, prompter, folder: Path, changes_only: bool) -> Path:
    folder.mkdir()
    prompter.export_folder = folder
    page = window.show_page("sync")
    page.changes_only_check.setChecked(changes_only)
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.sync_commands.task is None, timeout=WAIT_MS)
    return folder


def test_the_sync_page_exports_only_the_changes_when_asked(qtbot, pair, tmp_path):
    bn, sector = pair
    org = make_org(bn, "UNHCR")
    prompter = ExportPrompter()
    window = build_main_window(bn, prompter)
    qtbot.addWidget(window)
    window.show()
    page = window.show_page("sync")
    assert not page.changes_only_check.isChecked()  # a full file stays the default
    assert page.changes_only_check.text() == "Only the &changes since the last export"
    # No export yet: nothing to build on, said in the window, no file written.
    _export_from_page(qtbot, window, prompter, tmp_path / "none", True)
    assert prompter.asked[-1][0] == "error" and "full unit file" in prompter.asked[-1][2]
    assert list((tmp_path / "none").iterdir()) == []
    full = next(_export_from_page(qtbot, window, prompter, tmp_path / "w1", False).iterdir())
    import_files(sector, [full])
    make_contact(bn, "Awa Yakité", organisation_id=org.id)
    delta = next(_export_from_page(qtbot, window, prompter, tmp_path / "w2", True).iterdir())
    kind, title, text = prompter.asked[-1]
    assert (kind, title) == ("inform", "Export written") and "changes since the export" in text
    with unsealed(delta) as conn:
        found = mf.read_manifest(conn)
        assert found.is_delta and conn.execute("SELECT count(*) FROM contacts").fetchone()[0] == 1
        assert conn.execute("SELECT count(*) FROM organisations").fetchone()[0] == 0
    import_files(sector, [delta])
    assert canonical_dump(sector) == canonical_dump(bn)
    window.close()
