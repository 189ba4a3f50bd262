"""How the window shows a JIAF severity: its level with its label, in its colour."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap

from cimicdesk.domain.enums import Severity
from cimicdesk.reports.palette import SEVERITY_HEX, SEVERITY_INK_HEX
from cimicdesk.ui.i18n import label

# (background, text that reads on it): the scale's colours are the reports' too
# (reports/palette.py says why these). A sector not rated shows no colour at all.
COLOURS: dict[Severity, tuple[str, str]] = {
    severity: (SEVERITY_HEX[severity.value], SEVERITY_INK_HEX[severity.value])
    for severity in Severity
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
