"""Pages of sections not built yet: they say so plainly, and when they will come."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout

from cimicdesk.ui.pages.base import Page

# (key, title (context 'Navigation'), icon, message (context 'PlaceholderPage')), in English.
PLACEHOLDERS = (
    (
        "reports",
        "Reports",
        ":/icons/reports",
        QT_TRANSLATE_NOOP(
            "PlaceholderPage",
            "Reports (weekly sitrep, sector sitrep, handover brief) are not in this version yet. "
            "They arrive with the reports update.",
        ),
    ),
    (
        "sync",
        "Sync",
        ":/icons/sync",
        QT_TRANSLATE_NOOP(
            "PlaceholderPage",
            "Sync (exporting this unit's file, importing and merging other units' files) is not "
            "in this version yet. It arrives with the sync and handover update.",
        ),
    ),
)


class PlaceholderPage(Page):
    """A section that is not built yet. Attributes: message (the label saying so)."""

    def __init__(self, key: str, title: str, icon: str, text: str, parent=None):
        super().__init__(parent)
        title = QCoreApplication.translate("Navigation", title)
        self.KEY, self.TITLE, self.ICON = key, title, icon
        layout = QVBoxLayout(self)
        heading = QLabel(title)
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        heading.setFont(font)
        self.message = QLabel(self.tr(text))
        self.message.setObjectName("placeholderMessage")
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        heading.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        layout.setContentsMargins(80, 0, 80, 0)
        layout.addStretch(1)
        layout.addWidget(heading)
        layout.addWidget(self.message)
        layout.addStretch(2)


def placeholder_pages() -> list[PlaceholderPage]:
    return [PlaceholderPage(*spec) for spec in PLACEHOLDERS]
