"""File dialogs open in a sensible folder: the last one used for that kind of file (kept in
the settings), else beside the database; a folder since deleted falls back beside it."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from ops_support import make_qip
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog
from table_cells import type_in_cell

from cimicdesk.reports.kinds import ReportRequest, kind_of
from cimicdesk.ui import print_record, start_folders
from cimicdesk.ui.pages.report_workflow import ReportWorkflow
from cimicdesk.ui.prompts import Prompter
from cimicdesk.ui.start_folders import EXPORT, IMPORT, PHOTOS, REPORTS, start_folder

Answer = Callable[[QFileDialog], None]


@pytest.fixture
def folders(tmp_path: Path) -> dict[str, Path]:
    """A database's folder and two others (a stick, a camera card), with files in them."""
    made = {name: tmp_path / name for name in ("desk", "stick", "camera")}
    for folder in made.values():
        folder.mkdir()
    (made["desk"] / "bn1.sqlite").write_bytes(b"")
    (made["camera"] / "well.jpg").write_bytes(b"\xff\xd8")
    (made["stick"] / "BANBAT1-2026-W47.cimic").write_bytes(b"x")
    (made["stick"] / "NEPBAT3-2026-W47.cimic").write_bytes(b"x")
    return made


class DialogSeen:
    """What the file dialog showed when it opened: its folder, the file it offered, the
    window's mode; filled by `answer` while the dialog is modal."""

    directory: Path | None = None
    selected: list[str]
    accept_mode: QFileDialog.AcceptMode | None = None


def answer(qtbot, respond: Answer) -> DialogSeen:
    """Wait for our file dialog (Qt's own widgets: no native one offscreen), note where it
    opened, then let `respond` choose or cancel."""
    seen = DialogSeen()
    seen.selected = []
    tries = [0]

    def handle() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QFileDialog):
            tries[0] += 1
            assert tries[0] < 500, "no file dialog was opened"
            QTimer.singleShot(10, handle)
            return
        seen.directory = Path(dialog.directory().absolutePath())
        seen.selected = dialog.selectedFiles()
        seen.accept_mode = dialog.acceptMode()
        respond(dialog)

    QTimer.singleShot(0, handle)
    return seen


def choose(path: Path) -> Answer:
    def respond(dialog: QFileDialog) -> None:
        dialog.selectFile(str(path))
        dialog.accept()

    return respond


def choose_all(paths: list[Path]) -> Answer:
    def respond(dialog: QFileDialog) -> None:
        dialog.setDirectory(str(paths[0].parent))
        dialog.selectFile(" ".join(f'"{p.name}"' for p in paths))
        dialog.accept()

    return respond


def cancel(dialog: QFileDialog) -> None:
    dialog.reject()


# The folder chosen, without a dialog -------------------------------------------------


def test_the_first_time_a_dialog_opens_beside_the_database(folders):
    assert start_folder(PHOTOS, folders["desk"]) == folders["desk"]


def test_the_folder_last_used_is_remembered_per_kind_of_file(folders):
    start_folders.remember(PHOTOS, folders["camera"] / "well.jpg")
    start_folders.remember(EXPORT, folders["stick"] / "new-export.cimic")  # not written yet
    assert start_folder(PHOTOS, folders["desk"]) == folders["camera"].resolve()
    assert start_folder(EXPORT, folders["desk"]) == folders["stick"].resolve()
    assert start_folder(IMPORT, folders["desk"]) == folders["desk"]  # nothing imported yet
    # A folder chosen as such (the handover's) is remembered itself, not its parent.
    start_folders.remember(IMPORT, folders["stick"])
    assert start_folder(IMPORT, folders["desk"]) == folders["stick"].resolve()


def test_the_folders_outlast_the_session_in_the_settings_file(folders):
    start_folders.remember(REPORTS, folders["stick"] / "sitrep.pdf")
    from cimicdesk.ui.i18n import settings

    assert settings().value("folders/reports") == str(folders["stick"].resolve())


def test_a_deleted_folder_falls_back_beside_the_database(folders):
    start_folders.remember(PHOTOS, folders["camera"] / "well.jpg")
    shutil.rmtree(folders["camera"])  # the camera card was taken out
    assert start_folder(PHOTOS, folders["desk"]) == folders["desk"]


def test_a_save_dialog_keeps_the_name_it_suggests(folders):
    suggested = folders["desk"] / "BANBAT1-SITREP-2026-W47.pdf"
    assert start_folders.start_path(REPORTS, suggested) == suggested
    start_folders.remember(REPORTS, folders["stick"] / "older.pdf")
    assert start_folders.start_path(REPORTS, suggested) == (
        folders["stick"].resolve() / "BANBAT1-SITREP-2026-W47.pdf"
    )


def test_a_fallback_that_is_gone_opens_the_nearest_folder_above_it(folders):
    assert start_folder(REPORTS, folders["desk"] / "gone" / "deeper") == folders["desk"]


def test_an_unknown_kind_of_file_is_a_programming_error(folders):
    with pytest.raises(ValueError, match="unknown file dialog purpose"):
        start_folder("letters", folders["desk"])


# The dialogs themselves (Prompter, Qt's QFileDialog) ----------------------------------


def test_the_photo_dialog_opens_beside_the_database_then_where_the_last_photo_was(qtbot, folders):
    prompter = Prompter()
    seen = answer(qtbot, choose(folders["camera"] / "well.jpg"))
    assert prompter.choose_photo(folders["desk"]) == folders["camera"] / "well.jpg"
    assert seen.directory == folders["desk"]  # first time: beside the database, not home
    seen = answer(qtbot, cancel)
    assert prompter.choose_photo(folders["desk"]) is None
    assert seen.directory == folders["camera"].resolve()  # where the last photo came from
    # A cancelled dialog changes nothing; a deleted folder falls back.
    shutil.rmtree(folders["camera"])
    seen = answer(qtbot, cancel)
    assert prompter.choose_photo(folders["desk"]) is None
    assert seen.directory == folders["desk"]


def test_the_report_dialog_offers_its_name_in_the_folder_reports_last_went_to(qtbot, folders):
    prompter = Prompter()
    suggested = folders["desk"] / "BANBAT1-SITREP-2026-W47.pdf"
    seen = answer(qtbot, choose(folders["stick"] / "week47.pdf"))
    chosen = prompter.choose_report_file("Export the unit sitrep", suggested, "PDF (*.pdf)")
    assert chosen == folders["stick"] / "week47.pdf"
    assert seen.directory == folders["desk"]
    assert seen.accept_mode == QFileDialog.AcceptMode.AcceptSave
    assert [Path(name) for name in seen.selected] == [suggested]
    seen = answer(qtbot, cancel)
    prompter.choose_report_file("Export the unit sitrep", suggested, "PDF (*.pdf)")
    assert seen.directory == folders["stick"].resolve()
    assert [Path(name).name for name in seen.selected] == ["BANBAT1-SITREP-2026-W47.pdf"]


def test_imports_and_exports_each_remember_their_own_folder(qtbot, folders):
    prompter = Prompter()
    files = sorted(folders["stick"].glob("*.cimic"))
    seen = answer(qtbot, choose_all(files))
    assert sorted(prompter.choose_unit_files(folders["desk"])) == files
    assert seen.directory == folders["desk"]
    # The export dialog has not been used: it still opens beside the database.
    seen = answer(qtbot, cancel)
    assert prompter.choose_export_file(folders["desk"] / "BANBAT1-2026-W48.cimic") is None
    assert seen.directory == folders["desk"]
    # A card to enrol is looked for where the unit files came from.
    seen = answer(qtbot, cancel)
    prompter.choose_card(folders["desk"])
    assert seen.directory == folders["stick"].resolve()


def test_the_database_dialogs_share_the_folder_last_opened(qtbot, folders):
    prompter = Prompter()
    other = folders["stick"] / "sector.sqlite"
    other.write_bytes(b"")
    seen = answer(qtbot, choose(other))
    assert prompter.choose_database_to_open(folders["desk"]) == other
    assert seen.directory == folders["desk"]
    seen = answer(qtbot, cancel)
    assert prompter.choose_new_database(folders["desk"]) is None
    assert seen.directory == folders["stick"].resolve()
    assert [Path(name).name for name in seen.selected] == ["cimicdesk.sqlite"]


def test_the_handover_folder_dialog_remembers_the_folder_itself(qtbot, folders):
    prompter = Prompter()
    seen = answer(qtbot, choose(folders["stick"]))
    assert prompter.choose_folder("Hand over", folders["desk"]) == folders["stick"]
    assert seen.directory == folders["desk"]
    assert start_folder(EXPORT, folders["desk"]) == folders["stick"].resolve()


def test_a_report_is_first_offered_beside_the_database_not_in_home(qtbot, store):
    workflow = ReportWorkflow(store, Prompter())
    request = ReportRequest(kind_of("unit_sitrep"), *_week47())
    assert workflow.suggested_path(request).parent == store.path.parent


def _week47():
    from datetime import date

    return date(2026, 11, 16), date(2026, 11, 22)


def test_the_first_photo_of_a_visit_is_looked_for_beside_the_database(
    open_window, store, prompter, qtbot, tmp_path
):
    make_qip(store)
    page = open_window().show_page("qips")
    ui = page.editor.ui
    ui.tabs.setCurrentWidget(ui.visitsTab)
    qtbot.mouseClick(ui.addVisitButton, Qt.MouseButton.LeftButton)
    type_in_cell(qtbot, ui.visitsTable, 0, page.editor.FINDINGS, "Drilling done.")
    prompter.photo_path = None  # the officer cancels
    qtbot.mouseClick(ui.addPhotoButton, Qt.MouseButton.LeftButton)
    [(_, folder, _)] = prompter.questions("photo")
    assert Path(folder) == store.path.parent and Path(folder) != Path.home()


def test_a_record_is_first_printed_beside_the_database(window, store, prompter, qtbot, monkeypatch):
    monkeypatch.setattr(print_record, "_last_folder", [])  # as at a fresh start
    qip = make_qip(store, "Borehole for the Kidjigra school")
    page = window.show_page("qips")
    page.reload_list()
    assert page.open_record(qip.id)
    prompter.report_path = None  # cancelled: nothing is written
    page.editor.ui.titleEdit.setFocus()
    qtbot.keyClick(page.editor.ui.titleEdit, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    [(_, _, suggested)] = prompter.questions("report_file")
    assert Path(suggested) == store.path.parent / "BANBAT1-QIP-2026-001.pdf"
