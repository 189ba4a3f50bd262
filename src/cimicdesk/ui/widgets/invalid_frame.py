"""The red frame over an input marked invalid, drawn on top of it: it changes no size, so
marking a field moves no field (a style sheet on the input would change its size hint)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QWidget

INVALID_COLOUR = "#b00020"


class InvalidFrame(QWidget):
    """A 2 px red frame over the whole of `target`; clicks and focus pass through."""

    def __init__(self, target: QWidget):
        super().__init__(target)
        self.setObjectName("invalidFrame")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setGeometry(target.rect())
        target.installEventFilter(self)
        self.raise_()
        self.show()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Resize, QEvent.Type.ChildAdded):
            target = self.parentWidget()
            if target is not None:
                self.setGeometry(target.rect())
                self.raise_()
        return False

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setPen(QPen(QColor(INVALID_COLOUR), 2))
        painter.drawRect(self.rect().adjusted(1, 1, -1, -1))


def frame_of(widget: QWidget) -> InvalidFrame | None:
    """The red frame over a widget, None when it is not marked."""
    found = widget.findChild(
        InvalidFrame, "invalidFrame", Qt.FindChildOption.FindDirectChildrenOnly
    )
    return found if isinstance(found, InvalidFrame) else None


def set_invalid_frame(widget: QWidget, invalid: bool) -> None:
    """Draw the red frame over a widget, or take it away."""
    frame = frame_of(widget)
    if invalid and frame is None:
        InvalidFrame(widget)
    elif not invalid and frame is not None:
        widget.removeEventFilter(frame)
        frame.hide()
        frame.setParent(None)
        frame.deleteLater()
