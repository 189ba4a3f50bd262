"""Print… (Ctrl+P) in a record's editor: the saved record as a one- or two-page PDF.

An editor adds it in one line (RecordPrinter(self, kind)); its button goes beside the
page's Delete button when the editor is first shown. The
officer is asked where to save through the page's Prompter; the sheet is written in the
window's language (reports/record_commands.write_record) and offered to be opened.
"""

from __future__ import annotations

import re
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import QApplication, QFormLayout, QHBoxLayout, QPushButton, QWidget

from cimicdesk.domain.errors import CimicError
from cimicdesk.ui.i18n import current_language, message

if TYPE_CHECKING:  # prompts imports the editors (through operation_dialogs)
    from cimicdesk.ui.prompts import Prompter


def _record_commands() -> ModuleType:
    """reports.record_commands (reportlab, python-docx), imported at the first printout:
    every editor has a printer, and the window should not load them to open."""
    from cimicdesk.reports import record_commands

    return record_commands


translate = QCoreApplication.translate
PDF_FILTER = QT_TRANSLATE_NOOP(
    "PrintRecord", "PDF documents (*.pdf);;Word documents (*.docx);;All files (*)"
)
# What each kind is called in the questions (English, marked for lupdate).
NOUNS = {
    "qip": QT_TRANSLATE_NOOP("PrintRecord", "project"),
    "incident": QT_TRANSLATE_NOOP("PrintRecord", "incident"),
    "support_request": QT_TRANSLATE_NOOP("PrintRecord", "request"),
    "liaison_entry": QT_TRANSLATE_NOOP("PrintRecord", "entry"),
    "assessment": QT_TRANSLATE_NOOP("PrintRecord", "assessment"),
}
# Where the last printout went: offered again for the next (this session only).
_last_folder: list[Path] = []


def file_name(reference: str, kind: str) -> str:
    """A file name from the record's reference: 'BANBAT1-QIP-2026-001.pdf'."""
    safe = re.sub(r"[^A-Za-z0-9._-]+", "_", reference or kind).strip("._") or kind
    return f"{safe}.pdf"


class RecordPrinter(QObject):
    """The Print… action of one editor, and its button.

    Attributes: editor (a RecordEditor), kind (record_commands.KINDS), action (the
    QAction, Ctrl+P while the editor has the focus), button (the Print… button, placed
    when the editor is first shown),
    last_written (the path of the last PDF written, for tests and the status line).
    """

    def __init__(self, editor: QWidget, kind: str):
        super().__init__(editor)
        self.editor = editor
        self.kind = kind if kind in NOUNS else _record_commands().check_kind(kind)
        self.last_written: Path | None = None
        self.action = QAction(QIcon(":/icons/reports"), translate("PrintRecord", "Print…"), editor)
        self.action.setObjectName("printAction")
        self.action.setShortcut(QKeySequence(QKeySequence.StandardKey.Print))
        self.action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.action.setToolTip(
            translate("PrintRecord", "Print this {noun} as it was last saved (PDF, Ctrl+P)").format(
                noun=self.noun
            )
        )
        self.action.triggered.connect(self.print_record)
        editor.addAction(self.action)
        self.button: QPushButton | None = None  # placed when the editor is first shown
        editor.installEventFilter(self)

    @property
    def noun(self) -> str:
        return translate("PrintRecord", NOUNS[self.kind])

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt's name
        if watched is self.editor and event.type() == QEvent.Type.Show and self.button is None:
            self._place_button()
        return False

    def _place_button(self) -> None:
        """The Print… button beside the page's Delete button (its extra_buttons row), or
        at the foot of the editor when it stands alone."""
        self.button = QPushButton(self.action.icon(), self.action.text())
        self.button.setObjectName("printButton")
        self.button.setToolTip(self.action.toolTip())
        self.button.clicked.connect(self.action.trigger)
        widget = self.editor.parentWidget()
        while widget is not None:
            row = getattr(widget, "extra_buttons", None)
            if isinstance(row, QHBoxLayout):
                row.addWidget(self.button)
                self.button.show()  # added to a row already on screen
                return
            widget = widget.parentWidget()
        layout = self.editor.layout()
        if isinstance(layout, QFormLayout):
            layout.addRow(self.button)
        elif layout is not None:
            layout.addWidget(self.button)

    def prompter(self) -> Prompter:
        """The page's prompter (the nearest parent that has one), else a plain one."""
        widget = self.editor.parentWidget()
        while widget is not None:
            found = getattr(widget, "prompter", None)
            if found is not None and hasattr(found, "choose_report_file"):
                return found  # type: ignore[no-any-return]
            widget = widget.parentWidget()
        from cimicdesk.ui.prompts import Prompter

        return Prompter(self.editor)

    def print_record(self) -> Path | None:
        """Ask where, write the saved record's sheet, offer to open it; the path written,
        or None when nothing was (cancelled, not saved yet, or refused with the reason)."""
        prompter = self.prompter()
        title = translate("PrintRecord", "Print the {noun}").format(noun=self.noun)
        record = getattr(self.editor, "record", None)
        record_id = getattr(record, "id", "")
        if not record_id:
            prompter.inform(
                title,
                translate("PrintRecord", "Save the {noun} first; then print it.").format(
                    noun=self.noun
                ),
            )
            return None
        if getattr(self.editor, "dirty", False) and not prompter.confirm(
            title,
            translate(
                "PrintRecord",
                "This {noun} has changes that are not saved. The printout shows it as it was "
                "last saved.",
            ).format(noun=self.noun),
            action=translate("PrintRecord", "Print as saved"),
        ):
            return None
        reference = _reference(record)
        # The prompter opens the folder reports last went to; else this session's last
        # printout's, else beside the database.
        store_path = getattr(getattr(self.editor, "store", None), "path", None)
        beside = Path(store_path).parent if store_path else Path.cwd()
        folder = _last_folder[0] if _last_folder else beside
        out = prompter.choose_report_file(
            title, folder / file_name(reference, self.kind), translate("PrintRecord", PDF_FILTER)
        )
        if out is None:
            return None
        if not out.suffix:
            out = out.with_suffix(".pdf")
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)  # a second or two
        try:
            written = _record_commands().write_record(
                self.editor.store,  # type: ignore[attr-defined]
                out,
                self.kind,
                record_id,
                language=current_language(),
            )
        except (CimicError, OSError) as exc:
            QApplication.restoreOverrideCursor()
            prompter.error(
                translate("PrintRecord", "The {noun} was not printed").format(noun=self.noun),
                message(exc),
            )
            return None
        except BaseException:
            QApplication.restoreOverrideCursor()
            raise
        QApplication.restoreOverrideCursor()
        _last_folder[:] = [written.parent]
        self.last_written = written
        if prompter.offer(
            title,
            translate("PrintRecord", "{reference} was written to {path}.").format(
                reference=reference or self.noun, path=written
            ),
            action=translate("PrintRecord", "Open it"),
        ):
            prompter.open_file(written)
        return written


def _reference(record: object) -> str:
    for name in ("number", "reference", "ref"):
        value = getattr(record, name, "")
        if value:
            return str(value)
    return ""
