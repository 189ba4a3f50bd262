"""The Reports page: choose a report and its period, write its text, preview and export it.

The officer's text is kept as the report draft of (kind, units, period) with
store.report_drafts; coming back to the same report and period brings it back. Preview
and Export save it first, then write the file on a worker thread (ui.workers) with its
own connection to the database file, so the window stays usable meanwhile.
"""

from __future__ import annotations

import atexit
import contextlib
import logging
import shutil
import subprocess
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QStandardPaths, Qt
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from cimicdesk.domain.errors import CimicError
from cimicdesk.domain.timeutil import display_stamp, utc_now
from cimicdesk.i18n import catalogue
from cimicdesk.reports import commands
from cimicdesk.reports import data as report_data
from cimicdesk.store import report_drafts
from cimicdesk.store.database import Store
from cimicdesk.store.qips import count_qips
from cimicdesk.store.report_drafts import ReportDraft
from cimicdesk.store.work_folder import WorkFolder
from cimicdesk.ui.editors.base import ERROR_STYLE
from cimicdesk.ui.i18n import LANGUAGES, current_language, message
from cimicdesk.ui.pages.base import Page
from cimicdesk.ui.prompts import Prompter
from cimicdesk.ui.widgets.pdf_preview import (
    MAX_PAGES,
    PreviewWindow,
    find_renderer,
    load_images,
    render_pages,
)
from cimicdesk.ui.widgets.period import (
    PeriodPicker,
    PeriodState,
    day_text,
    from_qdate,
    iso_week_of,
    to_qdate,
)
from cimicdesk.ui.workers import BusyBar, Task, with_own_store

log = logging.getLogger(__name__)

# The page's fixed texts are English, marked for lupdate in the context 'ReportsPage' and
# shown with self.tr().
PDF_FILTER = QT_TRANSLATE_NOOP("ReportsPage", "PDF documents (*.pdf);;All files (*)")
CSV_FILTER = QT_TRANSLATE_NOOP("ReportsPage", "CSV files (*.csv);;All files (*)")
MARKINGS = ("UN RESTRICTED", "UNCLASSIFIED", "UN CONFIDENTIAL", "STRICTLY CONFIDENTIAL")
NOTE_STYLE = "color: #555;"
CHOICES_WIDTH = 340  # the column of choosers; its notes wrap within it
NOTE_WIDTH = CHOICES_WIDTH - 24  # a note's width inside a group box of that column


@dataclass(frozen=True)
class ReportKind:
    """One kind of report the page writes.

    Attributes: key (a draft kind of store.report_drafts, or '3w'), title (in the list),
    noun (in sentences), code (in file names), about (what it is), suffix ('pdf' or
    'csv'), period ('range', 'day' or '' for none). title, noun and about are English,
    translated where shown.
    """

    key: str
    title: str
    noun: str
    code: str
    about: str
    suffix: str
    period: str

    @property
    def has_draft(self) -> bool:
        return self.key in report_drafts.KINDS


KINDS = (
    ReportKind(
        "unit_sitrep",
        QT_TRANSLATE_NOOP("ReportsPage", "Unit sitrep (weekly)"),
        QT_TRANSLATE_NOOP("ReportsPage", "unit sitrep"),
        "SITREP",
        QT_TRANSLATE_NOOP(
            "ReportsPage",
            "This unit's situation report for a week (or any period): the ten sections of "
            "the CIMIC sitrep, with the period's meetings, incidents, QIPs and requests.",
        ),
        "pdf",
        "range",
    ),
    ReportKind(
        "sector_sitrep",
        QT_TRANSLATE_NOOP("ReportsPage", "Sector sitrep"),
        QT_TRANSLATE_NOOP("ReportsPage", "sector sitrep"),
        "SECSITREP",
        QT_TRANSLATE_NOOP(
            "ReportsPage",
            "One sitrep for the battalions of a merged sector file, grouped by battalion, "
            "with sector totals.",
        ),
        "pdf",
        "range",
    ),
    ReportKind(
        "handover_brief",
        QT_TRANSLATE_NOOP("ReportsPage", "Handover brief"),
        QT_TRANSLATE_NOOP("ReportsPage", "handover brief"),
        "HANDOVER",
        QT_TRANSLATE_NOOP(
            "ReportsPage",
            "For the incoming contingent, as of a day: key organisations and contacts, open "
            "actions, running QIPs, open incidents and requests, the last four weeks.",
        ),
        "pdf",
        "day",
    ),
    ReportKind(
        "3w",
        QT_TRANSLATE_NOOP("ReportsPage", "3W of the QIPs (CSV)"),
        QT_TRANSLATE_NOOP("ReportsPage", "3W export"),
        "3W-QIPs",
        QT_TRANSLATE_NOOP(
            "ReportsPage",
            "Who does what where: every QIP not rejected, as CSV with HXL hashtags for OCHA "
            "(opens in a spreadsheet). It has no period and no text to write.",
        ),
        "csv",
        "",
    ),
)

# The draft's fields as the form shows them: (label, one line?, placeholder).
HEADER_FIELDS = ("marking", "report_no", "from_line", "to_line", "cc_line", "location")
SITREP_TEXTS = (
    "key_points",
    "civil_situation",
    "protection_gender",
    "assessment",
    "planned_activities",
    "issues_for_hq",
)
HANDOVER_TEXTS = ("assessment", "key_points", "planned_activities")
SITREP_LABELS = {
    "marking": QT_TRANSLATE_NOOP("ReportsPage", "&Marking"),
    "report_no": QT_TRANSLATE_NOOP("ReportsPage", "Report &no."),
    "from_line": QT_TRANSLATE_NOOP("ReportsPage", "&FROM"),
    "to_line": QT_TRANSLATE_NOOP("ReportsPage", "T&O"),
    "cc_line": QT_TRANSLATE_NOOP("ReportsPage", "&CC"),
    "location": QT_TRANSLATE_NOOP("ReportsPage", "&Location"),
    "key_points": QT_TRANSLATE_NOOP("ReportsPage", "1. &Key points — one per line"),
    "civil_situation": QT_TRANSLATE_NOOP("ReportsPage", "2. Civil s&ituation"),
    "protection_gender": QT_TRANSLATE_NOOP("ReportsPage", "7. Protection and &gender observations"),
    "assessment": QT_TRANSLATE_NOOP("ReportsPage", "8. CIMIC &assessment and trends"),
    "planned_activities": QT_TRANSLATE_NOOP(
        "ReportsPage", "9. &Planned activities next period — one per line"
    ),
    "issues_for_hq": QT_TRANSLATE_NOOP("ReportsPage", "10. Iss&ues and requests to higher HQ"),
    "prepared_by": QT_TRANSLATE_NOOP("ReportsPage", "Prepared &by"),
    "approved_by": QT_TRANSLATE_NOOP("ReportsPage", "Appro&ved by"),
}
HANDOVER_LABELS = {
    **SITREP_LABELS,
    "assessment": QT_TRANSLATE_NOOP("ReportsPage", "Outgoing officer's &notes"),
    "key_points": QT_TRANSLATE_NOOP("ReportsPage", "&Key points — one per line"),
    "planned_activities": QT_TRANSLATE_NOOP(
        "ReportsPage", "Coming &up for the incoming officer — one per line"
    ),
    "prepared_by": QT_TRANSLATE_NOOP("ReportsPage", "Handed over &by"),
    "approved_by": QT_TRANSLATE_NOOP("ReportsPage", "Ta&ken over by"),
}
PLACEHOLDERS = {
    "key_points": QT_TRANSLATE_NOOP(
        "ReportsPage",
        "e.g.\nMarkets in Bambari reopened after the clashes\nCholera cases fall at Élevage",
    ),
    "civil_situation": QT_TRANSLATE_NOOP(
        "ReportsPage",
        "Security as it affects civilians, humanitarian situation, displacement, governance…",
    ),
    "protection_gender": QT_TRANSLATE_NOOP(
        "ReportsPage", "Protection of civilians, women, children, GBV, access…"
    ),
    "assessment": QT_TRANSLATE_NOOP(
        "ReportsPage", "What changed this period and what is likely next…"
    ),
    "planned_activities": QT_TRANSLATE_NOOP(
        "ReportsPage",
        "e.g.\nKLE with the sous-préfet, Ndélé, 26 Nov\nQIP monitoring visit, Kidjigra",
    ),
    "issues_for_hq": QT_TRANSLATE_NOOP("ReportsPage", "What you need from Sector HQ…"),
    "prepared_by": QT_TRANSLATE_NOOP("ReportsPage", "Rank, name, appointment"),
    "approved_by": QT_TRANSLATE_NOOP("ReportsPage", "Rank, name, appointment"),
}
HANDOVER_PLACEHOLDERS = {
    **PLACEHOLDERS,
    "assessment": QT_TRANSLATE_NOOP(
        "ReportsPage",
        "What the incoming officer must know: who matters, what is sensitive, what was promised…",
    ),
    "planned_activities": QT_TRANSLATE_NOOP(
        "ReportsPage",
        "e.g.\nQIP handover ceremony, Kidjigra, 2 Dec\nMonthly humanitarian coordination "
        "meeting, Bambari",
    ),
    "prepared_by": QT_TRANSLATE_NOOP("ReportsPage", "Outgoing officer: rank, name, appointment"),
    "approved_by": QT_TRANSLATE_NOOP("ReportsPage", "Incoming officer: rank, name, appointment"),
}
KIND_NAMES = {kind.key: kind.title for kind in KINDS}
THREE_W_NOTE = QT_TRANSLATE_NOOP(
    "ReportsPage",
    "No text to write for the 3W export.\n\nIt writes one row per QIP that was not rejected "
    "({count} in this file), with the HXL hashtags OCHA reads: #org+impl, #activity+project, "
    "#sector+cluster+code, #loc+name, #geo+lat, #geo+lon, #status, #date+start, #date+end, "
    "#value+budget, #targeted, #reached.\n\nOpen it in a spreadsheet, or hand it to the "
    "humanitarian information officers.",
)

DraftKey = tuple[str, tuple[str, ...], str, str]
DRAFT_ROLE = Qt.ItemDataRole.UserRole


@dataclass(frozen=True)
class Selection:
    """What the choosers show, to put back when the officer keeps unsaved text."""

    kind: int
    period: PeriodState
    as_of: date
    checked: tuple[str, ...]


def utc_today() -> date:
    return utc_now().date()


def period_text(start: date, end: date) -> str:
    """A report period as the reports name it ('2026-W47, 16–22 Nov 2026'), in the
    window's language."""
    return catalogue.texts(current_language()).render(report_data.Period(start, end).label)


def write_report(store: Store, out: Path, kind: str, options: dict[str, Any]) -> Path:
    """Write one report with the commands of reports.commands (on a worker thread)."""
    if kind in ("unit_sitrep", "sector_sitrep"):
        return commands.write_sitrep(store, out, **options)
    if kind == "handover_brief":
        return commands.write_handover_brief(store, out, **options)
    return commands.write_3w(store, out)


@dataclass(frozen=True)
class Preview:
    """A report written for a look: the PDF and its pages as images ([] = no renderer)."""

    pdf: Path
    images: list
    partial: bool


def write_preview(
    store: Store, out: Path, kind: str, options: dict[str, Any], renderer: str | None
) -> Preview:
    """Write the report to `out`, render its pages and delete the page files (worker)."""
    pdf = write_report(store, out, kind, options)
    if not renderer:
        return Preview(pdf, [], False)
    folder = Path(tempfile.mkdtemp(prefix="pages-", dir=out.parent))
    try:
        pages = render_pages(pdf, folder, renderer=renderer, last_page=MAX_PAGES + 1)
        images = load_images(pages[:MAX_PAGES])
    except (OSError, ValueError, subprocess.SubprocessError) as exc:
        # The PDF itself is fine: it goes to the desktop's viewer instead.
        log.warning("pdftoppm could not render %s: %s", pdf, exc)
        return Preview(pdf, [], False)
    finally:
        shutil.rmtree(folder, ignore_errors=True)  # the pages stay in memory only
    return Preview(pdf, images, len(pages) > MAX_PAGES)


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


class ReportsPage(Page):
    """Reports: the choosers on the left, the officer's text on the right.

    Attributes: store, prompter, today (gives today's date), kind_combo, about_label,
    period_group, period_picker, as_of_row, as_of_edit, no_period_label, units_group,
    units_list, all_units_button, no_units_button, paper_label, paper_combo,
    preview_button, export_button, busy_bar (BusyBar), problem_label, drafts_group,
    drafts_note, drafts_list (saved texts), text_title, text_stack, form, no_text_label,
    texts (grid of text_boxes), fields (draft field -> QLineEdit, QPlainTextEdit or the
    marking QComboBox), field_labels, draft_status_label, save_button, save_action
    (Ctrl+S), draft (the saved ReportDraft shown, or None), key (its DraftKey, or None),
    task (the running Task or None), last_written (Path of the last export),
    export_folder (where the next export is offered), preview_window (made on first
    preview), preview_dir (private temporary folder), renderer (gives pdftoppm's path
    or None).
    """

    KEY = "reports"
    TITLE = "Reports"
    ICON = ":/icons/reports"

    def __init__(
        self,
        store: Store,
        prompter: Prompter,
        parent: QWidget | None = None,
        today: Callable[[], date] = utc_today,
    ):
        super().__init__(parent)
        self.store = store
        self.prompter = prompter
        self.today = today
        self.draft: ReportDraft | None = None
        self.key: DraftKey | None = None
        self.task: Task | None = None
        self.last_written: Path | None = None
        self.export_folder: Path | None = None
        self.preview_window: PreviewWindow | None = None
        self.preview_dir: Path | None = None
        self.renderer: Callable[[], str | None] = find_renderer
        self.fields: dict[str, QLineEdit | QPlainTextEdit | QComboBox] = {}
        self.field_labels: dict[str, QLabel] = {}
        self._saved: dict[str, str] = {}
        self._job: tuple[ReportKind, str] = (KINDS[0], "")
        self._previews = 0
        self._shown_noun = self._shown_period = ""
        self._shown: tuple[str, DraftKey | None] = ("", None)
        self._quiet = 0
        self._stale = False
        self._build()
        self._fill_units()
        self._selection = self._current_selection()
        self._show_kind()
        self._load_draft()
        self._fill_drafts()

    # Layout -------------------------------------------------------------------------

    def _build(self) -> None:
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.setSpacing(10)
        left = QWidget()
        left.setObjectName("reportChoices")
        left.setFixedWidth(CHOICES_WIDTH)
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self._make_kind_group())
        column.addWidget(self._make_period_group())
        column.addWidget(self._make_units_group(), 1)
        column.addWidget(self._make_output_group())
        column.addWidget(self._make_drafts_group(), 1)
        layout.addWidget(left)
        layout.addWidget(self._make_text_group(), 1)

        self.save_action = QAction(QIcon(":/icons/save"), self.tr("Save draft"), self)
        self.save_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Save))
        self.save_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.save_action.triggered.connect(self.save_draft)
        self.addAction(self.save_action)

    def _make_kind_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Report"))
        box = QVBoxLayout(group)
        self.kind_combo = QComboBox()
        self.kind_combo.setObjectName("kindCombo")
        for kind in KINDS:
            self.kind_combo.addItem(self.tr(kind.title), kind.key)
        self.kind_combo.setToolTip(self.tr("Which report to write"))
        self.about_label = QLabel()
        self.about_label.setObjectName("aboutLabel")
        self.about_label.setWordWrap(True)
        self.about_label.setStyleSheet(NOTE_STYLE)
        box.addWidget(self.kind_combo)
        box.addWidget(self.about_label)
        self.kind_combo.currentIndexChanged.connect(lambda _: self._selection_changed())
        return group

    def _make_period_group(self) -> QGroupBox:
        self.period_group = QGroupBox(self.tr("Period"))
        box = QVBoxLayout(self.period_group)
        self.period_picker = PeriodPicker(self.today())
        self.period_picker.period_changed.connect(self._selection_changed)
        self.as_of_row = QWidget()
        row = QHBoxLayout(self.as_of_row)
        row.setContentsMargins(0, 0, 0, 0)
        self.as_of_edit = QDateEdit()
        self.as_of_edit.setObjectName("asOfEdit")
        self.as_of_edit.setCalendarPopup(True)
        self.as_of_edit.setDisplayFormat("ddd d MMM yyyy")
        self.as_of_edit.setKeyboardTracking(False)
        self.as_of_edit.setDate(to_qdate(self.today()))
        self.as_of_edit.setToolTip(
            self.tr("The day the brief is written for (usually the handover day)")
        )
        self.as_of_edit.dateChanged.connect(lambda _: self._selection_changed())
        label = QLabel(self.tr("&As of"))
        label.setBuddy(self.as_of_edit)
        row.addWidget(label)
        row.addWidget(self.as_of_edit)
        row.addStretch(1)
        self.no_period_label = QLabel(self.tr("No period: the QIPs as they stand today."))
        self.no_period_label.setStyleSheet(NOTE_STYLE)
        box.addWidget(self.period_picker)
        box.addWidget(self.as_of_row)
        box.addWidget(self.no_period_label)
        return self.period_group

    def _make_units_group(self) -> QGroupBox:
        self.units_group = QGroupBox(self.tr("Battalions"))
        box = QVBoxLayout(self.units_group)
        note = QLabel(
            self.tr("Units with records in this file. Tick those the sector sitrep covers.")
        )
        note.setWordWrap(True)
        note.setStyleSheet(NOTE_STYLE)
        self.units_list = QListWidget()
        self.units_list.setObjectName("unitsList")
        self.units_list.setMinimumHeight(70)
        self.units_list.itemChanged.connect(lambda _: self._selection_changed())
        buttons = QHBoxLayout()
        self.all_units_button = QToolButton()
        self.all_units_button.setText(self.tr("All"))
        self.all_units_button.setToolTip(self.tr("Tick every unit"))
        self.no_units_button = QToolButton()
        self.no_units_button.setText(self.tr("None"))
        self.no_units_button.setToolTip(self.tr("Untick every unit"))
        self.all_units_button.clicked.connect(lambda: self.check_units(self.unit_names()))
        self.no_units_button.clicked.connect(lambda: self.check_units([]))
        buttons.addWidget(self.all_units_button)
        buttons.addWidget(self.no_units_button)
        buttons.addStretch(1)
        box.addWidget(note)
        box.addWidget(self.units_list, 1)
        box.addLayout(buttons)
        return self.units_group

    def _make_drafts_group(self) -> QGroupBox:
        self.drafts_group = QGroupBox(self.tr("Saved texts"))
        box = QVBoxLayout(self.drafts_group)
        self.drafts_list = QListWidget()
        self.drafts_list.setObjectName("draftsList")
        self.drafts_list.setToolTip(
            self.tr("Reports with text kept in this file; double-click to open")
        )
        self.drafts_list.setWordWrap(True)
        self.drafts_list.setResizeMode(QListView.ResizeMode.Adjust)
        self.drafts_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.drafts_list.itemActivated.connect(lambda item: self.open_draft(item.data(DRAFT_ROLE)))
        self.drafts_note = QLabel()
        self.drafts_note.setObjectName("draftsNote")
        self.drafts_note.setWordWrap(True)
        self.drafts_note.setStyleSheet(NOTE_STYLE)
        box.addWidget(self.drafts_note)
        box.addWidget(self.drafts_list, 1)
        return self.drafts_group

    def _make_output_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Output"))
        box = QVBoxLayout(group)
        paper = QHBoxLayout()
        self.paper_label = QLabel(self.tr("Pape&r"))
        self.paper_combo = QComboBox()
        self.paper_combo.setObjectName("paperCombo")
        self.paper_combo.addItems(["A4", "Letter"])
        self.paper_combo.setToolTip(self.tr("Page size of the PDF"))
        self.paper_label.setBuddy(self.paper_combo)
        # The report's own language: the window's by default (a French-speaking officer
        # may still owe higher HQ an English sitrep). Each language is named in itself.
        self.language_label = QLabel(self.tr("Lan&guage"))
        self.language_combo = QComboBox()
        self.language_combo.setObjectName("reportLanguageCombo")
        for code, name in LANGUAGES.items():
            self.language_combo.addItem(name, code)
        self.language_combo.setCurrentIndex(self.language_combo.findData(current_language()))
        self.language_combo.setToolTip(
            self.tr(
                "Language of the report's headings, tables and labels; what you write "
                "stays as written"
            )
        )
        self.language_label.setBuddy(self.language_combo)
        self.language_combo.currentIndexChanged.connect(lambda _: self._language_changed())
        paper.addWidget(self.paper_label)
        paper.addWidget(self.paper_combo)
        paper.addSpacing(8)
        paper.addWidget(self.language_label)
        paper.addWidget(self.language_combo)
        paper.addStretch(1)
        buttons = QHBoxLayout()
        self.preview_button = QPushButton(self.tr("Pre&view"))
        self.preview_button.setObjectName("previewButton")
        self.preview_button.setToolTip(self.tr("Save the text and show the report's pages"))
        self.export_button = QPushButton(QIcon(":/icons/save"), self.tr("&Export PDF…"))
        self.export_button.setObjectName("exportButton")
        self.export_button.setDefault(True)
        self.preview_button.clicked.connect(self.preview_report)
        self.export_button.clicked.connect(self.export_report)
        buttons.addWidget(self.preview_button)
        buttons.addWidget(self.export_button, 1)
        self.problem_label = QLabel()
        self.problem_label.setObjectName("problemLabel")
        self.problem_label.setWordWrap(True)
        self.problem_label.setStyleSheet(ERROR_STYLE)
        self.busy_bar = BusyBar()
        box.addLayout(paper)
        box.addLayout(buttons)
        box.addWidget(self.problem_label)
        box.addWidget(self.busy_bar)
        return group

    def _make_text_group(self) -> QWidget:
        pane = QFrame()
        pane.setObjectName("reportText")
        box = QVBoxLayout(pane)
        box.setContentsMargins(0, 0, 0, 0)
        self.text_title = QLabel()
        self.text_title.setObjectName("textTitle")
        font = self.text_title.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.text_title.setFont(font)
        box.addWidget(self.text_title)
        self.text_stack = QStackedWidget()
        self.form = self._make_form()
        self.no_text_label = QLabel()
        self.no_text_label.setObjectName("noTextLabel")
        self.no_text_label.setWordWrap(True)
        self.no_text_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.no_text_label.setStyleSheet(NOTE_STYLE)
        self.text_stack.addWidget(self.form)
        self.text_stack.addWidget(self.no_text_label)
        box.addWidget(self.text_stack, 1)
        bottom = QHBoxLayout()
        self.draft_status_label = QLabel()
        self.draft_status_label.setObjectName("draftStatusLabel")
        self.draft_status_label.setWordWrap(True)
        self.save_button = QPushButton(QIcon(":/icons/save"), self.tr("&Save draft"))
        self.save_button.setObjectName("saveDraftButton")
        self.save_button.setToolTip(self.tr("Keep this text for this report and period (Ctrl+S)"))
        self.save_button.clicked.connect(self.save_draft)
        bottom.addWidget(self.draft_status_label, 1)
        bottom.addWidget(self.save_button)
        box.addLayout(bottom)
        return pane

    def _make_form(self) -> QWidget:
        form = QWidget()
        form.setObjectName("draftForm")
        box = QVBoxLayout(form)
        box.setContentsMargins(0, 0, 0, 0)
        header = QGridLayout()
        header.setHorizontalSpacing(8)
        marking = QComboBox()
        marking.setEditable(True)
        marking.addItems(MARKINGS)
        marking.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        marking.lineEdit().setPlaceholderText(
            self.tr("{marking} (default)").format(marking=report_data.DEFAULT_MARKING)
        )
        marking.setToolTip(self.tr("Handling marking printed at the top and bottom of every page"))
        self.fields["marking"] = marking
        for name in HEADER_FIELDS[1:]:
            edit = QLineEdit()
            edit.setMaxLength(report_drafts.MAX_TEXT)
            self.fields[name] = edit
        for number, name in enumerate(HEADER_FIELDS):
            row, pair = divmod(number, 2)
            label = self._label(name)
            header.addWidget(label, row, pair * 2)
            header.addWidget(self.fields[name], row, pair * 2 + 1)
        header.setColumnStretch(1, 1)
        header.setColumnStretch(3, 1)
        box.addLayout(header)

        self.texts = QGridLayout()
        self.texts.setHorizontalSpacing(10)
        self.text_boxes: dict[str, QWidget] = {}
        for name in SITREP_TEXTS:
            edit = QPlainTextEdit()
            edit.setTabChangesFocus(True)
            edit.setMinimumHeight(60)
            self.fields[name] = edit
            cell = QWidget()
            cell_box = QVBoxLayout(cell)
            cell_box.setContentsMargins(0, 4, 0, 0)
            cell_box.setSpacing(2)
            cell_box.addWidget(self._label(name))
            cell_box.addWidget(edit, 1)
            self.text_boxes[name] = cell
        box.addLayout(self.texts, 1)

        sign = QGridLayout()
        sign.setHorizontalSpacing(8)
        for column, name in enumerate(("prepared_by", "approved_by")):
            edit = QLineEdit()
            self.fields[name] = edit
            sign.addWidget(self._label(name), 0, column * 2)
            sign.addWidget(edit, 0, column * 2 + 1)
        sign.setColumnStretch(1, 1)
        sign.setColumnStretch(3, 1)
        box.addLayout(sign)

        for name, widget in self.fields.items():
            widget.setObjectName(f"{name}Edit")
            if name in PLACEHOLDERS:
                widget.setPlaceholderText(self.tr(PLACEHOLDERS[name]))  # type: ignore[union-attr]
            if isinstance(widget, QPlainTextEdit):
                widget.textChanged.connect(self._text_edited)
            elif isinstance(widget, QComboBox):
                widget.editTextChanged.connect(lambda _: self._text_edited())
            else:
                widget.textChanged.connect(lambda _: self._text_edited())
        return form

    def _label(self, name: str) -> QLabel:
        label = QLabel(self.tr(SITREP_LABELS[name]))
        label.setBuddy(self.fields[name])
        self.field_labels[name] = label
        return label

    def _arrange_texts(self, names: tuple[str, ...]) -> None:
        """Put the text boxes this kind uses in a two-column grid, in doctrine order."""
        for cell in self.text_boxes.values():
            self.texts.removeWidget(cell)
            cell.hide()
        for row in range(3):
            self.texts.setRowStretch(row, 0)
        for number, name in enumerate(names):
            row, column = divmod(number, 2)
            last_alone = number == len(names) - 1 and column == 0
            self.texts.addWidget(self.text_boxes[name], row, column, 1, 2 if last_alone else 1)
            self.texts.setRowStretch(row, 1)
            self.text_boxes[name].show()

    # Page -------------------------------------------------------------------------

    def activate(self) -> None:
        if self._stale:
            self._stale = False
            self._fill_units()
            self._selection_changed()

    def refresh(self) -> None:
        """Records changed elsewhere: battalions may have come (a merge)."""
        self._stale = True
        if self.isVisible():
            self.activate()

    def is_dirty(self) -> bool:
        return self.key is not None and self.form_values() != self._saved

    def save_record(self) -> bool:
        return self.save_draft()

    def focus_main(self) -> None:
        self.kind_combo.setFocus()

    # The choosers -----------------------------------------------------------------

    def kind(self) -> ReportKind:
        return KINDS[max(0, self.kind_combo.currentIndex())]

    def set_kind(self, key: str) -> None:
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(key))

    def unit_names(self) -> list[str]:
        return [self.units_list.item(r).text() for r in range(self.units_list.count())]

    def checked_units(self) -> list[str]:
        items = (self.units_list.item(r) for r in range(self.units_list.count()))
        return [i.text() for i in items if i.checkState() == Qt.CheckState.Checked]

    def check_units(self, names: list[str]) -> None:
        """Tick exactly these units (one change, one question at most)."""
        self._quiet += 1
        try:
            for row in range(self.units_list.count()):
                item = self.units_list.item(row)
                wanted = item.text() in names
                item.setCheckState(Qt.CheckState.Checked if wanted else Qt.CheckState.Unchecked)
        finally:
            self._quiet -= 1
        self._selection_changed()

    def _fill_units(self) -> None:
        """The units of this file; ticks kept, new units ticked."""
        before = set(self.unit_names())
        checked = set(self.checked_units())
        self._quiet += 1
        try:
            self.units_list.clear()
            for name in report_data.units_in_file(self.store):
                item = QListWidgetItem(name)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                ticked = name in checked or name not in before
                item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
                self.units_list.addItem(item)
        finally:
            self._quiet -= 1

    def period_dates(self) -> tuple[date, date]:
        """First and last day of the report (a handover brief: its day twice)."""
        if self.kind().period == "day":
            day = from_qdate(self.as_of_edit.date())
            return day, day
        return self.period_picker.dates()

    def period_label(self) -> str:
        kind = self.kind()
        if kind.period == "day":
            return self.tr("as of {day}").format(day=day_text(self.period_dates()[0]))
        if kind.period == "range":
            return period_text(*self.period_dates())
        return self.tr("as of {day}").format(day=day_text(self.today()))

    def problem(self) -> str:
        """Why the report cannot be written as chosen ('' when it can)."""
        if self.kind().key == "sector_sitrep" and not self.checked_units():
            return self.tr("Tick at least one battalion for the sector sitrep.")
        return ""

    def draft_key(self) -> DraftKey | None:
        """The key the report's text is kept under, as the report writer will look it up."""
        kind = self.kind()
        if not kind.has_draft or self.problem():
            return None
        start, end = (d.isoformat() for d in self.period_dates())
        if kind.key == "handover_brief":
            return (kind.key, (), start, end)
        sector = kind.key == "sector_sitrep"
        units = self.checked_units() if sector else None
        names = report_data.resolve_units(self.store, units, sector)
        return (kind.key, report_data.draft_units(self.store, names, sector), start, end)

    def _current_selection(self) -> Selection:
        return Selection(
            self.kind_combo.currentIndex(),
            self.period_picker.state(),
            from_qdate(self.as_of_edit.date()),
            tuple(self.checked_units()),
        )

    def _restore_selection(self, selection: Selection) -> None:
        self._quiet += 1
        try:
            self.kind_combo.setCurrentIndex(selection.kind)
            self.period_picker.restore(selection.period)
            self.as_of_edit.setDate(to_qdate(selection.as_of))
            for row in range(self.units_list.count()):
                item = self.units_list.item(row)
                ticked = item.text() in selection.checked
                item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
        finally:
            self._quiet -= 1

    def _selection_changed(self) -> None:
        """A chooser moved: keep or load the text of the report now chosen."""
        if self._quiet:
            return
        if (self.kind().key, self.draft_key()) != self._shown:
            if self.is_dirty() and not self.confirm_discard():
                self._restore_selection(self._selection)
                return
            self._selection = self._current_selection()
            self._show_kind()
            self._load_draft()
        else:
            self._selection = self._current_selection()
            self._show_kind()

    def confirm_discard(self) -> bool:
        """True when the text shown may go: nothing unsaved, or the officer lets it go."""
        if not self.is_dirty():
            return True
        return self.prompter.confirm(
            self.tr("Unsaved report text"),
            self.tr("The text of the {report} ({period}) is not saved. Discard it?").format(
                report=self._shown_noun, period=self._shown_period
            ),
            action=self.tr("Discard changes"),
        )

    def _show_kind(self) -> None:
        kind = self.kind()
        self.about_label.setText(self.tr(kind.about))
        # A wrapped label's height follows its width; the column's layout does not ask.
        self.about_label.setMinimumHeight(self.about_label.heightForWidth(NOTE_WIDTH) + 4)
        self.period_picker.setVisible(kind.period == "range")
        self.as_of_row.setVisible(kind.period == "day")
        self.no_period_label.setVisible(not kind.period)
        self.units_group.setVisible(kind.key == "sector_sitrep")
        self.paper_combo.setEnabled(kind.suffix == "pdf")
        self.paper_label.setEnabled(kind.suffix == "pdf")
        self.language_combo.setEnabled(kind.suffix == "pdf")
        self.language_label.setEnabled(kind.suffix == "pdf")
        self.export_button.setText(self.tr("&Export {format}…").format(format=kind.suffix.upper()))
        noun = self.tr(kind.noun)
        self.export_button.setToolTip(
            self.tr("Save the text and write the {report} to a file of your choice").format(
                report=noun
            )
            if kind.has_draft
            else self.tr("Write the {report} to a file of your choice").format(report=noun)
        )
        self.problem_label.setText(self.problem())
        self.problem_label.setVisible(bool(self.problem()))
        self._update_buttons()

    # The text ---------------------------------------------------------------------

    def form_values(self) -> dict[str, str]:
        values = {}
        for name, widget in self.fields.items():
            if isinstance(widget, QPlainTextEdit):
                values[name] = widget.toPlainText()
            elif isinstance(widget, QComboBox):
                values[name] = widget.currentText().strip()
            else:
                values[name] = widget.text().strip()
        return values

    def _set_form(self, values: dict[str, str]) -> None:
        self._quiet += 1
        try:
            for name, widget in self.fields.items():
                value = values.get(name, "")
                if isinstance(widget, QPlainTextEdit):
                    if widget.toPlainText() != value:
                        widget.setPlainText(value)
                elif isinstance(widget, QComboBox):
                    if widget.currentText() != value:
                        widget.setEditText(value)
                elif widget.text() != value:
                    widget.setText(value)
        finally:
            self._quiet -= 1

    def _load_draft(self) -> None:
        """Show the saved text of the report now chosen (blank when none was written)."""
        self.key = self.draft_key()
        self._shown = (self.kind().key, self.key)
        kind = self.kind()
        self._shown_noun, self._shown_period = self.tr(kind.noun), self.period_label()
        if self.key is None:
            self.draft = None
            self._saved = {}
            self._set_form({})
            if self.problem():
                self.no_text_label.setText(self.problem())
            else:
                self.no_text_label.setText(
                    self.tr(THREE_W_NOTE).format(count=count_qips(self.store))
                )
            self.text_stack.setCurrentWidget(self.no_text_label)
            self.text_title.setText(self.tr(kind.title))
            self._update_draft_state()
            return
        self.draft = report_drafts.draft_or_blank(self.store, *self.key)
        handover = kind.key == "handover_brief"
        labels = HANDOVER_LABELS if handover else SITREP_LABELS
        for name, label in self.field_labels.items():
            label.setText(self.tr(labels[name]))
        for name, text in (HANDOVER_PLACEHOLDERS if handover else PLACEHOLDERS).items():
            self.fields[name].setPlaceholderText(self.tr(text))  # type: ignore[union-attr]
        self._arrange_texts(HANDOVER_TEXTS if kind.key == "handover_brief" else SITREP_TEXTS)
        self._set_form({name: getattr(self.draft, name) for name in self.fields})
        self._saved = self.form_values()
        self._show_defaults()
        read_only = bool(self.store.read_only_reason())
        for widget in self.fields.values():
            if isinstance(widget, QComboBox):
                widget.setEnabled(not read_only)
            else:
                widget.setReadOnly(read_only)
        self.text_stack.setCurrentWidget(self.form)
        self.text_title.setText(
            self.tr("Text of the {report} · {period}").format(
                report=self._shown_noun, period=self._shown_period
            )
        )
        self._update_draft_state()

    def _show_defaults(self) -> None:
        """What the report prints where a header field is left empty, as placeholders."""
        kind, unit = self.kind(), self.store.unit
        start, end = self.period_dates()
        if kind.key == "handover_brief":
            number = f"{unit.code}/CIMIC/HO/{start:%Y%m%d}"
            from_line, to_line, _cc = report_data.handover_addressees(unit)
        else:
            code = report_data.Period(start, end).code
            number = f"{unit.code}/CIMIC/{kind.code}/{code}"
            sector = kind.key == "sector_sitrep"
            from_line, to_line = report_data.sitrep_addressees(unit, sector)
        # The defaults as the report will print them, in the report's language.
        report_texts = catalogue.texts(self.report_language())
        from_line, to_line = report_texts.render(from_line), report_texts.render(to_line)
        marking = report_texts.render(report_data.marking_text(report_data.DEFAULT_MARKING))
        self.fields["marking"].lineEdit().setPlaceholderText(  # type: ignore[union-attr]
            self.tr("{marking} (default)").format(marking=marking)
        )
        placeholders = {
            "report_no": number,
            "from_line": from_line,
            "to_line": to_line,
            "cc_line": self.tr("(none)"),
            "location": self.tr("Where the report is written, e.g. Bambari"),
        }
        for name, text in placeholders.items():
            self.fields[name].setPlaceholderText(text)  # type: ignore[union-attr]

    def _language_changed(self) -> None:
        if self.key is not None:
            self._show_defaults()  # the header defaults read as the report will print them

    def _text_edited(self) -> None:
        if not self._quiet:
            self._update_draft_state()

    def _update_draft_state(self) -> None:
        read_only = self.store.read_only_reason()
        dirty = self.is_dirty()
        if self.key is None:
            text = ""
        elif read_only:
            text = self.tr(
                "This file is read-only: its drafts can be read and exported, not changed."
            )
        elif dirty:
            text = self.tr(
                "Changes not saved. Save draft (Ctrl+S); Preview and Export save them too."
            )
        elif self.draft is not None and self.draft.updated_at:
            text = self.tr("Draft saved {when}.").format(when=display_stamp(self.draft.updated_at))
        else:
            text = self.tr("No text saved yet for this report and period.")
        self.draft_status_label.setText(text)
        self.save_button.setVisible(self.key is not None)
        self.save_button.setEnabled(dirty and not read_only)
        self.save_action.setEnabled(self.key is not None and not read_only)

    def save_draft(self) -> bool:
        """Keep the text shown as the draft of the report chosen; True when it is saved."""
        if self.key is None or self.store.read_only_reason():
            return False
        values = self.form_values()
        kind, units, start, end = self.key
        draft = ReportDraft(kind=kind, units=units, period_start=start, period_end=end, **values)
        try:
            saved = report_drafts.save_draft(self.store, draft)
        except CimicError as exc:
            self.prompter.error(self.tr("Report text not saved"), message(exc))
            return False
        self.draft = saved
        self._set_form({name: getattr(saved, name) for name in self.fields})
        self._saved = self.form_values()
        self._update_draft_state()
        self._fill_drafts()
        self.status_message.emit(
            self.tr("Saved the text of the {report}.").format(report=self.tr(KIND_NAMES[kind]))
        )
        return True

    # Saved texts ------------------------------------------------------------------

    def _fill_drafts(self) -> None:
        self.drafts_list.clear()
        drafts = report_drafts.list_drafts(self.store)
        for draft in drafts:
            start, end = (
                date.fromisoformat(draft.period_start),
                date.fromisoformat(draft.period_end),
            )
            when = (
                self.tr("as of {day}").format(day=day_text(start))
                if draft.kind == "handover_brief"
                else period_text(start, end)
            )
            units = f" · {', '.join(draft.units)}" if draft.units else ""
            item = QListWidgetItem(f"{self.tr(KIND_NAMES[draft.kind])} · {when}{units}")
            item.setToolTip(self.tr("Saved {when}").format(when=display_stamp(draft.updated_at)))
            item.setData(DRAFT_ROLE, draft)
            self.drafts_list.addItem(item)
        self.drafts_note.setText(
            self.tr("Double-click to open one.")
            if drafts
            else self.tr(
                "None yet in this file. The text of each report and period you save is listed here."
            )
        )

    def open_draft(self, draft: ReportDraft) -> bool:
        """Choose the report and period of a saved text (asks first if text is unsaved)."""
        start, end = date.fromisoformat(draft.period_start), date.fromisoformat(draft.period_end)
        self._quiet += 1
        try:
            self.set_kind(draft.kind)
            if draft.kind == "handover_brief":
                self.as_of_edit.setDate(to_qdate(start))
            elif iso_week_of(start, end):
                iso = start.isocalendar()
                self.period_picker.restore(PeriodState(True, iso.year, iso.week, start, end))
            else:
                state = self.period_picker.state()
                self.period_picker.restore(PeriodState(False, state.year, state.week, start, end))
            if draft.kind == "sector_sitrep":
                wanted = set(draft.units or self.unit_names())
                for row in range(self.units_list.count()):
                    item = self.units_list.item(row)
                    ticked = item.text() in wanted
                    item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
        finally:
            self._quiet -= 1
        self._selection_changed()
        return self.key == (draft.kind, draft.units, draft.period_start, draft.period_end)

    def _save_if_needed(self) -> bool:
        if self.is_dirty() and not self.store.read_only_reason():
            return self.save_draft()
        return True

    # Writing files ------------------------------------------------------------------

    def report_options(self) -> dict[str, Any]:
        """The report command's options for what is chosen (marking comes from the draft)."""
        kind = self.kind()
        start, end = self.period_dates()
        paper = self.paper_combo.currentText()
        language = self.report_language()
        if kind.key == "handover_brief":
            return {"as_of": start, "paper": paper, "language": language}
        if kind.key == "sector_sitrep":
            return {
                "start": start,
                "end": end,
                "units": self.checked_units(),
                "sector": True,
                "paper": paper,
                "language": language,
            }
        if kind.key == "unit_sitrep":
            return {"start": start, "end": end, "paper": paper, "language": language}
        return {}

    def report_language(self) -> str:
        """The language the report is written in ('en' or 'fr')."""
        return self.language_combo.currentData() or "en"

    def suggested_name(self) -> str:
        """'BANBAT1-SITREP-2026-W47.pdf', 'BANBAT1-HANDOVER-20261125.pdf' …"""
        kind = self.kind()
        start, end = self.period_dates()
        if kind.period == "range":
            when = report_data.Period(start, end).code
        else:
            when = f"{start if kind.period else self.today():%Y%m%d}"
        return f"{self.store.unit.code}-{kind.code}-{when}.{kind.suffix}"

    def _default_folder(self) -> Path:
        if self.export_folder is not None:
            return self.export_folder
        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        return Path(documents) if documents and Path(documents).is_dir() else Path.home()

    def _can_start(self) -> bool:
        """Nothing running and nothing missing (else the officer is told what)."""
        if self.task is not None:
            return False
        problem = self.problem()
        if problem:
            self.prompter.error(self.tr("The report cannot be written"), problem)
            return False
        return True

    def export_report(self) -> bool:
        """Ask where, save the text, and write the report on a worker thread."""
        if not self._can_start():
            return False
        kind = self.kind()
        suggested = self._default_folder() / self.suggested_name()
        out = self.prompter.choose_report_file(
            self.tr("Export the {report}").format(report=self.tr(kind.noun)),
            suggested,
            self.tr(PDF_FILTER if kind.suffix == "pdf" else CSV_FILTER),
        )
        if out is None or not self._save_if_needed():
            return False
        if not out.suffix and not out.is_dir():
            out = out.with_suffix(f".{kind.suffix}")
        task = Task(
            self.tr("Writing the {report} to {file}").format(
                report=self.tr(kind.noun), file=out.name
            ),
            with_own_store,
            self.store.path,
            write_report,
            out,
            kind.key,
            self.report_options(),
            parent=self,
        )
        task.finished.connect(self._exported)
        task.failed.connect(self._failed)
        self._start(task, kind, out.name)
        return True

    def preview_report(self) -> bool:
        """Save the text, write the report to a private folder and show its pages."""
        kind = self.kind()
        if kind.suffix != "pdf" or not self._can_start() or not self._save_if_needed():
            return False
        if self.preview_dir is None:
            self.preview_dir = preview_folder(self.store.path)
        for old in self.preview_dir.glob("*.pdf"):
            with contextlib.suppress(OSError):  # Windows: still open in a viewer
                old.unlink()
        self._previews += 1
        out = self.preview_dir / f"{Path(self.suggested_name()).stem}-{self._previews}.pdf"
        task = Task(
            self.tr("Preparing the preview of the {report}").format(report=self.tr(kind.noun)),
            with_own_store,
            self.store.path,
            write_preview,
            out,
            kind.key,
            self.report_options(),
            self.renderer(),
            parent=self,
        )
        task.finished.connect(self._previewed)
        task.failed.connect(self._failed)
        self._start(task, kind, f"{self.tr(kind.title)} · {self.period_label()}")
        return True

    def _start(self, task: Task, kind: ReportKind, what: str) -> None:
        self.task = task
        self._job = (kind, what)
        task.ended.connect(self._task_ended)
        self.busy_bar.follow(task)
        self._update_buttons()
        task.start()

    def _task_ended(self) -> None:
        self.task = None
        self._update_buttons()

    def _update_buttons(self) -> None:
        idle = self.task is None
        kind = self.kind()
        self.export_button.setEnabled(idle and not self.problem())
        self.preview_button.setEnabled(idle and kind.suffix == "pdf" and not self.problem())

    def _exported(self, path: Path) -> None:
        kind = self._job[0]
        self.last_written = path
        self.export_folder = path.parent
        noun = self.tr(kind.noun)
        self.status_message.emit(
            self.tr("The {report} was written to {path}.").format(report=noun, path=path)
        )
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
        kind = self._job[0]
        if isinstance(error, CimicError):
            text = message(error)
        else:
            text = self.tr(
                "Something unexpected went wrong ({error}). The report was not written; please "
                "tell whoever looks after CIMIC Desk."
            ).format(error=f"{type(error).__name__}: {error}")
        self.prompter.error(
            self.tr("The {report} was not written").format(report=self.tr(kind.noun)), text
        )

    def _previewed(self, preview: Preview) -> None:
        title = self._job[1]
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
        if self.preview_window is None:
            self.preview_window = PreviewWindow(self)
            self.preview_window.open_requested.connect(self.prompter.open_file)
        window = self.preview_window
        window.show_pages(title, preview.pdf, preview.images, partial=preview.partial)
        if window.isVisible():  # behind the main window: bring it to the front
            window.raise_()
        window.show()
        window.activateWindow()
