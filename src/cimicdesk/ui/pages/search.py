"""The search results page: hits across every record type, opened on their own pages."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from cimicdesk.store.database import Store
from cimicdesk.ui.formatting import plural
from cimicdesk.ui.models.search import SearchResultsModel
from cimicdesk.ui.pages.base import Page


class SearchPage(Page):
    """Shows the results of the toolbar's search; Enter or double-click opens one.

    Attributes: model (SearchResultsModel), table, heading.
    """

    KEY = "search"
    TITLE = "Search"
    ICON = ":/icons/search"

    def __init__(self, store: Store, parent: QWidget | None = None):
        super().__init__(parent)
        self.model = SearchResultsModel(store, self)
        layout = QVBoxLayout(self)
        self.heading = QLabel(self.tr("Type in the search box (Ctrl+F) to search every record."))
        self.heading.setObjectName("searchHeading")
        layout.addWidget(self.heading)
        self.table = QTableView()
        self.table.setObjectName("searchResults")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        char = self.table.fontMetrics().averageCharWidth()
        header.resizeSection(SearchResultsModel.KIND, 14 * char + 16)
        header.resizeSection(SearchResultsModel.TITLE, 48 * char + 16)
        header.setSectionResizeMode(SearchResultsModel.SNIPPET, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)
        self.table.activated.connect(self.open_index)

    def run(self, text: str) -> int:
        """Search and show the hits (the first one selected); returns how many."""
        self.model.run(text)
        count = self.model.rowCount()
        if not text.strip():
            self.heading.setText(self.tr("Type in the search box (Ctrl+F) to search every record."))
        elif count:
            found = plural(count, self.tr("record"), self.tr("records"))
            if count >= SearchResultsModel.LIMIT:
                heading = self.tr(
                    "{found} found for “{text}” (the best shown). Enter or double-click opens one."
                )
            else:
                heading = self.tr("{found} found for “{text}”. Enter or double-click opens one.")
            self.heading.setText(heading.format(found=found, text=text))
            self.table.selectRow(0)
        else:
            self.heading.setText(self.tr("Nothing found for “{text}”.").format(text=text))
        return count

    def open_selected(self) -> bool:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return False
        self.open_index(rows[0])
        return True

    def open_index(self, index: QModelIndex) -> None:
        kind = index.data(SearchResultsModel.KindRole)
        record_id = index.data(SearchResultsModel.RecordIdRole)
        if kind and record_id:
            self.open_requested.emit(kind, record_id)

    def focus_main(self) -> None:
        self.table.setFocus()
