"""A visible, clearable filter set from elsewhere (e.g. 'With: Marie Ndoumba ✕')."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton


class FilterChip(QFrame):
    """Shows one extra filter; the ✕ clears it.

    Attributes: value (the filtered id, '' when no filter), label, clear_button.
    """

    cleared = Signal()

    def __init__(self, caption: str, parent=None):
        """caption: what the filter is (translated by the caller), e.g. 'With'."""
        super().__init__(parent)
        self.caption = caption
        self.value = ""
        self.setObjectName("filterChip")
        self.setStyleSheet(
            "#filterChip { background: #dbe9f8; border: 1px solid #8fb3dc; border-radius: 10px; }"
        )
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 1, 2, 1)
        layout.setSpacing(2)
        self.label = QLabel()
        self.clear_button = QToolButton()
        self.clear_button.setText("✕")
        self.clear_button.setAutoRaise(True)
        self.clear_button.setToolTip(self.tr("Remove this filter"))
        layout.addWidget(self.label)
        layout.addWidget(self.clear_button)
        self.clear_button.clicked.connect(self.clear)
        self.hide()

    def set_filter(self, value: str, name: str) -> None:
        self.value = value
        self.label.setText(f"{self.caption}: {name}")
        self.setVisible(bool(value))

    def clear(self) -> None:
        was_set = bool(self.value)
        self.value = ""
        self.hide()
        if was_set:
            self.cleared.emit()
