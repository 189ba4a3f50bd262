"""RecordEditor: what every record form does — load, read back, track edits, show errors."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QTableWidget,
    QWidget,
)

from cimicdesk.domain.errors import FieldError, ValidationError
from cimicdesk.store.database import Store
from cimicdesk.ui.editors.draft_fields import (
    DRAFT_WIDGETS,
    MISSING,
    UNREADABLE,
    checkable_list,
    set_widget_value,
    widget_value,
)
from cimicdesk.ui.editors.field_tips import grid_tip, joined, set_date_tips
from cimicdesk.ui.editors.field_undo import FieldChange, UndoKeysToWindow
from cimicdesk.ui.editors.grid_field import GridFields
from cimicdesk.ui.editors.place_field import PlaceFields
from cimicdesk.ui.i18n import message
from cimicdesk.ui.widgets.field_tabs import TabLeavesDates
from cimicdesk.ui.widgets.invalid_frame import set_invalid_frame
from cimicdesk.ui.widgets.line_slot import LineSlot
from cimicdesk.ui.widgets.wheel_guard import guard_wheel

ERROR_STYLE = "color: #b00020;"
NOTE_STYLE = "color: palette(text);"  # a note in an error's slot: what happened, not wrong
EDITING = QAbstractItemView.State.EditingState
GRID_FIELDS = ("gridEdit", "fromGridEdit", "toGridEdit")
# Each place field and the grid field a chosen gazetteer place fills.
PLACE_FIELDS = {"placeEdit": "grid", "fromPlaceEdit": "from_grid", "toPlaceEdit": "to_grid"}


def fit_narrow(combo: QComboBox, characters: int = 12) -> None:
    """A combo whose width does not grow with its longest item (names can be long)."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(characters)


def lines(text: str) -> tuple[str, ...]:
    """Non-empty stripped lines (phones are entered one per line)."""
    return tuple(line.strip() for line in text.splitlines() if line.strip())


def comma_list(text: str) -> tuple[str, ...]:
    """Non-empty stripped items of a comma-separated list (languages)."""
    return tuple(item.strip() for item in text.split(",") if item.strip())


class RecordEditor(QWidget):
    """A generated form (self.ui) bound to one record.

    Subclasses set FIELDS (record field -> (input widget name, error label name) on
    self.ui) and implement blank(), fill(record), read(record) and refresh_choices().
    Attributes: store, ui, record (as loaded: a stored record, or a blank new one),
    dirty (the user changed something since the last load), undo_stack (each field
    the user changed since the last load or save, and each edit of a list inside the
    editor, for Undo and Redo).
    A crash-proof draft keeps every named input (see draft_values) but those named in
    DRAFT_SKIP (pickers that only add to a list), and the rows draft_lists gives.
    """

    edited = Signal()
    FIELDS: dict[str, tuple[str, str]] = {}
    FIRST_INPUT = "nameEdit"
    DRAFT_SKIP: tuple[str, ...] = ()

    def __init__(self, store: Store, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.dirty = False
        self._loading = 0
        self._inputs: dict[str, QWidget] = {}
        self._errors: dict[str, QLabel] = {}
        self._lines: dict[QLabel, LineSlot] = {}  # each error label's one-line slot
        self.record: Any = None
        self._baseline: tuple[dict[str, Any], dict[str, list[Any]]] = ({}, {})
        self.undo_stack = QUndoStack(self)
        self._shown: dict[QWidget, Any] = {}  # each undoable field's value as last seen
        self._shown_lists: dict[str, list[Any]] = {}  # the editor's lists as last seen
        self._open_change: FieldChange | None = None  # typing on in its field extends it
        self._undo_keys = UndoKeysToWindow(self)

    def finish_setup(self) -> None:
        """Call at the end of the subclass __init__, once self.ui exists."""
        for field, (input_name, error_name) in self.FIELDS.items():
            self._inputs[field] = getattr(self.ui, input_name)
            self._errors[field] = getattr(self.ui, error_name)
        for label in self._errors.values():
            self._line(label)
            label.setVisible(False)
        for widget in self.findChildren(QWidget):
            self._watch(widget)
        self.grid_fields = GridFields(  # after _watch: see GridFields
            self,
            {f: w for f, w in self._inputs.items() if w.objectName() in GRID_FIELDS},
        )
        self._position_errors: list[FieldError] = []
        self.place_fields = PlaceFields(
            self,
            {
                getattr(self.ui, name): field
                for name, field in PLACE_FIELDS.items()
                if hasattr(self.ui, name) and field in self._inputs
            },
        )
        for combo in self.findChildren(QComboBox):
            fit_narrow(combo)
        guard_wheel(self)  # the wheel scrolls the form; it never changes a field passed over
        for name in GRID_FIELDS:  # the MGRS rule, under what the grid is of
            if hasattr(self.ui, name):
                edit = getattr(self.ui, name)
                edit.setToolTip(joined(edit.toolTip(), grid_tip()))
        set_date_tips(self)
        self._date_tabs = TabLeavesDates(self)  # Tab leaves a date, not its next section
        self.refresh_choices()
        self.load(None)

    def add_error_label(self, field: str, input_widget: QWidget, layout: QLayout) -> None:
        """An error label for a field the form has none for, in the row under it."""
        form: QFormLayout = self.ui.formLayout
        row, _ = form.getLayoutPosition(layout) if layout is not form else (-1, None)
        if row < 0:
            row, _ = form.getWidgetPosition(input_widget)
        label = QLabel(self)
        label.setStyleSheet(ERROR_STYLE)
        label.setWordWrap(True)
        form.insertRow(row + 1, "", label)
        self._inputs[field] = input_widget
        self._errors[field] = label
        self._line(label)
        label.setVisible(False)

    def _line(self, label: QLabel) -> LineSlot:
        """The one-line slot of an error label: its line stays when the error goes, so
        the fields under it never move (a longer message is cut, whole in its tooltip)."""
        if label not in self._lines:
            self._lines[label] = LineSlot(label)
        return self._lines[label]

    # What subclasses provide ------------------------------------------------------

    def blank(self) -> Any:
        """A new, empty record with sensible defaults."""
        raise NotImplementedError

    def fill(self, record: Any) -> None:
        """Put a record's values into the widgets."""
        raise NotImplementedError

    def read(self, record: Any) -> Any:
        """A copy of `record` with the widgets' values; ValidationError if unreadable."""
        raise NotImplementedError

    def refresh_choices(self) -> None:
        """Re-read the pickers' choices (organisations, contacts) from the store."""

    # Our API ----------------------------------------------------------------------

    @property
    def is_new(self) -> bool:
        return not (self.record and self.record.id)

    @property
    def record_id(self) -> str:
        return self.record.id if self.record else ""

    def load(self, record: Any | None) -> None:
        """Show a record (None: a blank new one); clears errors and the dirty flag."""
        self.record = record if record is not None else self.blank()
        self.place_fields.forget()
        with self.loading():
            self.fill(self.record)
        self.clear_errors()
        self.dirty = False
        self._baseline = (self.draft_values(), self.draft_lists())
        self.undo_stack.clear()
        self._open_change = None

    def undo(self) -> bool:
        """Put back the value the last changed field had; False when there is none."""
        if not self.undo_stack.canUndo():
            return False
        self.undo_stack.undo()
        return True

    def redo(self) -> bool:
        """Change again the field the last Undo put back; False when there is none."""
        if not self.undo_stack.canRedo():
            return False
        self.undo_stack.redo()
        return True

    def to_record(self) -> Any:
        """The record as the user has typed it (not saved), the cell being typed in too.

        A grid field holding a position that cannot be read is refused with the position's
        own message (not MGRS's), beside the record's other errors."""
        self._finish_cell_edit()
        self._position_errors = []
        record = self.read(self.record)
        if self._position_errors:
            fields = {e.field for e in self._position_errors}
            others = [e for e in record.field_errors() if e.field not in fields]
            raise ValidationError(self._position_errors + others)
        return record

    def grid_text(self, field: str) -> str:
        """What a grid field saves, for read(): a position typed there as its MGRS."""
        return self.grid_fields.value(field, self._position_errors)

    def _finish_cell_edit(self) -> None:
        """A table cell still open (Ctrl+S pressed while typing in it) hands its text to
        its table: the focus goes back to the table, which closes the cell's editor."""
        focused = QApplication.focusWidget()
        view = focused.parentWidget() if focused is not None else None
        while view is not None and not isinstance(view, QAbstractItemView):
            view = view.parentWidget()
        if view is not None and self.isAncestorOf(view) and view.state() == EDITING:
            view.setFocus()

    def show_errors(self, error: ValidationError) -> list[FieldError]:
        """Each message under its field with the input marked; returns those with no place."""
        self.clear_errors()
        unplaced = []
        for item in error.errors:
            label = self._errors.get(item.field)
            if label is None:
                unplaced.append(item)
                continue
            line = self._line(label)
            previous = line.text()
            text = message(item.message)  # the domain's English, shown in our language
            line.set_text(f"{previous}\n{text}" if previous else text)
            label.setVisible(True)
            self._mark(self._inputs[item.field], True)
        first = next((self._inputs[e.field] for e in error.errors if e.field in self._inputs), None)
        if first is not None:
            first.setFocus()
        return unplaced

    def flag(self, field: str, text: str) -> None:
        """Show one message under a field and mark its input, leaving the focus where it
        is (a table cell refused a value while its editor is still open)."""
        label = self._errors[field]
        if label.property("note"):
            self._clear_error(field)
        self._line(label).set_text(text)
        label.setVisible(True)
        self._mark(self._inputs[field], True)

    def show_note(self, field: str, text: str) -> None:
        """A note under a field in its error's slot, not in red and the input not marked
        (a position made MGRS); it goes with the field's next edit, as an error does."""
        label = self._errors[field]
        label.setStyleSheet(NOTE_STYLE)
        label.setProperty("note", True)
        self._line(label).set_text(text)
        label.setVisible(True)

    def note_text(self, field: str) -> str:
        """The note under a field ('' when none shows)."""
        label = self._errors[field]
        shown = label.property("note") and label.isVisibleTo(self)
        return self._line(label).text() if shown else ""

    def watch_rows(self, model: Any, field: str) -> None:
        """A table's rows (a ChildRowsModel) are the field `field`: a row added, removed
        or edited is an edit that clears the field's error; a refused value is flagged."""
        for signal in (model.dataChanged, model.rowsInserted, model.rowsRemoved):
            signal.connect(lambda *_: self._rows_edited(field))
        model.refused.connect(lambda why: self.flag(field, why))

    def _rows_edited(self, field: str) -> None:
        if self._loading:
            return
        if self._errors[field].isVisibleTo(self):
            self._clear_error(field)
        self.mark_edited()

    def focus_first(self) -> None:
        getattr(self.ui, self.FIRST_INPUT).setFocus()

    def error_text(self, field: str) -> str:
        label = self._errors.get(field)
        return self._line(label).text() if label is not None and label.isVisibleTo(self) else ""

    def cut_errors(self) -> list[str]:
        """The whole text of each error shown that its line had to cut."""
        return [
            line.text()
            for label, line in self._lines.items()
            if label.isVisibleTo(self) and line.text() and line.is_cut()
        ]

    def is_marked(self, field: str) -> bool:
        return bool(self._inputs[field].property("invalid"))

    def clear_errors(self) -> None:
        for field in self._errors:
            self._clear_error(field)

    # Drafts: what a crash must not lose ------------------------------------------------

    def draft_values(self) -> dict[str, Any]:
        """Every field the officer can change, as plain JSON (widget name -> value; see
        ui/drafts.py for what each kind of widget gives)."""
        values = {}
        for name, widget in self._draft_inputs().items():
            value = widget_value(widget)
            if value is not UNREADABLE:
                values[name] = value
        return values

    def draft_lists(self) -> dict[str, list[Any]]:
        """The rows of the lists edited inside the editor, as plain JSON (list name ->
        rows). Editors with such lists override this and apply_draft_lists."""
        return {}

    def apply_draft_lists(self, lists: dict[str, Any]) -> None:
        """Put a draft's rows back into the editor's lists (called while loading)."""

    def draft(self) -> tuple[dict[str, Any], dict[str, list[Any]]] | None:
        """What a crash-proof draft keeps: (values, lists); None when nothing differs from
        the record as loaded. A saved record keeps only what differs; a new one keeps
        everything (its default times are those of when the officer began)."""
        values, lists = self.draft_values(), self.draft_lists()
        base_values, base_lists = self._baseline
        changed_values = {k: v for k, v in values.items() if base_values.get(k, MISSING) != v}
        changed_lists = {k: v for k, v in lists.items() if base_lists.get(k, MISSING) != v}
        if not changed_values and not changed_lists:
            return None
        if self.is_new:
            return values, lists
        return changed_values, changed_lists

    def apply_draft(self, values: dict[str, Any], lists: dict[str, Any] | None = None) -> None:
        """Put a draft back into the editor (a version 1 draft has texts only, no lists);
        values of a kind a widget cannot take are skipped. The record then counts as
        edited."""
        inputs = self._draft_inputs()
        with self.loading():
            for name, widget in inputs.items():
                if name in values:
                    set_widget_value(widget, values[name])
            self.apply_draft_lists(lists or {})
        self.undo_stack.clear()  # the draft is where Undo starts from
        self._open_change = None
        self.mark_edited()

    def _draft_inputs(self) -> dict[str, QWidget]:
        """The named widgets that hold a field of the record, in the form's order."""
        found: dict[str, QWidget] = {}
        for widget in self.findChildren(QWidget):
            name = widget.objectName()
            if not name or name.startswith("qt_") or name in self.DRAFT_SKIP:
                continue
            if isinstance(widget, QLineEdit) and isinstance(widget.parent(), QComboBox):
                continue
            if getattr(widget, "isReadOnly", lambda: False)():
                continue
            if isinstance(widget, DRAFT_WIDGETS) and not (
                isinstance(widget, QAbstractButton) and not widget.isCheckable()
            ):
                if isinstance(widget, QListWidget) and not checkable_list(widget):
                    continue
                found[name] = widget
        return found

    @contextmanager
    def loading(self) -> Iterator[None]:
        """Programmatic changes inside this block do not count as edits."""
        self._loading += 1
        try:
            yield
        finally:
            self._loading -= 1
            if not self._loading:
                self._remember_shown()

    def _remember_shown(self) -> None:
        """What each undoable field holds now: the `old` of its next change (the lists
        inside the editor likewise, as their draft rows)."""
        self._shown = {widget: widget_value(widget) for widget in self._draft_inputs().values()}
        self._shown_lists = self.draft_lists()
        self._open_change = None

    def _put_back(self, widget: QWidget, value: Any) -> None:
        """Undo or Redo sets a field: not an edit to record, but the record is edited
        (or no longer, when every field is back as loaded)."""
        with self.loading():
            set_widget_value(widget, value)
        for field, input_widget in self._inputs.items():
            if input_widget is widget and self._errors[field].isVisibleTo(self):
                self._clear_error(field)
        widget.setFocus()
        self.dirty = self.draft() is not None
        self.edited.emit()

    def _put_lists_back(self, _editor: QWidget, lists: Any) -> None:
        """Undo or Redo of a list edit: the editor's lists as they were (their draft rows)."""
        with self.loading():
            self.apply_draft_lists(lists)
        self.dirty = self.draft() is not None
        self.edited.emit()

    def _record_lists_change(self) -> None:
        """A row added, removed or changed in a list inside the editor (participants,
        follow-up actions, tranches, visits, casualties): one step on the undo stack, the
        lists before and after, as the crash drafts keep them."""
        now = self.draft_lists()
        if not now or now == self._shown_lists:
            return
        old, self._shown_lists = self._shown_lists, now
        self.undo_stack.push(FieldChange(self, old, now, self._put_lists_back))
        self._open_change = None

    def _record_change(self, widget: QWidget) -> None:
        """Push the change of one field on the undo stack (typing on extends it)."""
        if widget not in self._shown:
            return
        old, new = self._shown[widget], widget_value(widget)
        if old == new:
            return
        self._shown[widget] = new
        top = self._open_change
        stack = self.undo_stack
        if top is not None and top.widget is widget and stack.index() == stack.count():
            top.new = new
            return
        change = FieldChange(widget, old, new, self._put_back)
        stack.push(change)
        typed = isinstance(widget, (QLineEdit, QPlainTextEdit)) or (
            isinstance(widget, QComboBox) and widget.isEditable()
        )
        self._open_change = change if typed else None

    def _close_change(self) -> None:
        """The officer left the field: the next typing there is a change of its own."""
        self._open_change = None

    # Internals --------------------------------------------------------------------

    def _clear_error(self, field: str) -> None:
        label = self._errors[field]
        self._line(label).clear()
        label.setVisible(False)
        if label.property("note"):  # the slot is an error's again
            label.setProperty("note", False)
            label.setStyleSheet(ERROR_STYLE)
        self._mark(self._inputs[field], False)

    @staticmethod
    def _mark(widget: QWidget, invalid: bool) -> None:
        if bool(widget.property("invalid")) == invalid:
            return
        widget.setProperty("invalid", invalid)
        # The red border is a frame drawn over the input, not a style sheet: a sheet
        # changes the input's size, and the fields beside and under it moved; one sheet
        # over the whole editor made Qt re-style every item of every picker each time
        # the editor was re-parented (0.6 s of the start-up with 8,000 contacts).
        set_invalid_frame(widget, invalid)

    def _watch(self, widget: QWidget) -> None:
        if isinstance(widget, QLineEdit) and isinstance(widget.parent(), QComboBox):
            return  # a combo's own line edit: the combo is watched
        signal = None
        if isinstance(widget, (QLineEdit, QPlainTextEdit)):
            signal = widget.textChanged
            widget.installEventFilter(self._undo_keys)
            if isinstance(widget, QLineEdit):
                widget.editingFinished.connect(self._close_change)
        elif isinstance(widget, QComboBox):
            editable = widget.isEditable()
            signal = widget.currentTextChanged if editable else widget.currentIndexChanged
            if editable and widget.lineEdit() is not None:
                widget.lineEdit().installEventFilter(self._undo_keys)
        elif isinstance(widget, QDateTimeEdit):
            signal = widget.dateTimeChanged
        elif isinstance(widget, QAbstractButton) and widget.isCheckable():
            signal = widget.toggled
        elif isinstance(widget, (QTableWidget, QListWidget)):
            signal = widget.itemChanged
        if signal is not None:
            signal.connect(lambda *_: self._on_edited(widget))

    def _on_edited(self, widget: QWidget) -> None:
        if self._loading:
            return
        for field, input_widget in self._inputs.items():
            if input_widget is widget and self._errors[field].isVisibleTo(self):
                self._clear_error(field)
        self._record_change(widget)
        self._set_edited()  # a field, not a list: no need to compare the lists per key

    def mark_edited(self) -> None:
        """Something the user did changed the record (subclasses call it for list edits)."""
        if self._loading:
            return
        self._record_lists_change()
        self._set_edited()

    def _set_edited(self) -> None:
        self.dirty = True
        self.edited.emit()
