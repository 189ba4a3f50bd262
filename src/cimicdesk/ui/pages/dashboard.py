"""The Dashboard: open follow-up actions (overdue first), QIPs late or near the ceiling,
flash incidents waiting for their flash report, support requests awaiting a decision,
communities due for assessment and those whose severity rose, and the unsaved edits a
crash left behind."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtCore import QCoreApplication, QModelIndex, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from cimicdesk.domain.enums import (
    ActionStatus,
    CommunityKind,
    IncidentCategory,
    LabelledEnum,
    SupportPriority,
    SupportType,
)
from cimicdesk.domain.errors import CimicError
from cimicdesk.domain.timeutil import now_stamp, utc_now
from cimicdesk.store import assessments, dashboard_queries, incidents, liaison, stats, unit_details
from cimicdesk.store.database import Store
from cimicdesk.store.mission_settings import get_mission_settings
from cimicdesk.ui.i18n import label, message, usd
from cimicdesk.ui.models.actions import OpenActionsModel
from cimicdesk.ui.models.alerts import (
    AlertListModel,
    AwaitingSupportModel,
    FlashIncidentsModel,
    QipAlertsModel,
)
from cimicdesk.ui.models.assessment_reminders import OverdueCommunitiesModel, SeverityRisesModel
from cimicdesk.ui.pages.base import Page
from cimicdesk.ui.pages.first_steps import FirstSteps
from cimicdesk.ui.prompts import Prompter
from cimicdesk.ui.widgets.column_fit import REF, TEXT, Fit, fit_columns
from cimicdesk.ui.widgets.recovered_drafts import RecoveredDrafts
from cimicdesk.ui.workers import Task, run_task, with_own_store

ALERT_STYLE = "color: #8a1c1c; font-weight: bold;"
# Up to this many rows in the tables the dashboard reads (by their highest rowids), the
# window reads it at once; above (a sector file: some 100 ms), on a worker while it shows.
READ_AT_ONCE_ROWS = 10_000


def read_in_background(store: Store) -> bool:
    """Whether the window reads the dashboard of this file on a worker (no scan to know)."""
    return stats.rows_at_most(store, dashboard_queries.DASHBOARD_TABLES) > READ_AT_ONCE_ROWS


def utc_today() -> date:
    return utc_now().date()


def labels(enumeration: type[LabelledEnum]) -> tuple[str, ...]:
    """Every label of an enumeration in the window's language (a column's samples)."""
    return tuple(label(member) for member in enumeration)


def heading_label(text: str) -> QLabel:
    label = QLabel(text)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 1.15)
    font.setBold(True)
    label.setFont(font)
    return label


def list_table(name: str, model, fits: list[Fit]) -> QTableView:
    """A read-only, row-selecting list of the dashboard, its columns fitted to its width
    (widgets/column_fit)."""
    table = QTableView()
    table.setObjectName(name)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setWordWrap(False)
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
    table.horizontalHeader().setHighlightSections(False)
    fit_columns(table, fits)
    return table


class DashboardPage(Page):
    """What needs doing: open actions (overdue first), QIPs late or near the ceiling,
    flash incidents whose flash report is not sent, support requests awaiting a decision.
    Double-click opens the record.

    Attributes: store, prompter, today (a function giving the date actions are due
    against), model (OpenActionsModel), table, summary_label, actions_label,
    mark_done_button, open_button; operations_label (counts of operations), qip_model /
    qip_table / qip_label, flash_model / flash_table / flash_label / flash_sent_button,
    support_model / support_table / support_label; overdue_model / overdue_table /
    overdue_heading / overdue_label / interval_button (communities not assessed for longer
    than the mission's interval), rises_model / rises_table / rises_heading / rises_label
    (communities whose severity rose), reminder_widgets (all of these, hidden while the
    database holds no assessment); reading (the worker's Task while the lists are read in the
    background, else None).
    Signals: community_requested(key): show a community's trend; rules_requested: change
    the mission's rules (the assessment interval among them).
    """

    KEY = "dashboard"
    TITLE = "Dashboard"
    ICON = ":/icons/dashboard"

    community_requested = Signal(str)
    rules_requested = Signal()

    def __init__(
        self,
        store: Store,
        prompter: Prompter,
        parent: QWidget | None = None,
        today: Callable[[], date] = utc_today,
        counts: Callable[[Sequence[str]], dict[str, int] | None] | None = None,
        read_in_background: bool = False,
    ):
        super().__init__(parent)
        self.store = store
        # The records' counts: the window's (None while a worker counts them, then
        # show_counts), or read here.
        self._counts = counts or (lambda tables: stats.record_counts(store, tables))
        self.prompter = prompter
        self.today = today
        # read_in_background (the window, on a large file): the lists and their counts are
        # read on a worker, and the dashboard shows at once, filled when they come.
        read = not read_in_background
        self.model = OpenActionsModel(store, today(), self, read=read)
        self.qip_model = QipAlertsModel(store, today(), self, read=read)
        self.flash_model = FlashIncidentsModel(store, today(), self, read=read)
        self.support_model = AwaitingSupportModel(store, today(), self, read=read)
        self.overdue_model = OverdueCommunitiesModel(store, today(), self, read=read)
        self.rises_model = SeverityRisesModel(store, today(), self, read=read)
        self.reading: Task | None = None  # the worker's read, until its lists are shown
        self._reads = 0  # reads begun: a worker's lists older than the last read are dropped
        layout = QVBoxLayout(self)
        self.recovered = RecoveredDrafts(store)  # unsaved edits a crash left behind
        layout.addWidget(self.recovered)
        self.first_steps = FirstSteps(store)  # a new database's checklist
        self.first_steps.parent_requested.connect(self.set_parent_formation)
        layout.addWidget(self.first_steps)
        self.summary_label = QLabel()
        self.summary_label.setObjectName("summaryLabel")
        self.operations_label = QLabel()
        self.operations_label.setObjectName("operationsLabel")
        self.operations_label.setWordWrap(True)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.operations_label)

        self.actions_label = QLabel()
        self.actions_label.setObjectName("actionsLabel")
        self.table = self._make_table()
        buttons = QHBoxLayout()
        self.mark_done_button = QPushButton(self.tr("Mark &done"))
        self.mark_done_button.setToolTip(self.tr("Close the selected action: it was done"))
        self.open_button = QPushButton(self.tr("&Open liaison entry"))
        self.open_button.setToolTip(self.tr("Open the liaison entry the action comes from"))
        buttons.addWidget(self.mark_done_button)
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)

        self.flash_label = QLabel()
        self.flash_label.setObjectName("flashLabel")
        self.flash_table = list_table(
            "flashTable",
            self.flash_model,
            [
                Fit(samples=("2026-11-24 15:50Z",)),
                Fit(REF, samples=(f"{self._widest_code()}-INC-2026-0000",)),
                Fit(TEXT, samples=labels(IncidentCategory)),
                Fit(samples=("999",)),
                Fit(TEXT),
            ],
        )
        flash_buttons = QHBoxLayout()
        self.flash_sent_button = QPushButton(self.tr("Mark &flash report sent…"))
        self.flash_sent_button.setToolTip(
            self.tr("Record when the flash report on the selected incident went to higher HQ")
        )
        flash_buttons.addWidget(self.flash_sent_button)
        flash_buttons.addStretch(1)

        self.qip_label = QLabel()
        self.qip_label.setObjectName("qipLabel")
        self.qip_table = list_table(
            "qipTable",
            self.qip_model,
            [
                Fit(TEXT),
                Fit(samples=(self._near_ceiling_sample(),)),  # an amount: never cut
                Fit(samples=("2026-11-25",)),
            ],
        )
        self.support_label = QLabel()
        self.support_label.setObjectName("supportLabel")
        self.support_table = list_table(
            "supportTable",
            self.support_model,
            [
                Fit(samples=labels(SupportPriority)),
                Fit(samples=("2026-11-25",)),
                Fit(TEXT, samples=labels(SupportType)),
                Fit(TEXT),
            ],
        )
        self.overdue_heading = heading_label("")
        self.overdue_label = QLabel()
        self.overdue_label.setObjectName("overdueLabel")
        self.overdue_table = list_table(
            "overdueTable",
            self.overdue_model,
            [
                Fit(TEXT),
                Fit(samples=labels(CommunityKind)),
                Fit(samples=("2026-11-25",)),
                Fit(samples=("9999",)),
            ],
        )
        # The interval's button beside the count, not under the list: a fourth row of
        # buttons would make the window taller than a 1366×768 laptop's screen.
        self.interval_button = QPushButton(self.tr("&Interval…"))
        self.interval_button.setObjectName("intervalButton")
        self.interval_button.setToolTip(
            self.tr("How many days may pass before a community is assessed again (mission rules)")
        )
        self.interval_button.clicked.connect(self.rules_requested)
        overdue_top = QWidget()
        overdue_row = QHBoxLayout(overdue_top)
        overdue_row.setContentsMargins(0, 0, 0, 0)
        overdue_row.addWidget(self.overdue_label)
        overdue_row.addWidget(self.interval_button)
        self.rises_label = QLabel()
        self.rises_label.setObjectName("risesLabel")
        self.rises_table = list_table(
            "risesTable",
            self.rises_model,
            [Fit(TEXT), Fit(TEXT), Fit(samples=("2026-11-25",))],
        )
        self.rises_heading = heading_label(self.tr("Communities whose severity rose"))
        for table in (self.overdue_table, self.rises_table):
            # A heading row and one line at least: with the first steps of a new database
            # shown, the window still fits a 1366×768 laptop's screen.
            table.setMinimumHeight(
                table.horizontalHeader().sizeHint().height()
                + table.verticalHeader().defaultSectionSize()
                + 2 * table.frameWidth()
            )
        # Shown once the database holds an assessment: a new one has nothing to remind of.
        self.reminder_widgets: tuple[QWidget, ...] = (
            self.overdue_heading,
            overdue_top,
            self.overdue_table,
            self.rises_heading,
            self.rises_label,
            self.rises_table,
        )

        grid = QGridLayout()
        grid.setHorizontalSpacing(14)
        sections = (
            (0, 0, 2, self.tr("Open follow-up actions"), self.actions_label, self.table, buttons),
            (
                1,
                0,
                2,
                self.tr("Flash reports pending"),
                self.flash_label,
                self.flash_table,
                flash_buttons,
            ),
            (
                2,
                0,
                1,
                self.tr("Support requests awaiting decision"),
                self.support_label,
                self.support_table,
                None,
            ),
            (
                2,
                1,
                1,
                self.tr("QIPs late or near the ceiling"),
                self.qip_label,
                self.qip_table,
                None,
            ),
            (
                3,
                0,
                1,
                self.overdue_heading,
                overdue_top,
                self.overdue_table,
                None,
            ),
            (
                3,
                1,
                1,
                self.rises_heading,
                self.rises_label,
                self.rises_table,
                None,
            ),
        )
        for row, column, span, title, count_label, table, button_row in sections:
            box = QVBoxLayout()
            top = QHBoxLayout()
            top.addWidget(title if isinstance(title, QLabel) else heading_label(title))
            top.addStretch(1)
            top.addWidget(count_label)
            box.addLayout(top)
            box.addWidget(table, 1)
            if button_row is not None:
                box.addLayout(button_row)
            grid.addLayout(box, row, column, 1, span)
        grid.setRowStretch(0, 3)
        grid.setRowStretch(1, 2)
        grid.setRowStretch(2, 2)
        grid.setRowStretch(3, 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        layout.addLayout(grid, 1)

        self.mark_done_button.clicked.connect(self.mark_done)
        self.open_button.clicked.connect(self._open_selected)
        self.flash_sent_button.clicked.connect(self.mark_flash_sent)
        self.table.activated.connect(self._open_index)
        for table in (self.flash_table, self.qip_table, self.support_table):
            table.activated.connect(self._open_alert)
        for table in (self.overdue_table, self.rises_table):
            table.activated.connect(self._open_community)
        self.recovered.reload()  # the models read themselves as they were made
        if read_in_background:
            self._read_in_background()
        else:
            self._update_labels()
        self._fresh = True  # just read: the first showing (at once) need not read again

    def _make_table(self) -> QTableView:
        table = QTableView()
        table.setObjectName("actionsTable")
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setWordWrap(False)
        table.verticalHeader().setVisible(False)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
        table.horizontalHeader().setHighlightSections(False)
        # References carry the unit's code: a sector's ('SECTORWEST-2026-0182') is longer
        # than a battalion's, and its number must not be cut off.
        fit_columns(
            table,
            [
                Fit(samples=("2026-11-25",)),
                Fit(),
                Fit(TEXT),
                Fit(TEXT),
                Fit(REF, samples=(f"{self._widest_code()}-2026-0000",)),
            ],
        )
        return table

    def _near_ceiling_sample(self) -> str:
        return QCoreApplication.translate("QipAlertsModel", "near ceiling: {amount}").format(
            amount=usd(50_000)
        )

    def _widest_code(self) -> str:
        """The unit code references begin with here (at least as wide as 'BANBAT1')."""
        return max(self.store.unit.code, "BANBAT1", key=len)

    def activate(self) -> None:
        if self._fresh:
            self._fresh = False
            return
        self.reload()

    def refresh(self) -> None:
        """Shown: read again now. Hidden: nothing (activate reads everything again when the
        dashboard is shown): a save elsewhere does not recount the dashboard's tables."""
        self._fresh = False
        if self.isVisible():
            self.reload()

    def _read_in_background(self) -> None:
        """The lists and counts read on a worker's connection (labels empty meanwhile)."""
        self._reads += 1
        number, today, mark = self._reads, self.today(), stats.count_mark(self.store)
        for text_label in (
            self.actions_label,
            self.operations_label,
            self.flash_label,
            self.qip_label,
            self.support_label,
            self.overdue_label,
            self.rises_label,
        ):
            text_label.setText("")
        for button in (self.mark_done_button, self.open_button, self.flash_sent_button):
            button.setEnabled(False)
        self.show_counts()
        self.first_steps.reload()
        self.reading = run_task(
            "read the dashboard",
            with_own_store,
            self.store.path,
            dashboard_queries.read_dashboard,
            today,
            on_finished=lambda lists: self._lists_read(number, today, mark, lists),
            on_failed=lambda _error: self._lists_read(number, today, mark, None),
            parent=self,
        )

    def _lists_read(
        self,
        number: int,
        today: date,
        mark: tuple[int, int] | None,
        lists: dashboard_queries.DashboardLists | None,
    ) -> None:
        if number != self._reads:
            return  # read again since, here
        self.reading = None
        if not self.isVisible():
            # Another page in front (it reads again when shown), or this one dropped with
            # its store (a lock, another database): nothing to show, nothing to ask.
            self._fresh = False
            return
        if lists is None or mark is None or stats.count_mark(self.store) != mark:
            self.reload()  # failed, or written meanwhile: read here, now
            return
        self.model.show_items(lists.actions, today)
        self.qip_model.show_items(lists.qip_alerts, today)
        self.flash_model.show_items(lists.flash, today)
        self.support_model.show_items(lists.support, today)
        self.overdue_model.show_items(lists.overdue, today)
        self.rises_model.show_items(lists.rises, today)
        self._update_labels(lists.summary)

    def reload(self) -> None:
        self._reads += 1
        self.reading = None
        today = self.today()
        for model in (
            self.model,
            self.qip_model,
            self.flash_model,
            self.support_model,
            self.overdue_model,
            self.rises_model,
        ):
            model.reload(today)
        self.recovered.reload()
        self._update_labels()

    def focus_main(self) -> None:
        self.table.setFocus()

    def selected_row(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def mark_done(self) -> bool:
        row = self.selected_row()
        if row is None:
            self.status_message.emit(self.tr("Select an action first."))
            return False
        item = self.model.item_at(row)
        try:
            liaison.set_action_status(self.store, item.action.id, ActionStatus.DONE)
        except CimicError as exc:
            self.prompter.error(self.tr("Action not changed"), message(exc))
            return False
        self.model.remove_action(item.action.id)
        self._update_labels()
        self.status_message.emit(
            self.tr("Marked done: {action} ({ref}).").format(
                action=item.action.description, ref=item.entry_ref
            )
        )
        self.records_changed.emit()
        return True

    def _open_selected(self) -> None:
        row = self.selected_row()
        if row is not None:
            self.open_requested.emit("liaison", self.model.item_at(row).entry_id)

    def _open_index(self, index: QModelIndex) -> None:
        entry_id = index.data(OpenActionsModel.EntryIdRole)
        if entry_id:
            self.open_requested.emit("liaison", entry_id)

    def _open_alert(self, index: QModelIndex) -> None:
        model: AlertListModel = index.model()  # type: ignore[assignment]
        record_id = index.data(AlertListModel.RecordIdRole)
        if record_id:
            self.open_requested.emit(model.KIND, record_id)

    def _open_community(self, index: QModelIndex) -> None:
        key = index.data(AlertListModel.RecordIdRole)
        if key:
            self.community_requested.emit(key)

    def mark_flash_sent(self) -> bool:
        """Record when the flash report on the selected incident went; it leaves the list."""
        rows = self.flash_table.selectionModel().selectedRows()
        if not rows:
            self.status_message.emit(self.tr("Select a flash incident first."))
            return False
        incident = self.flash_model.item_at(rows[0].row())
        when = self.prompter.ask_time(
            self.tr("Flash report sent"),
            self.tr("When did the flash report on {ref} go to higher HQ (Zulu)?").format(
                ref=incident.reference
            ),
            now_stamp(),
        )
        if when is None:
            return False
        try:
            incidents.mark_flash_sent(self.store, incident.id, when)
        except CimicError as exc:
            self.prompter.error(self.tr("Flash report not marked"), message(exc))
            return False
        self.flash_model.reload(self.today())
        self._update_labels()
        self.status_message.emit(
            self.tr("Flash report on {ref} marked sent.").format(ref=incident.reference)
        )
        self.records_changed.emit()
        return True

    def set_parent_formation(self) -> bool:
        """Ask for the formation the unit reports to and record it (first steps)."""
        answer = self.prompter.ask_text(
            self.tr("Parent formation"),
            self.tr("Which formation does {unit} report to (e.g. Sector West)?").format(
                unit=self.store.unit.name
            ),
            self.store.unit.parent,
        )
        if not answer:
            return False
        try:
            unit = unit_details.set_parent(self.store, answer)
        except CimicError as exc:
            self.prompter.error(self.tr("Parent formation not recorded"), message(exc))
            return False
        self.first_steps.reload()
        self.status_message.emit(
            self.tr("{unit} reports to {parent}.").format(unit=unit.name, parent=unit.parent)
        )
        self.records_changed.emit()
        return True

    def show_counts(self) -> None:
        """'In this database: …' (empty while the counts are still being read)."""
        counts = self._counts(stats.RECORD_TABLES)
        if counts is None:
            self.summary_label.setText("")
            return
        self.summary_label.setText(
            self.tr("In this database: {counts}").format(
                counts=" · ".join(
                    [
                        self.tr("%Ln organisation(s)", "", counts["organisations"]),
                        self.tr("%Ln contact(s)", "", counts["contacts"]),
                        self.tr("%Ln liaison entr(y|ies)", "", counts["liaison_entries"]),
                        self.tr("%Ln QIP(s)", "", counts["qips"]),
                        self.tr("%Ln incident(s)", "", counts["incidents"]),
                        self.tr("%Ln support request(s)", "", counts["support_requests"]),
                        self.tr("%Ln assessment(s)", "", counts["assessments"]),
                    ]
                )
            )
        )

    def _update_labels(self, ops: dashboard_queries.OperationsSummary | None = None) -> None:
        self.show_counts()
        self.first_steps.reload()
        open_count = self.model.rowCount()
        overdue = self.model.overdue_count()
        text = self.tr("{actions}, {overdue} overdue").format(
            actions=self.tr("%Ln open action(s)", "", open_count),
            overdue=overdue,
        )
        self.actions_label.setText(text)
        self.actions_label.setStyleSheet("color: #8a1c1c; font-weight: bold;" if overdue else "")
        has_rows = open_count > 0
        self.mark_done_button.setEnabled(has_rows)
        self.open_button.setEnabled(has_rows)
        self._update_operations_labels(ops)

    def _update_operations_labels(
        self, ops: dashboard_queries.OperationsSummary | None = None
    ) -> None:
        """The counts of operations (ops: as read with the lists, else read now)."""
        if ops is None:
            # What the lists hold (read for the same day) is not read again to count.
            today = self.today()
            ops = dashboard_queries.operations_summary(
                self.store,
                today,
                alerts=self.qip_model.every_alert() if self.qip_model.today == today else None,
                flash_pending=self.flash_model.pending_count(),
            )
        self.operations_label.setText(
            self.tr(
                "QIPs: {running} running, {late} late, {near} near the ceiling · "
                "Incidents: {open} open, {flash} flash pending · "
                "Support requests: {awaiting} awaiting decision"
            ).format(
                running=ops.qips_active,
                late=ops.qips_late,
                near=ops.qips_near_ceiling,
                open=ops.incidents_open,
                flash=ops.flash_pending,
                awaiting=ops.support_awaiting,
            )
        )
        flash = self.flash_model.rowCount()
        self.flash_label.setText(
            self.tr("{reports} pending").format(reports=self.tr("%Ln flash report(s)", "", flash))
            if flash
            else self.tr("none")
        )
        self.flash_label.setStyleSheet(ALERT_STYLE if flash else "")
        late = self.qip_model.late_count()
        self.qip_label.setText(
            self.tr("{projects}, {late} late").format(
                projects=self.tr("%Ln project(s)", "", self.qip_model.rowCount()),
                late=late,
            )
        )
        self.qip_label.setStyleSheet(ALERT_STYLE if late else "")
        self.support_label.setText(self.tr("%Ln request(s)", "", self.support_model.rowCount()))
        self.flash_sent_button.setEnabled(flash > 0 and not self.store.read_only_reason())
        self._update_assessment_labels()

    def _update_assessment_labels(self) -> None:
        """The reminders' headings and counts (the interval as the mission's rules say)."""
        days = get_mission_settings(self.store).assessment_interval_days
        self.overdue_heading.setText(
            self.tr("Communities not assessed for more than %n day(s)", "", days)
        )
        overdue = self.overdue_model.rowCount()
        self.overdue_label.setText(
            self.tr("%Ln communit(y|ies)", "", overdue) if overdue else self.tr("none")
        )
        rose = self.rises_model.rowCount()
        self.rises_label.setText(
            self.tr("%Ln communit(y|ies)", "", rose) if rose else self.tr("none")
        )
        self.rises_label.setStyleSheet(ALERT_STYLE if rose else "")
        self.interval_button.setEnabled(not self.store.read_only_reason())
        shown = stats.has_live(self.store, assessments.TABLE)  # not a count of them all
        for widget in self.reminder_widgets:
            widget.setVisible(shown)
