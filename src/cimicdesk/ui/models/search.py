"""Search results across every record type: the directory, the log and operations."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal

from cimicdesk.domain.masking import restricted_code
from cimicdesk.store import search
from cimicdesk.store.database import Store
from cimicdesk.store.search import SearchHit
from cimicdesk.store.search_reader import SearchReader
from cimicdesk.ui.models.read_only import HeadedListModel, Index
from cimicdesk.ui.workers import Task, with_own_store

# English, marked for lupdate; shown translated in the context 'SearchResultsModel'.
KIND_LABELS = {
    "contact": QT_TRANSLATE_NOOP("SearchResultsModel", "Contact"),
    "organisation": QT_TRANSLATE_NOOP("SearchResultsModel", "Organisation"),
    "liaison": QT_TRANSLATE_NOOP("SearchResultsModel", "Liaison entry"),
    "qip": QT_TRANSLATE_NOOP("SearchResultsModel", "QIP"),
    "incident": QT_TRANSLATE_NOOP("SearchResultsModel", "Incident"),
    "support_request": QT_TRANSLATE_NOOP("SearchResultsModel", "Support request"),
    "assessment": QT_TRANSLATE_NOOP("SearchResultsModel", "Assessment"),
}
SEARCHED_KINDS = tuple(KIND_LABELS)
_DISPLAY = int(Qt.ItemDataRole.DisplayRole.value)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole.value)


def search_job(reader: SearchReader, text: str, **options: Any) -> list[SearchHit]:
    """A search on a worker: on the reader's kept connection, else (none to use) on the
    file opened as the window has it, as every worker opens it."""
    hits = reader.search(text, **options)
    if hits is None:
        hits = with_own_store(reader.path, search.search, text, **options)
    return hits


def readable_snippet(snippet: str) -> str:
    """FTS marks matches with [ ]; show them as «» so they stand out from real brackets."""
    return snippet.replace("[", "«").replace("]", "»")


class SearchResultsModel(HeadedListModel):
    """The hits of the last search, best first.

    `request(text)` searches off the UI thread, one search at a time: text asked for
    while one runs waits, and only the newest waiting text is searched next, so typing
    never queues up work and results of an older text never replace newer ones.
    Signals: results_arrived() once the hits of the newest text are shown;
    search_failed(error) if its search failed.
    Attributes: store, text (what the hits shown were searched for), shortened (whether
    that text was cut to the query's bounds), reader (the connection searches keep,
    closed with the model).
    """

    results_arrived = Signal()
    search_failed = Signal(object)

    KindRole = Qt.ItemDataRole.UserRole + 1
    RecordIdRole = Qt.ItemDataRole.UserRole + 2
    KIND, TITLE, SNIPPET = range(3)
    HEADERS = (
        QT_TRANSLATE_NOOP("Columns", "Kind"),
        QT_TRANSLATE_NOOP("Columns", "Title"),
        QT_TRANSLATE_NOOP("Columns", "Matched text"),
    )
    LIMIT = 100

    def __init__(self, store: Store, parent=None):
        super().__init__(parent)
        self.store = store
        self.text = ""
        self.shortened = False
        self._items: list[SearchHit] = []
        self._texts: list[tuple[str, str, str]] = []  # each hit's row as shown
        self._wanted: str | None = None  # the newest text asked for, until its hits are shown
        self._running: tuple[str, Task] | None = None  # the search on a worker, and its text
        self.reader = SearchReader(store.path)
        self.destroyed.connect(self.reader.close)

    def run(self, text: str) -> None:
        """Search now, on this thread (the query is bounded, so this is quick)."""
        self._show(text, search.search(self.store, text, kinds=SEARCHED_KINDS, limit=self.LIMIT))

    def request(self, text: str) -> None:
        """Search for `text` on a worker; results_arrived() follows once it is shown."""
        self._wanted = text
        if self._running is None:
            self._start()

    def cancel(self) -> None:
        """Drop what was asked for: a search still running is shown nowhere."""
        self._wanted = None

    def pending(self) -> bool:
        """Whether hits of a requested text are still to come."""
        return self._wanted is not None

    def _start(self) -> None:
        text = self._wanted
        assert text is not None
        task = Task(
            "Search",
            search_job,
            self.reader,
            text,
            kinds=SEARCHED_KINDS,
            limit=self.LIMIT,
            parent=self,
        )
        task.finished.connect(self._finished)
        task.failed.connect(self._failed)
        self._running = (text, task)
        task.start()

    def _ended(self) -> str | None:
        """The text of the search that just ended if it is still the one wanted; starts
        the newest text instead when another was asked for meanwhile."""
        assert self._running is not None
        text, task = self._running
        self._running = None
        task.deleteLater()
        if self._wanted == text:
            self._wanted = None
            return text
        if self._wanted is not None:
            self._start()
        return None

    def _finished(self, hits: list[SearchHit]) -> None:
        text = self._ended()
        if text is not None:
            self._show(text, hits)
            self.results_arrived.emit()

    def _failed(self, error: BaseException) -> None:
        text = self._ended()
        if text is not None:
            self._show(text, [])
            self.search_failed.emit(error)

    def _show(self, text: str, hits: list[SearchHit]) -> None:
        self.beginResetModel()
        self.text = text
        self.shortened = search.parse_query(text).shortened
        self._items = hits
        self._texts = [self._row_texts(hit) for hit in hits]
        self.endResetModel()

    def _row_texts(self, hit: SearchHit) -> tuple[str, str, str]:
        """What a hit's row shows (kind, title, matched text), made once when the hits
        arrive: the view asks data() for every role of every cell it paints or measures,
        hundreds of calls a search, and each then costs a list lookup."""
        kind = self.tr(KIND_LABELS[hit.kind]) if hit.kind in KIND_LABELS else hit.kind
        if hit.restricted:
            return kind, self.masked_title(hit), self.masked_snippet()
        return kind, hit.title, readable_snippet(hit.snippet)

    def masked_title(self, hit: SearchHit) -> str:
        """A restricted contact shows by its code: a shared screen does not name them."""
        return self.tr("Restricted contact {code}").format(code=restricted_code(hit.record_id))

    def masked_snippet(self) -> str:
        return self.tr("(restricted: open the record to see it)")

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in _ANSWERED:
            return None  # most roles a view asks for: nothing to look up
        row = index.row()
        if not index.isValid() or not 0 <= row < len(self._texts):
            return None
        if role == _DISPLAY:
            return self._texts[row][index.column()] if index.column() < 3 else None
        if role == _TOOLTIP:
            # The title whole (the list may cut it) and the matched text whole.
            column = index.column()
            return self._texts[row][column] if column in (self.TITLE, self.SNIPPET) else None
        hit = self._items[row]
        return hit.kind if role == self.KindRole else hit.record_id


# The roles data() answers; a view asks for a dozen others per cell it paints.
_ANSWERED = frozenset(
    {
        _DISPLAY,
        _TOOLTIP,
        int(SearchResultsModel.KindRole),
        int(SearchResultsModel.RecordIdRole),
    }
)
