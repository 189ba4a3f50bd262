"""Tab through an editor's table and out of it: at the last cell Tab goes on to the next
field (Shift+Tab at the first goes back), instead of Qt's wrapping round inside."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QWidget


def at_edge(view: QAbstractItemView, forward: bool) -> bool:
    """True when no enabled cell lies after (before) the current one in Tab order."""
    model, current = view.model(), view.currentIndex()
    if model is None or not current.isValid():
        return True
    columns = model.columnCount()
    position = current.row() * columns + current.column()
    beyond = range(position + 1, model.rowCount() * columns) if forward else range(position)
    enabled = Qt.ItemFlag.ItemIsEnabled
    return not any(model.flags(model.index(p // columns, p % columns)) & enabled for p in beyond)


def leave(view: QAbstractItemView, forward: bool) -> None:
    """Give the focus to the field after (before) the view in the window's Tab chain."""
    widget: QWidget = view
    while True:
        widget = widget.nextInFocusChain() if forward else widget.previousInFocusChain()
        if widget is view:
            return
        if view.isAncestorOf(widget) or widget.window() is not view.window():
            continue
        tab = widget.focusPolicy() & Qt.FocusPolicy.TabFocus
        if tab and widget.isVisible() and widget.isEnabled():
            reason = Qt.FocusReason.TabFocusReason if forward else Qt.FocusReason.BacktabFocusReason
            widget.setFocus(reason)
            return
