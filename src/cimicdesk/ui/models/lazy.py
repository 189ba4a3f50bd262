"""LazyRecordModel: a table over a repository list function, fetched a page at a time."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, ClassVar

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from cimicdesk.domain.enums import LabelledEnum
from cimicdesk.domain.errors import RecordNotFoundError
from cimicdesk.store.database import Store
from cimicdesk.store.filters import RecordFilter
from cimicdesk.store.paging import Page
from cimicdesk.ui.i18n import label
from cimicdesk.ui.models.nearby import NearbyPlaces
from cimicdesk.ui.models.page_cache import PageCache
from cimicdesk.ui.models.read_only import Index, ReadOnlyTableModel
from cimicdesk.ui.widgets.column_fit import FIXED, Fit

INACTIVE = QBrush(QColor("#7a7a7a"))


@dataclass(frozen=True)
class Column:
    """One column: header, the repository's sort key (None: not sortable), a sample of its
    widest usual text (a LabelledEnum member: every label of its enumeration, translated;
    a number: that many characters, for a text column's first width), and how it fits the
    list's width (kind, drop: see widgets/column_fit.Fit).

    The title is English, marked for lupdate with QT_TRANSLATE_NOOP("Columns", …); the
    header shows it translated (header_text)."""

    title: str
    sort_key: str | None
    width: int | str = 16
    kind: str = FIXED
    drop: int = 0

    @property
    def header_text(self) -> str:
        return QCoreApplication.translate("Columns", self.title)

    def fit(self) -> Fit:
        """How the column takes its width, with its samples in the window's language."""
        samples: tuple[str, ...] = ()
        if isinstance(self.width, LabelledEnum):
            samples = tuple(label(member) for member in type(self.width))
        elif isinstance(self.width, str):
            samples = (self.width,)
        return Fit(self.kind, self.drop, samples)


# The roles record_data answers (here and in its subclasses); every other is None, found
# without looking the row's record up (seven roles are asked for each cell painted).
_ROLES = frozenset(
    int(role)
    for role in (
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.ForegroundRole,
        Qt.ItemDataRole.BackgroundRole,
        Qt.ItemDataRole.FontRole,
        Qt.ItemDataRole.TextAlignmentRole,
        Qt.ItemDataRole.UserRole + 1,  # RecordIdRole
        Qt.ItemDataRole.UserRole + 2,  # RecordRole
    )
)


class LazyRecordModel(ReadOnlyTableModel):
    """Rows of domain records, fetched in keyset pages of PAGE_SIZE as the view scrolls.

    Subclasses set COLUMNS, DEFAULT_SORT, FILTER, LIST_RECORDS (the repository's list
    function: store, filters, order_by, descending, after, limit, and any LIST_OPTIONS),
    GET_RECORD (its read function: store, id) and implement display (record_data for
    more roles). Attributes: store, filters (the FILTER the list function is given),
    sort_column, sort_order; rows are held in _rows (a PageCache: only the KEEP_PAGES
    pages used last stay in memory, so scrolling to the end of a mission's log does not
    hold it all) and the next page's cursor in _cursor.
    """

    RecordIdRole = Qt.ItemDataRole.UserRole + 1
    RecordRole = Qt.ItemDataRole.UserRole + 2
    PAGE_SIZE = 200
    KEEP_PAGES = 10
    COLUMNS: tuple[Column, ...] = ()
    DEFAULT_SORT: tuple[int, Qt.SortOrder] = (0, Qt.SortOrder.AscendingOrder)
    FILTER: type[RecordFilter] = RecordFilter
    # staticmethod(…) in the subclasses, so that the store functions get no self.
    LIST_RECORDS: Callable[..., Page]
    GET_RECORD: Callable[[Store, str], Any]
    LIST_OPTIONS: ClassVar[dict[str, Any]] = {}
    PLACE_COLUMN = -1  # the column whose empty place shows where the grid lies (place_cell)

    def __init__(self, store: Store, parent=None, *, load: bool = True):
        super().__init__(parent)
        self.store = store
        self.filters: Any = self.FILTER()
        self.sort_column, self.sort_order = self.DEFAULT_SORT
        self._rows = PageCache(self._refetch, self.KEEP_PAGES)
        self._cursor: tuple | None = None
        self._more = False
        self.nearby = NearbyPlaces(store)  # '12 km NE of Kaga-Bandoro', per grid
        if load:
            self.reload()

    # What subclasses provide ------------------------------------------------------

    def fetch_page(self, after: tuple | None, limit: int) -> Page:
        """One page of records after the cursor, with the current filters and order."""
        return self.LIST_RECORDS(
            self.store,
            self.filters,
            order_by=self.order_by,
            descending=self.descending,
            after=after,
            limit=limit,
            **self.LIST_OPTIONS,
        )

    def get_record(self, record_id: str) -> Any:
        return self.GET_RECORD(self.store, record_id)

    def display(self, record: Any, column: int) -> str:
        raise NotImplementedError

    def _refetch(self, after: tuple | None, limit: int) -> list[Any]:
        return list(self.fetch_page(after, limit).items)

    def foreground(self, record: Any, column: int) -> QBrush | None:
        """Greys out records that are no longer active."""
        return INACTIVE if getattr(record, "active", True) is False else None

    def tooltip(self, record: Any, column: int) -> str | None:
        return None

    def place_cell(self, place: str, grid: str) -> str:
        """A Place cell: the place as written, else where its grid lies ('12 km NE of
        Kaga-Bandoro', in italics: see font)."""
        return place or self.nearby.describe(grid)

    def place_tip(self, place: str, grid: str) -> str | None:
        """The place as written and, under it, where its grid lies against the gazetteer."""
        return "\n".join(p for p in (place, self.nearby.describe(grid, place)) if p) or None

    def font(self, record: Any, column: int) -> QFont | None:
        """Italics for a Place cell the program wrote (the officer gave a grid, no place)."""
        if column != self.PLACE_COLUMN or getattr(record, "place", "x"):
            return None
        if not self.nearby.describe(getattr(record, "grid", "")):
            return None
        italic = QFont()
        italic.setItalic(True)
        return italic

    def record_data(self, record: Any, column: int, role: int) -> Any:
        """What data() gives for a loaded record's cell."""
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(record, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = self.tooltip(record, column)
            if tip is None and self.COLUMNS[column].kind != FIXED:
                return self.display(record, column) or None  # the whole text of a cut cell
            return tip
        if role == Qt.ItemDataRole.ForegroundRole:
            return self.foreground(record, column)
        if role == Qt.ItemDataRole.FontRole:
            return self.font(record, column)
        if role == self.RecordIdRole:
            return record.id
        if role == self.RecordRole:
            return record
        return None

    # Our API ----------------------------------------------------------------------

    @property
    def order_by(self) -> str:
        return self.COLUMNS[self.sort_column].sort_key or ""

    @property
    def descending(self) -> bool:
        return self.sort_order == Qt.SortOrder.DescendingOrder

    def reload(self) -> None:
        """Drop every row and fetch the first page again."""
        self.beginResetModel()
        self.nearby.forget()  # places may have come in since (an import, another area)
        page = self.fetch_page(None, self.PAGE_SIZE)
        self._rows.clear()
        self._rows.append(None, page.items)
        self._cursor = page.cursor
        self._more = page.cursor is not None
        self.endResetModel()

    def set_filters(self, **filters: Any) -> None:
        """Replace the filters (None or '' means 'no filter') and reload from the start."""
        self.filters = self.FILTER(**{k: v for k, v in filters.items() if v not in (None, "")})
        self.reload()

    def update_filters(self, **filters: Any) -> None:
        """Change some filters, keep the others."""
        self.set_filters(**{**vars(self.filters), **filters})

    @property
    def filtered(self) -> bool:
        """Whether any filter is set (the list is not every live record)."""
        return self.filters != self.FILTER()

    def record_at(self, row: int) -> Any:
        """The record of a row (None while its page is being read again)."""
        return self._rows.get(row)

    def row_of(self, record_id: str) -> int | None:
        """The row of a record in memory, or None when it is not (yet, or no longer)."""
        return next(
            (row for row, r in self._rows.loaded() if r is not None and r.id == record_id),
            None,
        )

    def refresh_record(self, record_id: str) -> bool:
        """Re-read one loaded record and repaint only its row; drop it if it is gone."""
        row = self.row_of(record_id)
        if row is None:
            return False
        try:
            record = self.get_record(record_id)
        except RecordNotFoundError:
            record = None
        if record is None or record.deleted:
            return self.remove_record(record_id)
        self._rows.set(row, record)
        last = self.columnCount() - 1
        self.dataChanged.emit(self.index(row, 0), self.index(row, last))
        return True

    def remove_record(self, record_id: str) -> bool:
        row = self.row_of(record_id)
        if row is None:
            return False
        self.beginRemoveRows(QModelIndex(), row, row)
        self._rows.remove(row)
        self.endRemoveRows()
        return True

    # Qt overrides -----------------------------------------------------------------

    def row_total(self) -> int:
        return len(self._rows)

    def column_total(self) -> int:
        return len(self.COLUMNS)

    def item_at(self, row: int) -> Any:
        return self.record_at(row)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in _ROLES:
            return None  # a painted cell asks for its check box and icon too: none here
        record = self.item_of(index)
        return None if record is None else self.record_data(record, index.column(), role)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.COLUMNS):
            return None
        column = self.COLUMNS[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.header_text
        if role == Qt.ItemDataRole.ToolTipRole and column.sort_key is None:
            return QCoreApplication.translate(
                "LazyRecordModel", "{column}: this column cannot be sorted"
            ).format(column=column.header_text)
        return None

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._more

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or not self._more:
            return
        after = self._cursor
        page = self.fetch_page(after, self.PAGE_SIZE)
        self._cursor = page.cursor
        self._more = page.cursor is not None
        if not page.items:
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(page.items) - 1)
        self._rows.append(after, page.items)
        self.endInsertRows()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Re-query in the repository's order; columns without a sort key are ignored."""
        if not 0 <= column < len(self.COLUMNS) or self.COLUMNS[column].sort_key is None:
            return
        if (column, order) == (self.sort_column, self.sort_order):
            return
        self.sort_column, self.sort_order = column, order
        self.reload()
