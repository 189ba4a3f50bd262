"""The Reports form's output choices: PDF or Word, and which sitrep annexes go in, kept
in the program's settings for the next report."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QCheckBox

from cimicdesk.reports.kinds import ANNEXES, ReportKind
from cimicdesk.ui.generated.ui_reports_page import Ui_ReportsPage
from cimicdesk.ui.i18n import settings

FORMAT_SETTING = "reports/format"  # 'pdf' or 'docx'
ANNEXES_SETTING = "reports/annexes"  # the keys of ANNEXES ticked, comma-separated
SITREPS = ("unit_sitrep", "sector_sitrep")
WORD = "docx"


class ReportOutput:
    """The format radios and annex check boxes of a Ui_ReportsPage.

    Attributes: ui, checks (annex key -> its QCheckBox, in ANNEXES order), open_settings
    (gives the QSettings the choices are kept in).
    """

    def __init__(self, ui: Ui_ReportsPage, open_settings: Callable[[], QSettings] = settings):
        self.ui = ui
        self.open_settings = open_settings
        self.checks: dict[str, QCheckBox] = dict(
            zip(
                ANNEXES,
                (ui.annexMeetingsCheck, ui.annexQipsCheck, ui.annexIncidentsCheck),
                strict=True,
            )
        )
        self._restore()

    def on_change(self, changed: Callable[[], None]) -> None:
        """Keep every change in the settings, then call `changed`."""

        def kept(_: bool) -> None:
            self._keep()
            changed()

        self.ui.wordRadio.toggled.connect(kept)
        for check in self.checks.values():
            check.toggled.connect(kept)

    def show_kind(self, kind: ReportKind) -> None:
        """PDF or Word only for a document that has both (the 3W is a CSV, the blank form
        only a PDF); annexes only for a sitrep."""
        self.ui.formatRow.setVisible(kind.has_word)
        self.ui.annexesRow.setVisible(kind.key in SITREPS)

    def suffix(self, kind: ReportKind) -> str:
        """The file's suffix: 'docx' when a Word copy of a document is chosen, else the
        kind's own ('pdf', 'csv')."""
        return WORD if kind.has_word and self.ui.wordRadio.isChecked() else kind.suffix

    def format_name(self, kind: ReportKind) -> str:
        """'PDF', 'Word' or 'CSV', as the export button names it (never translated)."""
        return "Word" if self.suffix(kind) == WORD else kind.suffix.upper()

    def ticked(self) -> tuple[str, ...]:
        """The annexes ticked, in order."""
        return tuple(key for key, check in self.checks.items() if check.isChecked())

    def annexes(self, kind: ReportKind) -> tuple[str, ...]:
        """A sitrep's annexes for reports.kinds.ReportRequest: the keys ticked (() =
        none); for another kind the request's default (it has none to leave out)."""
        return self.ticked() if kind.key in SITREPS else ANNEXES

    def _restore(self) -> None:
        stored = self.open_settings()
        word = stored.value(FORMAT_SETTING, "pdf") == WORD
        (self.ui.wordRadio if word else self.ui.pdfRadio).setChecked(True)
        value = stored.value(ANNEXES_SETTING, None)
        if isinstance(value, str):
            keys = set(value.split(","))
        elif isinstance(value, list):  # an INI file read back a comma list as a list
            keys = {str(key) for key in value}
        else:
            keys = set(ANNEXES)  # nothing chosen yet: every annex
        for key, check in self.checks.items():
            check.setChecked(key in keys)

    def _keep(self) -> None:
        stored = self.open_settings()
        stored.setValue(FORMAT_SETTING, WORD if self.ui.wordRadio.isChecked() else "pdf")
        stored.setValue(ANNEXES_SETTING, ",".join(self.ticked()))
        stored.sync()
