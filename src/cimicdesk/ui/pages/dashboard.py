"""The Dashboard: open follow-up actions (overdue first) and a summary of the records."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from cimicdesk.domain.enums import ActionStatus
from cimicdesk.domain.errors import CimicError
from cimicdesk.domain.timeutil import utc_now
from cimicdesk.store import liaison, stats
from cimicdesk.store.database import Store
from cimicdesk.ui.formatting import plural
from cimicdesk.ui.models.actions import OpenActionsModel
from cimicdesk.ui.pages.base import Page
from cimicdesk.ui.prompts import Prompter


def utc_today() -> date:
    return utc_now().date()


class DashboardPage(Page):
    """What needs doing: open actions, overdue first; double-click opens the entry.

    Attributes: store, prompter, today (a function giving the date actions are due
    against), model (OpenActionsModel), table, summary_label, actions_label,
    mark_done_button, open_button.
    """

    KEY = "dashboard"
    TITLE = "Dashboard"
    ICON = ":/icons/dashboard"

    def __init__(
        self, store: Store, prompter: Prompter, parent: QWidget | None = None,
        today: Callable[[], date] = utc_today,
    ):
        super().__init__(parent)
        self.store = store
        self.prompter = prompter
        self.today = today
        self.model = OpenActionsModel(store, today(), self)
        layout = QVBoxLayout(self)
        heading = QLabel("Open follow-up actions")
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        heading.setFont(font)
        self.summary_label = QLabel()
        self.summary_label.setObjectName("summaryLabel")
        self.actions_label = QLabel()
        self.actions_label.setObjectName("actionsLabel")
        top = QHBoxLayout()
        top.addWidget(heading)
        top.addStretch(1)
        top.addWidget(self.actions_label)
        layout.addWidget(self.summary_label)
        layout.addLayout(top)
        self.table = self._make_table()
        layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        self.mark_done_button = QPushButton("Mark &done")
        self.mark_done_button.setToolTip("Close the selected action: it was done")
        self.open_button = QPushButton("&Open liaison entry")
        self.open_button.setToolTip("Open the liaison entry the action comes from")
        buttons.addWidget(self.mark_done_button)
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.mark_done_button.clicked.connect(self.mark_done)
        self.open_button.clicked.connect(self._open_selected)
        self.table.activated.connect(self._open_index)
        self._update_labels()

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
        header = table.horizontalHeader()
        header.setHighlightSections(False)
        char = table.fontMetrics().averageCharWidth()
        widths = {self.model.DUE: 12, self.model.OVERDUE: 10, self.model.OWNER: 18,
                  self.model.REF: 20}
        for column, chars in widths.items():
            header.resizeSection(column, chars * char + 16)
        header.setSectionResizeMode(self.model.ACTION, QHeaderView.ResizeMode.Stretch)
        return table

    def activate(self) -> None:
        self.reload()

    def refresh(self) -> None:
        if self.isVisible():
            self.reload()
        else:
            self._update_labels()

    def reload(self) -> None:
        self.model.reload(self.today())
        self._update_labels()

    def focus_main(self) -> None:
        self.table.setFocus()

    def selected_row(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def mark_done(self) -> bool:
        row = self.selected_row()
        if row is None:
            self.status_message.emit("Select an action first.")
            return False
        item = self.model.item_at(row)
        try:
            liaison.set_action_status(self.store, item.action.id, ActionStatus.DONE)
        except CimicError as exc:
            self.prompter.error("Action not changed", str(exc))
            return False
        self.model.remove_action(item.action.id)
        self._update_labels()
        self.status_message.emit(f"Marked done: {item.action.description} ({item.entry_ref}).")
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

    def _update_labels(self) -> None:
        counts = stats.record_counts(self.store)
        self.summary_label.setText(
            "In this database: "
            + " · ".join([
                plural(counts["organisations"], "organisation"),
                plural(counts["contacts"], "contact"),
                plural(counts["liaison_entries"], "liaison entry", "liaison entries"),
            ])
        )
        open_count = self.model.rowCount()
        overdue = self.model.overdue_count()
        text = f"{plural(open_count, 'open action')}, {overdue} overdue"
        self.actions_label.setText(text)
        self.actions_label.setStyleSheet("color: #8a1c1c; font-weight: bold;" if overdue else "")
        has_rows = open_count > 0
        self.mark_done_button.setEnabled(has_rows)
        self.open_button.setEnabled(has_rows)

