"""The small dialogs behind the prompter's operations questions: a QIP move, a time, the
mission's QIP rules. Only the prompter opens them."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from cimicdesk.domain import bounds
from cimicdesk.domain.qip import MissionSettings
from cimicdesk.ui.editors.base import ERROR_STYLE
from cimicdesk.ui.editors.liaison import from_qt, to_qt
from cimicdesk.ui.widgets.optional_datetime import UTC as QT_UTC
from cimicdesk.ui.widgets.wheel_guard import guard_wheel


@dataclass(frozen=True)
class TransitionAnswer:
    """What the officer says about a QIP move: the day, who records it, why."""

    on: date
    recorded_by: str = ""
    note: str = ""


def _buttons(dialog: QDialog, accept) -> QDialogButtonBox:
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    buttons.accepted.connect(accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


def _intro(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    return label


class TransitionDialog(QDialog):
    """Asks the date, the recorder and the note of a QIP's move to another stage.

    Attributes: date_edit, by_edit, note_edit, note_required, hint (says what is missing).
    """

    def __init__(
        self,
        title: str,
        question: str,
        *,
        default_date: date,
        recorded_by: str = "",
        note_required: bool = False,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.note_required = note_required
        layout = QVBoxLayout(self)
        layout.addWidget(_intro(question))
        form = QFormLayout()
        day = QDate(default_date.year, default_date.month, default_date.day)
        self.date_edit = QDateEdit(day)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setMaximumDate(day)
        self.by_edit = QLineEdit(recorded_by)
        self.by_edit.setPlaceholderText(self.tr("e.g. Capt. Rahman, CIMIC officer"))
        self.note_edit = QPlainTextEdit()
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setPlaceholderText(
            self.tr("Why (required)") if note_required else self.tr("e.g. PRC minutes 14/2026")
        )
        form.addRow(self.tr("&Date:"), self.date_edit)
        form.addRow(self.tr("Recorded &by:"), self.by_edit)
        form.addRow(self.tr("&Note:"), self.note_edit)
        layout.addLayout(form)
        self.hint = QLabel()
        self.hint.setStyleSheet(ERROR_STYLE)
        layout.addWidget(self.hint)
        layout.addWidget(_buttons(self, self._accept_if_complete))
        guard_wheel(self)  # an unfocused field ignores the wheel, as in the editors

    def _accept_if_complete(self) -> None:
        if self.note_required and not self.note_edit.toPlainText().strip():
            self.hint.setText(self.tr("Say why: this move needs a note."))
            self.note_edit.setFocus()
            return
        self.accept()

    def answer(self) -> TransitionAnswer:
        day = self.date_edit.date()
        return TransitionAnswer(
            on=date(day.year(), day.month(), day.day()),
            recorded_by=self.by_edit.text().strip(),
            note=self.note_edit.toPlainText().strip(),
        )


class MomentDialog(QDialog):
    """Asks a date and time in Zulu (e.g. when the flash report went).

    Attributes: edit (a QDateTimeEdit in UTC).
    """

    def __init__(self, title: str, question: str, default: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        layout.addWidget(_intro(question))
        self.edit = QDateTimeEdit()
        self.edit.setTimeZone(QT_UTC)
        self.edit.setDisplayFormat("yyyy-MM-dd HH:mm 'Z'")
        self.edit.setCalendarPopup(True)
        self.edit.setDateTime(to_qt(default))
        layout.addWidget(self.edit)
        layout.addWidget(_buttons(self, self.accept))
        guard_wheel(self)  # an unfocused field ignores the wheel, as in the editors

    def answer(self) -> str:
        return from_qt(self.edit.dateTime())


class MissionSettingsDialog(QDialog):
    """The mission's rules: the QIP ceiling in USD and the longest plan in months, and the
    days after which a community not assessed again is overdue (the dashboard's reminder).

    Attributes: settings (as given: fields not shown here are kept), ceiling_spin,
    months_spin, interval_spin.
    """

    def __init__(self, settings: MissionSettings, parent: QWidget | None = None):
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("Mission QIP rules"))
        layout = QVBoxLayout(self)
        layout.addWidget(
            _intro(
                self.tr(
                    "The mission's rules for Quick Impact Projects. They travel with the "
                    "database: set them as your mission's QIP guidelines say (doctrine default: "
                    "USD 50,000 and 6 months)."
                )
            )
        )
        form = QFormLayout()
        self.ceiling_spin = QDoubleSpinBox()
        self.ceiling_spin.setPrefix("USD ")
        self.ceiling_spin.setDecimals(0)
        self.ceiling_spin.setRange(1, 10_000_000)
        self.ceiling_spin.setGroupSeparatorShown(True)
        self.ceiling_spin.setValue(settings.qip_ceiling_usd)
        self.months_spin = QSpinBox()
        self.months_spin.setRange(1, 60)
        self.months_spin.setSuffix(self.tr(" months"))
        self.months_spin.setValue(settings.qip_max_months)
        form.addRow(self.tr("&Ceiling per project:"), self.ceiling_spin)
        form.addRow(self.tr("&Longest plan:"), self.months_spin)
        # The assessment interval: here because it too is the mission's rule, travelling
        # with the database (bounds.py holds its range).
        interval = bounds.RANGES["assessment_interval_days"]
        self.interval_spin = QSpinBox()
        self.interval_spin.setObjectName("intervalSpin")
        self.interval_spin.setRange(int(interval.low), int(interval.high))
        self.interval_spin.setSuffix(self.tr(" days"))
        self.interval_spin.setValue(settings.assessment_interval_days)
        self.interval_spin.setToolTip(
            self.tr(
                "A community not assessed for longer than this is named on the dashboard "
                "(from {low} to {high} days)"
            ).format(low=int(interval.low), high=int(interval.high))
        )
        form.addRow(self.tr("&Assess communities again after:"), self.interval_spin)
        layout.addLayout(form)
        layout.addWidget(_buttons(self, self.accept))
        guard_wheel(self)  # an unfocused field ignores the wheel, as in the editors

    def answer(self) -> MissionSettings:
        return replace(
            self.settings,
            qip_ceiling_usd=float(self.ceiling_spin.value()),
            qip_max_months=self.months_spin.value(),
            assessment_interval_days=self.interval_spin.value(),
        )
