"""The Reports page: choose a report and its period, write its text, preview and export it.

The parts wired here: the layout is a Designer form (forms/reports_page.ui), its text
fields handled by ReportText (report_text.py), PDF or Word and the sitrep's annexes by
ReportOutput (report_output.py); what each kind of report is, and which
options it takes, is Qt-free data (reports.kinds); keeping the officer's text as the
draft of (kind, units, period) and writing previews and exports off the UI thread is the
ReportWorkflow (report_workflow.py). The page turns the choosers into a ReportRequest,
hands it to the workflow with the form's text, and shows what comes back; coming back
to the same report and period brings its text back. A sector's file opens on the sector
sitrep, a battalion's on its unit sitrep.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QRect, Qt
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import QListWidgetItem, QWidget

from cimicdesk.domain.enums import UnitLevel
from cimicdesk.domain.timeutil import display_stamp, utc_now
from cimicdesk.i18n import catalogue
from cimicdesk.reports import data as report_data
from cimicdesk.reports.kinds import KINDS, DraftKey, ReportKind, ReportRequest, kind_of
from cimicdesk.store.assessments import count_assessments
from cimicdesk.store.database import Store
from cimicdesk.store.qips import count_qips
from cimicdesk.store.report_drafts import ReportDraft
from cimicdesk.store.report_settings import get_report_settings
from cimicdesk.ui.generated.ui_reports_page import Ui_ReportsPage
from cimicdesk.ui.i18n import LANGUAGES, current_language, message
from cimicdesk.ui.pages.base import Page
from cimicdesk.ui.pages.report_output import ReportOutput
from cimicdesk.ui.pages.report_text import ReportText
from cimicdesk.ui.pages.report_workflow import Preview, ReportWorkflow
from cimicdesk.ui.prompts import Prompter
from cimicdesk.ui.widgets.pdf_preview import PreviewWindow
from cimicdesk.ui.widgets.period import (
    PeriodPicker,
    PeriodState,
    day_text,
    from_qdate,
    iso_week_of,
    to_qdate,
)

# English, marked for lupdate in the context 'ReportsPage' and shown with self.tr().
THREE_W_NOTE = QT_TRANSLATE_NOOP(
    "ReportsPage",
    "No text to write for the 3W export.\n\nIt writes one row per QIP that was not rejected "
    "({count} in this file), with the HXL hashtags OCHA reads: #org+impl, #activity+project, "
    "#sector+cluster+code, #loc+name, #geo+lat, #geo+lon, #status, #date+start, #date+end, "
    "#value+budget, #targeted, #reached.\n\nOpen it in a spreadsheet, or hand it to the "
    "humanitarian information officers.",
)
ASSESSMENTS_NOTE = QT_TRANSLATE_NOOP(
    "ReportsPage",
    "No text to write for the assessments export.\n\nIt writes the community assessments "
    "of the period chosen ({count} in this file), one row per assessment and sector looked "
    "at, with the HXL hashtags the clusters read: #loc+name, #adm1+name, #population, "
    "#affected+idps, #sector+cluster+code, #severity (empty: seen but not rated), "
    "#description+facts. #inneed stays empty: a CIMIC team does not count people in "
    "need.\n\nOpen it in a spreadsheet, or hand it to the humanitarian information officers.",
)
FORM_NOTE = QT_TRANSLATE_NOOP(
    "ReportsPage",
    "No text to write for the blank form.\n\nIt prints the community assessment form to "
    "fill by hand where a laptop cannot go: the fields of the Assessments editor in the "
    "same order, a block per sector with the severity scale (1 to 5, or not rated) as tick "
    "boxes, infrastructure, actions and the team leader's signature. Preview it, then print "
    "it; enter what the team wrote in Assessments on return.",
)
NOTE_INSET = 24  # a note's width is its column's, less the group box's frame and margins
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


def follow_in_tab_order(before: QWidget, compound: QWidget) -> None:
    """Put a widget added after the form was built (and its children) right after
    `before` in the Tab order, where it sits on screen, not after the whole form."""
    inside: list[QWidget] = []
    widget = compound.nextInFocusChain()
    while widget is not None and widget is not compound and compound.isAncestorOf(widget):
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            inside.append(widget)
        widget = widget.nextInFocusChain()
    for child in inside:
        QWidget.setTabOrder(before, child)
        before = child


class ReportsPage(Page):
    """Reports: the choosers on the left, the officer's text on the right.

    Attributes: store, prompter, today (gives today's date), ui (Ui_ReportsPage),
    workflow (ReportWorkflow: drafts, previews, exports), period_picker (PeriodPicker,
    in ui.periodGroup), text (ReportText: the officer's text fields), fields and
    field_labels (its draft field -> widget and -> QLabel), output (ReportOutput: PDF or
    Word, the sitrep's annexes), save_action (Ctrl+S), preview_window (made on the first
    preview).
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
        workflow: ReportWorkflow | None = None,
    ):
        super().__init__(parent)
        self.store = store
        self.prompter = prompter
        self.today = today
        self.ui = Ui_ReportsPage()
        self.ui.setupUi(self)
        self.workflow = workflow or ReportWorkflow(store, prompter, parent=self)
        self.preview_window: PreviewWindow | None = None
        self._saved: dict[str, str] = {}
        self._shown_noun = self._shown_period = ""
        self._shown: tuple[str, DraftKey | None] = ("", None)
        self._quiet = 0
        self._stale = False
        self._no_period_text = self.ui.noPeriodLabel.text()
        self._finish_form()
        if store.unit.level is UnitLevel.SECTOR:
            # A sector's file holds its battalions' records: its usual report is the
            # sector sitrep to Force HQ, every battalion ticked (_fill_units).
            self.set_kind("sector_sitrep")
        self._connect()
        self._fill_units()
        self._selection = self._current_selection()
        self._show_kind()
        self._load_draft()
        self._fill_drafts()

    # Layout -------------------------------------------------------------------------

    def _finish_form(self) -> None:
        """What the form cannot say: the period picker, the lists filled from data,
        icons, the title's size, the field tables."""
        ui = self.ui
        self.period_picker = PeriodPicker(self.today(), ui.periodGroup)
        ui.periodLayout.insertWidget(0, self.period_picker)
        follow_in_tab_order(ui.kindCombo, self.period_picker)
        ui.asOfEdit.setDate(to_qdate(self.today()))
        for kind in KINDS:
            ui.kindCombo.addItem(message(kind.title), kind.key)
        # The report's own language: the window's by default (a French-speaking officer
        # may still owe higher HQ an English sitrep). Each language is named in itself.
        for code, name in LANGUAGES.items():
            ui.reportLanguageCombo.addItem(name, code)
        ui.reportLanguageCombo.setCurrentIndex(ui.reportLanguageCombo.findData(current_language()))
        ui.exportButton.setIcon(QIcon(":/icons/save"))
        ui.saveDraftButton.setIcon(QIcon(":/icons/save"))
        font = ui.textTitle.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        ui.textTitle.setFont(font)
        # With no saved text (the list hidden) the note stays at the top of its box.
        ui.draftsLayout.setAlignment(ui.draftsNote, Qt.AlignmentFlag.AlignTop)

        self.text = ReportText(ui)
        self.fields, self.field_labels = self.text.fields, self.text.labels
        self.output = ReportOutput(ui)

        self.save_action = QAction(QIcon(":/icons/save"), self.tr("Save draft"), self)
        self.save_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Save))
        self.save_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.addAction(self.save_action)

    def _connect(self) -> None:
        ui, workflow = self.ui, self.workflow
        ui.kindCombo.currentIndexChanged.connect(lambda _: self._selection_changed())
        self.period_picker.period_changed.connect(self._selection_changed)
        ui.asOfEdit.dateChanged.connect(lambda _: self._selection_changed())
        ui.unitsList.itemChanged.connect(lambda _: self._selection_changed())
        ui.allUnitsButton.clicked.connect(lambda: self.check_units(self.unit_names()))
        ui.noUnitsButton.clicked.connect(lambda: self.check_units([]))
        ui.reportLanguageCombo.currentIndexChanged.connect(lambda _: self._language_changed())
        ui.draftsList.itemActivated.connect(lambda item: self.open_draft(item.data(DRAFT_ROLE)))
        ui.previewButton.clicked.connect(self.preview_report)
        ui.exportButton.clicked.connect(self.export_report)
        ui.saveDraftButton.clicked.connect(self.save_draft)
        self.save_action.triggered.connect(self.save_draft)
        self.text.on_edit(self._text_edited)
        self.output.on_change(self._show_output)
        workflow.draft_loaded.connect(self._show_draft)
        workflow.draft_saved.connect(self._draft_saved)
        workflow.task_started.connect(self._task_started)
        workflow.task_ended.connect(self._update_buttons)
        workflow.preview_ready.connect(self._show_preview)
        workflow.status_message.connect(self.status_message)

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
        return self.workflow.key is not None and self.form_values() != self._saved

    def save_record(self) -> bool:
        return self.save_draft()

    def focus_main(self) -> None:
        self.ui.kindCombo.setFocus()

    # The choosers -----------------------------------------------------------------

    def kind(self) -> ReportKind:
        return KINDS[max(0, self.ui.kindCombo.currentIndex())]

    def set_kind(self, key: str) -> None:
        self.ui.kindCombo.setCurrentIndex(self.ui.kindCombo.findData(key))

    def unit_names(self) -> list[str]:
        units = self.ui.unitsList
        return [units.item(r).text() for r in range(units.count())]

    def checked_units(self) -> list[str]:
        units = self.ui.unitsList
        items = (units.item(r) for r in range(units.count()))
        return [i.text() for i in items if i.checkState() == Qt.CheckState.Checked]

    def _tick(self, wanted: set[str] | tuple[str, ...] | list[str]) -> None:
        units = self.ui.unitsList
        for row in range(units.count()):
            item = units.item(row)
            ticked = item.text() in wanted
            item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)

    def check_units(self, names: list[str]) -> None:
        """Tick exactly these units (one change, one question at most)."""
        self._quiet += 1
        try:
            self._tick(names)
        finally:
            self._quiet -= 1
        self._selection_changed()

    def _fill_units(self) -> None:
        """The units of this file; ticks kept, new units ticked."""
        before = set(self.unit_names())
        checked = set(self.checked_units())
        self._quiet += 1
        try:
            self.ui.unitsList.clear()
            for name in report_data.units_in_file(self.store):
                item = QListWidgetItem(name)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                ticked = name in checked or name not in before
                item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
                self.ui.unitsList.addItem(item)
        finally:
            self._quiet -= 1

    def period_dates(self) -> tuple[date, date]:
        """First and last day of the report (a handover brief: its day twice; a report
        without a period: today twice)."""
        period = self.kind().period
        if period == "day":
            day = from_qdate(self.ui.asOfEdit.date())
            return day, day
        if period == "range":
            return self.period_picker.dates()
        return self.today(), self.today()

    def period_label(self) -> str:
        if self.kind().period == "range":
            return period_text(*self.period_dates())
        return self.tr("as of {day}").format(day=day_text(self.period_dates()[0]))

    def report_language(self) -> str:
        """The language the report is written in ('en' or 'fr')."""
        return self.ui.reportLanguageCombo.currentData() or "en"

    def request(self) -> ReportRequest:
        """The report as the choosers show it."""
        kind = self.kind()
        start, end = self.period_dates()
        units = tuple(self.checked_units()) if kind.by_units else ()
        paper, language = self.ui.paperCombo.currentText(), self.report_language()
        annexes = self.output.annexes(kind)
        return ReportRequest(
            kind, start, end, units, paper=paper, language=language, annexes=annexes
        )

    def problem(self) -> str:
        """Why the report cannot be written as chosen ('' when it can)."""
        return self.workflow.problem(self.request())

    def draft_key(self) -> DraftKey | None:
        """The key the report's text is kept under, as the report writer will look it up."""
        return self.request().draft_key(self.store)

    def selection(self) -> Selection:
        """The report and period chosen (to show them again after the window is locked)."""
        return self._current_selection()

    def show_selection(self, selection: Selection) -> None:
        """Choose a report and period again, and show its saved text."""
        self._restore_selection(selection)
        self._selection = self._current_selection()
        self._show_kind()
        self._load_draft()

    def _current_selection(self) -> Selection:
        return Selection(
            self.ui.kindCombo.currentIndex(),
            self.period_picker.state(),
            from_qdate(self.ui.asOfEdit.date()),
            tuple(self.checked_units()),
        )

    def _restore_selection(self, selection: Selection) -> None:
        self._quiet += 1
        try:
            self.ui.kindCombo.setCurrentIndex(selection.kind)
            self.period_picker.restore(selection.period)
            self.ui.asOfEdit.setDate(to_qdate(selection.as_of))
            self._tick(selection.checked)
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
        """True when the text shown may go: nothing unsaved, the officer saved it (under the
        report and period it was written for: the workflow still holds their key) or lets
        it go."""
        if not self.is_dirty():
            return True
        answer = self.prompter.ask_unsaved(
            self.tr("Unsaved report text"),
            self.tr("The text of the {report} ({period}) is not saved.").format(
                report=self._shown_noun, period=self._shown_period
            ),
        )
        if answer == "save":
            return self.save_draft()
        return answer == "discard"

    def _show_kind(self) -> None:
        ui, kind = self.ui, self.kind()
        ui.aboutLabel.setText(message(kind.about))
        # A wrapped label's height follows its width; the column's layout does not ask.
        width = ui.reportChoices.maximumWidth() - NOTE_INSET
        ui.aboutLabel.setMinimumHeight(ui.aboutLabel.heightForWidth(width) + 4)
        self.period_picker.setVisible(kind.period == "range")
        ui.asOfRow.setVisible(kind.period == "day")
        ui.noPeriodLabel.setVisible(not kind.period)
        if not kind.period:  # the form's own text says 'the QIPs as they stand' (the 3W)
            ui.noPeriodLabel.setText(
                self.tr("No period: a blank form to fill in.")
                if kind.key == "assessment_form"
                else self._no_period_text
            )
        ui.unitsGroup.setVisible(kind.by_units)
        for widget in (ui.paperCombo, ui.paperLabel, ui.reportLanguageCombo, ui.languageLabel):
            widget.setEnabled(kind.is_pdf)
        self.output.show_kind(kind)
        self._show_output()
        noun = message(kind.noun)
        ui.exportButton.setToolTip(
            self.tr("Save the text and write the {report} to a file of your choice").format(
                report=noun
            )
            if kind.has_draft
            else self.tr("Write the {report} to a file of your choice").format(report=noun)
        )
        problem = self.problem()
        ui.problemLabel.setText(problem)
        ui.problemLabel.setVisible(bool(problem))
        self._update_buttons()

    def _show_output(self) -> None:
        """The export button names the format chosen ('Export Word…')."""
        name = self.output.format_name(self.kind())
        self.ui.exportButton.setText(self.tr("&Export {format}…").format(format=name))

    # The text ---------------------------------------------------------------------

    def form_values(self) -> dict[str, str]:
        return self.text.values()

    def _set_form(self, values: dict[str, str]) -> None:
        self._quiet += 1
        try:
            self.text.set_values(values)
        finally:
            self._quiet -= 1

    def _load_draft(self) -> None:
        """Show the saved text of the report now chosen (blank when none was written)."""
        kind = self.kind()
        self._shown_noun, self._shown_period = message(kind.noun), self.period_label()
        self.workflow.load(self.request())  # draft_loaded: _show_draft

    def _show_draft(self, draft: ReportDraft | None) -> None:
        ui, kind = self.ui, self.kind()
        self._shown = (kind.key, self.workflow.key)
        if draft is None:
            self._saved = {}
            self._set_form({})
            ui.noTextLabel.setText(self.problem() or self._no_text_note(kind))
            ui.textStack.setCurrentWidget(ui.noTextLabel)
            ui.textTitle.setText(message(kind.title))
            self._update_draft_state()
            return
        self.text.show_kind(kind)
        self._set_form({name: getattr(draft, name) for name in self.fields})
        self._saved = self.form_values()
        self._show_defaults()
        self.text.set_read_only(bool(self.workflow.read_only()))
        ui.textStack.setCurrentWidget(ui.draftForm)
        ui.textTitle.setText(
            self.tr("Text of the {report} · {period}").format(
                report=self._shown_noun, period=self._shown_period
            )
        )
        self._update_draft_state()

    def _no_text_note(self, kind: ReportKind) -> str:
        """What a kind without text writes, in place of the text fields."""
        if kind.key == "assessments_hxl":
            return self.tr(ASSESSMENTS_NOTE).format(count=count_assessments(self.store))
        if kind.key == "assessment_form":
            return self.tr(FORM_NOTE)
        return self.tr(THREE_W_NOTE).format(count=count_qips(self.store))

    def _show_defaults(self) -> None:
        """What the report prints where a header field is left empty, as placeholders."""
        start, end = self.period_dates()
        self.text.show_defaults(
            self.kind(),
            self.store.unit,
            start,
            end,
            self.report_language(),
            get_report_settings(self.store),
        )

    def report_settings_changed(self) -> None:
        """The unit's default marking or addressees changed (Preferences): show them."""
        if self.workflow.key is not None:
            self._show_defaults()

    def _language_changed(self) -> None:
        if self.workflow.key is not None:
            self._show_defaults()  # the header defaults read as the report will print them

    def _text_edited(self) -> None:
        if not self._quiet:
            self._update_draft_state()

    def _update_draft_state(self) -> None:
        read_only = self.workflow.read_only()
        shown = self.workflow.key is not None
        dirty = self.is_dirty()
        draft = self.workflow.draft
        if not shown:
            text = ""
        elif read_only:
            text = self.tr(
                "This file is read-only: its drafts can be read and exported, not changed."
            )
        elif dirty:
            text = self.tr(
                "Changes not saved. Save draft (Ctrl+S); Preview and Export save them too."
            )
        elif draft is not None and draft.updated_at:
            text = self.tr("Draft saved {when}.").format(when=display_stamp(draft.updated_at))
        else:
            text = self.tr("No text saved yet for this report and period.")
        self.ui.draftStatusLabel.setText(text)
        self.ui.saveDraftButton.setVisible(shown)
        self.ui.saveDraftButton.setEnabled(dirty and not read_only)
        self.save_action.setEnabled(shown and not read_only)

    def save_draft(self) -> bool:
        """Keep the text shown as the draft of the report chosen; True when it is saved."""
        return self.workflow.save(self.form_values()) is not None

    def _draft_saved(self, saved: ReportDraft) -> None:
        self._set_form({name: getattr(saved, name) for name in self.fields})
        self._saved = self.form_values()
        self._update_draft_state()
        self._fill_drafts()

    def _unsaved(self) -> dict[str, str] | None:
        """The form's text when it differs from the saved draft, else None."""
        return self.form_values() if self.is_dirty() else None

    # Saved texts ------------------------------------------------------------------

    def _fill_drafts(self) -> None:
        self.ui.draftsList.clear()
        drafts = self.workflow.saved_drafts()
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
            title = message(kind_of(draft.kind).title)
            item = QListWidgetItem(f"{title} · {when}{units}")
            item.setToolTip(self.tr("Saved {when}").format(when=display_stamp(draft.updated_at)))
            item.setData(DRAFT_ROLE, draft)
            self.ui.draftsList.addItem(item)
        # An empty list says nothing the note does not: it gives its room to the column.
        self.ui.draftsList.setVisible(bool(drafts))
        self._set_drafts_note(
            self.tr("Double-click to open one.")
            if drafts
            else self.tr(
                "None yet in this file. The text of each report and period you save is listed here."
            )
        )

    def _set_drafts_note(self, text: str) -> None:
        """The note above the saved texts, as tall as its lines at the column's width.

        A wrapped label asks for a height that follows its width, and a column holding
        one is laid out from the preferred heights of such boxes: at 1366x768 the Saved
        texts box then claimed its list's full height and squeezed the Battalions box
        until its All/None buttons covered the list. Its height is fixed here instead.
        """
        note = self.ui.draftsNote
        note.setText(text)  # (QLabel turns height-for-width back on with each text)
        policy = note.sizePolicy()
        policy.setHeightForWidth(False)
        note.setSizePolicy(policy)
        width = self.ui.reportChoices.maximumWidth() - NOTE_INSET
        # (QLabel.heightForWidth never answers less than its narrowest wrapping.)
        lines = note.fontMetrics().boundingRect(
            QRect(0, 0, width, 10_000), Qt.TextFlag.TextWordWrap, text
        )
        note.setFixedHeight(lines.height() + 2)
        note.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)

    def open_draft(self, draft: ReportDraft) -> bool:
        """Choose the report and period of a saved text (asks first if text is unsaved)."""
        start, end = date.fromisoformat(draft.period_start), date.fromisoformat(draft.period_end)
        self._quiet += 1
        try:
            self.set_kind(draft.kind)
            if draft.kind == "handover_brief":
                self.ui.asOfEdit.setDate(to_qdate(start))
            elif iso_week_of(start, end):
                iso = start.isocalendar()
                self.period_picker.restore(PeriodState(True, iso.year, iso.week, start, end))
            else:
                state = self.period_picker.state()
                self.period_picker.restore(PeriodState(False, state.year, state.week, start, end))
            if draft.kind == "sector_sitrep":
                self._tick(set(draft.units or self.unit_names()))
        finally:
            self._quiet -= 1
        self._selection_changed()
        return self.workflow.key == (draft.kind, draft.units, draft.period_start, draft.period_end)

    # Writing files ------------------------------------------------------------------

    def export_report(self) -> bool:
        """Ask where, save the text, and write the report on a worker thread."""
        suffix = self.output.suffix(self.kind())
        return self.workflow.export(self.request(), self._unsaved(), suffix)

    def preview_report(self) -> bool:
        """Save the text, write the report to a private folder and show its pages."""
        title = f"{message(self.kind().title)} · {self.period_label()}"
        return self.workflow.preview(self.request(), title, self._unsaved())

    def _task_started(self, task) -> None:
        self.ui.busyBar.follow(task)
        self._update_buttons()

    def _update_buttons(self) -> None:
        idle = self.workflow.task is None
        possible = not self.problem()
        self.ui.exportButton.setEnabled(idle and possible)
        # A preview being made is replaced by a new one: Preview stays usable meanwhile.
        again = idle or self.workflow.previewing
        self.ui.previewButton.setEnabled(again and possible and self.kind().is_pdf)

    def _show_preview(self, title: str, preview: Preview) -> None:
        if self.preview_window is None:
            self.preview_window = PreviewWindow(self, render=self.workflow.page_renderer())
            self.preview_window.open_requested.connect(self.prompter.open_file)
        window = self.preview_window
        window.show_pages(
            title, preview.pdf, preview.images, partial=preview.partial, total=preview.pages
        )
        if window.isVisible():  # behind the main window: bring it to the front
            window.raise_()
        window.show()
        window.activateWindow()
