"""One-line slots for lines that come and go (errors, warnings, the flash line): their
height is kept whether they show or not, so the fields below them never move."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget


def keep_space(widget: QWidget) -> None:
    """The widget keeps its place in the layout while it is hidden."""
    policy = widget.sizePolicy()
    policy.setRetainSizeWhenHidden(True)
    widget.setSizePolicy(policy)


class LineSlot(QObject):
    """A label shown as one line of fixed height (or `lines` lines), hidden or not.

    The label moves into a holder of that height that takes its place in the layout and
    never hides (a form layout gives a hidden widget's row no room, whatever its size
    policy says). Text that does not fit is cut with '…' at the end; the whole text is
    the label's tooltip. `extra` is the height the label's own style adds (padding,
    border). A slot of several lines wraps its text instead of cutting it. Attributes:
    label, holder, full (the whole text as set), lines.
    """

    def __init__(self, label: QLabel, extra: int = 0, lines: int = 1):
        super().__init__(label)
        self.label = label
        self.full = ""
        self.extra = extra
        self.lines = lines
        self.holder = self._hold(label)
        label.setWordWrap(lines > 1)
        label.setTextFormat(Qt.TextFormat.PlainText)
        policy = label.sizePolicy()
        policy.setHorizontalPolicy(QSizePolicy.Policy.Ignored)  # long text never widens a form
        policy.setVerticalPolicy(QSizePolicy.Policy.Fixed)
        policy.setRetainSizeWhenHidden(True)
        label.setSizePolicy(policy)
        label.setMinimumWidth(1)
        self._fit_height()
        label.installEventFilter(self)
        self.holder.installEventFilter(self)

    def set_text(self, text: str) -> None:
        self.full = text
        self.label.setToolTip(text)
        self._show()

    def text(self) -> str:
        return self.full

    def clear(self) -> None:
        self.set_text("")

    def is_cut(self) -> bool:
        """The line shows less than its whole text."""
        return self.lines == 1 and self.label.text() != self.full.replace("\n", "  ")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Resize, QEvent.Type.StyleChange, QEvent.Type.FontChange):
            if event.type() != QEvent.Type.Resize and watched is self.label:
                self._fit_height()
            self._show()
        return False

    @staticmethod
    def _hold(label: QLabel) -> QWidget:
        """The holder that takes the label's place in its parent's layout."""
        parent = label.parentWidget()
        holder = QWidget(parent)
        holder.setObjectName(f"{label.objectName()}Slot")
        box = QVBoxLayout(holder)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(0)
        layout = parent.layout() if parent is not None else None
        hidden = label.isHidden()
        if layout is None or layout.replaceWidget(label, holder) is None:
            keep_space(label)  # not in a layout: the label keeps its own room
            holder.hide()
            return holder
        box.addWidget(label)
        label.setHidden(hidden)
        holder.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        holder.setMinimumWidth(1)
        return holder

    def _fit_height(self) -> None:
        self.label.ensurePolished()
        metrics = self.label.fontMetrics()
        height = metrics.height() + (self.lines - 1) * metrics.lineSpacing() + self.extra
        self.label.setFixedHeight(height)
        self.holder.setFixedHeight(height)

    def _show(self) -> None:
        label = self.label
        if self.lines > 1:
            if label.text() != self.full:
                label.setText(self.full)
            return
        one_line = self.full.replace("\n", "  ")
        # The holder is always laid out; a label hidden so far may not have its width yet.
        width = self.holder.width() if self.holder.isVisibleTo(self.holder.parentWidget()) else 0
        frame = label.width() - label.contentsRect().width()
        room = (width or label.width()) - frame - 2 * label.margin()
        metrics = label.fontMetrics()
        if metrics.horizontalAdvance(one_line) <= room or room <= 0:
            shown = one_line
        else:
            shown = metrics.elidedText(one_line, Qt.TextElideMode.ElideRight, room)
        if shown != label.text():
            label.setText(shown)


# What a boxed line's style sheet adds to its text's height: padding 4 and border 1, twice.
BOX_EXTRA = 10


def line_of(label: QLabel, extra: int = 0) -> LineSlot:
    """The label's one-line slot (made on first use, with `extra` for its style)."""
    found = label.findChild(LineSlot)
    return found if isinstance(found, LineSlot) else LineSlot(label, extra)
