"""Reports page: week picker, drafts kept per report and period, export and preview off
the UI thread, failures shown, sector sitrep by battalion."""

from __future__ import annotations

import csv
import stat
import threading
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QDate, Qt, QTimer
from scripted_prompter import ScriptedPrompter, make_contact, make_entry

from cimicdesk.app import build_main_window
from cimicdesk.reports import commands
from cimicdesk.store import report_drafts, work_folder
from cimicdesk.store.database import open_database, write_meta
from cimicdesk.ui.pages import reports as reports_page
from cimicdesk.ui.widgets.pdf_preview import find_renderer

W47 = ("2026-11-16", "2026-11-22")  # ISO 2026-W47, Monday to Sunday


class ReportPrompter(ScriptedPrompter):
    """Also answers where to write a report, whether to open it, and records openings.

    Attributes: report_path (what choose_report_file answers), offer_answers (popped in
    turn; False once they run out), opened (paths shown in the desktop's viewer).
    """

    def __init__(self):
        super().__init__()
        self.report_path: Path | None = None
        self.offer_answers: list[bool] = []
        self.opened: list[Path] = []

    def choose_report_file(self, title: str, suggested: Path, file_filter: str):
        self.asked.append(("report_file", title, str(suggested)))
        return self.report_path

    def offer(self, title: str, message: str, *, action: str, dismiss: str = "Close") -> bool:
        self.asked.append(("offer", title, message))
        return self.offer_answers.pop(0) if self.offer_answers else False

    def open_file(self, path: Path) -> bool:
        self.opened.append(Path(path))
        return True


@pytest.fixture
def prompter() -> ReportPrompter:
    return ReportPrompter()


@pytest.fixture
def open_page(open_window):
    def _open():
        window = open_window()
        page = window.show_page("reports")
        page.period_picker.set_week(2026, 47)
        return window, page

    return _open


def week_meetings(store, unit: str = "", tag: str = "ZEBRA"):
    """Two meetings in 2026-W47 and one the week before, of one unit ('' = the file's)."""
    marie = make_contact(store, f"Marie Ndoumba {tag}")
    kw = {"origin_unit": unit} if unit else {}
    make_entry(store, [marie], start="2026-11-17T09:00:00.000Z", purpose=f"{tag}47 water", **kw)
    make_entry(store, [marie], start="2026-11-21T15:00:00.000Z", purpose=f"{tag}47 market", **kw)
    make_entry(store, [marie], start="2026-11-12T09:00:00.000Z", purpose=f"{tag}46 old", **kw)


def pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def export(qtbot, page, prompter, out: Path) -> None:
    prompter.report_path = out
    qtbot.mouseClick(page.ui.exportButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.workflow.task is None, timeout=10_000)


def type_into(qtbot, widget, text: str) -> None:
    widget.setFocus()
    qtbot.keyClicks(widget, text)


def test_choosing_a_week_shows_its_monday_to_sunday(open_page, qtbot):
    _window, page = open_page()
    picker = page.period_picker
    assert picker.dates_label.text() == "Mon 16 Nov – Sun 22 Nov 2026"
    assert page.ui.textTitle.text() == "Text of the unit sitrep · 2026-W47, 16–22 Nov 2026"
    assert page.fields["report_no"].placeholderText() == "BANBAT1/CIMIC/SITREP/2026-W47"
    qtbot.mouseClick(picker.next_button, Qt.MouseButton.LeftButton)
    assert picker.week_spin.value() == 48
    assert picker.dates_label.text() == "Mon 23 Nov – Sun 29 Nov 2026"
    # 2026 has 53 ISO weeks; its last runs into 2027.
    picker.week_spin.setValue(53)
    assert picker.dates_label.text() == "Mon 28 Dec 2026 – Sun 3 Jan 2027"
    qtbot.mouseClick(picker.next_button, Qt.MouseButton.LeftButton)
    assert (picker.year_spin.value(), picker.week_spin.value()) == (2027, 1)
    assert picker.dates_label.text() == "Mon 4 Jan – Sun 10 Jan 2027"
    assert picker.week_spin.maximum() == 52  # 2027 has 52
    # A custom range starts from the week shown and says how long it is.
    qtbot.mouseClick(picker.dates_radio, Qt.MouseButton.LeftButton)
    assert picker.start_edit.isVisible() and not picker.year_spin.isVisible()
    assert picker.dates() == (date(2027, 1, 4), date(2027, 1, 10))
    picker.set_dates(date(2026, 11, 1), date(2026, 11, 30))
    assert picker.dates_label.text() == "Sun 1 Nov – Mon 30 Nov 2026  ·  30 days"
    assert page.draft_key() == ("unit_sitrep", (), "2026-11-01", "2026-11-30")


def test_draft_text_is_saved_and_comes_back_for_its_period(open_page, prompter, store, qtbot):
    window, page = open_page()
    key_points = page.fields["key_points"]
    type_into(qtbot, key_points, "Markets reopened in Bambari")
    type_into(qtbot, page.fields["location"], "Bambari")
    assert page.is_dirty() and page in window.dirty_pages()
    assert "not saved" in page.ui.draftStatusLabel.text()
    qtbot.keyClick(key_points, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not page.is_dirty()
    assert page.ui.draftStatusLabel.text().startswith("Draft saved ")
    saved = report_drafts.get_draft(store, "unit_sitrep", (), *W47)
    assert saved.key_points == "Markets reopened in Bambari" and saved.location == "Bambari"

    # Unsaved words: moving to another week asks first; keeping them stays on W47.
    type_into(qtbot, key_points, " again")
    prompter.confirm_answers = [False]
    qtbot.mouseClick(page.period_picker.next_button, Qt.MouseButton.LeftButton)
    [(_, title, question)] = prompter.questions("confirm")
    assert title == "Unsaved report text" and "2026-W47" in question
    assert page.period_picker.week_spin.value() == 47
    assert key_points.toPlainText() == "Markets reopened in Bambari again"
    # Letting them go shows the next week's (empty) text …
    qtbot.mouseClick(page.period_picker.next_button, Qt.MouseButton.LeftButton)
    assert page.period_picker.week_spin.value() == 48
    assert key_points.toPlainText() == "" and not page.is_dirty()
    # … and going back brings the saved text, not the discarded one.
    qtbot.mouseClick(page.period_picker.previous_button, Qt.MouseButton.LeftButton)
    assert key_points.toPlainText() == "Markets reopened in Bambari"
    assert page.fields["location"].text() == "Bambari"
    assert len(prompter.questions("confirm")) == 2

    # The saved texts list opens a report and period directly.
    page.period_picker.set_week(2026, 50)
    [item] = [page.ui.draftsList.item(r) for r in range(page.ui.draftsList.count())]
    assert item.text() == "Unit sitrep (weekly) · 2026-W47, 16–22 Nov 2026"
    assert page.open_draft(item.data(reports_page.DRAFT_ROLE))
    assert key_points.toPlainText() == "Markets reopened in Bambari"


def test_save_in_the_prompt_keeps_the_text_under_the_week_it_was_written_for(
    open_page, prompter, store, qtbot
):
    _window, page = open_page()
    key_points = page.fields["key_points"]
    type_into(qtbot, key_points, "Bridge at Ouaka repaired")
    prompter.unsaved_answers = ["save"]
    qtbot.mouseClick(page.period_picker.next_button, Qt.MouseButton.LeftButton)
    # Saved under W47, where it was typed, not under the week the picker moved to …
    assert report_drafts.get_draft(store, "unit_sitrep", (), *W47).key_points == (
        "Bridge at Ouaka repaired"
    )
    # … and the page went on to W48 and its (empty) text.
    assert page.period_picker.week_spin.value() == 48
    assert key_points.toPlainText() == "" and not page.is_dirty()
    assert not prompter.unsaved_answers


def test_export_writes_the_typed_text_and_the_weeks_meetings(
    open_page, prompter, store, qtbot, tmp_path
):
    week_meetings(store)
    _window, page = open_page()
    type_into(qtbot, page.fields["key_points"], "Cholera cases fall at Elevage")
    page.fields["marking"].setEditText("UN CONFIDENTIAL")
    prompter.offer_answers = [True]
    export(qtbot, page, prompter, tmp_path / "out" / "bn1-week47")  # no suffix: .pdf added

    written = tmp_path / "out" / "bn1-week47.pdf"
    assert page.workflow.last_written == written and written.exists()
    [(_, title, message)] = prompter.questions("offer")
    assert title == "Report written" and str(written) in message
    assert prompter.opened == [written]  # "Open it" was chosen
    assert prompter.questions("error") == []
    text = pdf_text(written)
    assert "Cholera cases fall at Elevage" in text
    assert "ZEBRA47 water" in text and "ZEBRA47 market" in text
    assert "ZEBRA46" not in text
    assert "UN CONFIDENTIAL" in text
    assert "BANBAT1/CIMIC/SITREP/2026-W47" in text  # the number the form offered
    # Export saved the text first: it is the draft of this report and week.
    draft = report_drafts.get_draft(store, "unit_sitrep", (), *W47)
    assert draft.key_points == "Cholera cases fall at Elevage"
    assert draft.marking == "UN CONFIDENTIAL"
    assert not page.is_dirty()
    [(_, _, suggested)] = prompter.questions("report_file")
    assert suggested.endswith("BANBAT1-SITREP-2026-W47.pdf")


def test_sector_sitrep_of_two_ticked_battalions(open_page, prompter, store, qtbot, tmp_path):
    week_meetings(store, "", tag="OWN")
    week_meetings(store, "BANBAT 2", tag="TWO")
    week_meetings(store, "BANBAT 3", tag="THREE")
    _window, page = open_page()
    page.set_kind("sector_sitrep")
    assert page.ui.unitsGroup.isVisible()
    assert page.unit_names() == ["BANBAT 1", "BANBAT 2", "BANBAT 3"]
    assert page.checked_units() == page.unit_names()
    assert page.draft_key() == ("sector_sitrep", (), *W47)  # every unit: the usual report
    page.ui.unitsList.item(0).setCheckState(Qt.CheckState.Unchecked)
    assert page.draft_key() == ("sector_sitrep", ("BANBAT 2", "BANBAT 3"), *W47)
    type_into(qtbot, page.fields["key_points"], "Two battalions reported")
    export(qtbot, page, prompter, tmp_path / "sector.pdf")

    text = pdf_text(tmp_path / "sector.pdf")
    assert "Sector CIMIC situation report" in text
    assert "Two battalions reported" in text
    for tag in ("TWO", "THREE"):
        assert f"{tag}47 water" in text and f"{tag}46" not in text
    assert "OWN47" not in text
    draft = report_drafts.get_draft(store, "sector_sitrep", ["BANBAT 3", "BANBAT 2"], *W47)
    assert draft.key_points == "Two battalions reported"
    # No battalion ticked: nothing to write, and the page says why.
    qtbot.mouseClick(page.ui.noUnitsButton, Qt.MouseButton.LeftButton)
    assert page.ui.problemLabel.text() == "Tick at least one battalion for the sector sitrep."
    assert not page.ui.exportButton.isEnabled() and page.draft_key() is None


def test_a_failed_export_shows_the_message(open_page, prompter, qtbot, tmp_path):
    _window, page = open_page()
    export(qtbot, page, prompter, tmp_path)  # a folder, not a file
    [(_, title, message)] = prompter.questions("error")
    assert title == "The unit sitrep was not written"
    assert "is a folder" in message
    assert prompter.questions("offer") == []
    assert not page.ui.busyBar.isVisible() and page.ui.exportButton.isEnabled()


def test_export_runs_off_the_ui_thread_with_progress(
    open_page, prompter, store, qtbot, tmp_path, monkeypatch
):
    release = threading.Event()
    seen: dict[str, object] = {}
    real = commands.write_sitrep

    def slow_sitrep(worker_store, out, **options):
        seen["thread"] = threading.current_thread()
        seen["store"] = worker_store
        assert release.wait(10)
        return real(worker_store, out, **options)

    monkeypatch.setattr(commands, "write_sitrep", slow_sitrep)
    _window, page = open_page()
    prompter.report_path = tmp_path / "slow.pdf"
    qtbot.mouseClick(page.ui.exportButton, Qt.MouseButton.LeftButton)
    task = page.workflow.task
    assert task is not None and task.running
    assert page.ui.busyBar.isVisible() and not page.ui.exportButton.isEnabled()
    assert page.ui.busyBar.label.text() == "Writing the unit sitrep to slow.pdf…"
    # The event loop keeps turning while the report is being written.
    ticks: list[int] = []
    QTimer.singleShot(50, lambda: ticks.append(1))
    qtbot.waitUntil(lambda: ticks == [1])
    assert "thread" in seen and task.running
    with qtbot.waitSignal(task.finished, timeout=10_000) as finished:
        release.set()
    assert finished.args == [tmp_path / "slow.pdf"]
    assert seen["thread"] is not threading.main_thread()
    assert seen["store"] is not store  # the worker opened its own connection
    assert not page.ui.busyBar.isVisible() and page.workflow.task is None
    assert (tmp_path / "slow.pdf").exists()


def test_handover_brief_and_3w_export(open_page, prompter, store, qtbot, tmp_path):
    _window, page = open_page()
    page.set_kind("handover_brief")
    page.ui.asOfEdit.setDate(QDate(2026, 11, 25))
    assert page.draft_key() == ("handover_brief", (), "2026-11-25", "2026-11-25")
    assert page.field_labels["prepared_by"].text() == "Handed over &by"
    assert not page.fields["civil_situation"].isVisible()
    type_into(qtbot, page.fields["assessment"], "Watch the Kpata land dispute")
    type_into(qtbot, page.fields["prepared_by"], "Capt Rahman")
    export(qtbot, page, prompter, tmp_path / "brief.pdf")
    text = pdf_text(tmp_path / "brief.pdf")
    assert "Watch the Kpata land dispute" in text and "Capt Rahman" in text

    page.set_kind("3w")
    assert page.ui.textStack.currentWidget() is page.ui.noTextLabel
    assert not page.ui.previewButton.isEnabled() and page.ui.exportButton.text() == "&Export CSV…"
    export(qtbot, page, prompter, tmp_path / "qips")
    with (tmp_path / "qips.csv").open(encoding="utf-8") as handle:
        rows = list(csv.reader(handle))
    assert "#org+impl" in rows[1]
    assert prompter.questions("error") == []


@pytest.mark.skipif(find_renderer() is None, reason="pdftoppm is not installed")
def test_preview_shows_the_pages_in_the_program(open_page, prompter, store, qtbot):
    week_meetings(store)
    _window, page = open_page()
    type_into(qtbot, page.fields["key_points"], "Seen in the preview")
    qtbot.mouseClick(page.ui.previewButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.workflow.task is None, timeout=10_000)
    preview = page.preview_window
    assert preview is not None and preview.isVisible()
    qtbot.addWidget(preview)
    assert preview.page_count >= 2
    assert not preview.page_labels[0].pixmap().isNull()
    assert preview.title_label.text() == "Unit sitrep (weekly) · 2026-W47, 16–22 Nov 2026"
    assert "Seen in the preview" in pdf_text(preview.pdf)
    assert report_drafts.get_draft(store, "unit_sitrep", (), *W47).key_points
    assert list(page.workflow.preview_dir.rglob("*.png")) == []  # pages are kept in memory only
    qtbot.mouseClick(preview.open_button, Qt.MouseButton.LeftButton)
    assert prompter.opened == [preview.pdf]


def test_without_a_renderer_the_preview_opens_in_the_pdf_viewer(open_page, prompter, qtbot):
    _window, page = open_page()
    page.workflow.renderer = lambda: None
    qtbot.mouseClick(page.ui.previewButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.workflow.task is None, timeout=10_000)
    [pdf] = prompter.opened
    assert pdf.suffix == ".pdf" and pdf.exists() and pdf.parent == page.workflow.preview_dir
    # The preview names people: it is kept beside the database, in a private folder.
    assert page.workflow.preview_dir.parent == work_folder.root(page.store.path)
    assert stat.S_IMODE(page.workflow.preview_dir.stat().st_mode) == 0o700
    assert page.preview_window is None


def test_a_handed_over_file_shows_its_text_read_only_and_still_exports(
    qtbot, store, db_path, prompter, tmp_path
):
    week_meetings(store)
    report_drafts.save_draft(
        store,
        report_drafts.ReportDraft(
            kind="unit_sitrep", period_start=W47[0], period_end=W47[1], key_points="Kept text"
        ),
    )
    write_meta(store.db, state="handed_over")
    store.db.conn.commit()
    store.close()
    with open_database(db_path) as handed_over:
        window = build_main_window(handed_over, prompter)
        qtbot.addWidget(window)
        page = window.show_page("reports")
        page.period_picker.set_week(2026, 47)
        key_points = page.fields["key_points"]
        assert key_points.toPlainText() == "Kept text" and key_points.isReadOnly()
        assert "read-only" in page.ui.draftStatusLabel.text()
        assert not page.save_action.isEnabled() and not page.save_draft()
        export(qtbot, page, prompter, tmp_path / "handed-over.pdf")
        assert "Kept text" in pdf_text(tmp_path / "handed-over.pdf")
        assert prompter.questions("error") == []
