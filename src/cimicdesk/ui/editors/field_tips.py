"""Tooltips that state a field's rule: the grid's MGRS format, a date's format, the mission's
QIP ceiling and duration (English marked here, shown translated in context 'FieldTips')."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QDateTimeEdit, QWidget

from cimicdesk.domain.qip import MissionSettings
from cimicdesk.ui.i18n import usd

translate = QCoreApplication.translate
GRID = QT_TRANSLATE_NOOP(
    "FieldTips",
    "MGRS grid reference: zone and latitude band (34N), the two letters of the 100 km "
    "square (DM), then easting and northing with the same number of digits, 1 to 5 each "
    "(5 digits: to the metre; 3 digits: to 100 m). Spaces and small letters are accepted, "
    "e.g. 34N DM 64090 37550 or 34ndm6409037550.",
)
GRID_POSITION = QT_TRANSLATE_NOOP(
    "FieldTips",
    "A latitude/longitude from a GPS or a phone is taken too, latitude first (6.9896, "
    "19.1874 or 6°59'22.6\"N 19°11'14.6\"E): it becomes the MGRS to 10 m when you leave "
    "the field.",
)
DAY = QT_TRANSLATE_NOOP(
    "FieldTips",
    "Format YYYY-MM-DD: type the digits straight on (20261125); Alt+↓ opens the calendar.",
)
DAY_AND_TIME = QT_TRANSLATE_NOOP(
    "FieldTips",
    "Format YYYY-MM-DD HH:mm in Zulu time (UTC): type the digits straight on (202611250930); "
    "Alt+↓ opens the calendar.",
)
BUDGET = QT_TRANSLATE_NOOP(
    "FieldTips",
    "The mission's rules: at most {ceiling} approved per project, and the "
    "project finished within {months} months of the first disbursement; a budget above the "
    "ceiling or a longer plan is flagged. Mission rules… changes them.",
)


def joined(first: str, second: str) -> str:
    """Two tooltip texts, one under the other ('' parts left out)."""
    return "\n".join(part for part in (first, second) if part)


def grid_tip() -> str:
    return joined(translate("FieldTips", GRID), translate("FieldTips", GRID_POSITION))


def set_date_tips(root: QWidget) -> None:
    """Each date field under `root` says its format under what its tooltip already says."""
    for edit in root.findChildren(QDateTimeEdit):
        timed = "HH" in edit.displayFormat()
        rule = translate("FieldTips", DAY_AND_TIME if timed else DAY)
        if rule not in edit.toolTip():
            edit.setToolTip(joined(edit.toolTip(), rule))


def budget_tip(settings: MissionSettings) -> str:
    """The mission's QIP ceiling and longest duration, with their numbers."""
    return translate("FieldTips", BUDGET).format(
        ceiling=usd(settings.qip_ceiling_usd), months=settings.qip_max_months
    )
