"""What a cell of an editor's table holds (text, a day, a bounded number, a choice): how it
is shown, and whether a value may go in (the bounds are those of domain/bounds.py)."""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt

from cimicdesk.domain.bounds import RANGES, Range
from cimicdesk.domain.enums import LabelledEnum
from cimicdesk.ui.i18n import label, number, texts

TEXT, DAY, NUMBER, CHOICE = "text", "day", "number", "choice"
CellRole = Qt.ItemDataRole.UserRole + 1  # an index's Cell: the delegate edits by it
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter  # where numbers sit
translate = QCoreApplication.translate


def day_text(value: Any) -> str | None:
    """A day as YYYY-MM-DD from a QDate, a date or such a text; None when it is none."""
    if isinstance(value, QDate):
        return value.toString("yyyy-MM-dd") if value.isValid() else None
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, str) and len(value) == 10:
        try:
            return date.fromisoformat(value).isoformat()
        except ValueError:
            return None
    return None


@dataclass(frozen=True)
class Cell:
    """How a column's cells are edited. A NUMBER cell is bounded by RANGES[bounds] (the
    field's name in domain/bounds.py) and shown with its suffix (' %'), or as money when
    it has a currency ('USD'); a CHOICE cell holds a member of `choices`, or None when it
    is `optional` (shown empty)."""

    kind: str = TEXT
    bounds: str = ""
    suffix: str = ""
    currency: str = ""
    choices: type[LabelledEnum] | None = None
    optional: bool = False

    @property
    def range(self) -> Range:
        return RANGES[self.bounds]

    @property
    def decimals(self) -> int:
        return 0 if self.range.whole else 2

    def shown(self, value: Any) -> str:
        """The value as the cell shows it."""
        if self.kind == NUMBER and self.currency:
            return texts().money(value, self.currency)
        if self.kind == NUMBER:
            return f"{number(value)}{self.suffix}"
        if self.kind == CHOICE:
            if value is None:
                return ""
            return label(value) if isinstance(value, LabelledEnum) else str(value)
        return "" if value is None else str(value)

    def taken(self, value: Any) -> tuple[Any, str]:
        """(the value to hold, '') when it may go in; (None, why not) otherwise."""
        if self.kind == DAY:
            day = day_text(value)
            if day is None:
                return None, translate("Cells", "Give a day as YYYY-MM-DD.")
            return day, ""
        if self.kind == NUMBER:
            return self._number(value)
        if self.kind == CHOICE and self.optional and value in (None, ""):
            return None, ""
        if self.kind == CHOICE and self.choices is not None:
            try:
                return self.choices(value), ""
            except ValueError:
                return None, translate("Cells", "Choose one of the list.")
        return ("" if value is None else str(value)), ""

    def _number(self, value: Any) -> tuple[Any, str]:
        allowed = self.range
        if isinstance(value, str):  # pasted or typed text, in the window's language
            read, ok = QLocale().toDouble(value.strip())
            value = read if ok else None
        number_like = isinstance(value, int | float) and not isinstance(value, bool)
        if number_like and math.isfinite(value):
            if allowed.whole and float(value).is_integer():
                value = int(value)
            if allowed.problem(value if allowed.whole else float(value)) is None:
                return (value if allowed.whole else float(value)), ""
        low, high = number(allowed.low), number(allowed.high)
        if allowed.whole:
            why = translate("Cells", "Give a whole number from {low} to {high}.")
        else:
            why = translate("Cells", "Give a number from {low} to {high}.")
        return None, why.format(low=low, high=high)
