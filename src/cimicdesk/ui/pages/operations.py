"""OperationsPage: what the QIP, incident and support request pages share — a date range
and a unit filter on the list, links from the editor to other records, save-first steps."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDateTime
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateEdit, QHBoxLayout, QLabel

from cimicdesk.domain.timeutil import utc_now
from cimicdesk.store import stats
from cimicdesk.ui.editors.base import fit_narrow
from cimicdesk.ui.pages.contacts import enum_filter
from cimicdesk.ui.pages.liaison import day_stamp, today_utc
from cimicdesk.ui.pages.record_page import RecordPage
from cimicdesk.ui.widgets.optional_datetime import OptionalDateTime

ALL_UNITS = QT_TRANSLATE_NOOP("OperationsPage", "All units")
# A base class: its texts are translated in the fixed context 'OperationsPage'.
translate = QCoreApplication.translate


def utc_today() -> date:
    return utc_now().date()


def narrow_enum_filter(
    name: str, all_text: str, enum: type, tooltip: str, characters: int = 12
) -> QComboBox:
    """An enum filter combo that does not widen the bar with its longest label."""
    combo = enum_filter(name, all_text, enum, tooltip)
    fit_narrow(combo, characters)
    return combo


class OperationsPage(RecordPage):
    """A RecordPage for an operations record: page filters, then a Zulu date range and,
    when the file holds several units' records, a unit filter.

    Subclasses set TABLE (for the unit list), DATE_WHAT (what the range filters on, in
    English; or override date_tooltips with translated sentences) and DATE_BACK (days
    before today a touched 'from' starts at), and implement build_own_filters and
    own_filter_values. Attributes (besides RecordPage's): today
    (a function giving the current date), from_edit / from_date, to_edit / to_date,
    unit_combo.
    """

    TABLE = ""
    DATE_WHAT = "records"
    DATE_BACK = 30

    def __init__(self, store, prompter, parent=None, today: Callable[[], date] = utc_today):
        self.today = today
        super().__init__(store, prompter, parent)
        self.title_label.setWordWrap(True)  # long project titles and references
        if hasattr(self.editor, "open_requested"):
            self.editor.open_requested.connect(self.open_requested)

    # What subclasses provide ------------------------------------------------------

    def build_own_filters(self, bar: QHBoxLayout) -> None:
        """Status, type and flag filters of the page."""

    def own_filter_values(self) -> dict[str, Any]:
        return {}

    def date_tooltips(self) -> tuple[str, str]:
        """The tooltips of the 'from' and 'to' dates, translated."""
        what = self.DATE_WHAT[0].upper() + self.DATE_WHAT[1:]
        return (
            translate(
                "OperationsPage", "{what} on or after this day (Z); 'any' for no limit."
            ).format(what=what),
            translate(
                "OperationsPage", "{what} on or before this day (Z); 'any' for no limit."
            ).format(what=what),
        )

    def date_filter_value(self, moment: QDateTime, days_after: int = 0) -> str:
        """What the list function takes for a day: a stamp by default."""
        return day_stamp(moment, days_after)

    # RecordPage -------------------------------------------------------------------

    def build_filters(self, bar: QHBoxLayout) -> None:
        self.build_own_filters(bar)
        from_tip, to_tip = self.date_tooltips()
        self.from_edit, self.from_date = self._date_filter(
            "fromDate", from_tip, lambda: today_utc().addDays(-self.DATE_BACK)
        )
        self.to_edit, self.to_date = self._date_filter("toDate", to_tip, today_utc)
        bar.addWidget(QLabel(translate("OperationsPage", "From")))
        bar.addWidget(self.from_edit)
        bar.addWidget(QLabel(translate("OperationsPage", "to")))
        bar.addWidget(self.to_edit)
        self.unit_combo = QComboBox()
        self.unit_combo.setObjectName("unitFilter")
        self.unit_combo.setToolTip(
            translate(
                "OperationsPage", "Show only one unit's records (a sector file holds several)"
            )
        )
        fit_narrow(self.unit_combo, 10)
        bar.addWidget(self.unit_combo)
        self._fill_units()
        self.unit_combo.currentIndexChanged.connect(lambda _: self.apply_filters())

    def _date_filter(self, name: str, tooltip: str, default) -> tuple[QDateEdit, OptionalDateTime]:
        edit = QDateEdit()
        edit.setObjectName(name)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setCalendarPopup(True)
        edit.setToolTip(tooltip)
        optional = OptionalDateTime(edit, translate("OperationsPage", "any"), default)
        edit.dateChanged.connect(lambda _: self.apply_filters())
        return edit, optional

    def _fill_units(self) -> None:
        combo = self.unit_combo
        current = combo.currentData() or ""
        units = stats.origin_units(self.store, self.TABLE)
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(translate("OperationsPage", ALL_UNITS), "")
        for unit in units:
            combo.addItem(unit, unit)
        combo.setCurrentIndex(max(combo.findData(current), 0) if current else 0)
        combo.blockSignals(False)
        combo.setVisible(len(units) > 1 or bool(current))

    def filter_values(self) -> dict[str, Any]:
        start, end = self.from_date.value(), self.to_date.value()
        return {
            **self.own_filter_values(),
            "date_from": self.date_filter_value(start) if start is not None else None,
            "date_to": self.date_filter_value(end, 1) if end is not None else None,
            "unit": self.unit_combo.currentData() or None,
        }

    def activate(self) -> None:
        if self._stale:
            self._fill_units()
        super().activate()

    # Helpers ----------------------------------------------------------------------

    def saved_first(self, doing: str) -> bool:
        """Save the record before `doing` (translated) something to the stored one; False
        if it fails."""
        if not self.editor.dirty and not self.editor.is_new:
            return True
        if self.save_record():
            return True
        if not self.message_label.text():
            self.message_label.setText(
                translate("OperationsPage", "Save the {noun} first, then {doing}.").format(
                    noun=self.nouns().one, doing=doing
                )
            )
        return False

    def show_updated(self, record: Any, message: str) -> None:
        """Show a record changed by a page action (a move, a flash report) everywhere."""
        self.editor.load(record)
        self.model.refresh_record(record.id)
        self._select(record.id)
        self._update_title()
        self.status_message.emit(message)
        self.records_changed.emit()


def check_filter(name: str, text: str, tooltip: str) -> QCheckBox:
    """A check box filter; text and tooltip translated by the caller."""
    box = QCheckBox(text)
    box.setObjectName(name)
    box.setToolTip(tooltip)
    return box
