"""A one-line label that shortens its text with '…' to the width it gets: a long path never
widens the window."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget


class ElidedLabel(QLabel):
    """Shows as much of its text as fits, cut in the middle by default (a path keeps its
    beginning and its file name). It asks for the whole text's width (at most `max_chars`
    average characters, when given) but makes do with `min_chars` characters, so its
    layout, not its text, decides how wide it is.

    full_text() is the whole text; text() what is shown. Callers put the whole path in
    the tooltip.
    """

    def __init__(
        self,
        text: str = "",
        parent: QWidget | None = None,
        mode: Qt.TextElideMode = Qt.TextElideMode.ElideMiddle,
        min_chars: int = 16,
        max_chars: int | None = None,
    ):
        super().__init__(parent)
        self._full = ""
        self._mode = mode
        self._min_chars = min_chars
        self._max_chars = max_chars
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.setText(text)

    def setText(self, text: str) -> None:
        self._full = text
        self._show_elided()
        self.updateGeometry()

    def full_text(self) -> str:
        return self._full

    def is_elided(self) -> bool:
        return self.text() != self._full

    def sizeHint(self) -> QSize:
        width = self._width_for(self._full)
        if self._max_chars is not None:
            width = min(width, self._width_for("") + self._max_chars * self._average())
        return QSize(width, super().sizeHint().height())

    def minimumSizeHint(self) -> QSize:
        least = self._width_for("") + self._min_chars * self._average()
        return QSize(min(least, self.sizeHint().width()), super().minimumSizeHint().height())

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._show_elided()

    def _average(self) -> int:
        return self.fontMetrics().averageCharWidth()

    def _width_for(self, text: str) -> int:
        margins = self.contentsMargins()
        return (
            self.fontMetrics().horizontalAdvance(text)
            + margins.left()
            + margins.right()
            + 2 * self.margin()
            + 2
        )

    def _show_elided(self) -> None:
        margins = self.contentsMargins()
        room = self.width() - margins.left() - margins.right() - 2 * self.margin() - 2
        metrics = self.fontMetrics()
        if metrics.horizontalAdvance(self._full) <= room:
            # Fits by the measure sizeHint uses; elidedText's own (fractional) measure
            # would cut a text given exactly the width it asked for.
            shown = self._full
        else:
            shown = metrics.elidedText(self._full, self._mode, max(room, 0))
        if shown != super().text():
            super().setText(shown)
