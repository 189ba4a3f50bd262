"""A reporting period: an ISO week (year and week, Monday–Sunday shown) or two dates."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from cimicdesk.ui.i18n import current_language

# In the window's language, whatever the system locale says (as the reports write them).
DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
DAYS_FR = ("lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim.")
MONTHS_FR = (
    "janv.",
    "févr.",
    "mars",
    "avr.",
    "mai",
    "juin",
    "juil.",
    "août",
    "sept.",
    "oct.",
    "nov.",
    "déc.",
)
FIRST_YEAR, LAST_YEAR = 2000, 2100
DATE_FORMAT = "ddd d MMM yyyy"


def day_text(day: date, *, year: bool = True) -> str:
    """'Mon 16 Nov 2026' (or 'Mon 16 Nov'); in French 'lun. 16 nov. 2026'."""
    days, months = (DAYS_FR, MONTHS_FR) if current_language() == "fr" else (DAYS, MONTHS)
    text = f"{days[day.weekday()]} {day.day} {months[day.month - 1]}"
    return f"{text} {day.year}" if year else text


def span_text(start: date, end: date) -> str:
    """'Mon 16 Nov – Sun 22 Nov 2026'; both years when the span crosses New Year."""
    if start == end:
        return day_text(start)
    return f"{day_text(start, year=start.year != end.year)} – {day_text(end)}"


def weeks_in(year: int) -> int:
    """52 or 53: the ISO week of 28 December is always the year's last."""
    return date(year, 12, 28).isocalendar().week


def week_dates(year: int, week: int) -> tuple[date, date]:
    monday = date.fromisocalendar(year, week, 1)
    return monday, monday + timedelta(days=6)


def iso_week_of(start: date, end: date) -> str:
    """'2026-W47' when start–end is exactly one ISO week, else ''."""
    iso = start.isocalendar()
    if start.weekday() == 0 and end == start + timedelta(days=6):
        return f"{iso.year}-W{iso.week:02d}"
    return ""


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


@dataclass(frozen=True)
class PeriodState:
    """Everything the picker shows, to put it back exactly (e.g. when a change is refused)."""

    by_week: bool
    year: int
    week: int
    start: date
    end: date


class PeriodPicker(QWidget):
    """Week mode: year and week spin boxes, ◀ ▶ and This week, and the dates they mean.
    Dates mode: From and To (both included).

    Attributes: week_radio, dates_radio, year_spin, week_spin, previous_button,
    next_button, this_week_button, dates_label, start_edit, end_edit, today (the date
    This week goes to; tests may set it).
    """

    period_changed = Signal()

    def __init__(self, today: date, parent: QWidget | None = None):
        super().__init__(parent)
        self.today = today
        self._quiet = 0
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

        modes = QHBoxLayout()
        self.week_radio = QRadioButton(self.tr("ISO &week"))
        self.week_radio.setToolTip(
            self.tr("A Monday-to-Sunday week, as weekly sitreps are written")
        )
        self.dates_radio = QRadioButton(self.tr("&Dates"))
        self.dates_radio.setToolTip(self.tr("Any period: the first and last day, both included"))
        group = QButtonGroup(self)
        group.addButton(self.week_radio)
        group.addButton(self.dates_radio)
        modes.addWidget(self.week_radio)
        modes.addWidget(self.dates_radio)
        modes.addStretch(1)
        layout.addLayout(modes)

        self.week_row = QWidget()
        week = QHBoxLayout(self.week_row)
        week.setContentsMargins(0, 0, 0, 0)
        self.year_spin = QSpinBox()
        self.year_spin.setObjectName("yearSpin")
        self.year_spin.setRange(FIRST_YEAR, LAST_YEAR)
        self.year_spin.setKeyboardTracking(False)
        self.year_spin.setToolTip(self.tr("Year of the ISO week"))
        self.week_spin = QSpinBox()
        self.week_spin.setObjectName("weekSpin")
        self.week_spin.setPrefix("W")
        self.week_spin.setRange(1, 53)
        self.week_spin.setKeyboardTracking(False)
        self.week_spin.setToolTip(self.tr("ISO week number (weeks start on Monday)"))
        self.previous_button = QToolButton()
        self.previous_button.setText("◀")
        self.previous_button.setToolTip(self.tr("The week before"))
        self.next_button = QToolButton()
        self.next_button.setText("▶")
        self.next_button.setToolTip(self.tr("The week after"))
        self.this_week_button = QPushButton(self.tr("This week"))
        self.this_week_button.setToolTip(self.tr("Go to the week of today"))
        week.addWidget(self.previous_button)
        week.addWidget(self.year_spin)
        week.addWidget(self.week_spin)
        week.addWidget(self.next_button)
        week.addWidget(self.this_week_button)
        week.addStretch(1)
        layout.addWidget(self.week_row)

        self.dates_row = QWidget()
        dates = QGridLayout(self.dates_row)
        dates.setContentsMargins(0, 0, 0, 0)
        self.start_edit = self._date_edit("startEdit", self.tr("First day of the period"))
        self.end_edit = self._date_edit("endEdit", self.tr("Last day of the period (included)"))
        start_label = QLabel(self.tr("&From"))
        start_label.setBuddy(self.start_edit)
        end_label = QLabel(self.tr("&To"))
        end_label.setBuddy(self.end_edit)
        dates.addWidget(start_label, 0, 0)
        dates.addWidget(self.start_edit, 0, 1)
        dates.addWidget(end_label, 1, 0)
        dates.addWidget(self.end_edit, 1, 1)
        dates.setColumnStretch(2, 1)
        layout.addWidget(self.dates_row)

        self.dates_label = QLabel()
        self.dates_label.setObjectName("periodDatesLabel")
        font = self.dates_label.font()
        font.setBold(True)
        self.dates_label.setFont(font)
        layout.addWidget(self.dates_label)

        self.week_radio.toggled.connect(self._mode_toggled)
        self.year_spin.valueChanged.connect(self._year_changed)
        self.week_spin.valueChanged.connect(lambda _: self._changed())
        self.previous_button.clicked.connect(lambda: self.step_week(-1))
        self.next_button.clicked.connect(lambda: self.step_week(1))
        self.this_week_button.clicked.connect(self.go_to_this_week)
        self.start_edit.dateChanged.connect(self._start_changed)
        self.end_edit.dateChanged.connect(self._end_changed)

        iso = today.isocalendar()
        start, end = week_dates(iso.year, iso.week)
        self.restore(PeriodState(True, iso.year, iso.week, start, end))

    def _date_edit(self, name: str, tip: str) -> QDateEdit:
        edit = QDateEdit()
        edit.setObjectName(name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat(DATE_FORMAT)
        edit.setDateRange(QDate(FIRST_YEAR, 1, 1), QDate(LAST_YEAR, 12, 31))
        edit.setKeyboardTracking(False)
        edit.setToolTip(tip)
        return edit

    # What it says -------------------------------------------------------------------

    def by_week(self) -> bool:
        return self.week_radio.isChecked()

    def dates(self) -> tuple[date, date]:
        """First and last day of the period, both included."""
        if self.by_week():
            return week_dates(self.year_spin.value(), self.week_spin.value())
        return from_qdate(self.start_edit.date()), from_qdate(self.end_edit.date())

    def week_label(self) -> str:
        """'2026-W47' when the period is one ISO week, else ''."""
        return iso_week_of(*self.dates())

    def state(self) -> PeriodState:
        start, end = from_qdate(self.start_edit.date()), from_qdate(self.end_edit.date())
        return PeriodState(
            self.by_week(), self.year_spin.value(), self.week_spin.value(), start, end
        )

    # Changing it --------------------------------------------------------------------

    def restore(self, state: PeriodState) -> None:
        """Show exactly `state`, without emitting period_changed."""
        self._quiet += 1
        try:
            self.week_radio.setChecked(state.by_week)
            self.dates_radio.setChecked(not state.by_week)
            self.year_spin.setValue(state.year)
            self.week_spin.setMaximum(weeks_in(state.year))
            self.week_spin.setValue(state.week)
            self.start_edit.setDate(to_qdate(state.start))
            self.end_edit.setMinimumDate(to_qdate(state.start))
            self.end_edit.setDate(to_qdate(state.end))
        finally:
            self._quiet -= 1
        self._show_mode()

    def set_week(self, year: int, week: int) -> None:
        """Show ISO week `week` of `year` (in week mode)."""
        start, end = week_dates(year, week)
        self._set(PeriodState(True, year, week, start, end))

    def set_dates(self, start: date, end: date) -> None:
        """Show the period start–end (in dates mode)."""
        state = self.state()
        self._set(PeriodState(False, state.year, state.week, start, max(start, end)))

    def step_week(self, weeks: int) -> None:
        start, _ = self.dates()
        iso = (start + timedelta(weeks=weeks)).isocalendar()
        self.set_week(iso.year, iso.week)

    def go_to_this_week(self) -> None:
        iso = self.today.isocalendar()
        self.set_week(iso.year, iso.week)

    def _set(self, state: PeriodState) -> None:
        before = (self.by_week(), self.dates())
        self.restore(state)
        if (self.by_week(), self.dates()) != before:
            self.period_changed.emit()

    def _changed(self) -> None:
        self._show_mode()
        if not self._quiet:
            self.period_changed.emit()

    def _mode_toggled(self, by_week: bool) -> None:
        if self._quiet:
            return
        self._quiet += 1
        try:
            if by_week:  # the week holding the first day of the dates
                iso = from_qdate(self.start_edit.date()).isocalendar()
                self.year_spin.setValue(iso.year)
                self.week_spin.setMaximum(weeks_in(iso.year))
                self.week_spin.setValue(iso.week)
            else:  # the dates of the week shown
                start, end = week_dates(self.year_spin.value(), self.week_spin.value())
                self.start_edit.setDate(to_qdate(start))
                self.end_edit.setMinimumDate(to_qdate(start))
                self.end_edit.setDate(to_qdate(end))
        finally:
            self._quiet -= 1
        self._changed()

    def _year_changed(self, year: int) -> None:
        self._quiet += 1
        try:
            self.week_spin.setMaximum(weeks_in(year))  # W53 becomes W52 in a short year
        finally:
            self._quiet -= 1
        self._changed()

    def _start_changed(self, start: QDate) -> None:
        self._quiet += 1
        try:
            self.end_edit.setMinimumDate(start)  # the end never comes before the start
        finally:
            self._quiet -= 1
        self._changed()

    def _end_changed(self, _end: QDate) -> None:
        self._changed()

    def _show_mode(self) -> None:
        by_week = self.by_week()
        self.week_row.setVisible(by_week)
        self.dates_row.setVisible(not by_week)
        start, end = self.dates()
        text = span_text(start, end)
        if not by_week:
            days = (end - start).days + 1
            week = iso_week_of(start, end)
            text += "  ·  " + self.tr("%Ln day(s)", "", days)
            text += f" ({week})" if week else ""
        self.dates_label.setText(text)
