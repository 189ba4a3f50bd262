"""A cover over the contact editor: a restricted contact's details stay hidden until asked for."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QVBoxLayout, QWidget


class RestrictedVeil(QFrame):
    """Covers its parent widget whole while shown; `reveal_requested` when the officer asks.

    The list shows a restricted contact by code; opening the row must not then put the name,
    position and phones on a screen others may see. Attributes: label, reveal_button.
    """

    reveal_requested = Signal()

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.setObjectName("restrictedVeil")
        self.setAutoFillBackground(True)
        self.setStyleSheet(
            "#restrictedVeil { background: #f3f1ea; border: 1px solid #c9c2a8; "
            "border-radius: 3px; }"
        )
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.label)
        self.reveal_button = QPushButton(QIcon(":/icons/contacts"), self.tr("&Show details"))
        self.reveal_button.setObjectName("revealContactButton")
        self.reveal_button.setToolTip(
            self.tr("Show this contact's details (mind who can see the screen)")
        )
        self.reveal_button.clicked.connect(self.reveal_requested)
        layout.addWidget(self.reveal_button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        parent.installEventFilter(self)
        self.hide()

    def cover(self, code: str) -> None:
        """Hide the parent's content behind the contact's code."""
        self.label.setText(
            self.tr(
                "Restricted contact {code}\n\nThe details are hidden so that a shared screen "
                "does not show them."
            ).format(code=code)
        )
        self.setGeometry(self.parentWidget().rect())
        self.show()
        self.raise_()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.parentWidget() and event.type() == QEvent.Type.Resize:
            self.setGeometry(self.parentWidget().rect())
        return False
