"""A calm note over an empty list: what the list holds, what to do first, one button."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

TEXT_WIDTH = 420  # the note wraps at this width: a few short lines in the middle of the list
MARGIN = 24
SPACING = 12


class EmptyState(QWidget):
    """Lies over a list's viewport (not its header) while shown; hidden otherwise.

    show_note(text, button_text) says why the list is empty; button_text '' shows no
    button. The button's click goes out as action_requested. Attributes: view (the list
    it covers), label, button.
    """

    action_requested = Signal()

    def __init__(self, view: QAbstractScrollArea):
        # A child of the view, not of its viewport: the viewport scrolls its children.
        super().__init__(view)
        self.setObjectName("emptyState")
        self.view = view
        self.outer = layout = QVBoxLayout(self)
        layout.setContentsMargins(MARGIN, MARGIN, MARGIN, MARGIN)
        self.label = QLabel()
        self.label.setObjectName("emptyStateText")
        self.label.setWordWrap(True)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        palette = self.label.palette()
        muted = palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.PlaceholderText)
        palette.setColor(QPalette.ColorRole.WindowText, muted)
        self.label.setPalette(palette)
        self.button = QPushButton()
        self.button.setObjectName("emptyStateButton")
        self.button.clicked.connect(self.action_requested)
        # Text over the button; side by side in a list too short for that.
        self.content = QBoxLayout(QBoxLayout.Direction.TopToBottom)
        self.content.setSpacing(SPACING)
        self.content.addStretch(2)
        self.content.addWidget(self.label, 0, Qt.AlignmentFlag.AlignCenter)
        self.content.addWidget(self.button, 0, Qt.AlignmentFlag.AlignCenter)
        self.content.addStretch(3)  # a little above the middle, where the eye looks first
        layout.addLayout(self.content)
        view.installEventFilter(self)
        view.viewport().installEventFilter(self)
        self.hide()

    def show_note(self, text: str, button_text: str = "", tooltip: str = "") -> None:
        self.label.setText(text)
        self.button.setText(button_text)
        self.button.setToolTip(tooltip)
        self.button.setVisible(bool(button_text))
        self._place()
        self.show()
        self.raise_()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Move, QEvent.Type.LayoutRequest):
            self._place()
        return False

    def _place(self) -> None:
        area = self.view.viewport().geometry()
        self.setGeometry(area)
        button = self.button.sizeHint() if self.button.isVisibleTo(self) else None
        # As wide as TEXT_WIDTH allows (a wrapped label alone would wrap much narrower).
        width = max(120, min(TEXT_WIDTH, area.width() - 2 * MARGIN))
        tall = self.label.heightForWidth(width) + 2 * MARGIN
        if button is not None:
            tall += SPACING + button.height()
        side_by_side = tall > area.height() and button is not None
        if side_by_side and button is not None:
            room = area.width() - 2 * MARGIN - SPACING - button.width()
            width = max(120, min(int(TEXT_WIDTH * 1.5), room))
        margin = SPACING // 2 if side_by_side else MARGIN
        self.outer.setContentsMargins(margin, margin, margin, margin)
        self.content.setDirection(
            QBoxLayout.Direction.LeftToRight if side_by_side else QBoxLayout.Direction.TopToBottom
        )
        self.label.setFixedWidth(width)
