"""What the QIP, incident and support request editors share: optional dates, amounts read
from text, errors on tabbed forms, warning lines and record pickers."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QDateTime, QTime, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDateEdit,
    QLabel,
    QTabWidget,
    QWidget,
)

from cimicdesk.domain.errors import CimicError, FieldError, ValidationError
from cimicdesk.domain.timeutil import utc_now
from cimicdesk.ui.editors.base import RecordEditor
from cimicdesk.ui.i18n import message
from cimicdesk.ui.widgets.choices import chosen_id
from cimicdesk.ui.widgets.line_slot import BOX_EXTRA, line_of
from cimicdesk.ui.widgets.optional_datetime import UTC as QT_UTC
from cimicdesk.ui.widgets.optional_datetime import OptionalDateTime

ERROR_TAB_COLOUR = "#b00020"
NOT_SET = QT_TRANSLATE_NOOP("DateField", "not set")
translate = QCoreApplication.translate
# What a picker says when the typed name is no record of its kind (context 'Pickers').
UNKNOWN_NAME = {
    "organisation": QT_TRANSLATE_NOOP(
        "Pickers",
        "No organisation is called '{name}'. Pick one from the list, or add it on the "
        "Organisations page first.",
    ),
    "contact": QT_TRANSLATE_NOOP(
        "Pickers",
        "No contact is called '{name}'. Pick one from the list, or add it on the Contacts "
        "page first.",
    ),
    "assessment": QT_TRANSLATE_NOOP(
        "Pickers",
        "No assessment is called '{name}'. Pick one from the list, or record it on the "
        "Assessments page first.",
    ),
}


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def today_qt() -> QDateTime:
    return QDateTime(qdate(utc_now().date()), QTime(0, 0), QT_UTC)


def iso_day(value: QDate) -> str:
    return f"{value.year():04d}-{value.month():02d}-{value.day():02d}"


class DateField:
    """An optional day (YYYY-MM-DD, '' when not set) over a QDateEdit and its Clear button.

    Attributes: edit, clear_button, optional (the OptionalDateTime that makes 'not set').
    """

    def __init__(
        self,
        edit: QDateEdit,
        clear_button: QAbstractButton | None = None,
        default: Callable[[], QDateTime] = today_qt,
        empty_text: str = NOT_SET,
    ):
        """empty_text: what an empty field shows, in English (translated here)."""
        self.edit = edit
        self.clear_button = clear_button
        self.optional = OptionalDateTime(edit, translate("DateField", empty_text), default)
        if clear_button is not None:
            clear_button.clicked.connect(self.optional.clear)

    def text(self) -> str:
        moment = self.optional.value()
        return iso_day(moment.date()) if moment is not None else ""

    def set_text(self, text: str) -> None:
        if not text:
            self.optional.clear()
            return
        try:
            day = date.fromisoformat(text)
        except ValueError:
            self.optional.clear()
            return
        self.optional.set_value(QDateTime(qdate(day), QTime(0, 0), QT_UTC))


def picked(combo: QComboBox, field: str, what: str, where: str) -> str | None:
    """The id chosen in a searchable picker; a ValidationError at `field` for unknown text."""
    try:
        return chosen_id(combo)
    except LookupError as exc:
        if what in UNKNOWN_NAME:
            text = translate("Pickers", UNKNOWN_NAME[what]).format(name=exc)
        else:
            text = translate(
                "Pickers",
                "No {what} is called '{name}'. Pick one from the list, or add it on the "
                "{where} page first.",
            ).format(what=what, name=exc, where=where)
        raise ValidationError([FieldError(field, text)]) from None


def show_start(*combos: QComboBox) -> None:
    """Long names in searchable pickers show their beginning, not their end."""
    for combo in combos:
        if combo.lineEdit() is not None:
            combo.lineEdit().setCursorPosition(0)


def show_warnings(label: QLabel, warnings: list[FieldError]) -> None:
    """A visible warning line (hidden when there is nothing to flag, its space kept: the
    form does not move as the officer types); several warnings share the line, cut to
    its width, each whole in its tooltip."""
    line_of(label, BOX_EXTRA).set_text("\n".join(f"⚠ {message(w.message)}" for w in warnings))
    label.setVisible(bool(warnings))


def warning_text(label: QLabel) -> str:
    """The whole text of a warning line ('' while it is hidden)."""
    return line_of(label, BOX_EXTRA).text() if not label.isHidden() else ""


class TabbedEditor(RecordEditor):
    """A RecordEditor whose form is split over the tabs of self.ui.tabs.

    An error shown on a tab that is not in front brings that tab forward and colours the
    titles of the tabs that hold errors; spin boxes count as edits like the other inputs.
    The record a picker names opens on its page through open_requested.
    """

    open_requested = Signal(str, str)  # kind ('contact' | 'organisation' | 'liaison'), id

    def finish_setup(self) -> None:
        super().finish_setup()
        for spin in self.findChildren(QAbstractSpinBox):
            self._watch_spin(spin)
        # The editor's height follows the tab in front at once (its scroll area asks it
        # again), not at the next line that shows: that line then moves no field.
        self.ui.tabs.currentChanged.connect(self._tab_changed)

    def _tab_changed(self) -> None:
        self.layout().invalidate()
        self.updateGeometry()

    def _open(self, combo: QComboBox, kind: str) -> None:
        """Ask for the record chosen in `combo` (a contact or organisation picker) to open;
        nothing happens when none is chosen or the text names no record."""
        try:
            record_id = picked(combo, "", kind, "")
        except CimicError:
            return
        if record_id:
            self.open_requested.emit(kind, record_id)

    def _watch_spin(self, spin: QAbstractSpinBox) -> None:
        signal = getattr(spin, "valueChanged", None)
        if signal is not None:
            signal.connect(lambda *_: self._on_edited(spin))

    def show_errors(self, error: ValidationError):
        unplaced = super().show_errors(error)
        tabs: QTabWidget = self.ui.tabs
        first = next((self._inputs[e.field] for e in error.errors if e.field in self._inputs), None)
        for index in range(tabs.count()):
            page = tabs.widget(index)
            holds = any(
                page.isAncestorOf(self._errors[e.field])
                for e in error.errors
                if e.field in self._errors
            )
            tabs.tabBar().setTabTextColor(
                index, ERROR_TAB_COLOUR if holds else tabs.palette().windowText().color()
            )
        if first is not None:
            for index in range(tabs.count()):
                if tabs.widget(index).isAncestorOf(first):
                    tabs.setCurrentIndex(index)
                    break
            first.setFocus()
        return unplaced

    def clear_errors(self) -> None:
        super().clear_errors()
        tabs: QTabWidget = self.ui.tabs
        colour = tabs.palette().windowText().color()
        for index in range(tabs.count()):
            tabs.tabBar().setTabTextColor(index, colour)

    def error_text(self, field: str) -> str:
        """The message under a field, whether or not its tab is in front."""
        label = self._errors.get(field)
        return self._line(label).text() if label is not None and not label.isHidden() else ""

    def tab_of(self, widget: QWidget) -> int:
        """The index of the tab holding a widget (-1 when it is above the tabs)."""
        tabs: QTabWidget = self.ui.tabs
        return next((i for i in range(tabs.count()) if tabs.widget(i).isAncestorOf(widget)), -1)
