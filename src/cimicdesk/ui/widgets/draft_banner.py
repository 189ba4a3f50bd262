"""A bar over an editor that says its unsaved changes were restored after a crash."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton


class DraftBanner(QFrame):
    """Hidden until show_restored; the page hides it once the changes are saved or gone.

    Attributes: label (the message, wrapped: it never widens the editor), discard_button.
    """

    discard_requested = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("draftBanner")
        self.setStyleSheet(
            "#draftBanner { background: #e3effb; border: 1px solid #8fb4dc; border-radius: 3px; }"
        )
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 4, 4)
        self.label = QLabel()
        self.label.setObjectName("draftBannerLabel")
        self.label.setWordWrap(True)
        self.discard_button = QPushButton(self.tr("Discard changes"))
        self.discard_button.setObjectName("discardDraftButton")
        self.discard_button.setAutoDefault(False)
        self.discard_button.setToolTip(
            self.tr("Go back to the record as it was last saved, without these changes")
        )
        layout.addWidget(self.label, 1)
        layout.addWidget(self.discard_button)
        self.discard_button.clicked.connect(self.discard_requested)
        self.hide()

    def show_restored(self, when: str) -> None:
        """`when`: the time the changes were last kept, as the window shows times."""
        self.label.setText(
            self.tr(
                "Restored unsaved changes from {time}. Check them, then save them or discard them."
            ).format(time=when)
        )
        self.show()

    def text(self) -> str:
        return self.label.text() if not self.isHidden() else ""
