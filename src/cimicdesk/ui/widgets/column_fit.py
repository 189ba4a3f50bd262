"""Column fitting: a list's columns sized to their content within its width, never wider."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    Qt,
    QTimer,
)
from PySide6.QtGui import QAction, QFont, QFontMetrics, QHelpEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QToolTip,
)

FIXED, TEXT, REF = "fixed", "text", "ref"
# Rows measured for a column's content width: about what a maximised window shows, and
# some. Each cell measured asks the model for its text and font (a list page first shown
# spent half its time measuring 200 rows); values further down that must stay whole are
# of a known form (dates, statuses, numbers: each Fit's samples), the rest is cut with '…'.
SAMPLE_ROWS = 60
CELL_PADDING = 14  # a cell's margins around its text
HEADER_PADDING = 30  # a header's margins and its sort arrow
MIN_TEXT_CHARS = 20  # a text column keeps at least this many average characters
MIN_REF_CHARS = 26  # a reference, as many (a sector's are long)
MIN_PRIMARY_CHARS = 28  # the first text column never hidden (a name, a title), as many
LEAST = 24  # no column is made narrower than this, whatever the room
TEXT_FLOOR = 60  # a text column is cut to this before a fixed one is cut at all


@dataclass(frozen=True)
class Fit:
    """How one column takes its width.

    kind: FIXED (short values of a known form: dates, statuses, numbers, phones) gets the
    width of its widest value and is not cut; TEXT (names, titles, places) shares the room
    left and is cut at its end; REF (references, codes) likewise, cut in the middle.
    drop: 0, always shown; 1, 2, … hidden in that order when the list is too narrow for
    every column's least width (the record beside the list shows it all).
    samples: texts it may hold besides those of the rows (every label of a status).
    """

    kind: str = FIXED
    drop: int = 0
    samples: tuple[str, ...] = ()


def share(room: int, wants: Sequence[int], leasts: Sequence[int], fits: Sequence[Fit]) -> list[int]:
    """Each column's width (0: hidden) so that they fill `room` exactly: every shown column
    gets at least its least width, text columns grow to their wanted width and take what is
    left over; droppable columns go first when the least widths do not fit."""
    count = len(fits)
    shown = list(range(count))
    for column in sorted((c for c in shown if fits[c].drop), key=lambda c: fits[c].drop):
        if sum(leasts[c] for c in shown) <= room:
            break
        shown.remove(column)
    widths = [0] * count
    if not shown:
        return widths
    least = sum(leasts[c] for c in shown)
    if least > room:  # not even the minimums fit: text shrinks first, then everything
        widths = list(leasts)
        for c in shown:
            if fits[c].kind != FIXED:
                widths[c] = min(leasts[c], TEXT_FLOOR)
        floor = sum(widths[c] for c in shown)
        if floor > room:
            for c in shown:
                widths[c] = max(LEAST, widths[c] * room // floor)
        widths = [w if c in shown else 0 for c, w in enumerate(widths)]
    else:
        for c in shown:
            widths[c] = leasts[c]
        spare = room - least
        growing = [c for c in shown if wants[c] > widths[c]]
        needed = sum(wants[c] - widths[c] for c in growing)
        for c in growing:
            grow = wants[c] - widths[c]
            widths[c] += grow if needed <= spare else grow * spare // needed
    texts = (
        [c for c in shown if fits[c].kind == TEXT]
        or [c for c in shown if fits[c].kind == REF]
        or [shown[-1]]
    )
    spare = room - sum(widths)
    for position, c in enumerate(texts):  # what is left (or missing) goes to the text
        part = spare // len(texts) + (1 if position < spare % len(texts) else 0)
        widths[c] = max(LEAST, widths[c] + part)
    return widths


def cut(view: QAbstractItemView, index: QModelIndex) -> bool:
    """Whether the view shows a cell's text cut short."""
    text = index.data(Qt.ItemDataRole.DisplayRole)
    if not isinstance(text, str) or not text:
        return False
    # Qt draws a cell's text inside its focus-frame margin, on each side.
    style = view.style()
    margin = 2 * (style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1)
    return _advance(view, index, text) + margin > view.visualRect(index).width()


def _advance(view: QAbstractItemView, index: QModelIndex, text: str) -> int:
    font = index.data(Qt.ItemDataRole.FontRole)
    metrics = QFontMetrics(font) if isinstance(font, QFont) else view.fontMetrics()
    return metrics.horizontalAdvance(text)


class EllipsisDelegate(QStyledItemDelegate):
    """Cuts REF columns in the middle (a reference keeps its unit and its number), and shows
    a cut cell's whole text as its tooltip when the model gives it none."""

    def __init__(self, view: QAbstractItemView, fits: Sequence[Fit]):
        super().__init__(view)
        self._view = view
        self._fits = list(fits)

    def initStyleOption(self, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        super().initStyleOption(option, index)
        column = index.column()
        if 0 <= column < len(self._fits) and self._fits[column].kind == REF:
            option.textElideMode = Qt.TextElideMode.ElideMiddle  # type: ignore[attr-defined]

    def helpEvent(self, event, view, option, index) -> bool:
        if (
            isinstance(event, QHelpEvent)
            and event.type() == QEvent.Type.ToolTip
            and index.isValid()
            and not index.data(Qt.ItemDataRole.ToolTipRole)
            and cut(self._view, index)
        ):
            QToolTip.showText(event.globalPos(), str(index.data()), view)
            return True
        return super().helpEvent(event, view, option, index)


class ColumnFitter(QObject):
    """Keeps a table's columns fitted to its width (see share) as it is resized and its
    rows change, until the user resizes a column: from then on the user's widths stand
    (window_geometry keeps them; it keeps nothing for a list still fitted) until they
    choose the header menu's refit_action.

    Attributes: view, fits, user_sized, refit_action.
    """

    def __init__(self, view: QTableView, fits: Sequence[Fit]):
        super().__init__(view)
        self.setObjectName("columnFitter")
        self.view = view
        self.fits = list(fits)
        self.user_sized = False
        self._fitting = False
        self._wants: list[int] | None = None
        # Each measured cell's text width, per column then row (None: measure them all).
        self._cells: list[list[int]] | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.fit)
        header = view.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setTextElideMode(Qt.TextElideMode.ElideRight)
        header.sectionResized.connect(self._resized)
        # The header's menu puts the fitting back after the user sized the columns.
        self.refit_action = QAction(
            QCoreApplication.translate("ColumnFit", "Fit columns to the list's width"), header
        )
        self.refit_action.triggered.connect(self.refit)
        header.addAction(self.refit_action)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        view.setTextElideMode(Qt.TextElideMode.ElideRight)
        view.setItemDelegate(EllipsisDelegate(view, fits))
        view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        view.installEventFilter(self)
        view.viewport().installEventFilter(self)
        model = view.model()
        for signal in (model.modelReset, model.layoutChanged):
            signal.connect(self._contents_changed)
        model.rowsInserted.connect(self._rows_inserted)
        model.rowsRemoved.connect(self._contents_changed)
        model.dataChanged.connect(self._data_changed)
        self.fit()

    # What the columns want ------------------------------------------------------------

    def wants(self) -> list[int]:
        """The width of each column's widest text: header, sample rows, its own samples."""
        if self._wants is None:
            if self._cells is None:
                self._cells = [self._measure(c) for c in range(len(self.fits))]
            self._wants = [self._want(c) for c in range(len(self.fits))]
        return self._wants

    def leasts(self) -> list[int]:
        """The least width of each column: a FIXED one's whole content, a text one's header
        or MIN_TEXT_CHARS characters (a reference MIN_REF_CHARS, the first text column never
        hidden MIN_PRIMARY_CHARS: the name or title one reads the list by), no more than it
        wants."""
        char = self.view.fontMetrics().averageCharWidth()
        primary = next((c for c, f in enumerate(self.fits) if f.kind == TEXT and not f.drop), -1)
        found = []
        for column, (fit, want) in enumerate(zip(self.fits, self.wants(), strict=True)):
            if fit.kind == FIXED:
                found.append(want)
            else:
                chars = MIN_REF_CHARS if fit.kind == REF else MIN_TEXT_CHARS
                if column == primary:
                    chars = MIN_PRIMARY_CHARS
                floor = max(self._header_width(column), chars * char + CELL_PADDING)
                found.append(min(want, floor))
        return found

    def essential_width(self) -> int:
        """The view's width that shows every column never hidden (drop 0) at its least
        width, with the view's frame and vertical scroll bar."""
        style = self.view.style()
        chrome = 2 * self.view.frameWidth() + style.pixelMetric(
            QStyle.PixelMetric.PM_ScrollBarExtent, None, self.view
        )
        leasts = self.leasts()
        return chrome + sum(leasts[c] for c, fit in enumerate(self.fits) if not fit.drop)

    def _header_width(self, column: int) -> int:
        title = self.view.model().headerData(column, Qt.Orientation.Horizontal)
        metrics = self.view.horizontalHeader().fontMetrics()
        return metrics.horizontalAdvance(str(title or "")) + HEADER_PADDING

    def _want(self, column: int) -> int:
        metrics = self.view.fontMetrics()
        widest = max((metrics.horizontalAdvance(s) for s in self.fits[column].samples), default=0)
        cells = self._cells[column] if self._cells is not None else self._measure(column)
        widest = max(widest, max(cells, default=0))
        return max(widest + CELL_PADDING, self._header_width(column))

    def _measure(self, column: int) -> list[int]:
        """The text width of each of the first SAMPLE_ROWS cells of a column."""
        model: QAbstractItemModel = self.view.model()
        return [self._cell(row, column) for row in range(min(model.rowCount(), SAMPLE_ROWS))]

    def _cell(self, row: int, column: int) -> int:
        index = self.view.model().index(row, column)
        text = index.data(Qt.ItemDataRole.DisplayRole)
        return _advance(self.view, index, text) if isinstance(text, str) and text else 0

    # Fitting ----------------------------------------------------------------------------

    def fit(self) -> None:
        """Size (and hide or show) the columns to fill the view's width; nothing once the
        user has sized them."""
        self._timer.stop()
        if self.user_sized:
            return
        room = self.view.viewport().width()
        if room <= 0:
            return
        widths = share(room, self.wants(), self.leasts(), self.fits)
        header = self.view.horizontalHeader()
        self._fitting = True
        try:
            for column, width in enumerate(widths):
                header.setSectionHidden(column, width == 0)
                if width:
                    header.resizeSection(column, width)
        finally:
            self._fitting = False

    def take_widths(self, widths: Sequence[int]) -> None:
        """The user's widths kept from an earlier session (0: a hidden column); they stand."""
        header = self.view.horizontalHeader()
        self.user_sized = True
        self._fitting = True
        try:
            for column, width in enumerate(widths):
                header.setSectionHidden(column, width <= 0)
                if width > 0:
                    header.resizeSection(column, width)
        finally:
            self._fitting = False

    def refit(self) -> None:
        """Forget the user's widths: fit the columns again."""
        self.user_sized = False
        self._wants = None
        self.fit()

    def _resized(self, _column: int, _old: int, _new: int) -> None:
        if not self._fitting and self.view.isVisible():
            self.user_sized = True

    def _contents_changed(self, *_args: object) -> None:
        self._wants = None
        self._cells = None
        self._timer.start()

    def _data_changed(
        self, top_left: QModelIndex, bottom_right: QModelIndex, *_args: object
    ) -> None:
        """Rows changed in place (a record saved): only their cells are measured again."""
        cells = self._cells
        if cells is None or not top_left.isValid():
            self._contents_changed()
            return
        first, last = top_left.row(), min(bottom_right.row(), SAMPLE_ROWS - 1)
        if first > last:
            return  # rows further down are not measured
        if any(len(measured) <= last for measured in cells):
            self._contents_changed()  # rows not measured yet within the sample: all again
            return
        for column, measured in enumerate(cells):
            for row in range(first, last + 1):
                measured[row] = self._cell(row, column)
        self._wants = None
        self._timer.start()

    def _rows_inserted(self, _parent: QModelIndex, first: int, _last: int) -> None:
        if first < SAMPLE_ROWS:  # rows fetched further down are not measured
            self._contents_changed()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            self.fit()  # at once: the list never shows a frame with its old widths
        return False


def fit_columns(view: QTableView, fits: Sequence[Fit]) -> ColumnFitter:
    """Fit a table's columns to its width from now on (see ColumnFitter)."""
    return ColumnFitter(view, fits)


def fitter_of(view: QObject) -> ColumnFitter | None:
    """The fitter keeping a view's columns, if it has one."""
    found = view.findChild(ColumnFitter, "columnFitter")
    return found if isinstance(found, ColumnFitter) else None
