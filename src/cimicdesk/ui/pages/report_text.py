"""The officer's text on the Reports form: its fields read and filled, labelled and laid
out for the kind of report, and the header lines a report prints when they are left empty."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPlainTextEdit, QStyle, QWidget

from cimicdesk.i18n.catalogue import texts
from cimicdesk.reports import data as report_data
from cimicdesk.reports.kinds import ReportKind
from cimicdesk.store import report_drafts
from cimicdesk.store.database import UnitInfo
from cimicdesk.store.report_drafts import ReportDraft
from cimicdesk.store.report_settings import ReportSettings
from cimicdesk.ui.generated.ui_reports_page import Ui_ReportsPage

# The draft's fields in the form: the header lines, then the sections of each kind.
COMBO_FRAME = 16  # an editable combo's frame and margins around its text
HEADER_FIELDS = ("marking", "report_no", "from_line", "to_line", "cc_line", "location")
SITREP_TEXTS = (
    "key_points",
    "civil_situation",
    "protection_gender",
    "assessment",
    "planned_activities",
    "issues_for_hq",
)
HANDOVER_TEXTS = ("assessment", "key_points", "planned_activities")
# The form is worded for a sitrep; a handover brief names some of its fields otherwise.
# English, marked for lupdate in the form's context 'ReportsPage'.
HANDOVER_LABELS = {
    "assessment": QT_TRANSLATE_NOOP("ReportsPage", "Outgoing officer's &notes"),
    "key_points": QT_TRANSLATE_NOOP("ReportsPage", "&Key points — one per line"),
    "planned_activities": QT_TRANSLATE_NOOP(
        "ReportsPage", "Coming &up for the incoming officer — one per line"
    ),
    "prepared_by": QT_TRANSLATE_NOOP("ReportsPage", "Handed over &by"),
    "approved_by": QT_TRANSLATE_NOOP("ReportsPage", "Ta&ken over by"),
}
HANDOVER_PLACEHOLDERS = {
    "assessment": QT_TRANSLATE_NOOP(
        "ReportsPage",
        "What the incoming officer must know: who matters, what is sensitive, what was promised…",
    ),
    "planned_activities": QT_TRANSLATE_NOOP(
        "ReportsPage",
        "e.g.\nQIP handover ceremony, Kidjigra, 2 Dec\nMonthly humanitarian coordination "
        "meeting, Bambari",
    ),
    "prepared_by": QT_TRANSLATE_NOOP("ReportsPage", "Outgoing officer: rank, name, appointment"),
    "approved_by": QT_TRANSLATE_NOOP("ReportsPage", "Incoming officer: rank, name, appointment"),
}
Field = QLineEdit | QPlainTextEdit | QComboBox


def translate(text: str) -> str:
    return QCoreApplication.translate("ReportsPage", text)


class ReportText:
    """The text fields of a Ui_ReportsPage.

    Attributes: ui, fields (draft field -> its QLineEdit, QPlainTextEdit or the marking
    QComboBox), labels (draft field -> QLabel), cells (section -> its cell in
    ui.textsGrid), sitrep_labels and sitrep_placeholders (the form's own wording, put
    back after a handover brief), no_cc (the Cc field's placeholder when nobody is copied).
    """

    def __init__(self, ui: Ui_ReportsPage):
        self.ui = ui
        names = ReportDraft.text_fields()
        self.fields: dict[str, Field] = {name: getattr(ui, f"{name}Edit") for name in names}
        self.labels: dict[str, QLabel] = {name: getattr(ui, f"{name}Label") for name in names}
        self.cells: dict[str, QWidget] = {name: getattr(ui, f"{name}Cell") for name in SITREP_TEXTS}
        for name in HEADER_FIELDS[1:]:
            self.fields[name].setMaxLength(report_drafts.MAX_TEXT)  # type: ignore[union-attr]
        self.sitrep_labels = {name: label.text() for name, label in self.labels.items()}
        self.sitrep_placeholders = {
            name: self.fields[name].placeholderText() for name in HANDOVER_PLACEHOLDERS
        }
        self.no_cc = ui.cc_lineEdit.placeholderText()

    def on_edit(self, edited: Callable[[], None]) -> None:
        """Call `edited` whenever the officer changes any field."""
        for widget in self.fields.values():
            if isinstance(widget, QPlainTextEdit):
                widget.textChanged.connect(edited)
            elif isinstance(widget, QComboBox):
                widget.editTextChanged.connect(lambda _: edited())
            else:
                widget.textChanged.connect(lambda _: edited())

    def values(self) -> dict[str, str]:
        """Draft field -> text, as saved (header lines trimmed, sections as typed)."""
        values = {}
        for name, widget in self.fields.items():
            if isinstance(widget, QPlainTextEdit):
                values[name] = widget.toPlainText()
            elif isinstance(widget, QComboBox):
                values[name] = widget.currentText().strip()
            else:
                values[name] = widget.text().strip()
        return values

    def set_values(self, values: dict[str, str]) -> None:
        """Show these texts (a field not named is emptied); unchanged fields are left be."""
        for name, widget in self.fields.items():
            value = values.get(name, "")
            if isinstance(widget, QPlainTextEdit):
                if widget.toPlainText() != value:
                    widget.setPlainText(value)
            elif isinstance(widget, QComboBox):
                if widget.currentText() != value:
                    widget.setEditText(value)
            elif widget.text() != value:
                widget.setText(value)

    def set_read_only(self, read_only: bool) -> None:
        for widget in self.fields.values():
            if isinstance(widget, QComboBox):
                widget.setEnabled(not read_only)
            else:
                widget.setReadOnly(read_only)

    def show_kind(self, kind: ReportKind) -> None:
        """Word and lay out the fields for a handover brief or for a sitrep."""
        handover = kind.key == "handover_brief"
        for name, label in self.labels.items():
            text = HANDOVER_LABELS.get(name) if handover else None
            label.setText(translate(text) if text else self.sitrep_labels[name])
        for name, text in HANDOVER_PLACEHOLDERS.items():
            shown = translate(text) if handover else self.sitrep_placeholders[name]
            self.fields[name].setPlaceholderText(shown)
        self._arrange(HANDOVER_TEXTS if handover else SITREP_TEXTS)

    def _arrange(self, names: tuple[str, ...]) -> None:
        """Put the sections this kind uses in a two-column grid, in doctrine order."""
        grid = self.ui.textsGrid
        for cell in self.cells.values():
            grid.removeWidget(cell)
            cell.hide()
        for row in range(3):
            grid.setRowStretch(row, 0)
        for number, name in enumerate(names):
            row, column = divmod(number, 2)
            last_alone = number == len(names) - 1 and column == 0
            grid.addWidget(self.cells[name], row, column, 1, 2 if last_alone else 1)
            grid.setRowStretch(row, 1)
            self.cells[name].show()

    def show_defaults(
        self,
        kind: ReportKind,
        unit: UnitInfo,
        start: date,
        end: date,
        language: str,
        settings: ReportSettings | None = None,
    ) -> None:
        """What the report prints where a header field is left empty, as placeholders
        (with the unit's report settings: Preferences)."""
        handover = kind.key == "handover_brief"
        if handover:
            defaults = report_data.handover_defaults(unit, start, settings)
        else:
            period = report_data.Period(start, end)
            defaults = report_data.sitrep_defaults(
                unit, period, kind.key == "sector_sitrep", settings
            )
        # The defaults as the report will print them, in the report's language.
        report_texts = texts(language)
        marking = report_texts.render(defaults.marking)
        placeholder = QCoreApplication.translate("ReportsPage", "{marking} (default)").format(
            marking=marking
        )
        self.ui.markingEdit.lineEdit().setPlaceholderText(placeholder)
        fit_combo_text(self.ui.markingEdit, [placeholder, *report_data.MARKINGS])
        self.ui.report_noEdit.setPlaceholderText(defaults.report_no)
        self.ui.from_lineEdit.setPlaceholderText(report_texts.render(defaults.from_line))
        self.ui.to_lineEdit.setPlaceholderText(report_texts.render(defaults.to_line))
        cc_line = "" if handover else report_texts.render(defaults.cc_line)
        self.ui.cc_lineEdit.setPlaceholderText(cc_line or self.no_cc)
        if unit.parent and kind.key != "handover_brief":
            # The form says 'Sector HQ'; a sector's sitrep goes to Force HQ.
            self.fields["issues_for_hq"].setPlaceholderText(
                QCoreApplication.translate("ReportsPage", "What you need from {hq}…").format(
                    hq=unit.parent
                )
            )


def fit_combo_text(combo: QComboBox, texts_shown: list[str]) -> None:
    """Make a combo at least wide enough for the longest of texts_shown (a marking with
    ' (par défaut)' is longer in French), so that none is cut."""
    widest = max(combo.fontMetrics().horizontalAdvance(text) for text in texts_shown)
    arrow = combo.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
    combo.setMinimumWidth(widest + arrow + COMBO_FRAME)
