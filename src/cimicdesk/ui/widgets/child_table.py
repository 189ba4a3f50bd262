"""A table view over an editor's child rows: its delegate, how editing starts, its column
widths, and its keys (Insert adds a row, Delete removes the current one, Tab leaves the
table after its last cell)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractItemModel, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from cimicdesk.ui.widgets.cell_delegate import CellDelegate
from cimicdesk.ui.widgets.table_focus import at_edge, leave

# Typing on a cell, F2, a double click or a click on the current cell edits it; moving
# around (arrows, Tab, a click elsewhere) does not, so a row can be chosen to remove.
EDIT_TRIGGERS = (
    QAbstractItemView.EditTrigger.DoubleClicked
    | QAbstractItemView.EditTrigger.SelectedClicked
    | QAbstractItemView.EditTrigger.EditKeyPressed
    | QAbstractItemView.EditTrigger.AnyKeyPressed
)

EDITING = QAbstractItemView.State.EditingState


class _ViewKeys(QObject):
    """Hands the key presses of a view not editing a cell to key_pressed."""

    def __init__(self, view: QTableView):
        super().__init__(view)
        view.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not isinstance(event, QKeyEvent) or event.type() != QEvent.Type.KeyPress:
            return False
        if not isinstance(watched, QTableView) or watched.state() == EDITING:
            return False
        return self.key_pressed(watched, event)

    def key_pressed(self, view: QTableView, event: QKeyEvent) -> bool:
        """Whether the key press was used (True: the view does not see it)."""
        raise NotImplementedError


class TabOut(_ViewKeys):
    """Tab on the last cell (Shift+Tab on the first) of a view not editing a cell moves
    on to the next (previous) field; the delegate does the same from an open editor."""

    def key_pressed(self, view: QTableView, event: QKeyEvent) -> bool:
        forward = event.key() == Qt.Key.Key_Tab
        if (forward or event.key() == Qt.Key.Key_Backtab) and at_edge(view, forward):
            leave(view, forward)
            return True
        return False


class RowKeys(_ViewKeys):
    """Insert adds a row, Delete removes the current one, on a view not editing a cell.

    Attributes: add, remove (what each key does).
    """

    def __init__(self, view: QTableView, add: Callable[[], object], remove: Callable[[], object]):
        super().__init__(view)
        self.add, self.remove = add, remove

    def key_pressed(self, view: QTableView, event: QKeyEvent) -> bool:
        if event.modifiers() != Qt.KeyboardModifier.NoModifier:
            return False  # Ctrl+Del deletes the whole record (the window's shortcut)
        if event.key() == Qt.Key.Key_Insert:
            self.add()
            return True
        if event.key() == Qt.Key.Key_Delete:
            self.remove()
            return True
        return False


def edit_cell(view: QAbstractItemView, row: int, column: int) -> None:
    """Make a cell current and open its editor, the focus on the view."""
    index = view.model().index(row, column)
    view.setCurrentIndex(index)
    view.setFocus()
    view.edit(index)


def set_up_child_table(
    view: QTableView,
    model: QAbstractItemModel,
    *,
    widths: dict[int, str] | None = None,
    stretch: int | None = None,
) -> CellDelegate:
    """Put the model and its delegate on the view. widths: column -> a sample text it
    must fit (its title too); stretch: the column that takes the room left."""
    view.setModel(model)
    delegate = CellDelegate(view)
    view.setItemDelegate(delegate)
    view.setEditTriggers(EDIT_TRIGGERS)
    view.setTabKeyNavigation(True)
    TabOut(view)
    view.setWordWrap(False)
    metrics = view.fontMetrics()
    view.verticalHeader().setDefaultSectionSize(metrics.height() + 12)
    header = view.horizontalHeader()
    header.setStretchLastSection(False)
    for column, sample in (widths or {}).items():
        title = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
        wide = max(
            metrics.horizontalAdvance(sample),
            header.fontMetrics().horizontalAdvance(title),  # a French title can be the longer
        )
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(column, wide + 24)
    if stretch is not None:
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return delegate
