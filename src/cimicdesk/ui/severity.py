"""How the window shows a JIAF severity: its level with its label, in its colour."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap

from cimicdesk.domain.enums import Severity
from cimicdesk.ui.i18n import label

# A sequential scale, pale to dark (ColorBrewer OrRd 5, as the humanitarian severity maps
# read): (background, text that reads on it). Level 1 is no green "all clear": it is the
# bottom of a scale of need, and a sector not rated shows no colour at all.
COLOURS: dict[Severity, tuple[str, str]] = {
    Severity.MINIMAL: ("#fef0d9", "#3d2a00"),
    Severity.STRESSED: ("#fdcc8a", "#3d2a00"),
    Severity.SEVERE: ("#fc8d59", "#2b1000"),
    Severity.EXTREME: ("#e34a33", "#ffffff"),
    Severity.CATASTROPHIC: ("#b30000", "#ffffff"),
}


def severity_text(severity: Severity) -> str:
    """'3 · Severe': the level first, so a list sorts and a combo is chosen by the digit."""
    return f"{severity.level} · {label(severity)}"


def background(severity: Severity) -> QColor:
    return QColor(COLOURS[severity][0])


def foreground(severity: Severity) -> QColor:
    return QColor(COLOURS[severity][1])


def swatch(severity: Severity | None, side: int = 14) -> QIcon:
    """A square of the severity's colour (an empty outlined square for none)."""
    pixmap = QPixmap(side, side)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setPen(QColor("#7a7a7a"))
    if severity is not None:
        painter.setBrush(background(severity))
    painter.drawRect(0, 0, side - 1, side - 1)
    painter.end()
    return QIcon(pixmap)
