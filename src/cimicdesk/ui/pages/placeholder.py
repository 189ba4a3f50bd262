"""Pages of sections not built yet: they say so plainly, and when they will come."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout

from cimicdesk.ui.pages.base import Page

NEXT_UPDATE = "They arrive with the QIP, incident and support request update."
PLACEHOLDERS = (
    ("qips", "QIPs", ":/icons/qip", f"QIPs are not in this version yet. {NEXT_UPDATE}"),
    ("incidents", "Incidents", ":/icons/incidents",
     f"Incidents are not in this version yet. {NEXT_UPDATE}"),
    ("support", "Support requests", ":/icons/support",
     f"Support requests are not in this version yet. {NEXT_UPDATE}"),
    ("reports", "Reports", ":/icons/reports",
     "Reports (weekly sitrep, sector sitrep, handover brief) are not in this version yet. "
     "They arrive with the reports update."),
    ("sync", "Sync", ":/icons/sync",
     "Sync (exporting this unit's file, importing and merging other units' files) is not "
     "in this version yet. It arrives with the sync and handover update."),
)


class PlaceholderPage(Page):
    """A section that is not built yet. Attributes: message (the label saying so)."""

    def __init__(self, key: str, title: str, icon: str, text: str, parent=None):
        super().__init__(parent)
        self.KEY, self.TITLE, self.ICON = key, title, icon
        layout = QVBoxLayout(self)
        heading = QLabel(title)
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        heading.setFont(font)
        self.message = QLabel(text)
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
