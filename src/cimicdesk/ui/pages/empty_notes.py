"""What an empty record list says: what it holds and what to do first, or that a filter hides
every record (with the button that clears it)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QComboBox, QDateTimeEdit, QLineEdit, QWidget

from cimicdesk.ui.widgets.empty_state import EmptyState
from cimicdesk.ui.widgets.filter_chip import FilterChip
from cimicdesk.ui.widgets.optional_datetime import OptionalDateTime

if TYPE_CHECKING:
    from cimicdesk.ui.pages.record_page import RecordPage

CONTEXT = "EmptyNotes"
# Page key -> (what an empty list says, what to do first), translated in CONTEXT.
NOTES = {
    "liaison": (
        QT_TRANSLATE_NOOP("EmptyNotes", "No liaison entries yet."),
        QT_TRANSLATE_NOOP("EmptyNotes", "Record your first meeting, call or visit."),
    ),
    "contacts": (
        QT_TRANSLATE_NOOP("EmptyNotes", "No contacts yet."),
        QT_TRANSLATE_NOOP(
            "EmptyNotes", "Add the people you deal with: officials, leaders, agency staff."
        ),
    ),
    "organisations": (
        QT_TRANSLATE_NOOP("EmptyNotes", "No organisations yet."),
        QT_TRANSLATE_NOOP(
            "EmptyNotes",
            "Add the authorities, agencies, NGOs and groups you work with; "
            "their people then join them as contacts.",
        ),
    ),
    "qips": (
        QT_TRANSLATE_NOOP("EmptyNotes", "No quick impact projects yet."),
        QT_TRANSLATE_NOOP(
            "EmptyNotes", "Record a project when it is proposed, then follow it to handover."
        ),
    ),
    "incidents": (
        QT_TRANSLATE_NOOP("EmptyNotes", "No incidents yet."),
        QT_TRANSLATE_NOOP(
            "EmptyNotes",
            "Record an incident as soon as it is reported; a flash one reminds you "
            "of its flash report.",
        ),
    ),
    "support": (
        QT_TRANSLATE_NOOP("EmptyNotes", "No support requests yet."),
        QT_TRANSLATE_NOOP(
            "EmptyNotes", "Record a request for military support when it comes in, then decide it."
        ),
    ),
    "assessments": (
        QT_TRANSLATE_NOOP("EmptyNotes", "No community assessments yet."),
        QT_TRANSLATE_NOOP(
            "EmptyNotes",
            "Record each village, site or quarter the teams assess: its people, the severity "
            "sector by sector, what should be done.",
        ),
    ),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def new_shortcut() -> str:
    """Ctrl+N as this system writes it."""
    return QKeySequence(QKeySequence.StandardKey.New).toString(
        QKeySequence.SequenceFormat.NativeText
    )


def attach(page: RecordPage) -> EmptyState:
    """Put a note over the page's list, kept up to date as its rows come and go."""
    state = EmptyState(page.table)
    state.action_requested.connect(lambda: _act(page))
    model = page.model
    for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved):
        signal.connect(lambda *_: update(page, state))
    update(page, state)
    return state


def update(page: RecordPage, state: EmptyState) -> None:
    """Show the note when the list has no row (why: no record yet, or the filter); else hide."""
    if page.model.rowCount():
        state.hide()
        return
    nouns = page.nouns()
    if page.model.filtered:
        state.show_note(
            _tr("No {nouns} match the filter.").format(nouns=nouns.many),
            _tr("Clear filter"),
            _tr("Show every {noun} again").format(noun=nouns.one),
        )
        return
    empty, first = NOTES.get(page.KEY, ("", ""))
    text = _tr(empty) if empty else _tr("No {nouns} yet.").format(nouns=nouns.many)
    if not page.new_button.isEnabled():  # read-only: nothing to start
        state.show_note(text)
        return
    if first:
        text += "\n" + _tr(first)
    shortcut = new_shortcut()
    state.show_note(
        text,
        _tr("{new} ({shortcut})").format(new=nouns.new_title, shortcut=shortcut),
        _tr("Start a new {noun} in the editor beside the list").format(noun=nouns.one),
    )


def _act(page: RecordPage) -> None:
    if page.model.filtered:
        clear_filters(page)
    else:
        page.new_record()


def clear_filters(page: RecordPage) -> None:
    """Reset every filter of the page's bar (text, choices, dates, chips) and list again."""
    for widget in filter_widgets(page):
        widget.blockSignals(True)
        try:
            if isinstance(widget, QLineEdit):
                widget.clear()
            elif isinstance(widget, QComboBox):
                widget.setCurrentIndex(0)
            elif isinstance(widget, QDateTimeEdit):
                for optional in widget.findChildren(OptionalDateTime):
                    optional.clear()
            elif isinstance(widget, FilterChip):
                widget.clear()
        finally:
            widget.blockSignals(False)
    page.apply_filters()


def filter_widgets(page: RecordPage) -> list[QWidget]:
    """The widgets of the page's filter bar (the first row of its layout)."""
    layout = page.layout()
    bar = layout.itemAt(0).layout() if layout is not None and layout.count() else None
    if bar is None:
        return []
    items = (bar.itemAt(i) for i in range(bar.count()))
    return [item.widget() for item in items if item is not None and item.widget() is not None]
