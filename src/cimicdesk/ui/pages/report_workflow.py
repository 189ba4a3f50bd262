"""The Reports page's workflow: a report's text kept as its draft, and the report written
for a preview or an export on a worker thread, with the officer told how it went.

The workflow owns no widget. The page hands it what is chosen (a reports.kinds
ReportRequest) and the form's text; it answers with signals. Its collaborators are
explicit: the window's Store, the Prompter (every question and error), how a worker opens
its own connection to the file (workers.with_own_store) and how a job is handed to the
worker pool (a workers.Task).
"""

from __future__ import annotations

import atexit
import contextlib
import functools
import logging
import shutil
import subprocess
import tempfile
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Signal
from PySide6.QtGui import QImage

from cimicdesk.domain.errors import CimicError
from cimicdesk.reports.kinds import DraftKey, ReportKind, ReportRequest, kind_of, write_report
from cimicdesk.store import report_drafts
from cimicdesk.store.database import Store
from cimicdesk.store.report_drafts import ReportDraft
from cimicdesk.store.work_folder import WorkFolder
from cimicdesk.ui.i18n import message
from cimicdesk.ui.prompts import Prompter
from cimicdesk.ui.widgets.pdf_preview import (
    FIRST_PAGES,
    MAX_PAGES,
    PageRenderer,
    count_pages,
    find_renderer,
    render_images,
)
from cimicdesk.ui.workers import Task, with_own_store

log = logging.getLogger(__name__)

# Marked for lupdate in the context 'ReportWorkflow', shown with self.tr().
PDF_FILTER = QT_TRANSLATE_NOOP("ReportWorkflow", "PDF documents (*.pdf);;All files (*)")
CSV_FILTER = QT_TRANSLATE_NOOP("ReportWorkflow", "CSV files (*.csv);;All files (*)")
WORD_FILTER = QT_TRANSLATE_NOOP("ReportWorkflow", "Word documents (*.docx);;All files (*)")
FILTERS = {"pdf": PDF_FILTER, "csv": CSV_FILTER, "docx": WORD_FILTER}

# open_store(database, job, *args) runs job(store, *args) on a connection of its own.
StoreOpener = Callable[..., Any]
# make_task(description, function, *args, parent=...) gives a Task not yet started.
TaskMaker = Callable[..., Task]


@dataclass(frozen=True)
class Preview:
    """A report written for a look: the PDF, its first pages as images ([] = no
    renderer), whether it has more than MAX_PAGES pages (partial) and how many of its
    pages the preview shows (pages: the others are rendered when scrolled to)."""

    pdf: Path
    images: list[QImage]
    partial: bool
    pages: int = 0


def write_preview(
    store: Store,
    out: Path,
    request: ReportRequest,
    renderer: str | None,
    superseded: threading.Event | None = None,
) -> Preview | None:
    """Write the report to `out` and render its first pages, as many as show at once
    (worker); None when `superseded` was set meanwhile (a newer preview was asked for)."""
    pdf = write_report(store, out, request)
    if not renderer:
        return Preview(pdf, [], False)
    if superseded is not None and superseded.is_set():
        return None
    try:
        total = count_pages(pdf)
        if total:
            images = render_images(pdf, 1, min(total, MAX_PAGES, FIRST_PAGES), renderer=renderer)
        else:  # pages not counted: render them all, as many as are shown
            images = render_images(pdf, 1, MAX_PAGES + 1, renderer=renderer)
            total = len(images)
            images = images[:MAX_PAGES]
    except (OSError, ValueError, subprocess.SubprocessError) as exc:
        # The PDF itself is fine: it goes to the desktop's viewer instead.
        log.warning("pdftoppm could not render %s: %s", pdf, exc)
        return Preview(pdf, [], False)
    if not images:
        return Preview(pdf, [], False)
    return Preview(pdf, images, total > MAX_PAGES, max(len(images), min(total, MAX_PAGES)))


def page_renderer(renderer: str | None) -> PageRenderer:
    """What renders the pages a preview scrolls to, with this pdftoppm."""
    return functools.partial(render_images, renderer=renderer)


def preview_folder(database: Path) -> Path:
    """A private folder for preview files beside the database, removed when the program
    ends (or, if it dies, at the next start: store/work_folder.py).

    Reports name people who talk to the military: previews are not left lying around,
    and never in the system's temp folder.
    """
    try:
        folder = WorkFolder(database, "preview")  # mode 0700
    except OSError:
        # A database on read-only media (a CD, a locked stick): nothing can be written
        # beside it; the system's temp folder is the only place left (mode 0700 too).
        path = Path(tempfile.mkdtemp(prefix="cimicdesk-preview-"))
        atexit.register(shutil.rmtree, path, True)
        return path
    atexit.register(folder.remove)
    return folder.path


class ReportWorkflow(QObject):
    """Drafts, previews and exports of the report the page has chosen.

    Attributes: store, prompter, open_store (StoreOpener), make_task (TaskMaker),
    renderer (gives pdftoppm's path or None), key (the DraftKey of the text shown, or
    None), draft (its ReportDraft as loaded or saved, or None), task (the running Task
    or None; one at a time), last_written (Path of the last export), export_folder
    (where the next export is offered), preview_dir (private folder, made on first
    preview).
    """

    draft_loaded = Signal(object)  # the ReportDraft now shown, or None: no text to write
    draft_saved = Signal(object)  # the ReportDraft as stored
    task_started = Signal(object)  # the Task writing a report
    task_ended = Signal()
    report_written = Signal(object)  # the Path of an export
    preview_ready = Signal(str, object)  # title, Preview with its pages
    status_message = Signal(str)  # a short note for the status bar

    def __init__(
        self,
        store: Store,
        prompter: Prompter,
        *,
        open_store: StoreOpener = with_own_store,
        make_task: TaskMaker = Task,
        renderer: Callable[[], str | None] = find_renderer,
        parent: QObject | None = None,
    ):
        super().__init__(parent)
        self.store = store
        self.prompter = prompter
        self.open_store = open_store
        self.make_task = make_task
        self.renderer = renderer
        self.key: DraftKey | None = None
        self.draft: ReportDraft | None = None
        self.task: Task | None = None
        self.last_written: Path | None = None
        self.export_folder: Path | None = None
        self.preview_dir: Path | None = None
        self._job: tuple[ReportKind, str] | None = None
        self._previews = 0
        self._superseded: threading.Event | None = None  # set: the preview running is dropped

    # The text --------------------------------------------------------------------------

    def read_only(self) -> str:
        """Why the file's drafts cannot be changed ('' when they can)."""
        return self.store.read_only_reason()

    def load(self, request: ReportRequest) -> ReportDraft | None:
        """Make the request's saved text (blank when none was written) the one shown."""
        self.key = request.draft_key(self.store)
        self.draft = (
            None if self.key is None else report_drafts.draft_or_blank(self.store, *self.key)
        )
        self.draft_loaded.emit(self.draft)
        return self.draft

    def save(self, values: dict[str, str]) -> ReportDraft | None:
        """Keep `values` (draft field -> text) as the text shown; the draft as stored, or
        None when it is not saved (nothing shown, a read-only file, or refused: said)."""
        if self.key is None or self.read_only():
            return None
        kind, units, start, end = self.key
        draft = ReportDraft(kind=kind, units=units, period_start=start, period_end=end, **values)
        try:
            saved = report_drafts.save_draft(self.store, draft)
        except CimicError as exc:
            self.prompter.error(self.tr("Report text not saved"), message(exc))
            return None
        self.draft = saved
        self.draft_saved.emit(saved)
        self.status_message.emit(
            self.tr("Saved the text of the {report}.").format(report=message(kind_of(kind).title))
        )
        return saved

    def saved_drafts(self) -> list[ReportDraft]:
        """Every text kept in the file, newest period first."""
        return report_drafts.list_drafts(self.store)

    def _save_first(self, unsaved: dict[str, str] | None) -> bool:
        """Preview and Export write what the form shows: its unsaved text is saved first."""
        if unsaved is None or self.read_only():
            return True
        return self.save(unsaved) is not None

    # Writing files ---------------------------------------------------------------------

    def problem(self, request: ReportRequest) -> str:
        """Why the report cannot be written as chosen ('' when it can)."""
        if request.lacks_units:
            return self.tr("Tick at least one battalion for the sector sitrep.")
        return ""

    def suggested_path(self, request: ReportRequest, suffix: str = "") -> Path:
        """Where the export is offered: the last export's folder, else beside the database; its
        name ends in `suffix` ('docx': a Word copy) or the kind's own."""
        folder = self.export_folder or self.store.path.parent
        name = Path(request.file_name(self.store.unit.code))
        return folder / (name.with_suffix(f".{suffix}") if suffix else name)

    def _file_problem(self, out: Path) -> str:
        """Why a report cannot go to `out`, told before any work ('' when it may)."""
        holder = out.parent  # the folder that will hold it: the nearest that exists
        while not holder.exists() and holder != holder.parent:
            holder = holder.parent
        if holder.exists() and not holder.is_dir():
            return self.tr(
                "{path} is a file, not a folder: nothing can be written inside it. Choose "
                "another folder."
            ).format(path=holder)
        return ""

    def _can_start(self, request: ReportRequest) -> bool:
        """Nothing running and nothing missing (else the officer is told what)."""
        if self.task is not None:
            return False
        problem = self.problem(request)
        if problem:
            self.prompter.error(self.tr("The report cannot be written"), problem)
            return False
        return True

    def export(
        self, request: ReportRequest, unsaved: dict[str, str] | None = None, suffix: str = ""
    ) -> bool:
        """Ask where, save the unsaved text, and write the report on a worker thread
        (`suffix` 'docx': as a Word document; the file's suffix chooses the format);
        False when nothing was started."""
        if not self._can_start(request):
            return False
        kind = request.kind
        noun = message(kind.noun)
        suffix = suffix if kind.is_pdf and suffix in FILTERS else kind.suffix
        out = self.prompter.choose_report_file(
            self.tr("Export the {report}").format(report=noun),
            self.suggested_path(request, suffix),
            self.tr(FILTERS[suffix]),
        )
        if out is None:
            return False
        problem = self._file_problem(out)
        if problem:
            self.prompter.error(
                self.tr("The {report} was not written").format(report=noun), problem
            )
            return False
        if not self._save_first(unsaved):
            return False
        if not out.suffix and not out.is_dir():
            out = out.with_suffix(f".{suffix}")
        task = self.make_task(
            self.tr("Writing the {report} to {file}").format(report=noun, file=out.name),
            self.open_store,
            self.store.path,
            write_report,
            out,
            request,
            parent=self,
        )
        task.finished.connect(self._exported)
        self._start(task, kind, out.name)
        return True

    @property
    def previewing(self) -> bool:
        """Whether the task running is a preview (a new preview replaces it)."""
        return self.task is not None and self._superseded is not None

    def preview(
        self, request: ReportRequest, title: str, unsaved: dict[str, str] | None = None
    ) -> bool:
        """Save the unsaved text, write the report to a private folder and render its
        first pages (preview_ready shows them under `title`); a preview still being made
        is superseded: its result is dropped. False when nothing was started."""
        kind = request.kind
        if not kind.is_pdf:
            return False
        if self.previewing and not self.problem(request):
            self._supersede()
        if not self._can_start(request) or not self._save_first(unsaved):
            return False
        if self.preview_dir is None:
            self.preview_dir = preview_folder(self.store.path)
        for old in self.preview_dir.glob("*.pdf"):
            with contextlib.suppress(OSError):  # Windows: still open in a viewer
                old.unlink()
        self._previews += 1
        stem = Path(request.file_name(self.store.unit.code)).stem
        out = self.preview_dir / f"{stem}-{self._previews}.pdf"
        superseded = threading.Event()
        task = self.make_task(
            self.tr("Preparing the preview of the {report}").format(report=message(kind.noun)),
            self.open_store,
            self.store.path,
            write_preview,
            out,
            request,
            self.renderer(),
            superseded,
            parent=self,
        )
        task.finished.connect(self._previewed)
        self._start(task, kind, title, superseded)
        return True

    def _supersede(self) -> None:
        """Drop the preview being made: its worker stops before rendering, and what it
        gives is not shown (nothing listens to it any more)."""
        old = self.task
        if old is None or self._superseded is None:
            return
        self._superseded.set()
        for signal in (old.finished, old.failed, old.ended):
            with contextlib.suppress(RuntimeError, TypeError):
                signal.disconnect()
        self.task = None
        self._superseded = None
        self.status_message.emit(self.tr("The preview asked for before was dropped."))

    def page_renderer(self) -> PageRenderer | None:
        """What renders a preview's other pages when they are scrolled to (None: no
        pdftoppm on this computer)."""
        program = self.renderer()
        return page_renderer(program) if program else None

    def _start(
        self,
        task: Task,
        kind: ReportKind,
        what: str,
        superseded: threading.Event | None = None,
    ) -> None:
        """Run `task` (superseded: set when a newer preview replaces it; None: not a
        preview)."""
        self.task = task
        self._superseded = superseded
        self._job = (kind, what)
        task.ended.connect(self._task_ended)
        task.failed.connect(self._failed)
        self.task_started.emit(task)
        task.start()

    def _task_ended(self) -> None:
        self.task = None
        self._superseded = None
        self.task_ended.emit()

    def _job_noun(self) -> str:
        return message(self._job[0].noun) if self._job else ""

    def _exported(self, path: Path) -> None:
        self.last_written = path
        self.export_folder = path.parent
        noun = self._job_noun()
        self.status_message.emit(
            self.tr("The {report} was written to {path}.").format(report=noun, path=path)
        )
        self.report_written.emit(path)
        opened = self.prompter.offer(
            self.tr("Report written"),
            self.tr("The {report} was written to:\n\n{path}").format(report=noun, path=path),
            action=self.tr("&Open it"),
        )
        if opened and not self.prompter.open_file(path):
            self.prompter.error(
                self.tr("The file could not be opened"),
                self.tr(
                    "No program on this computer opens {suffix} files. The file is in {folder}."
                ).format(suffix=path.suffix, folder=path.parent),
            )

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, CimicError):
            text = message(error)
        elif isinstance(error, OSError):
            # The place chosen refused the file (no permission, a full disk, a stick
            # pulled out): the officer can choose another; nothing is wrong with the program.
            text = self.tr(
                "The file could not be written ({reason}). Choose another folder or file "
                "name, and try again."
            ).format(reason=error.strerror or error)
        else:
            text = self.tr(
                "Something unexpected went wrong ({error}). The report was not written; please "
                "tell whoever looks after CIMIC Desk."
            ).format(error=f"{type(error).__name__}: {error}")
        self.prompter.error(
            self.tr("The {report} was not written").format(report=self._job_noun()), text
        )

    def _previewed(self, preview: Preview | None) -> None:
        if preview is None:  # superseded (its signals are normally disconnected first)
            return
        if not preview.images:
            # No renderer here (e.g. Windows without poppler): the desktop's PDF viewer.
            if not self.prompter.open_file(preview.pdf):
                self.prompter.error(
                    self.tr("No PDF viewer"),
                    self.tr(
                        "This computer has no program to show PDF files. The preview is in "
                        "{path}; Export writes the report where you choose."
                    ).format(path=preview.pdf),
                )
            return
        self.preview_ready.emit(self._job[1] if self._job else "", preview)
