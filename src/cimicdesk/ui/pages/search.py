"""The search results page: hits across every record type, opened on their own pages."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from cimicdesk.domain.errors import CimicError
from cimicdesk.store.database import Store
from cimicdesk.store.search import MAX_QUERY_CHARS, MAX_QUERY_TERMS
from cimicdesk.ui.i18n import message
from cimicdesk.ui.models.search import SearchResultsModel
from cimicdesk.ui.pages.base import Page
from cimicdesk.ui.widgets.column_fit import TEXT, Fit, fit_columns
from cimicdesk.ui.widgets.empty_state import EmptyState


class SearchPage(Page):
    """Shows the results of the toolbar's search; Enter or double-click opens one.

    Signals: results_shown() when hits searched for off the UI thread are shown;
    clear_requested() when the officer asks to clear a search that found nothing.
    Attributes: model (SearchResultsModel), table, heading, empty_state (the note over
    the table when nothing was found).
    """

    results_shown = Signal()
    clear_requested = Signal()
    TYPED_SHOWN = 60  # characters of the searched text repeated in the heading

    KEY = "search"
    TITLE = "Search"
    ICON = ":/icons/search"

    def __init__(self, store: Store, parent: QWidget | None = None):
        super().__init__(parent)
        self.model = SearchResultsModel(store, self)
        layout = QVBoxLayout(self)
        self.heading = QLabel(self.tr("Type in the search box (Ctrl+F) to search every record."))
        self.heading.setObjectName("searchHeading")
        self.heading.setWordWrap(True)  # a note that the search was shortened fits too
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
        self.table.horizontalHeader().setHighlightSections(False)
        self.fitter = fit_columns(self.table, [Fit(), Fit(TEXT), Fit(TEXT)])
        layout.addWidget(self.table, 1)
        self.empty_state = EmptyState(self.table)
        self.empty_state.action_requested.connect(self.clear_requested)
        self.table.activated.connect(self.open_index)
        self._open_first = False
        self.model.results_arrived.connect(self._arrived)
        self.model.search_failed.connect(self._search_failed)

    def request(self, text: str) -> None:
        """Search off the UI thread; the hits show when they arrive (results_shown), the
        first one selected. The newest request wins."""
        self._open_first = False  # what was typed since Enter is not what Enter meant
        self.model.request(text)

    def open_when_shown(self) -> None:
        """Open the best hit now if the hits shown are the newest, else once they arrive."""
        if self.model.pending():
            self._open_first = True
        else:
            self.open_selected()

    def cancel(self) -> None:
        self._open_first = False
        self.model.cancel()

    def _arrived(self) -> None:
        # Fitted now, not on the fitter's timer: the hits are painted once, in their
        # columns' widths, instead of a second time after the fit.
        self.fitter.fit()
        self._shown()
        self.results_shown.emit()
        if self._open_first:
            self._open_first = False
            self.open_selected()

    def _search_failed(self, error: BaseException) -> None:
        self._open_first = False
        if isinstance(error, CimicError):
            reason = message(error)
        else:
            reason = f"{type(error).__name__}: {error}"
        self.heading.setText(self.tr("The search failed: {reason}").format(reason=reason))
        self.empty_state.hide()

    def _shown(self) -> int:
        """Say what the hits shown are; returns how many."""
        text, count = self.model.text, self.model.rowCount()
        # What was typed, cut for the heading: a pasted page must not widen the window.
        typed = text if len(text) <= self.TYPED_SHOWN else text[: self.TYPED_SHOWN] + "…"
        if not text.strip():
            heading = self.tr("Type in the search box (Ctrl+F) to search every record.")
        elif count:
            found = self.tr("%Ln record(s)", "", count)
            if count >= SearchResultsModel.LIMIT:
                heading = self.tr(
                    "{found} found for “{text}” (the best shown). Enter or double-click opens one."
                )
            else:
                heading = self.tr("{found} found for “{text}”. Enter or double-click opens one.")
            heading = heading.format(found=found, text=typed)
            self.table.selectRow(0)
        else:
            heading = self.tr("Nothing found for “{text}”.").format(text=typed)
        if text.strip() and self.model.shortened:
            heading += " " + self.tr(
                "The search was shortened: only its first {words} different words within "
                "{chars} characters were searched."
            ).format(words=MAX_QUERY_TERMS, chars=MAX_QUERY_CHARS)
        self.heading.setText(heading)
        self._show_empty_state(bool(text.strip()) and not count)
        return count

    def _show_empty_state(self, nothing_found: bool) -> None:
        """Over an empty result: how search matches, and a button to clear it."""
        if not nothing_found:
            self.empty_state.hide()
            return
        self.empty_state.show_note(
            self.tr("No record holds every word searched.")
            + "\n"
            + self.tr(
                "Words match by their beginnings (“Kidj” finds Kidjigra): "
                "try fewer words or another spelling."
            ),
            self.tr("Clear search (Esc)"),
            self.tr("Empty the search box and go back to the page you were on"),
        )

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
