"""Search results across every record type: the directory, the log and operations."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from cimicdesk.domain.masking import restricted_code
from cimicdesk.store import search
from cimicdesk.store.database import Store
from cimicdesk.store.search import SearchHit

Index = QModelIndex | QPersistentModelIndex
# English, marked for lupdate; shown translated in the context 'SearchResultsModel'.
KIND_LABELS = {
    "contact": QT_TRANSLATE_NOOP("SearchResultsModel", "Contact"),
    "organisation": QT_TRANSLATE_NOOP("SearchResultsModel", "Organisation"),
    "liaison": QT_TRANSLATE_NOOP("SearchResultsModel", "Liaison entry"),
    "qip": QT_TRANSLATE_NOOP("SearchResultsModel", "QIP"),
    "incident": QT_TRANSLATE_NOOP("SearchResultsModel", "Incident"),
    "support_request": QT_TRANSLATE_NOOP("SearchResultsModel", "Support request"),
}
SEARCHED_KINDS = tuple(KIND_LABELS)


def readable_snippet(snippet: str) -> str:
    """FTS marks matches with [ ]; show them as «» so they stand out from real brackets."""
    return snippet.replace("[", "«").replace("]", "»")


class SearchResultsModel(QAbstractTableModel):
    """The hits of the last search, best first.

    Attributes: store, text (what was searched for).
    """

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
        self._hits: list[SearchHit] = []

    def run(self, text: str) -> None:
        self.beginResetModel()
        self.text = text
        self._hits = search.search(self.store, text, kinds=SEARCHED_KINDS, limit=self.LIMIT)
        self.endResetModel()

    def masked_title(self, hit: SearchHit) -> str:
        """A restricted contact shows by its code: a shared screen does not name them."""
        return self.tr("Restricted contact {code}").format(code=restricted_code(hit.record_id))

    def masked_snippet(self) -> str:
        return self.tr("(restricted: open the record to see it)")

    def hit_at(self, row: int) -> SearchHit:
        return self._hits[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._hits)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._hits):
            return None
        hit = self._hits[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == self.KIND:
                return self.tr(KIND_LABELS[hit.kind]) if hit.kind in KIND_LABELS else hit.kind
            if index.column() == self.TITLE:
                return self.masked_title(hit) if hit.restricted else hit.title
            if index.column() == self.SNIPPET:
                return self.masked_snippet() if hit.restricted else readable_snippet(hit.snippet)
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == self.SNIPPET:
            return self.masked_snippet() if hit.restricted else readable_snippet(hit.snippet)
        if role == self.KindRole:
            return hit.kind
        if role == self.RecordIdRole:
            return hit.record_id
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self.HEADERS)
        ):
            return QCoreApplication.translate("Columns", self.HEADERS[section])
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flag = Qt.ItemFlag
        return flag.ItemIsEnabled | flag.ItemIsSelectable | flag.ItemNeverHasChildren
