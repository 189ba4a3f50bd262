"""A community's trend: its assessments side by side and each sector's severity as a line.

A window of its own, opened from the dashboard's reminders and the Assessments page's
Trend button (MainWindow.show_community(key)): the community's assessments as columns (oldest left),
a row per sector with its severity in the JIAF colours, ↑ or ↓ against the previous
assessment that rated the sector, the population, and a small chart per sector.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from cimicdesk.domain.assessment import Assessment
from cimicdesk.domain.assessment_trend import community_key
from cimicdesk.store import assessments as assessment_store
from cimicdesk.store.database import Store
from cimicdesk.ui.formatting import grid_display
from cimicdesk.ui.i18n import label
from cimicdesk.ui.models.assessment_trend import CommunityTrendModel
from cimicdesk.ui.pages.record_page import RecordPage
from cimicdesk.ui.widgets.severity_chart import SeverityCharts

translate = QCoreApplication.translate
CELL_SAMPLES = ("5 · Catastrophic ↑", "UNITCODE12-ASM-2026-000")  # a column fits these whole


class CommunityTrendDialog(QDialog):
    """The trend of one community (not modal: the officer can keep it beside the window).

    Attributes: store, key (the community key shown), model (CommunityTrendModel), table,
    charts (SeverityCharts), title_label, where_label, open_button.
    Signals: open_requested(kind, id): open an assessment in its page.
    """

    open_requested = Signal(str, str)

    def __init__(self, store: Store, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.key = ""
        self.setWindowTitle(self.tr("Community trend"))
        self.setObjectName("communityTrend")
        layout = QVBoxLayout(self)
        self.title_label = QLabel()
        self.title_label.setObjectName("trendTitle")
        self.title_label.setTextFormat(Qt.TextFormat.PlainText)  # a name typed by an officer
        font = self.title_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.title_label.setFont(font)
        layout.addWidget(self.title_label)
        self.where_label = QLabel()
        self.where_label.setObjectName("trendWhere")
        self.where_label.setTextFormat(Qt.TextFormat.PlainText)
        self.where_label.setWordWrap(True)
        layout.addWidget(self.where_label)

        self.model = CommunityTrendModel(self)
        self.table = QTableView()
        self.table.setObjectName("trendTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectColumns)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        metrics = self.table.fontMetrics()
        self.table.horizontalHeader().setDefaultSectionSize(
            max(metrics.horizontalAdvance(text) for text in CELL_SAMPLES) + 16
        )
        self.table.horizontalHeader().setHighlightSections(False)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.table.doubleClicked.connect(lambda index: self._open_column(index.column()))
        layout.addWidget(self.table)

        charts_label = QLabel(
            self.tr("Severity over time, per sector (1 minimal – 5 catastrophic)")
        )
        charts_label.setObjectName("chartsLabel")
        layout.addWidget(charts_label)
        self.charts = SeverityCharts()
        self.charts.setObjectName("severityCharts")
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self.charts)
        layout.addWidget(scroll, 1)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.open_button = QPushButton(self.tr("&Open assessment"))
        self.open_button.setToolTip(
            self.tr("Open the assessment of the selected column (or double-click it)")
        )
        self.open_button.clicked.connect(self._open_selected)
        buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.close)
        layout.addWidget(buttons)
        # The first focus on a button, not the table: a current cell there would be drawn
        # selected, its severity's colour hidden under the highlight.
        buttons.button(QDialogButtonBox.StandardButton.Close).setFocus()
        self.resize(1100, 720)

    def show_community(self, key: str) -> bool:
        """Show the community of a key (the store's community_key); False if it has no
        assessment left (deleted since)."""
        self.key = key
        history = assessment_store.community_history(self.store, key)
        self.show_assessments(history)
        return bool(self.model.assessments)

    def show_assessments(self, history: list[Assessment]) -> None:
        self.model.show_assessments(history)
        self.charts.show_series(self.model.series)
        shown = self.model.assessments
        if not shown:
            self.title_label.setText(self.tr("No assessment of this community is left."))
            self.where_label.setText("")
            self.open_button.setEnabled(False)
            return
        last = shown[-1]
        self.title_label.setText(f"{last.community_name} ({label(last.community_kind)})")
        self.setWindowTitle(self.tr("Trend: {community}").format(community=last.community_name))
        # sub-prefecture, prefecture, grid, place in words: each once (a place is often
        # the sub-prefecture's name again)
        where = list(
            dict.fromkeys(
                part for part in (last.adm2, last.adm1, grid_display(last.grid), last.place) if part
            )
        )
        self.where_label.setText(
            " · ".join(
                [
                    *where,
                    self.tr("%n assessment(s), {first} to {last}", "", len(shown)).format(
                        first=shown[0].assessed_on, last=last.assessed_on
                    ),
                ]
            )
        )
        self.open_button.setEnabled(True)
        self._fit_height()
        # the newest in view: the columns run oldest left
        self.table.scrollTo(self.model.index(0, len(shown) - 1))

    def _fit_height(self) -> None:
        """The table as tall as its rows (they are few and fixed), and the scroll bar's
        room when the columns run wider than the window: the charts take the rest."""
        table = self.table
        rows = sum(table.rowHeight(r) for r in range(self.model.rowCount()))
        bar = table.horizontalScrollBar().sizeHint().height()
        header = table.horizontalHeader().sizeHint().height()
        table.setFixedHeight(rows + header + bar + 2 * table.frameWidth())

    def _open_selected(self) -> None:
        columns = self.table.selectionModel().selectedColumns()
        column = columns[0].column() if columns else len(self.model.assessments) - 1
        self._open_column(column)

    def _open_column(self, column: int) -> None:
        if 0 <= column < len(self.model.assessments):
            self.open_requested.emit("assessment", self.model.assessments[column].id)


def add_trend_button(page: RecordPage, show_community: Callable[[str], object]) -> QPushButton:
    """A 'Trend' button beside the Assessments page's own buttons: the trend of the
    community of the assessment in its editor (a new one says to save it first)."""
    button = QPushButton(translate("CommunityTrendDialog", "&Trend…"))
    button.setObjectName("trendButton")
    button.setToolTip(
        translate(
            "CommunityTrendDialog",
            "This community's assessments side by side, each sector's severity over time",
        )
    )

    def clicked() -> None:
        editor = page.editor
        if editor.is_new:
            page.status_message.emit(
                translate("CommunityTrendDialog", "Save the assessment first.")
            )
            return
        found = assessment_store.get_assessment(page.store, editor.record_id)
        show_community(community_key(found).text)

    button.clicked.connect(clicked)
    page.extra_buttons.addWidget(button)
    return button
