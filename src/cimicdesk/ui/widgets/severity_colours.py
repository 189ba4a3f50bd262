"""The JIAF severity colours as the window paints them (the values: reports/palette.py)."""

from __future__ import annotations

from PySide6.QtGui import QColor

from cimicdesk.domain.enums import Severity
from cimicdesk.reports.palette import NOT_RATED_HEX, SEVERITY_HEX, SEVERITY_INK_HEX


def severity_fill(severity: Severity | None) -> QColor:
    """A severity's colour (grey for none)."""
    return QColor(SEVERITY_HEX[severity.value] if severity is not None else NOT_RATED_HEX)


def severity_ink(severity: Severity) -> QColor:
    """The colour of text written on a severity's colour."""
    return QColor(SEVERITY_INK_HEX[severity.value])


def style_fill(style: str) -> QColor:
    """The colour of a map point whose style is a severity's value ('' or unknown: grey)."""
    return QColor(SEVERITY_HEX.get(style, NOT_RATED_HEX))
