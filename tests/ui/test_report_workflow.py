"""The Reports page's workflow on its own: drafts kept in the database file, previews and
exports written off the UI thread, bad places and failures told to the officer."""

from __future__ import annotations

import errno
import os
import threading
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from scripted_prompter import ScriptedPrompter, make_contact, make_entry

from cimicdesk.reports import commands
from cimicdesk.reports.kinds import ReportRequest, kind_of
from cimicdesk.store import report_drafts
from cimicdesk.store.database import open_database
from cimicdesk.ui import i18n
from cimicdesk.ui.pages.report_workflow import ReportWorkflow
from cimicdesk.ui.widgets.pdf_preview import find_renderer
from cimicdesk.ui.workers import BusyBar, run_task, with_own_store

W47 = (date(2026, 11, 16), date(2026, 11, 22))  # ISO 2026-W47, Monday to Sunday
UNIT_SITREP = ReportRequest(kind_of("unit_sitrep"), *W47)
WAIT_MS = 15_000


class ReportPrompter(ScriptedPrompter):
    """Also answers where to write a report (report_path), whether to open it (no), and
    records what was handed to the desktop's viewer (opened)."""

    def __init__(self):
        super().__init__()
        self.report_path: Path | None = None
        self.opened: list[Path] = []

    def choose_report_file(self, title: str, suggested: Path, file_filter: str):
        self.asked.append(("report_file", title, str(suggested)))
        return self.report_path

    def offer(self, title: str, message: str, *, action: str, dismiss: str = "Close") -> bool:
        self.asked.append(("offer", title, message))
        return False

    def open_file(self, path: Path) -> bool:
        self.opened.append(Path(path))
        return True


@pytest.fixture
def prompter() -> ReportPrompter:
    return ReportPrompter()


@pytest.fixture
def workflow(qtbot, store, prompter):
    made = ReportWorkflow(store, prompter)
    yield made
    qtbot.waitUntil(lambda: made.task is None, timeout=WAIT_MS)  # nothing left running


def pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def written(qtbot, workflow: ReportWorkflow) -> None:
    """Wait for the report being written to be done (finished or failed)."""
    qtbot.waitUntil(lambda: workflow.task is None, timeout=WAIT_MS)


def test_a_saved_text_is_kept_in_the_file_and_comes_back(qtbot, store, db_path, prompter):
    workflow = ReportWorkflow(store, prompter)
    with qtbot.waitSignal(workflow.draft_loaded) as loaded:
        workflow.load(UNIT_SITREP)
    [blank] = loaded.args
    assert blank.key_points == "" and not blank.updated_at
    assert workflow.key == ("unit_sitrep", (), "2026-11-16", "2026-11-22")

    notes: list[str] = []
    workflow.status_message.connect(notes.append)
    with qtbot.waitSignal(workflow.draft_saved) as signal:
        saved = workflow.save({"key_points": "Markets reopened", "location": "Bambari"})
    assert saved is not None and saved.updated_at and signal.args == [saved]
    assert notes == ["Saved the text of the Unit sitrep (weekly)."]
    assert [d.key_points for d in workflow.saved_drafts()] == ["Markets reopened"]
    store.close()

    # Another run of the program over the same file finds it for the same report and week.
    with open_database(db_path) as again:
        later = ReportWorkflow(again, prompter)
        draft = later.load(ReportRequest(kind_of("unit_sitrep"), *W47, paper="Letter"))
        assert (draft.key_points, draft.location) == ("Markets reopened", "Bambari")
        next_week = ReportRequest(kind_of("unit_sitrep"), date(2026, 11, 23), date(2026, 11, 29))
        assert later.load(next_week).key_points == ""
    assert prompter.questions("error") == []


def test_a_report_without_text_or_without_battalions_keeps_no_draft(workflow, prompter):
    assert workflow.load(ReportRequest(kind_of("3w"), *W47)) is None
    nobody = ReportRequest(kind_of("sector_sitrep"), *W47, units=())
    assert workflow.load(nobody) is None and workflow.key is None
    assert workflow.problem(nobody) == "Tick at least one battalion for the sector sitrep."
    assert workflow.save({"key_points": "Nowhere to go"}) is None
    assert workflow.saved_drafts() == []
    assert not workflow.export(nobody)  # told why, nothing asked or written
    [(_, title, text)] = prompter.questions("error")
    assert (title, text) == ("The report cannot be written", workflow.problem(nobody))
    assert prompter.questions("report_file") == []


def test_a_refused_text_is_said_and_not_stored(workflow, store, prompter):
    workflow.load(UNIT_SITREP)
    too_long = "x" * (report_drafts.MAX_TEXT + 1)
    assert workflow.save({"key_points": too_long}) is None
    [(_, title, text)] = prompter.questions("error")
    assert title == "Report text not saved" and "key_points" in text
    assert report_drafts.get_draft(store, "unit_sitrep", (), "2026-11-16", "2026-11-22") is None


def test_export_saves_the_text_first_and_writes_the_report_off_the_ui_thread(
    qtbot, store, prompter, tmp_path
):
    marie = make_contact(store, "Marie Ndoumba")
    make_entry(store, [marie], start="2026-11-17T09:00:00.000Z", purpose="ZEBRA47 water")
    threads: list[threading.Thread] = []

    def opener(database, job, *args):  # the store opener is a collaborator: seen at work
        threads.append(threading.current_thread())
        return with_own_store(database, job, *args)

    workflow = ReportWorkflow(store, prompter, open_store=opener)
    bar = BusyBar()
    qtbot.addWidget(bar)
    workflow.task_started.connect(bar.follow)
    workflow.load(UNIT_SITREP)
    prompter.report_path = tmp_path / "out" / "bn1-week47"  # no suffix: .pdf is added
    with qtbot.waitSignal(workflow.report_written, timeout=WAIT_MS) as done:
        assert workflow.export(UNIT_SITREP, {"key_points": "Cholera cases fall at Elevage"})
        assert bar.isVisible() and bar.label.text() == "Writing the unit sitrep to bn1-week47.pdf…"
    out = tmp_path / "out" / "bn1-week47.pdf"
    assert done.args == [out] and workflow.last_written == out
    written(qtbot, workflow)
    assert not bar.isVisible()
    assert threads and threads[0] is not threading.main_thread()
    text = pdf_text(out)
    assert "Cholera cases fall at Elevage" in text and "ZEBRA47 water" in text
    assert "BANBAT1/CIMIC/SITREP/2026-W47" in text
    # The text was saved before the report was written from the file.
    saved = report_drafts.get_draft(store, "unit_sitrep", (), "2026-11-16", "2026-11-22")
    assert saved.key_points == "Cholera cases fall at Elevage"
    [(_, title, message)] = prompter.questions("offer")
    assert title == "Report written" and str(out) in message
    [(_, _, suggested)] = prompter.questions("report_file")
    assert Path(suggested).name == "BANBAT1-SITREP-2026-W47.pdf"
    # The next export is offered where this one went.
    assert workflow.suggested_path(UNIT_SITREP) == tmp_path / "out" / "BANBAT1-SITREP-2026-W47.pdf"
    assert prompter.questions("error") == []


def test_export_refuses_a_bad_place_with_a_clear_message(
    qtbot, workflow, store, prompter, tmp_path, monkeypatch
):
    workflow.load(UNIT_SITREP)
    unsaved = {"key_points": "Not saved for a bad place"}
    # A file where a folder should be: refused before anything is saved or written.
    notes = tmp_path / "notes.txt"
    notes.write_text("officer's notes", encoding="utf-8")
    prompter.report_path = notes / "week47.pdf"
    assert not workflow.export(UNIT_SITREP, unsaved)
    assert workflow.task is None
    [(_, title, text)] = prompter.questions("error")
    assert title == "The unit sitrep was not written"
    assert text == (
        f"{notes} is a file, not a folder: nothing can be written inside it. Choose another folder."
    )
    assert notes.read_text(encoding="utf-8") == "officer's notes"
    assert report_drafts.get_draft(store, "unit_sitrep", (), "2026-11-16", "2026-11-22") is None

    # A folder instead of a file name: the report command refuses it.
    prompter.report_path = tmp_path
    assert workflow.export(UNIT_SITREP)
    written(qtbot, workflow)
    [_, (_, title, text)] = prompter.questions("error")
    assert title == "The unit sitrep was not written"
    assert text == f"{tmp_path} is a folder: give the name of the file to write."

    # The disk refuses the file: the officer is told what and what to do, not to call
    # whoever looks after the program.
    def full_disk(*_args, **_options):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(commands, "write_sitrep", full_disk)
    prompter.report_path = tmp_path / "week47.pdf"
    assert workflow.export(UNIT_SITREP)
    written(qtbot, workflow)
    [*_, (_, title, text)] = prompter.questions("error")
    assert title == "The unit sitrep was not written"
    assert text == (
        f"The file could not be written ({os.strerror(errno.ENOSPC)}). Choose another folder "
        "or file name, and try again."
    )
    assert prompter.questions("offer") == [] and workflow.last_written is None


def test_one_report_at_a_time(qtbot, workflow, prompter, tmp_path, monkeypatch):
    release = threading.Event()
    real = commands.write_sitrep

    def slow(*args, **options):
        assert release.wait(10)
        return real(*args, **options)

    monkeypatch.setattr(commands, "write_sitrep", slow)
    prompter.report_path = tmp_path / "first.pdf"
    assert workflow.export(UNIT_SITREP)
    running = workflow.task
    assert running is not None and running.running
    prompter.report_path = tmp_path / "second.pdf"
    assert not workflow.export(UNIT_SITREP)
    assert not workflow.preview(UNIT_SITREP, "W47")
    with qtbot.waitSignal(workflow.task_ended, timeout=WAIT_MS):
        release.set()
    assert (tmp_path / "first.pdf").exists() and not (tmp_path / "second.pdf").exists()


@pytest.mark.skipif(find_renderer() is None, reason="pdftoppm is not installed")
def test_preview_renders_the_pages_of_a_private_pdf(qtbot, workflow, store):
    workflow.load(UNIT_SITREP)
    with qtbot.waitSignal(workflow.preview_ready, timeout=WAIT_MS) as ready:
        assert workflow.preview(UNIT_SITREP, "Unit sitrep · W47", {"key_points": "Seen first"})
    title, preview = ready.args
    assert title == "Unit sitrep · W47"
    assert preview.images and not preview.images[0].isNull() and not preview.partial
    assert preview.pdf.parent == workflow.preview_dir
    assert "Seen first" in pdf_text(preview.pdf)
    assert report_drafts.get_draft(store, "unit_sitrep", (), "2026-11-16", "2026-11-22")
    assert list(workflow.preview_dir.rglob("*.png")) == []  # the pages live in memory only


def test_without_a_renderer_the_preview_goes_to_the_pdf_viewer(qtbot, store, prompter):
    workflow = ReportWorkflow(store, prompter, renderer=lambda: None)
    seen: list[object] = []
    workflow.preview_ready.connect(lambda *args: seen.append(args))
    assert workflow.preview(UNIT_SITREP, "W47")
    written(qtbot, workflow)
    [pdf] = prompter.opened
    assert pdf.suffix == ".pdf" and pdf.parent == workflow.preview_dir and pdf.exists()
    assert seen == []
    # A CSV has no pages to look at.
    assert not workflow.preview(ReportRequest(kind_of("3w"), *W47), "3W")


def test_the_officer_is_told_in_french(qapp, workflow, prompter, tmp_path):
    assert i18n.install("fr") == "fr"
    try:
        notes = tmp_path / "notes.txt"
        notes.write_text("x", encoding="utf-8")
        prompter.report_path = notes / "semaine47.pdf"
        assert not workflow.export(UNIT_SITREP)
    finally:
        i18n.uninstall()
    [(_, title, text)] = prompter.questions("error")
    assert title == "Le SITREP d'unité n'a pas été écrit"
    assert text == (
        f"{notes} est un fichier, pas un dossier\u00a0: rien ne peut y être écrit. "
        "Choisissez un autre dossier."
    )


def test_the_busy_bar_stays_while_the_newer_of_two_tasks_runs(qtbot):
    release = threading.Event()
    bar = BusyBar()
    qtbot.addWidget(bar)
    first = run_task("first", lambda: None, parent=bar)
    bar.follow(first)
    second = run_task("second", release.wait, 10, parent=bar)
    bar.follow(second)
    qtbot.waitUntil(lambda: not first.running, timeout=WAIT_MS)
    qtbot.wait(50)  # the first task's ended() has been delivered
    assert bar.isVisible() and bar.task is second and bar.label.text().startswith("second")
    with qtbot.waitSignal(second.ended, timeout=WAIT_MS):
        release.set()
    assert not bar.isVisible() and bar.task is None
